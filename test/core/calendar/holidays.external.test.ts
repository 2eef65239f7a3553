/**
 * Our holiday rules against two independent libraries' published output,
 * read in place from ../shared/testdata/holidays:
 * - date-holidays 3.37.0, NO and SE 2024–2032, typed public / bank / optional / observance;
 * - vacanza/holidays snapshots 1950–2050 (SE from 1953): NO public holidays only,
 *   SE every category merged with every Sunday.
 */
import { holidaysInYear } from '../../../src/core/calendar';
import type { HolidayKey } from '../../../src/core/calendar';
import { describeExternal, readExternalJson } from '../../support/external';

interface DateHolidaysEntry {
  date: string;
  name: string;
  type: 'public' | 'bank' | 'optional' | 'observance' | 'school';
}
type DateHolidays = Record<'NO' | 'SE', Record<string, DateHolidaysEntry[]>>;
type Vacanza = Record<string, string>;

function ours(country: 'NO' | 'SE', year: number, kind: 'public' | 'sunday-equivalent'): string[] {
  return holidaysInYear(country, year)
    .filter((h) => h.kind === kind)
    .map((h) => h.date);
}

/** vacanza en_US names of the days that are public holidays (Sundays aside). */
const VACANZA_PUBLIC: Readonly<Record<'NO' | 'SE', Readonly<Record<string, HolidayKey>>>> = {
  NO: {
    "New Year's Day": 'new-years-day',
    'Maundy Thursday': 'maundy-thursday',
    'Good Friday': 'good-friday',
    'Easter Sunday': 'easter-sunday',
    'Easter Monday': 'easter-monday',
    'Labor Day': 'may-day',
    'Constitution Day': 'constitution-day',
    'Ascension Day': 'ascension-day',
    Pentecost: 'whit-sunday',
    'Pentecost Monday': 'whit-monday',
    'Christmas Day': 'christmas-day',
    'Second Day of Christmas': 'boxing-day',
  },
  SE: {
    "New Year's Day": 'new-years-day',
    Epiphany: 'epiphany',
    'Feast of the Annunciation': 'annunciation',
    'Good Friday': 'good-friday',
    'Easter Sunday': 'easter-sunday',
    'Easter Monday': 'easter-monday',
    'May Day': 'may-day',
    'Ascension Day': 'ascension-day',
    'National Day': 'national-day',
    Pentecost: 'whit-sunday',
    'Pentecost Monday': 'whit-monday',
    'Midsummer Day': 'midsummer-day',
    "All Saints' Day": 'all-saints-day',
    'Christmas Day': 'christmas-day',
    'Second Day of Christmas': 'boxing-day',
  },
};

/** vacanza's DE_FACTO category for Sweden: the days lag 1930:173 treats as Sundays. */
const VACANZA_SE_DE_FACTO: Readonly<Record<string, HolidayKey>> = {
  'Midsummer Eve': 'midsummer-eve',
  'Christmas Eve': 'christmas-eve',
  "New Year's Eve": 'new-years-eve',
};

/**
 * Everything else in the merged SE snapshot is a bank or optional day that
 * is not a day off by law: afternoons off "(from 2pm)", Holy Saturday and
 * Pentecost Eve (always Saturdays), the Friday after Ascension Day.
 */
const VACANZA_SE_IGNORED = ['Sunday', 'Holy Saturday', 'Pentecost Eve', 'Squeeze day'];

function vacanzaByYear(
  data: Vacanza,
  country: 'NO' | 'SE',
): Map<number, { pub: string[]; deFacto: string[] }> {
  const out = new Map<number, { pub: string[]; deFacto: string[] }>();
  for (const [date, names] of Object.entries(data)) {
    const year = Number(date.slice(0, 4));
    let entry = out.get(year);
    if (!entry) {
      entry = { pub: [], deFacto: [] };
      out.set(year, entry);
    }
    for (const name of names.split('; ')) {
      const pub = VACANZA_PUBLIC[country][name];
      const deFacto = country === 'SE' ? VACANZA_SE_DE_FACTO[name] : undefined;
      if (pub) entry.pub.push(`${date} ${pub}`);
      else if (deFacto) entry.deFacto.push(`${date} ${deFacto}`);
      else if (!(VACANZA_SE_IGNORED.includes(name) || name.endsWith('(from 2pm)'))) {
        throw new Error(`unmapped vacanza name ${country} ${date}: ${name}`);
      }
    }
  }
  return out;
}

