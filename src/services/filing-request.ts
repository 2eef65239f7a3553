/**
 * What a filing asks the connector for, made from the message and the
 * user's choice: the documents (the .eml as Exchange holds it, then the
 * chosen attachments from the same MIME), their file names, the parties,
 * and the request itself.
 */
import { safeFileName } from '../core/archive/file-name';
import type { IncomingMessage } from '../core/message';
import type { ArchiveDocument, ArchiveParty, FilingRequest } from '../core/ports';

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
    memoryDocument(
      safeFileName(title, 'eml', { fallback: 'melding' }),
      'message/rfc822',
      'main',
      mime,
    ),
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
export function requestOf(
  messageId: string,
  choice: FilingChoice,
  parsed: IncomingMessage,
  documents: readonly ArchiveDocument[],
  date: Date,
  fingerprint?: string,
  mailbox?: string,
): FilingRequest {
  return {
    messageId,
    ...(fingerprint !== undefined ? { fingerprint } : {}),
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
