import { dueDate } from '../../../src/core/calendar';
import { dueInstant, flagFor, isOverdue } from '../../../src/core/state';
import type { FollowupFlag, ItemState } from '../../../src/core/state';

const OSLO = 'Europe/Oslo';
const STOCKHOLM = 'Europe/Stockholm';

const flagged = (start: string, due: string): FollowupFlag => ({
  flagStatus: 'flagged',
  startDateTime: { dateTime: start, timeZone: 'UTC' },
  dueDateTime: { dateTime: due, timeZone: 'UTC' },
});

describe('flagFor', () => {
  it.each<[string, ItemState, string, FollowupFlag]>([
    [
      'ends the due day at 23:59:59 summer time in Oslo',
      { status: 'new', due: '2026-04-07' },
      OSLO,
      flagged('2026-04-06T22:00:00', '2026-04-07T21:59:59'),
    ],
    [
      'ends the due day at 23:59:59 winter time in Stockholm',
      { status: 'in-progress', due: '2026-01-15' },
      STOCKHOLM,
      flagged('2026-01-14T23:00:00', '2026-01-15T22:59:59'),
    ],
    [
      'spans the night summer time begins (29 March 2026): starts in winter time, ends in summer time',
      { status: 'new', due: '2026-03-29' },
      OSLO,
      flagged('2026-03-28T23:00:00', '2026-03-29T21:59:59'),
    ],
    [
      'spans the night winter time begins (25 October 2026): starts in summer time, ends in winter time',
      { status: 'new', due: '2026-10-25' },
      STOCKHOLM,
      flagged('2026-10-24T22:00:00', '2026-10-25T22:59:59'),
    ],
    [
      'clears the flag of an open message without a due date',
      { status: 'in-progress' },
      OSLO,
      { flagStatus: 'notFlagged' },
    ],
    [
      'clears the flag when the due date cannot be read',
      { status: 'new', due: 'soon' },
      OSLO,
      { flagStatus: 'notFlagged' },
    ],
    [
      'ticks a finished message off, with when it was finished',
      { status: 'done', due: '2026-04-07', updatedAt: '2026-04-02T08:42:00.000Z' },
      OSLO,
      {
        flagStatus: 'complete',
        completedDateTime: { dateTime: '2026-04-02T08:42:00', timeZone: 'UTC' },
      },
    ],
    ['ticks an archived message off', { status: 'archived' }, OSLO, { flagStatus: 'complete' }],
  ])('%s', (_name, state, zone, flag) => {
    expect(flagFor(state, zone)).toEqual(flag);
  });

  it('writes date-times without an offset, as Graph wants next to a timeZone', () => {
    const f = flagFor({ status: 'new', due: '2026-04-07' }, OSLO);
    expect(f.flagStatus === 'flagged' && f.dueDateTime.dateTime).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/,
    );
  });

  it('gives a message that arrived on Good Friday 2026 in Hå the right due date (regression, issue 4)', () => {
    // Skjærtorsdag, langfredag and 2. påskedag are holidays: two working days
    // after Friday 3 April are Tuesday 7 and Wednesday 8 April.
    const d = dueDate(new Date('2026-04-03T09:15:00Z'), { country: 'NO', timeZone: OSLO, days: 2 });
    expect(d.due).toBe('2026-04-08');
    expect(flagFor({ status: 'new', due: d.due }, OSLO)).toEqual(
      flagged('2026-04-07T22:00:00', '2026-04-08T21:59:59'),
    );
    expect(dueInstant(d.due, OSLO)).toBe(Date.parse(d.dueAt));
  });

  it('throws for a time zone the host does not know, like the calendar does', () => {
    expect(() => flagFor({ status: 'new', due: '2026-04-07' }, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('isOverdue', () => {
  const open: ItemState = { status: 'in-progress', due: '2026-04-07' };
  it.each<[string, ItemState, string, boolean]>([
    [
      'is not overdue at the last second of the due day in Oslo',
      open,
      '2026-04-07T21:59:59.999Z',
      false,
    ],
    ['is overdue one millisecond later', open, '2026-04-07T22:00:00.000Z', true],
    [
      'is not overdue on the due day although UTC is already past noon',
      open,
      '2026-04-07T15:00:00Z',
      false,
    ],
    [
      'is overdue the next morning',
      { status: 'new', due: '2026-04-07' },
      '2026-04-08T06:00:00Z',
      true,
    ],
    [
      'is never overdue once done',
      { status: 'done', due: '2026-04-07' },
      '2026-05-01T00:00:00Z',
      false,
    ],
    [
      'is never overdue once archived',
      { status: 'archived', due: '2026-04-07' },
      '2026-05-01T00:00:00Z',
      false,
    ],
    ['is not overdue without a due date', { status: 'new' }, '2030-01-01T00:00:00Z', false],
    [
      'is not overdue with an unreadable due date',
      { status: 'new', due: '2026-13-01' },
      '2030-01-01T00:00:00Z',
      false,
    ],
  ])('%s', (_name, state, now, expected) => {
    expect(isOverdue(state, new Date(now), OSLO)).toBe(expected);
  });

  it('ends the day an hour later in winter than in summer (UTC)', () => {
    const winter: ItemState = { status: 'new', due: '2026-12-01' };
    expect(isOverdue(winter, new Date('2026-12-01T22:30:00Z'), OSLO)).toBe(false);
    expect(isOverdue(winter, new Date('2026-12-01T23:00:00Z'), OSLO)).toBe(true);
  });

  it('is not overdue at an invalid time', () => {
    expect(isOverdue(open, new Date(Number.NaN), OSLO)).toBe(false);
  });
});
