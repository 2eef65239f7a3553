/**
 * The character table of text normalisation (normalize.ts): one class per
 * UTF-16 code unit (kept, dropped, mapped, combining mark), built on first
 * use, with the few characters whose folding is worked out lazily and the
 * supplementary planes (mathematical letters, tag characters).
 */

import { MARK_RANGES, DIGIT_ZEROS, IGNORABLE_RANGES, inRanges, digitOf } from './unicode';

/* Character classes of the table, one byte per UTF-16 code unit. */
export const KEEP = 0;

/** Dropped: no visible content. */
export const DROP = 1;

/** Replaced by one code unit, `REPL[c]`. */
export const MAP = 2;

/** A combining mark: composed with the character before it, or dropped. */
export const MARK = 3;

/** A high surrogate: the pair is looked at as one code point. */
export const HIGH = 4;

/** Not yet looked at: resolved by NFKC on first sight, then KEEP or MAP. */
export const LAZY = 5;

/** Characters processed between two ticks of the meter. */
export const BLOCK = 1 << 16;

/* Bidi controls. */
export const LRE = 0x202a;

export const RLE = 0x202b;

export const PDF = 0x202c;

export const LRO = 0x202d;

export const RLO = 0x202e;

export const LRI = 0x2066;

export const RLI = 0x2067;

export const FSI = 0x2068;

export const PDI = 0x2069;

/**
 * Every character the table may change, and some it keeps: the regex engine
 * jumps over the plain stretches between them (ASCII, Nordic letters, « » §)
 * far faster than a loop. A single character class: it cannot backtrack.
 */
const CANDIDATE = /[\u00a0\u00aa\u00ad\u00b2\u00b3\u00b9\u00ba\u0130\u0131\u017f\u0250-\uffff]/g;

/** Index of the next character at or after `i` that is not plainly kept, or `n`. */
export function nextCandidate(s: string, i: number, n: number, cls: Uint8Array): number {
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

export function tables(): Tables {
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

export const HAS_NORMALIZE = typeof ''.normalize === 'function';

/**
 * Class of a character that NFKC may change: resolved once, then kept in the
 * table. Only a change to one code unit is taken (full-width, mathematical
 * and enclosed letters, modifier letters, compatibility ideographs); a
 * ligature or a fraction that would grow the text stays as it is.
 */
export function resolveLazy(t: Tables, c: number): number {
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
export function supplementary(t: Tables, cp: number): number {
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
