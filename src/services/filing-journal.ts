/**
 * The filing journal on the item (issue 11, item 2): read with the item's
 * state, written with If-Match on its etag, so that any pane, in any
 * Outlook, takes a filing up where the last one stopped and two panes
 * never file one message at the same time.
 *
 * Claiming: a pane writes the journal with its own pane id before anything
 * is made. A pane that finds another pane's journal with steps begun whose
 * `at` still moves waits (it reads again every few seconds) until that
 * pane is done (the item archived), lets go (a failure it reported), or
 * has been quiet for the lease, then takes it over with everything it
 * made. One with no step begun is taken over at once: the other pane's
 * first step would need a write, and that write now fails. The pane filing writes `at` at least every
 * heartbeat while it works (each step's entry, and while a large file
 * uploads). Two panes that claim at once are told apart by If-Match: the
 * second write fails (412), that pane reads again and sees the first's.
 *
 * Every write: If-Match; 412 → read again: our journal as we meant it
 * (an earlier try landed, its answer lost) is done, ours as it was before
 * is written again on the new etag (someone changed something else on the
 * item), anything else means another pane took the filing over, and this
 * one stops before its next step (JournalLost). A write whose answer was
 * lost is read back the same way.
 */
import { encodeJournal, hasProgress, isJournalOf, withEntry } from '../core/archive/journal';
import type {
  FilingJournal,
  FilingJournalPort,
  JournalEntry,
  MessageIdentity,
} from '../core/archive/journal';
import type { ItemAddress } from '../core/ports';
import type { Clock } from '../core/model';
import type { GraphClient } from './graph/client';
import { GraphFailure } from './graph/errors';
import { messagePath } from './graph/paths';
import { JOURNAL_PROPERTY_ID, readItemState } from './item-state';
import type { ItemSnapshot } from './item-state';

/** A pane that has not written the journal for this long is taken to have stopped. */
export const LEASE_MS = 30_000;
/** The pane filing writes `at` at least this often. */
export const HEARTBEAT_MS = 10_000;
/** How often a waiting pane reads the journal again. */
export const POLL_MS = 2_000;
/** How long a pane waits for another before it says so and stops waiting. */
export const MAX_WAIT_MS = 10 * 60_000;
/** Conflicting writes (someone else writing the item) before giving up. */
const MAX_CONFLICTS = 8;

/** How a waiting pane waits (tests: a fake clock moved on). */
export type Sleep = (ms: number) => Promise<void>;

const realSleep: Sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export interface JournalOptions {
  /** This pane's id (random, one per pane). */
  readonly pane: string;
  /** Leases and heartbeats are counted by it. */
  readonly clock: Clock;
  /** How a pane waits for another; setTimeout by default. */
  readonly sleep?: Sleep;
  readonly leaseMs?: number;
  readonly heartbeatMs?: number;
  readonly maxWaitMs?: number;
  /** Called while waiting for another pane's filing, with its journal. */
  readonly onWait?: (theirs: FilingJournal) => void;
}

/** Another pane is filing this message and has not stopped within the wait. */
export class FilingInProgress extends Error {
  constructor(readonly journal: FilingJournal) {
    super(`another pane (${journal.pane ?? '?'}) is filing this message since ${journal.started}`);
    this.name = 'FilingInProgress';
  }
}

/** The journal on the item is no longer this pane's: it stops before its next step. */
export class JournalLost extends Error {
  constructor(readonly theirs: FilingJournal | null) {
    super(
      theirs
        ? `another pane (${theirs.pane ?? '?'}) took this filing over`
        : 'the filing journal is gone from the item',
    );
    this.name = 'JournalLost';
  }
}

/** A random pane id: 16 hex digits. */
export function newPaneId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One id for every filing from this pane (this JavaScript realm). */
export const THIS_PANE = newPaneId();

function isFailure(e: unknown, ...kinds: GraphFailure['kind'][]): e is GraphFailure {
  return e instanceof GraphFailure && kinds.includes(e.kind);
}

