/**
 * Character classes and word navigation for the keyword scanner. Everything
 * works on `NormalizedText.lower` with `charCodeAt`: no regex per word, no
 * allocation unless a dictionary word has already been hit.
 */

/** Letter or digit: part of a word. */
export const WORD = 1;
/** White space. */
export const SPACE = 2;
/** Ends a whitespace-delimited chunk (for e-mail address / URL skipping). */
export const DELIM = 4;
/** Ends a sentence: a phrase never continues across it. */
export const HARD = 8;
/** An ASCII digit (also WORD): the scan hands runs of digits to the ID reader. */
export const DIGIT = 16;

let table: Uint8Array | null = null;

/** One byte of flags per UTF-16 code unit, built on first use. */
export function classes(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) t[c] = WORD | DIGIT;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = WORD;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = WORD;
  // Latin-1 letters through Latin Extended, Greek, Cyrillic, combining marks...
  for (let c = 0xc0; c < 0x2000; c++) t[c] = WORD;
  t[0xd7] = 0; // multiplication sign
  t[0xf7] = 0; // division sign
  for (let c = 0x3040; c < 0xd800; c++) t[c] = WORD; // CJK and other scripts
  for (let c = 0xf900; c < 0xfe00; c++) t[c] = WORD;
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]) t[c] = SPACE | DELIM;
  // Characters that cannot be part of an e-mail address or a bare URL host.
  for (const ch of '<>"()[],;|\u00ab\u00bb\u201c\u201d') t[ch.charCodeAt(0)] = DELIM;
  // Sentence ends. The section sign also ends a phrase: legal references are
  // parsed separately (see legal-basis.ts).
  for (const ch of '.!?;\u00a7\u2026') {
    const c = ch.charCodeAt(0);
    t[c] = (t[c] ?? 0) | HARD;
  }
  table = t;
  return t;
}

/** True for the two apostrophes that may sit inside a word ("I'll", "don’t"). */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** Longest stretch of punctuation and space a phrase may skip between words. */
const MAX_GAP = 40;

/**
 * Scratch result of `nextWord` / `prevWord`: they return a start or -1 and
 * leave the end here, so the hot path allocates nothing.
 */
export const found = { start: 0, end: 0 };

/** End of the word that starts at `i` (apostrophes between letters included), at most `limit`. */
export function wordEnd(s: string, i: number, cls: Uint8Array, limit = s.length): number {
  const n = limit < s.length ? limit : s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (cls[c]! & WORD) {
      i++;
      continue;
    }
    if (isApostrophe(c) && i + 1 < n && cls[s.charCodeAt(i + 1)]! & WORD) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** Start of the word that ends at `i` (exclusive), at least `floor`. */
export function wordStart(s: string, i: number, cls: Uint8Array, floor = 0): number {
  while (i > floor) {
    const c = s.charCodeAt(i - 1);
    if (cls[c]! & WORD) {
      i--;
      continue;
    }
    if (isApostrophe(c) && i - 2 >= floor && cls[s.charCodeAt(i - 2)]! & WORD) {
      i--;
      continue;
    }
    break;
  }
  return i;
}

/**
 * Longest word a phrase reads around its trigger. No dictionary word comes
 * near it, and a longer word is not read to its end: a hit costs a bounded
 * number of steps however the text is written.
 */
export const MAX_WORD = 64;

/**
 * The next word after position `pos` within the same sentence: the gap may
 * hold spaces, commas, dashes, quotes and at most one line break, but no
 * sentence end and no blank line. Returns its start (end in `found.end`) or -1.
 */
export function nextWord(s: string, pos: number, cls: Uint8Array): number {
  const n = s.length;
  let newlines = 0;
  let i = pos;
  while (i < n) {
    const c = s.charCodeAt(i);
    const k = cls[c]!;
    if (k & WORD) break;
    if (k & HARD) return -1;
    if (c === 0x0a && ++newlines > 1) return -1;
    if (i - pos > MAX_GAP) return -1;
    i++;
  }
  if (i >= n) return -1;
  const e = wordEnd(s, i, cls, i + MAX_WORD + 1);
  if (e - i > MAX_WORD) return -1;
  found.start = i;
  found.end = e;
  return i;
}

/** The previous word before position `pos` in the same sentence, like `nextWord`. */
export function prevWord(s: string, pos: number, cls: Uint8Array): number {
  let newlines = 0;
  let i = pos;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    const k = cls[c]!;
    if (k & WORD) break;
    if (k & HARD) return -1;
    if (c === 0x0a && ++newlines > 1) return -1;
    if (pos - i > MAX_GAP) return -1;
    i--;
  }
  if (i <= 0) return -1;
  const b = wordStart(s, i, cls, i - MAX_WORD - 1 > 0 ? i - MAX_WORD - 1 : 0);
  if (i - b > MAX_WORD) return -1;
  found.end = i;
  found.start = b;
  return b;
}

/**
 * True when nothing more of the sentence follows `pos`: end of text, a
 * sentence end, or a line break before the next word.
 */
export function atSentenceEnd(s: string, pos: number, cls: Uint8Array): boolean {
  const n = pos + MAX_GAP + 1 < s.length ? pos + MAX_GAP + 1 : s.length;
  for (let i = pos; i < n; i++) {
    const c = s.charCodeAt(i);
    const k = cls[c]!;
    if (k & WORD) return false;
    if (k & HARD || c === 0x0a) return true;
  }
  return true;
}

/**
 * s[start, end) in lower case, with the typographic apostrophe folded to
 * ASCII. Most words need neither: they are returned as sliced, which is far
 * cheaper than lower-casing (the text is read in its own case).
 */
export function lowerSlice(s: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde) || c >= 0x100) {
      const w = s.slice(start, end).toLowerCase();
      return w.length !== end - start
        ? lowerEach(s, start, end)
        : w.indexOf('\u2019') >= 0
          ? w.replace(/\u2019/g, "'")
          : w;
    }
  }
  return s.slice(start, end);
}

/** Lower case one character at a time, keeping any that would grow. */
function lowerEach(s: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const ch = s.charAt(i);
    const l = ch.toLowerCase();
    out += l.length === 1 ? l : ch;
  }
  return out.indexOf('\u2019') >= 0 ? out.replace(/\u2019/g, "'") : out;
}

/** A word as a string, with the typographic apostrophe folded to ASCII. */
export function wordAt(s: string, start: number, end: number): string {
  const w = s.slice(start, end);
  return w.indexOf('\u2019') >= 0 ? w.replace(/\u2019/g, "'") : w;
}
