/**
 * Text normalisation for detectors, with a map back to the original offsets.
 *
 * People (and copy-paste) hide digits and words behind formatting: invisible
 * characters (zero-width, soft hyphens, tag characters, variation selectors,
 * Hangul fillers, bidi controls), non-breaking and Braille-blank spaces,
 * decimal digits of any script, full-width and mathematical letters, small
 * capitals, dotless i, Cyrillic and Greek look-alike letters, combining
 * marks. Detectors run on the normalised text; every match is mapped back to
 * the user's own text so it can be highlighted or removed exactly.
 *
 * One pass, one table lookup per character: plain text (ASCII and the
 * Nordic letters) is copied in long slices and the few characters that
 * change are handled one by one. Work is counted on an optional Meter, so a
 * caller with a deadline can abandon it (OutOfTime is not caught here).
 */
import type { Meter } from '../metering/meter';
import { keepShape } from '../shapes';
import { DIGIT_ZEROS, IGNORABLE_RANGES, MARK_RANGES, digitOf, inRanges } from './unicode';

export interface NormalizedText {
  /** The text as written. */
  readonly original: string;
  /** Normalised text, same case as the original. */
  readonly text: string;
  /**
   * `text` in lower case, same length as `text`. Made on first read: the
   * detectors fold case as they go and never ask for all of it.
   */
  readonly lower: string;
  /**
   * For each index i of `text` (and one past its end), the index in
   * `original`. Null when `text === original` (the common, fast case).
   * Built on first read; `toOriginalRange` does not need it.
   */
  readonly map: Int32Array | null;
}

/* Character classes of the table, one byte per UTF-16 code unit. */
const KEEP = 0;
/** Dropped: no visible content. */
const DROP = 1;
/** Replaced by one code unit, `REPL[c]`. */
const MAP = 2;
/** A combining mark: composed with the character before it, or dropped. */
const MARK = 3;
/** A high surrogate: the pair is looked at as one code point. */
const HIGH = 4;
/** Not yet looked at: resolved by NFKC on first sight, then KEEP or MAP. */
const LAZY = 5;

/** Characters processed between two ticks of the meter. */
const BLOCK = 1 << 16;

/* Bidi controls. */
const LRE = 0x202a;
const RLE = 0x202b;
const PDF = 0x202c;
const LRO = 0x202d;
const RLO = 0x202e;
const LRI = 0x2066;
const RLI = 0x2067;
const FSI = 0x2068;
const PDI = 0x2069;

/**
 * Every character the table may change, and some it keeps: the regex engine
 * jumps over the plain stretches between them (ASCII, Nordic letters, « » §)
 * far faster than a loop. A single character class: it cannot backtrack.
 */
const CANDIDATE = /[\u00a0\u00aa\u00ad\u00b2\u00b3\u00b9\u00ba\u0130\u0131\u017f\u0250-\uffff]/g;

/** Index of the next character at or after `i` that is not plainly kept, or `n`. */
function nextCandidate(s: string, i: number, n: number, cls: Uint8Array): number {
  // A few characters by the table first: in text of other scripts
  // candidates come one after another.
  const near = i + 32 < n ? i + 32 : n;
  for (; i < near; i++) if (cls[s.charCodeAt(i)] !== KEEP) return i;
  if (i >= n) return n;
  // A block at a time, so that the meter hears of the work as it goes: the
  // end of a block is given as a candidate (a plain one is passed over).
  const stop = i + BLOCK < n ? i + BLOCK : n;
  CANDIDATE.lastIndex = 0;
  return CANDIDATE.test(i === 0 && stop === n ? s : s.slice(i, stop))
    ? i + CANDIDATE.lastIndex - 1
    : stop;
}

interface Tables {
  readonly cls: Uint8Array;
  readonly repl: Uint16Array;
}

let TABLES: Tables | null = null;