/** Write the journal's property ("" clears it) with If-Match; the item's new etag. */
export async function writeJournal(
  graph: GraphClient,
  item: ItemAddress,
  value: string,
  etag: string,
): Promise<string> {
  const answer = await graph.request<{ '@odata.etag'?: string }>('PATCH', messagePath(item), {
    body: { singleValueExtendedProperties: [{ id: JOURNAL_PROPERTY_ID, value }] },
    headers: { 'If-Match': etag },
  });
  return answer.etag ?? answer.value?.['@odata.etag'] ?? '';
}

/** The property as the mark writes it: the journal cleared, in the same PATCH. */
export const CLEAR_JOURNAL = { id: JOURNAL_PROPERTY_ID, value: '' } as const;

function same(a: FilingJournal | undefined | null, b: FilingJournal): boolean {
  return a !== undefined && a !== null && encodeJournal(a) === encodeJournal(b);
}

export type Claim =
  | { readonly kind: 'claimed'; readonly journal: ItemJournal }
  /** The item was archived (by another pane) before or while waiting. */
  | { readonly kind: 'archived'; readonly snapshot: ItemSnapshot };

/**
 * Take this message's filing on the item: `wanted` is the journal this
 * pane would start (no steps). A journal of the same message with steps
 * made by a pane that stopped is taken over as it is: its identity and
 * choice win, so that what it made is used. One without steps is replaced.
 */
export async function claimJournal(
  graph: GraphClient,
  item: ItemAddress,
  wanted: FilingJournal,
  o: JournalOptions,
): Promise<Claim> {
  const clock = o.clock;
  const sleep = o.sleep ?? realSleep;
  const lease = o.leaseMs ?? LEASE_MS;
  const began = clock.now().getTime();
  let seen: { at: string; since: number } | null = null;
  let conflicts = 0;
  for (;;) {
    const snap = await readItemState(graph, item);
    if (snap.state.status === 'archived') return { kind: 'archived', snapshot: snap };
    const theirs =
      snap.journal !== undefined && isJournalOf(snap.journal, wanted.identity)
        ? snap.journal
        : null;
    // Another pane's journal with steps begun: one of them may be in flight.
    // (Without any, that pane can take no step: its first write would fail.)
    if (
      theirs !== null &&
      theirs.pane !== undefined &&
      theirs.pane !== o.pane &&
      hasProgress(theirs)
    ) {
      const at = theirs.at ?? theirs.started;
      const now = clock.now().getTime();
      if (seen === null || seen.at !== at) seen = { at, since: now };
      const quiet = now - seen.since;
      const age = now - Date.parse(at);
      // Alive while its clock says it wrote within the lease and we have not
      // seen it quiet for a lease ourselves (clocks of two machines differ).
      if (age < lease && quiet < lease) {
        if (now - began >= (o.maxWaitMs ?? MAX_WAIT_MS)) throw new FilingInProgress(theirs);
        o.onWait?.(theirs);
        await sleep(POLL_MS);
        continue;
      }
    }
    const base =
      theirs !== null && hasProgress(theirs)
        ? theirs
        : { ...wanted, ...(theirs !== null ? { started: theirs.started, by: theirs.by } : {}) };
    const mine: FilingJournal = {
      ...base,
      pane: o.pane,
      at: clock.now().toISOString(),
    };
    try {
      const etag = await writeJournal(graph, item, encodeJournal(mine), snap.etag);
      return { kind: 'claimed', journal: new ItemJournal(graph, item, mine, etag, o) };
    } catch (e) {
      if (!isFailure(e, 'conflict', 'network', 'timeout')) throw e;
      if (++conflicts > MAX_CONFLICTS) throw e;
      if (e.kind !== 'conflict') {
        const now = await readItemState(graph, item);
        if (same(now.journal, mine)) {
          return {
            kind: 'claimed',
            journal: new ItemJournal(graph, item, mine, now.etag, o),
          };
        }
      }
      // Someone wrote the item in between: read it again and decide again.
    }
  }
}

