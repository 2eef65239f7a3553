/**
 * Local dates and times in an IANA time zone through `Intl.DateTimeFormat`,
 * which Node, browsers and Outlook's JavaScript-only send runtime all have.
 * No time-zone library: the host's own zone data is what Outlook shows the
 * user too.
 */
import type { LocalDate } from './local-date';
import { toDayNumber } from './local-date';

const DAY_MS = 86400000;

export interface LocalDateTime extends LocalDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Gregorian calendar and Latin digits whatever the host's defaults are.
    f = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the host knows the zone (e.g. Europe/Oslo). */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock date and time of an instant in a zone. Throws RangeError for an unknown zone. */
export function localDateTimeIn(instant: Date | number, timeZone: string): LocalDateTime {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid date');
  const v = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of formatter(timeZone).formatToParts(ms)) {
    if (p.type in v) v[p.type as keyof typeof v] = Number(p.value);
  }
  // Some engines still print midnight as 24 despite hourCycle h23.
  return {
    y: v.year,
    m: v.month,
    d: v.day,
    hour: v.hour === 24 ? 0 : v.hour,
    minute: v.minute,
    second: v.second,
  };
}

/** The calendar date of an instant in a zone. */
export function localDateIn(instant: Date | number, timeZone: string): LocalDate {
  const t = localDateTimeIn(instant, timeZone);
  return { y: t.y, m: t.m, d: t.d };
}

/** Wall-clock time as if it were UTC, in ms: comparable with instants. */
function wallMs(t: LocalDateTime): number {
  return toDayNumber(t) * DAY_MS + t.hour * 3600000 + t.minute * 60000 + t.second * 1000;
}

/** The zone's offset from UTC at an instant, in ms (Oslo in summer: +7 200 000). */
export function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallMs(localDateTimeIn(whole, timeZone)) - whole;
}

/**
 * The last millisecond of a local day, as epoch ms: 23:59:59.999 local time,
 * right across daylight-saving changes. Where a zone skips that moment, the
 * last instant that still has the date.
 */
export function endOfLocalDay(date: LocalDate, timeZone: string): number {
  const target = (toDayNumber(date) + 1) * DAY_MS - 1;
  // The right offset is one of those in force within a day of the moment.
  const offsets = new Set<number>();
  for (const probe of [target - DAY_MS, target, target + DAY_MS]) {
    offsets.add(offsetAt(probe, timeZone));
  }
  let best = Number.NEGATIVE_INFINITY;
  for (const off of offsets) {
    const t = target - off;
    if (wallMs(localDateTimeIn(t, timeZone)) + (t - Math.floor(t / 1000) * 1000) === target) {
      best = Math.max(best, t);
    }
  }
  if (best !== Number.NEGATIVE_INFINITY) return best;
  // The moment does not exist there: search for the last instant of the day.
  const day = toDayNumber(date);
  let lo = target - 2 * DAY_MS;
  let hi = target + DAY_MS;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (toDayNumber(localDateIn(mid, timeZone)) <= day) lo = mid;
    else hi = mid;
  }
  return lo;
}
