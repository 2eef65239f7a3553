/**
 * "Lagre i saksarkiv" (R5, R26) from start to finish, whichever archive is
 * behind the connector:
 *
 *   1. the message's own state: already archived → its reference, nothing more
 *   2. the archive: already filed under this Message-ID → mark it, nothing more
 *   3. the message as Exchange holds it (Graph `…/$value`): the .eml, byte for
 *      byte, and the attachments the user chose, taken from that same MIME
 *   4. the connector files them and resolves only when the archive confirmed
 *      every document
 *   5. the item is marked archived (extended property, "Arkivert 2026/123-4",
 *      status Arkivert) — only now
 *
 * When the mark fails after the archive confirmed (the network went), the
 * result says so; doing it again finds the record in step 2 and marks it.
 *
 * Who the message is (issue 11): its Message-ID and a fingerprint
 * (core/archive/identity). "Already filed" only for a record with the same
 * fingerprint (or none: filed before fingerprints); a different message
 * reusing the Message-ID is filed as a record of its own under an external
 * id derived from both, and the result says so.
 *
 * The filing journal (services/filing-journal) is claimed on the item
 * before anything is made and handed to the connector, which records each
 * creating step in it; any pane resumes from it. A journal with steps
 * wins over the form: its choice and identity are what the archive
 * already holds parts of. It is cleared in the PATCH that marks the item.
 */
import { inspectAttachment } from '../core/attachments';
import { externalIdFor, messageFingerprint } from '../core/archive/identity';
import type { FilingJournal, MessageIdentity } from '../core/archive/journal';
import { hasProgress, JOURNAL_VERSION } from '../core/archive/journal';
import { parseEml } from '../core/mime/eml';
import type { ParsedEml } from '../core/mime/eml';
import type { Clock } from '../core/model';
import type {
  ArchiveConnector,
  ArchiveDocument,
  FilingOutcome,
  FilingProgress,
  ItemAddress,
} from '../core/ports';
import { ArchiveFailure } from './archive/errors';
import { documentsOf, requestOf } from './filing-request';
import type { AttachmentChoice, FilingChoice } from './filing-request';
import { CLEAR_JOURNAL, claimJournal, THIS_PANE } from './filing-journal';
import type { ItemJournal, Sleep } from './filing-journal';
import type { GraphClient } from './graph/client';
import { messagePath } from './graph/paths';
import type { StateAction } from '../core/state';
import { changeItemState, readItemState } from './item-state';
import type { ChangeContext, ChangeOutcome, ItemSnapshot } from './item-state';

export { documentsOf, memoryDocument, partiesOf } from './filing-request';
export type { AttachmentChoice, FilingChoice } from './filing-request';

export type FilingResult =
  /** The message carried our archive mark already: nothing was sent anywhere. */
  | { readonly kind: 'already-archived'; readonly reference: string | null }
  | {
      readonly kind: 'done';
      readonly outcome: FilingOutcome;
      /** The read pane's item, marked archived: its state now. */
      readonly snapshot?: ItemSnapshot;
      /** A draft being written: its subject with our reference. */
      readonly subject?: string;
      /** The archive has it, but marking the item or the draft failed: doing it again marks it. */
      readonly markError?: unknown;
      /**
       * `reused-message-id`: another message with this Message-ID is in the
       * archive; this one was filed (or found) under `externalId`, derived
       * from the Message-ID and its fingerprint.
       */
      readonly identity?: 'reused-message-id';
      readonly externalId?: string;
      /** The filing took up a journal an earlier attempt left (its choice, not the form's). */
      readonly resumed?: { readonly by: string; readonly started: string };
    };

/** The item could not be marked: the state refused the change, or someone changed the same field. */
export class MarkRefused extends Error {
  constructor(readonly outcome: Exclude<ChangeOutcome, { readonly kind: 'saved' }>) {
    super(
      `the item was not marked: ${outcome.kind === 'refused' ? outcome.refusal.code : 'conflict'}`,
    );
    this.name = 'MarkRefused';
  }
}

export class FilingRefused extends Error {
  constructor(
    /** Attachments chosen in the pane that the message no longer has. */
    readonly missing: readonly string[],
  ) {
    super(`attachments not found in the message: ${missing.join(', ')}`);
    this.name = 'FilingRefused';
  }
}