/**
 * This pane's journal on the item, as the connector's FilingJournalPort:
 * `note` resolves once the entry is on the item, `defer` keeps an entry
 * for the next write, `touch` keeps `at` moving while a file uploads.
 */
export class ItemJournal implements FilingJournalPort {
  /** What this pane holds: every entry noted or deferred. */
  private view: FilingJournal;
  /** What the item holds, as far as this pane knows. */
  private stored: FilingJournal;
  private queue: Promise<void> = Promise.resolve();
  private lastWrite: number;
  private lost: JournalLost | null = null;
  private readonly clock: Clock;

  constructor(
    private readonly graph: GraphClient,
    private readonly item: ItemAddress,
    journal: FilingJournal,
    private etag: string,
    private readonly o: JournalOptions,
  ) {
    this.view = journal;
    this.stored = journal;
    this.clock = o.clock;
    this.lastWrite = this.clock.now().getTime();
  }

  /** The journal as this pane holds it (entries deferred included). */
  get journal(): FilingJournal {
    return this.view;
  }

  get(step: string): JournalEntry | undefined {
    return this.view.steps.find((e) => e.step === step);
  }

  async note(entry: JournalEntry): Promise<void> {
    if (this.lost) throw this.lost;
    this.view = withEntry(this.view, entry);
    await this.write();
  }

  defer(entry: JournalEntry): void {
    this.view = withEntry(this.view, entry);
  }

  /** The identity changed before anything was made (a reused Message-ID): written at once. */
  async setIdentity(identity: MessageIdentity): Promise<void> {
    if (this.lost) throw this.lost;
    this.view = { ...this.view, identity };
    await this.write();
  }

  /** Write what was deferred, if anything. */
  async flush(): Promise<void> {
    if (this.lost) throw this.lost;
    if (this.view.steps !== this.stored.steps || this.view.identity !== this.stored.identity) {
      await this.write();
    }
  }

  /**
   * The filing stopped in this pane (a failure it reports): what was
   * deferred is written and the journal no longer names this pane, so that
   * another pane takes it up at once instead of waiting for the lease.
   */
  async release(): Promise<void> {
    if (this.lost) return;
    const { v, connector, identity, choice, started, by, steps } = this.view;
    this.view = { v, connector, identity, choice, started, by, steps };
    await this.write();
  }

  /** Keep `at` moving while the connector works without steps (a long upload). Never throws. */
  touch(): void {
    if (this.lost) return;
    if (this.clock.now().getTime() - this.lastWrite < (this.o.heartbeatMs ?? HEARTBEAT_MS)) return;
    this.lastWrite = this.clock.now().getTime();
    this.write().catch(() => undefined);
  }

  /** One write after the ones before it, of the journal as it is when its turn comes. */
  private write(): Promise<void> {
    const run = this.queue.then(() => this.writeNow());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async writeNow(): Promise<void> {
    if (this.lost) throw this.lost;
    const next: FilingJournal = { ...this.view, at: this.clock.now().toISOString() };
    const value = encodeJournal(next);
    for (let attempt = 1; ; attempt++) {
      try {
        this.etag = await writeJournal(this.graph, this.item, value, this.etag);
        this.stored = next;
        this.lastWrite = this.clock.now().getTime();
        return;
      } catch (e) {
        if (!isFailure(e, 'conflict', 'network', 'timeout') || attempt > MAX_CONFLICTS) throw e;
        const snap = await readItemState(this.graph, this.item);
        if (same(snap.journal, next)) {
          // It landed; its answer was lost.
          this.etag = snap.etag;
          this.stored = next;
          this.lastWrite = this.clock.now().getTime();
          return;
        }
        if (snap.state.status !== 'archived' && same(snap.journal, this.stored)) {
          // Still ours as we left it: someone changed something else on the item.
          this.etag = snap.etag;
          continue;
        }
        this.lost = new JournalLost(snap.journal ?? null);
        throw this.lost;
      }
    }
  }
}
