/**
 * A normalised text and its way back to the original (normalize.ts): the
 * offsets skipped or the index table of a derived text, built on first read,
 * and `toOriginalRange`, which maps a match back to the user's own text.
 */

import { keepShape } from '../shapes';
import { inRanges, MARK_RANGES, IGNORABLE_RANGES } from './unicode';
import { HIGH, MARK, tables } from './normalize-tables';

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
export class Derived implements NormalizedText {
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
export interface Traced {
  readonly origin?: Origin | null;
  readonly rightToLeft?: boolean;
}

function originOf(norm: NormalizedText): Origin | null {
  return (norm as Traced).origin ?? null;
}

export function plain(original: string): NormalizedText {
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
export function withTable(original: string, text: string, map: Int32Array): NormalizedText {
  return new Derived(original, text, { kind: 'table', map });
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
