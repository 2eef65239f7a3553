/**
 * Reading function mailboxes for the overview (R21), with the signed-in
 * user's delegated permissions:
 *
 * - `$select` of only what the overview shows, and Arkivpost's extended
 *   properties through `$expand=singleValueExtendedProperties($filter=id eq …)`;
 * - the first page of every mailbox in one JSON `$batch` (20 requests at
 *   most per batch), then each mailbox's `@odata.nextLink`, again batched
 *   across mailboxes, until none is left;
 * - a request the batch answered with 429/503/504 is repeated on its own
 *   through the Graph client, whose policy waits for Retry-After;
 * - `@odata.nextLink` is followed only as a path under the client's own
 *   service root: a link to another host is never given the token.
 *
 * Every answer is untrusted: rows that are not message-shaped are skipped
 * and counted, never thrown.
 */
import { categoryHints, fromExtendedProperties, STATE_EXPAND } from '../../core/state';
import type { OverviewItem } from '../../core/oversight';
import type { GraphClient } from '../graph/client';
import { failureFromResponse, GraphFailure } from '../graph/errors';
import { mailboxPath } from '../graph/paths';

/** What the overview shows of a message, and nothing more. */
export const OVERVIEW_SELECT = ['id', 'receivedDateTime', 'subject', 'from', 'categories'] as const;

/** Graph's limits: 20 requests in a batch, 1000 messages in a page. */
export const MAX_BATCH = 20;
export const MAX_PAGE = 1000;

export interface ReadOptions {
  /** The folder read (a well-known name or an id); Inbox by default. */
  readonly folder?: string;
  /** A `$filter` on the messages (see `stateFilter`, `categoryFilter`). */
  readonly filter?: string;
  /** Messages per page (`$top`), at most 1000. */
  readonly pageSize?: number;
}

export interface MailboxItems {
  readonly address: string;
  readonly items: OverviewItem[];
  /** Rows Graph sent that were not messages (no id): skipped. */
  readonly skipped: number;
}

/** The query that reads a folder's messages for the overview. */
export function overviewQuery(options: ReadOptions = {}): string {
  const top = Math.max(1, Math.min(MAX_PAGE, Math.floor(options.pageSize ?? MAX_PAGE)));
  const parts = [
    `$select=${OVERVIEW_SELECT.join(',')}`,
    `$expand=${encodeURIComponent(STATE_EXPAND)}`,
    `$top=${top}`,
  ];
  if (options.filter !== undefined) parts.push(`$filter=${encodeURIComponent(options.filter)}`);
  return parts.join('&');
}

/** The path (under the service root) of a folder's messages, with the overview's query. */
export function overviewPath(address: string, options: ReadOptions = {}): string {
  const folder = encodeURIComponent(options.folder ?? 'inbox');
  return `${mailboxPath(address)}/mailFolders/${folder}/messages?${overviewQuery(options)}`;
}

/** The path under the service root a nextLink/deltaLink names, or null when it is not Graph's. */
export function linkPath(link: unknown): string | null {
  if (typeof link !== 'string' || link.length > MAX_LINK) return null;
  const path = /^https?:\/\/[^/?#]+(?:\/[^?#]*?)?\/v1\.0(\/[^#]*)$/i.exec(link)?.[1];
  return path === undefined || path.startsWith('//') ? null : path;
}

/** The longest link followed (Graph's tokens are long, never this long). */
const MAX_LINK = 16_384;

/** A link Graph gave that is not under its service root: not followed. */
export function foreignLink(link: unknown): GraphFailure {
  return new GraphFailure(
    'unknown',
    0,
    'foreignLink',
    null,
    `Graph gave a link outside its service root: ${String(link).slice(0, 200)}`,
  );
}

/** The most pages followed for one folder: 2,000 pages of up to 1,000 messages. */
export const MAX_PAGES = 2_000;

/**
 * Follows one folder's next links: each must be under the service root,
 * never one already followed (a server that answers with the same link
 * again would otherwise be read for ever), and at most MAX_PAGES of them.
 */
export class LinkTrail {
  private readonly seen = new Set<string>();

  constructor(first: string) {
    this.seen.add(first);
  }

  /** The path to read next, or a GraphFailure saying why it is not followed. */
  follow(link: unknown): string {
    const path = linkPath(link);
    if (path === null) throw foreignLink(link);
    if (this.seen.has(path) || this.seen.size >= MAX_PAGES) {
      throw new GraphFailure(
        'unknown',
        0,
        'endlessPaging',
        null,
        `Graph kept giving next pages (${this.seen.size} read); the last link repeated or went past ${MAX_PAGES}.`,
      );
    }
    this.seen.add(path);
    return path;
  }
}

/** One message from Graph's JSON, or null when it is not one. */
export function overviewItem(raw: unknown): OverviewItem | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (typeof m['id'] !== 'string' || m['id'] === '') return null;
  const from = m['from'] as { emailAddress?: { address?: unknown } } | null | undefined;
  const address = from?.emailAddress?.address;
  const categories = Array.isArray(m['categories'])
    ? (m['categories'] as unknown[]).filter((c): c is string => typeof c === 'string')
    : [];
  const state = fromExtendedProperties(m['singleValueExtendedProperties']).state;
  // R13: held by the property, or by a hold category someone set by hand; disposable when a
  // person marked it so (otherwise the overview counts the ephemeral class, as before).
  const onHold = state.hold !== undefined || categoryHints(categories).held === true;
  return {
    id: m['id'],
    received: typeof m['receivedDateTime'] === 'string' ? m['receivedDateTime'] : '',
    subject: typeof m['subject'] === 'string' ? m['subject'] : '',
    from: typeof address === 'string' ? address : '',
    categories,
    state,
    ...(onHold ? { onHold } : {}),
    ...(state.disposableFrom !== undefined ? { disposable: true } : {}),
  };
}