/** `date key` pairs, sorted: two holidays can share a day (1 May and Ascension in 2008). */
function keyed(country: 'NO' | 'SE', year: number, kind: 'public' | 'sunday-equivalent'): string[] {
  return holidaysInYear(country, year)
    .filter((h) => h.kind === kind)
    .map((h) => `${h.date} ${h.key}`)
    .sort();
}

describeExternal('holidays agree with date-holidays 3.37.0', 'holidays', () => {
  const data = readExternalJson<DateHolidays>(
    'holidays',
    'date-holidays-3.37.0_NO_SE_2024-2032.json',
  );
  const years = (c: 'NO' | 'SE'): [number][] => Object.keys(data[c]).map((y) => [Number(y)]);
  const of = (c: 'NO' | 'SE', year: number, type: DateHolidaysEntry['type']): string[] =>
    (data[c][String(year)] ?? [])
      .filter((h) => h.type === type)
      .map((h) => h.date)
      .sort();

  it('covers nine years of each country', () => {
    expect(years('NO')).toHaveLength(9);
    expect(years('SE')).toHaveLength(9);
  });

  it.each(years('NO'))('Norway %i: the public holidays are the same days', (year) => {
    expect(ours('NO', year, 'public')).toEqual(of('NO', year, 'public'));
  });

  it.each(years('NO'))(
    'Norway %i: its bank days are julaften and nyttårsaften, the days christmasEveOff frees',
    (year) => {
      expect(of('NO', year, 'bank')).toEqual([`${year}-12-24`, `${year}-12-31`]);
    },
  );

  it.each(years('SE'))('Sweden %i: the public holidays are the same days', (year) => {
    expect(ours('SE', year, 'public')).toEqual(of('SE', year, 'public'));
  });

  it.each(years('SE'))('Sweden %i: the days that count as Sundays are its bank days', (year) => {
    expect(ours('SE', year, 'sunday-equivalent')).toEqual(of('SE', year, 'bank'));
  });
});

describeExternal('holidays agree with vacanza/holidays snapshots', 'holidays', () => {
  const no = vacanzaByYear(readExternalJson<Vacanza>('holidays', 'vacanza_NO_COMMON.json'), 'NO');
  const se = vacanzaByYear(readExternalJson<Vacanza>('holidays', 'vacanza_SE_COMMON.json'), 'SE');

  it('covers Norway 1950–2050 and Sweden 1953–2050', () => {
    expect([Math.min(...no.keys()), Math.max(...no.keys()), no.size]).toEqual([1950, 2050, 101]);
    expect([Math.min(...se.keys()), Math.max(...se.keys()), se.size]).toEqual([1953, 2050, 98]);
  });

  it('Norway: every year has the same public holidays, day and name', () => {
    const differ: string[] = [];
    for (const [year, v] of no) {
      const mine = keyed('NO', year, 'public');
      if (mine.join() !== [...v.pub].sort().join()) differ.push(String(year));
    }
    expect(differ).toEqual([]);
  });

  it('Sweden: every year has the same public holidays, day and name', () => {
    const differ: string[] = [];
    for (const [year, v] of se) {
      const mine = keyed('SE', year, 'public');
      if (mine.join() !== [...v.pub].sort().join()) differ.push(String(year));
    }
    expect(differ).toEqual([]);
  });

  it('Sweden: every year has the same days that count as Sundays (DE_FACTO)', () => {
    const differ: string[] = [];
    for (const [year, v] of se) {
      const mine = keyed('SE', year, 'sunday-equivalent');
      if (mine.join() !== [...v.deFacto].sort().join()) differ.push(String(year));
    }
    expect(differ).toEqual([]);
  });

  it('reads sample years as expected, so the comparison is not vacuous', () => {
    expect(se.get(1988)?.pub).toContain('1988-03-20 annunciation');
    expect(se.get(2004)?.pub).toContain('2004-05-31 whit-monday');
    expect(se.get(2005)?.pub).toContain('2005-06-06 national-day');
    expect(se.get(2024)?.deFacto).toContain('2024-06-21 midsummer-eve');
    expect(no.get(2008)?.pub).toEqual(
      expect.arrayContaining(['2008-05-01 may-day', '2008-05-01 ascension-day']),
    );
  });
});