/** Small capitals and other letters that read as a Latin letter. */
// A lookup table reads best as compact rows; Prettier would put one pair per line.
// prettier-ignore
const SKELETON: readonly (readonly [number, string])[] = [
  // Dotless and dotted i, long s.
  [0x0131, 'i'], [0x0130, 'I'], [0x017f, 's'],
  // Small capitals.
  [0x1d00, 'a'], [0x0299, 'b'], [0x1d04, 'c'], [0x1d05, 'd'], [0x1d07, 'e'], [0xa730, 'f'],
  [0x0262, 'g'], [0x029c, 'h'], [0x026a, 'i'], [0x1d0a, 'j'], [0x1d0b, 'k'], [0x029f, 'l'],
  [0x1d0d, 'm'], [0x0274, 'n'], [0x1d0f, 'o'], [0x1d18, 'p'], [0xa7af, 'q'], [0x0280, 'r'],
  [0xa731, 's'], [0x1d1b, 't'], [0x1d1c, 'u'], [0x1d20, 'v'], [0x1d21, 'w'], [0x028f, 'y'],
  [0x1d22, 'z'], [0x1d01, '\u00e6'], [0x0276, '\u0153'],
  // Latin letters that look like others.
  [0x0251, 'a'], [0x0261, 'g'], [0x0269, 'i'],
  // Cyrillic and Greek letters that look like Latin ones.
  [0x0430, 'a'], [0x0435, 'e'], [0x043e, 'o'], [0x0440, 'p'], [0x0441, 'c'], [0x0443, 'y'],
  [0x0445, 'x'], [0x0456, 'i'], [0x0458, 'j'], [0x0455, 's'], [0x04bb, 'h'], [0x0501, 'd'],
  [0x051b, 'q'], [0x051d, 'w'], [0x0410, 'A'], [0x0412, 'B'], [0x0415, 'E'], [0x041a, 'K'],
  [0x041c, 'M'], [0x041d, 'H'], [0x041e, 'O'], [0x0420, 'P'], [0x0421, 'C'], [0x0422, 'T'],
  [0x0425, 'X'], [0x0406, 'I'], [0x0408, 'J'], [0x0405, 'S'], [0x03bf, 'o'], [0x03b1, 'a'],
  [0x03b9, 'i'], [0x03ba, 'k'], [0x03bd, 'v'], [0x03c1, 'p'], [0x03c4, 't'], [0x0391, 'A'],
  [0x0392, 'B'], [0x0395, 'E'], [0x0396, 'Z'], [0x0397, 'H'], [0x0399, 'I'], [0x039a, 'K'],
  [0x039c, 'M'], [0x039d, 'N'], [0x039f, 'O'], [0x03a1, 'P'], [0x03a4, 'T'], [0x03a5, 'Y'],
  [0x03a7, 'X'],
  // Feminine and masculine ordinal indicators (NFKC).
  [0x00aa, 'a'], [0x00ba, 'o'],
];

/** Letters with marks that Norwegian and Swedish write as letters of their own. */
const NORDIC = 'ÅåÄäÖöÜüÉé';

/** Spaces of every width, and the Braille blank, which shows as one. */
const SPACES = [
  0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x2800, 0x3000,
];

const DASHES = [
  0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0xfe58, 0xfe63, 0xff0d,
];

