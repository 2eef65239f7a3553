/**
 * Two people acting on the same message at once (R6, a shared "Sakspost"):
 * the client reads the state with the message's changeKey, and when its
 * write is refused because the changeKey moved on, it reads the message
 * again and calls `mergeOnConflict(base, mine, theirs)`:
 *
 * - base:   the state the user saw when they acted;
 * - mine:   what their action made of it;
 * - theirs: what is on the message now.
 *
 * Changes to different fields are merged and the user is told what the other
 * person did; when both changed the same field differently, nothing is
 * written and the user is shown the other person's change to decide again.
 * Nothing is lost either way. One exception: a status that records a fact
 * (sent to the registrar, archived) replaces a person's status set in the
 * meantime ("Ferdig"), since the message is where that fact says.
 *
 * Only the last writer is recorded on the message (`updatedBy`/`updatedAt`),
 * so every change seen in `theirs` is attributed to them.
 */
import type {
  ClassState,
  Evidence,
  Hold,
  ItemState,
  Notified,
  Person,
  Rejected,
  SentTo,
  Stamp,
  StateField,
  Status,
} from './types';
import { STATE_FIELDS } from './types';
import {
  sameClass,
  sameEvidence,
  sameHold,
  sameLifted,
  sameNotified,
  samePerson,
  sameRejected,
  sameSentTo,
} from './values';

interface Who {
  /** The last writer of `theirs`, when known. */
  readonly by?: Person;
  /** When they wrote, an ISO instant, when known. */
  readonly at?: string;
}

export type StateChange = Who &
  (
    | { readonly field: 'status'; readonly from: Status; readonly to: Status }
    | { readonly field: 'assignee'; readonly from?: Person; readonly to?: Person }
    | { readonly field: 'class'; readonly from?: ClassState; readonly to?: ClassState }
    | { readonly field: 'due'; readonly from?: string; readonly to?: string }
    | { readonly field: 'archiveRef'; readonly from?: string; readonly to?: string }
    | { readonly field: 'sentTo'; readonly from?: SentTo; readonly to?: SentTo }
    | { readonly field: 'originalUnmarked'; readonly from?: string; readonly to?: string }
    | { readonly field: 'hold'; readonly from?: Hold; readonly to?: Hold }
    | { readonly field: 'holdLifted'; readonly from?: Stamp; readonly to?: Stamp }
    | { readonly field: 'disposableFrom'; readonly from?: string; readonly to?: string }
    | { readonly field: 'evidence'; readonly from?: Evidence; readonly to?: Evidence }
    | { readonly field: 'notified'; readonly from?: Notified; readonly to?: Notified }
    | { readonly field: 'rejected'; readonly from?: Rejected; readonly to?: Rejected }
  );