/** The user said no when warned of drafts: nothing was made. */
export class FilingCancelled extends Error {
  constructor() {
    super('filing cancelled');
    this.name = 'FilingCancelled';
  }
}

export interface FileMessageInput {
  readonly graph: GraphClient;
  readonly connector: ArchiveConnector;
  readonly item: ItemAddress;
  readonly choice: FilingChoice;
  readonly change: ChangeContext;
  readonly onProgress?: (p: FilingProgress) => void;
  /** This pane's id for the journal (default: one per JavaScript realm). */
  readonly pane?: string;
  /** The journal's clock: leases and heartbeats. */
  readonly clock: Clock;
  /** How the journal waits for another pane (tests); setTimeout by default. */
  readonly sleep?: Sleep;
  /** While another pane files this message, before this one takes over or it is done. */
  readonly onWait?: (theirs: FilingJournal) => void;
  /**
   * Our own documents (U, N) with draft markers are filed as "under
   * redigering" (dokumentstatus B): asked before anything is made, with the
   * attachments' names; false stops the filing (FilingCancelled). Without
   * it they are filed so without asking.
   */
  readonly confirmDrafts?: (names: readonly string[]) => Promise<boolean>;
}

/**
 * What the item becomes: archived with the record's reference, or, for the
 * registry mailbox, "sent to the registrar" (to whom, and when): it is
 * archived only once the registrar has registered it.
 */
function markOf(outcome: FilingOutcome, now: Date): StateAction {
  if (outcome.kind === 'forwarded') {
    return { type: 'send-to-registrar', to: outcome.to, at: outcome.at ?? now.toISOString() };
  }
  return { type: 'archive', archiveRef: outcome.reference };
}

async function mark(
  input: FileMessageInput,
  outcome: FilingOutcome,
  extra: Pick<FilingResult & { kind: 'done' }, 'identity' | 'externalId' | 'resumed'> = {},
): Promise<FilingResult & { kind: 'done' }> {
  try {
    const changed: ChangeOutcome = await changeItemState(
      input.graph,
      input.item,
      markOf(outcome, input.change.now),
      // The journal is cleared in the same PATCH: archived and unfinished are never both true.
      { ...input.change, alsoWrite: [...(input.change.alsoWrite ?? []), CLEAR_JOURNAL] },
    );
    // Refused or in conflict: the mark is not on the item, unless it is there already
    // (another pane marked it, or the registrar registered it meanwhile).
    const status = changed.snapshot.state.status;
    const wanted = outcome.kind === 'forwarded' ? 'sent-to-registrar' : 'archived';
    if (changed.kind !== 'saved' && status !== wanted && status !== 'archived') {
      return { kind: 'done', outcome, markError: new MarkRefused(changed), ...extra };
    }
    return { kind: 'done', outcome, snapshot: changed.snapshot, ...extra };
  } catch (e) {
    return { kind: 'done', outcome, markError: e, ...extra };
  }
}

/** Filings running in this pane, by pane and item: a second call joins the first (a double click). */
const running = new Map<string, Promise<FilingResult>>();

/**
 * File the message in the pane, once, and mark it archived once the archive
 * has it. A second call for the same item while the first runs gets the
 * first's result.
 */
export function fileMessage(input: FileMessageInput): Promise<FilingResult> {
  const key = `${input.pane ?? THIS_PANE}\u0000${input.item.mailbox.toLowerCase()}\u0000${input.item.restId}`;
  const now = running.get(key);
  if (now !== undefined) return now;
  const started = fileOnce(input).finally(() => running.delete(key));
  running.set(key, started);
  return started;
}

/** Names of our own attachments (U, N) that carry draft markers (R17). */
async function draftsOf(documents: readonly ArchiveDocument[]): Promise<Set<ArchiveDocument>> {
  const drafts = new Set<ArchiveDocument>();
  for (const d of documents) {
    if (d.role !== 'attachment' || !d.bytes) continue;
    const report = await inspectAttachment({
      name: d.name,
      bytes: d.bytes,
      size: d.size,
      contentType: d.mimeType,
    });
    if (report.draft) drafts.add(d);
  }
  return drafts;
}

