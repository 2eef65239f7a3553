/**
 * Norwegian and Swedish public holidays, computed for 1950–2100.
 *
 * Norway: lov om helligdager og helligdagsfred (1995) § 2 lists the
 * helligdager; 1 May and 17 May are høytidsdager by lov 26. april 1947.
 * Sweden: lag (1989:253) om allmänna helgdagar, and before that lag
 * (1952:48), which from 1953 moved midsommardagen and alla helgons dag to
 * Saturdays and the Annunciation to a Sunday. Lag (1930:173) om beräkning
 * av lagstadgad tid § 2 makes midsommarafton, julafton and nyårsafton count
 * as Sundays for deadlines; they are returned here as `sunday-equivalent`.
 */
import { easter } from 'date-easter';
import type { Country } from '../model';
import type { LocalDate } from './local-date';
import {
  SATURDAY,
  SUNDAY,
  addDays,
  formatLocalDate,
  localDate,
  onOrAfter,
  toDayNumber,
} from './local-date';

export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;

export const HOLIDAY_KEYS = [
  'new-years-day',
  'epiphany',
  'annunciation',
  'maundy-thursday',
  'good-friday',
  'easter-sunday',
  'easter-monday',
  'may-day',
  'constitution-day',
  'ascension-day',
  'whit-sunday',
  'whit-monday',
  'national-day',
  'midsummer-eve',
  'midsummer-day',
  'all-saints-day',
  'christmas-eve',
  'christmas-day',
  'boxing-day',
  'new-years-eve',
] as const;
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

/**
 * public: a public holiday (helligdag / høytidsdag, allmän helgdag).
 * sunday-equivalent: Sweden only, a day that counts as a Sunday for
 * deadlines (lag 1930:173 § 2) without being a public holiday.
 */
export type HolidayKind = 'public' | 'sunday-equivalent';

export interface Holiday {
  readonly key: HolidayKey;
  /** `YYYY-MM-DD` */
  readonly date: string;
  readonly kind: HolidayKind;
}

export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

function easterSunday(year: number): LocalDate {
  const e = easter(year);
  return localDate(e.year, e.month, e.day);
}

type Entry = readonly [HolidayKey, LocalDate, HolidayKind?];

function norway(year: number): Entry[] {
  const e = easterSunday(year);
  return [
    ['new-years-day', localDate(year, 1, 1)],
    ['maundy-thursday', addDays(e, -3)],
    ['good-friday', addDays(e, -2)],
    ['easter-sunday', e],
    ['easter-monday', addDays(e, 1)],
    ['may-day', localDate(year, 5, 1)],
    ['constitution-day', localDate(year, 5, 17)],
    ['ascension-day', addDays(e, 39)],
    ['whit-sunday', addDays(e, 49)],
    ['whit-monday', addDays(e, 50)],
    ['christmas-day', localDate(year, 12, 25)],
    ['boxing-day', localDate(year, 12, 26)],
  ];
}

function sweden(year: number): Entry[] {
  const e = easterSunday(year);
  const out: Entry[] = [
    ['new-years-day', localDate(year, 1, 1)],
    ['epiphany', localDate(year, 1, 6)],
  ];
  if (year < 1953) {
    out.push(['annunciation', localDate(year, 3, 25)]);
  } else if (year <= 1989) {
    // Lag 1952:48: the Sunday 22–28 March, or the Sunday before Palm Sunday
    // when that Sunday is Palm Sunday or Easter Day. Abolished by 1989:253.
    const sunday = onOrAfter(localDate(year, 3, 22), SUNDAY);
    const n = toDayNumber(sunday);
    const clash = n === toDayNumber(e) || n === toDayNumber(addDays(e, -7));
    out.push(['annunciation', clash ? addDays(e, -14) : sunday]);
  }
  out.push(
    ['good-friday', addDays(e, -2)],
    ['easter-sunday', e],
    ['easter-monday', addDays(e, 1)],
    ['may-day', localDate(year, 5, 1)],
    ['ascension-day', addDays(e, 39)],
    ['whit-sunday', addDays(e, 49)],
  );
  // From 2005 the national day replaced annandag pingst as a public holiday.
  if (year <= 2004) out.push(['whit-monday', addDays(e, 50)]);
  if (year >= 2005) out.push(['national-day', localDate(year, 6, 6)]);
  if (year < 1953) {
    out.push(
      ['midsummer-eve', localDate(year, 6, 23), 'sunday-equivalent'],
      ['midsummer-day', localDate(year, 6, 24)],
      // 1772–1952: kept on the first Sunday of November.
      ['all-saints-day', onOrAfter(localDate(year, 11, 1), SUNDAY)],
    );
  } else {
    const midsummer = onOrAfter(localDate(year, 6, 20), SATURDAY);
    out.push(
      ['midsummer-eve', addDays(midsummer, -1), 'sunday-equivalent'],
      ['midsummer-day', midsummer],
      ['all-saints-day', onOrAfter(localDate(year, 10, 31), SATURDAY)],
    );
  }
  out.push(
    ['christmas-eve', localDate(year, 12, 24), 'sunday-equivalent'],
    ['christmas-day', localDate(year, 12, 25)],
    ['boxing-day', localDate(year, 12, 26)],
    ['new-years-eve', localDate(year, 12, 31), 'sunday-equivalent'],
  );
  return out;
}

const cache = new Map<string, readonly Holiday[]>();
const byDate = new Map<string, ReadonlyMap<string, Holiday>>();

/**
 * The days that are not working days by national rule in a year, in date
 * order. Norwegian julaften and nyttårsaften are not among them: they are
 * working days unless the organisation's profile says otherwise.
 * Throws RangeError outside 1950–2100 (the rules are only checked there).
 */
export function holidaysInYear(country: Country, year: number): readonly Holiday[] {
  if (!isSupportedYear(year)) {
    throw new RangeError(`holidays are known for ${MIN_YEAR}–${MAX_YEAR}, not ${year}`);
  }
  const id = `${country}:${year}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const entries = country === 'NO' ? norway(year) : sweden(year);
  const list = entries
    .map(([key, date, kind]) =>
      Object.freeze({ key, date: formatLocalDate(date), kind: kind ?? 'public' }),
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const frozen = Object.freeze(list);
  cache.set(id, frozen);
  byDate.set(id, new Map(list.map((h) => [h.date, h])));
  return frozen;
}

/** The national holiday on a date, or null. */
export function holidayOn(date: LocalDate, country: Country): Holiday | null {
  holidaysInYear(country, date.y);
  return byDate.get(`${country}:${date.y}`)?.get(formatLocalDate(date)) ?? null;
}
