/**
 * The one pass of the keyword scan (find.ts): the text walked once with
 * charCodeAt, each word fed into the trigger tries while it is read, hits
 * inside addresses (e-mail, URLs, domains) forgotten. One loop, kept whole.
 */

import type { Meter } from '../metering/meter';
import { DELIM, WORD, isApostrophe, classes, DIGIT } from './chars';
import { keepShape } from '../shapes';
import { SPACED_MIN, isSpacer } from './spaced';
import type { Trie } from './trie';
import type { Dictionary } from './find-compile';

/** The chunk (run of non-delimiters) containing `i` ends here. */
function chunkEnd(s: string, i: number, cls: Uint8Array): number {
  while (i < s.length && !(cls[s.charCodeAt(i)]! & DELIM)) i++;
  return i;
}

const TLDS: ReadonlySet<string> = new Set([
  'no',
  'se',
  'com',
  'org',
  'net',
  'nu',
  'eu',
  'dk',
  'fi',
  'is',
  'io',
  'info',
  'gov',
  'edu',
  'int',
  'uk',
  'de',
]);

function isAsciiLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a;
}

function isAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

/** Punctuation that may close a host name at the end of a chunk: "(ha.no)," */
function isClosing(c: number): boolean {
  return (
    c === 0x2e ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x27 ||
    c === 0x22 ||
    c === 0x29 ||
    c === 0x5d
  );
}

/**
 * Does the chunk s[from, to) hold a host name: a letter or digit, a dot, a
 * top-level domain, then a path (/ : ? #) or the end of the chunk (closing
 * punctuation aside)? Each dot is looked at once, with at most five letters.
 */
function hasDomain(s: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isClosing(s.charCodeAt(end - 1))) end--;
  for (let k = from + 1; k < end; k++) {
    if (s.charCodeAt(k) !== 0x2e || !isAlnum(s.charCodeAt(k - 1))) continue;
    let e = k + 1;
    while (e < end && e - k <= 5 && isAsciiLetter(s.charCodeAt(e))) e++;
    if (e === k + 1 || !TLDS.has(s.slice(k + 1, e).toLowerCase())) continue;
    if (e === end) return true;
    const c = s.charCodeAt(e);
    if (c === 0x2f || c === 0x3a || c === 0x3f || c === 0x23) return true;
  }
  return false;
}

/**
 * Trigger hits found by the scan, evaluated after it: four ints per hit
 * (kind, node, word start, word end). Keeping phrase checks out of the
 * character loop keeps that loop small enough for the JIT to optimise well.
 */
export const FWD_WHOLE = 0;

const FWD_OPEN = 1;

export const REV = 2;

export const EXTRA = 3;

export class Hits {
  buf = new Int32Array(256);
  len = 0;

  push(kind: number, node: number, ws: number, we: number): void {
    if (this.len + 4 > this.buf.length) {
      const bigger = new Int32Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    const b = this.buf;
    b[this.len] = kind;
    b[this.len + 1] = node;
    b[this.len + 2] = ws;
    b[this.len + 3] = we;
    this.len += 4;
  }

  /** Forget hits in words starting at or after `from` (an address turned up). */
  dropFrom(from: number): void {
    while (this.len > 0 && this.buf[this.len - 2]! >= from) this.len -= 4;
  }

  /** Empty, giving back a buffer a text with many hits made large. */
  clear(): void {
    this.len = 0;
    if (this.buf.length > 1 << 14) this.buf = new Int32Array(256);
  }
}

/**
 * The hits of the scan under way, one object for every scan (a scan runs to
 * its end before another starts), kept for the module's life (see shapes.ts).
 */
export const HITS = keepShape(new Hits());

/** Does the word go on at i (a word character, or an apostrophe between letters)? */
function continuesWord(s: string, i: number, cls: Uint8Array): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (cls[c]! & WORD) return true;
  return isApostrophe(c) && i + 1 < s.length && (cls[s.charCodeAt(i + 1)]! & WORD) !== 0;
}

/** "www." (any case) at i. */
function isWww(s: string, i: number): boolean {
  return (
    (s.charCodeAt(i) | 0x20) === 0x77 &&
    (s.charCodeAt(i + 1) | 0x20) === 0x77 &&
    (s.charCodeAt(i + 2) | 0x20) === 0x77 &&
    s.charCodeAt(i + 3) === 0x2e
  );
}

/** Walk trie `t` over s[from, to); the node reached, or -1. */
function walk(t: Trie, s: string, from: number, to: number): number {
  let st = 0;
  for (let j = from; j < to; j++) {
    const c = s.charCodeAt(j);
    const a = isApostrophe(c) ? t.apos : t.map[c]!;
    if (a === 0) return -1;
    st = t.trans[st + a]!;
    if (st === 0) return -1;
    if (st < 0) st = -st;
  }
  return st / t.width;
}

/** Characters scanned between two ticks of the meter. */
const BLOCK = 1 << 16;

/** Steps charged for evaluating one hit: every evaluation reads a bounded stretch. */
export const HIT_COST = 64;

/**
 * A reader the scan hands the digits it passes (the ID number reader), so
 * that one pass over the text serves both.
 */
export interface DigitReader {
  /**
   * Read the digits in [from, to) not read yet; stretches come in reading
   * order. Returns the index before which every digit is read.
   */
  over(from: number, to: number): number;
}

/**
 * One pass over the text, collecting trigger hits and handing every word
 * with a digit in it (and every stretch it skips) to `digits`. True when
 * the text has letters spaced apart ("t a u s h e t s p l i k t"), to be
 * read again joined.
 */
