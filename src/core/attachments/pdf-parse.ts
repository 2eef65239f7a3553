/**
 * A small, forgiving PDF object reader: enough to find signature fields,
 * signature dictionaries, object streams, cross-reference sections and
 * trailers, never a renderer.
 *
 * Linear in the file by construction, whatever the file holds:
 * - The file is read once, front to back. Object headers ("n g obj") are
 *   found by one forward search; each object is parsed only up to the next
 *   header, so an object that never ends (an unclosed string, dictionary or
 *   array) costs its own bytes and no more, and the reader carries on with
 *   the next object.
 * - Values are parsed without recursion, with a bounded nesting depth.
 * - Stream data is skipped by its /Length when "endstream" follows it, else
 *   by one forward search for "endstream" whose answer is remembered, so
 *   many streams without an end do not search the rest of the file each.
 * - The space between objects (cross-reference tables, trailers, %%EOF
 *   markers) is searched once per kind of thing looked for.
 * Every unit of work is counted on the attachment's meter, which may stop the
 * reader with OutOfTime; that is never caught here.
 */
import { ascii, latin1, startsWithBytes } from './bytes';
import { decodeUtf16 } from './decode';
import type { Budget } from './inflate';
import { inflateZlibBounded } from './inflate';
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
const WS = 1;
const DELIM = 2;
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = WS;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = DELIM;

