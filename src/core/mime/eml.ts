/**
 * .eml (RFC 5322 / MIME) into core's IncomingMessage, with postal-mime.
 *
 * postal-mime needs TextDecoder and Blob, which Outlook's JavaScript-only
 * send runtime does not promise: keep this module out of the send bundle
 * (attachment inspection receives it as an injected parser instead).
 */
import PostalMime from 'postal-mime';
import type { Address as MimeAddress, Email } from 'postal-mime';
import type { Address, IncomingMessage, MessageAttachment } from '../message';
import { htmlToText } from '../attachments/text';

export class MimeError extends Error {
  readonly code = 'mime.unreadable';
}

/** Limits so that a hostile message cannot exhaust memory or recursion. */
const OPTIONS = {
  maxNestingDepth: 50,
  maxHeadersSize: 2 * 1024 * 1024,
  maxRfc822NestingDepth: 3,
  attachmentEncoding: 'arraybuffer' as const,
};

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

function toAddresses(list: readonly MimeAddress[] | undefined): Address[] {
  const out: Address[] = [];
  for (const a of list ?? []) {
    if (a.group) {
      for (const m of a.group) out.push(mailbox(m));
    } else if (a.address) {
      out.push(mailbox(a));
    }
  }
  return out;
}

function mailbox(m: { name: string; address?: string | undefined }): Address {
  const address = (m.address ?? '').trim();
  return m.name ? { address, name: m.name } : { address };
}

function bytesOf(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') {
    const out = new Uint8Array(content.length);
    for (let i = 0; i < content.length; i++) out[i] = content.charCodeAt(i) & 0xff;
    return out;
  }
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function parseDate(value: string | undefined): Date | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Parse raw message bytes. Throws MimeError when nothing usable is found. */
export async function parseEml(raw: Uint8Array | string): Promise<IncomingMessage> {
  let email: Email;
  try {
    email = await PostalMime.parse(raw, OPTIONS);
  } catch (e) {
    throw new MimeError(e instanceof Error ? e.message : String(e));
  }
  const headers: Record<string, string> = {};
  for (const h of email.headers) {
    if (!(h.key in headers)) headers[h.key] = h.value;
  }
  // A message has at least one of the headers every mail system writes;
  // without any, the bytes are not an e-mail message (a renamed file, junk).
  if (!MESSAGE_HEADERS.some((h) => h in headers)) throw new MimeError('no message headers found');
  const attachments: MessageAttachment[] = email.attachments.map((a, i) => {
    const bytes = bytesOf(a.content);
    const name =
      a.filename ??
      (a.mimeType === 'message/rfc822' ? `message-${i + 1}.eml` : `attachment-${i + 1}`);
    return {
      name,
      contentType: a.mimeType,
      size: bytes.length,
      bytes,
      ...(a.disposition === 'inline' || a.related ? { inline: true } : {}),
    };
  });
  const from = toAddresses(email.from ? [email.from] : undefined)[0] ?? null;
  const received = receivedDate(headers['received']) ?? parseDate(email.date);
  return {
    from,
    to: toAddresses(email.to),
    cc: toAddresses(email.cc),
    subject: email.subject ?? '',
    body: email.text ?? (email.html ? htmlToText(email.html) : ''),
    attachments,
    headers,
    receivedAt: received,
    ...(email.messageId ? { messageId: email.messageId } : {}),
    ...(email.deliveredTo ? { mailbox: email.deliveredTo } : {}),
  };
}

/**
 * The topmost Received header is the organisation's own server taking the
 * message in: by law that is when it arrived (R8, "inkommen när den ligger
 * i kommunens server"). Its date follows the last semicolon.
 */
function receivedDate(received: string | undefined): Date | null {
  if (!received) return null;
  const i = received.lastIndexOf(';');
  return i < 0 ? null : parseDate(received.slice(i + 1).trim());
}
