/**
 * The registrar's side of the registry mailbox (R26): someone with access to
 * the registry mailbox opens a message Arkivpost sent on there, registers
 * it in the archive, and records the registration number in the pane.
 * Arkivpost then marks the original, in the mailbox it was sent on from, as
 * archived with that reference ("Registrerad som KS 2026/123"), and the
 * forward too.
 *
 * The forward names its original in Internet headers (core/archive
 * forwardHeaders; the body's labelled lines as a fall-back): its
 * Message-ID and mailbox. The original is found there over Graph by
 * `internetMessageId`.
 *
 * Once, whatever the network does: the original first, then the forward,
 * each through `changeItemState` (If-Match on the item's etag; a write whose
 * answer was lost is read back). Done again (a double click, a retry after
 * a failure, a second pane), what is marked already is left as it is.
 * When the registrar cannot reach the original's mailbox, the forward is
 * still registered and records which mailbox was not marked; the original
 * stays "sent to the registrar" until someone with access registers again.
 */
import {
  checkReference,
  normaliseReference,
  readForwardOrigin,
  REGISTRY_HEADERS,
} from '../core/archive';
import type { ForwardOrigin, ReferenceProblem } from '../core/archive';
import { fromExtendedProperties, STATE_EXPAND } from '../core/state';
import type { ItemState } from '../core/state';
import type { GraphClient } from './graph/client';
import { GraphFailure } from './graph/errors';
import { mailboxPath, messagePath } from './graph/paths';
import { changeItemState, readItemState } from './item-state';
import type { ChangeContext, ChangeOutcome, ItemRef, ItemSnapshot } from './item-state';

/** A message Arkivpost sent on to the registry mailbox, as the registrar's pane reads it. */
export interface RegistryForwardItem {
  readonly origin: ForwardOrigin;
  /** The forward's own state (registered already, or not). */
  readonly snapshot: ItemSnapshot;
}

/**
 * The original behind the message in the pane, or null when it is not a
 * forward of Arkivpost's. Throws GraphFailure when Graph cannot answer.
 */
export async function readRegistryForward(
  graph: GraphClient,
  ref: ItemRef,
): Promise<RegistryForwardItem | null> {
  const { value } = await graph.request<{
    internetMessageHeaders?: unknown;
    body?: { content?: unknown };
  }>('GET', `${messagePath(ref)}?$select=internetMessageHeaders,body`, {
    headers: { Prefer: 'outlook.body-content-type="text"' },
  });
  const origin = readForwardOrigin(value.internetMessageHeaders, value.body?.content);
  if (origin === null) return null;
  return { origin, snapshot: await readItemState(graph, ref) };
}

/** Why the original could not be marked. */
export type UnmarkedReason =
  /** The forward does not say which mailbox the original is in. */
  | 'unknown-mailbox'
  /** The registrar has no access to that mailbox. */
  | 'no-access'
  /** The mailbox has no message with that Message-ID (deleted, moved away). */
  | 'not-found'
  /** The original is archived already under another reference. */
  | 'archived-otherwise';

export type RegistrationResult =
  | { readonly kind: 'invalid'; readonly problem: ReferenceProblem }
  /** The forward was registered as another reference already; nothing was changed. */
  | {
      readonly kind: 'registered-otherwise';
      readonly reference: string;
      readonly forward: ItemSnapshot;
    }
  | {
      readonly kind: 'registered';
      readonly reference: string;
      /** The original's mailbox, when known. */
      readonly mailbox?: string;
      /** The original's state now: archived with the reference. */
      readonly original: ItemSnapshot;
      readonly forward: ItemSnapshot;
    }
  | {
      readonly kind: 'original-unmarked';
      readonly reference: string;
      readonly mailbox?: string;
      readonly reason: UnmarkedReason;
      /** The reference the original has, for `archived-otherwise`. */
      readonly otherReference?: string;
      readonly forward: ItemSnapshot;
    };

export interface RecordRegistrationInput {
  readonly graph: GraphClient;
  /** The forward, in the registry mailbox. */
  readonly forward: ItemRef;
  /** What the registrar typed: "KS 2026/123". */
  readonly reference: string;
  readonly change: ChangeContext;
}

/** A registration that could not be written: refused by the state, or someone wrote the same field. */
export class RegistrationRefused extends Error {
  constructor(readonly outcome: Exclude<ChangeOutcome, { readonly kind: 'saved' }>) {
    super(
      `the registration was not recorded: ${outcome.kind === 'refused' ? outcome.refusal.code : 'conflict'}`,
    );
    this.name = 'RegistrationRefused';
  }
}

/** The forward is not one of Arkivpost's: there is no original to mark. */
export class NotAForward extends Error {
  constructor() {
    super('the message is not a forward Arkivpost sent to the registry mailbox');
    this.name = 'NotAForward';
  }
}