export interface Page {
  readonly value?: unknown;
  readonly '@odata.nextLink'?: unknown;
  readonly '@odata.deltaLink'?: unknown;
}

interface BatchResponse {
  readonly id?: unknown;
  readonly status?: unknown;
  readonly headers?: unknown;
  readonly body?: unknown;
}

const RETRY_ALONE = new Set([429, 503, 504]);

/** One GET of a batch: its page, or the failure Graph answered for it alone. */
export type PageOutcome =
  | { readonly ok: true; readonly page: Page }
  | { readonly ok: false; readonly failure: GraphFailure };

/**
 * GET several paths in `$batch`es of at most 20, in order, each with the
 * same `headers` (e.g. `Prefer: odata.maxpagesize`). A throttled answer is
 * asked again alone (the client's policy waits). A request Graph answered
 * with an error is settled as that GraphFailure, so one mailbox's 403 does
 * not hide the others' pages; a failure of the batch itself (the sign-in,
 * the network) throws.
 */
export async function batchSettle(
  graph: GraphClient,
  paths: readonly string[],
  headers: Readonly<Record<string, string>> = {},
): Promise<PageOutcome[]> {
  const out: PageOutcome[] = new Array<PageOutcome>(paths.length);
  const alone = async (path: string): Promise<PageOutcome> => {
    try {
      return {
        ok: true,
        page: (await graph.request<Page>('GET', path, { headers: { ...headers } })).value ?? {},
      };
    } catch (e) {
      if (e instanceof GraphFailure) return { ok: false, failure: e };
      throw e;
    }
  };
  for (let start = 0; start < paths.length; start += MAX_BATCH) {
    const chunk = paths.slice(start, start + MAX_BATCH);
    if (chunk.length === 1) {
      out[start] = await alone(chunk[0] as string);
      continue;
    }
    const requests = chunk.map((url, i) => ({
      id: String(i + 1),
      method: 'GET',
      url,
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
    }));
    const answer = (
      await graph.request<{ responses?: unknown }>('POST', '/$batch', {
        body: { requests },
      })
    ).value;
    const responses = Array.isArray(answer?.responses) ? (answer.responses as BatchResponse[]) : [];
    const byId = new Map<string, BatchResponse>();
    for (const r of responses) if (typeof r?.id === 'string') byId.set(r.id, r);
    for (let i = 0; i < chunk.length; i++) {
      const r = byId.get(String(i + 1));
      const status = typeof r?.status === 'number' ? r.status : 0;
      if (status >= 200 && status < 300) {
        out[start + i] = {
          ok: true,
          page: (typeof r?.body === 'object' && r.body !== null ? r.body : {}) as Page,
        };
      } else if (r === undefined || RETRY_ALONE.has(status)) {
        out[start + i] = await alone(chunk[i] as string);
      } else {
        out[start + i] = {
          ok: false,
          failure: await failureFromResponse(
            new Response(JSON.stringify(r.body ?? {}), {
              status: status >= 400 && status <= 599 ? status : 502,
              headers: { 'Content-Type': 'application/json' },
            }),
          ),
        };
      }
    }
  }
  return out;
}

/**
 * GET several paths in `$batch`es of at most 20, in order; each answer is
 * the page's JSON. Any failure throws the GraphFailure Graph's error body
 * names (the first, in the order given).
 */
export async function batchGet(graph: GraphClient, paths: readonly string[]): Promise<Page[]> {
  return (await batchSettle(graph, paths)).map((o) => {
    if (!o.ok) throw o.failure;
    return o.page;
  });
}

/**
 * Every message of each mailbox's folder, for the overview: first pages in
 * one batch, then the next pages of all mailboxes batched together, round
 * by round. Mailboxes come back in the order given.
 */
export async function readMailboxes(
  graph: GraphClient,
  addresses: readonly string[],
  options: ReadOptions = {},
): Promise<MailboxItems[]> {
  const results = addresses.map((address) => ({
    address,
    items: [] as OverviewItem[],
    skipped: 0,
  }));
  let pending = results.map((r, i) => ({ index: i, path: overviewPath(r.address, options) }));
  const trails = pending.map((p) => new LinkTrail(p.path));
  while (pending.length > 0) {
    const pages = await batchGet(
      graph,
      pending.map((p) => p.path),
    );
    const next: { index: number; path: string }[] = [];
    pages.forEach((page, k) => {
      const { index } = pending[k] as { index: number };
      const r = results[index] as (typeof results)[number];
      for (const raw of Array.isArray(page.value) ? (page.value as unknown[]) : []) {
        const item = overviewItem(raw);
        if (item) r.items.push(item);
        else r.skipped += 1;
      }
      const link = page['@odata.nextLink'];
      if (link !== undefined) next.push({ index, path: (trails[index] as LinkTrail).follow(link) });
    });
    pending = next;
  }
  return results;
}