async function fileOnce(input: FileMessageInput): Promise<FilingResult> {
  const { graph, connector, item } = input;
  const before = await readItemState(graph, item);
  if (before.state.status === 'archived') {
    return { kind: 'already-archived', reference: before.state.archiveRef ?? null };
  }
  const sentTo = before.state.sentTo;
  if (
    before.state.status === 'sent-to-registrar' &&
    sentTo !== undefined &&
    connector.kind === 'registry-mailbox'
  ) {
    // With the registrar already: nothing is sent or written again.
    return {
      kind: 'done',
      outcome: { kind: 'forwarded', to: sentTo.address, at: sentTo.at, earlier: true },
      snapshot: before,
    };
  }
  const mime = await graph.bytes(`${messagePath(item)}/$value`);
  const parsed = await parseEml(mime);
  // Without a Message-ID (rare: a broken sender) the item id stands in.
  const messageId = parsed.messageId ?? `<${item.restId}@arkivpost.invalid>`;
  const fingerprint = await messageFingerprint(parsed);
  const self: MessageIdentity = { messageId, fingerprint, externalId: messageId };

  // What the form asks, checked before anything is written anywhere.
  const asked = documentsOf(mime, parsed, input.choice.title, input.choice.attachments);
  if (asked.missing.length > 0) throw new FilingRefused(asked.missing);

  const wanted: FilingJournal = {
    v: JOURNAL_VERSION,
    connector: connector.kind,
    identity: self,
    choice: input.choice,
    started: input.change.now.toISOString(),
    by: input.change.actor.address,
    steps: [],
  };
  const claim = await claimJournal(graph, item, wanted, {
    pane: input.pane ?? THIS_PANE,
    clock: input.clock,
    ...(input.sleep ? { sleep: input.sleep } : {}),
    ...(input.onWait ? { onWait: input.onWait } : {}),
  });
  if (claim.kind === 'archived') {
    return { kind: 'already-archived', reference: claim.snapshot.state.archiveRef ?? null };
  }
  const journal = claim.journal;
  try {
    const result = await fileClaimed(input, journal, { mime, parsed, self, asked });
    // Marking failed: another pane may take it up (and only mark) at once.
    if (result.kind === 'done' && result.markError !== undefined) {
      await journal.release().catch(() => undefined);
    }
    return result;
  } catch (e) {
    // What was made stays in the journal, which no longer names this pane.
    await journal.release().catch(() => undefined);
    throw e;
  }
}

/** The filing once this pane holds the journal. */
async function fileClaimed(
  input: FileMessageInput,
  journal: ItemJournal,
  m: {
    readonly mime: Uint8Array;
    readonly parsed: ParsedEml;
    readonly self: MessageIdentity;
    readonly asked: ReturnType<typeof documentsOf>;
  },
): Promise<FilingResult> {
  const { connector } = input;
  const { mime, parsed, self, asked } = m;
  const { messageId, fingerprint } = self;
  const held = journal.journal;
  const resumed = hasProgress(held);
  // A journal with steps wins: its choice is what the archive holds parts of.
  const choice: FilingChoice = resumed ? held.choice : input.choice;
  const { documents, missing } = resumed
    ? documentsOf(mime, parsed, choice.title, choice.attachments)
    : asked;
  if (missing.length > 0) throw new FilingRefused(missing);
  const extra: Pick<FilingResult & { kind: 'done' }, 'identity' | 'externalId' | 'resumed'> =
    resumed ? { resumed: { by: held.by, started: held.started } } : {};

  let identity = held.identity;
  if (!resumed) {
    const decided = await decideIdentity(input, self);
    if (decided.kind === 'filed') {
      return mark(input, decided.outcome, decided.reused ? reusedOf(decided.externalId) : {});
    }
    identity = decided.identity;
    if (identity.externalId !== held.identity.externalId) await journal.setIdentity(identity);
  }

  let fileable = documents;
  if (choice.documentType !== 'I') {
    const drafts = await draftsOf(documents);
    if (drafts.size > 0) {
      if (!resumed && input.confirmDrafts) {
        const go = await input.confirmDrafts([...drafts].map((d) => d.name));
        if (!go) throw new FilingCancelled();
      }
      fileable = documents.map((d) => (drafts.has(d) ? { ...d, draft: true } : d));
    }
  }

  const date = parsed.receivedAt ?? input.change.now;
  const fileUnder = async (id: MessageIdentity): Promise<FilingOutcome> =>
    connector.file(
      requestOf(id.externalId, choice, parsed, fileable, date, id.fingerprint, input.item.mailbox),
      (p) => {
        journal.touch();
        input.onProgress?.(p);
      },
      journal,
    );
  let outcome: FilingOutcome;
  try {
    outcome = await fileUnder(identity);
  } catch (e) {
    // The Message-ID is on a record of another message that is not complete
    // (findFiled did not see it): this one goes under its own id, once.
    if (
      !(e instanceof ArchiveFailure) ||
      e.reason !== 'identity-taken' ||
      identity.externalId !== identity.messageId ||
      journal.journal.steps.some((x) => x.made !== undefined)
    ) {
      throw e;
    }
    identity = { ...identity, externalId: externalIdFor(messageId, fingerprint, true) };
    await journal.setIdentity(identity);
    const earlier = await connector.findFiled(identity.externalId);
    if (earlier !== null) {
      return mark(
        input,
        { kind: 'already-filed', reference: earlier.reference },
        reusedOf(identity.externalId),
      );
    }
    outcome = await fileUnder(identity);
  }
  const reused = identity.externalId !== identity.messageId;
  return mark(input, outcome, { ...extra, ...(reused ? reusedOf(identity.externalId) : {}) });
}

