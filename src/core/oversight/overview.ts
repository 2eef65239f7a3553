/**
 * The function mailbox's overview (R21): what a supervisor must see at a
 * glance — unassigned, not started (with age in working days), overdue,
 * archive-worthy but not archived, with the registrar, on hold, disposable —
 * and the open workload per assignee.
 *
 * Pure: the caller reads the items (services/oversight) and passes the time
 * and the organisation's zone and calendar in. One pass over the items; the
 * working days are counted once per calendar day back from today.
 */
import type { CalendarOptions, LocalDate } from '../calendar';
import {
  formatLocalDate,
  fromDayNumber,
  isWorkingDay,
  localDateIn,
  toDayNumber,
} from '../calendar';
import { isOverdue } from '../state/flag';
import type { ItemState, Person } from '../state/types';

/** One message as the overview needs it. */
export interface OverviewItem {
  /** Graph's message id (opens the message in Outlook). */
  readonly id: string;
  /** When it was received, an ISO instant. */
  readonly received: string;
  readonly subject: string;
  /** The sender's address ('' when Graph gave none). */
  readonly from: string;
  readonly categories: readonly string[];
  /** Arkivpost's shared state, as core/state decoded it (NEW_STATE when none was set). */
  readonly state: ItemState;
  /**
   * R13: must not be disposed of (a pending access request, evidence): the
   * state's hold, or a hold category (services/oversight/read sets it).
   */
  readonly onHold?: boolean;
  /**
   * R13: may be disposed of: marked "Kan slettast" / "Får gallras" (the
   * state's disposableFrom; services/oversight/read sets it). When absent,
   * an ephemeral class means disposable. An item on hold is never disposable.
   */
  readonly disposable?: boolean;
}

export interface OverviewOptions {
  readonly now: Date;
  /** The organisation's IANA time zone (the profile's). */
  readonly timeZone: string;
  /** The organisation's working-day calendar, for the age of unstarted mail. */
  readonly calendar: CalendarOptions;
}

/** The lists' rows: what the grid shows, and the id that opens the message. */
export interface OverviewRow {
  readonly id: string;
  readonly received: string;
  readonly subject: string;
  readonly from: string;
  readonly status: ItemState['status'];
  readonly assignee?: Person;
  readonly due?: string;
}

/** A not-started row with its age: working days since the day it was received. */
export interface AgedRow extends OverviewRow {
  readonly ageWorkingDays: number;
}

/** The counts in the order every table shows them. */
export const COUNT_KEYS = [
  'unassigned',
  'notStarted',
  'overdue',
  'notArchived',
  'awaitingRegistration',
  'onHold',
  'disposable',
] as const satisfies readonly (keyof OverviewCounts)[];

/** The counts, exactly the command line's `--json` for `overview`. */
export interface OverviewCounts {
  readonly address: string;
  readonly unassigned: number;
  readonly notStarted: number;
  readonly overdue: number;
  readonly notArchived: number;
  readonly awaitingRegistration: number;
  readonly onHold: number;
  readonly disposable: number;
}

export interface Workload {
  readonly assignee: Person;
  /** Open items (new or in progress) assigned to them. */
  readonly open: number;
  /** Of those, past their answer-by date. */
  readonly overdue: number;
}

export interface MailboxOverview {
  readonly counts: OverviewCounts;
  readonly lists: {
    readonly unassigned: readonly OverviewRow[];
    readonly notStarted: readonly AgedRow[];
    readonly overdue: readonly OverviewRow[];
    readonly notArchived: readonly OverviewRow[];
    readonly awaitingRegistration: readonly OverviewRow[];
    readonly onHold: readonly OverviewRow[];
    readonly disposable: readonly OverviewRow[];
  };
  /** Per assignee, most open items first, then by address. */
  readonly workload: readonly Workload[];
  /** Items read. */
  readonly total: number;
}

/** The whole overview; `toJson` gives the command line's shape. */
export interface Overview {
  readonly mailboxes: readonly MailboxOverview[];
}

const QUARTER_HOUR = 15 * 60 * 1000;
/** Ages are counted back at most this many calendar days (ten years); older mail shows that age. */
const MAX_AGE_DAYS = 3660;

function isOpen(state: ItemState): boolean {
  return state.status === 'new' || state.status === 'in-progress';
}

function rowOf(item: OverviewItem): OverviewRow {
  const s = item.state;
  return {
    id: item.id,
    received: item.received,
    subject: item.subject,
    from: item.from,
    status: s.status,
    ...(s.assignee ? { assignee: s.assignee } : {}),
    ...(s.due !== undefined ? { due: s.due } : {}),
  };
}

/** Oldest first; equal times by id, so the order never depends on the input's. */
function byReceived(a: OverviewRow, b: OverviewRow): number {
  return a.received < b.received ? -1 : a.received > b.received ? 1 : a.id < b.id ? -1 : 1;
}

