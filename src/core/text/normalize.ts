/**
 * Text normalisation for detectors, with a map back to the original offsets.
 *
 * People (and copy-paste) hide digits and words behind formatting: zero-width
 * characters, soft hyphens, non-breaking spaces, full-width or other-script
 * digits, Cyrillic look-alike letters, decomposed accents (macOS file names).
 * Detectors run on the normalised text; every match is mapped back to the
 * user's own text so it can be highlighted or removed exactly.
 */

export interface NormalizedText {
  /** The text as written. */
  readonly original: string;
  /** Normalised text, same case as the original. */
  readonly text: string;
  /** `text` in lower case, same length as `text`. */
  readonly lower: string;
  /**
   * For each index i of `text` (and one past its end), the index in
   * `original`. Null when `text === original` (the common, fast case).
   * Built on first read; `toOriginalRange` does not need it.
   */
  readonly map: Int32Array | null;
}

// Characters that carry no visible content and are dropped.
function isIgnorable(c: number): boolean {
  return (
    c === 0x00ad || // soft hyphen
    c === 0x034f || // combining grapheme joiner
    c === 0x061c || // Arabic letter mark
    c === 0x180e || // Mongolian vowel separator
    (c >= 0x200b && c <= 0x200f) || // zero-width space/joiners, LRM/RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings and overrides
    (c >= 0x2060 && c <= 0x2064) || // word joiner, invisible operators
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    c === 0xfeff || // BOM / zero-width no-break space
    (c >= 0xfe00 && c <= 0xfe0f) // variation selectors
  );
}

function isSpaceLike(c: number): boolean {
  return (
    c === 0x00a0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isDashLike(c: number): boolean {
  return (
    (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0x2043
  );
}

/** Start of each block of ten decimal digits outside ASCII (BMP). */
const DIGIT_BLOCKS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
  0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0x1946, 0x19d0, 0xa620, 0xa8d0, 0xa900,
  0xff10,
];

function digitValue(c: number): number {
  for (const base of DIGIT_BLOCKS) {
    if (c >= base && c < base + 10) return c - base;
  }
  // Circled and parenthesised digits are rare in mail but trivially mapped.
  if (c >= 0x2460 && c <= 0x2468) return c - 0x2460 + 1;
  if (c === 0x24ea) return 0;
  // Superscript and subscript digits.
  if (c === 0x2070) return 0;
  if (c === 0x00b9) return 1;
  if (c === 0x00b2) return 2;
  if (c === 0x00b3) return 3;
  if (c >= 0x2074 && c <= 0x2079) return c - 0x2070;
  if (c >= 0x2080 && c <= 0x2089) return c - 0x2080;
  return -1;
}

/** Cyrillic and Greek letters that look like Latin ones. */
// A lookup table reads best as compact rows; Prettier would put one pair per line.
// prettier-ignore
const CONFUSABLES: Readonly<Record<number, string>> = {
  0x0430: 'a', 0x0435: 'e', 0x043e: 'o', 0x0440: 'p', 0x0441: 'c', 0x0443: 'y', 0x0445: 'x',
  0x0456: 'i', 0x0458: 'j', 0x0455: 's', 0x04bb: 'h', 0x0501: 'd', 0x051b: 'q', 0x051d: 'w',
  0x0410: 'A', 0x0412: 'B', 0x0415: 'E', 0x041a: 'K', 0x041c: 'M', 0x041d: 'H', 0x041e: 'O',
  0x0420: 'P', 0x0421: 'C', 0x0422: 'T', 0x0425: 'X', 0x0406: 'I', 0x0408: 'J', 0x0405: 'S',
  0x03bf: 'o', 0x03b1: 'a', 0x03b9: 'i', 0x03ba: 'k', 0x03bd: 'v', 0x03c1: 'p', 0x03c4: 't',
  0x0391: 'A', 0x0392: 'B', 0x0395: 'E', 0x0396: 'Z', 0x0397: 'H', 0x0399: 'I', 0x039a: 'K',
  0x039c: 'M', 0x039d: 'N', 0x039f: 'O', 0x03a1: 'P', 0x03a4: 'T', 0x03a5: 'Y', 0x03a7: 'X',
};

function isCombiningMark(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x20d0 && c <= 0x20ff)
  );
}

