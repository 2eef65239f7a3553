/**
 * Reading and changing a message's shared case state over Graph (R6, R7, R8).
 * Shared-mailbox items are addressed as /users/{mailbox}/messages/{restId}.
 *
 * Every write carries If-Match with the etag it was based on. When someone
 * else changed the message in between (412), the state is read again, the
 * two sets of changes are merged when they touch different fields, and the
 * caller is told what the other person changed; when both changed the same
 * field nothing is overwritten. When the connection drops mid-write, the
 * state is read again to learn whether the write landed: the result is
 * always the state the server holds.
 */
import { decodeJournal, JOURNAL_PROPERTY_NAME } from '../core/archive/journal';
import type { FilingJournal } from '../core/archive/journal';
import type { Lang } from '../core/model';
import {
  applyAction,
  diffStates,
  fromExtendedProperties,
  mergeOnConflict,
  PROPERTY_SET_ID,
  STATE_EXPAND,
  statePatch,
} from '../core/state';
import type {
  ExtendedProperty,
  ActionResult,
  ItemState,
  NoticeCode,
  Person,
  Refusal,
  StateAction,
  StateChange,
  StateField,
} from '../core/state';
import type { GraphClient } from './graph/client';
import { GraphFailure } from './graph/errors';
import { messagePath } from './graph/paths';

export interface ItemRef {
  /** The mailbox the item is in (the function mailbox's address for shared items). */
  readonly mailbox: string;
  /** The item's REST id (Office.context.mailbox.convertToRestId). */
  readonly restId: string;
}

export interface ItemSnapshot {
  readonly state: ItemState;
  readonly etag: string;
  readonly categories: readonly string[];
  /** A link that opens the message in Outlook on the web (for "Varsle"). */
  readonly webLink?: string;
  /** The filing journal on the item (services/filing-journal), when there is one that reads. */
  readonly journal?: FilingJournal;
}

/** The filing journal's property (core/archive/journal), in Arkivpost's property set. */
export const JOURNAL_PROPERTY_ID = `String {${PROPERTY_SET_ID}} Name ${JOURNAL_PROPERTY_NAME}`;

/** The state's properties and the filing journal's, brought with the message. */
const ITEM_EXPAND = STATE_EXPAND.replace(/\)$/, ` or id eq '${JOURNAL_PROPERTY_ID}')`);

function isJournalProperty(p: unknown): p is { id: string; value?: unknown } {
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof (p as { id?: unknown }).id === 'string' &&
    (p as { id: string }).id.toLowerCase() === JOURNAL_PROPERTY_ID.toLowerCase()
  );
}

export interface ChangeContext {
  readonly actor: Person;
  readonly now: Date;
  /** The organisation's language and time zone (categories and flag). */
  readonly orgLang: Lang;
  readonly timeZone: string;
  /** More properties written in the same PATCH (the filing journal, cleared once archived). */
  readonly alsoWrite?: readonly ExtendedProperty[];
}

export type ChangeOutcome =
  | {
      readonly kind: 'saved';
      readonly snapshot: ItemSnapshot;
      readonly theirs: readonly StateChange[];
      /** Advice that did not stop the change (e.g. archive-worthy but not archived). */
      readonly notices: readonly NoticeCode[];
    }
  | { readonly kind: 'refused'; readonly refusal: Refusal; readonly snapshot: ItemSnapshot }
  | {
      readonly kind: 'conflict';
      readonly fields: readonly StateField[];
      readonly theirs: readonly StateChange[];
      readonly snapshot: ItemSnapshot;
    };

interface GraphMessage {
  readonly categories?: readonly string[];
  readonly singleValueExtendedProperties?: unknown;
  readonly '@odata.etag'?: string;
  readonly changeKey?: string;
  readonly webLink?: string;
}

export async function readItemState(graph: GraphClient, ref: ItemRef): Promise<ItemSnapshot> {
  const { value, etag } = await graph.request<GraphMessage>(
    'GET',
    `${messagePath(ref)}?$select=categories,changeKey,webLink&$expand=${encodeURIComponent(ITEM_EXPAND)}`,
  );
  const props = value.singleValueExtendedProperties ?? [];
  const list: unknown[] = Array.isArray(props) ? props : [];
  const journal = decodeJournal(list.find(isJournalProperty)?.value);
  const read = fromExtendedProperties(
    Array.isArray(props) ? list.filter((p) => !isJournalProperty(p)) : props,
  );
  return {
    state: read.state,
    etag: etag ?? value['@odata.etag'] ?? '',
    categories: value.categories ?? [],
    ...(typeof value.webLink === 'string' ? { webLink: value.webLink } : {}),
    ...(journal !== null ? { journal } : {}),
  };
}

