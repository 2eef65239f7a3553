/**
 * PDF values as the object reader (pdf-parse.ts) produces them: names,
 * strings, references, arrays and dictionaries, the object definitions,
 * trailers and cross-reference entries it gives back, the byte classes of
 * PDF syntax, and the accessors that read a value as one kind or decode a
 * string's bytes and text. Each is linear in the value it is given.
 */

import { latin1 } from './bytes';
import { decodeUtf16 } from './decode';
import type { Meter } from '../metering/meter';

export interface PdfName {
  readonly k: 'name';
  readonly v: string;
}

export interface PdfString {
  readonly k: 'str';
  readonly hex: boolean;
  /** Offsets of the opening and one past the closing delimiter, in `src`. */
  readonly start: number;
  readonly end: number;
  /** True when every byte is zero: an unfilled signature /Contents. */
  readonly zero: boolean;
  /** Decoded bytes as latin1, for strings of at most 1024 bytes; '' for longer ones. */
  readonly raw: string;
  /** The buffer the string was read from: the file, or an object stream's data. */
  readonly src: Uint8Array;
}

export interface PdfRef {
  readonly k: 'ref';
  readonly n: number;
  readonly g: number;
}

export interface PdfArray {
  readonly k: 'arr';
  readonly items: readonly PdfValue[];
}

export interface PdfDict {
  readonly k: 'dict';
  readonly map: ReadonlyMap<string, PdfValue>;
}

export type PdfValue = number | boolean | null | PdfName | PdfString | PdfRef | PdfArray | PdfDict;

export interface ObjDef {
  readonly n: number;
  readonly g: number;
  /** Offset of "n g obj"; for an object inside an object stream, that stream's offset. */
  readonly offset: number;
  /** The value; null when the object could not be read (`broken`). */
  readonly value: PdfValue;
  readonly stream: boolean;
  readonly compressed: boolean;
  /** An object stream that could not be opened: its objects are unknown. */
  readonly opaque: boolean;
  /** The object could not be read (never ended, nested too deep, not a value). */
  readonly broken: boolean;
  /**
   * Its parsed value was dropped to save memory (content, fonts, images,
   * resources): it is "some object", and cannot be compared with another.
   */
  readonly dropped: boolean;
}

export interface PdfTrailer {
  readonly dict: PdfDict;
  readonly offset: number;
}

/**
 * One entry of a cross-reference section (a classic table or a stream):
 * object `n` is free (deleted), in use at byte `at` of the file, or stored in
 * object stream number `at` (`compressed`). `section` is where the section
 * itself is, which says the revision it belongs to.
 */
export interface XrefEntry {
  readonly n: number;
  readonly kind: 'free' | 'used' | 'compressed';
  readonly at: number;
  readonly section: number;
}

export interface ScanResult {
  /** Limits that kept part of the file from being read. */
  readonly limits: ReadonlySet<ReadLimit>;
  readonly defs: ObjDef[];
  readonly trailers: PdfTrailer[];
  /** A stream ran into the end of the file. */
  readonly cutStream: boolean;
  /** Object limit reached. */
  readonly tooManyObjects: boolean;
  /** %%EOF markers seen outside objects: one per saved revision. */
  readonly eofs: number;
  /** Offset just after each such %%EOF, in file order: where each revision ends. */
  readonly eofEnds: readonly number[];
  readonly xref: readonly XrefEntry[];
  /** Offset of the last cross-reference stream that could not be decoded (-1: none). */
  readonly lastUnreadXref: number;
  /**
   * Offset of the last "obj" keyword between objects that does not form an
   * object header (-1: none): something a lenient reader might still load,
   * that we did not read.
   */
  readonly lastStray: number;
}

// Character classes (PDF 32000-1 §7.2.2).
export const WS = 1;

const DELIM = 2;

export const CLASS = new Uint8Array(256);

for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = WS;

for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = DELIM;

export function isRegular(c: number | undefined): boolean {
  return c !== undefined && CLASS[c] === 0;
}

export function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

export function isPdfWhitespace(c: number | undefined): boolean {
  return c !== undefined && CLASS[c] === WS;
}

/** An optionally signed run of ASCII digits as a number, without making a string. */
export function digitsValue(b: Uint8Array, start: number, end: number): number {
  let i = start;
  let sign = 1;
  if (b[i] === 0x2d) {
    sign = -1;
    i++;
  } else if (b[i] === 0x2b) {
    i++;
  }
  let v = 0;
  for (; i < end; i++) v = v * 10 + ((b[i] as number) - 0x30);
  return sign * v;
}

