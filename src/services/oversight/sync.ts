/**
 * Keeping an overview fresh with Graph's delta query
 * (`/mailFolders/{id}/messages/delta`): the first round reads every
 * message of the folder (pages of `Prefer: odata.maxpagesize`, each
 * `@odata.nextLink` followed) and ends with an `@odata.deltaLink`; each
 * refresh follows that link and applies what changed: a created or updated
 * message replaces its row, `@removed` drops it.
 *
 * A 410 (the token expired: Graph keeps them for a limited time) starts a
 * full round again. Several mailboxes go through their rounds together: the
 * page each still needs is asked in one `$batch` (`syncMailboxes`). The items are kept by id in a Map, so a refresh costs
 * what changed, not the mailbox.
 */
import type { OverviewItem } from '../../core/oversight';
import { STATE_EXPAND } from '../../core/state';
import type { GraphClient } from '../graph/client';
import { GraphFailure } from '../graph/errors';
import { mailboxPath } from '../graph/paths';
import type { Page } from './read';
import {
  batchSettle,
  foreignLink,
  LinkTrail,
  linkPath,
  MAX_PAGE,
  OVERVIEW_SELECT,
  overviewItem,
} from './read';

export interface MailboxSync {
  readonly address: string;
  readonly folder: string;
  /** The folder's messages by id. */
  readonly items: ReadonlyMap<string, OverviewItem>;
  /** Where the next refresh starts (a path under the service root). */
  readonly deltaPath: string;
}

export interface SyncOptions {
  /** The folder (a well-known name or an id); Inbox by default. */
  readonly folder?: string;
  /** Messages per page, at most 1000. */
  readonly pageSize?: number;
}

/** What a refresh changed. */
export interface SyncChanges {
  readonly changed: number;
  readonly removed: number;
  /** True when the token had expired and everything was read again. */
  readonly restarted: boolean;
}

/** The path of a folder's first delta round, with the overview's query. */
export function deltaStartPath(address: string, folder = 'inbox'): string {
  const query = [
    `$select=${OVERVIEW_SELECT.join(',')}`,
    `$expand=${encodeURIComponent(STATE_EXPAND)}`,
  ].join('&');
  return `${mailboxPath(address)}/mailFolders/${encodeURIComponent(folder)}/messages/delta?${query}`;
}

function pageSizeOf(options: SyncOptions): number {
  return Math.max(1, Math.min(MAX_PAGE, Math.floor(options.pageSize ?? MAX_PAGE)));
}

/** What one mailbox asks of a round: a first read, or the changes since `sync`. */
export type SyncJob =
  | { readonly kind: 'start'; readonly address: string; readonly folder?: string }
  | { readonly kind: 'refresh'; readonly sync: MailboxSync };

/** How one mailbox's round ended. */
export type SyncOutcome =
  | {
      readonly ok: true;
      readonly address: string;
      readonly sync: MailboxSync;
      readonly changes: SyncChanges;
    }
  | { readonly ok: false; readonly address: string; readonly failure: GraphFailure };

/** One mailbox's round while it is being read. */
class Round {
  items: Map<string, OverviewItem>;
  path: string;
  trail: LinkTrail;
  changed = 0;
  removed = 0;
  restarted = false;
  outcome: SyncOutcome | null = null;

  constructor(
    readonly address: string,
    readonly folder: string,
    start: string,
    items: Map<string, OverviewItem>,
    /** A 410 may start this round again once (a refresh's token, a first round's page expired). */
    private mayRestart: boolean,
  ) {
    this.items = items;
    this.path = start;
    this.trail = new LinkTrail(start);
  }

  fail(failure: GraphFailure): void {
    if (failure.status === 410 && this.mayRestart) {
      this.mayRestart = false;
      this.restarted = true;
      this.items = new Map();
      this.changed = 0;
      this.removed = 0;
      this.path = deltaStartPath(this.address, this.folder);
      this.trail = new LinkTrail(this.path);
      return;
    }
    this.outcome = { ok: false, address: this.address, failure };
  }