/** The overview of one mailbox. Linear in the items (plus sorting the lists). */
export function mailboxOverview(
  address: string,
  items: Iterable<OverviewItem>,
  options: OverviewOptions,
): MailboxOverview {
  const { now, timeZone, calendar } = options;
  const today: LocalDate = localDateIn(now, timeZone);
  // Zone offsets change on quarter hours: the local day of every instant in
  // one quarter hour is the same, so Intl is asked once per quarter hour.
  const days = new Map<number, LocalDate>();
  const dayOf = (t: number): LocalDate => {
    const q = Math.floor(t / QUARTER_HOUR);
    let d = days.get(q);
    if (d === undefined) {
      d = localDateIn(q * QUARTER_HOUR, timeZone);
      days.set(q, d);
    }
    return d;
  };
  // Working days from a day to today, counted downwards from today once:
  // each calendar day is looked at at most once however many items there are.
  const todayN = toDayNumber(today);
  const ages = new Map<number, number>([[todayN, 0]]);
  let lowest = todayN;
  const ageOf = (received: string): number => {
    const t = Date.parse(received);
    if (!Number.isFinite(t)) return 0;
    const key = Math.max(toDayNumber(dayOf(t)), todayN - MAX_AGE_DAYS);
    if (key >= todayN) return 0;
    while (lowest > key) {
      const age = (ages.get(lowest) ?? 0) + (isWorkingDay(fromDayNumber(lowest), calendar) ? 1 : 0);
      lowest -= 1;
      ages.set(lowest, age);
    }
    return ages.get(key) ?? 0;
  };

  // The answer-by day passed or not, once per distinct date (core/state's rule).
  const lateDue = new Map<string, boolean>();
  const overdueNow = (s: ItemState): boolean => {
    if (!isOpen(s) || s.due === undefined) return false;
    let late = lateDue.get(s.due);
    if (late === undefined) {
      late = isOverdue({ status: 'new', due: s.due }, now, timeZone);
      lateDue.set(s.due, late);
    }
    return late;
  };

  const unassigned: OverviewRow[] = [];
  const notStarted: AgedRow[] = [];
  const overdue: OverviewRow[] = [];
  const notArchived: OverviewRow[] = [];
  const awaiting: OverviewRow[] = [];
  const onHold: OverviewRow[] = [];
  const disposable: OverviewRow[] = [];
  const load = new Map<string, { assignee: Person; open: number; overdue: number }>();
  let total = 0;

  for (const item of items) {
    total += 1;
    const s = item.state;
    const row = rowOf(item);
    const open = isOpen(s);
    const late = overdueNow(s);
    if (open && !s.assignee) unassigned.push(row);
    if (s.status === 'new') notStarted.push({ ...row, ageWorkingDays: ageOf(item.received) });
    if (late) overdue.push(row);
    if (
      s.class?.value === 'archive-worthy' &&
      s.status !== 'archived' &&
      s.archiveRef === undefined
    )
      notArchived.push(row);
    if (s.status === 'sent-to-registrar') awaiting.push(row);
    const hold = item.onHold === true;
    if (hold) onHold.push(row);
    const mayDispose = item.disposable ?? s.class?.value === 'ephemeral';
    if (mayDispose && !hold) disposable.push(row);
    if (open && s.assignee) {
      const key = s.assignee.address.toLowerCase();
      const w = load.get(key) ?? { assignee: s.assignee, open: 0, overdue: 0 };
      w.open += 1;
      if (late) w.overdue += 1;
      load.set(key, w);
    }
  }

  for (const list of [unassigned, overdue, notArchived, awaiting, onHold, disposable]) {
    list.sort(byReceived);
  }
  notStarted.sort(byReceived);
  const workload = [...load.entries()]
    .sort(([ka, a], [kb, b]) => b.open - a.open || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, w]) => ({ assignee: w.assignee, open: w.open, overdue: w.overdue }));

  return {
    counts: {
      address,
      unassigned: unassigned.length,
      notStarted: notStarted.length,
      overdue: overdue.length,
      notArchived: notArchived.length,
      awaitingRegistration: awaiting.length,
      onHold: onHold.length,
      disposable: disposable.length,
    },
    lists: {
      unassigned,
      notStarted,
      overdue,
      notArchived,
      awaitingRegistration: awaiting,
      onHold,
      disposable,
    },
    workload,
    total,
  };
}

/** The overview of several mailboxes, in the order given. */
export function overview(
  mailboxes: readonly { readonly address: string; readonly items: Iterable<OverviewItem> }[],
  options: OverviewOptions,
): Overview {
  return { mailboxes: mailboxes.map((m) => mailboxOverview(m.address, m.items, options)) };
}

/** The command line's `--json` for `overview`: counts only. */
export function overviewJson(o: Overview): { mailboxes: OverviewCounts[] } {
  return { mailboxes: o.mailboxes.map((m) => ({ ...m.counts })) };
}

/** The local day an instant falls on, `YYYY-MM-DD` (for grouping by day). */
export function receivedDay(received: string, timeZone: string): string | null {
  const t = Date.parse(received);
  return Number.isFinite(t) ? formatLocalDate(localDateIn(t, timeZone)) : null;
}
