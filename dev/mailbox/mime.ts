/**
 * A small, deterministic MIME writer for the sample messages: RFC 2047
 * encoded words for non-ASCII headers, quoted-printable text, base64
 * attachments, CRLF line ends. Same input, same bytes.
 */

export interface MimeAddress {
  readonly name?: string;
  readonly address: string;
}

export interface MimeAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
  readonly inline?: boolean;
  readonly contentId?: string;
}

export interface MimeMessage {
  /** Headers written first, in order (Received, Delivered-To, ...). */
  readonly trace: ReadonlyArray<readonly [string, string]>;
  readonly from: MimeAddress;
  readonly to: readonly MimeAddress[];
  readonly cc?: readonly MimeAddress[];
  readonly replyTo?: readonly MimeAddress[];
  readonly subject: string;
  readonly date: string;
  readonly messageId: string;
  readonly inReplyTo?: string;
  readonly references?: string;
  /** Other headers (List-Unsubscribe, Auto-Submitted, ...), written before MIME-Version. */
  readonly extra?: ReadonlyArray<readonly [string, string]>;
  readonly text: string;
  readonly html?: string;
  readonly attachments?: readonly MimeAttachment[];
  /** Messages attached as message/rfc822 items. */
  readonly messages?: ReadonlyArray<{ readonly filename: string; readonly eml: string }>;
  /** Seed for boundaries. */
  readonly slug: string;
}

const CRLF = '\r\n';

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Node's own base64 (this runs in Node only: the sample builder and the Graph emulator). */
function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function isAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/** RFC 2047 B-encoded words, each under 76 characters, never splitting a character. */
export function encodeWords(text: string): string {
  if (isAscii(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (utf8(chunk + ch).length > 45) {
      words.push(`=?UTF-8?B?${base64(utf8(chunk))}?=`);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(`=?UTF-8?B?${base64(utf8(chunk))}?=`);
  return words.join(CRLF + ' ');
}

export function formatAddress(a: MimeAddress): string {
  if (!a.name) return a.address;
  if (!isAscii(a.name)) return `${encodeWords(a.name)} <${a.address}>`;
  const name = /[()<>[\]:;@\\,."]/.test(a.name) ? `"${a.name.replace(/["\\]/g, '\\$&')}"` : a.name;
  return `${name} <${a.address}>`;
}

function addressList(list: readonly MimeAddress[]): string {
  return list.map(formatAddress).join(',' + CRLF + ' ');
}

/** Quoted-printable (RFC 2045) of UTF-8 text, lines of at most 76 characters. */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const bytes = utf8(line);
      const out: string[] = [];
      let current = '';
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const plain =
          (b >= 33 && b <= 126 && b !== 61) || (b === 32 && !last) || (b === 9 && !last);
        const token = plain
          ? String.fromCharCode(b)
          : '=' + b.toString(16).toUpperCase().padStart(2, '0');
        if (current.length + token.length > 75) {
          out.push(current + '=');
          current = '';
        }
        current += token;
      });
      out.push(current);
      return out.join(CRLF);
    })
    .join(CRLF);
}

function wrap76(text: string): string {
  if (text === '') return '';
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 76) lines.push(text.slice(i, i + 76));
  return lines.join(CRLF);
}

function textPart(contentType: string, body: string): string {
  return (
    `Content-Type: ${contentType}; charset="utf-8"` +
    CRLF +
    'Content-Transfer-Encoding: quoted-printable' +
    CRLF +
    CRLF +
    quotedPrintable(body)
  );
}

function multipart(subtype: string, boundary: string, parts: readonly string[]): string {
  return (
    `Content-Type: multipart/${subtype};` +
    CRLF +
    ` boundary="${boundary}"` +
    CRLF +
    CRLF +
    parts.map((p) => `--${boundary}${CRLF}${p}${CRLF}`).join('') +
    `--${boundary}--`
  );
}

function attachmentPart(a: MimeAttachment): string {
  const disposition = a.inline ? 'inline' : 'attachment';
  return (
    `Content-Type: ${a.contentType};${CRLF} name="${a.filename}"` +
    CRLF +
    `Content-Disposition: ${disposition};${CRLF} filename="${a.filename}"` +
    CRLF +
    (a.contentId ? `Content-ID: <${a.contentId}>${CRLF}` : '') +
    'Content-Transfer-Encoding: base64' +
    CRLF +
    CRLF +
    wrap76(base64(a.bytes))
  );
}

function messagePart(m: { readonly filename: string; readonly eml: string }): string {
  return (
    'Content-Type: message/rfc822' +
    CRLF +
    `Content-Disposition: attachment;${CRLF} filename="${m.filename}"` +
    CRLF +
    CRLF +
    m.eml.replace(/(\r\n)+$/, '')
  );
}

/** The whole message as .eml text. */
export function writeMessage(m: MimeMessage): string {
  const headers: string[] = [];
  for (const [k, v] of m.trace) headers.push(`${k}: ${v}`);
  headers.push(`From: ${formatAddress(m.from)}`);
  headers.push(`To: ${addressList(m.to)}`);
  if (m.cc && m.cc.length > 0) headers.push(`Cc: ${addressList(m.cc)}`);
  if (m.replyTo && m.replyTo.length > 0) headers.push(`Reply-To: ${addressList(m.replyTo)}`);
  headers.push(`Subject: ${encodeWords(m.subject)}`);
  headers.push(`Date: ${m.date}`);
  headers.push(`Message-ID: ${m.messageId}`);
  if (m.inReplyTo) headers.push(`In-Reply-To: ${m.inReplyTo}`);
  if (m.references) headers.push(`References: ${m.references}`);
  for (const [k, v] of m.extra ?? []) headers.push(`${k}: ${v}`);
  headers.push('MIME-Version: 1.0');

  let body = m.html
    ? multipart('alternative', `----=_alt_${m.slug}`, [
        textPart('text/plain', m.text),
        textPart('text/html', m.html),
      ])
    : textPart('text/plain', m.text);
  const files = [
    ...(m.attachments ?? []).map(attachmentPart),
    ...(m.messages ?? []).map(messagePart),
  ];
  if (files.length > 0) body = multipart('mixed', `----=_mix_${m.slug}`, [body, ...files]);
  return headers.join(CRLF) + CRLF + body + CRLF;
}