  take(page: Page): void {
    for (const raw of Array.isArray(page.value) ? (page.value as unknown[]) : []) {
      const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      if (r['@removed'] !== undefined) {
        if (typeof r['id'] === 'string' && this.items.delete(r['id'])) this.removed += 1;
        continue;
      }
      const item = overviewItem(raw);
      if (item) {
        this.items.set(item.id, item);
        this.changed += 1;
      }
    }
    try {
      const next = page['@odata.nextLink'];
      if (next !== undefined) {
        this.path = this.trail.follow(next);
        return;
      }
      const delta = page['@odata.deltaLink'];
      const deltaPath = linkPath(delta);
      if (deltaPath === null) throw foreignLink(delta);
      this.outcome = {
        ok: true,
        address: this.address,
        sync: { address: this.address, folder: this.folder, items: this.items, deltaPath },
        changes: {
          changed: this.restarted ? this.items.size : this.changed,
          removed: this.removed,
          restarted: this.restarted,
        },
      };
    } catch (e) {
      if (!(e instanceof GraphFailure)) throw e;
      this.outcome = { ok: false, address: this.address, failure: e };
    }
  }
}

/**
 * Delta rounds of several mailboxes at once: the pages every mailbox still
 * needs asked together in `$batch`es (the first pages of all, then the next
 * links of those that have more), until each has its deltaLink or its
 * failure. A refresh works on a copy of its items (the sync given stays as
 * it was); a 410 starts that mailbox's round again, alone, once. A failure
 * of one mailbox is its outcome; a failure of the batch itself throws.
 */
export async function syncMailboxes(
  graph: GraphClient,
  jobs: readonly SyncJob[],
  options: SyncOptions = {},
): Promise<SyncOutcome[]> {
  const headers = { Prefer: `odata.maxpagesize=${pageSizeOf(options)}` };
  const rounds = jobs.map((job) =>
    job.kind === 'start'
      ? new Round(
          job.address,
          job.folder ?? options.folder ?? 'inbox',
          deltaStartPath(job.address, job.folder ?? options.folder ?? 'inbox'),
          new Map(),
          true,
        )
      : new Round(
          job.sync.address,
          job.sync.folder,
          job.sync.deltaPath,
          new Map(job.sync.items),
          true,
        ),
  );
  for (;;) {
    const pending = rounds.filter((r) => r.outcome === null);
    if (pending.length === 0) break;
    const pages = await batchSettle(
      graph,
      pending.map((r) => r.path),
      headers,
    );
    pages.forEach((p, i) => {
      const r = pending[i] as Round;
      if (p.ok) r.take(p.page);
      else r.fail(p.failure);
    });
  }
  return rounds.map((r) => r.outcome as SyncOutcome);
}

function only(outcomes: readonly SyncOutcome[]): { sync: MailboxSync; changes: SyncChanges } {
  const o = outcomes[0] as SyncOutcome;
  if (!o.ok) throw o.failure;
  return { sync: o.sync, changes: o.changes };
}

/** The first, full read of a mailbox's folder. */
export async function startSync(
  graph: GraphClient,
  address: string,
  options: SyncOptions = {},
): Promise<MailboxSync> {
  const job: SyncJob = { kind: 'start', address, folder: options.folder ?? 'inbox' };
  return only(await syncMailboxes(graph, [job], options)).sync;
}

/**
 * The changes since the last read, applied to a copy of the items (the
 * sync given stays as it was, so a failed refresh leaves the overview whole).
 * A 410 (the token expired) reads the folder again.
 */
export async function refreshSync(
  graph: GraphClient,
  sync: MailboxSync,
  options: SyncOptions = {},
): Promise<{ sync: MailboxSync; changes: SyncChanges }> {
  return only(await syncMailboxes(graph, [{ kind: 'refresh', sync }], options));
}