/**
 * Could normalisation change this character? False for ASCII, C1 controls,
 * Latin-1 and Latin Extended-A letters (ordinary Nordic text) and for the
 * Latin-1 punctuation that is kept as is (« » § ° ...), so the common text
 * takes the fast path or is copied in long runs.
 */
function mayChange(c: number): boolean {
  if (c < 0xa0) return false;
  if (c >= 0xc0 && c <= 0x24f) return false;
  if (c < 0xc0) return c === 0xa0 || c === 0x00ad || c === 0xb2 || c === 0xb3 || c === 0xb9;
  return (
    isIgnorable(c) ||
    isSpaceLike(c) ||
    isDashLike(c) ||
    digitValue(c) >= 0 ||
    (c >= 0xff01 && c <= 0xff5e) ||
    CONFUSABLES[c] !== undefined ||
    c === 0xd835 ||
    isCombiningMark(c)
  );
}

/**
 * Every character `mayChange` can accept, and a few more: the regex engine
 * skips the plain stretches between them far faster than a charCodeAt loop.
 * Latin-1 letters and Latin Extended (0xC0–0x24F, ordinary Nordic text) are
 * outside it.
 */
const CANDIDATE = /[\u00a0-\u00bf\u0250-\uffff]/g;

/** Index of the next character at or after `from` that may change, or `n`. */
function nextCandidate(s: string, from: number, n: number): number {
  CANDIDATE.lastIndex = from;
  for (;;) {
    const m = CANDIDATE.exec(s);
    if (m === null) return n;
    if (mayChange(s.charCodeAt(m.index))) return m.index;
  }
}

function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  // A few characters (e.g. U+0130) lower-case to two code units: go one by one.
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const l = ch.toLowerCase();
    out += l.length === 1 ? l : ch;
  }
  return out;
}

/**
 * Where the normalised text skips original code units: one entry per skipped
 * unit (a dropped character, a combining mark, the second half of a
 * mathematical digit), holding the index in `text` of the next character.
 * Ascending. Then map[j] = j + (number of entries <= j).
 */
const SKIPS = new WeakMap<NormalizedText, Int32Array>();

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

function buildMap(skips: Int32Array, textLength: number): Int32Array {
  const map = new Int32Array(textLength + 1);
  let k = 0;
  for (let j = 0; j <= textLength; j++) {
    while (k < skips.length && (skips[k] ?? 0) <= j) k += 1;
    map[j] = j + k;
  }
  return map;
}

