import {
  MAX_CASE_NUMBER_INPUT,
  caseNumberIn,
  formatCaseNumber,
  formatRecordReference,
  normaliseCaseNumber,
  parseCaseNumber,
} from '../../../src/core/archive/case-number';

describe('case numbers as people write them', () => {
  it.each([
    ['the archive’s own way', '2026/123', { year: 2026, seq: 123, doc: null }],
    ['a two-digit year, this century', '26/123', { year: 2026, seq: 123, doc: null }],
    ['a record’s reference', '2026/123-4', { year: 2026, seq: 123, doc: 4 }],
    ['a dash instead of the slash', '2026-123', { year: 2026, seq: 123, doc: null }],
    ['spaces around the parts', ' 2026 / 123 - 4 ', { year: 2026, seq: 123, doc: 4 }],
    ['an en dash before the record', '2026/123–4', { year: 2026, seq: 123, doc: 4 }],
    ['an en dash between year and number', '2026–123', { year: 2026, seq: 123, doc: null }],
    ['leading zeros', '2026/0123', { year: 2026, seq: 123, doc: null }],
    ['nine digits, the most', '2026/123456789', { year: 2026, seq: 123456789, doc: null }],
    ['a tab and a newline around it', '\t2026/7\n', { year: 2026, seq: 7, doc: null }],
  ])('reads %s: %j', (_, text, expected) => {
    expect(parseCaseNumber(text)).toEqual(expected);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['a word before it', 'KS 2026/1'],
    ['a word after it', '2026/1 bygg'],
    ['three-digit year', '202/1'],
    ['a year without a number', '2026/'],
    ['ten digits, one too many', '2026/1234567890'],
    ['sequence number nought', '2026/0'],
    ['record number nought', '2026/12-0'],
    ['dots as separator', '2026.123'],
    ['two slashes', '2026//123'],
    ['a year before 1900', '1066/1'],
    ['letters in the number', '2026/12a'],
  ])('refuses %s', (_, text) => {
    expect(parseCaseNumber(text)).toBeNull();
    expect(normaliseCaseNumber(text)).toBeNull();
  });

  it('normalises to the case, the record’s number left out', () => {
    expect(normaliseCaseNumber('2026/123')).toBe('2026/123');
    expect(normaliseCaseNumber(' 2026 - 0123 ')).toBe('2026/123');
    expect(normaliseCaseNumber('26/123-4')).toBe('2026/123');
  });

  it('writes the case and a record as archives do', () => {
    expect(formatCaseNumber({ year: 2026, seq: 5 })).toBe('2026/5');
    expect(formatRecordReference({ year: 2026, seq: 5 }, 3)).toBe('2026/5-3');
    const n = parseCaseNumber(formatRecordReference({ year: 2026, seq: 5 }, 3));
    expect(n).toEqual({ year: 2026, seq: 5, doc: 3 });
  });

  it.each([
    ['a labelled reference', 'Dykkar ref. 26/123-4', '2026/123'],
    ['an archive code before it', 'KS 2026/77', '2026/77'],
    ['the first of two', 'sak 2025/1 og 2026/2', '2025/1'],
    ['after a number that is none', 'tlf 12345678, sak 2026/9', '2026/9'],
    ['nothing that is one', 'gnr. 12 bnr. 345', null],
    ['digits run on into it', '12026/5', null],
  ])('finds the case number in %s', (_, text, expected) => {
    expect(caseNumberIn(text)).toBe(expected);
  });

  it('refuses over-long input unread, in time linear in its length', () => {
    expect(parseCaseNumber(`2026/1${' '.repeat(MAX_CASE_NUMBER_INPUT)}`)).toBeNull();
    const hostile = [
      `2026/1${' '.repeat(100_000)}x`,
      `2026${' '.repeat(100_000)}/`,
      '2026/1-'.repeat(50_000),
      '9'.repeat(1_000_000),
    ];
    const started = performance.now();
    for (const text of hostile) expect(parseCaseNumber(text)).toBeNull();
    expect(caseNumberIn('2026 / x '.repeat(100_000))).toBeNull();
    expect(caseNumberIn(`${'1 '.repeat(200_000)}2026/5`)).toBe('2026/5');
    // Generous for a loaded machine: refusing unread takes microseconds.
    expect(performance.now() - started).toBeLessThan(500);
  });
});