function isRegular(c: number | undefined): boolean {
  return c !== undefined && CLASS[c] === 0;
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

export function isPdfWhitespace(c: number | undefined): boolean {
  return c !== undefined && CLASS[c] === WS;
}

/** An optionally signed run of ASCII digits as a number, without making a string. */
function digitsValue(b: Uint8Array, start: number, end: number): number {
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

function hexValue(c: number): number {
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

/** Deepest nesting of arrays and dictionaries read; deeper objects are unreadable. */
export const MAX_DEPTH = 32;
const MAX_ENTRIES = 20_000;
const SHORT_STRING = 1024;
/** Longest number token read as a number; longer runs of digits are junk. */
const MAX_NUMBER_CHARS = 32;

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

const ESCAPES: Record<number, number> = {
  0x6e: 0x0a,
  0x72: 0x0d,
  0x74: 0x09,
  0x62: 0x08,
  0x66: 0x0c,
};

type Frame =
  | { readonly k: 'arr'; readonly items: PdfValue[] }
  | { readonly k: 'dict'; readonly map: Map<string, PdfValue>; key: string | null };

/** A limit that kept part of the file from being read. */
export type ReadLimit = 'nesting' | 'parts' | 'size' | 'format';

/** Reads PDF values from `b[pos, end)`; never reads past `end`. */
export class Lexer {
  pos: number;
  constructor(
    readonly b: Uint8Array,
    pos: number,
    readonly end: number,
    private readonly meter: Meter,
    /** Where the limits met are noted. */
    readonly limits: Set<ReadLimit> = new Set(),
  ) {
    this.pos = pos;
  }

  /** Nested deeper than MAX_DEPTH: the value is not read. */
  private deep(): undefined {
    this.limits.add('nesting');
    return undefined;
  }

  skipWs(): void {
    const b = this.b;
    const start = this.pos;
    let p = this.pos;
    const end = this.end;
    while (p < end) {
      const c = b[p] as number;
      if (CLASS[c] === WS) {
        p++;
      } else if (c === 0x25) {
        // Comment to end of line.
        while (p < end && b[p] !== 0x0a && b[p] !== 0x0d) p++;
      } else {
        break;
      }
    }
    this.pos = p;
    if (p > start) this.meter.tick(p - start);
  }

  /**
   * Parse one value; undefined when the input is not a value (the caller
   * gives up on this object). Iterative: nesting costs no stack.
   */
  value(): PdfValue | undefined {
    const b = this.b;
    const stack: Frame[] = [];
    for (;;) {
      this.skipWs();
      if (this.pos >= this.end) return undefined;
      this.meter.tick(1);
      const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
      const c = b[this.pos] as number;
      let v: PdfValue | undefined;
      if (top && top.k === 'dict' && top.key === null) {
        // A key, or the end of the dictionary.
        if (c === 0x3e && b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          stack.pop();
          v = { k: 'dict', map: top.map };
        } else if (c === 0x2f) {
          top.key = this.name();
          continue;
        } else {
          return undefined;
        }
      } else if (c === 0x3c && b[this.pos + 1] === 0x3c) {
        if (stack.length >= MAX_DEPTH) return this.deep();
        this.pos += 2;
        stack.push({ k: 'dict', map: new Map(), key: null });
        continue;
      } else if (c === 0x5b) {
        if (stack.length >= MAX_DEPTH) return this.deep();
        this.pos++;
        stack.push({ k: 'arr', items: [] });
        continue;
      } else if (c === 0x5d) {
        if (!top || top.k !== 'arr') return undefined;
        this.pos++;
        stack.pop();
        v = { k: 'arr', items: top.items };
      } else {
        v = this.scalar(c);
        if (v === undefined) return undefined;
      }
      // Hand the finished value to its container, or return it.
      const into = stack.length > 0 ? stack[stack.length - 1] : undefined;
      if (!into) return v;
      if (into.k === 'arr') {
        if (into.items.length < MAX_ENTRIES) into.items.push(v);
        else this.limits.add('parts');
      } else {
        const key = into.key as string;
        if (into.map.size >= MAX_ENTRIES) this.limits.add('parts');
        else if (!into.map.has(key)) into.map.set(key, v);
        into.key = null;
      }
    }
  }

  /** A value that is not a container. */
  private scalar(c: number): PdfValue | undefined {
    switch (c) {
      case 0x2f: // /
        return { k: 'name', v: this.name() };
      case 0x3c: // <
        return this.hexString();
      case 0x28: // (
        return this.literalString();
      default:
        break;
    }
    if (isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) return this.number();
    if (!isRegular(c)) return undefined;
    const word = this.word();
    if (word === 'true') return true;
    if (word === 'false') return false;
    // These end an object: a value that reaches them was never closed.
    if (word === 'endobj' || word === 'stream' || word === 'obj' || word === 'endstream') {
      this.pos -= word.length;
      return undefined;
    }
    return null;
  }

  /** A run of regular characters; returns its first 16 characters. */
  word(): string {
    const b = this.b;
    const start = this.pos;
    while (this.pos < this.end && isRegular(b[this.pos])) this.pos++;
    this.meter.tick(this.pos - start);
    return latin1(b, start, Math.min(this.pos, start + 16));
  }

  private name(): string {
    const b = this.b;
    this.pos++;
    const start = this.pos;
    while (this.pos < this.end && isRegular(b[this.pos])) this.pos++;
    this.meter.tick(this.pos - start);
    const stop = Math.min(this.pos, start + 256);
    let hasHash = false;
    for (let i = start; i < stop; i++) if (b[i] === 0x23) hasHash = true;
    if (!hasHash) return latin1(b, start, stop);
    // #xx escapes (PDF 1.2).
    let s = '';
    for (let i = start; i < stop; i++) {
      const ch = b[i] as number;
      if (ch === 0x23 && i + 2 < stop) {
        const hi = hexValue(b[i + 1] as number);
        const lo = hexValue(b[i + 2] as number);
        if (hi >= 0 && lo >= 0) {
          s += String.fromCharCode(hi * 16 + lo);
          i += 2;
          continue;
        }
      }
      s += String.fromCharCode(ch);
    }
    return s;
  }

  private number(): PdfValue | undefined {
    const b = this.b;
    const start = this.pos;
    if (b[this.pos] === 0x2b || b[this.pos] === 0x2d) this.pos++;
    let digits = 0;
    let dot = false;
    while (this.pos < this.end) {
      const c = b[this.pos];
      if (isDigit(c)) digits++;
      else if (c === 0x2e && !dot) dot = true;
      else break;
      this.pos++;
    }
    this.meter.tick(this.pos - start);
    if (digits === 0) {
      // A lone sign or dot, or a regular word after it: junk, read as null.
      while (this.pos < this.end && isRegular(b[this.pos])) this.pos++;
      return null;
    }
    if (this.pos - start > MAX_NUMBER_CHARS) return null;
    const num =
      dot || digits > 15 ? Number(latin1(b, start, this.pos)) : digitsValue(b, start, this.pos);
    if (!Number.isFinite(num)) return null;
    // "n g R" is an indirect reference. The look-ahead reads at most the
    // following whitespace, one short number and more whitespace; when it is
    // not a reference those bytes are read again as the next tokens (each
    // byte at most three times).
    if (!dot && b[start] !== 0x2d && b[start] !== 0x2b) {
      const save = this.pos;
      this.skipWs();
      const gStart = this.pos;
      while (this.pos < this.end && this.pos - gStart < 7 && isDigit(b[this.pos])) this.pos++;
      if (this.pos > gStart && this.pos - gStart <= 6 && !isDigit(b[this.pos])) {
        const g = digitsValue(b, gStart, this.pos);
        this.skipWs();
        if (this.pos < this.end && b[this.pos] === 0x52 && !isRegular(b[this.pos + 1])) {
          this.pos++;
          return { k: 'ref', n: num, g };
        }
      }
      this.pos = save;
    }
    return num;
  }

  private hexString(): PdfValue | undefined {
    const b = this.b;
    const start = this.pos;
    let zero = true;
    let raw = '';
    let count = 0;
    let hi = -1;
    let i = start + 1;
    for (; i < this.end; i++) {
      const c = b[i] as number;
      if (c === 0x3e) break;
      const v = hexValue(c);
      if (v < 0) {
        if (CLASS[c] === WS) continue;
        break;
      }
      if (v !== 0) zero = false;
      if (hi < 0) hi = v;
      else {
        if (count < SHORT_STRING) raw += String.fromCharCode(hi * 16 + v);
        count++;
        hi = -1;
      }
    }
    this.meter.tick(i - start);
    if (i >= this.end || b[i] !== 0x3e) {
      // Reading failed here: whoever reads on starts from this point, never
      // from the opening bracket again.
      this.pos = i;
      return undefined;
    }
    if (hi >= 0) {
      if (count < SHORT_STRING) raw += String.fromCharCode(hi * 16);
      count++;
    }
    this.pos = i + 1;
    return {
      k: 'str',
      hex: true,
      start,
      end: i + 1,
      zero,
      raw: count <= SHORT_STRING ? raw : '',
      src: b,
    };
  }

  private literalString(): PdfValue | undefined {
    const b = this.b;
    const start = this.pos;
    let depth = 1;
    let i = start + 1;
    let raw = '';
    let count = 0;
    let zero = true;
    const end = this.end;
    while (i < end) {
      let c = b[i] as number;
      if (c === 0x5c) {
        const e = b[i + 1];
        i += 2;
        if (e === undefined || i > end) break;
        if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (
            let k = 0;
            k < 2 && i < end && (b[i] as number) >= 0x30 && (b[i] as number) <= 0x37;
            k++
          )
            v = v * 8 + ((b[i++] as number) - 0x30);
          c = v & 0xff;
        } else if (e === 0x0d || e === 0x0a) {
          if (e === 0x0d && b[i] === 0x0a) i++;
          continue;
        } else c = ESCAPES[e] ?? e;
      } else {
        if (c === 0x28) depth++;
        else if (c === 0x29 && --depth === 0) {
          this.meter.tick(i + 1 - start);
          this.pos = i + 1;
          return {
            k: 'str',
            hex: false,
            start,
            end: i + 1,
            zero,
            raw: count <= SHORT_STRING ? raw : '',
            src: b,
          };
        }
        i++;
      }
      if (c !== 0) zero = false;
      if (count < SHORT_STRING) raw += String.fromCharCode(c);
      count++;
    }
    this.meter.tick(i - start);
    this.pos = Math.min(i, end);
    return undefined;
  }
}

const OBJ = ascii('obj');
const STREAM = ascii('stream');
const ENDSTREAM = ascii('endstream');
const ENDOBJ = ascii('endobj');
const TRAILER = ascii('trailer');
const XREF = ascii('xref');
const EOF_MARK = ascii('%%EOF');

interface Header {
  readonly n: number;
  readonly g: number;
  /** Offset of n. */
  readonly start: number;
  /** Offset just after "obj". */
  readonly objEnd: number;
}

function filterIsFlate(d: PdfDict): boolean | undefined {
  const f = d.map.get('Filter');
  if (f === undefined || f === null) return false;
  const name = nameOf(f) ?? nameOf(arrOf(f)?.items.length === 1 ? arrOf(f)?.items[0] : undefined);
  if (name === 'FlateDecode' || name === 'Fl') {
    // Predictors are used on xref streams, not on object streams; do not guess.
    return d.map.has('DecodeParms') || d.map.has('DP') ? undefined : true;
  }
  return undefined;
}

/**
 * Keys that make a dictionary matter for signatures, fields, pages, actions
 * or validation data.
 */
const KEPT_KEYS = [
  'Type',
  'FT',
  'ByteRange',
  'Perms',
  'Fields',
  'Subtype',
  'Parent',
  'Kids',
  'V',
  'T',
  'EF',
  'Encrypt',
  'AcroForm',
  'VRI',
  'Certs',
  'OCSPs',
  'CRLs',
  'Cert',
  'OCSP',
  'CRL',
  'Producer',
  'Creator',
  'ModDate',
  'CreationDate',
  'Author',
  'Title',
  'S',
  'JS',
  'Annots',
  'OpenAction',
  'AA',
];
const KEPT_STREAM_TYPES = new Set(['ObjStm', 'XRef', 'Metadata', 'EmbeddedFile']);

/**
 * Most objects of a large PDF are content streams, images, fonts and resource
 * dictionaries. Their parsed form is dropped at once (the definition is
 * marked `dropped`), so memory and garbage collection stay proportional to
 * the few objects that matter.
 */
function keeps(value: PdfValue, stream: boolean): boolean {
  const d = dictOf(value);
  if (!d) return !stream;
  if (stream) return KEPT_STREAM_TYPES.has(nameOf(d.map.get('Type')) ?? '');
  for (const key of KEPT_KEYS) if (d.map.has(key)) return true;
  return false;
}

const DROPPED: PdfDict = { k: 'dict', map: new Map() };

export class PdfScanner {
  readonly defs: ObjDef[] = [];
  readonly trailers: PdfTrailer[] = [];
  readonly eofEnds: number[] = [];
  readonly xref: XrefEntry[] = [];
  lastUnreadXref = -1;
  /** Limits that kept part of the file from being read. */
  readonly limits = new Set<ReadLimit>();
  lastStray = -1;
  cutStream = false;
  tooManyObjects = false;
  bomb = false;
  private readonly meter: Meter;
  /** The last search for "endstream": from where, and what it found (-1: none up to `to`). */
  private esFrom = -1;
  private esAt = -1;

  constructor(
    private readonly b: Uint8Array,
    private readonly budget: Budget,
    private readonly maxObjects: number,
  ) {
    this.meter = budget.meter;
  }

  result(): ScanResult {
    return {
      limits: this.limits,
      defs: this.defs,
      trailers: this.trailers,
      cutStream: this.cutStream,
      tooManyObjects: this.tooManyObjects,
      eofs: this.eofEnds.length,
      eofEnds: this.eofEnds,
      xref: this.xref,
      lastUnreadXref: this.lastUnreadXref,
      lastStray: this.lastStray,
    };
  }

  /** Scan the objects that start in [from, to). Ranges must be scanned in file order. */
  scan(from: number, to: number): void {
    const b = this.b;
    this.esFrom = -1;
    this.esAt = -1;
    let pos = from;
    let next = this.findHeader(from, to);
    for (;;) {
      if (next && this.defs.length >= this.maxObjects) {
        this.tooManyObjects = true;
        return;
      }
      this.gap(pos, next ? next.start : to);
      if (!next) return;
      const h = next;
      let following = this.findHeader(h.objEnd, to);
      const bound = following ? following.start : to;
      const lx = new Lexer(b, h.objEnd, bound, this.meter, this.limits);
      lx.skipWs();
      // "n g obj endobj": an empty object, which readers take for null.
      const value = startsWithBytes(b, ENDOBJ, lx.pos) ? null : lx.value();
      if (value === undefined) {
        this.push(h, h.start, null, false, false, false, true);
        // What follows the point where reading failed is looked at as the
        // space between objects (it may hold a trailer or a %%EOF).
        pos = Math.max(lx.pos, h.objEnd);
        next = following;
        continue;
      }
      lx.skipWs();
      let end = lx.pos;
      const dict = dictOf(value);
      let stream = false;
      let opaque = false;
      if (dict && startsWithBytes(b, STREAM, lx.pos)) {
        stream = true;
        const data = this.streamData(dict, lx.pos + STREAM.length, to);
        end = data.after;
        if (following && following.start < end) following = this.findHeader(end, to);
        const type = nameOf(dict.map.get('Type'));
        if (type === 'ObjStm') {
          const bombs = this.bomb;
          opaque = !this.openObjectStream(dict, data.start, data.end, h.start);
          if (opaque) this.limits.add(this.bomb && !bombs ? 'size' : 'format');
        } else if (type === 'XRef') {
          this.xrefStream(dict, data.start, data.end, h.start);
        }
      } else if (startsWithBytes(b, ENDOBJ, lx.pos)) {
        end = lx.pos + ENDOBJ.length;
      }
      this.push(h, h.start, value, stream, false, opaque, false);
      pos = Math.max(end, h.objEnd);
      next = following;
    }
  }

  private push(
    h: { n: number; g: number },
    offset: number,
    value: PdfValue,
    stream: boolean,
    compressed: boolean,
    opaque: boolean,
    broken: boolean,
  ): void {
    const keep = broken || keeps(value, stream);
    this.defs.push({
      n: h.n,
      g: h.g,
      offset,
      value: keep ? value : DROPPED,
      stream,
      compressed,
      opaque,
      broken,
      dropped: !keep,
    });
  }

  /** Where a stream's data starts and ends, and where reading goes on after it. */
  private streamData(
    dict: PdfDict,
    afterKeyword: number,
    to: number,
  ): { start: number; end: number; after: number } {
    const b = this.b;
    let start = afterKeyword;
    if (b[start] === 0x0d) start++;
    if (b[start] === 0x0a) start++;
    const len = dict.map.get('Length');
    const lenOk = typeof len === 'number' && Number.isInteger(len) && len >= 0 && start + len <= to;
    if (lenOk) {
      // Trust /Length when "endstream" really follows it.
      let e = start + len;
      const stop = Math.min(to, e + 32);
      while (e < stop && CLASS[b[e] as number] === WS) e++;
      this.meter.tick(e - start - len + 1);
      if (startsWithBytes(b, ENDSTREAM, e)) return { start, end: start + len, after: e + 9 };
    }
    const found = this.nextEndstream(start, to);
    if (found >= 0) {
      let end = found;
      if (end > start && b[end - 1] === 0x0a) end--;
      if (end > start && b[end - 1] === 0x0d) end--;
      return { start, end, after: found + ENDSTREAM.length };
    }
    if (lenOk) return { start, end: start + len, after: start + len };
    // Only a real cut when this range runs to the end of the file.
    if (to === b.length) this.cutStream = true;
    return { start, end: to, after: to };
  }

  private nextEndstream(from: number, to: number): number {
    if (this.esFrom >= 0 && from >= this.esFrom && (this.esAt < 0 || this.esAt >= from)) {
      return this.esAt;
    }
    const at = findBytes(this.b, ENDSTREAM, from, to);
    this.meter.tick((at < 0 ? to : at) - from + 1);
    this.esFrom = from;
    this.esAt = at;
    return at;
  }

  /** The first "n g obj" header whose "obj" starts at or after `from`, with n at or after `from`. */
  private findHeader(from: number, to: number): Header | null {
    const b = this.b;
    let p = from;
    for (;;) {
      const at = findBytes(b, OBJ, p, to);
      this.meter.tick((at < 0 ? to : at + 3) - p);
      if (at < 0) return null;
      const h = isRegular(b[at + 3]) ? null : headerBefore(b, at, Math.max(from, at - 24));
      if (h) return h;
      p = at + 3;
    }
  }

  /** The space between objects: %%EOF markers, trailers, cross-reference tables, strays. */
  private gap(from: number, to: number): void {
    if (to <= from) return;
    const b = this.b;
    const meter = this.meter;
    for (let p = from; ;) {
      const e = findBytes(b, EOF_MARK, p, to);
      meter.tick((e < 0 ? to : e + 5) - p);
      if (e < 0) break;
      this.eofEnds.push(e + 5);
      p = e + 5;
    }
    for (let p = from; ;) {
      const t = findBytes(b, TRAILER, p, to);
      meter.tick((t < 0 ? to : t + 7) - p);
      if (t < 0) break;
      const lx = new Lexer(b, t + TRAILER.length, to, meter, this.limits);
      const d = dictOf(lx.value());
      if (d) this.trailers.push({ dict: d, offset: t });
      p = Math.max(lx.pos, t + TRAILER.length);
    }
    for (let p = from; ;) {
      const x = findBytes(b, XREF, p, to);
      meter.tick((x < 0 ? to : x + 4) - p);
      if (x < 0) break;
      // "startxref" is not a table.
      p = isRegular(b[x - 1]) || isRegular(b[x + 4]) ? x + 4 : this.xrefTable(x, to);
    }
    for (let p = from; ;) {
      const o = findBytes(b, OBJ, p, to);
      meter.tick((o < 0 ? to : o + 3) - p);
      if (o < 0) break;
      const endobj = o >= 3 && b[o - 3] === 0x65 && b[o - 2] === 0x6e && b[o - 1] === 0x64;
      if (!endobj) this.lastStray = o;
      p = o + 3;
    }
  }

  /** A classic cross-reference table at `at`: note the objects it marks free. Returns where it ends. */
  private xrefTable(at: number, to: number): number {
    const b = this.b;
    let p = at + XREF.length;
    const int = (): number => {
      while (p < to && CLASS[b[p] as number] === WS) p++;
      const s = p;
      while (p < to && p - s < 11 && isDigit(b[p])) p++;
      return p > s && !isDigit(b[p]) ? digitsValue(b, s, p) : -1;
    };
    const start = p;
    for (;;) {
      const first = int();
      const count = int();
      if (first < 0 || count < 0) break;
      let i = 0;
      for (; i < count; i++) {
        const offset = int();
        if (offset < 0 || int() < 0) break;
        while (p < to && CLASS[b[p] as number] === WS) p++;
        const kind = b[p];
        if (kind !== 0x66 && kind !== 0x6e) break;
        p++;
        if (first + i > 0) this.entry(first + i, kind === 0x66 ? 'free' : 'used', offset, at);
      }
      if (i < count) break;
    }
    this.meter.tick(p - start + 1);
    return Math.max(p, at + XREF.length);
  }

  private entry(n: number, kind: XrefEntry['kind'], at: number, section: number): void {
    if (this.xref.length >= 2 * this.maxObjects) this.tooManyObjects = true;
    else this.xref.push({ n, kind, at, section });
  }

  /** The entries of a cross-reference stream (PDF 1.5, §7.5.8). */
  private xrefStream(dict: PdfDict, start: number, end: number, section: number): void {
    const data = this.decodeXref(dict, start, end);
    const w = arrOf(dict.map.get('W'))?.items ?? [];
    const widths = w.map((x) => (typeof x === 'number' && Number.isInteger(x) ? x : -1));
    if (!data || widths.length !== 3 || widths.some((x) => x < 0 || x > 8)) {
      this.lastUnreadXref = section;
      return;
    }
    const [w1, w2, w3] = widths as [number, number, number];
    const row = w1 + w2 + w3;
    const size = dict.map.get('Size');
    const index = arrOf(dict.map.get('Index'))?.items ?? [0, typeof size === 'number' ? size : 0];
    let at = 0;
    const field = (width: number): number => {
      let v = 0;
      for (let k = 0; k < width; k++) v = v * 256 + (data[at++] as number);
      return v;
    };
    for (let i = 0; i + 1 < index.length; i += 2) {
      const first = index[i];
      const count = index[i + 1];
      if (typeof first !== 'number' || typeof count !== 'number' || row === 0) break;
      for (let k = 0; k < count && at + row <= data.length; k++) {
        this.meter.tick(row);
        const type = w1 === 0 ? 1 : field(w1);
        const f2 = field(w2);
        field(w3);
        const n = first + k;
        if (n === 0) continue;
        if (type === 0) this.entry(n, 'free', 0, section);
        else if (type === 1) this.entry(n, 'used', f2, section);
        else if (type === 2) this.entry(n, 'compressed', f2, section);
      }
    }
  }

  /** A cross-reference stream's rows: inflated, PNG predictors undone. Null when it cannot be read. */
  private decodeXref(dict: PdfDict, start: number, end: number): Uint8Array | null {
    const raw = this.b.subarray(start, Math.max(start, end));
    const filter = dict.map.get('Filter');
    const name =
      nameOf(filter) ??
      nameOf(arrOf(filter)?.items.length === 1 ? arrOf(filter)?.items[0] : undefined);
    let data: Uint8Array;
    if (filter === undefined || filter === null) data = raw;
    else if (name === 'FlateDecode' || name === 'Fl') {
      const r = inflateZlibBounded(raw, this.budget.limits.maxPartBytes, this.budget);
      this.meter.tick(raw.length + r.data.length);
      if (r.stop !== 'complete' && r.stop !== 'truncated') return null;
      data = r.data;
    } else return null;
    const parms =
      dictOf(dict.map.get('DecodeParms') ?? dict.map.get('DP')) ??
      dictOf(arrOf(dict.map.get('DecodeParms'))?.items[0]);
    const predictor = parms?.map.get('Predictor');
    if (predictor === undefined || predictor === 1) return data;
    if (typeof predictor !== 'number' || predictor < 10) return null;
    const columns = parms?.map.get('Columns');
    const cols =
      typeof columns === 'number' && Number.isInteger(columns) && columns > 0 ? columns : 1;
    return unpredictPng(data, cols, this.meter);
  }

  /** Parse the objects of a compressed object stream (PDF 1.5). Returns false if unreadable. */
  private openObjectStream(dict: PdfDict, start: number, end: number, offset: number): boolean {
    const flate = filterIsFlate(dict);
    if (flate === undefined) return false;
    const raw = this.b.subarray(start, Math.max(start, end));
    let data: Uint8Array;
    if (flate) {
      const r = inflateZlibBounded(raw, this.budget.limits.maxPartBytes, this.budget);
      this.meter.tick(raw.length + r.data.length);
      if (r.stop === 'bomb') this.bomb = true;
      // Inflated only up to the part or total limit: the rest is not read.
      if (r.stop === 'cap' || r.stop === 'budget') this.limits.add('size');
      if (r.stop !== 'complete' && r.stop !== 'truncated') {
        if (r.data.length === 0 || r.stop === 'error' || r.stop === 'bomb') return false;
      }
      data = r.data;
    } else {
      data = raw;
    }
    const count = dict.map.get('N');
    const first = dict.map.get('First');
    if (typeof count !== 'number' || typeof first !== 'number' || first < 0 || first > data.length)
      return false;
    const head = new Lexer(data, 0, first, this.meter, this.limits);
    const pairs: number[] = [];
    for (let i = 0; i < count * 2 && i < 2 * this.maxObjects; i++) {
      const v = head.value();
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) break;
      pairs.push(v);
    }
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      if (this.defs.length >= this.maxObjects) {
        this.tooManyObjects = true;
        break;
      }
      const n = pairs[i] as number;
      const at = first + (pairs[i + 1] as number);
      const nextOffset = i + 3 < pairs.length ? first + (pairs[i + 3] as number) : data.length;
      // Objects follow each other; offsets that go back would make us read
      // the same bytes again for each object. Such a stream is not read on.
      if (at >= data.length || nextOffset <= at) return false;
      const lx = new Lexer(data, at, Math.min(data.length, nextOffset), this.meter, this.limits);
      const value = lx.value();
      const h = { n, g: 0 };
      if (value === undefined) this.push(h, offset, null, false, true, false, true);
      else this.push(h, offset, value, false, true, false, false);
    }
    return true;
  }
}

