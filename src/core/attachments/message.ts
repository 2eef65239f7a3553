/**
 * Attached messages (.eml, message/rfc822): subject, body text and their own
 * attachments, read by core's MIME reader (core/mime/read.ts), the same one
 * the command line uses, so Outlook's send runtime, the read pane and
 * `arkivpost check` see the same message. What the reader could not read
 * (nesting, part count, charsets) comes back as `attachment.not-inspected`
 * findings for the attachment.
 */
import type { MessageAttachment } from '../message';
import { readMimeContent } from '../mime/read';
import type { MimeContent, MimeProblem } from '../mime/read';
import type { Meter } from '../metering/meter';
import type { AttachmentFinding } from './types';

export interface ParsedMessage {
  readonly subject: string;
  /** Plain text of the body (HTML already turned into text). */
  readonly body: string;
  readonly attachments: readonly ParsedAttachment[];
  /** What was not read in the message (`attachment.not-inspected` with its reason). */
  readonly findings?: readonly AttachmentFinding[];
}

/** An attachment of a parsed message; an attached message comes already read. */
export interface ParsedAttachment extends MessageAttachment {
  /** The attached message (message/rfc822), read in the same pass as its parent. */
  readonly message?: ParsedMessage;
}

/** Another MIME parser for attached messages, where a host wants its own. */
export type MessageParser = (raw: Uint8Array) => Promise<ParsedMessage>;

export interface ReadMessageOptions {
  /** Counts the reader's work; with a deadline it stops it (OutOfTime propagates). */
  readonly meter?: Meter;
  /** Attachments of the message are decoded this far (their size is still the whole size). */
  readonly maxAttachmentBytes?: number;
}

/** The reader's problems as attachment findings. */
export function notInspectedFindings(problems: readonly MimeProblem[]): AttachmentFinding[] {
  return problems.map((p) => ({
    code: 'attachment.not-inspected' as const,
    params: p.entry !== undefined ? { reason: p.reason, entry: p.entry } : { reason: p.reason },
  }));
}

/**
 * Read an attached message with core's MIME reader, and the messages
 * attached to it, and theirs, in one pass over the bytes: messages in
 * messages count towards the reader's nesting limit (MIME_LIMITS.maxDepth,
 * with the multiparts inside each) and share its part limit. Past a limit an
 * attached message comes back empty with an `attachment.not-inspected`
 * finding, so it is not read again from the start. Never throws on
 * malformed input.
 */
export function readMessageSimple(
  raw: Uint8Array,
  options: ReadMessageOptions = {},
): ParsedMessage {
  const mime = readMimeContent(raw, {
    ...(options.meter ? { meter: options.meter } : {}),
    ...(options.maxAttachmentBytes !== undefined
      ? { maxAttachmentBytes: options.maxAttachmentBytes }
      : {}),
    attachedMessages: true,
  });
  return parsedFrom(mime, notInspectedFindings(mime.problems));
}

function notRead(reason: 'nesting' | 'parts'): ParsedMessage {
  return {
    subject: '',
    body: '',
    attachments: [],
    findings: [{ code: 'attachment.not-inspected', params: { reason } }],
  };
}

function parsedFrom(mime: MimeContent, findings: readonly AttachmentFinding[]): ParsedMessage {
  const attachments: ParsedAttachment[] = mime.attachments.map((a) => {
    const isMessage = a.contentType === 'message/rfc822' || a.contentType === 'message/global';
    const attachment: MessageAttachment = {
      name: a.name ?? (isMessage ? 'message.eml' : 'attachment'),
      contentType: a.contentType,
      size: a.size,
      bytes: a.bytes,
    };
    if (!isMessage) return attachment;
    const message = a.message ? parsedFrom(a.message, []) : notRead(a.notRead ?? 'nesting');
    return { ...attachment, message };
  });
  return {
    subject: mime.subject,
    body: mime.text,
    attachments,
    ...(findings.length > 0 ? { findings } : {}),
  };
}

const MESSAGE_FIELDS = [
  'from',
  'subject',
  'date',
  'message-id',
  'received',
  'mime-version',
  'return-path',
  'to',
];

/**
 * Does this look like a message: at least two header fields first, one of
 * them a field every mail has? Looks at the first 2 KB only.
 */
export function looksLikeMessage(b: Uint8Array): boolean {
  const end = Math.min(b.length, 2048);
  let pos = 0;
  let fields = 0;
  let known = false;
  while (pos < end) {
    let le = pos;
    while (le < end && b[le] !== 0x0a && b[le] !== 0x0d) le++;
    if (le >= end && end < b.length) break;
    if (le === pos) break;
    const c = b[pos] as number;
    if (c === 0x20 || c === 0x09) {
      if (fields === 0) return false;
    } else {
      let i = pos;
      while (i < le && b[i] !== 0x3a) {
        const d = b[i] as number;
        const word =
          (d >= 0x30 && d <= 0x39) ||
          d === 0x2d ||
          d === 0x5f ||
          ((d | 0x20) >= 0x61 && (d | 0x20) <= 0x7a);
        if (!word) return fields >= 2 && known;
        i++;
      }
      if (i >= le || i === pos) return fields >= 2 && known;
      fields++;
      let name = '';
      for (let k = pos; k < i && k - pos < 16; k++)
        name += String.fromCharCode((b[k] as number) | 0x20);
      if (MESSAGE_FIELDS.indexOf(name) >= 0) known = true;
    }
    pos = le < end && b[le] === 0x0d && b[le + 1] === 0x0a ? le + 2 : le + 1;
  }
  return fields >= 2 && known;
}
