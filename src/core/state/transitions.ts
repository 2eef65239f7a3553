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
 *   any but archived → sent-to-registrar, through the `send-to-registrar`
 *                      action only, once the registry mailbox has it
 *   any but archived → archived, through the `archive` or `register` action only
 *
 * A message sent to the registrar stays there until it is registered: the
 * status is the registrar's to change, the assignment, class and answer-by
 * date are still the caseworkers'.
 *
 * Holds, disposal, evidence, notice and rejection (R9, R11, R13):
 *   hold           places a hold (`access-request` or `evidence`); the same
 *                  reason again is `unchanged`; an access-request hold on an
 *                  evidence hold is refused `on-hold` (the stronger stays).
 *                  Allowed on an archived message: a request for access may
 *                  come after filing, and the mail copy is still there.
 *   release-hold   lifts it and records who and when in `holdLifted`.
 *   mark-disposable sets the day from which the message may be deleted;
 *                  refused `on-hold` while a hold is on and `archived` once
 *                  archived (the mail copy of a filed message is deleted by
 *                  the "delete the mail copy" action, not by a mark). Taking
 *                  the mark away (`from: null`) is always allowed.
 *   keep-evidence  records the kept .eml's digest and places the `evidence`
 *                  hold; the disposable mark goes (evidence is never deleted).
 *   notified       recorded once; again is `unchanged` whoever it went to.
 *   reject         the signature template was sent; not on an archived message.
 */