function sameField(field: StateField, a: ItemState, b: ItemState): boolean {
  switch (field) {
    case 'status':
      return a.status === b.status;
    case 'assignee':
      return samePerson(a.assignee, b.assignee);
    case 'class':
      return sameClass(a.class, b.class);
    case 'due':
      return a.due === b.due;
    case 'archiveRef':
      return a.archiveRef === b.archiveRef;
    case 'sentTo':
      return sameSentTo(a.sentTo, b.sentTo);
    case 'originalUnmarked':
      return a.originalUnmarked === b.originalUnmarked;
    // R9, R11, R13: compared by what they mean, so two people doing the same at once agree.
    case 'hold':
      return sameHold(a.hold, b.hold);
    case 'holdLifted':
      return sameLifted(a.holdLifted, b.holdLifted);
    case 'disposableFrom':
      return a.disposableFrom === b.disposableFrom;
    case 'evidence':
      return sameEvidence(a.evidence, b.evidence);
    case 'notified':
      return sameNotified(a.notified, b.notified);
    case 'rejected':
      return sameRejected(a.rejected, b.rejected);
  }
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function change(field: StateField, base: ItemState, theirs: ItemState, who: Who): StateChange {
  switch (field) {
    case 'status':
      return { field, from: base.status, to: theirs.status, ...who };
    case 'assignee':
      return { field, ...opt('from', base.assignee), ...opt('to', theirs.assignee), ...who };
    case 'class':
      return { field, ...opt('from', base.class), ...opt('to', theirs.class), ...who };
    case 'due':
      return { field, ...opt('from', base.due), ...opt('to', theirs.due), ...who };
    case 'archiveRef':
      return { field, ...opt('from', base.archiveRef), ...opt('to', theirs.archiveRef), ...who };
    case 'sentTo':
      return { field, ...opt('from', base.sentTo), ...opt('to', theirs.sentTo), ...who };
    case 'originalUnmarked':
      return {
        field,
        ...opt('from', base.originalUnmarked),
        ...opt('to', theirs.originalUnmarked),
        ...who,
      };
    case 'hold':
      return { field, ...opt('from', base.hold), ...opt('to', theirs.hold), ...who };
    case 'holdLifted':
      return { field, ...opt('from', base.holdLifted), ...opt('to', theirs.holdLifted), ...who };
    case 'disposableFrom':
      return {
        field,
        ...opt('from', base.disposableFrom),
        ...opt('to', theirs.disposableFrom),
        ...who,
      };
    case 'evidence':
      return { field, ...opt('from', base.evidence), ...opt('to', theirs.evidence), ...who };
    case 'notified':
      return { field, ...opt('from', base.notified), ...opt('to', theirs.notified), ...who };
    case 'rejected':
      return { field, ...opt('from', base.rejected), ...opt('to', theirs.rejected), ...who };
  }
}

/** The fields that differ between two states, in a fixed order. */
export function changedFields(a: ItemState, b: ItemState): StateField[] {
  return STATE_FIELDS.filter((f) => !sameField(f, a, b));
}

/**
 * What changed from `base` to `theirs`, each change with who made it and
 * when (the last writer of `theirs`), e.g. to say "Per Hansen set the status
 * to Ferdig at 10:42".
 */
export function diffStates(base: ItemState, theirs: ItemState): StateChange[] {
  const who: Who = { ...opt('by', theirs.updatedBy), ...opt('at', theirs.updatedAt) };
  return changedFields(base, theirs).map((f) => change(f, base, theirs, who));
}

export type MergeResult =
  | {
      readonly ok: true;
      /** The state to write: theirs, with my changes on top; my name as the last writer. */
      readonly state: ItemState;
      /** What the other person changed, to tell the user. */
      readonly theirs: readonly StateChange[];
    }
  | {
      readonly ok: false;
      /** The fields both changed, differently (or `status`, when theirs archived the message). */
      readonly conflicts: readonly StateField[];
      readonly theirs: readonly StateChange[];
    };

/**
 * How far a status says the message has come outside the mailbox: a
 * person's status (Ny, Under behandling, Ferdig) is an opinion, "sent to
 * the registrar" and "archived" are facts the archive and the registry
 * mailbox stand behind.
 */
const REACH: { readonly [S in Status]: number } = {
  new: 0,
  'in-progress': 0,
  done: 0,
  'sent-to-registrar': 1,
  archived: 2,
};

/** My status replaces a person's status set meanwhile when mine is a fact further on. */
function statusWins(mine: Status, theirs: Status): boolean {
  return REACH[mine] > 0 && REACH[mine] > REACH[theirs];
}

function copyField(target: Record<string, unknown>, source: ItemState, field: StateField): void {
  const value = source[field];
  if (value === undefined) delete target[field];
  else target[field] = value;
}

/** What an archived message still takes from me (transitions.ts, ALLOWED_WHEN_ARCHIVED). */
function archivedTakes(field: StateField, mine: ItemState): boolean {
  if (field === 'disposableFrom') return mine.disposableFrom === undefined;
  return field === 'hold' || field === 'holdLifted' || field === 'evidence' || field === 'notified';
}

/**
 * Three-way merge of one user's change with what another user wrote in the
 * meantime. Never throws.
 */
export function mergeOnConflict(base: ItemState, mine: ItemState, theirs: ItemState): MergeResult {
  const theirChanges = diffStates(base, theirs);
  const theirFields = new Set(theirChanges.map((c) => c.field));
  const myFields = changedFields(base, mine);

  const conflicts = myFields.filter(
    (f) =>
      theirFields.has(f) &&
      !sameField(f, mine, theirs) &&
      !(f === 'status' && statusWins(mine.status, theirs.status)),
  );
  // An archived message is final: whatever I changed meanwhile must be looked at again,
  // except what an archived message still takes (a hold, evidence, the notice).
  const final = myFields.filter((f) => !archivedTakes(f, mine));
  if (theirs.status === 'archived' && base.status !== 'archived' && final.length > 0) {
    for (const f of final) if (!conflicts.includes(f)) conflicts.push(f);
    if (!conflicts.includes('status')) conflicts.push('status');
  }
  // A hold placed meanwhile: my disposable mark is refused, as it would have been had I seen it.
  if (
    theirs.hold &&
    !base.hold &&
    mine.disposableFrom !== undefined &&
    myFields.includes('disposableFrom') &&
    !conflicts.includes('disposableFrom')
  ) {
    conflicts.push('disposableFrom');
  }
  if (conflicts.length > 0) {
    const order = (f: StateField): number => STATE_FIELDS.indexOf(f);
    return {
      ok: false,
      conflicts: conflicts.sort((a, b) => order(a) - order(b)),
      theirs: theirChanges,
    };
  }

  const merged: Record<string, unknown> = { ...theirs };
  // Where both did the same (two holds placed at once, the notice recorded twice), the first
  // written stays: who placed the hold is who was first.
  for (const f of myFields) {
    if (!theirFields.has(f) || !sameField(f, mine, theirs)) copyField(merged, mine, f);
  }
  if (myFields.length > 0) {
    if (mine.updatedBy) merged.updatedBy = mine.updatedBy;
    if (mine.updatedAt) merged.updatedAt = mine.updatedAt;
  }
  return { ok: true, state: merged as unknown as ItemState, theirs: theirChanges };
}
