import { csvCell, logReviewCsv, logReviewJson } from '../../../src/core/oversight/export';
import { reviewLog } from '../../../src/core/oversight/log-review';
import type { TrafficRow } from '../../../src/core/oversight/log-review';

const TZ = 'Europe/Oslo';

const rows: TrafficRow[] = [
  {
    messageId: '<a@example.no>',
    from: 'ola@example.no',
    to: ['post@ha.kommune.no'],
    time: '2026-03-04T08:22:00Z',
    subject: 'Klage; "nabo" og støy',
    direction: 'in',
  },
  {
    messageId: '<b@example.no>',
    from: 'kari@example.no',
    to: ['post@ha.kommune.no', 'sak@ha.kommune.no'],
    time: '2026-03-05T12:00:00Z',
    subject: 'Gjelder 150385 00047',
    direction: 'in',
  },
  {
    messageId: '<c@ha.kommune.no>',
    from: 'sak@ha.kommune.no',
    to: ['post@ha.kommune.no'],
    time: '2026-03-06T12:00:00Z',
    subject: '=HYPERLINK("http://x")',
    direction: 'in',
  },
];

const review = reviewLog({
  rows,
  journal: [{ source: 'noark5', reference: '2026/7-1', messageId: 'b@example.no' }],
  domains: ['ha.kommune.no'],
  timeZone: TZ,
});

describe('CSV cells as Nordic Excel reads them', () => {
  it.each([
    ['plain text stays as it is', 'Søknad', 'Søknad'],
    ['a semicolon is quoted', 'a;b', '"a;b"'],
    ['quotes are doubled inside quotes', 'si "hei"', '"si ""hei"""'],
    ['a line break is quoted', 'a\nb', '"a\nb"'],
    ['a formula gets an apostrophe', '=1+1', "'=1+1"],
    ['so do + - and @', '-2', "'-2"],
    ['@ too', '@SUM(A1)', "'@SUM(A1)"],
    ['an apostrophe guard comes before quoting', '=a;b', `"'=a;b"`],
  ])('%s', (_what, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('the log review as CSV', () => {
  it('starts with a byte order mark and a heading row in the user’s language', () => {
    const nb = logReviewCsv(review, 'nb', TZ);
    expect(nb.charCodeAt(0)).toBe(0xfeff);
    expect(nb.slice(1).split('\r\n')[0]).toBe('Tid;Fra;Til;Emne;Message-ID;Status;Referanse');
    expect(logReviewCsv(review, 'sv', TZ).slice(1).split('\r\n')[0]).toBe(
      'Tid;Från;Till;Ämne;Message-ID;Status;Referens',
    );
    expect(logReviewCsv(review, 'en', TZ).slice(1).split('\r\n')[0]).toBe(
      'Time;From;To;Subject;Message-ID;Status;Reference',
    );
  });

  it('writes local times, the status in words, references, masked subjects and defused formulas', () => {
    const lines = logReviewCsv(review, 'nb', TZ).slice(1).split('\r\n');
    expect(lines.slice(1)).toEqual([
      '04.03.2026 kl. 09.22;ola@example.no;post@ha.kommune.no;"Klage; ""nabo"" og støy";<a@example.no>;Ikke journalført;',
      '05.03.2026 kl. 13.00;kari@example.no;post@ha.kommune.no, sak@ha.kommune.no;Gjelder •••••• •••••;<b@example.no>;Journalført;2026/7-1',
      `06.03.2026 kl. 13.00;sak@ha.kommune.no;post@ha.kommune.no;"'=HYPERLINK(""http://x"")";<c@ha.kommune.no>;Intern;`,
      '',
    ]);
    expect(logReviewCsv(review, 'sv', TZ)).toContain('2026-03-04 kl. 09.22;');
    expect(logReviewCsv(review, 'sv', TZ)).toContain(';Ej diarieförd;');
  });

  it('never writes the identity number itself', () => {
    for (const lang of ['nb', 'nn', 'sv', 'en'] as const) {
      expect(logReviewCsv(review, lang, TZ)).not.toMatch(/150385|00047/);
    }
  });
});

describe('the log review as JSON', () => {
  it('has the command line’s shape', () => {
    const json = logReviewJson(review, 'message-trace');
    expect(JSON.parse(JSON.stringify(json))).toEqual({
      source: 'message-trace',
      rows: 3,
      neverRegistered: [
        {
          messageId: '<a@example.no>',
          from: 'ola@example.no',
          to: ['post@ha.kommune.no'],
          time: '2026-03-04T08:22:00Z',
          subject: 'Klage; "nabo" og støy',
        },
      ],
      subjectHygiene: 1,
    });
    expect(logReviewJson(review, 'folders').source).toBe('folders');
  });
});
