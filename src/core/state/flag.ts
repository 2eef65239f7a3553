/**
 * The answer-by date (R8) mirrored as the message's Outlook follow-up flag,
 * so every client shows it and marks it overdue by itself.
 *
 * Graph's `followupFlag`:
 * - a due date needs a start date too, or Graph answers 400;
 * - `dateTime` is wall-clock time without an offset ("…T21:59:59"; a
 *   trailing "Z" is refused when `timeZone` is given);
 * - `timeZone` accepts Windows zone names and only some IANA names
 *   (Europe/Oslo and Europe/Stockholm are not among them), so the instants
 *   are given in UTC, which every endpoint accepts.
 * The due instant is the end of the due day in the organisation's zone
 * (23:59:59 local, right across daylight-saving changes), the start its
 * beginning (00:00 local).
 */
import { parseLocalDate, addDays } from '../calendar/local-date';
import { endOfLocalDay } from '../calendar/time-zone';
import type { ItemState } from './types';

export interface GraphDateTime {
  /** `YYYY-MM-DDTHH:MM:SS`, no offset. */
  readonly dateTime: string;
  readonly timeZone: 'UTC';
}

export type FollowupFlag =
  | { readonly flagStatus: 'notFlagged' }
  | {
      readonly flagStatus: 'flagged';
      readonly startDateTime: GraphDateTime;
      readonly dueDateTime: GraphDateTime;
    }
  | { readonly flagStatus: 'complete'; readonly completedDateTime?: GraphDateTime };

/** An instant as Graph's wall-clock UTC form, to the second. */
function utc(ms: number): GraphDateTime {
  const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
  return { dateTime: iso.slice(0, 19), timeZone: 'UTC' };
}

/**
 * The last second of the due day in `timeZone`, as epoch ms (23:59:59.999
 * local). Null for a malformed date. Throws RangeError for an unknown zone.
 */
export function dueInstant(due: string, timeZone: string): number | null {
  const d = parseLocalDate(due);
  return d ? endOfLocalDay(d, timeZone) : null;
}

/**
 * The follow-up flag for a state: flagged with the due date while the
 * message is open, complete once it is done or archived (Outlook's tick),
 * not flagged when open without a due date. Throws RangeError for an
 * unknown time zone (the profile is validated, so that is a bug).
 */
export function flagFor(
  state: Pick<ItemState, 'status' | 'due' | 'updatedAt'>,
  timeZone: string,
): FollowupFlag {
  if (state.status === 'done' || state.status === 'archived') {
    const at = state.updatedAt === undefined ? Number.NaN : Date.parse(state.updatedAt);
    return Number.isFinite(at)
      ? { flagStatus: 'complete', completedDateTime: utc(at) }
      : { flagStatus: 'complete' };
  }
  const d = state.due === undefined ? null : parseLocalDate(state.due);
  if (!d) return { flagStatus: 'notFlagged' };
  const end = endOfLocalDay(d, timeZone);
  const start = endOfLocalDay(addDays(d, -1), timeZone) + 1;
  return { flagStatus: 'flagged', startDateTime: utc(start), dueDateTime: utc(end) };
}

/**
 * True when an open message (new or in progress) is past the end of its due
 * day in the organisation's zone. Done and archived messages are never
 * overdue; nor is one without a readable due date.
 */
export function isOverdue(
  state: Pick<ItemState, 'status' | 'due'>,
  now: Date,
  timeZone: string,
): boolean {
  if (state.status === 'done' || state.status === 'archived' || state.due === undefined) {
    return false;
  }
  const end = dueInstant(state.due, timeZone);
  const t = now.getTime();
  return end !== null && Number.isFinite(t) && t > end;
}
