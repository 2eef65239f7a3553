/**
 * The oversight page's pure parts: the grid's rows (filters, counts), the
 * chart's figures and geometry, Outlook on the web's link, and the one
 * message the page may send the pane.
 */
import { mailboxOverview } from '../../src/core/oversight';
import type { OverviewItem } from '../../src/core/oversight';
import { NEW_STATE } from '../../src/core/state';
import { parseOversightMessage } from '../../src/host/office/oversight';
import { chartSeries, chartSummary } from '../../src/oversight/chart';
import { NOBODY, assigneesOf, countsOf, filterRows, owaLink } from '../../src/oversight/rows';

const NOW = new Date('2026-03-20T10:00:00Z');
const OPTIONS = { now: NOW, timeZone: 'Europe/Oslo', calendar: { country: 'NO' as const } };
const KARI = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const PER = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };

function item(
  id: string,
  extra: Partial<OverviewItem['state']> = {},
  subject = `Sak ${id}`,
): OverviewItem {
  return {
    id,
    received: `2026-03-${String(Number(id) + 1).padStart(2, '0')}T08:00:00Z`,
    subject,
    from: `innbyggjar${id}@example.net`,
    categories: [],
    state: { ...NEW_STATE, ...extra },
  };
}

const post = mailboxOverview(
  'post@ha.kommune.no',
  [
    item('1'),
    item('2', { assignee: KARI, due: '2026-03-10' }, 'Byggesøknad gnr 12'),
    item('3', { assignee: PER, due: '2026-03-12', status: 'in-progress' }),
    item('4', { assignee: PER, due: '2026-04-10' }),
  ],
  OPTIONS,
);
const skule = mailboxOverview(
  'skule@ha.kommune.no',
  [item('5'), item('6', { assignee: KARI, due: '2026-03-01' })],
  OPTIONS,
);

describe('the grid’s rows', () => {
  it('sums the counts over the mailboxes, or one mailbox', () => {
    expect(countsOf([post, skule], '').overdue).toBe(post.counts.overdue + skule.counts.overdue);
    expect(countsOf([post, skule], 'SKULE@ha.kommune.no').unassigned).toBe(skule.counts.unassigned);
    expect(countsOf([post, skule], 'skule@ha.kommune.no').overdue).toBe(1);
  });

  it('keeps a list’s rows, each with its mailbox, filtered by mailbox, assignee and text', () => {
    const all = filterRows([post, skule], { mailbox: '', list: 'overdue', assignee: '', text: '' });
    expect(all.map((r) => [r.mailbox, r.id])).toEqual([
      ['post@ha.kommune.no', '2'],
      ['post@ha.kommune.no', '3'],
      ['skule@ha.kommune.no', '6'],
    ]);
    expect(new Set(all.map((r) => r.key)).size).toBe(3);
    const pers = filterRows([post, skule], {
      mailbox: '',
      list: 'overdue',
      assignee: PER.address,
      text: '',
    });
    expect(pers.map((r) => r.id)).toEqual(['3']);
    const text = filterRows([post, skule], {
      mailbox: '',
      list: 'overdue',
      assignee: '',
      text: 'BYGGE gnr',
    });
    expect(text.map((r) => r.id)).toEqual(['2']);
    const unassigned = filterRows([post, skule], {
      mailbox: 'post@ha.kommune.no',
      list: 'unassigned',
      assignee: NOBODY,
      text: '',
    });
    expect(unassigned.map((r) => r.id)).toEqual(['1']);
    const aged = filterRows([post], { mailbox: '', list: 'notStarted', assignee: '', text: '' });
    expect(aged.every((r) => typeof r.ageWorkingDays === 'number')).toBe(true);
  });

  it('names everyone with work, by name', () => {
    expect(assigneesOf([post, skule]).map((p) => p.name)).toEqual(['Kari Nordmann', 'Per Hansen']);
  });

  it('links to Outlook on the web with the REST id encoded, in the mailbox', () => {
    expect(owaLink('AAMk-a_b=', 'post@ha.kommune.no')).toBe(
      'https://outlook.office.com/mail/post%40ha.kommune.no/deeplink/read/AAMk-a_b%3D',
    );
  });
});

describe('the chart', () => {
  const days = [
    { day: '2026-03-18', received: 4, answeredInTime: 1, overdue: 2, archived: 0 },
    { day: '2026-03-19', received: 0, answeredInTime: 0, overdue: 0, archived: 0 },
    { day: '2026-03-20', received: 9, answeredInTime: 3, overdue: 1, archived: 2 },
  ];
  it('sums what its label says', () => {
    expect(chartSummary(days)).toEqual({
      received: 13,
      answeredInTime: 4,
      overdue: 3,
      archived: 2,
      peak: 9,
    });
  });
  it('scales the series to the box: the top of the scale is the largest figure', () => {
    const { max, points } = chartSeries(days, { width: 100, height: 50, pad: 10 });
    expect(max).toBe(9);
    expect(points.received).toBe('10.0,26.7 50.0,40.0 90.0,10.0');
    expect(points.archived.split(' ')).toHaveLength(3);
  });
});

describe('the message the page sends the pane', () => {
  it('is an open request with a Graph id, or nothing', () => {
    expect(parseOversightMessage('{"kind":"open-message","id":"AAMk-x_y="}')).toEqual({
      kind: 'open-message',
      id: 'AAMk-x_y=',
    });
    expect(parseOversightMessage('{"kind":"open-message","id":"../../x"}')).toBeNull();
    expect(parseOversightMessage('{"kind":"send","id":"AAMk"}')).toBeNull();
    expect(parseOversightMessage('not json')).toBeNull();
    expect(parseOversightMessage(42)).toBeNull();
    expect(parseOversightMessage(`{"kind":"open-message","id":"${'A'.repeat(5000)}"}`)).toBeNull();
  });
});
