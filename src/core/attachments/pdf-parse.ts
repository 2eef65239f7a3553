/**
 * A small, forgiving PDF object reader: enough to find signature fields,
 * signature dictionaries, object streams and trailers, never a renderer.
 * It works on the bytes directly (no decoding of the whole file to a string),
 * skips stream data, and gives up on an object rather than throwing.
 */
import { ascii, indexOfBytes, latin1, startsWithBytes } from './bytes';
import { decodeUtf16 } from './decode';
import type { Budget } from './inflate';
import { inflateZlibBounded } from './inflate';

export interface PdfName {
  readonly k: 'name';
  readonly v: string;
}
export interface PdfString {
  readonly k: 'str';
  readonly hex: boolean;
  /** Offsets of the opening and one past the closing delimiter, in the buffer parsed. */
  readonly start: number;
  readonly end: number;
  /** True when every byte is zero: an unfilled signature /Contents. */
  readonly zero: boolean;
  /** Decoded bytes as latin1, for short strings only. */
  readonly raw: string;
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
  readonly value: PdfValue;
  readonly stream: boolean;
  readonly compressed: boolean;
  /** An object stream that could not be opened: its objects are unknown. */
  readonly opaque: boolean;
}

export interface ScanResult {
  readonly defs: ObjDef[];
  readonly trailers: PdfDict[];
  /** A stream ran into the end of the file. */
  readonly cutStream: boolean;
  /** Object limit reached. */
  readonly tooManyObjects: boolean;
  readonly eofs: number;
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

const MAX_DEPTH = 32;
const MAX_ENTRIES = 20_000;
const SHORT_STRING = 1024;

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

/** Canonical text of a value, to compare two versions of an object. */
export function serialize(v: PdfValue | undefined, depth = 0): string {
  if (v === undefined) return '~';
  if (v === null || typeof v !== 'object') return String(v);
  if (depth > 8) return '…';
  switch (v.k) {
    case 'name':
      return '/' + v.v;
    case 'str':
      return (v.hex ? '<' : '(') + v.raw + (v.zero ? '0' : '') + (v.end - v.start);
    case 'ref':
      return `${v.n} ${v.g} R`;
    case 'arr':
      return '[' + v.items.map((x) => serialize(x, depth + 1)).join(' ') + ']';
    case 'dict': {
      const keys = Array.from(v.map.keys()).sort();
      return (
        '<<' +
        keys.map((key) => '/' + key + ' ' + serialize(v.map.get(key), depth + 1)).join(' ') +
        '>>'
      );
    }
  }
}

export class Lexer {
  pos: number;
  private tokens = 0;
  constructor(
    readonly b: Uint8Array,
    pos: number,
    readonly end: number,
    private readonly maxTokens = 2_000_000,
  ) {
    this.pos = pos;
  }