export function scan(
  s: string,
  d: Dictionary,
  x: Trie | null,
  hits: Hits,
  digits: DigitReader | null,
  meter?: Meter,
): boolean {
  const cls = classes();
  const n = s.length;
  const F = d.fwd;
  const fMap = F.map;
  const fTrans = F.trans;
  const fWidth = F.width;
  const fOpen = d.fwdOpen;
  const R = d.rev;
  const rMap = R.map;
  const rTrans = R.trans;
  const rWidth = R.width;
  const rMin = R.empty ? n + 1 : R.minKey;
  let i = 0;
  let chunkStart = 0;
  let innerDot = false;
  let spacedRun = 0;
  let spacedNext = -1;
  let spaced = false;
  let ticked = 0;
  /** Digits before this index have been handed to `digits`. */
  let digitsRead = digits === null ? n : 0;
  const fwdDigits = d.fwdDigits;
  // A block at a time, so the meter hears of the work as it goes.
  for (let limit = n < BLOCK ? n : BLOCK; i < n; limit = i + BLOCK < n ? i + BLOCK : n) {
    while (i < limit) {
      const c = s.charCodeAt(i);
      if (c === 0x20) {
        // The commonest character, a space between words: a chunk ends.
        if (innerDot && hasDomain(s, chunkStart, i)) hits.dropFrom(chunkStart);
        chunkStart = i + 1;
        innerDot = false;
        i++;
        continue;
      }
      const k = cls[c]!;
      if (k & WORD) {
        const ws = i;
        const mark = hits.len;
        // Walk the trigger trie while it has an edge for the next character;
        // most words leave it after one or two characters.
        let st = 0;
        let ch = c;
        for (;;) {
          let a = fMap[ch]!;
          if (a === 0) {
            // "I'll", "don’t": an apostrophe between letters stays in the word.
            if (!isApostrophe(ch) || i + 1 >= n || !(cls[s.charCodeAt(i + 1)]! & WORD)) break;
            a = F.apos;
            if (a === 0) break;
          }
          st = fTrans[st + a]!;
          if (st === 0) break;
          i++;
          if (st < 0) {
            st = -st;
            const node = st / fWidth;
            if (fOpen[node] !== 0 || !continuesWord(s, i, cls)) hits.push(FWD_OPEN, node, ws, i);
          }
          if (i >= n) break;
          ch = s.charCodeAt(i);
        }
        // The rest of the word (wordEnd, inlined), noting the classes of
        // its characters: does it hold a digit?
        let kinds = k;
        if (fwdDigits) for (let j = ws + 1; j < i; j++) kinds |= cls[s.charCodeAt(j)]!;
        while (i < n) {
          const e = s.charCodeAt(i);
          const ke = cls[e]!;
          if (ke & WORD) {
            kinds |= ke;
            i++;
          } else if (isApostrophe(e) && i + 1 < n && cls[s.charCodeAt(i + 1)]! & WORD) i++;
          else break;
        }
        const we = i;
        if (kinds & DIGIT && we > digitsRead) digitsRead = digits!.over(ws, we);
        if (we - ws === 1 && (c < 0x30 || c > 0x39)) {
          // A single letter: one of a run spaced apart?
          spacedRun = ws === spacedNext ? spacedRun + 1 : 1;
          if (spacedRun >= SPACED_MIN) spaced = true;
          spacedNext = we + 1 < n && isSpacer(s.charCodeAt(we)) ? we + 1 : -1;
        }
        // A key that ended with the word is a whole-word hit.
        const b = hits.buf;
        for (let h = mark; h < hits.len; h += 4) {
          if (b[h + 3] === we) b[h] = FWD_WHOLE;
          b[h + 3] = we;
        }
        if (we - ws === 3 && ws === chunkStart && isWww(s, ws)) {
          hits.len = mark;
          i = chunkEnd(s, ws, cls);
          if (i > digitsRead) digitsRead = digits!.over(ws, i);
          continue;
        }
        if (we - ws > rMin) {
          // Compound heads ("lungekreft"): walk the reversed heads from the
          // last letter; the head must be shorter than the word.
          let rs = 0;
          for (let j = we - 1; j > ws; j--) {
            const a = rMap[s.charCodeAt(j)]!;
            if (a === 0) break;
            rs = rTrans[rs + a]!;
            if (rs === 0) break;
            if (rs < 0) {
              rs = -rs;
              hits.push(REV, rs / rWidth, ws, we);
            }
          }
        }
        if (x) {
          const node = walk(x, s, ws, we);
          if (node > 0) hits.push(EXTRA, node, ws, we);
        }
        continue;
      }
      if (
        c === 0x40 ||
        (c === 0x3a && s.charCodeAt(i + 1) === 0x2f && s.charCodeAt(i + 2) === 0x2f)
      ) {
        // An e-mail address or a URL: nothing inside it is about a person.
        hits.dropFrom(chunkStart);
        const from = i;
        i = chunkEnd(s, i, cls);
        if (i > digitsRead) digitsRead = digits!.over(from, i);
        chunkStart = i;
        innerDot = false;
        continue;
      }
      if (k & DELIM) {
        if (innerDot && hasDomain(s, chunkStart, i)) hits.dropFrom(chunkStart);
        chunkStart = i + 1;
        innerDot = false;
      } else if (c === 0x2e && i + 1 < n && cls[s.charCodeAt(i + 1)]! & WORD) {
        innerDot = true;
      }
      i++;
    }
    meter?.tick(i - ticked);
    ticked = i;
  }
  if (innerDot && hasDomain(s, chunkStart, n)) hits.dropFrom(chunkStart);
  return spaced;
}
