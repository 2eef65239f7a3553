/**
 * Display order (normalize.ts): right-to-left overrides and embeddings
 * undone, so a detector reads the text as the user sees it, with a map back
 * to the original. Nesting is bounded; linear in the text.
 */

import type { Meter } from '../metering/meter';
import {
  DROP,
  FSI,
  KEEP,
  LRE,
  LRI,
  LRO,
  MAP,
  MARK,
  PDF,
  PDI,
  RLE,
  RLI,
  RLO,
  tables,
} from './normalize-tables';
import { withTable } from './normalize-origin';
import type { NormalizedText, Traced } from './normalize-origin';
import { normalizeText } from './normalize-fold';

/* ------------------------------------------------------------------------ */
/* Display order: right-to-left overrides and embeddings undone.             */

function isBidiOpener(c: number): boolean {
  return c === LRE || c === RLE || c === LRO || c === RLO || (c >= LRI && c <= FSI);
}

function isParagraphEnd(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2029 || c === 0x85 || c === 0x0b || c === 0x0c;
}

/** Does the text hold a right-to-left override, embedding or isolate? */
export function hasRightToLeft(s: string): boolean {
  return s.indexOf('\u202e') >= 0 || s.indexOf('\u202b') >= 0 || s.indexOf('\u2067') >= 0;
}

function isDigitUnit(c: number): boolean {
  if (c >= 0x30 && c <= 0x39) return true;
  if (c < 0x660) return false;
  const t = tables();
  const k = t.cls[c];
  if (k !== MAP) return false;
  const r = t.repl[c] ?? 0;
  return r >= 0x30 && r <= 0x39;
}

/** Right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
function isRtlLetter(c: number): boolean {
  return (
    (c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe)
  );
}

/** A strong left-to-right character (a letter of a left-to-right script), roughly. */
function isLtrLetter(c: number): boolean {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  if (isRtlLetter(c) || isDigitUnit(c)) return false;
  if (c >= 0x2000 && c < 0x3040) return false; // punctuation, symbols, spaces
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return (tables().cls[c] ?? KEEP) !== MARK;
}

/** Separators that join digits into one number in display (Unicode's ES and CS). */
function isNumberSeparator(c: number): boolean {
  return c === 0x2b || c === 0x2d || c === 0x2e || c === 0x2c || c === 0x2f || c === 0x3a;
}

/** A growable list of indices. */
class Indices {
  buf: Int32Array;
  len = 0;

  constructor(capacity: number) {
    this.buf = new Int32Array(Math.max(16, capacity));
  }

  push(v: number): void {
    if (this.len === this.buf.length) {
      const bigger = new Int32Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.len++] = v;
  }
}

function isControl(c: number): boolean {
  return isBidiOpener(c) || c === PDF || c === PDI;
}

function isRightToLeft(c: number): boolean {
  return c === RLO || c === RLE || c === RLI;
}

/** Deepest nesting of bidi spans that is reordered (deeper controls are dropped). */
const MAX_DEPTH = 8;

/**
 * Where each bidi span ends: for an opener at i, `close[i]` is the index of
 * its closing PDF/PDI, or of the paragraph end (or the text's end) that ends
 * it first; -1 elsewhere.
 */
function spanEnds(s: string): Int32Array {
  const n = s.length;
  const close = new Int32Array(n).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isBidiOpener(c)) {
      if (open.length < MAX_DEPTH) open.push(i);
    } else if (c === PDF || c === PDI) {
      const o = open.pop();
      if (o !== undefined) close[o] = i;
    } else if (isParagraphEnd(c)) {
      for (let o = open.pop(); o !== undefined; o = open.pop()) close[o] = i;
    }
  }
  for (let o = open.pop(); o !== undefined; o = open.pop()) close[o] = n;
  return close;
}

/**
 * Indices of s[from, to) in the order a reader sees them, appended to `out`.
 * `kind` is the control that opened the span (0 for the paragraph itself):
 * a right-to-left override reverses every character; a right-to-left
 * embedding or isolate keeps runs of left-to-right text and numbers and
 * reverses the runs; a left-to-right span keeps its order. Nested spans are
 * ordered the same way, as one unit of the span around them. Bidi controls
 * are left out.
 */