/**
 * Undo PNG prediction (PDF 32000-1 §7.4.4.4): rows of `columns` bytes, each
 * after a byte naming its filter; one byte per pixel, as in cross-reference
 * streams.
 */
function unpredictPng(data: Uint8Array, columns: number, meter: Meter): Uint8Array | null {
  const rowIn = columns + 1;
  const rows = Math.floor(data.length / rowIn);
  const out = new Uint8Array(rows * columns);
  meter.tick(data.length + 1);
  for (let r = 0; r < rows; r++) {
    const kind = data[r * rowIn] as number;
    const src = r * rowIn + 1;
    const dst = r * columns;
    for (let c = 0; c < columns; c++) {
      const x = data[src + c] as number;
      const left = c > 0 ? (out[dst + c - 1] as number) : 0;
      const up = r > 0 ? (out[dst - columns + c] as number) : 0;
      const upLeft = r > 0 && c > 0 ? (out[dst - columns + c - 1] as number) : 0;
      let v: number;
      if (kind === 0) v = x;
      else if (kind === 1) v = x + left;
      else if (kind === 2) v = x + up;
      else if (kind === 3) v = x + ((left + up) >> 1);
      else if (kind === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        v = x + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      } else return null;
      out[dst + c] = v & 0xff;
    }
  }
  return out;
}

