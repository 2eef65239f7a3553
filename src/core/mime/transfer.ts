/**
 * Content-Transfer-Encoding (RFC 2045) on bytes: base64 and
 * quoted-printable, one pass each. `cap` bounds the bytes kept (the send
 * check decodes an attachment only as far as it inspects it) while `size`
 * still counts every decoded byte.
 */
import type { Meter } from '../metering/meter';

export interface DecodedBody {
  /** The decoded bytes, at most `cap` of them. */
  readonly bytes: Uint8Array;
  /** How many bytes the whole body decodes to. */
  readonly size: number;
}

const B64 = new Int8Array(256).fill(-1);
{
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < abc.length; i++) B64[abc.charCodeAt(i)] = i;
}

/**
 * Base64 body: characters outside the alphabet (line breaks, spaces) are
 * skipped; "=" ends a quantum, so bodies glued together from several
 * encodings still decode.
 */
export function decodeBase64Body(b: Uint8Array, cap = Infinity, meter?: Meter): DecodedBody {
  meter?.tick(b.length);
  const room = Math.min(cap, Math.floor((b.length * 3) / 4) + 3);
  const out = new Uint8Array(Math.max(0, room));
  let o = 0;
  let size = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i] as number;
    const v = B64[c] as number;
    if (v < 0) {
      if (c === 0x3d) {
        acc = 0;
        bits = 0;
      }
      continue;
    }
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (o < room) out[o++] = (acc >> bits) & 0xff;
      size++;
    }
  }
  return { bytes: o === out.length ? out : out.subarray(0, o), size };
}

function hex(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/**
 * Quoted-printable body: "=XX" is a byte, "=" at the end of a line (before
 * CRLF, LF or CR, with or without trailing blanks) joins the lines; any
 * other "=" is kept as it is.
 */
export function decodeQuotedPrintableBody(
  b: Uint8Array,
  cap = Infinity,
  meter?: Meter,
): DecodedBody {
  meter?.tick(b.length);
  const n = b.length;
  const room = Math.min(cap, n);
  const out = new Uint8Array(Math.max(0, room));
  let o = 0;
  let size = 0;
  const emit = (v: number): void => {
    if (o < room) out[o++] = v;
    size++;
  };
  for (let i = 0; i < n; i++) {
    const c = b[i] as number;
    if (c !== 0x3d) {
      emit(c);
      continue;
    }
    const h = hex(b[i + 1]);
    const l = hex(b[i + 2]);
    if (h >= 0 && l >= 0) {
      emit((h << 4) | l);
      i += 2;
      continue;
    }
    let j = i + 1;
    while (j < n && (b[j] === 0x20 || b[j] === 0x09)) j++;
    if (j >= n) {
      i = j;
      continue;
    }
    if (b[j] === 0x0d) {
      i = b[j + 1] === 0x0a ? j + 1 : j;
      continue;
    }
    if (b[j] === 0x0a) {
      i = j;
      continue;
    }
    emit(c);
  }
  return { bytes: o === out.length ? out : out.subarray(0, o), size };
}

/**
 * Line breaks as LF: CRLF and a lone CR become LF. In place when the
 * caller owns the bytes (a decoded body), else in a copy, and only when
 * there is a CR at all. For ASCII-compatible charsets only.
 */
export function lfLineBreaks(b: Uint8Array, owned: boolean, meter?: Meter): Uint8Array {
  let i = b.indexOf(0x0d);
  if (i < 0) return b;
  meter?.tick(b.length - i);
  const out = owned ? b : new Uint8Array(b.length);
  if (!owned) out.set(b.subarray(0, i));
  let o = i;
  for (; i < b.length; i++) {
    const c = b[i] as number;
    if (c === 0x0d) {
      out[o++] = 0x0a;
      if (b[i + 1] === 0x0a) i++;
    } else out[o++] = c;
  }
  return out.subarray(0, o);
}
