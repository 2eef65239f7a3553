/**
 * Working days for answer deadlines (R8): Monday–Friday that are neither a
 * national holiday, nor (in Sweden) a day that counts as a Sunday, nor a day
 * the organisation has made free.
 */
import type { Country } from '../model';
import type { HolidayKey } from './holidays';
import { holidayOn } from './holidays';
import type { LocalDate } from './local-date';
import {
  SATURDAY,
  addDays,
  formatLocalDate,
  fromDayNumber,
  toDayNumber,
  weekday,
} from './local-date';

export interface CalendarOptions {
  readonly country: Country;
  /** Extra non-working days, `YYYY-MM-DD` (validated by the profile; others never match). */
  readonly extraHolidays?: readonly string[];
  /** Norway: julaften and nyttårsaften are working days unless this is true. */
  readonly christmasEveOff?: boolean;
}

/** Longest span of working days the calendar will count, to stop runaway loops. */
const MAX_SPAN = 3660;

const extraSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function extraSet(list: readonly string[]): ReadonlySet<string> {
  let s = extraSets.get(list);
  if (!s) {
    s = new Set(list.map((x) => x.trim()));
    extraSets.set(list, s);
  }
  return s;
}

export type NonWorkingReason =
  `calendar.holiday.${HolidayKey}` | 'calendar.weekend' | 'calendar.extra-holiday';

/**
 * Why a date is not a working day, as a message code (a holiday is named
 * before "weekend", so Easter Sunday reads as Easter Sunday); null on a
 * working day.
 */
export function nonWorkingReason(date: LocalDate, cal: CalendarOptions): NonWorkingReason | null {
  const holiday = holidayOn(date, cal.country);
  if (holiday) return `calendar.holiday.${holiday.key}`;
  if (cal.extraHolidays && extraSet(cal.extraHolidays).has(formatLocalDate(date))) {
    return 'calendar.extra-holiday';
  }
  if (cal.country === 'NO' && cal.christmasEveOff === true && date.m === 12) {
    if (date.d === 24) return 'calendar.holiday.christmas-eve';
    if (date.d === 31) return 'calendar.holiday.new-years-eve';
  }
  if (weekday(date) >= SATURDAY) return 'calendar.weekend';
  return null;
}

export function isWorkingDay(date: LocalDate, cal: CalendarOptions): boolean {
  return nonWorkingReason(date, cal) === null;
}

/**
 * The `days`-th working day after `date` (before it when negative). The
 * start date itself never counts, whether or not it is a working day, so a
 * message that arrives on a Saturday with two days to answer is due on
 * Tuesday. Zero returns `date` unchanged.
 */
export function addWorkingDays(date: LocalDate, days: number, cal: CalendarOptions): LocalDate {
  if (!Number.isInteger(days) || Math.abs(days) > MAX_SPAN) {
    throw new RangeError(`working days must be a whole number up to ${MAX_SPAN}, not ${days}`);
  }
  const step = days < 0 ? -1 : 1;
  let left = Math.abs(days);
  let current = date;
  while (left > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current, cal)) left -= 1;
  }
  return current;
}

/**
 * Working days after `from` up to and including `to`: how many working days
 * away a deadline is. Antisymmetric: when `to` is earlier the count is
 * negative (a deadline passed that many working days ago).
 */
export function workingDaysBetween(from: LocalDate, to: LocalDate, cal: CalendarOptions): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (Math.abs(b - a) > MAX_SPAN * 2) throw new RangeError('dates are too far apart');
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  let count = 0;
  for (let n = lo + 1; n <= hi; n++) {
    if (isWorkingDay(fromDayNumber(n), cal)) count += 1;
  }
  return b < a ? -count : count;
}