function tables(): Tables {
  if (TABLES) return TABLES;
  const cls = new Uint8Array(0x10000);
  const repl = new Uint16Array(0x10000);
  for (let c = 0x250; c < 0x10000; c++) cls[c] = LAZY;
  for (let c = 0xd800; c < 0xdc00; c++) cls[c] = HIGH;
  // Lone low surrogates and private use stay as they are.
  for (let c = 0xdc00; c < 0xf900; c++) cls[c] = KEEP;
  for (let k = 0; k < MARK_RANGES.length; k += 2) {
    const hi = Math.min(MARK_RANGES[k + 1] ?? 0, 0xffff);
    for (let c = MARK_RANGES[k] ?? 0x10000; c <= hi; c++) cls[c] = MARK;
  }
  const map = (c: number, to: number): void => {
    cls[c] = MAP;
    repl[c] = to;
  };
  for (const c of SPACES) map(c, 0x20);
  for (const c of DASHES) map(c, 0x2d);
  for (const zero of DIGIT_ZEROS) {
    if (zero > 0xffff) break;
    for (let v = 0; v < 10; v++) map(zero + v, 0x30 + v);
  }
  // Superscript, subscript and circled digits.
  map(0x00b9, 0x31);
  map(0x00b2, 0x32);
  map(0x00b3, 0x33);
  map(0x2070, 0x30);
  for (let c = 0x2074; c <= 0x2079; c++) map(c, c - 0x2040);
  for (let c = 0x2080; c <= 0x2089; c++) map(c, c - 0x2050);
  for (let c = 0x2460; c <= 0x2468; c++) map(c, c - 0x242f);
  map(0x24ea, 0x30);
  // Full-width ASCII (letters, digits, punctuation).
  for (let c = 0xff01; c <= 0xff5e; c++) if (cls[c] !== MAP) map(c, c - 0xfee0);
  // Latin letters with marks the Nordic languages do not write (ạ ş ț ñ ç
  // è ...) read as the letter: a dot below is no disguise. Å, Ä, Ö, Ü and É
  // are letters or spellings of their own and stay.
  if (HAS_NORMALIZE) {
    for (const [from, to] of [
      [0xc0, 0x24f],
      [0x1e00, 0x1eff],
    ] as const) {
      for (let c = from; c <= to; c++) {
        if (NORDIC.indexOf(String.fromCharCode(c)) >= 0) continue;
        const d = String.fromCharCode(c).normalize('NFD');
        const base = d.charCodeAt(0);
        if (d.length < 2 || !((base >= 0x41 && base <= 0x5a) || (base >= 0x61 && base <= 0x7a))) {
          continue;
        }
        let marks = true;
        for (let k = 1; k < d.length; k++) marks = marks && cls[d.charCodeAt(k)] === MARK;
        if (marks) map(c, base);
      }
    }
  }
  for (const [c, to] of SKELETON) map(c, to.charCodeAt(0));
  // Invisible characters last: a variation selector is also a mark.
  for (let k = 0; k < IGNORABLE_RANGES.length; k += 2) {
    const hi = Math.min(IGNORABLE_RANGES[k + 1] ?? 0, 0xffff);
    for (let c = IGNORABLE_RANGES[k] ?? 0x10000; c <= hi; c++) cls[c] = DROP;
  }
  TABLES = { cls, repl };
  return TABLES;
}

const HAS_NORMALIZE = typeof ''.normalize === 'function';

/**
 * Class of a character that NFKC may change: resolved once, then kept in the
 * table. Only a change to one code unit is taken (full-width, mathematical
 * and enclosed letters, modifier letters, compatibility ideographs); a
 * ligature or a fraction that would grow the text stays as it is.
 */
function resolveLazy(t: Tables, c: number): number {
  const to = foldOne(t, String.fromCharCode(c));
  if (to === c) t.cls[c] = KEEP;
  else if (to === -1) t.cls[c] = DROP;
  else if (to === -2) t.cls[c] = MARK;
  else {
    t.cls[c] = MAP;
    t.repl[c] = to;
  }
  return t.cls[c] ?? KEEP;
}

/**
 * What one code point becomes by NFKC and the table: a code unit, -1 for
 * dropped, -2 for a mark, or the code unit itself when nothing changes.
 */
