/**
 * Attached messages (.eml, message/rfc822): subject, body text and their own
 * attachments. A full MIME parser (postal-mime) needs TextDecoder and Blob,
 * which Outlook's JavaScript-only send runtime does not promise, so it is
 * injected by the caller (`InspectOptions.parseMessage`). Without one, the
 * small reader below handles the common shapes: headers with encoded words,
 * single-part or multipart bodies, base64 and quoted-printable.
 */
import type { MessageAttachment } from '../message';
import { latin1 } from './bytes';
import { decodeUtf16, decodeUtf8, decodeWindows1252 } from './decode';
import { decodeBase64 } from '../text/base64';
import { htmlToText } from './text';

export interface ParsedMessage {
  readonly subject: string;
  /** Plain text of the body (HTML already turned into text). */
  readonly body: string;
  readonly attachments: readonly MessageAttachment[];
}

/** A full MIME parser, e.g. `parseEml` from core/mime (postal-mime). */
export type MessageParser = (raw: Uint8Array) => Promise<ParsedMessage>;

const MAX_PARTS = 200;
const MAX_NESTING = 8;

function bytesOfLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

export function decodeCharset(b: Uint8Array, charset: string): string {
  const cs = charset.trim().toLowerCase().replace(/^"|"$/g, '');
  if (cs === 'utf-16le') return decodeUtf16(b, true);
  if (cs === 'utf-16be' || cs === 'utf-16') return decodeUtf16(b, false);
  if (
    /^(iso-8859-1|iso8859-1|latin1|latin-1|windows-1252|cp1252|us-ascii|ascii|iso-8859-15)$/.test(
      cs,
    )
  ) {
    return decodeWindows1252(b);
  }
  return decodeUtf8(b, true) ?? decodeWindows1252(b);
}

export { decodeBase64 };

export function decodeQuotedPrintable(s: string, underscoreIsSpace = false): Uint8Array {
  const out = new Uint8Array(s.length);
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3d) {
      const h = s.substr(i + 1, 2);
      if (/^[0-9A-Fa-f]{2}$/.test(h)) {
        out[o++] = parseInt(h, 16);
        i += 2;
        continue;
      }
      // Soft line break "=\r\n".
      if (s.charAt(i + 1) === '\r' && s.charAt(i + 2) === '\n') {
        i += 2;
        continue;
      }
      if (s.charAt(i + 1) === '\n') {
        i += 1;
        continue;
      }
    }
    out[o++] = underscoreIsSpace && c === 0x5f ? 0x20 : c & 0xff;
  }
  return out.subarray(0, o);
}

/** RFC 2047 encoded words: =?utf-8?B?...?= and =?iso-8859-1?Q?...?=. */
export function decodeWords(s: string): string {
  return s
    .replace(/(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?)/g, '$1')
    .replace(
      /=\?([^?\s*]+)(?:\*[^?\s]*)?\?([BbQq])\?([^?\s]*)\?=/g,
      (_m, cs: string, enc: string, text: string) => {
        const bytes =
          enc === 'B' || enc === 'b' ? decodeBase64(text) : decodeQuotedPrintable(text, true);
        return decodeCharset(bytes, cs);
      },
    );
}

interface Headers {
  readonly map: Map<string, string>;
}

function parseHeaders(block: string): Headers {
  const map = new Map<string, string>();
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!map.has(key)) map.set(key, line.slice(colon + 1).trim());
  }
  return { map };
}

function param(value: string, name: string): string | undefined {
  const re = new RegExp('(?:^|;)\\s*' + name + '\\*?=\\s*("([^"]*)"|[^;\\s]+)', 'i');
  const m = re.exec(value);
  if (!m) return undefined;
  let v = m[2] ?? m[1] ?? '';
  // RFC 2231: charset''percent-encoded
  const ext = /^([\w-]+)''(.*)$/.exec(v);
  if (ext) {
    const raw = (ext[2] ?? '').replace(/%([0-9A-Fa-f]{2})/g, (_x, h: string) =>
      String.fromCharCode(parseInt(h, 16)),
    );
    v = decodeCharset(bytesOfLatin1(raw), ext[1] ?? 'utf-8');
  }
  return decodeWords(v);
}

function split(raw: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  if (!m) return { head: raw, body: '' };
  return { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) };
}

function transferDecode(body: string, encoding: string): Uint8Array {
  const enc = encoding.trim().toLowerCase();
  if (enc === 'base64') return decodeBase64(body);
  if (enc === 'quoted-printable') return decodeQuotedPrintable(body);
  return bytesOfLatin1(body);
}

interface Walk {
  plain: string[];
  html: string[];
  attachments: MessageAttachment[];
  parts: number;
}

function walk(raw: string, w: Walk, depth: number): void {
  if (depth > MAX_NESTING || ++w.parts > MAX_PARTS) return;
  const { head, body } = split(raw);
  const h = parseHeaders(head).map;
  const type = h.get('content-type') ?? 'text/plain';
  const mime = (type.split(';')[0] ?? '').trim().toLowerCase();
  const disposition = h.get('content-disposition') ?? '';
  const filename = param(disposition, 'filename') ?? param(type, 'name');
  if (mime.startsWith('multipart/')) {
    const boundary = param(type, 'boundary');
    if (!boundary) return;
    const delimiter = '--' + boundary;
    const pieces = body.split(delimiter);
    // pieces[0] is the preamble; a piece starting with "--" is the epilogue.
    for (let i = 1; i < pieces.length; i++) {
      const piece = pieces[i] as string;
      if (piece.startsWith('--')) break;
      // The line break before a delimiter belongs to the delimiter (RFC 2046 §5.1.1).
      walk(piece.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n$/, ''), w, depth + 1);
    }
    return;
  }
  const bytes = transferDecode(body, h.get('content-transfer-encoding') ?? '7bit');
  const isAttachment =
    /^\s*attachment/i.test(disposition) || (filename !== undefined && !mime.startsWith('text/'));
  if (!isAttachment && (mime === 'text/plain' || mime === 'text/html')) {
    const text = decodeCharset(bytes, param(type, 'charset') ?? 'utf-8');
    (mime === 'text/plain' ? w.plain : w.html).push(text);
    return;
  }
  if (mime === 'message/rfc822' && !isAttachment) {
    walk(latin1(bytes), w, depth + 1);
    return;
  }
  w.attachments.push({
    name: filename ?? (mime === 'message/rfc822' ? 'message.eml' : 'attachment'),
    contentType: mime,
    size: bytes.length,
    bytes,
  });
}

/** The built-in reader, used when no parser is injected. */
export function readMessageSimple(raw: Uint8Array): ParsedMessage {
  const text = latin1(raw);
  const { head } = split(text);
  const headers = parseHeaders(head).map;
  const w: Walk = { plain: [], html: [], attachments: [], parts: 0 };
  walk(text, w, 0);
  const subjectRaw = headers.get('subject') ?? '';
  // Header bytes may be raw UTF-8 (RFC 6532).
  const subject = decodeWords(decodeUtf8(bytesOfLatin1(subjectRaw), true) ?? subjectRaw);
  const body = w.plain.length > 0 ? w.plain.join('\n\n') : w.html.map(htmlToText).join('\n\n');
  return { subject, body, attachments: w.attachments };
}

/** Does this look like a message (headers first)? */
export function looksLikeMessage(b: Uint8Array): boolean {
  const head = latin1(b, 0, Math.min(b.length, 2048));
  return (
    /^(?:[\w-]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){2,}/.test(head) &&
    /^(?:from|subject|date|message-id|received|mime-version|return-path|to):/im.test(head)
  );
}
