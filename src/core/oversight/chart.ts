/**
 * The overview's chart (R21): the last days, each local day in the
 * organisation's time zone, with what was received that day and how it
 * stands now — answered in time, overdue, archived. Pure; one pass over
 * the items: each day's first instant is computed once, an item finds its
 * day by a binary search.
 */
import { addDays, endOfLocalDay, formatLocalDate, localDateIn } from '../calendar';
import { isOverdue } from '../state/flag';
import type { ItemState } from '../state/types';
import type { OverviewItem } from './overview';

export interface ChartDay {
  /** The local day, YYYY-MM-DD. */
  readonly day: string;
  /** Messages received that day. */
  readonly received: number;
  /** Of those, finished (Ferdig or Arkivert) on or before their answer-by date, or without one. */
  readonly answeredInTime: number;
  /** Of those, still open with the answer-by date passed. */
  readonly overdue: number;
  /** Of those, archived. */
  readonly archived: number;
}

export interface ChartOptions {
  readonly now: Date;
  /** The organisation's IANA time zone. */
  readonly timeZone: string;
  /** How many days, ending today (default 30, at most 366). */
  readonly days?: number;
}

const QUARTER_HOUR = 15 * 60 * 1000;

function finished(s: ItemState): boolean {
  return s.status === 'done' || s.status === 'archived';
}

/** Finished, and not after the answer-by day (when the finishing time is known), else not late now. */
function inTime(s: ItemState, dayOf: (t: number) => string, now: Date, timeZone: string): boolean {
  if (!finished(s)) return false;
  if (s.due === undefined) return true;
  const at = s.updatedAt === undefined ? Number.NaN : Date.parse(s.updatedAt);
  if (Number.isFinite(at)) return dayOf(at) <= s.due;
  return !isOverdue({ status: 'new', due: s.due }, now, timeZone);
}

/** The last `days` local days ending today, oldest first. */
export function dailyChart(items: Iterable<OverviewItem>, o: ChartOptions): ChartDay[] {
  const count = Math.max(1, Math.min(366, Math.floor(o.days ?? 30)));
  const today = localDateIn(o.now, o.timeZone);
  const first = addDays(today, -(count - 1));
  const rows = Array.from({ length: count }, (_, i) => {
    const day = formatLocalDate(addDays(first, i));
    return { day, received: 0, answeredInTime: 0, overdue: 0, archived: 0 };
  });
  const days = new Map<number, string>();
  const dayOf = (t: number): string => {
    const q = Math.floor(t / QUARTER_HOUR);
    let d = days.get(q);
    if (d === undefined) {
      d = formatLocalDate(localDateIn(q * QUARTER_HOUR, o.timeZone));
      days.set(q, d);
    }
    return d;
  };
  // Where each local day begins, once per day: an item finds its day by a binary search.
  const starts = Array.from(
    { length: count + 1 },
    (_, i) => endOfLocalDay(addDays(first, i - 1), o.timeZone) + 1,
  );
  const last = starts[count] as number;
  const dayIndex = (t: number): number => {
    if (t < (starts[0] as number) || t >= last) return -1;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const late = new Map<string, boolean>();
  for (const item of items) {
    const t = Date.parse(item.received);
    if (!Number.isFinite(t)) continue;
    const i = dayIndex(t);
    if (i < 0) continue;
    const row = rows[i] as (typeof rows)[number];
    const s = item.state;
    row.received += 1;
    if (inTime(s, dayOf, o.now, o.timeZone)) row.answeredInTime += 1;
    if ((s.status === 'new' || s.status === 'in-progress') && s.due !== undefined) {
      let l = late.get(s.due);
      if (l === undefined) {
        l = isOverdue({ status: 'new', due: s.due }, o.now, o.timeZone);
        late.set(s.due, l);
      }
      if (l) row.overdue += 1;
    }
    if (s.status === 'archived') row.archived += 1;
  }
  return rows;
}
