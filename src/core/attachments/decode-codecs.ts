/**
 * The codecs behind decode.ts: UTF-8 (TextDecoder when the runtime has it,
 * else by hand), UTF-16, Windows-1252, the single-byte tables and UTF-7.
 * Each is one pass over its input.
 */

import { HIGH, EBCDIC_DIFFS, EBCDIC_037 } from './charsets';

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}

type TextDecoderCtor = new (label: string, options?: { fatal?: boolean }) => TextDecoderLike;

const decoders = new Map<string, TextDecoderLike | null>();

export function nativeDecoder(label: string, fatal: boolean): TextDecoderLike | null {
  const key = label + (fatal ? '!' : '');
  const cached = decoders.get(key);
  if (cached !== undefined) return cached;
  // `typeof` first: an old engine may not even have globalThis.
  const g =
    typeof globalThis !== 'undefined' ? (globalThis as { TextDecoder?: TextDecoderCtor }) : {};
  const Ctor = g.TextDecoder;
  let decoder: TextDecoderLike | null = null;
  if (typeof Ctor === 'function') {
    try {
      decoder = new Ctor(label, { fatal });
    } catch {
      decoder = null;
    }
  }
  decoders.set(key, decoder);
  return decoder;
}

const CHUNK = 0x2000;

export function fromCodeUnits(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(
      String.fromCharCode.apply(
        null,
        units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[],
      ),
    );
  }
  return parts.join('');
}

/**
 * UTF-8 to string. With `fatal`, returns null on the first malformed
 * sequence (so the caller can fall back to windows-1252); otherwise
 * malformed bytes become U+FFFD.
 */
export function decodeUtf8(b: Uint8Array, fatal: boolean): string | null {
  const native = nativeDecoder('utf-8', fatal);
  if (native) {
    try {
      return native.decode(b);
    } catch {
      return null;
    }
  }
  return decodeUtf8Portable(b, fatal);
}

