/**
 * .eml (RFC 5322 / MIME) into core's IncomingMessage, with core's own MIME
 * reader (read.ts): the command line, filing and the workbench read mail
 * with the same code as Outlook's send runtime and the read pane.
 */
import { notInspectedFindings } from '../attachments/message';
import type { AttachmentFinding } from '../attachments/types';
import type { Address, IncomingMessage, MessageAttachment } from '../message';
import { encodeUtf8 } from '../text/utf8';
import type { Meter } from '../metering/meter';
import { readMime } from './read';
import type { MimeAttachment, MimeMessage, MimeProblem } from './read';

export class MimeError extends Error {
  readonly code = 'mime.unreadable';
}

/** A message read from an .eml, with what could not be read in it. */
export interface ParsedEml extends IncomingMessage {
  /** Parts not read (nesting, part count, charset, structure): show them, never drop them. */
  readonly problems: readonly MimeProblem[];
  /** The same as `attachment.not-inspected` findings, for parseEml used as a MessageParser. */
  readonly findings: readonly AttachmentFinding[];
}

export interface EmlOptions {
  /** Counts the reader's work; with a deadline it stops it (OutOfTime). */
  readonly meter?: Meter;
  /** Attachments are decoded this far; their size is still the whole size. */
  readonly maxAttachmentBytes?: number;
}

const MESSAGE_HEADERS = [
  'from',
  'to',
  'subject',
  'date',
  'message-id',
  'received',
  'mime-version',
  'content-type',
  'sender',
  'return-path',
];

/** An attached message (message/rfc822): Outlook shows it as an item, never inline. */
export function isMessagePart(a: MimeAttachment): boolean {
  return a.contentType === 'message/rfc822' || a.contentType === 'message/global';
}

/** Shown in the body rather than as an attachment (an inline image). */
export function isInlinePart(a: MimeAttachment): boolean {
  return !isMessagePart(a) && (a.disposition === 'inline' || a.related);
}

/** The attachments of a read message as core's MessageAttachments; a part without a name gets one. */
export function messageAttachments(mime: MimeMessage): MessageAttachment[] {
  return mime.attachments.map((a, i) => ({
    name: a.name ?? (isMessagePart(a) ? `message-${i + 1}.eml` : `attachment-${i + 1}`),
    contentType: a.contentType,
    size: a.size,
    bytes: a.bytes,
    ...(isInlinePart(a) ? { inline: true } : {}),
  }));
}

/** The first value of each header field, by lower-case name. */
export function headerRecord(mime: MimeMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const h of mime.headers) {
    if (!Object.prototype.hasOwnProperty.call(headers, h.name)) headers[h.name] = h.value;
  }
  return headers;
}

/**
 * Parse raw message bytes. Throws MimeError when the bytes carry none of
 * the headers every mail system writes (a renamed file, junk); anything
 * else that cannot be read is in `problems`.
 */
export async function parseEml(
  raw: Uint8Array | string,
  options: EmlOptions = {},
): Promise<ParsedEml> {
  return incomingMessage(readEml(typeof raw === 'string' ? encodeUtf8(raw) : raw, options));
}

/** Read an .eml with core's MIME reader; MimeError when it carries no message headers. */
export function readEml(raw: Uint8Array, options: EmlOptions = {}): MimeMessage {
  const mime = readMime(raw, {
    ...(options.meter ? { meter: options.meter } : {}),
    ...(options.maxAttachmentBytes !== undefined
      ? { maxAttachmentBytes: options.maxAttachmentBytes }
      : {}),
  });
  if (!mime.headers.some((h) => MESSAGE_HEADERS.indexOf(h.name) >= 0)) {
    throw new MimeError('no message headers found');
  }
  return mime;
}

/** A read message as core's IncomingMessage. */
export function incomingMessage(mime: MimeMessage): ParsedEml {
  const from: Address | null = mime.from[0] ?? null;
  return {
    from,
    to: mime.to,
    cc: mime.cc,
    subject: mime.subject,
    body: mime.text,
    attachments: messageAttachments(mime),
    headers: headerRecord(mime),
    // The topmost Received header is the organisation's own server taking
    // the message in: by law that is when it arrived (R8, "inkommen när den
    // ligger i kommunens server").
    receivedAt: mime.received ?? mime.date,
    ...(mime.messageId ? { messageId: mime.messageId } : {}),
    ...(mime.deliveredTo ? { mailbox: mime.deliveredTo } : {}),
    problems: mime.problems,
    findings: notInspectedFindings(mime.problems),
  };
}