function reusedOf(externalId: string): { identity: 'reused-message-id'; externalId: string } {
  return { identity: 'reused-message-id', externalId };
}

type Decision =
  | { readonly kind: 'file'; readonly identity: MessageIdentity }
  | {
      readonly kind: 'filed';
      readonly outcome: FilingOutcome;
      readonly reused: boolean;
      readonly externalId: string;
    };

/**
 * Filed before? The record under the Message-ID with the same fingerprint
 * (or none: filed before fingerprints) is this message; one with another
 * fingerprint is another message, and this one goes under a derived id
 * (looked up first). A lookup that fails throws: never "not found".
 */
async function decideIdentity(input: FileMessageInput, self: MessageIdentity): Promise<Decision> {
  const { connector } = input;
  // The registry mailbox's connector finds its own earlier forward, and answers when it went:
  // it is asked again rather than marked archived from here.
  const asks = connector.kind === 'registry-mailbox';
  const earlier = await connector.findFiled(self.messageId);
  if (earlier === null) return { kind: 'file', identity: self };
  if (earlier.fingerprint === null || earlier.fingerprint === self.fingerprint) {
    if (asks) return { kind: 'file', identity: self };
    return {
      kind: 'filed',
      outcome: { kind: 'already-filed', reference: earlier.reference },
      reused: false,
      externalId: self.messageId,
    };
  }
  const externalId = externalIdFor(self.messageId, self.fingerprint, true);
  const mine = await connector.findFiled(externalId);
  if (mine !== null && !asks) {
    return {
      kind: 'filed',
      outcome: { kind: 'already-filed', reference: mine.reference },
      reused: true,
      externalId,
    };
  }
  return { kind: 'file', identity: { ...self, externalId } };
}

export interface DraftFilingInput {
  readonly connector: ArchiveConnector;
  /** The draft as an .eml (core/mime/write), carrying the Message-ID it will be filed under. */
  readonly mime: Uint8Array;
  readonly choice: FilingChoice;
  readonly now: Date;
  readonly onProgress?: (p: FilingProgress) => void;
}

/**
 * "Journalfør før sending" (R19): the draft, as it is now, with every
 * attachment, filed as the record's documents; found instead of filed again
 * when the archive already has its Message-ID (a retry after the subject
 * could not be changed).
 */
export async function fileDraft(input: DraftFilingInput): Promise<FilingOutcome> {
  const { connector, mime, choice } = input;
  const parsed = await parseEml(mime);
  const id = parsed.messageId;
  if (!id) throw new FilingRefused([]);
  const earlier = await connector.findFiled(id);
  if (earlier !== null) return { kind: 'already-filed', reference: earlier.reference };
  const all: AttachmentChoice[] = [];
  const seen = new Map<string, number>();
  for (const a of parsed.attachments) {
    if (a.inline) continue;
    const occurrence = seen.get(a.name) ?? 0;
    seen.set(a.name, occurrence + 1);
    all.push({ name: a.name, occurrence });
  }
  const { documents } = documentsOf(mime, parsed, choice.title, all);
  return connector.file(requestOf(id, choice, parsed, documents, input.now), input.onProgress);
}
