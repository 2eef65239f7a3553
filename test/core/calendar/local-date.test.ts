import {
  addDays,
  compareLocalDates,
  formatLocalDate,
  fromDayNumber,
  isValidLocalDate,
  localDate,
  parseLocalDate,
  toDayNumber,
  weekday,
} from '../../../src/core/calendar';
import { addMonths, onOrAfter } from '../../../src/core/calendar/local-date';

describe('LocalDate', () => {
  it.each([
    ['an ordinary date', '2025-05-17', { y: 2025, m: 5, d: 17 }],
    ['29 February in a leap year', '2024-02-29', { y: 2024, m: 2, d: 29 }],
    ['29 February in 2000, a leap century', '2000-02-29', { y: 2000, m: 2, d: 29 }],
    ['29 February in 1900, not a leap year', '1900-02-29', null],
    ['29 February in 2025', '2025-02-29', null],
    ['31 April', '2025-04-31', null],
    ['month 13', '2025-13-01', null],
    ['day 0', '2025-01-00', null],
    ['a Norwegian date format', '17.05.2025', null],
    ['a date without leading zeros', '2025-5-17', null],
    ['a date with a time', '2025-05-17T00:00', null],
    ['an empty string', '', null],
  ])('parses %s', (_name, text, expected) => {
    expect(parseLocalDate(text)).toEqual(expected);
  });

  it.each([
    [{ y: 2025, m: 1, d: 6 }, '2025-01-06'],
    [{ y: 1950, m: 12, d: 31 }, '1950-12-31'],
    [{ y: 987, m: 3, d: 4 }, '0987-03-04'],
  ])('formats %o as %s', (date, text) => {
    expect(formatLocalDate(date)).toBe(text);
  });

  it('rejects a date that does not exist when built directly', () => {
    expect(() => localDate(2023, 2, 29)).toThrow(RangeError);
    expect(isValidLocalDate(2024, 2, 29)).toBe(true);
    expect(isValidLocalDate(2024, 1.5, 1)).toBe(false);
  });

  it('counts days exactly like Date.UTC for every day from 1950 to 2100', () => {
    const start = Date.UTC(1950, 0, 1) / 86_400_000;
    const end = Date.UTC(2100, 11, 31) / 86_400_000;
    const wrong: string[] = [];
    for (let n = start; n <= end; n++) {
      const js = new Date(n * 86_400_000);
      const ld = fromDayNumber(n);
      const iso = js.getUTCDay() === 0 ? 7 : js.getUTCDay();
      if (
        ld.y !== js.getUTCFullYear() ||
        ld.m !== js.getUTCMonth() + 1 ||
        ld.d !== js.getUTCDate() ||
        toDayNumber(ld) !== n ||
        weekday(ld) !== iso
      ) {
        wrong.push(js.toISOString());
      }
    }
    expect(wrong).toEqual([]);
    expect(end - start + 1).toBe(55152);
  });

  it.each([
    ['Thursday 1 January 1970', { y: 1970, m: 1, d: 1 }, 4],
    ['Saturday 17 May 2025', { y: 2025, m: 5, d: 17 }, 6],
    ['Sunday 31 March 2024', { y: 2024, m: 3, d: 31 }, 7],
    ['Monday 1 January 1951', { y: 1951, m: 1, d: 1 }, 1],
  ])('knows that %s has ISO weekday %i', (_name, date, iso) => {
    expect(weekday(date)).toBe(iso);
  });

  it.each([
    ['over the end of a month', '2025-01-31', 1, '2025-02-01'],
    ['over the end of February in a leap year', '2024-02-28', 1, '2024-02-29'],
    ['over the end of a year', '2024-12-31', 1, '2025-01-01'],
    ['backwards over the start of a year', '2025-01-01', -1, '2024-12-31'],
    ['a whole leap year', '2024-01-01', 366, '2025-01-01'],
  ])('adds days %s', (_name, from, days, to) => {
    const d = parseLocalDate(from);
    if (!d) throw new Error('bad fixture');
    expect(formatLocalDate(addDays(d, days))).toBe(to);
  });

  it('orders dates', () => {
    expect(compareLocalDates({ y: 2025, m: 1, d: 2 }, { y: 2024, m: 12, d: 31 })).toBeGreaterThan(
      0,
    );
    expect(compareLocalDates({ y: 2025, m: 1, d: 2 }, { y: 2025, m: 1, d: 2 })).toBe(0);
  });

  it.each([
    ['the first Saturday on or after 20 June 2026 is that day', '2026-06-20', 6, '2026-06-20'],
    ['the first Saturday on or after 20 June 2025 is the 21st', '2025-06-20', 6, '2025-06-21'],
    ['the first Sunday on or after 1 November 1952 is the 2nd', '1952-11-01', 7, '1952-11-02'],
  ])('finds a weekday: %s', (_name, from, iso, expected) => {
    const d = parseLocalDate(from);
    if (!d) throw new Error('bad fixture');
    expect(formatLocalDate(onOrAfter(d, iso))).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['a month on keeps the day', '2026-04-17', 1, '2026-05-17'],
    ['31 January on to February is its last day', '2026-01-31', 1, '2026-02-28'],
    ['in a leap year, 29 February', '2028-01-31', 1, '2028-02-29'],
    ['back over the new year', '2026-01-15', -1, '2025-12-15'],
    ['on over the new year', '2026-12-31', 1, '2027-01-31'],
    ['back from 31 March', '2026-03-31', -1, '2026-02-28'],
    ['two years on', '2026-06-30', 24, '2028-06-30'],
  ])('%s', (_name, from, months, to) => {
    expect(formatLocalDate(addMonths(parseLocalDate(from)!, months))).toBe(to);
  });
});
