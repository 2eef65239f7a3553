/**
 * A message as a request gives it to the emulator's mail endpoints
 * (mail.ts): body, subject, recipients, extended properties, internet
 * headers and file attachments, each checked as Graph checks it.
 */

import { GraphError, badRequest, noProperty } from './errors';
import { readExtendedProperty } from './props';
import type { ExtendedProperty } from './props';
import { readEnum, noBoolean, readRecipients, access, readCategories } from './context';
import type { Ctx } from './context';
import type { Recipient, InternetHeader, AttachmentInfo, MailboxRecord } from './store';

// ---------------------------------------------------------------- what a request writes

/** Properties a new message (draft, sendMail) may carry. */
const MESSAGE_KEYS = new Set([
  'subject',
  'body',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'from',
  'importance',
  'categories',
  'singleValueExtendedProperties',
  'internetMessageHeaders',
  'isDeliveryReceiptRequested',
  'isReadReceiptRequested',
  'attachments',
  'flag',
]);

interface MessageInput {
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
  readonly to: Recipient[];
  readonly cc: Recipient[];
  readonly bcc: Recipient[];
  readonly replyTo: Recipient[];
  readonly importance: 'low' | 'normal' | 'high';
  readonly categories: string[];
  readonly extended: ExtendedProperty[];
  readonly headers: InternetHeader[];
  readonly attachments: AttachmentInfo[];
  /** The mailbox it is from: the one in the URL, or one the user may send as. */
  readonly fromBox: MailboxRecord;
}

export function readBody(v: unknown): { text: string; html: string | null } {
  if (v === undefined || v === null) return { text: '', html: null };
  const b = v as { contentType?: unknown; content?: unknown };
  const type = readEnum(b.contentType ?? 'text', 'body.contentType', ['text', 'html'] as const);
  if (typeof b.content !== 'string') {
    throw new GraphError(400, 'RequestBodyRead', 'body.content must be a string.');
  }
  return type === 'html' ? { text: '', html: b.content } : { text: b.content, html: null };
}

export function readSubject(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string')
    throw new GraphError(400, 'RequestBodyRead', 'subject must be a string.');
  return v;
}

function readExtended(v: unknown): ExtendedProperty[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    throw new GraphError(400, 'RequestBodyRead', 'singleValueExtendedProperties must be an array.');
  }
  return v.map((p: unknown) => readExtendedProperty(p).prop);
}

/**
 * `internetMessageHeaders` of a new message: Graph takes only custom
 * headers, whose names begin with `x-`, as `{ name, value }` strings.
 */
function readHeaders(v: unknown): InternetHeader[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    throw new GraphError(400, 'RequestBodyRead', 'internetMessageHeaders must be an array.');
  }
  return v.map((h: unknown) => {
    const { name, value } = (typeof h === 'object' && h !== null ? h : {}) as {
      name?: unknown;
      value?: unknown;
    };
    if (typeof name !== 'string' || typeof value !== 'string') {
      throw new GraphError(400, 'RequestBodyRead', 'A header needs a string name and value.');
    }
    if (!/^x-[!-9;-~]+$/i.test(name) || !/^[\x20-\x7e]*$/.test(value)) {
      throw new GraphError(
        400,
        'InvalidInternetMessageHeader',
        `The internet message header name '${name.slice(0, 64)}' should start with 'x-' or 'X-'.`,
      );
    }
    return { name, value };
  });
}

/** A `#microsoft.graph.fileAttachment` with base64 `contentBytes`. */
export function readFileAttachment(v: unknown): AttachmentInfo {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new GraphError(400, 'RequestBodyRead', 'An attachment must be an object.');
  }
  const a = v as Record<string, unknown>;
  const type = String(a['@odata.type'] ?? '')
    .replace(/^#/, '')
    .toLowerCase();
  if (type !== 'microsoft.graph.fileattachment') {
    throw badRequest(
      type === ''
        ? "An attachment needs '@odata.type': '#microsoft.graph.fileAttachment'."
        : `The Graph emulator does not implement attachments of type '${String(a['@odata.type'])}'.`,
    );
  }
  for (const k of Object.keys(a)) {
    if (
      !['name', 'contentBytes', 'contentType', 'isInline', 'contentId', 'size'].includes(k) &&
      !k.startsWith('@odata.')
    ) {
      throw noProperty(k, 'fileAttachment');
    }
  }
  const name = a['name'];
  if (typeof name !== 'string' || name.trim() === '') {
    throw new GraphError(400, 'ErrorInvalidRequest', 'A file attachment needs a name.');
  }
  const bytes = readBase64(a['contentBytes']);
  const contentType = a['contentType'];
  const isInline = a['isInline'] ?? false;
  if (typeof isInline !== 'boolean') throw noBoolean('isInline');
  const contentId = a['contentId'];
  return {
    name,
    contentType:
      typeof contentType === 'string' && contentType !== ''
        ? contentType
        : 'application/octet-stream',
    size: bytes.byteLength,
    isInline,
    bytes,
    ...(typeof contentId === 'string' ? { contentId } : {}),
  };
}

function readBase64(v: unknown): Uint8Array {
  if (typeof v !== 'string' || !/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(v)) {
    throw new GraphError(
      400,
      'RequestBodyRead',
      "Cannot convert the value of 'contentBytes' to the expected type 'Edm.Binary'.",
    );
  }
  const b = Buffer.from(v, 'base64');
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

function readAttachments(v: unknown): AttachmentInfo[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v))
    throw new GraphError(400, 'RequestBodyRead', 'attachments must be an array.');
  return v.map(readFileAttachment);
}

/** A message object in a request (sendMail's `message`, a new draft), checked whole. */
export function readMessage(ctx: Ctx, mb: MailboxRecord, m: Record<string, unknown>): MessageInput {
  for (const k of Object.keys(m)) {
    if (!MESSAGE_KEYS.has(k) && !k.startsWith('@odata.')) throw noProperty(k, 'message');
  }
  const { text, html } = readBody(m['body']);
  let fromBox = mb;
  if (m['from'] !== undefined && m['from'] !== null) {
    const [from] = readRecipients([m['from']], 'from');
    const other = from ? ctx.store.mailbox(from.address) : undefined;
    if (!other || access(ctx, other) === 'none') {
      throw new GraphError(
        403,
        'ErrorSendAsDenied',
        'The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account.',
      );
    }
    fromBox = other;
  }
  return {
    subject: readSubject(m['subject']),
    text,
    html,
    to: readRecipients(m['toRecipients'], 'toRecipients'),
    cc: readRecipients(m['ccRecipients'], 'ccRecipients'),
    bcc: readRecipients(m['bccRecipients'], 'bccRecipients'),
    replyTo: readRecipients(m['replyTo'], 'replyTo'),
    importance:
      m['importance'] === undefined
        ? 'normal'
        : readEnum(m['importance'], 'importance', ['low', 'normal', 'high'] as const),
    categories: m['categories'] === undefined ? [] : readCategories(m['categories']),
    extended: readExtended(m['singleValueExtendedProperties']),
    headers: readHeaders(m['internetMessageHeaders']),
    attachments: readAttachments(m['attachments']),
    fromBox,
  };
}