function foldOne(t: Tables, ch: string): number {
  const self = ch.length === 1 ? ch.charCodeAt(0) : -3;
  if (!HAS_NORMALIZE) return self;
  const r = ch.normalize('NFKC');
  if (r.length !== 1 || r === ch) return self;
  const d = r.charCodeAt(0);
  if (d >= 0xd800 && d <= 0xdfff) return self;
  let k = t.cls[d] ?? KEEP;
  if (k === LAZY) k = resolveLazy(t, d);
  if (k === MAP) return t.repl[d] ?? d;
  if (k === DROP) return -1;
  if (k === MARK) return -2;
  return d;
}

const SUPPLEMENTARY = new Map<number, number>();

/**
 * A code point outside the BMP: -1 dropped (tag characters, variation
 * selectors), -2 a mark, -3 kept as it is, otherwise the code unit it
 * becomes (digits of every script, mathematical and enclosed letters).
 */
function supplementary(t: Tables, cp: number): number {
  const known = SUPPLEMENTARY.get(cp);
  if (known !== undefined) return known;
  let r = -3;
  if (inRanges(IGNORABLE_RANGES, cp)) r = -1;
  else {
    const v = digitOf(cp);
    if (v >= 0) r = 0x30 + v;
    else if (inRanges(MARK_RANGES, cp)) r = -2;
    else if ((cp >= 0x1d400 && cp <= 0x1d7ff) || (cp >= 0x1f100 && cp <= 0x1f1ff)) {
      r = foldOne(t, String.fromCodePoint(cp));
    }
  }
  if (SUPPLEMENTARY.size < 4096) SUPPLEMENTARY.set(cp, r);
  return r;
}

/** `s` in lower case, one code unit for one (a character that would grow keeps its case). */
export function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  // A character that lower-cases to two code units: go one by one.
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const l = ch.toLowerCase();
    out.push(l.length === 1 ? l : ch);
  }
  return out.join('');
}

/**
 * How a text's indices lead back to the original:
 * - `skips`: ascending, one entry per source code unit skipped (a dropped
 *   character, a combining mark, the second half of a surrogate pair), holding
 *   the index in `text` of the next character; `base` is the text the source
 *   indices belong to (null: the original itself).
 * - `table`: the original index of each character, in any order (a view in
 *   display order, where a right-to-left override has been undone).
 */
type Origin =
  | { readonly kind: 'skips'; readonly skips: Int32Array; readonly base: NormalizedText | null }
  | { readonly kind: 'table'; readonly map: Int32Array };

