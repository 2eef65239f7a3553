/**
 * A calendar date without time or zone, with pure arithmetic. Deadlines are
 * counted in whole local days, so this never goes through `Date` (whose
 * local-time methods depend on the machine it runs on).
 */

export interface LocalDate {
  readonly y: number;
  /** 1–12 */
  readonly m: number;
  /** 1–31 */
  readonly d: number;
}

/** ISO weekday numbers: Monday is 1, Sunday is 7. */
export const SATURDAY = 6;
export const SUNDAY = 7;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidLocalDate(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1 &&
    y <= 9999 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

/** A checked LocalDate; throws RangeError for dates that do not exist (30 February). */
export function localDate(y: number, m: number, d: number): LocalDate {
  if (!isValidLocalDate(y, m, d)) throw new RangeError(`not a calendar date: ${y}-${m}-${d}`);
  return { y, m, d };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse a strict `YYYY-MM-DD`; null when malformed or not a real date. */
export function parseLocalDate(text: string): LocalDate | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidLocalDate(y, mo, d) ? { y, m: mo, d } : null;
}

function pad(n: number, width: number): string {
  let s = String(n);
  while (s.length < width) s = '0' + s;
  return s;
}

/** `YYYY-MM-DD` */
export function formatLocalDate(date: LocalDate): string {
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

/**
 * Days since 1970-01-01 (negative before). Proleptic Gregorian calendar;
 * the era-based method from Howard Hinnant's "chrono-compatible low-level
 * date algorithms", exact for every year this project meets.
 */
export function toDayNumber(date: LocalDate): number {
  const y = date.m <= 2 ? date.y - 1 : date.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): LocalDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** The same day `months` months on (or back), or that month's last day: 31 January + 1 is 28 or 29 February. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(date: LocalDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  const r = (((toDayNumber(date) + 3) % 7) + 7) % 7;
  return r + 1;
}

/** Negative, zero or positive as a is before, equal to or after b. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** The first date on or after `from` that falls on the given ISO weekday. */
export function onOrAfter(from: LocalDate, isoWeekday: number): LocalDate {
  const delta = (((isoWeekday - weekday(from)) % 7) + 7) % 7;
  return addDays(from, delta);
}