/** If "n g obj" ends at `objAt` (the index of "obj"), return n and g. */
function headerBefore(b: Uint8Array, objAt: number, floor: number): Header | null {
  let j = objAt - 1;
  if (j < floor || CLASS[b[j] as number] !== WS) return null;
  while (j >= floor && CLASS[b[j] as number] === WS) j--;
  const gEnd = j + 1;
  while (j >= floor && isDigit(b[j]) && gEnd - j <= 6) j--;
  const gStart = j + 1;
  if (gStart === gEnd || j < floor || CLASS[b[j] as number] !== WS) return null;
  while (j >= floor && CLASS[b[j] as number] === WS) j--;
  const nEnd = j + 1;
  while (j >= floor && isDigit(b[j]) && nEnd - j <= 11) j--;
  const nStart = j + 1;
  if (nStart === nEnd) return null;
  // Not the tail of a longer number. Anything else may come before: a reader
  // goes to the offset its cross-reference table gives, so "%%EOF23 0 obj"
  // (seen in signed files) is object 23 to it.
  if (j >= 0 && (isDigit(b[j]) || b[j] === 0x2e)) return null;
  const n = digitsValue(b, nStart, nEnd);
  const g = digitsValue(b, gStart, gEnd);
  return { n, g, start: nStart, objEnd: objAt + 3 };
}
