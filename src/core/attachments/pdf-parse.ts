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

import { ascii, startsWithBytes } from './bytes';
import { inflateZlibBounded } from './inflate';
import type { Budget } from './inflate';
import type { Meter } from '../metering/meter';
import {
  CLASS,
  WS,
  arrOf,
  dictOf,
  digitsValue,
  findBytes,
  isDigit,
  isRegular,
  nameOf,
} from './pdf-values';
import type {
  ObjDef,
  PdfDict,
  PdfTrailer,
  PdfValue,
  ReadLimit,
  ScanResult,
  XrefEntry,
} from './pdf-values';
import { Lexer } from './pdf-lexer';
import { DROPPED, filterIsFlate, keeps, unpredictPng } from './pdf-streams';

export {
  arrOf,
  dictOf,
  findBytes,
  fullTextOf,
  isPdfWhitespace,
  nameOf,
  refOf,
  strOf,
  stringBytes,
  textOf,
} from './pdf-values';
export type {
  ObjDef,
  PdfArray,
  PdfDict,
  PdfName,
  PdfRef,
  PdfString,
  PdfTrailer,
  PdfValue,
  ReadLimit,
  ScanResult,
  XrefEntry,
} from './pdf-values';
export { Lexer, MAX_DEPTH } from './pdf-lexer';

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
