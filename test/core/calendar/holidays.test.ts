import {
  HOLIDAY_KEYS,
  MAX_YEAR,
  MIN_YEAR,
  holidayOn,
  holidaysInYear,
  parseLocalDate,
  weekday,
} from '../../../src/core/calendar';
import type { Holiday } from '../../../src/core/calendar';

function table(list: readonly Holiday[]): string[] {
  return list.map((h) => `${h.date} ${h.key}${h.kind === 'public' ? '' : ` (${h.kind})`}`);
}

function dateOf(country: 'NO' | 'SE', year: number, key: string): string | undefined {
  return holidaysInYear(country, year).find((h) => h.key === key)?.date;
}

function weekdayOf(iso: string | undefined): number {
  const d = iso ? parseLocalDate(iso) : null;
  if (!d) throw new Error(`no date: ${iso}`);
  return weekday(d);
}

describe('Norwegian public holidays', () => {
  it('lists the twelve helligdager and høytidsdager of 2025 in date order', () => {
    expect(table(holidaysInYear('NO', 2025))).toEqual([
      '2025-01-01 new-years-day',
      '2025-04-17 maundy-thursday',
      '2025-04-18 good-friday',
      '2025-04-20 easter-sunday',
      '2025-04-21 easter-monday',
      '2025-05-01 may-day',
      '2025-05-17 constitution-day',
      '2025-05-29 ascension-day',
      '2025-06-08 whit-sunday',
      '2025-06-09 whit-monday',
      '2025-12-25 christmas-day',
      '2025-12-26 boxing-day',
    ]);
  });

  it.each([
    [2024, '2024-03-28', '2024-05-09', '2024-05-20'],
    [2026, '2026-04-02', '2026-05-14', '2026-05-25'],
    [1950, '1950-04-06', '1950-05-18', '1950-05-29'],
    [2100, '2100-03-25', '2100-05-06', '2100-05-17'],
  ])('puts Easter-based days of %i in the right place', (year, maundy, ascension, whitMonday) => {
    expect(dateOf('NO', year, 'maundy-thursday')).toBe(maundy);
    expect(dateOf('NO', year, 'ascension-day')).toBe(ascension);
    expect(dateOf('NO', year, 'whit-monday')).toBe(whitMonday);
  });

  it.each([
    ['a Saturday', 2025],
    ['a Sunday', 2026],
  ])('keeps 17 May on 17 May when it falls on %s (no day in lieu)', (_name, year) => {
    expect(dateOf('NO', year, 'constitution-day')).toBe(`${year}-05-17`);
    expect(holidayOn({ y: year, m: 5, d: 18 }, 'NO')).toBeNull();
  });

  it('leaves julaften and nyttårsaften out: they are working days by law', () => {
    const keys = holidaysInYear('NO', 2025).map((h) => h.key);
    expect(keys).not.toContain('christmas-eve');
    expect(keys).not.toContain('new-years-eve');
  });
});

