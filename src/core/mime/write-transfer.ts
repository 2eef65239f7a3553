/**
 * Transfer encodings of a message being written (write.ts): quoted-printable
 * for text and HTML, base64 in 76-character lines for attachments.
 */

import { encodeUtf8 } from '../text/utf8';
import { B64, CRLF, hex, wellFormed } from './write-header';

// ------------------------------------------------------------- bodies

const DOT = 0x2e;

const FROM = [0x46, 0x72, 0x6f, 0x6d, 0x20];

// "From "

/**
 * Quoted-printable (RFC 2045): lines of at most 76 characters with soft
 * breaks; white space before a line end, "=", a "." or "From " at the start
 * of a line, and all that is not printable ASCII are encoded.
 */
export function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const source of wellFormed(text).split(/\r\n|\r|\n/)) {
    const b = encodeUtf8(source);
    let line = '';
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      const last = i === b.length - 1;
      const literal =
        (c >= 0x21 && c <= 0x7e && c !== 0x3d) || ((c === 0x20 || c === 0x09) && !last);
      const width = literal ? 1 : 3;
      if (line.length + width > (last ? 76 : 75)) {
        out.push(`${line}=`);
        line = '';
      }
      const startsBadly = line === '' && (c === DOT || FROM.every((f, k) => b[i + k] === f));
      line += literal && !startsBadly ? String.fromCharCode(c) : `=${hex(c)}`;
    }
    out.push(line);
  }
  return out.join(CRLF);
}

const B64_CODES = Uint8Array.from(B64, (c) => c.charCodeAt(0));

/** Base64 in lines of 76 characters, straight into bytes (large files). */
export function base64Lines(bytes: Uint8Array): Uint8Array {
  const chars = Math.ceil(bytes.length / 3) * 4;
  const lines = Math.ceil(chars / 76);
  const out = new Uint8Array(chars + Math.max(0, lines - 1) * 2);
  const t = B64_CODES;
  let o = 0;
  for (let i = 0; i < bytes.length; i += 57) {
    if (i > 0) {
      out[o++] = 13;
      out[o++] = 10;
    }
    const end = Math.min(i + 57, bytes.length);
    let j = i;
    for (; j + 2 < end; j += 3) {
      const n = (bytes[j]! << 16) | (bytes[j + 1]! << 8) | bytes[j + 2]!;
      out[o++] = t[n >> 18]!;
      out[o++] = t[(n >> 12) & 63]!;
      out[o++] = t[(n >> 6) & 63]!;
      out[o++] = t[n & 63]!;
    }
    if (j < end) {
      const n = (bytes[j]! << 16) | (j + 1 < end ? bytes[j + 1]! << 8 : 0);
      out[o++] = t[n >> 18]!;
      out[o++] = t[(n >> 12) & 63]!;
      out[o++] = j + 1 < end ? t[(n >> 6) & 63]! : 0x3d;
      out[o++] = 0x3d;
    }
  }
  return out;
}