function orderSpan(
  s: string,
  from: number,
  to: number,
  kind: number,
  close: Int32Array,
  out: Indices,
): void {
  const rtl = isRightToLeft(kind);
  // Units of a right-to-left span go to `buf` first, `units` holding where each starts.
  const buf = rtl ? new Indices(to - from) : out;
  const units = rtl ? new Indices(64) : null;
  let lastStrongLtr = false;
  let j = from;
  while (j < to) {
    const c = s.charCodeAt(j);
    if (isControl(c)) {
      const end = close[j] ?? -1;
      if (end >= 0 && isBidiOpener(c)) {
        units?.push(buf.len);
        orderSpan(s, j + 1, end, c, close, buf);
        j = end < s.length && isControl(s.charCodeAt(end)) ? end + 1 : end;
      } else j++;
      continue;
    }
    let e = j + 1;
    if (!rtl || kind === RLO) {
      // One character (a surrogate pair together).
      if (c >= 0xd800 && c <= 0xdbff && e < to) {
        const lo = s.charCodeAt(e);
        if (lo >= 0xdc00 && lo <= 0xdfff) e++;
      }
    } else if (isLtrLetter(c) || (lastStrongLtr && isDigitUnit(c))) {
      // Letters, with the spaces and numbers between them (a number after a
      // left-to-right letter is shown as part of its run).
      let end = e;
      while (e < to) {
        const d = s.charCodeAt(e);
        if (isControl(d)) break;
        if (isLtrLetter(d) || isDigitUnit(d) || isNumberSeparator(d)) {
          e++;
          end = e;
        } else if (d === 0x20 || isMarkUnit(d)) e++;
        else break;
      }
      lastStrongLtr = true;
      e = end;
    } else if (isDigitUnit(c)) {
      while (e < to) {
        const d = s.charCodeAt(e);
        if (isDigitUnit(d)) e++;
        else if (isNumberSeparator(d) && e + 1 < to && isDigitUnit(s.charCodeAt(e + 1))) e += 2;
        else break;
      }
    } else if (isRtlLetter(c)) lastStrongLtr = false;
    units?.push(buf.len);
    for (let p = j; p < e; p++) buf.push(p);
    j = e;
  }
  if (units === null) return;
  units.push(buf.len);
  const b = buf.buf;
  const u = units.buf;
  for (let k = units.len - 2; k >= 0; k--) {
    const end = u[k + 1] ?? 0;
    for (let p = u[k] ?? 0; p < end; p++) out.push(b[p] ?? 0);
  }
}

function isMarkUnit(c: number): boolean {
  const k = tables().cls[c];
  return k === MARK || k === DROP;
}

/** A string from code units, in pieces small enough for `fromCharCode.apply`. */
function fromUnits(units: Uint16Array): string {
  const parts: string[] = [];
  for (let k = 0; k < units.length; k += 8192) {
    parts.push(String.fromCharCode.apply(null, Array.from(units.subarray(k, k + 8192))));
  }
  return parts.join('');
}

/**
 * The text as a reader sees it where right-to-left controls reorder it
 * ("\u202e74000583051\u202c" shows as 15038500047), normalised, with each
 * character mapped to where it was written. Null when the text has no
 * right-to-left override, embedding or isolate.
 */
export function visualText(original: string, meter?: Meter): NormalizedText | null {
  if (!hasRightToLeft(original)) return null;
  return reorder(original, meter);
}

/**
 * `visualText` of the original of a normalised text, without reading the
 * text again to find out whether it has right-to-left controls: its
 * normalisation noticed them.
 */
export function visualTextOf(norm: NormalizedText, meter?: Meter): NormalizedText | null {
  return (norm as Traced).rightToLeft === true ? reorder(norm.original, meter) : null;
}

function reorder(original: string, meter?: Meter): NormalizedText {
  const n = original.length;
  const order = new Indices(n);
  orderSpan(original, 0, n, 0, spanEnds(original), order);
  // Each character is copied once per span around it, at most MAX_DEPTH.
  meter?.tick(2 * n + order.len * MAX_DEPTH);
  const count = order.len;
  const codes = new Uint16Array(count);
  for (let k = 0; k < count; k++) codes[k] = original.charCodeAt(order.buf[k] ?? 0);
  const inner = normalizeText(fromUnits(codes), meter);
  const innerMap = inner.map;
  const len = inner.text.length;
  const map = new Int32Array(len + 1);
  for (let j = 0; j <= len; j++) {
    const v = innerMap === null ? j : (innerMap[j] ?? count);
    map[j] = v < count ? (order.buf[v] ?? n) : n;
  }
  meter?.tick(len);
  return withTable(original, inner.text, map);
}