describe('Swedish public holidays', () => {
  it('lists the allmänna helgdagar and the three days that count as Sundays in 2025', () => {
    expect(table(holidaysInYear('SE', 2025))).toEqual([
      '2025-01-01 new-years-day',
      '2025-01-06 epiphany',
      '2025-04-18 good-friday',
      '2025-04-20 easter-sunday',
      '2025-04-21 easter-monday',
      '2025-05-01 may-day',
      '2025-05-29 ascension-day',
      '2025-06-06 national-day',
      '2025-06-08 whit-sunday',
      '2025-06-20 midsummer-eve (sunday-equivalent)',
      '2025-06-21 midsummer-day',
      '2025-11-01 all-saints-day',
      '2025-12-24 christmas-eve (sunday-equivalent)',
      '2025-12-25 christmas-day',
      '2025-12-26 boxing-day',
      '2025-12-31 new-years-eve (sunday-equivalent)',
    ]);
  });

  it('has no skärtorsdag: Maundy Thursday is a working day in Sweden', () => {
    expect(holidayOn({ y: 2025, m: 4, d: 17 }, 'SE')).toBeNull();
    expect(holidayOn({ y: 2025, m: 4, d: 17 }, 'NO')?.key).toBe('maundy-thursday');
  });

  it.each([
    ['2004 still has annandag pingst and no national day', 2004, '2004-05-31', undefined],
    ['2005 has the national day and no annandag pingst', 2005, undefined, '2005-06-06'],
  ])('%s', (_name, year, whitMonday, nationalDay) => {
    expect(dateOf('SE', year, 'whit-monday')).toBe(whitMonday);
    expect(dateOf('SE', year, 'national-day')).toBe(nationalDay);
  });

  it.each([
    ['on its own Sunday between 22 and 28 March', 1980, '1980-03-23'],
    ['a week before Palm Sunday when the Sunday is Easter Day', 1967, '1967-03-12'],
    ['a week before Palm Sunday when the Sunday is Palm Sunday', 1970, '1970-03-15'],
    ['on 25 March before the 1953 reform', 1952, '1952-03-25'],
    ['for the last time in 1989', 1989, '1989-03-12'],
    ['no longer after 1989', 1990, undefined],
  ])('keeps the Annunciation %s', (_name, year, expected) => {
    expect(dateOf('SE', year, 'annunciation')).toBe(expected);
  });

  it.each([
    ['before the 1953 reform on fixed days', 1952, '1952-06-23', '1952-06-24', '1952-11-02'],
    ['from 1953 on Fridays and Saturdays', 1953, '1953-06-19', '1953-06-20', '1953-10-31'],
    ['when 20 June is a Saturday', 2026, '2026-06-19', '2026-06-20', '2026-10-31'],
    ['when 26 June is the Saturday', 2027, '2027-06-25', '2027-06-26', '2027-11-06'],
  ])('places midsummer and All Saints %s', (_name, year, eve, day, allSaints) => {
    expect(dateOf('SE', year, 'midsummer-eve')).toBe(eve);
    expect(dateOf('SE', year, 'midsummer-day')).toBe(day);
    expect(dateOf('SE', year, 'all-saints-day')).toBe(allSaints);
  });

  it('puts midsummer and All Saints on the legal weekdays in every year from 1953', () => {
    for (let year = 1953; year <= MAX_YEAR; year++) {
      const eve = dateOf('SE', year, 'midsummer-eve');
      const day = dateOf('SE', year, 'midsummer-day');
      const saints = dateOf('SE', year, 'all-saints-day');
      expect([weekdayOf(eve), weekdayOf(day), weekdayOf(saints)]).toEqual([5, 6, 6]);
      expect(day! >= `${year}-06-20` && day! <= `${year}-06-26`).toBe(true);
      expect(saints! >= `${year}-10-31` && saints! <= `${year}-11-06`).toBe(true);
    }
  });
});

describe('holidaysInYear', () => {
  it.each([
    ['the year before the supported range', MIN_YEAR - 1],
    ['the year after the supported range', MAX_YEAR + 1],
    ['a fractional year', 2024.5],
    ['NaN', Number.NaN],
  ])('refuses %s', (_name, year) => {
    expect(() => holidaysInYear('NO', year)).toThrow(RangeError);
  });

  it('gives each holiday once, sorted, with known keys, for every supported year', () => {
    for (const country of ['NO', 'SE'] as const) {
      for (let year = MIN_YEAR; year <= MAX_YEAR; year++) {
        const list = holidaysInYear(country, year);
        const dates = list.map((h) => h.date);
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(list.map((h) => h.key)).size).toBe(list.length);
        for (const h of list) {
          expect(HOLIDAY_KEYS).toContain(h.key);
          expect(h.date.startsWith(String(year))).toBe(true);
        }
      }
    }
  });

  it('returns the same frozen list on a second call, so callers cannot change it', () => {
    const a = holidaysInYear('SE', 2030);
    expect(holidaysInYear('SE', 2030)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
