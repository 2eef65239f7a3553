/**
 * Header values: RFC 2047 encoded words (any charset, adjacent words joined
 * before decoding so a character split between two words survives) and
 * RFC 2045/2231 parameters (quoted strings, continuations `name*0*=`,
 * charsets `name*=utf-8''%C3%A5`). Tokenizers that look at each character a
 * bounded number of times: linear in the header, whatever it holds.
 */
import { decodeCharsetDetailed, decodeUtf8, decodeWindows1252 } from '../attachments/decode';
import { decodeBase64 } from '../text/base64';
import { encodeUtf8 } from '../text/utf8';
import type { Meter } from '../metering/meter';

/** Raw 8-bit header bytes: UTF-8 when they are valid UTF-8 (RFC 6532), else windows-1252. */
export function decodeHeaderBytes(b: Uint8Array): string {
  return decodeUtf8(b, true) ?? decodeWindows1252(b);
}

/** Called when a charset could not be decoded (the text is a fallback). */
export type OnBadCharset = (charset: string) => void;

const MAX_CHARSET = 64;

function isWsp(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/**
 * Bytes of a text with "<escape>XX" hex escapes: the Q encoding of RFC 2047
 * ("=XX", "_" a space, other characters their low byte) and RFC 2231 values
 * ("%XX", other characters as UTF-8).
 */
function escapedBytes(s: string, escape: number, q: boolean): Uint8Array {
  const out = new Uint8Array(q ? s.length : s.length * 3);
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === escape) {
      const h = hexValue(s.charCodeAt(i + 1));
      const l = hexValue(s.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        out[o++] = (h << 4) | l;
        i += 2;
        continue;
      }
    }
    if (q) out[o++] = c === 0x5f ? 0x20 : c & 0xff;
    else if (c < 0x80) out[o++] = c;
    else {
      const u = encodeUtf8(s.charAt(i));
      out.set(u, o);
      o += u.length;
    }
  }
  return out.subarray(0, o);
}

interface Word {
  readonly end: number;
  readonly charset: string;
  readonly bytes: Uint8Array;
}

/**
 * The encoded word at `start` ("=?charset?B|Q?text?="), or the index to go
 * on searching from. Nothing it passes over holds a "?", so no candidate is
 * looked at twice.
 */
function wordAt(s: string, start: number): Word | number {
  let i = start + 2;
  const csStart = i;
  while (i < s.length && i - csStart <= MAX_CHARSET) {
    const c = s.charCodeAt(i);
    if (c === 0x3f || isWsp(c)) break;
    i++;
  }
  if (s.charCodeAt(i) !== 0x3f || i === csStart) return i;
  const charset = s.slice(csStart, i);
  const enc = s.charCodeAt(i + 1) | 0x20;
  if ((enc !== 0x62 && enc !== 0x71) || s.charCodeAt(i + 2) !== 0x3f) return i + 1;
  i += 3;
  const textStart = i;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 0x3f || isWsp(c)) break;
    i++;
  }
  if (s.charCodeAt(i) !== 0x3f || s.charCodeAt(i + 1) !== 0x3d) return i;
  const text = s.slice(textStart, i);
  const bytes = enc === 0x62 ? decodeBase64(text) : escapedBytes(text, 0x3d, true);
  return { end: i + 2, charset, bytes };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** RFC 2047 encoded words in `s`, decoded; the rest kept as it is. */
export function decodeWords(s: string, onBad?: OnBadCharset, meter?: Meter): string {
  meter?.tick(s.length);
  let next = s.indexOf('=?');
  if (next < 0) return s;
  const out: string[] = [];
  let pos = 0;
  let runCharset = '';
  let run: Uint8Array[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const d = decodeCharsetDetailed(concat(run), runCharset);
    if (!d.ok && onBad) onBad(runCharset);
    out.push(d.text);
    run = [];
  };
  while (next >= 0) {
    const w = wordAt(s, next);
    // What wordAt looked at: never again (see wordAt).
    meter?.tick((typeof w === 'number' ? w : w.end) - next);
    if (typeof w === 'number') {
      next = s.indexOf('=?', Math.max(w, next + 2));
      continue;
    }
    // Only white space between two encoded words: it is dropped (RFC 2047 §6.2).
    let onlySpace = run.length > 0;
    for (let k = pos; onlySpace && k < next; k++) onlySpace = isWsp(s.charCodeAt(k));
    meter?.tick(next - pos);
    const cs = w.charset.toLowerCase();
    if (!onlySpace || cs !== runCharset) {
      flush();
      if (!onlySpace) out.push(s.slice(pos, next));
      runCharset = cs;
    }
    run.push(w.bytes);
    pos = w.end;
    next = s.indexOf('=?', pos);
  }
  flush();
  out.push(s.slice(pos));
  return out.join('');
}

export interface Structured {
  /** The value before the first ";", trimmed and in lower case (e.g. `text/plain`). */
  readonly value: string;
  /** Parameters by lower-case name, RFC 2231 continuations and charsets applied. */
  readonly params: ReadonlyMap<string, string>;
}

interface Segment {
  readonly value: string;
  readonly encoded: boolean;
}