async function write(
  graph: GraphClient,
  ref: ItemRef,
  base: ItemSnapshot,
  state: ItemState,
  ctx: ChangeContext,
): Promise<void> {
  const patch = statePatch(state, base.categories, { lang: ctx.orgLang, timeZone: ctx.timeZone });
  await graph.request('PATCH', messagePath(ref), {
    body: ctx.alsoWrite
      ? {
          ...patch,
          singleValueExtendedProperties: [...patch.singleValueExtendedProperties, ...ctx.alsoWrite],
        }
      : patch,
    headers: { 'If-Match': base.etag },
  });
}

function sameState(a: ItemState, b: ItemState): boolean {
  return diffStates(a, b).length === 0;
}

/**
 * Apply actions in order as one change: a later action that changes nothing
 * is skipped (confirming a class and setting the due date it implies);
 * anything else refused refuses the whole change.
 */
export function applyActions(
  state: ItemState,
  actions: readonly StateAction[],
  actor: Person,
  now: Date,
): ActionResult {
  let current = state;
  let changed = false;
  const notices: NoticeCode[] = [];
  for (const action of actions) {
    const r = applyAction(current, action, actor, now);
    if (!r.ok) {
      if (r.code === 'unchanged') continue;
      return r;
    }
    current = r.state;
    changed = true;
    notices.push(...r.notices);
  }
  return changed ? { ok: true, state: current, notices } : { ok: false, code: 'unchanged' };
}

/** Apply one action (or several as one change) by one person, once, whatever the network does. */
export async function changeItemState(
  graph: GraphClient,
  ref: ItemRef,
  action: StateAction | readonly StateAction[],
  ctx: ChangeContext,
): Promise<ChangeOutcome> {
  const base = await readItemState(graph, ref);
  const applied = applyActions(
    base.state,
    Array.isArray(action) ? action : [action as StateAction],
    ctx.actor,
    ctx.now,
  );
  if (!applied.ok) return { kind: 'refused', refusal: applied, snapshot: base };
  const { notices } = applied;
  try {
    await write(graph, ref, base, applied.state, ctx);
    return { kind: 'saved', snapshot: await readItemState(graph, ref), theirs: [], notices };
  } catch (e) {
    if (!(e instanceof GraphFailure)) throw e;
    if (e.kind === 'conflict')
      return resolveConflict(graph, ref, base, applied.state, ctx, notices);
    if (e.kind === 'network' || e.kind === 'timeout') {
      // The write may have landed before the connection dropped: ask the server.
      const now = await readItemState(graph, ref);
      if (sameState(now.state, applied.state)) {
        return { kind: 'saved', snapshot: now, theirs: [], notices };
      }
      if (!sameState(now.state, base.state))
        return resolveConflict(graph, ref, base, applied.state, ctx, notices, now);
    }
    throw e;
  }
}

async function resolveConflict(
  graph: GraphClient,
  ref: ItemRef,
  base: ItemSnapshot,
  mine: ItemState,
  ctx: ChangeContext,
  notices: readonly NoticeCode[],
  known?: ItemSnapshot,
): Promise<ChangeOutcome> {
  const theirs = known ?? (await readItemState(graph, ref));
  // Our own write landed on an earlier attempt (its answer was lost): done, once.
  if (sameState(theirs.state, mine)) {
    return { kind: 'saved', snapshot: theirs, theirs: [], notices };
  }
  const merged = mergeOnConflict(base.state, mine, theirs.state);
  if (!merged.ok) {
    return { kind: 'conflict', fields: merged.conflicts, theirs: merged.theirs, snapshot: theirs };
  }
  await write(graph, ref, theirs, merged.state, ctx);
  return {
    kind: 'saved',
    snapshot: await readItemState(graph, ref),
    theirs: merged.theirs,
    notices,
  };
}