export function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/**
 * First index of `pat` in `b[from, to)`, or -1. The native search runs on a
 * view of exactly that window: searching a small window never reads the rest
 * of the file.
 */
export function findBytes(b: Uint8Array, pat: Uint8Array, from: number, to: number): number {
  const last = Math.min(to, b.length) - pat.length;
  const start = Math.max(0, from);
  if (start > last) return -1;
  const window = b.subarray(start, last + 1);
  const first = pat[0] as number;
  for (let i = 0; ; i++) {
    i = window.indexOf(first, i);
    if (i < 0) return -1;
    let j = 1;
    while (j < pat.length && b[start + i + j] === pat[j]) j++;
    if (j === pat.length) return start + i;
  }
}

export function nameOf(v: PdfValue | undefined): string | undefined {
  return v !== null && typeof v === 'object' && v.k === 'name' ? v.v : undefined;
}

export function dictOf(v: PdfValue | undefined): PdfDict | undefined {
  return v !== null && typeof v === 'object' && v.k === 'dict' ? v : undefined;
}

export function arrOf(v: PdfValue | undefined): PdfArray | undefined {
  return v !== null && typeof v === 'object' && v.k === 'arr' ? v : undefined;
}

export function refOf(v: PdfValue | undefined): PdfRef | undefined {
  return v !== null && typeof v === 'object' && v.k === 'ref' ? v : undefined;
}

export function strOf(v: PdfValue | undefined): PdfString | undefined {
  return v !== null && typeof v === 'object' && v.k === 'str' ? v : undefined;
}

/** A PDF text string as JS text (UTF-16BE with BOM, else PDFDocEncoding ~ latin1). */
export function textOf(s: PdfString): string {
  const r = s.raw;
  if (r.charCodeAt(0) === 0xfe && r.charCodeAt(1) === 0xff) {
    const bytes = new Uint8Array(r.length);
    for (let i = 0; i < r.length; i++) bytes[i] = r.charCodeAt(i);
    return decodeUtf16(bytes, false, 2);
  }
  return r;
}

/**
 * A text string of any length as JS text: the last `max` characters of a
 * longer one (a file name's extension is at its end).
 */
export function fullTextOf(s: PdfString, meter: Meter, max = 4096): string {
  if (s.raw.length > 0 || s.end - s.start <= 2) return textOf(s);
  const bytes = stringBytes(s, meter);
  const text =
    bytes[0] === 0xfe && bytes[1] === 0xff ? decodeUtf16(bytes, false, 2) : latin1(bytes);
  return text.length > max ? text.slice(text.length - max) : text;
}

/** The decoded bytes of a string of any length (a signature's /Contents). */
export function stringBytes(s: PdfString, meter: Meter): Uint8Array {
  const b = s.src;
  const from = s.start + 1;
  const to = s.end - 1;
  meter.tick(to - from + 1);
  if (s.hex) {
    const out = new Uint8Array((to - from + 1) >> 1);
    let n = 0;
    let hi = -1;
    for (let i = from; i < to; i++) {
      const v = hexValue(b[i] as number);
      if (v < 0) continue;
      if (hi < 0) hi = v;
      else {
        out[n++] = hi * 16 + v;
        hi = -1;
      }
    }
    if (hi >= 0) out[n++] = hi * 16;
    return out.subarray(0, n);
  }
  const out = new Uint8Array(Math.max(0, to - from));
  let n = 0;
  let i = from;
  while (i < to) {
    let c = b[i] as number;
    if (c !== 0x5c) {
      out[n++] = c;
      i++;
      continue;
    }
    const e = b[i + 1] as number;
    i += 2;
    if (e >= 0x30 && e <= 0x37) {
      let v = e - 0x30;
      for (let k = 0; k < 2 && i < to && (b[i] as number) >= 0x30 && (b[i] as number) <= 0x37; k++)
        v = v * 8 + ((b[i++] as number) - 0x30);
      c = v & 0xff;
    } else if (e === 0x0d || e === 0x0a) {
      if (e === 0x0d && b[i] === 0x0a) i++;
      continue;
    } else c = ESCAPES[e] ?? e;
    out[n++] = c;
  }
  return out.subarray(0, n);
}

export const ESCAPES: Record<number, number> = {
  0x6e: 0x0a,
  0x72: 0x0d,
  0x74: 0x09,
  0x62: 0x08,
  0x66: 0x0c,
};

/** A limit that kept part of the file from being read. */
export type ReadLimit = 'nesting' | 'parts' | 'size' | 'format';