  skipWs(): void {
    const b = this.b;
    while (this.pos < this.end) {
      const c = b[this.pos] as number;
      if (CLASS[c] === WS) {
        this.pos++;
      } else if (c === 0x25) {
        // Comment to end of line.
        while (this.pos < this.end && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      } else {
        return;
      }
    }
  }

  /** Parse one value; undefined when the input is not a value (the caller gives up). */
  value(depth = 0): PdfValue | undefined {
    this.skipWs();
    if (this.pos >= this.end || depth > MAX_DEPTH) return undefined;
    if (++this.tokens > this.maxTokens) return undefined;
    const b = this.b;
    const c = b[this.pos] as number;
    switch (c) {
      case 0x2f: // /
        return { k: 'name', v: this.name() };
      case 0x3c: // <
        return b[this.pos + 1] === 0x3c ? this.dict(depth) : this.hexString();
      case 0x28: // (
        return this.literalString();
      case 0x5b: // [
        return this.array(depth);
      default:
        break;
    }
    if (isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) return this.number();
    if (!isRegular(c)) return undefined;
    const start = this.pos;
    while (this.pos < this.end && isRegular(b[this.pos])) this.pos++;
    const word = latin1(b, start, Math.min(this.pos, start + 16));
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    // These end an object: a dictionary that reaches them was never closed.
    if (word === 'endobj' || word === 'stream' || word === 'obj' || word === 'endstream') {
      this.pos = start;
      return undefined;
    }
    return null;
  }

  private name(): string {
    const b = this.b;
    this.pos++;
    const start = this.pos;
    while (this.pos < this.end && isRegular(b[this.pos])) this.pos++;
    let s = latin1(b, start, Math.min(this.pos, start + 256));
    if (s.indexOf('#') >= 0) {
      s = s.replace(/#([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
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
    if (digits === 0) return null;
    const num =
      dot || digits > 15 ? Number(latin1(b, start, this.pos)) : digitsValue(b, start, this.pos);
    if (!Number.isFinite(num)) return null;
    // "n g R" is an indirect reference.
    if (!dot && b[start] !== 0x2d && b[start] !== 0x2b) {
      const save = this.pos;
      this.skipWs();
      const gStart = this.pos;
      while (this.pos < this.end && isDigit(b[this.pos])) this.pos++;
      if (this.pos > gStart && this.pos - gStart <= 6) {
        const g = digitsValue(b, gStart, this.pos);
        this.skipWs();
        if (b[this.pos] === 0x52 && !isRegular(b[this.pos + 1])) {
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
    const close = b.indexOf(0x3e, start + 1);
    if (close < 0 || close >= this.end) return undefined;
    let zero = true;
    let raw = '';
    const keep = close - start <= SHORT_STRING * 2;
    let hi = -1;
    for (let i = start + 1; i < close; i++) {
      const c = b[i] as number;
      let v: number;
      if (c >= 0x30 && c <= 0x39) v = c - 0x30;
      else if (c >= 0x41 && c <= 0x46) v = c - 0x37;
      else if (c >= 0x61 && c <= 0x66) v = c - 0x57;
      else if (CLASS[c] === WS) continue;
      else return undefined;
      if (v !== 0) zero = false;
      if (keep) {
        if (hi < 0) hi = v;
        else {
          raw += String.fromCharCode(hi * 16 + v);
          hi = -1;
        }
      }
    }
    if (keep && hi >= 0) raw += String.fromCharCode(hi * 16);
    this.pos = close + 1;
    return { k: 'str', hex: true, start, end: close + 1, zero, raw };
  }

  private literalString(): PdfValue | undefined {
    const b = this.b;
    const start = this.pos;
    let depth = 1;
    let i = start + 1;
    let raw = '';
    let zero = true;
    while (i < this.end) {
      let c = b[i] as number;
      if (c === 0x5c) {
        // Escape: keep it simple, the decoded value only matters for short names.
        const n = b[i + 1];
        i += 2;
        if (n === undefined) break;
        if (n >= 0x30 && n <= 0x37) {
          let v = n - 0x30;
          let k = 0;
          while (k < 2 && (b[i] ?? 0) >= 0x30 && (b[i] ?? 0) <= 0x37) {
            v = v * 8 + ((b[i] as number) - 0x30);
            i++;
            k++;
          }
          c = v & 0xff;
        } else if (n === 0x6e) c = 0x0a;
        else if (n === 0x72) c = 0x0d;
        else if (n === 0x74) c = 0x09;
        else if (n === 0x62) c = 0x08;
        else if (n === 0x66) c = 0x0c;
        else if (n === 0x0d || n === 0x0a) {
          if (n === 0x0d && b[i] === 0x0a) i++;
          continue;
        } else c = n;
        if (c !== 0) zero = false;
        if (raw.length < SHORT_STRING) raw += String.fromCharCode(c);
        continue;
      }
      if (c === 0x28) depth++;
      else if (c === 0x29) {
        depth--;
        if (depth === 0) {
          this.pos = i + 1;
          return { k: 'str', hex: false, start, end: i + 1, zero, raw };
        }
      }
      if (c !== 0) zero = false;
      if (raw.length < SHORT_STRING) raw += String.fromCharCode(c);
      i++;
    }
    return undefined;
  }

  private array(depth: number): PdfValue | undefined {
    const b = this.b;
    this.pos++;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipWs();
      if (this.pos >= this.end) return undefined;
      if (b[this.pos] === 0x5d) {
        this.pos++;
        return { k: 'arr', items };
      }
      const v = this.value(depth + 1);
      if (v === undefined) return undefined;
      if (items.length < MAX_ENTRIES) items.push(v);
    }
  }

  private dict(depth: number): PdfValue | undefined {
    const b = this.b;
    this.pos += 2;
    const map = new Map<string, PdfValue>();
    for (;;) {
      this.skipWs();
      if (this.pos >= this.end) return undefined;
      const c = b[this.pos];
      if (c === 0x3e && b[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return { k: 'dict', map };
      }
      if (c !== 0x2f) return undefined;
      const key = this.name();
      const v = this.value(depth + 1);
      if (v === undefined) return undefined;
      if (map.size < MAX_ENTRIES && !map.has(key)) map.set(key, v);
    }
  }
}

const OBJ = ascii('obj');
const STREAM = ascii('stream');
const ENDSTREAM = ascii('endstream');
const TRAILER = ascii('trailer');
const EOF_MARK = ascii('%%EOF');

/** If "n g obj" ends at `objAt` (the index of "obj"), return n and g. */
function objHeaderBefore(
  b: Uint8Array,
  objAt: number,
  floor: number,
): { n: number; g: number; start: number } | null {
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
  if (j >= floor && isRegular(b[j])) return null;
  const n = digitsValue(b, nStart, nEnd);
  const g = digitsValue(b, gStart, gEnd);
  return { n, g, start: nStart };
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

/** Keys that make a dictionary matter for signatures, fields, pages or validation data. */
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
];
const KEPT_STREAM_TYPES = new Set(['ObjStm', 'XRef', 'Metadata', 'EmbeddedFile']);

/**
 * Most objects of a large PDF are content streams, images, fonts and resource
 * dictionaries. Their parsed form is dropped at once (replaced by one shared
 * empty dictionary), so memory and garbage collection stay proportional to
 * the few objects that matter. An empty dictionary still counts as "some
 * other object" when a later update replaces it.
 */
const OPAQUE: PdfDict = { k: 'dict', map: new Map() };

function kept(value: PdfValue, stream: boolean): PdfValue {
  const d = dictOf(value);
  if (!d) return value;
  if (stream) return KEPT_STREAM_TYPES.has(nameOf(d.map.get('Type')) ?? '') ? d : OPAQUE;
  for (const key of KEPT_KEYS) if (d.map.has(key)) return d;
  return OPAQUE;
}

export class PdfScanner {
  readonly defs: ObjDef[] = [];
  readonly trailers: PdfDict[] = [];
  cutStream = false;
  tooManyObjects = false;
  /** %%EOF markers seen outside streams: one per saved revision. */
  eofs = 0;
  bomb = false;

  constructor(
    private readonly b: Uint8Array,
    private readonly budget: Budget,
    private readonly maxObjects: number,
  ) {}

  result(): ScanResult {
    return {
      defs: this.defs,
      trailers: this.trailers,
      cutStream: this.cutStream,
      tooManyObjects: this.tooManyObjects,
      eofs: this.eofs,
    };
  }

  /** Scan the objects that start in [from, to). */
  scan(from: number, to: number): void {
    const b = this.b;
    let pos = from;
    while (pos < to) {
      if (this.defs.length >= this.maxObjects) {
        this.tooManyObjects = true;
        return;
      }
      const at = indexOfBytes(b, OBJ, pos, to);
      this.trailersIn(pos, at < 0 ? to : at, to);
      if (at < 0) return;
      const head = objHeaderBefore(b, at, Math.max(from, at - 24));
      if (!head || isRegular(b[at + 3])) {
        pos = at + 3;
        continue;
      }
      const lx = new Lexer(b, at + 3, to);
      const value = lx.value();
      if (value === undefined) {
        pos = at + 3;
        continue;
      }
      lx.skipWs();
      let next = lx.pos;
      let stream = false;
      let dataStart = 0;
      let dataEnd = 0;
      const dict = dictOf(value);
      if (dict && startsWithBytes(b, STREAM, lx.pos)) {
        stream = true;
        dataStart = lx.pos + STREAM.length;
        if (b[dataStart] === 0x0d) dataStart++;
        if (b[dataStart] === 0x0a) dataStart++;
        const len = dict.map.get('Length');
        let found = -1;
        if (typeof len === 'number' && len >= 0 && dataStart + len <= to) {
          // Trust /Length only when "endstream" really follows it.
          let e = dataStart + len;
          while (e < to && CLASS[b[e] as number] === WS) e++;
          if (startsWithBytes(b, ENDSTREAM, e)) {
            found = e;
            dataEnd = dataStart + len;
          }
        }
        if (found < 0) {
          found = indexOfBytes(b, ENDSTREAM, dataStart, to);
          dataEnd = found;
          if (found >= 0) {
            if (b[dataEnd - 1] === 0x0a) dataEnd--;
            if (b[dataEnd - 1] === 0x0d) dataEnd--;
          }
        }
        if (found < 0) {
          // Only a real cut when this range runs to the end of the file.
          if (to === b.length) this.cutStream = true;
          dataEnd = to;
          next = to;
        } else {
          next = found + ENDSTREAM.length;
        }
      }
      let opaque = false;
      if (stream && dict && nameOf(dict.map.get('Type')) === 'ObjStm') {
        opaque = !this.openObjectStream(dict, dataStart, Math.max(dataStart, dataEnd), head.start);
      }
      this.defs.push({
        n: head.n,
        g: head.g,
        offset: head.start,
        value: kept(value, stream),
        stream,
        compressed: false,
        opaque,
      });
      pos = Math.max(next, at + 3);
    }
  }

  private trailersIn(from: number, to: number, limit: number): void {
    // Gaps between objects hold the xref sections, trailers and %%EOF markers.
    // Most gaps are just "endobj" and a newline: skip those without searching.
    if (to - from < 64) {
      let interesting = false;
      for (let i = from; i < to; i++) {
        const c = this.b[i];
        if (c === 0x25 || c === 0x74) {
          interesting = true;
          break;
        }
      }
      if (!interesting) return;
    }
    for (
      let e = indexOfBytes(this.b, EOF_MARK, from, to);
      e >= 0;
      e = indexOfBytes(this.b, EOF_MARK, e + 5, to)
    ) {
      this.eofs++;
    }
    let p = from;
    for (;;) {
      const t = indexOfBytes(this.b, TRAILER, p, to);
      if (t < 0) return;
      const lx = new Lexer(this.b, t + TRAILER.length, limit, 100_000);
      const d = dictOf(lx.value());
      if (d) this.trailers.push(d);
      p = t + TRAILER.length;
    }
  }

  /** Parse the objects of a compressed object stream (PDF 1.5). Returns false if unreadable. */
  private openObjectStream(dict: PdfDict, start: number, end: number, offset: number): boolean {
    const flate = filterIsFlate(dict);
    if (flate === undefined) return false;
    const raw = this.b.subarray(start, end);
    let data: Uint8Array;
    if (flate) {
      const r = inflateZlibBounded(raw, this.budget.limits.maxPartBytes, this.budget);
      if (r.stop === 'bomb') this.bomb = true;
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
    const head = new Lexer(data, 0, first);
    const pairs: number[] = [];
    for (let i = 0; i < count * 2 && i < 2 * this.maxObjects; i++) {
      const v = head.value();
      if (typeof v !== 'number') break;
      pairs.push(v);
    }
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      if (this.defs.length >= this.maxObjects) {
        this.tooManyObjects = true;
        break;
      }
      const n = pairs[i] as number;
      const at = first + (pairs[i + 1] as number);
      const stop = i + 3 < pairs.length ? first + (pairs[i + 3] as number) : data.length;
      if (at < first || at >= data.length) continue;
      const lx = new Lexer(
        data,
        at,
        Math.max(at, Math.min(data.length, stop > at ? stop : data.length)),
      );
      const value = lx.value();
      if (value === undefined) continue;
      this.defs.push({
        n,
        g: 0,
        offset,
        value: kept(value, false),
        stream: false,
        compressed: true,
        opaque: false,
      });
    }
    return true;
  }
}
