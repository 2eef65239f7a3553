/**
 * The period of a log review: two local days (inclusive) in the
 * organisation's time zone, checked, and the instants they span. Pure.
 */
import { addDays, endOfLocalDay, parseLocalDate, toDayNumber } from '../calendar';
import type { LocalDate } from '../calendar';

/** The longest period reviewed at once: a quarter (the longest has 92 days). */
export const MAX_PERIOD_DAYS = 92;

export type PeriodProblem = 'bad-from' | 'bad-to' | 'reversed' | 'too-long';

export type PeriodCheck =
  | {
      readonly ok: true;
      readonly from: LocalDate;
      readonly to: LocalDate;
      /** The first instant of `from` and the last of `to`, as Dates. */
      readonly start: Date;
      readonly end: Date;
      readonly days: number;
    }
  | { readonly ok: false; readonly problem: PeriodProblem };

/** Check `YYYY-MM-DD`..`YYYY-MM-DD` (inclusive) and give the instants in the zone. */
export function checkPeriod(from: string, to: string, timeZone: string): PeriodCheck {
  const f = parseLocalDate(from.trim());
  if (f === null) return { ok: false, problem: 'bad-from' };
  const t = parseLocalDate(to.trim());
  if (t === null) return { ok: false, problem: 'bad-to' };
  const days = toDayNumber(t) - toDayNumber(f) + 1;
  if (days < 1) return { ok: false, problem: 'reversed' };
  if (days > MAX_PERIOD_DAYS) return { ok: false, problem: 'too-long' };
  return {
    ok: true,
    from: f,
    to: t,
    start: new Date(endOfLocalDay(addDays(f, -1), timeZone) + 1),
    end: new Date(endOfLocalDay(t, timeZone)),
    days,
  };
}