export function normalizeText(original: string): NormalizedText {
  const n = original.length;
  let i = nextCandidate(original, 0, n);
  if (i === n) {
    return { original, text: original, lower: lowerSameLength(original), map: null };
  }
  // Unchanged stretches are copied as slices and only the characters that
  // change are handled one by one: Norwegian and Swedish text nearly always
  // has a few (« », §, –), and this runs on every send. The offset map is
  // kept as the short list of skipped positions and built only if read.
  const parts: string[] = [];
  const skipped: number[] = [];
  // Plain locals, no closures: a captured counter is several times slower
  // in this, the hottest loop of a send check.
  let len = 0;
  let runStart = 0;
  let changed = false;
  for (; i < n; i = nextCandidate(original, i + 1, n)) {
    const c = original.charCodeAt(i);
    let repl = '';
    let width = 1;
    let merge = false;
    if (isIgnorable(c)) {
      // dropped: repl stays empty
    } else if (isSpaceLike(c)) repl = ' ';
    else if (isDashLike(c)) repl = '-';
    else {
      const d = digitValue(c);
      if (d >= 0) repl = String.fromCharCode(0x30 + d);
      // Full-width ASCII (letters, punctuation).
      else if (c >= 0xff01 && c <= 0xff5e) repl = String.fromCharCode(c - 0xfee0);
      else if (CONFUSABLES[c] !== undefined) repl = CONFUSABLES[c] ?? '';
      else if (c === 0xd835 && i + 1 < n) {
        // Mathematical alphanumeric digits (surrogate pairs U+1D7CE..U+1D7FF).
        const cp = 0x10000 + ((c - 0xd800) << 10) + (original.charCodeAt(i + 1) - 0xdc00);
        if (cp < 0x1d7ce || cp > 0x1d7ff) continue;
        repl = String.fromCharCode(0x30 + ((cp - 0x1d7ce) % 10));
        width = 2;
      } else if (isCombiningMark(c)) merge = true;
      // Anything else (other surrogates) stays in the run as it is.
      else continue;
    }
    changed = true;
    if (i > runStart) {
      parts.push(original.slice(runStart, i));
      len += i - runStart;
    }
    if (repl !== '') {
      parts.push(repl);
      len += 1;
      // The low surrogate of a mathematical digit has no character of its own.
      if (width === 2) skipped.push(len);
    } else {
      skipped.push(len);
      if (merge) {
        // Compose with the previous character where Unicode has a single
        // code point (a + ring = å); otherwise drop the mark.
        const last = parts.length - 1;
        const prev = parts[last];
        if (prev !== undefined && prev.length > 0) {
          const composed = (prev.charAt(prev.length - 1) + original.charAt(i)).normalize('NFC');
          if (composed.length === 1) parts[last] = prev.slice(0, prev.length - 1) + composed;
        }
      }
    }
    i += width - 1;
    runStart = i + 1;
  }
  if (n > runStart) parts.push(original.slice(runStart, n));
  // Only characters that turned out to stay as they were (other surrogates).
  if (!changed) {
    return { original, text: original, lower: lowerSameLength(original), map: null };
  }
  const text = parts.join('');
  const skips = Int32Array.from(skipped);
  let map: Int32Array | null = null;
  const norm: NormalizedText = {
    original,
    text,
    lower: lowerSameLength(text),
    get map(): Int32Array {
      if (map === null) map = buildMap(skips, text.length);
      return map;
    },
  };
  SKIPS.set(norm, skips);
  return norm;
}

/**
 * Map a [start, end) range in normalised text back to the original text. An
 * empty range stays empty; a range never ends inside a surrogate pair.
 */
export function toOriginalRange(
  norm: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const n = norm.original.length;
  const skips = SKIPS.get(norm);
  // A text made elsewhere (a copy, a test double) has only its map.
  const m = skips === undefined ? norm.map : null;
  if (skips === undefined && m === null) {
    if (end <= start) return { start, end: start };
    const hi = norm.original.charCodeAt(end - 1);
    return { start, end: hi >= 0xd800 && hi <= 0xdbff && end < n ? end + 1 : end };
  }
  const orig = (j: number): number => {
    if (skips !== undefined) return j >= norm.text.length ? n : j + skipsUpTo(skips, j);
    return m?.[j] ?? n;
  };
  const s = orig(start);
  if (end <= start) return { start: s, end: s };
  // End is exclusive: take the original position after the last kept char,
  // so characters dropped inside the match (zero-width) are included.
  const lastIdx = orig(end - 1);
  let e = lastIdx + 1;
  const lastCode = norm.original.charCodeAt(lastIdx);
  if (lastCode >= 0xd800 && lastCode <= 0xdbff && e < n) e += 1;
  // Include trailing combining marks that were merged into the last char.
  while (e < n && isCombiningMark(norm.original.charCodeAt(e))) e += 1;
  return { start: s, end: e };
}