/** Continuations beyond this index are ignored (RFC 2231 sets no limit; mail uses a few). */
const MAX_SEGMENTS = 1000;

function joinSegments(segments: ReadonlyMap<number, Segment>, onBad?: OnBadCharset): string {
  let charset = 'us-ascii';
  const pieces: string[] = [];
  let bytes: Uint8Array[] = [];
  const flush = (): void => {
    if (bytes.length === 0) return;
    const d = decodeCharsetDetailed(concat(bytes), charset);
    if (!d.ok && onBad) onBad(charset);
    pieces.push(d.text);
    bytes = [];
  };
  // Segments 0, 1, 2...: a missing number ends the value.
  for (let i = 0; i < MAX_SEGMENTS; i++) {
    const seg = segments.get(i);
    if (seg === undefined) break;
    let v = seg.value;
    if (seg.encoded) {
      if (i === 0) {
        // charset'language'data
        const q1 = v.indexOf("'");
        const q2 = q1 < 0 ? -1 : v.indexOf("'", q1 + 1);
        if (q2 >= 0) {
          charset = v.slice(0, q1) || 'us-ascii';
          v = v.slice(q2 + 1);
        }
      }
      bytes.push(escapedBytes(v, 0x25, false));
    } else {
      flush();
      pieces.push(v);
    }
  }
  flush();
  return pieces.join('');
}

const NOTHING: Structured = { value: '', params: new Map<string, string>() };

/**
 * A structured header such as Content-Type or Content-Disposition:
 * `value; name=token; name="quoted \"string\""; name*0*=utf-8''a%C3%A5; name*1=b`.
 * Comments in parentheses are skipped; a value without quotes runs to the
 * next ";" (mailers write unquoted names with spaces).
 */
export function parseStructured(header: string, onBad?: OnBadCharset, meter?: Meter): Structured {
  const n = header.length;
  if (n === 0) return NOTHING;
  // One pass: every loop below moves `i` forward.
  meter?.tick(n);
  let i = 0;
  const main: string[] = [];
  while (i < n) {
    const c = header.charCodeAt(i);
    if (c === 0x3b) break;
    if (c === 0x28) {
      i = skipComment(header, i);
      continue;
    }
    main.push(header.charAt(i));
    i++;
  }
  const simple = new Map<string, string>();
  const ext = new Map<string, Map<number, Segment>>();
  while (i < n) {
    // At a ";" or junk: move to the next parameter name.
    while (i < n && (header.charCodeAt(i) === 0x3b || isWsp(header.charCodeAt(i)))) i++;
    const nameStart = i;
    while (i < n) {
      const c = header.charCodeAt(i);
      if (c === 0x3d || c === 0x3b || c === 0x28) break;
      i++;
    }
    if (i < n && header.charCodeAt(i) === 0x28) {
      i = skipComment(header, i);
      continue;
    }
    const name = header.slice(nameStart, i).trim().toLowerCase();
    if (i >= n || header.charCodeAt(i) !== 0x3d) continue;
    i++;
    while (i < n && isWsp(header.charCodeAt(i))) i++;
    let value: string;
    if (header.charCodeAt(i) === 0x22) {
      const parts: string[] = [];
      i++;
      let from = i;
      while (i < n) {
        const c = header.charCodeAt(i);
        if (c === 0x5c && i + 1 < n) {
          parts.push(header.slice(from, i));
          from = i + 1;
          i += 2;
          continue;
        }
        if (c === 0x22) break;
        i++;
      }
      parts.push(header.slice(from, i));
      value = parts.join('');
      i++;
      // Anything between the closing quote and the next ";" is junk.
      while (i < n && header.charCodeAt(i) !== 0x3b) i++;
    } else {
      const from = i;
      while (i < n && header.charCodeAt(i) !== 0x3b) i++;
      value = header.slice(from, i).trim();
    }
    if (name === '') continue;
    const star = name.indexOf('*');
    if (star < 0) {
      if (!simple.has(name)) simple.set(name, value);
      continue;
    }
    const base = name.slice(0, star);
    const rest = name.slice(star + 1);
    let index = 0;
    let encoded = true;
    if (rest !== '') {
      const digits = rest.charAt(rest.length - 1) === '*' ? rest.slice(0, -1) : rest;
      encoded = digits.length < rest.length;
      if (!/^\d{1,4}$/.test(digits)) continue;
      index = Number(digits);
    }
    if (index >= MAX_SEGMENTS) continue;
    let segs = ext.get(base);
    if (!segs) {
      segs = new Map<number, Segment>();
      ext.set(base, segs);
    }
    if (!segs.has(index)) segs.set(index, { value, encoded });
  }
  const params = new Map<string, string>(simple);
  ext.forEach((segs, base) => {
    if (segs.has(0)) params.set(base, joinSegments(segs, onBad));
  });
  return { value: main.join('').trim().toLowerCase(), params };
}

/** The index after a comment "( ... )" starting at `i`, nested comments and escapes included. */
function skipComment(s: string, i: number): number {
  let depth = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) {
      i += 2;
      continue;
    }
    if (c === 0x28) depth++;
    else if (c === 0x29) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return i;
}
