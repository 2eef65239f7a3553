import { formatDate, formatInstant, parseDate } from '../../../src/core/calendar/format';

describe('one date and time format per language', () => {
  it('writes a date the same way in every language’s own form', () => {
    const d = { y: 2026, m: 3, d: 4 };
    expect(formatDate(d, 'nb')).toBe('04.03.2026');
    expect(formatDate(d, 'nn')).toBe('04.03.2026');
    expect(formatDate(d, 'sv')).toBe('2026-03-04');
    expect(formatDate(d, 'en')).toBe('4 March 2026');
  });

  it('writes an instant in the organisation’s zone, across daylight saving', () => {
    // 2026-03-29 01:00Z: Oslo goes from 02:00 to 03:00.
    expect(formatInstant('2026-03-29T00:59:00Z', 'nn', 'Europe/Oslo')).toBe('29.03.2026 kl. 01.59');
    expect(formatInstant('2026-03-29T01:00:00Z', 'nb', 'Europe/Oslo')).toBe('29.03.2026 kl. 03.00');
    expect(formatInstant('2026-12-06T08:19:00Z', 'sv', 'Europe/Stockholm')).toBe(
      '2026-12-06 kl. 09.19',
    );
    expect(formatInstant('2026-12-06T08:19:00Z', 'en', 'Europe/London')).toBe(
      '6 December 2026 at 08:19',
    );
    expect(formatInstant('', 'en', 'Europe/Oslo')).toBeNull();
    expect(formatInstant('2026-12-06T08:19:00Z', 'en', 'Nowhere/Else')).toBeNull();
  });

  it('reads a typed date in the language’s form or ISO, and refuses days that do not exist', () => {
    expect(parseDate('4.3.2026', 'nn')).toEqual({ y: 2026, m: 3, d: 4 });
    expect(parseDate('04.03.26', 'nb')).toEqual({ y: 2026, m: 3, d: 4 });
    expect(parseDate('2026-03-04', 'sv')).toEqual({ y: 2026, m: 3, d: 4 });
    expect(parseDate('4 Mar 2026', 'en')).toEqual({ y: 2026, m: 3, d: 4 });
    expect(parseDate('04/03/2026', 'en')).toEqual({ y: 2026, m: 3, d: 4 });
    expect(parseDate('30.02.2026', 'nb')).toBeNull();
    expect(parseDate('1'.repeat(100000), 'nb')).toBeNull();
  });
});
