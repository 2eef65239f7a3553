/**
 * What people may do to a message's state, and what it becomes.
 *
 * Seed 001 (Hå kommune): every message is marked with a caseworker's name in
 * "Tildelt til", "by the caseworker or others"; when it has been handled or
 * moved to the case system it is set to "Ferdig", by whoever finished it.
 * So anyone with access to the mailbox may assign and set the status; every
 * change records who made it and when. "Arkivert" is reached only by
 * archiving, and an archived message is final: further changes belong in the
 * case system.
 *
 * Status moves (anything else is refused as `invalid-transition`):
 *   new         → in-progress, done
 *   in-progress → new (undo), done
 *   done        → in-progress (reopen)
 *   any but archived → archived, through the `archive` action only
 */
import type { MessageClass } from '../classify/classify';
import type { ItemState, Person, Status } from './types';
import {
  cleanPerson,
  isCleanText,
  isDueDate,
  isMessageClass,
  isPerson,
  isStatus,
  samePerson,
} from './values';

export type StateAction =
  | { readonly type: 'assign'; readonly assignee: Person }
  | { readonly type: 'unassign' }
  | { readonly type: 'set-status'; readonly status: Status }
  /** Confirm the classifier's class (`confirmed: true`), override it, or record a suggestion. */
  | { readonly type: 'classify'; readonly class: MessageClass; readonly confirmed: boolean }
  /** `null` removes the answer-by date. */
  | { readonly type: 'set-due'; readonly due: string | null }
  /** After the archive connector has filed the message; `archiveRef` is the case system's reference. */
  | { readonly type: 'archive'; readonly archiveRef?: string };

export type RefusalCode =
  /** Nothing would change; the client need not write. */
  | 'unchanged'
  /** The message is archived; changes belong in the case system. */
  | 'archived'
  | 'archive-only-by-archiving'
  | 'invalid-transition'
  | 'invalid-assignee'
  | 'invalid-class'
  | 'invalid-due'
  | 'invalid-archive-ref'
  | 'invalid-actor'
  | 'invalid-time'
  | 'unknown-action';

export interface Refusal {
  readonly ok: false;
  readonly code: RefusalCode;
  /** For `invalid-transition`: the status codes `from` and `to`. */
  readonly params?: { readonly from: Status; readonly to: Status };
}

/** Advice that does not stop the change. */
export type NoticeCode = 'archive-worthy-not-archived' | 'not-assigned';

export interface Applied {
  readonly ok: true;
  readonly state: ItemState;
  readonly notices: readonly NoticeCode[];
}

export type ActionResult = Applied | Refusal;

const MOVES: { readonly [S in Status]: readonly Status[] } = {
  new: ['in-progress', 'done'],
  'in-progress': ['new', 'done'],
  done: ['in-progress'],
  archived: [],
};

/** True when a person may move a message from one status to another with `set-status`. */
export function canMove(from: Status, to: Status): boolean {
  return MOVES[from].includes(to);
}

const refuse = (code: RefusalCode, params?: Refusal['params']): Refusal =>
  params ? { ok: false, code, params } : { ok: false, code };

/** A person with spaces tidied, or null when the address or name is unusable. */
function asPerson(value: unknown): Person | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as { address?: unknown; name?: unknown };
  if (typeof v.address !== 'string') return null;
  const p = cleanPerson({ address: v.address, name: typeof v.name === 'string' ? v.name : '' });
  return isPerson(p) ? p : null;
}

function without<K extends keyof ItemState>(state: ItemState, key: K): ItemState {
  const copy: Record<string, unknown> = { ...state };
  delete copy[key];
  return copy as unknown as ItemState;
}

/**
 * Apply one action by `actor` at `now`. Returns the new state, with
 * `updatedBy`/`updatedAt` set, or a refusal code; never throws. Input is
 * checked at run time too, since it may come from a form or another client.
 */
export function applyAction(
  state: ItemState,
  action: StateAction,
  actor: Person,
  now: Date,
): ActionResult {
  const who = asPerson(actor);
  if (!who) return refuse('invalid-actor');
  const at = now instanceof Date ? now.getTime() : Number.NaN;
  if (!Number.isFinite(at)) return refuse('invalid-time');
  if (state.status === 'archived') return refuse('archived');

  let next: ItemState;
  const notices: NoticeCode[] = [];
  const a = action as StateAction | { type?: unknown };
  switch (a.type) {
    case 'assign': {
      const assignee = asPerson((a as { assignee?: unknown }).assignee);
      if (!assignee) return refuse('invalid-assignee');
      if (samePerson(state.assignee, assignee)) return refuse('unchanged');
      next = { ...state, assignee };
      break;
    }
    case 'unassign':
      if (!state.assignee) return refuse('unchanged');
      next = without(state, 'assignee');
      break;
    case 'set-status': {
      const to = (a as { status?: unknown }).status;
      if (to === 'archived') return refuse('archive-only-by-archiving');
      if (!isStatus(to)) return refuse('invalid-transition');
      if (to === state.status) return refuse('unchanged');
      if (!canMove(state.status, to)) {
        return refuse('invalid-transition', { from: state.status, to });
      }
      next = { ...state, status: to };
      if (to === 'done') {
        if (!state.assignee) notices.push('not-assigned');
        if (state.class?.value === 'archive-worthy' && state.class.confirmed) {
          notices.push('archive-worthy-not-archived');
        }
      }
      break;
    }
    case 'classify': {
      const c = a as { class?: unknown; confirmed?: unknown };
      if (!isMessageClass(c.class) || typeof c.confirmed !== 'boolean') {
        return refuse('invalid-class');
      }
      if (state.class?.value === c.class && state.class.confirmed === c.confirmed) {
        return refuse('unchanged');
      }
      next = { ...state, class: { value: c.class, confirmed: c.confirmed } };
      break;
    }
    case 'set-due': {
      const due = (a as { due?: unknown }).due;
      if (due === null) {
        if (state.due === undefined) return refuse('unchanged');
        next = without(state, 'due');
      } else {
        if (!isDueDate(due)) return refuse('invalid-due');
        if (due === state.due) return refuse('unchanged');
        next = { ...state, due };
      }
      break;
    }
    case 'archive': {
      const ref = (a as { archiveRef?: unknown }).archiveRef;
      if (ref !== undefined && !(typeof ref === 'string' && isCleanText(ref.trim()))) {
        return refuse('invalid-archive-ref');
      }
      next = {
        ...without(state, 'archiveRef'),
        status: 'archived',
        ...(typeof ref === 'string' ? { archiveRef: ref.trim() } : {}),
      };
      break;
    }
    default:
      return refuse('unknown-action');
  }
  return {
    ok: true,
    state: {
      ...next,
      updatedBy: who,
      updatedAt: new Date(at).toISOString(),
    },
    notices,
  };
}
