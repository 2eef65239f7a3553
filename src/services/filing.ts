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
 */
import type { IncomingMessage } from '../core/message';
import { parseEml } from '../core/mime/eml';
import type {
  ArchiveConnector,
  ArchiveDocument,
  ArchiveParty,
  FilingOutcome,
  FilingProgress,
  FilingRequest,
  ItemAddress,
} from '../core/ports';
import type { GraphClient } from './graph/client';
import type { StateAction } from '../core/state';
import { changeItemState, readItemState } from './item-state';
import type { ChangeContext, ChangeOutcome, ItemSnapshot } from './item-state';

/** An attachment as the user sees it in the list, and picks it. */
export interface AttachmentChoice {
  readonly name: string;
  /** Which of the attachments with this name (0 for the first). */
  readonly occurrence: number;
}

export interface FilingChoice {
  readonly case: FilingRequest['case'];
  readonly documentType: FilingRequest['documentType'];
  readonly title: string;
  readonly restriction?: FilingRequest['restriction'];
  /** The attachments that go along; the message itself always does. */
  readonly attachments: readonly AttachmentChoice[];
}

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
    };

const CHUNK = 1024 * 1024;

/** A document whose bytes are in memory, handed out in 1 MiB pieces. */
export function memoryDocument(
  name: string,
  mimeType: string,
  role: ArchiveDocument['role'],
  bytes: Uint8Array,
): ArchiveDocument {
  return {
    name,
    mimeType,
    role,
    size: bytes.byteLength,
    bytes,
    async *chunks() {
      for (let at = 0; at < bytes.byteLength; at += CHUNK) {
        yield bytes.subarray(at, Math.min(bytes.byteLength, at + CHUNK));
      }
    },
  };
}

/** A file name from a title: what file systems and archives refuse is replaced. */
export function fileNameOf(title: string, extension: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/["*:<>?/\\|#%~&{}]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 120)
    .trim();
  return `${base || 'melding'}.${extension}`;
}

/**
 * The documents to file: the message as one .eml (the bytes Exchange has,
 * unchanged), then each chosen attachment from the same MIME.
 */
export function documentsOf(
  mime: Uint8Array,
  parsed: IncomingMessage,
  title: string,
  chosen: readonly AttachmentChoice[],
): { documents: ArchiveDocument[]; missing: string[] } {
  const documents: ArchiveDocument[] = [
    memoryDocument(fileNameOf(title, 'eml'), 'message/rfc822', 'main', mime),
  ];
  const seen = new Map<string, number>();
  const wanted = new Set(chosen.map((c) => `${c.occurrence}\u0000${c.name}`));
  const found = new Set<string>();
  for (const a of parsed.attachments) {
    if (a.inline) continue;
    const occurrence = seen.get(a.name) ?? 0;
    seen.set(a.name, occurrence + 1);
    const key = `${occurrence}\u0000${a.name}`;
    if (!wanted.has(key) || !a.bytes) continue;
    found.add(key);
    documents.push(
      memoryDocument(a.name, a.contentType ?? 'application/octet-stream', 'attachment', a.bytes),
    );
  }
  const missing = chosen
    .filter((c) => !found.has(`${c.occurrence}\u0000${c.name}`))
    .map((c) => c.name);
  return { documents, missing };
}

/** Sender and recipients as the record's parties: incoming names the sender, outgoing the recipients. */
export function partiesOf(
  message: {
    readonly from: { readonly name?: string; readonly address: string } | null;
    readonly to: readonly { readonly name?: string; readonly address: string }[];
    readonly cc: readonly { readonly name?: string; readonly address: string }[];
  },
  documentType: FilingRequest['documentType'],
): ArchiveParty[] {
  const party = (a: { name?: string; address: string }, role: ArchiveParty['role']) => ({
    name: a.name?.trim() || a.address,
    address: a.address,
    role,
  });
  if (documentType === 'I') return message.from ? [party(message.from, 'sender')] : [];
  return [...message.to, ...message.cc].map((a) => party(a, 'recipient'));
}

/** What the connector is asked to file: the user's choice, the message's parties and documents. */
function requestOf(
  messageId: string,
  choice: FilingChoice,
  parsed: IncomingMessage,
  documents: readonly ArchiveDocument[],
  date: Date,
  mailbox?: string,
): FilingRequest {
  return {
    messageId,
    ...(mailbox
      ? {
          source: {
            mailbox,
            ...(parsed.messageId ? { internetMessageId: parsed.messageId } : {}),
          },
        }
      : {}),
    case: choice.case,
    documentType: choice.documentType,
    title: choice.title.trim(),
    ...(choice.restriction ? { restriction: choice.restriction } : {}),
    parties: partiesOf(parsed, choice.documentType),
    documents,
    date: date.toISOString(),
  };
}

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

export interface FileMessageInput {
  readonly graph: GraphClient;
  readonly connector: ArchiveConnector;
  readonly item: ItemAddress;
  readonly choice: FilingChoice;
  readonly change: ChangeContext;
  readonly onProgress?: (p: FilingProgress) => void;
}

function messagePath(item: ItemAddress): string {
  return `/users/${encodeURIComponent(item.mailbox)}/messages/${encodeURIComponent(item.restId)}`;
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
): Promise<FilingResult & { kind: 'done' }> {
  try {
    const changed: ChangeOutcome = await changeItemState(
      input.graph,
      input.item,
      markOf(outcome, input.change.now),
      input.change,
    );
    // Refused or in conflict: the mark is not on the item, unless it is there already
    // (another pane marked it, or the registrar registered it meanwhile).
    const status = changed.snapshot.state.status;
    const wanted = outcome.kind === 'forwarded' ? 'sent-to-registrar' : 'archived';
    if (changed.kind !== 'saved' && status !== wanted && status !== 'archived') {
      return { kind: 'done', outcome, markError: new MarkRefused(changed) };
    }
    return { kind: 'done', outcome, snapshot: changed.snapshot };
  } catch (e) {
    return { kind: 'done', outcome, markError: e };
  }
}

/** File the message in the pane, once, and mark it archived once the archive has it. */
export async function fileMessage(input: FileMessageInput): Promise<FilingResult> {
  const { graph, connector, item, choice } = input;
  const before = await readItemState(graph, item);
  if (before.state.status === 'archived') {
    return { kind: 'already-archived', reference: before.state.archiveRef ?? null };
  }
  const mime = await graph.bytes(`${messagePath(item)}/$value`);
  const parsed = await parseEml(mime);
  const { documents, missing } = documentsOf(mime, parsed, choice.title, choice.attachments);
  if (missing.length > 0) throw new FilingRefused(missing);
  const id = parsed.messageId;
  // The registry mailbox's connector finds its own earlier forward, and answers when it went.
  if (id && connector.kind !== 'registry-mailbox') {
    const earlier = await connector.findFiled(id);
    if (earlier !== null)
      return mark(input, { kind: 'already-filed', reference: earlier.reference });
  }
  const request = requestOf(
    // Without a Message-ID (rare: a broken sender) the item id stands in.
    id ?? `<${item.restId}@arkivpost.invalid>`,
    choice,
    parsed,
    documents,
    parsed.receivedAt ?? input.change.now,
    item.mailbox,
  );
  const outcome = await connector.file(request, input.onProgress);
  return mark(input, outcome);
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
