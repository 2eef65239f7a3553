/**
 * The MIME of mail that moves inside the emulator: what `GET …/$value`
 * answers for a message that was sent here (sendMail, a sent draft, a
 * forward), written once when it is delivered, and for a draft or the
 * sender's copy, written when asked for. The sample messages need none of
 * this: their `$value` is their .eml, byte for byte.
 *
 * Attached messages: Exchange turns a `message/rfc822` attachment into an
 * item attachment (an embedded message kept as Outlook properties, not as
 * bytes). Its `$value` is MIME that Exchange writes again from those
 * properties, not the bytes that were attached; `reRender` does the same,
 * so a client that needs the bytes unchanged can see that it must not
 * attach an .eml as `message/rfc822`.
 */
import { parseEml } from '../../src/core/mime/eml';
import { htmlToText } from '../../src/core/attachments/text';
import { encodeWords, writeMessage } from '../mailbox/mime';
import type { MimeAddress, MimeAttachment } from '../mailbox/mime';
import type { AttachmentRecord, MessageRecord, Recipient } from './store';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** An RFC 5322 date in UTC: `Tue, 3 Mar 2026 08:15:00 +0000`. */
export function rfc5322Date(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  return (
    `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`
  );
}

const address = (r: Recipient): MimeAddress =>
  r.name && r.name !== r.address ? { name: r.name, address: r.address } : { address: r.address };

const latin1 = new TextDecoder('latin1');

/** MIME text is 7-bit here (encoded words, quoted-printable, base64): bytes and string agree. */
function ascii(text: string): Uint8Array {
  const b = Buffer.from(text, 'latin1');
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** A slug for boundaries, from the Message-ID: the same message, the same bytes. */
function slug(m: MessageRecord): string {
  return m.internetMessageId.replace(/[^A-Za-z0-9]/g, '').slice(0, 24) || 'emulator';
}

/**
 * The message as MIME: headers, its text (and HTML), its file attachments
 * base64-encoded, attached messages as message/rfc822 parts. `received`
 * adds the Received line the organisation's server writes on delivery.
 */
export function writeMime(m: MessageRecord, received?: { by: string; at: number }): Uint8Array {
  const files: MimeAttachment[] = [];
  const messages: { filename: string; eml: string }[] = [];
  for (const a of m.attachments) {
    if (a.kind === 'item') {
      messages.push({ filename: paramName(a.name), eml: latin1.decode(a.bytes) });
    } else files.push(fileOf(a));
  }
  const domain = received?.by.split('@')[1] ?? 'emulator.invalid';
  const text = writeMessage({
    trace: received
      ? [
          [
            'Received',
            `from graph.emulator.invalid by mail.${domain} with HTTP; ${rfc5322Date(received.at)}`,
          ],
        ]
      : [],
    from: address(m.from ?? { name: '', address: 'unknown@emulator.invalid' }),
    to: m.toRecipients.map(address),
    cc: m.ccRecipients.map(address),
    replyTo: m.replyTo.map(address),
    subject: m.subject,
    date: rfc5322Date(m.sentDateTime),
    messageId: m.internetMessageId,
    // The headers the sender's client wrote (In-Reply-To, References, x-…) travel with it.
    extra: m.headers.map((h): [string, string] => [h.name, h.value.replace(/[\r\n]+/g, ' ')]),
    // An HTML-only message gets its plain-text alternative, as Exchange writes one.
    text: m.text !== '' || m.html === null ? m.text : htmlToText(m.html),
    ...(m.html !== null ? { html: m.html } : {}),
    attachments: files,
    messages,
    slug: slug(m),
  });
  return ascii(text);
}

/** A file name for a quoted header parameter: no quotes or line breaks, and not ASCII in RFC 2047 words, as Exchange writes it. */
function paramName(name: string): string {
  return encodeWords(name.replace(/["\\\r\n]/g, '_'));
}

function fileOf(a: AttachmentRecord): MimeAttachment {
  return {
    filename: paramName(a.name),
    contentType: a.contentType,
    bytes: a.bytes,
    ...(a.isInline ? { inline: true } : {}),
    ...(a.contentId !== null ? { contentId: a.contentId } : {}),
  };
}

/**
 * An attached message as Exchange gives it back: read into its parts and
 * written again (new boundaries, headers in Exchange's order, the HTML
 * body as text). Bytes that are not a message stay as they are.
 */
export async function reRender(eml: Uint8Array): Promise<Uint8Array> {
  let parsed;
  try {
    parsed = await parseEml(eml);
  } catch {
    return eml;
  }
  const from = parsed.from ?? { address: 'unknown@emulator.invalid' };
  const text = writeMessage({
    trace: [],
    from: { address: from.address, ...(from.name ? { name: from.name } : {}) },
    to: parsed.to.map((a) => ({ address: a.address, ...(a.name ? { name: a.name } : {}) })),
    cc: parsed.cc.map((a) => ({ address: a.address, ...(a.name ? { name: a.name } : {}) })),
    subject: parsed.subject,
    date: rfc5322Date(parsed.receivedAt?.getTime() ?? 0),
    messageId: parsed.messageId ?? '<unknown@emulator.invalid>',
    text: parsed.body,
    attachments: parsed.attachments.map((a) => ({
      filename: a.name,
      contentType: a.contentType ?? 'application/octet-stream',
      bytes: a.bytes ?? new Uint8Array(0),
    })),
    slug: 'exchange',
  });
  return ascii(text);
}
