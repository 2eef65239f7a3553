/**
 * R21's overview as a session: every mailbox's Inbox read once through a
 * Graph delta round, then kept up to date by following each mailbox's
 * deltaLink — a refresh costs what changed, not the mailbox
 * (docs/adr/0012-oversight-reads-once-then-follows-changes.md).
 *
 * - `startOverview`: the first page of every mailbox in one `$batch`, then
 *   each mailbox's next links, batched across mailboxes
 *   (services/oversight `syncMailboxes`); the same `OverviewResult` as
 *   `loadOverview`, plus each mailbox's sync state.
 * - `refreshOverview`: each mailbox's deltaLink (batched when several), the
 *   changes applied to copies, the overview and the chart computed again,
 *   and what changed reported per mailbox. A 410 (the token expired) reads
 *   that mailbox again, alone. A mailbox that fails is said to have failed;
 *   the others are refreshed. A failure that concerns every mailbox (the
 *   sign-in, the network) throws `OverviewRefreshFailed` and the session
 *   given stays as it was — sessions are never changed, only replaced.
 * - One refresh of a session at a time: a second call while one runs gets
 *   the same promise, so the changes are asked and applied once.
 */
import { GraphFailure } from '../../services/graph/errors';
import { syncMailboxes } from '../../services/oversight';
import type { MailboxSync, SyncJob, SyncOptions, SyncOutcome } from '../../services/oversight';
import type { OversightDeps } from './deps';
import type { MailboxLoad, OverviewResult } from './overview';
import { affectsAll, overviewOf, uniqueMailboxes } from './overview';

export interface OverviewSession extends OverviewResult {
  /** Each mailbox's sync state, in the order of `loads`; null when it was never read. */
  readonly syncs: readonly (MailboxSync | null)[];
  /** When the overview was last brought up to date (the deps' clock). */
  readonly updated: Date;
}

/** What a refresh changed in one mailbox. */
export interface MailboxRefresh {
  readonly address: string;
  /** Messages created or changed (every message, when `restarted`). */
  readonly changed: number;
  readonly removed: number;
  /** The delta token had expired (or the mailbox was never read): it was read in full. */
  readonly restarted: boolean;
  /** Why the mailbox could not be refreshed; absent when it was. */
  readonly failure?: unknown;
}

export interface OverviewRefresh {
  readonly session: OverviewSession;
  /** Per mailbox, in the session's order. */
  readonly changes: readonly MailboxRefresh[];
  /** True when any mailbox changed (or failed, or recovered). */
  readonly changed: boolean;
}

/** A refresh that could not be done at all; the session given is still the one to show. */
export class OverviewRefreshFailed extends Error {
  constructor(
    /** The mailbox whose request failed, or null when the failure was the batch's (every mailbox's). */
    readonly mailbox: string | null,
    readonly reason: unknown,
  ) {
    super(`the overview could not be refreshed${mailbox ? ` (${mailbox})` : ''}`);
    this.name = 'OverviewRefreshFailed';
  }
}

/** Refusals of access: the mailbox's items are no longer shown. Other failures keep them, stale. */
function refusesAccess(e: unknown): boolean {
  return e instanceof GraphFailure && (e.kind === 'forbidden' || e.kind === 'not-found');
}

function itemsOf(sync: MailboxSync | null): MailboxLoad['items'] {
  return sync === null ? [] : [...sync.items.values()];
}

function sessionOf(
  deps: OversightDeps,
  loads: MailboxLoad[],
  syncs: (MailboxSync | null)[],
): OverviewSession {
  return { ...overviewOf(deps, loads), syncs, updated: deps.clock.now() };
}

/** Throws when a mailbox's failure is not its own (the sign-in, the network). */
function checkAll(outcomes: readonly SyncOutcome[]): void {
  for (const o of outcomes) {
    if (!o.ok && affectsAll(o.failure)) throw new OverviewRefreshFailed(o.address, o.failure);
  }
}

/** The first read: every mailbox's Inbox through a delta round, batched across mailboxes. */
export async function startOverview(
  deps: OversightDeps,
  mailboxes: readonly string[],
  options: Pick<SyncOptions, 'pageSize'> = {},
): Promise<OverviewSession> {
  const unique = uniqueMailboxes(mailboxes);
  const outcomes = await syncMailboxes(
    deps.graph,
    unique.map((address): SyncJob => ({ kind: 'start', address })),
    options,
  );
  for (const o of outcomes) if (!o.ok && affectsAll(o.failure)) throw o.failure;
  const loads: MailboxLoad[] = [];
  const syncs: (MailboxSync | null)[] = [];
  for (const o of outcomes) {
    if (o.ok) {
      loads.push({ address: o.address, items: itemsOf(o.sync) });
      syncs.push(o.sync);
    } else {
      loads.push({ address: o.address, items: [], failure: o.failure });
      syncs.push(null);
    }
  }
  return sessionOf(deps, loads, syncs);
}

const running = new WeakMap<OverviewSession, Promise<OverviewRefresh>>();

/**
 * The changes since the session's last read, in every mailbox. A call for a
 * session already being refreshed joins that refresh.
 */
export function refreshOverview(
  deps: OversightDeps,
  session: OverviewSession,
  options: Pick<SyncOptions, 'pageSize'> = {},
): Promise<OverviewRefresh> {
  const already = running.get(session);
  if (already) return already;
  const p = refresh(deps, session, options).finally(() => running.delete(session));
  running.set(session, p);
  return p;
}

async function refresh(
  deps: OversightDeps,
  session: OverviewSession,
  options: Pick<SyncOptions, 'pageSize'>,
): Promise<OverviewRefresh> {
  const jobs = session.loads.map((l, i): SyncJob => {
    const sync = session.syncs[i] ?? null;
    return sync === null ? { kind: 'start', address: l.address } : { kind: 'refresh', sync };
  });
  let outcomes: SyncOutcome[];
  try {
    outcomes = await syncMailboxes(deps.graph, jobs, options);
  } catch (e) {
    throw new OverviewRefreshFailed(
      jobs.length === 1 ? (session.loads[0]?.address ?? null) : null,
      e,
    );
  }
  checkAll(outcomes);
  const loads: MailboxLoad[] = [];
  const syncs: (MailboxSync | null)[] = [];
  const changes: MailboxRefresh[] = [];
  let changed = false;
  outcomes.forEach((o, i) => {
    const before = session.loads[i] as MailboxLoad;
    const sync = session.syncs[i] ?? null;
    if (o.ok) {
      loads.push({ address: o.address, items: itemsOf(o.sync) });
      syncs.push(o.sync);
      const c = o.changes;
      changes.push({ address: o.address, ...c, restarted: c.restarted || sync === null });
      changed ||= c.changed > 0 || c.removed > 0 || before.failure !== undefined;
      return;
    }
    // This mailbox failed: its last sync is kept, to follow on from next time.
    const keep = sync !== null && !refusesAccess(o.failure);
    loads.push({
      address: o.address,
      items: keep ? itemsOf(sync) : [],
      failure: o.failure,
      ...(keep ? { stale: true } : {}),
    });
    syncs.push(sync);
    changes.push({
      address: o.address,
      changed: 0,
      removed: 0,
      restarted: false,
      failure: o.failure,
    });
    changed = true;
  });
  return { session: sessionOf(deps, loads, syncs), changes, changed };
}