/** The portable UTF-8 decoder (exported so tests can compare it with TextDecoder). */
export function decodeUtf8Portable(b: Uint8Array, fatal: boolean): string | null {
  const n = b.length;
  const out = new Uint16Array(n + 1);
  let o = 0;
  let i = 0;
  while (i < n) {
    const c = b[i] as number;
    if (c < 0x80) {
      out[o++] = c;
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      cp = c & 0x1f;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      cp = c & 0x0f;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      cp = c & 0x07;
      min = 0x10000;
    } else {
      if (fatal) return null;
      out[o++] = 0xfffd;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const cc = b[i + j];
      if (cc === undefined || (cc & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (j <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      if (fatal) return null;
      out[o++] = 0xfffd;
      i += Math.max(1, j);
      continue;
    }
    i += need + 1;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out[o++] = 0xd800 + (cp >> 10);
      out[o++] = 0xdc00 + (cp & 0x3ff);
    } else {
      out[o++] = cp;
    }
  }
  return fromCodeUnits(out, o);
}

export function decodeUtf16(b: Uint8Array, littleEndian: boolean, start = 0): string {
  const count = Math.floor((b.length - start) / 2);
  const out = new Uint16Array(count);
  for (let k = 0; k < count; k++) {
    const lo = b[start + k * 2 + (littleEndian ? 0 : 1)] as number;
    const hi = b[start + k * 2 + (littleEndian ? 1 : 0)] as number;
    out[k] = lo | (hi << 8);
  }
  return fromCodeUnits(out, count);
}

/** windows-1252 bytes 0x80..0x9F; the rest of the range is latin1. */
export const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(b: Uint8Array): string {
  const out = new Uint16Array(b.length);
  for (let i = 0; i < b.length; i++) {
    const c = b[i] as number;
    out[i] = c >= 0x80 && c < 0xa0 ? (CP1252_HIGH[c - 0x80] as number) : c;
  }
  return fromCodeUnits(out, b.length);
}

// ---------------------------------------------------------------------------
// Single-byte tables

const tables = new Map<string, Uint16Array>();

function tableFromHigh(high: string): Uint16Array {
  const t = new Uint16Array(256);
  for (let i = 0; i < 128; i++) t[i] = i;
  for (let i = 0; i < 128; i++) t[128 + i] = high.charCodeAt(i);
  return t;
}

/** The byte-to-code-unit table of a single-byte charset by canonical name, or null. */
export function singleByteTable(name: string): Uint16Array | null {
  const cached = tables.get(name);
  if (cached) return cached;
  let t: Uint16Array | null = null;
  const high = HIGH[name];
  if (high !== undefined) t = tableFromHigh(high);
  else if (name.startsWith('ibm')) {
    const page = String(Number(name.slice(3)));
    const diffs = page === '37' ? [] : EBCDIC_DIFFS[page];
    if (diffs !== undefined) {
      t = new Uint16Array(256);
      for (let i = 0; i < 256; i++) t[i] = EBCDIC_037.charCodeAt(i);
      for (let i = 0; i + 1 < diffs.length; i += 2) t[diffs[i] as number] = diffs[i + 1] as number;
      // NEL ends a line on the mainframe; to everyone else it is a line break.
      t[0x15] = 0x0a;
    }
  }
  if (t) tables.set(name, t);
  return t;
}

export function decodeWithTable(b: Uint8Array, table: Uint16Array): string {
  const out = new Uint16Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = table[b[i] as number] as number;
  return fromCodeUnits(out, b.length);
}

// ---------------------------------------------------------------------------
// UTF-7 (RFC 2152)

const B64 = new Int8Array(128).fill(-1);

{
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < abc.length; i++) B64[abc.charCodeAt(i)] = i;
}

function b64(c: number | undefined): number {
  return c !== undefined && c < 0x80 ? (B64[c] as number) : -1;
}

/**
 * UTF-7: ASCII as itself, anything else as "+<modified base64 of UTF-16>-";
 * "+-" is a plus sign. Bytes above 0x7F are not UTF-7 and are kept as Latin-1.
 */
export function decodeUtf7(b: Uint8Array): string {
  const out = new Uint16Array(b.length + 1);
  let o = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    if (c !== 0x2b) {
      out[o++] = c;
      i++;
      continue;
    }
    i++;
    if (b[i] === 0x2d) {
      out[o++] = 0x2b;
      i++;
      continue;
    }
    let acc = 0;
    let bits = 0;
    for (let v = b64(b[i]); v >= 0; v = b64(b[i])) {
      acc = ((acc << 6) | v) & 0xffffff;
      bits += 6;
      if (bits >= 16) {
        bits -= 16;
        out[o++] = (acc >> bits) & 0xffff;
      }
      i++;
    }
    // A '-' ends the run and is absorbed; any other character ends it and is kept.
    if (b[i] === 0x2d) i++;
  }
  return fromCodeUnits(out, o);
}

/**
 * True when ASCII bytes are unmistakably UTF-7: there is at least one
 * encoded run, and every '+' starts either "+-" or a well-formed run (whole
 * UTF-16 code units, zero padding bits, no controls, surrogates paired).
 * Ordinary text with a plus sign ("C++", "+47 22 00 00 00", "a+b") fails.
 */
export function looksLikeUtf7(b: Uint8Array): boolean {
  let runs = 0;
  let i = b.indexOf(0x2b);
  while (i >= 0) {
    let j = i + 1;
    if (b[j] === 0x2d) {
      i = b.indexOf(0x2b, j + 1);
      continue;
    }
    let acc = 0;
    let bits = 0;
    let units = 0;
    let highSurrogate = false;
    for (let v = b64(b[j]); v >= 0; v = b64(b[j])) {
      acc = ((acc << 6) | v) & 0xffffff;
      bits += 6;
      if (bits >= 16) {
        bits -= 16;
        const u = (acc >> bits) & 0xffff;
        units++;
        if (u >= 0xd800 && u <= 0xdbff) {
          if (highSurrogate) return false;
          highSurrogate = true;
        } else if (u >= 0xdc00 && u <= 0xdfff) {
          if (!highSurrogate) return false;
          highSurrogate = false;
        } else {
          if (highSurrogate) return false;
          if ((u < 0x20 && u !== 0x09 && u !== 0x0a && u !== 0x0d) || u === 0xfffe || u === 0xffff)
            return false;
        }
      }
      j++;
    }
    if (units === 0 || highSurrogate || bits >= 6 || (acc & ((1 << bits) - 1)) !== 0) return false;
    runs++;
    i = b.indexOf(0x2b, j);
  }
  return runs > 0;
}
