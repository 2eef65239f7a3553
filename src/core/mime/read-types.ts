/**
 * What the MIME reader (read.ts) gives back: the message, its content,
 * attachments, header fields and problems, the reader's options and its
 * limits.
 */

import type { Address } from '../message';
import type { Meter } from '../metering/meter';

export const MIME_LIMITS = {
  /** Multiparts inside multiparts, in one message. */
  maxDepth: 50,
  /** Messages attached to attached messages (when they are read, `attachedMessages`). */
  maxMessages: 50,
  /** MIME entities (containers and leaves) in one message. */
  maxParts: 10_000,
} as const;

export type MimeProblemReason = 'nesting' | 'parts' | 'encoding' | 'format';

/** Something in the message that was not read: the caller shows it as "not inspected". */
export interface MimeProblem {
  readonly reason: MimeProblemReason;
  /** The file it concerns, when it has a name. */
  readonly entry?: string;
}

export interface HeaderField {
  /** Lower case. */
  readonly name: string;
  /** Unfolded; 8-bit bytes read as UTF-8 (or windows-1252); encoded words left as they are. */
  readonly value: string;
}

export interface MimeAttachment {
  /** The file name (RFC 2231 and encoded words decoded), or null when the part has none. */
  readonly name: string | null;
  /** `type/subtype` in lower case. */
  readonly contentType: string;
  /** The decoded content, or its first `maxAttachmentBytes` bytes. */
  readonly bytes: Uint8Array;
  /** Decoded size of the whole content. */
  readonly size: number;
  readonly disposition: 'attachment' | 'inline' | null;
  /** Inside a multipart/related with a Content-ID: a resource of the HTML body (an inline image). */
  readonly related: boolean;
  readonly contentId?: string;
  /**
   * An attached message (message/rfc822), read in the same pass as the
   * message it is attached to, when `attachedMessages` asks for it.
   */
  readonly message?: MimeContent;
  /** Why an attached message was not read (a limit was met), when it was asked for. */
  readonly notRead?: 'nesting' | 'parts';
}

/** A message's content: what the checks read. */
export interface MimeContent {
  /** The top-level header fields in order. */
  readonly headers: readonly HeaderField[];
  /** True when the input starts with at least one header field. */
  readonly hasHeaders: boolean;
  readonly subject: string;
  /** The body as plain text: text/plain parts, or HTML as text where a part has only HTML. */
  readonly text: string;
  /** The HTML parts, when asked for (`keepHtml`) and there are any; else null. */
  readonly html: string | null;
  readonly attachments: readonly MimeAttachment[];
  readonly problems: readonly MimeProblem[];
  /** MIME entities read. */
  readonly parts: number;
}

/** A whole message: its content, addresses and dates. */
export interface MimeMessage extends MimeContent {
  readonly from: readonly Address[];
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  readonly bcc: readonly Address[];
  readonly replyTo: readonly Address[];
  /** The Date header, or null when missing or not a date. */
  readonly date: Date | null;
  /** The date of the topmost Received header (the receiving server's), or null. */
  readonly received: Date | null;
  readonly messageId?: string;
  readonly inReplyTo?: string;
  readonly references?: string;
  readonly deliveredTo?: string;
}

export interface ReadOptions {
  /** Counts the work (a step per byte and line); with a deadline it throws OutOfTime. */
  readonly meter?: Meter;
  readonly maxDepth?: number;
  readonly maxMessages?: number;
  readonly maxParts?: number;
  /** Attachments are decoded this far (their size is still counted in full). */
  readonly maxAttachmentBytes?: number;
  /** Keep the HTML of the body in `html` (otherwise only its text is kept). */
  readonly keepHtml?: boolean;
  /**
   * Read attached messages (message/rfc822) too, in the same pass: their
   * nesting counts towards `maxDepth` with the multiparts, and their parts
   * towards `maxParts`. Each comes back as its attachment's `message`.
   */
  readonly attachedMessages?: boolean;
}
