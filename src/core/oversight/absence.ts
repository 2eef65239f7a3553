/**
 * R23: who is away, from what Graph says — a mailbox's automatic replies
 * (application permission: `mailboxSettings/automaticRepliesSetting`;
 * delegated: `getMailTips` with `automaticReplies`) and an out-of-office
 * event in the calendar today. Pure: the instants are passed in; Graph's
 * answers are untrusted and read defensively.
 */
import { addDays, isValidTimeZone, localDateIn, offsetAt } from '../calendar';
import { endOfLocalDay } from '../calendar';

/** Graph's dateTimeTimeZone: a wall time and the zone it is in. */
interface DateTimeTimeZone {
  readonly dateTime?: unknown;
  readonly timeZone?: unknown;
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;

/**
 * The instant of a Graph dateTimeTimeZone. Graph answers in UTC unless
 * asked otherwise; an IANA zone is honoured; anything else is null.
 */
export function instantOf(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as DateTimeTimeZone;
  if (typeof v.dateTime !== 'string' || v.dateTime.length > 40) return null;
  const m = WALL.exec(v.dateTime.replace(/Z$/, ''));
  if (!m) return null;
  const wall = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
    Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3)),
  );
  if (!Number.isFinite(wall)) return null;
  const zone = typeof v.timeZone === 'string' ? v.timeZone.trim() : 'UTC';
  if (zone === '' || /^(utc|gmt|etc\/utc|coordinated universal time)$/i.test(zone)) return wall;
  if (!isValidTimeZone(zone)) return null;
  // The offset in force at that wall time (asked twice: right across a change of offset).
  const guess = wall - offsetAt(wall, zone);
  return wall - offsetAt(guess, zone);
}

/** Within a scheduled window (an end that is not after the start never holds). */
function within(now: number, start: unknown, end: unknown): boolean {
  const s = instantOf(start);
  const e = instantOf(end);
  if (s === null || e === null || !(s < e)) return false;
  return now >= s && now < e;
}

/**
 * `automaticRepliesSetting` (application permission): on when `alwaysEnabled`,
 * or `scheduled` with now inside the window.
 */
export function autoReplySettingActive(raw: unknown, now: Date): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as Record<string, unknown>;
  const status = typeof r['status'] === 'string' ? r['status'].toLowerCase() : '';
  if (status === 'alwaysenabled') return true;
  if (status === 'scheduled')
    return within(now.getTime(), r['scheduledStartDateTime'], r['scheduledEndDateTime']);
  return false;
}

/**
 * A mail tip's `automaticReplies` (delegated): Exchange gives the message
 * only while the replies are on; a schedule that has not begun or has
 * ended does not count.
 */
export function mailTipAutoReplyActive(raw: unknown, now: Date): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as Record<string, unknown>;
  const message = typeof r['message'] === 'string' ? r['message'].trim() : '';
  if (message === '') return false;
  const start = r['scheduledStartTime'];
  const end = r['scheduledEndTime'];
  if (instantOf(start) === null || instantOf(end) === null) return true;
  return within(now.getTime(), start, end);
}

/** Today in the organisation's zone, as the instants a calendar view is asked for. */
export function todayWindow(now: Date, timeZone: string): { start: number; end: number } {
  const today = localDateIn(now, timeZone);
  return {
    start: endOfLocalDay(addDays(today, -1), timeZone) + 1,
    end: endOfLocalDay(today, timeZone) + 1,
  };
}

/** An event that shows the person as away (`showAs: oof`) at some time of today. */
export function outOfOfficeToday(events: readonly unknown[], now: Date, timeZone: string): boolean {
  const { start, end } = todayWindow(now, timeZone);
  for (const raw of events) {
    if (typeof raw !== 'object' || raw === null) continue;
    const e = raw as Record<string, unknown>;
    if (typeof e['showAs'] !== 'string' || e['showAs'].toLowerCase() !== 'oof') continue;
    if (e['isCancelled'] === true) continue;
    const s = instantOf(e['start']);
    const f = instantOf(e['end']);
    if (s === null || f === null) continue;
    if (s < end && f > start) return true;
  }
  return false;
}
