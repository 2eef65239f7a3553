/**
 * Keeping an overview fresh with Graph's delta query
 * (`/mailFolders/{id}/messages/delta`): the first round reads every
 * message of the folder (pages of `Prefer: odata.maxpagesize`, each
 * `@odata.nextLink` followed) and ends with an `@odata.deltaLink`; each
 * refresh follows that link and applies what changed: a created or updated
 * message replaces its row, `@removed` drops it.
 *
 * A 410 (the token expired: Graph keeps them for a limited time) starts a
 * full round again. The items are kept by id in a Map, so a refresh costs
 * what changed, not the mailbox.
 */
import type { OverviewItem } from '../../core/oversight';
import { STATE_EXPAND } from '../../core/state';
import type { GraphClient } from '../graph/client';
import { GraphFailure } from '../graph/errors';
import { mailboxPath } from '../graph/paths';
import type { Page } from './read';
import { foreignLink, LinkTrail, linkPath, MAX_PAGE, OVERVIEW_SELECT, overviewItem } from './read';

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

function firstPath(address: string, folder: string): string {
  const query = [
    `$select=${OVERVIEW_SELECT.join(',')}`,
    `$expand=${encodeURIComponent(STATE_EXPAND)}`,
  ].join('&');
  return `${mailboxPath(address)}/mailFolders/${encodeURIComponent(folder)}/messages/delta?${query}`;
}

async function round(
  graph: GraphClient,
  start: string,
  pageSize: number,
  items: Map<string, OverviewItem>,
): Promise<{ deltaPath: string; changed: number; removed: number }> {
  const headers = { Prefer: `odata.maxpagesize=${pageSize}` };
  let changed = 0;
  let removed = 0;
  const trail = new LinkTrail(start);
  for (let path: string = start; ;) {
    const page: Page = (await graph.request<Page>('GET', path, { headers })).value ?? {};
    for (const raw of Array.isArray(page.value) ? (page.value as unknown[]) : []) {
      const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      if (r['@removed'] !== undefined) {
        if (typeof r['id'] === 'string' && items.delete(r['id'])) removed += 1;
        continue;
      }
      const item = overviewItem(raw);
      if (item) {
        items.set(item.id, item);
        changed += 1;
      }
    }
    const next = page['@odata.nextLink'];
    if (next !== undefined) {
      path = trail.follow(next);
      continue;
    }
    const delta = page['@odata.deltaLink'];
    const deltaPath = linkPath(delta);
    if (deltaPath === null) throw foreignLink(delta);
    return { deltaPath, changed, removed };
  }
}

/** The first, full read of a mailbox's folder. */
export async function startSync(
  graph: GraphClient,
  address: string,
  options: SyncOptions = {},
): Promise<MailboxSync> {
  const folder = options.folder ?? 'inbox';
  const items = new Map<string, OverviewItem>();
  const size = pageSizeOf(options);
  const { deltaPath } = await round(graph, firstPath(address, folder), size, items);
  return { address, folder, items, deltaPath };
}

function pageSizeOf(options: SyncOptions): number {
  return Math.max(1, Math.min(MAX_PAGE, Math.floor(options.pageSize ?? MAX_PAGE)));
}

/**
 * The changes since the last read, applied to a copy of the items (the
 * sync given stays as it was, so a failed refresh leaves the overview whole).
 */
export async function refreshSync(
  graph: GraphClient,
  sync: MailboxSync,
  options: SyncOptions = {},
): Promise<{ sync: MailboxSync; changes: SyncChanges }> {
  const size = pageSizeOf(options);
  const items = new Map(sync.items);
  try {
    const r = await round(graph, sync.deltaPath, size, items);
    return {
      sync: { ...sync, items, deltaPath: r.deltaPath },
      changes: { changed: r.changed, removed: r.removed, restarted: false },
    };
  } catch (e) {
    if (!(e instanceof GraphFailure) || e.status !== 410) throw e;
    const fresh = await startSync(graph, sync.address, { folder: sync.folder, pageSize: size });
    return {
      sync: fresh,
      changes: { changed: fresh.items.size, removed: 0, restarted: true },
    };
  }
}
