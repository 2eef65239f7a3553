/**
 * Delta queries for the messages of one folder, as Graph answers them
 * (`GET /users/{id}/mailFolders/{id}/messages/delta`; delta is a per-folder
 * operation, so `/messages/delta` without a folder is refused):
 *
 * - the first round returns every message of the folder, in pages of
 *   `Prefer: odata.maxpagesize=N` (default 10, at most 1000), each page but
 *   the last with `@odata.nextLink` (`$skiptoken`), the last with
 *   `@odata.deltaLink` (`$deltatoken`);
 * - a round from a deltaLink returns what was created or changed since
 *   (the whole message, as selected), and `{ "@removed": { "reason":
 *   "deleted" }, "id" }` for what left the folder;
 * - `$select`, `$expand=singleValueExtendedProperties($filter=…)`,
 *   `changeType=created|updated|deleted` and `$filter=receivedDateTime ge|gt
 *   <instant>` in the first request; Graph keeps them in its tokens, and
 *   refuses them beside a token;
 * - an unknown or expired token is 410 Gone (`SyncStateNotFound`): start over.
 *
 * The state behind a token is kept in memory, a few per mailbox.
 */
import { randomBytes } from 'node:crypto';
import { GraphError, badRequest } from './errors';
import { parseSelect } from './odata';
import { MESSAGE_SELECTABLE, messageJson } from './store';
import type { FolderRecord, MailboxRecord, MessageRecord } from './store';
import {
  allowOptions,
  ctxUrl,
  ok,
  preferences,
  q,
  requireMailAccess,
  requireMethod,
} from './context';
import type { Answer, Ctx } from './context';
import { expandFilter } from './routes-messages';
import type { ExtendedProperty } from './props';

const DEFAULT_PAGE = 10;
const MAX_PAGE = 1000;
/** Tokens kept per mailbox (each kind); older ones answer 410. */
const KEEP = 32;

type ChangeType = 'created' | 'updated' | 'deleted' | null;

interface Options {
  readonly select: string[] | null;
  readonly expand: string | null;
  readonly changeType: ChangeType;
  /** receivedDateTime lower bound: [ms, inclusive]. */
  readonly since: readonly [number, boolean] | null;
}

/** What the folder held at the end of a round: id → fingerprint. */
interface Snapshot {
  readonly folder: string;
  readonly options: Options;
  readonly seen: ReadonlyMap<string, string>;
}

/** A round being paged through. */
interface Round {
  readonly folder: string;
  readonly options: Options;
  /** Changed ids (answered from the store when their page is asked) and removed ids. */
  readonly entries: readonly { readonly id: string; readonly removed: boolean }[];
  readonly next: Snapshot;
}

interface DeltaState {
  readonly snapshots: Map<string, Snapshot>;
  readonly rounds: Map<string, Round>;
}

const states = new WeakMap<MailboxRecord, DeltaState>();

function stateOf(mb: MailboxRecord): DeltaState {
  let s = states.get(mb);
  if (!s) {
    s = { snapshots: new Map(), rounds: new Map() };
    states.set(mb, s);
  }
  return s;
}

function keep<V>(map: Map<string, V>, key: string, value: V): void {
  map.set(key, value);
  while (map.size > KEEP) {
    const oldest = map.keys().next().value as string;
    map.delete(oldest);
  }
}

const token = (): string => randomBytes(18).toString('base64url');

function fingerprint(m: MessageRecord): string {
  return `${m.changeKey}|${m.folder}`;
}

function gone(): GraphError {
  return new GraphError(
    410,
    'SyncStateNotFound',
    'The sync state generation is not found. Start over with a request without a token.',
  );
}

function pageSize(ctx: Ctx): number {
  const m = /odata\.maxpagesize\s*=\s*(\d{1,7})/i.exec(ctx.headers['prefer'] ?? '');
  if (!m) return DEFAULT_PAGE;
  return Math.max(1, Math.min(MAX_PAGE, Number(m[1])));
}