/** An OData string literal's content: a quote is written twice. */
const literal = (s: string): string => s.replace(/'/g, "''");

interface Candidate {
  readonly id: string;
  readonly state: ItemState;
}

type Found =
  | { readonly kind: 'found'; readonly ref: ItemRef }
  | { readonly kind: 'unmarked'; readonly reason: 'no-access' | 'not-found' };

/** The original in its mailbox: the one message with its Message-ID that went to this registry. */
async function findOriginal(
  graph: GraphClient,
  mailbox: string,
  origin: ForwardOrigin,
  registry: string,
): Promise<Found> {
  const query = [
    `$filter=${encodeURIComponent(`internetMessageId eq '${literal(origin.messageId)}'`)}`,
    `$expand=${encodeURIComponent(STATE_EXPAND)}`,
    '$select=id',
    '$top=25',
  ].join('&');
  let list: { id?: unknown; singleValueExtendedProperties?: unknown }[];
  try {
    const { value } = await graph.request<{ value?: typeof list }>(
      'GET',
      `${mailboxPath(mailbox)}/messages?${query}`,
    );
    list = value.value ?? [];
  } catch (e) {
    if (e instanceof GraphFailure && (e.status === 403 || e.status === 401)) {
      return { kind: 'unmarked', reason: 'no-access' };
    }
    // A mailbox that does not exist for this user is one they cannot reach.
    if (e instanceof GraphFailure && e.status === 404)
      return { kind: 'unmarked', reason: 'no-access' };
    throw e;
  }
  const candidates: Candidate[] = list
    .filter(
      (m): m is { id: string; singleValueExtendedProperties?: unknown } => typeof m.id === 'string',
    )
    .map((m) => ({
      id: m.id,
      state: fromExtendedProperties(m.singleValueExtendedProperties).state,
    }));
  // A Message-ID may be reused: the one sent to this registry is the original; else the only one.
  const sent = candidates.filter(
    (c) => c.state.sentTo?.address.toLowerCase() === registry.toLowerCase(),
  );
  const chosen = sent.length > 0 ? sent : candidates.length === 1 ? candidates : [];
  const first = chosen[0];
  if (!first) return { kind: 'unmarked', reason: 'not-found' };
  return { kind: 'found', ref: { mailbox, restId: first.id } };
}

/**
 * Record the registrar's registration number on the forward and mark the
 * original archived with it. Throws GraphFailure (worth another try: what
 * was marked stays marked, nothing is marked twice), NotAForward, or
 * RegistrationRefused.
 */
export async function recordRegistration(
  input: RecordRegistrationInput,
): Promise<RegistrationResult> {
  const { graph, change } = input;
  const reference = normaliseReference(input.reference);
  if (reference === null) {
    return {
      kind: 'invalid',
      problem: checkReference(input.reference) ?? { code: 'reference.empty' },
    };
  }
  const item = await readRegistryForward(graph, input.forward);
  if (item === null) throw new NotAForward();
  const before = item.snapshot.state;
  if (
    before.status === 'archived' &&
    before.archiveRef !== undefined &&
    before.archiveRef !== reference
  ) {
    return { kind: 'registered-otherwise', reference: before.archiveRef, forward: item.snapshot };
  }
  const { origin } = item;
  const mailbox = origin.mailbox;

  let unmarked: { reason: UnmarkedReason; otherReference?: string } | null = null;
  let original: ItemSnapshot | null = null;
  if (mailbox === undefined) {
    unmarked = { reason: 'unknown-mailbox' };
  } else {
    const found = await findOriginal(graph, mailbox, origin, input.forward.mailbox);
    if (found.kind === 'unmarked') {
      unmarked = { reason: found.reason };
    } else {
      const marked = await changeItemState(
        graph,
        found.ref,
        { type: 'archive', archiveRef: reference },
        change,
      );
      const now = marked.snapshot.state;
      if (now.status === 'archived' && now.archiveRef === reference) original = marked.snapshot;
      else if (now.status === 'archived') {
        unmarked = {
          reason: 'archived-otherwise',
          ...(now.archiveRef !== undefined ? { otherReference: now.archiveRef } : {}),
        };
      } else if (marked.kind !== 'saved') throw new RegistrationRefused(marked);
    }
  }

  const registered = await changeItemState(
    graph,
    input.forward,
    {
      type: 'register',
      archiveRef: reference,
      originalUnmarked: unmarked !== null && mailbox !== undefined ? mailbox : null,
    },
    change,
  );
  const forward = registered.snapshot;
  if (forward.state.status !== 'archived' || forward.state.archiveRef !== reference) {
    if (forward.state.status === 'archived' && forward.state.archiveRef !== undefined) {
      return { kind: 'registered-otherwise', reference: forward.state.archiveRef, forward };
    }
    if (registered.kind !== 'saved') throw new RegistrationRefused(registered);
  }
  if (unmarked !== null || original === null) {
    return {
      kind: 'original-unmarked',
      reference,
      ...(mailbox !== undefined ? { mailbox } : {}),
      reason: unmarked?.reason ?? 'not-found',
      ...(unmarked?.otherReference !== undefined
        ? { otherReference: unmarked.otherReference }
        : {}),
      forward,
    };
  }
  return {
    kind: 'registered',
    reference,
    ...(mailbox !== undefined ? { mailbox } : {}),
    original,
    forward,
  };
}

/** The header names, for tests and support: what a forward of Arkivpost's carries. */
export const FORWARD_HEADER_NAMES: readonly string[] = Object.values(REGISTRY_HEADERS);
