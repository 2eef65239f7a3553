import { dailyChart } from '../../../src/core/oversight/chart';
import type { OverviewItem } from '../../../src/core/oversight';
import type { ItemState } from '../../../src/core/state';
import {
  autoReplySettingActive,
  instantOf,
  mailTipAutoReplyActive,
  outOfOfficeToday,
} from '../../../src/core/oversight/absence';
import { checkPeriod } from '../../../src/core/oversight/period';

const ZONE = 'Europe/Oslo';
const NOW = new Date('2026-03-31T10:00:00Z');

function item(received: string, state: ItemState, id = received): OverviewItem {
  return { id, received, subject: 's', from: 'a@b.no', categories: [], state };
}

describe('dailyChart', () => {
  it('buckets by the local day in the zone and counts how each day’s mail stands now', () => {
    const chart = dailyChart(
      [
        // 22:30 UTC on 29 March is 00:30 on 30 March in Oslo (summer time).
        item('2026-03-29T22:30:00Z', { status: 'new', due: '2026-03-30' }),
        item('2026-03-29T21:30:00Z', {
          status: 'done',
          due: '2026-03-30',
          updatedAt: '2026-03-30T08:00:00Z',
        }),
        item('2026-03-29T21:31:00Z', {
          status: 'done',
          due: '2026-03-30',
          updatedAt: '2026-03-31T08:00:00Z',
        }),
        item('2026-03-31T09:00:00Z', { status: 'archived', archiveRef: '2026/1-1' }),
        item('2026-02-01T09:00:00Z', { status: 'archived' }),
        item('not a date', { status: 'new' }),
      ],
      { now: NOW, timeZone: ZONE },
    );
    expect(chart).toHaveLength(30);
    expect(chart[0]?.day).toBe('2026-03-02');
    const byDay = new Map(chart.map((d) => [d.day, d]));
    expect(byDay.get('2026-03-30')).toEqual({
      day: '2026-03-30',
      received: 1,
      answeredInTime: 0,
      overdue: 1,
      archived: 0,
    });
    // Finished on the answer-by day counts as in time; a day late does not.
    expect(byDay.get('2026-03-29')).toMatchObject({ received: 2, answeredInTime: 1, overdue: 0 });
    expect(byDay.get('2026-03-31')).toMatchObject({ received: 1, answeredInTime: 1, archived: 1 });
    expect(chart.reduce((s, d) => s + d.received, 0)).toBe(4);
  });

  it('takes the number of days asked, within bounds', () => {
    expect(dailyChart([], { now: NOW, timeZone: ZONE, days: 7 }).map((d) => d.day)).toEqual([
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
    ]);
    expect(dailyChart([], { now: NOW, timeZone: ZONE, days: 10_000 })).toHaveLength(366);
  });
});

describe('absence rules', () => {
  it('reads Graph’s dateTimeTimeZone in UTC or an IANA zone, and nothing else', () => {
    expect(instantOf({ dateTime: '2026-03-31T08:00:00.0000000', timeZone: 'UTC' })).toBe(
      Date.parse('2026-03-31T08:00:00Z'),
    );
    expect(instantOf({ dateTime: '2026-03-31T10:00:00', timeZone: 'Europe/Oslo' })).toBe(
      Date.parse('2026-03-31T08:00:00Z'),
    );
    expect(instantOf({ dateTime: '2026-03-31T10:00:00', timeZone: 'Mars/Olympus' })).toBeNull();
    expect(instantOf({ dateTime: 'yesterday' })).toBeNull();
    expect(instantOf(null)).toBeNull();
  });

  it('an automatic-reply setting is on always, or within its schedule', () => {
    expect(autoReplySettingActive({ status: 'alwaysEnabled' }, NOW)).toBe(true);
    expect(autoReplySettingActive({ status: 'disabled' }, NOW)).toBe(false);
    const scheduled = (start: string, end: string): unknown => ({
      status: 'scheduled',
      scheduledStartDateTime: { dateTime: start, timeZone: 'UTC' },
      scheduledEndDateTime: { dateTime: end, timeZone: 'UTC' },
    });
    expect(
      autoReplySettingActive(scheduled('2026-03-30T00:00:00', '2026-04-02T00:00:00'), NOW),
    ).toBe(true);
    expect(
      autoReplySettingActive(scheduled('2026-04-01T00:00:00', '2026-04-02T00:00:00'), NOW),
    ).toBe(false);
    expect(
      autoReplySettingActive(scheduled('2026-04-02T00:00:00', '2026-03-30T00:00:00'), NOW),
    ).toBe(false);
    expect(autoReplySettingActive('on', NOW)).toBe(false);
  });

  it('a mail tip is on when it carries a message, within its schedule when it has one', () => {
    expect(mailTipAutoReplyActive({ message: 'Eg er på ferie' }, NOW)).toBe(true);
    expect(mailTipAutoReplyActive({ message: '  ' }, NOW)).toBe(false);
    expect(
      mailTipAutoReplyActive(
        {
          message: 'Borte',
          scheduledStartTime: { dateTime: '2026-04-01T00:00:00', timeZone: 'UTC' },
          scheduledEndTime: { dateTime: '2026-04-05T00:00:00', timeZone: 'UTC' },
        },
        NOW,
      ),
    ).toBe(false);
    expect(mailTipAutoReplyActive(undefined, NOW)).toBe(false);
  });

  it('an out-of-office event that touches today in the zone', () => {
    const ev = (showAs: string, start: string, end: string): unknown => ({
      showAs,
      start: { dateTime: start, timeZone: 'UTC' },
      end: { dateTime: end, timeZone: 'UTC' },
    });
    expect(
      outOfOfficeToday([ev('oof', '2026-03-31T07:00:00', '2026-03-31T15:00:00')], NOW, ZONE),
    ).toBe(true);
    expect(
      outOfOfficeToday([ev('busy', '2026-03-31T07:00:00', '2026-03-31T15:00:00')], NOW, ZONE),
    ).toBe(false);
    // Ends at local midnight: yesterday's, not today's.
    expect(
      outOfOfficeToday([ev('oof', '2026-03-29T22:00:00', '2026-03-30T22:00:00')], NOW, ZONE),
    ).toBe(false);
    expect(outOfOfficeToday([null, 'x', { showAs: 'oof' }], NOW, ZONE)).toBe(false);
  });
});

describe('checkPeriod', () => {
  it('takes local days inclusive, in the zone, up to a quarter', () => {
    const p = checkPeriod('2026-03-01', '2026-03-31', ZONE);
    expect(p.ok && [p.start.toISOString(), p.end.toISOString(), p.days]).toEqual([
      '2026-02-28T23:00:00.000Z',
      '2026-03-31T21:59:59.999Z',
      31,
    ]);
    expect(checkPeriod('2026-03-31', '2026-03-01', ZONE)).toEqual({
      ok: false,
      problem: 'reversed',
    });
    expect(checkPeriod('2026-01-01', '2026-04-30', ZONE)).toEqual({
      ok: false,
      problem: 'too-long',
    });
    expect(checkPeriod('2026-02-30', '2026-03-01', ZONE)).toEqual({
      ok: false,
      problem: 'bad-from',
    });
    expect(checkPeriod('2026-03-01', 'mars', ZONE)).toEqual({ ok: false, problem: 'bad-to' });
    expect(checkPeriod('2026-07-01', '2026-09-30', ZONE).ok).toBe(true);
  });
});