/** Number of entries in the ascending `skips` that are <= j. */
function skipsUpTo(skips: Int32Array, j: number): number {
  let lo = 0;
  let hi = skips.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((skips[mid] ?? 0) <= j) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildSkipMap(skips: Int32Array, textLength: number): Int32Array {
  const map = new Int32Array(textLength + 1);
  let k = 0;
  for (let j = 0; j <= textLength; j++) {
    while (k < skips.length && (skips[k] ?? 0) <= j) k += 1;
    map[j] = j + k;
  }
  return map;
}

/**
 * A text normalised here, with how it leads back to the original (null:
 * it is the original). A class, not an object with getters: its fields
 * are read on every match, and objects of one class share one fast shape.
 */
class Derived implements NormalizedText {
  private lowerText: string | null = null;
  private offsets: Int32Array | null;
  /** The original holds a right-to-left override, embedding or isolate. */
  rightToLeft = false;

  constructor(
    readonly original: string,
    readonly text: string,
    readonly origin: Origin | null,
  ) {
    this.offsets = origin !== null && origin.kind === 'table' ? origin.map : null;
  }

  get lower(): string {
    if (this.lowerText === null) this.lowerText = lowerSameLength(this.text);
    return this.lowerText;
  }

  get map(): Int32Array | null {
    const origin = this.origin;
    if (origin === null || origin.kind === 'table') return this.offsets;
    if (this.offsets === null) {
      const map = buildSkipMap(origin.skips, this.text.length);
      const b = origin.base === null ? null : origin.base.map;
      if (b !== null) for (let j = 0; j < map.length; j++) map[j] = b[map[j] ?? 0] ?? 0;
      this.offsets = map;
    }
    return this.offsets;
  }
}

// Made per text: keep the shape (see shapes.ts).
keepShape(new Derived('', '', null));

/** What a normalised text made here (or a copy of one) says of its origin. */
interface Traced {
  readonly origin?: Origin | null;
  readonly rightToLeft?: boolean;
}

function originOf(norm: NormalizedText): Origin | null {
  return (norm as Traced).origin ?? null;
}

function plain(original: string): NormalizedText {
  return new Derived(original, original, null);
}

/**
 * A text derived from a source text by skipping code units, with the skipped
 * positions recorded: the normalised text of an original, or a view of a
 * normalised text (letters spaced apart joined).
 */
export function withSkips(
  original: string,
  text: string,
  skipped: ArrayLike<number>,
  base: NormalizedText | null,
): NormalizedText {
  return new Derived(original, text, { kind: 'skips', skips: Int32Array.from(skipped), base });
}

/** A text whose characters come from anywhere in the original, each with its index. */
function withTable(original: string, text: string, map: Int32Array): NormalizedText {
  return new Derived(original, text, { kind: 'table', map });
}

/** Normalise `original` (see the top of this file). */
export function normalizeText(original: string, meter?: Meter): NormalizedText {
  const t = tables();
  const cls = t.cls;
  const repl = t.repl;
  const n = original.length;
  // Unchanged stretches are copied as slices and only the characters that
  // change are handled one by one: Norwegian and Swedish text nearly always
  // has a few (« », §, –), and this runs on every send. The offset map is
  // kept as the short list of skipped positions and built only if read.
  let parts: string[] | null = null;
  const skipped: number[] = [];
  // Plain locals, no closures: this is the hottest loop of a send check.
  let len = 0;
  let runStart = 0;
  let ticked = 0;
  let rtl = false;
  let i = 0;
  for (;;) {
    i = nextCandidate(original, i, n, cls);
    if (meter !== undefined && i - ticked >= BLOCK) {
      meter.tick(i - ticked);
      ticked = i;
    }
    if (i >= n) break;
    const c = original.charCodeAt(i);
    let k = cls[c] ?? KEEP;
    if (k === LAZY) k = resolveLazy(t, c);
    if (k === KEEP) {
      i++;
      continue;
    }
    let to = -1;
    let width = 1;
    if (k === MAP) to = repl[c] ?? c;
    else if (k === MARK) to = -2;
    else if (k === HIGH) {
      const lo = i + 1 < n ? original.charCodeAt(i + 1) : 0;
      if (lo < 0xdc00 || lo > 0xdfff) {
        i++;
        continue;
      }
      to = supplementary(t, 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00));
      if (to === -3) {
        i += 2;
        continue;
      }
      width = 2;
    }
    if (parts === null) parts = [];
    if (to === -2) {
      // A combining mark: compose with the character before it where Unicode
      // has one code point for both (a + ring = å); otherwise drop it. The
      // last character gets a part of its own, so composing copies nothing.
      if (i - 1 > runStart) parts.push(original.slice(runStart, i - 1));
      if (i > runStart) parts.push(original.charAt(i - 1));
      const last = parts.length - 1;
      const prev = parts[last];
      if (prev !== undefined && prev.length > 0 && HAS_NORMALIZE) {
        const base = prev.charAt(prev.length - 1);
        let composed = (base + original.slice(i, i + width)).normalize('NFC');
        if (composed.length === 1) {
          // A letter with a mark it is read without (t + dot below).
          const cc = composed.charCodeAt(0);
          if (cls[cc] === MAP) composed = String.fromCharCode(repl[cc] ?? cc);
          if (prev.length === 1) parts[last] = composed;
          else {
            parts[last] = prev.slice(0, prev.length - 1);
            parts.push(composed);
          }
        }
      }
      len += i - runStart;
      for (let u = 0; u < width; u++) skipped.push(len);
    } else {
      if (i > runStart) {
        parts.push(original.slice(runStart, i));
        len += i - runStart;
      }
      if (to >= 0) {
        parts.push(String.fromCharCode(to));
        len += 1;
        // The low surrogate has no character of its own.
        if (width === 2) skipped.push(len);
      } else {
        for (let u = 0; u < width; u++) skipped.push(len);
        if (c === RLO || c === RLE || c === RLI) rtl = true;
      }
    }
    i += width;
    runStart = i;
  }
  if (meter !== undefined && n > ticked) meter.tick(n - ticked);
  if (parts === null) return plain(original);
  if (n > runStart) parts.push(original.slice(runStart, n));
  const text = parts.join('');
  const norm = new Derived(original, text, {
    kind: 'skips',
    skips: Int32Array.from(skipped),
    base: null,
  });
  norm.rightToLeft = rtl;
  return norm;
}

function isCombiningAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x300) return false;
  const k = tables().cls[c];
  if (k === MARK) return true;
  if (k === HIGH && i + 1 < s.length) {
    const lo = s.charCodeAt(i + 1);
    if (lo < 0xdc00 || lo > 0xdfff) return false;
    const cp = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
    return inRanges(MARK_RANGES, cp) && !inRanges(IGNORABLE_RANGES, cp);
  }
  return false;
}

/** Original index of text index `j` of a text with an origin of kind 'skips'. */
function viaSkips(norm: NormalizedText, skips: Int32Array, j: number): number {
  return j >= norm.text.length ? j + skips.length : j + skipsUpTo(skips, j);
}

/**
 * Map a [start, end) range in normalised text back to the original text. An
 * empty range stays empty; a range never ends inside a surrogate pair, and
 * takes the combining marks that follow its last character.
 */
export function toOriginalRange(
  norm: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const original = norm.original;
  const n = original.length;
  const origin = originOf(norm);
  let s: number;
  let lastIdx: number;
  if (origin !== null && origin.kind === 'skips' && origin.base !== null) {
    // A view of a normalised text: map into that text, then on.
    const b = origin.base;
    const bs = viaSkips(norm, origin.skips, start);
    if (end <= start) return toOriginalRange(b, bs, bs);
    return toOriginalRange(b, bs, viaSkips(norm, origin.skips, end - 1) + 1);
  }
  if (origin !== null && origin.kind === 'table') {
    const m = origin.map;
    if (end <= start) {
      const at = m[start] ?? n;
      return { start: at, end: at };
    }
    // Characters may come in any order: the range covers all of them.
    s = n;
    lastIdx = 0;
    for (let j = start; j < end; j++) {
      const o = m[j] ?? n;
      if (o < s) s = o;
      if (o > lastIdx) lastIdx = o;
    }
  } else {
    const skips = origin !== null && origin.kind === 'skips' ? origin.skips : null;
    // A text made elsewhere (a copy, a test double) has only its map.
    const m = skips === null ? norm.map : null;
    const orig = (j: number): number => {
      if (skips !== null) return viaSkips(norm, skips, j);
      if (m !== null) return m[j] ?? n;
      return j;
    };
    s = orig(start);
    if (end <= start) return { start: s, end: s };
    // End is exclusive: take the original position after the last kept char,
    // so characters dropped inside the match (zero-width) are included.
    lastIdx = orig(end - 1);
  }
  let e = lastIdx + 1;
  const lastCode = original.charCodeAt(lastIdx);
  if (lastCode >= 0xd800 && lastCode <= 0xdbff && e < n) e += 1;
  // Include trailing combining marks that were merged into the last char.
  while (e < n && isCombiningAt(original, e)) {
    e += original.charCodeAt(e) >= 0xd800 && original.charCodeAt(e) <= 0xdbff ? 2 : 1;
  }
  return { start: s, end: e };
}

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