function readOptions(ctx: Ctx): Options {
  const select = parseSelect(q(ctx, '$select'), MESSAGE_SELECTABLE, 'message');
  const expand = q(ctx, '$expand');
  const ct = q(ctx, 'changeType');
  if (ct !== null && !['created', 'updated', 'deleted'].includes(ct)) {
    throw badRequest(`Invalid changeType '${ct}': use created, updated or deleted.`);
  }
  const filter = q(ctx, '$filter');
  let since: [number, boolean] | null = null;
  if (filter !== null) {
    const m = /^\s*receivedDateTime\s+(ge|gt)\s+(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\s*$/i.exec(filter);
    const at = m ? Date.parse(m[2] as string) : Number.NaN;
    if (!m || !Number.isFinite(at)) {
      throw badRequest('Delta on messages only filters by receivedDateTime ge or gt an instant.');
    }
    since = [at, (m[1] as string).toLowerCase() === 'ge'];
  }
  return { select, expand, changeType: ct as ChangeType, since };
}

function inScope(m: MessageRecord, folder: string, o: Options): boolean {
  if (m.folder !== folder) return false;
  if (o.since === null) return true;
  const [at, inclusive] = o.since;
  return inclusive ? m.receivedDateTime >= at : m.receivedDateTime > at;
}

function startRound(
  mb: MailboxRecord,
  folder: string,
  options: Options,
  before: Snapshot | null,
): Round {
  const seen = new Map<string, string>();
  const entries: { id: string; removed: boolean }[] = [];
  const sorted = [...mb.messages.values()]
    .filter((m) => inScope(m, folder, options))
    .sort((a, b) => b.receivedDateTime - a.receivedDateTime || (a.id < b.id ? -1 : 1));
  for (const m of sorted) {
    const f = fingerprint(m);
    seen.set(m.id, f);
    const was = before?.seen.get(m.id);
    const kind = was === undefined ? 'created' : was === f ? null : 'updated';
    if (kind === null) continue;
    if (before !== null && options.changeType !== null && options.changeType !== kind) continue;
    if (before === null && options.changeType === 'deleted') continue;
    entries.push({ id: m.id, removed: false });
  }
  if (before !== null && (options.changeType === null || options.changeType === 'deleted')) {
    for (const id of before.seen.keys()) if (!seen.has(id)) entries.push({ id, removed: true });
  }
  return { folder, options, entries, next: { folder, options, seen } };
}

function link(ctx: Ctx, name: '$skiptoken' | '$deltatoken', value: string): string {
  const path = ctx.segments.map(encodeURIComponent).join('/');
  return `${ctx.base}/${path}?${name}=${encodeURIComponent(value)}`;
}

/** `GET …/mailFolders/{id}/messages/delta`. */
export function messagesDelta(ctx: Ctx, mb: MailboxRecord, folder: FolderRecord | null): Answer {
  requireMethod(ctx, 'GET');
  requireMailAccess(ctx, mb);
  if (folder === null) {
    throw badRequest(
      'Delta query for messages is a per-folder operation: use /mailFolders/{id}/messages/delta.',
    );
  }
  allowOptions(ctx, ['$select', '$expand', '$filter', '$skiptoken', '$deltatoken', 'changeType']);
  const state = stateOf(mb);
  const skip = q(ctx, '$skiptoken');
  const delta = q(ctx, '$deltatoken');
  const given = ['$select', '$expand', '$filter', 'changeType'].some((k) => q(ctx, k) !== null);
  if ((skip !== null || delta !== null) && given) {
    throw badRequest('Query options are kept in the token; do not repeat them beside it.');
  }
  let round: Round;
  let roundToken: string;
  // A page's skiptoken names the round and where the page starts, so every
  // page has a link of its own and asking for a page again gives it again.
  let offset = 0;
  if (skip !== null) {
    const [name = '', at = ''] = skip.split('.');
    const r = state.rounds.get(name);
    if (!r || r.folder !== folder.name || !/^\d{1,9}$/.test(at)) throw gone();
    round = r;
    roundToken = name;
    offset = Math.min(Number(at), r.entries.length);
  } else {
    let before: Snapshot | null = null;
    let options: Options;
    if (delta !== null) {
      before = state.snapshots.get(delta) ?? null;
      if (!before || before.folder !== folder.name) throw gone();
      options = before.options;
    } else {
      options = readOptions(ctx);
    }
    round = startRound(mb, folder.name, options, before);
    roundToken = token();
    keep(state.rounds, roundToken, round);
  }
  const o = round.options;
  const extended: 'none' | ((p: ExtendedProperty) => boolean) = expandFilter(o.expand);
  const pref = preferences(ctx);
  const size = pageSize(ctx);
  const value: unknown[] = [];
  while (offset < round.entries.length && value.length < size) {
    const e = round.entries[offset] as { id: string; removed: boolean };
    offset += 1;
    const m = mb.messages.get(e.id);
    if (e.removed || !m || m.folder !== round.folder) {
      value.push({
        '@odata.type': '#microsoft.graph.message',
        id: e.id,
        '@removed': { reason: 'deleted' },
      });
    } else {
      value.push({
        '@odata.type': '#microsoft.graph.message',
        ...messageJson(mb, m, {
          select: o.select,
          extended,
          zone: pref.zone,
          bodyType: pref.bodyType,
        }),
      });
    }
  }
  const out: Record<string, unknown> = {
    '@odata.context': ctxUrl(ctx, `Collection(message)`),
    value,
  };
  if (offset < round.entries.length) {
    out['@odata.nextLink'] = link(ctx, '$skiptoken', `${roundToken}.${offset}`);
  } else {
    state.rounds.delete(roundToken);
    const next = token();
    keep(state.snapshots, next, round.next);
    out['@odata.deltaLink'] = link(ctx, '$deltatoken', next);
  }
  const applied = [pref.applied['preference-applied'], `odata.maxpagesize=${size}`]
    .filter(Boolean)
    .join(', ');
  return ok(out, { 'preference-applied': applied });
}