import type { MessageClass } from '../classify/classify';
import type { HoldReason, ItemState, Person, RejectReason, Status } from './types';
import {
  cleanPerson,
  isAddress,
  isCleanText,
  isDueDate,
  isHoldReason,
  isMessageClass,
  isPerson,
  isRejectReason,
  isSha256,
  isStatus,
  normaliseInstant,
  sameAddress,
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
  | { readonly type: 'archive'; readonly archiveRef?: string }
  /** After the message went to the registry mailbox `to` at `at` (an ISO instant): not archived yet. */
  | { readonly type: 'send-to-registrar'; readonly to: string; readonly at: string }
  /**
   * On the message the registry mailbox received: the registrar registered
   * it as `archiveRef`. `originalUnmarked` names the original's mailbox when
   * the original could not be marked there (null: it was). Recorded again
   * with the same reference, it only updates `originalUnmarked`.
   */
  | {
      readonly type: 'register';
      readonly archiveRef: string;
      readonly originalUnmarked?: string | null;
    }
  /**
   * R13: place a hold (allowed on an archived message too: a request for
   * access may come after filing). Placing the same reason again is `unchanged`.
   */
  | { readonly type: 'hold'; readonly reason: HoldReason }
  /** R13: lift the hold; recorded in `holdLifted`. */
  | { readonly type: 'release-hold' }
  /** R13: may be deleted from `from` (`YYYY-MM-DD`); `null` takes the mark away. Refused while on hold. */
  | { readonly type: 'mark-disposable'; readonly from: string | null }
  /** R11: kept as evidence (`sha256` of the .eml); places the `evidence` hold too. */
  | { readonly type: 'keep-evidence'; readonly sha256: string }
  /** R11: the message was sent to `to` (manager or security contact). Recorded once: again is `unchanged`. */
  | { readonly type: 'notified'; readonly to: string }
  /** R9: answered from the signature template. */
  | { readonly type: 'reject'; readonly reason: RejectReason };

/** The actions an archived message still takes: they concern the mail copy, not the case. */
export const ALLOWED_WHEN_ARCHIVED: readonly StateAction['type'][] = [
  'register',
  'hold',
  'release-hold',
  'keep-evidence',
  'notified',
];

export type RefusalCode =
  /** Nothing would change; the client need not write. */
  | 'unchanged'
  /** The message is archived; changes belong in the case system. */
  | 'archived'
  | 'archive-only-by-archiving'
  | 'sent-only-by-sending'
  | 'invalid-transition'
  | 'invalid-assignee'
  | 'invalid-class'
  | 'invalid-due'
  | 'invalid-archive-ref'
  | 'invalid-registry'
  | 'invalid-actor'
  | 'invalid-time'
  /** R13: a hold is on; nothing may make the message disposable until it is lifted. */
  | 'on-hold'
  | 'invalid-hold'
  | 'invalid-disposable'
  | 'invalid-evidence'
  | 'invalid-recipient'
  | 'invalid-reason'
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
  'sent-to-registrar': [],
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

/** An action an archived message takes (taking the disposable mark away is one). */
function archivedMayTake(a: { type?: unknown; from?: unknown }): boolean {
  if (a.type === 'mark-disposable') return a.from === null;
  return (ALLOWED_WHEN_ARCHIVED as readonly unknown[]).includes(a.type);
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
  const a = action as StateAction | { type?: unknown };
  // A registration is recorded again (the original marked later), and the mail copy may be
  // held, released, kept as evidence or sent on; nothing else changes an archived message.
  if (state.status === 'archived' && !archivedMayTake(a)) return refuse('archived');

  let next: ItemState;
  const notices: NoticeCode[] = [];
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
      if (to === 'sent-to-registrar') return refuse('sent-only-by-sending');
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
    case 'send-to-registrar': {
      const s = a as { to?: unknown; at?: unknown };
      const sentAt = normaliseInstant(s.at);
      const to = typeof s.to === 'string' ? s.to.trim() : null;
      if (!isAddress(to) || sentAt === null) return refuse('invalid-registry');
      // The first forward is the one the registrar has; sending again sent nothing.
      if (
        state.status === 'sent-to-registrar' &&
        state.sentTo &&
        sameAddress(state.sentTo.address, to)
      )
        return refuse('unchanged');
      next = { ...state, status: 'sent-to-registrar', sentTo: { address: to, at: sentAt } };
      break;
    }
    case 'register': {
      const r = a as { archiveRef?: unknown; originalUnmarked?: unknown };
      const ref = typeof r.archiveRef === 'string' ? r.archiveRef.trim() : null;
      if (!isCleanText(ref)) return refuse('invalid-archive-ref');
      const unmarked = r.originalUnmarked ?? null;
      if (unmarked !== null && !isAddress(unmarked)) return refuse('invalid-registry');
      if (state.status === 'archived') {
        // Registered already: as something else, it stays so; as this, only the note changes.
        if (state.archiveRef !== ref) return refuse('archived');
        if ((state.originalUnmarked ?? null) === unmarked) return refuse('unchanged');
      }
      next = {
        ...without(without(state, 'archiveRef'), 'originalUnmarked'),
        status: 'archived',
        archiveRef: ref,
        ...(unmarked !== null ? { originalUnmarked: unmarked } : {}),
      };
      break;
    }
    case 'hold': {
      const reason = (a as { reason?: unknown }).reason;
      if (!isHoldReason(reason)) return refuse('invalid-hold');
      if (state.hold?.reason === reason) return refuse('unchanged');
      if (state.hold?.reason === 'evidence') return refuse('on-hold');
      next = { ...state, hold: { reason, by: who, at: new Date(at).toISOString() } };
      break;
    }
    case 'release-hold':
      if (!state.hold) return refuse('unchanged');
      next = { ...without(state, 'hold'), holdLifted: { by: who, at: new Date(at).toISOString() } };
      break;
    case 'mark-disposable': {
      const from = (a as { from?: unknown }).from;
      if (from === null) {
        if (state.disposableFrom === undefined) return refuse('unchanged');
        next = without(state, 'disposableFrom');
        break;
      }
      if (!isDueDate(from)) return refuse('invalid-disposable');
      if (state.hold) return refuse('on-hold');
      if (from === state.disposableFrom) return refuse('unchanged');
      next = { ...state, disposableFrom: from };
      break;
    }
    case 'keep-evidence': {
      const raw = (a as { sha256?: unknown }).sha256;
      const sha256 = typeof raw === 'string' ? raw.trim().toLowerCase() : null;
      if (!isSha256(sha256)) return refuse('invalid-evidence');
      if (state.evidence?.sha256 === sha256 && state.hold?.reason === 'evidence') {
        return refuse('unchanged');
      }
      const stamp = { by: who, at: new Date(at).toISOString() };
      next = {
        ...without(state, 'disposableFrom'),
        evidence: state.evidence?.sha256 === sha256 ? state.evidence : { ...stamp, sha256 },
        hold: state.hold?.reason === 'evidence' ? state.hold : { ...stamp, reason: 'evidence' },
      };
      break;
    }
    case 'notified': {
      const raw = (a as { to?: unknown }).to;
      const to = typeof raw === 'string' ? raw.trim() : null;
      if (!isAddress(to)) return refuse('invalid-recipient');
      if (state.notified) return refuse('unchanged');
      next = { ...state, notified: { by: who, at: new Date(at).toISOString(), to } };
      break;
    }
    case 'reject': {
      const reason = (a as { reason?: unknown }).reason;
      if (!isRejectReason(reason)) return refuse('invalid-reason');
      if (state.rejected?.reason === reason) return refuse('unchanged');
      next = { ...state, rejected: { by: who, at: new Date(at).toISOString(), reason } };
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
