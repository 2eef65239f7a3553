/**
 * Finds Norwegian and Swedish national identity numbers in free text.
 *
 * The scan never slides a window over a long run of digits: it collects
 * "chains" of digit groups joined by a separator (space, dot, hyphen, plus,
 * slash, or any run of white space with at most one line break, around one
 * of those or alone) and tries each run of consecutive groups that holds 10,
 * 11 or 12 digits in all. A candidate must be written in a grouping that
 * people use for identity numbers, must not be glued to neighbouring digits
 * by anything but white space, and must pass the check digits and date rules.
 * Digits next to letters are fine ("id code is199003052397").
 *
 * One pass of charCodeAt over the normalised text, with no allocation per
 * character: this runs on every message sent, within the send check's time
 * limit, and over whole attachments. Work is counted on an optional Meter.
 */
import type { TextMatch } from '../model';
import type { NormalizedText } from '../text/normalize';
import { toOriginalRange } from '../text/normalize';
import type { Meter } from '../metering/meter';
import type { IdCode } from './codes';
import { noCode, seCode } from './codes';
import { hasNonIdLabel } from './labels';
import { isInterimLetter, norwegianKindOfDigits, swedishKindOfDigits } from './validate';

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const DOT = 0x2e;
const HYPHEN = 0x2d;
const PLUS = 0x2b;
const SLASH = 0x2f;

/** Characters between two groups: white space around the separator. */
const WIDE = 1;
/** A line break between two groups, with white space only. */
const BREAK = 2;

/** Characters examined between two ticks of the meter. */
const BLOCK = 1 << 16;

const DIGIT = /[0-9]/g;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isSeparator(c: number): boolean {
  return c === SPACE || c === DOT || c === HYPHEN || c === PLUS || c === SLASH;
}

/**
 * Scratch space for one chain, reused across calls (the scan is synchronous,
 * so nothing else can run while it is in use). sep[k] is the separator
 * between group k-1 and group k (SPACE for white space alone), flags[k] says
 * how it was written.
 */
let groupStart = new Int32Array(64);
let groupEnd = new Int32Array(64);
let groupSep = new Uint16Array(64);
let groupFlags = new Uint8Array(64);
const digits = new Int8Array(12);
/** Boundaries of one candidate: digits before each, and its separator. */
const boundPos = new Int32Array(12);
const boundSep = new Uint16Array(12);

function ensureCapacity(n: number): void {
  if (n <= groupStart.length) return;
  const size = groupStart.length * 2 >= n ? groupStart.length * 2 : n;
  const s = new Int32Array(size);
  const e = new Int32Array(size);
  const p = new Uint16Array(size);
  const f = new Uint8Array(size);
  s.set(groupStart);
  e.set(groupEnd);
  p.set(groupSep);
  f.set(groupFlags);
  groupStart = s;
  groupEnd = e;
  groupSep = p;
  groupFlags = f;
}

function len(k: number): number {
  return (groupEnd[k] ?? 0) - (groupStart[k] ?? 0);
}

function sep(k: number): number {
  return groupSep[k] ?? 0;
}

/** Glued: joined by a separator character written tight ("2024-", "1."), not white space. */
function glued(k: number): boolean {
  return sep(k) !== SPACE && ((groupFlags[k] ?? 0) & WIDE) === 0;
}

/** The grouping fits, and the number counts as written in an identity-number form. */
const FITS = 1;
/** The grouping fits but is not the usual one: a label before it silences it. */
const LOOSE = 2;

/**
 * Is a candidate of `total` digits with `nb` boundaries (in boundPos/boundSep)
 * written the way people write an identity number?
 *
 * Boundaries (digit counts before each separator) must fall between fields:
 * - NO (DDMMYY III KK): 2, 4, 6, 8 or 9 ("26 11 15 940 14", "10 04 87 44 732",
 *   "111115984-03"); a 4 without a 2 is the bank-account grouping 4.2.5
 *   ("1234.56.78903"), so it is refused. No plus sign. The grouping 3-3-3-2
 *   ("010 211 482 25") is taken too, unless a label names another number.
 * - SE, 10 digits (YYMMDD-NNNC): 2, 4 or 6, and 6 must be one.
 * - SE, 12 digits (CCYYMMDD-NNNC): 4, 6 or 8, and 8 must be one.
 * In Swedish numbers `+` (100 years or older) may only stand before the
 * serial; when the date is split as well ("8803-20-0016"), that separator
 * must be `-` or `+`, so a date and a time such as "24.01.15 1030" is not
 * read as a personnummer.
 */
function groupingFits(nb: number, total: number): number {
  if (total === 11) {
    if (
      nb === 3 &&
      boundPos[0] === 3 &&
      boundPos[1] === 6 &&
      boundPos[2] === 9 &&
      boundSep[0] === boundSep[1] &&
      boundSep[1] === boundSep[2] &&
      boundSep[0] !== PLUS
    ) {
      return LOOSE;
    }
    let has2 = false;
    let has4 = false;
    for (let k = 0; k < nb; k++) {
      const pos = boundPos[k] ?? 0;
      if (boundSep[k] === PLUS) return 0;
      if (pos === 2) has2 = true;
      else if (pos === 4) has4 = true;
      else if (pos !== 6 && pos !== 8 && pos !== 9) return 0;
    }
    return !has4 || has2 ? FITS : 0;
  }
  const serialAt = total === 10 ? 6 : 8;
  const lowest = total === 10 ? 2 : 4;
  let serialSep = 0;
  for (let k = 0; k < nb; k++) {
    const pos = boundPos[k] ?? 0;
    const s = boundSep[k] ?? 0;
    if (pos === serialAt) {
      serialSep = s;
    } else if (pos < lowest || pos > serialAt || pos % 2 !== 0 || s === PLUS) {
      return 0;
    }
  }
  if (serialSep === 0) return 0;
  return nb === 1 || serialSep === HYPHEN || serialSep === PLUS ? FITS : 0;
}

function allSingles(a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (len(k) !== 1) return false;
  return true;
}

/** The date part of the digits in scratch, the rest hidden: tells numbers apart without repeating them. */
function masked(total: number): string {
  const datePart = total === 12 ? 8 : 6;
  let s = '';
  for (let k = 0; k < datePart; k++) s += String.fromCharCode(0x30 + (digits[k] ?? 0));
  return s + (total === 11 ? '*****' : '-****');
}

function push(
  out: TextMatch[],
  norm: NormalizedText,
  code: IdCode,
  start: number,
  end: number,
  masked: string,
): void {
  const r = toOriginalRange(norm, start, end);
  out.push({
    code,
    category: 'national-id',
    start: r.start,
    end: r.end,
    text: norm.original.slice(r.start, r.end),
    params: { masked },
  });
}

/** Digits of groups a..b into the scratch array. */
function collectDigits(t: string, a: number, b: number): void {
  let idx = 0;
  for (let k = a; k <= b; k++) {
    const e = groupEnd[k] ?? 0;
    for (let p = groupStart[k] ?? 0; p < e; p++) digits[idx++] = t.charCodeAt(p) - 0x30;
  }
}

/** Try groups a..b (total digits 10..12) of a chain of `count` groups. */
function tryCandidate(
  norm: NormalizedText,
  count: number,
  a: number,
  b: number,
  total: number,
  out: TextMatch[],
): boolean {
  const t = norm.text;
  // Glued to more digits by a separator written tight: part of a longer
  // number (a case number 2024/..., a date, an amount), not an identity number.
  if (a > 0 && glued(a)) return false;
  if (b < count - 1 && glued(b + 1)) return false;
  const first = groupStart[a] ?? 0;
  // A leading + is an international phone prefix (+47, +46).
  if (a === 0 && first > 0 && t.charCodeAt(first - 1) === PLUS) return false;
  const groups = b - a + 1;
  // Written as one run of digits: a label before it may name another number.
  // One run of digits (a line break inside it aside): only so is an
  // FH-number written.
  let plain = groups === 1;
  // Not in an identity-number grouping: a label before it may name another number.
  let bare = plain;
  if (groups > 1) {
    if (allSingles(a, b)) {
      // Every digit spaced out: the whole run of single digits, no more, no less.
      if (a > 0 && len(a - 1) === 1) return false;
      if (b < count - 1 && len(b + 1) === 1) return false;
      for (let k = a + 1; k <= b; k++) if (sep(k) === PLUS) return false;
    } else {
      let nb = 0;
      let pos = 0;
      let breaks = 0;
      for (let k = a; k < b; k++) {
        pos += len(k);
        boundPos[nb] = pos;
        boundSep[nb] = sep(k + 1);
        const f = groupFlags[k + 1] ?? 0;
        if (f & BREAK) breaks += 1;
        nb += 1;
      }
      // Over a line break, a number is the whole of what the lines hold there:
      // in a list of phone numbers one a line, the end of one and the start of
      // the next are not a number.
      if (breaks > 1 || (breaks === 1 && (a > 0 || b < count - 1))) return false;
      let fit = groupingFits(nb, total);
      if (fit === 0 && groups === 2 && breaks === 1) {
        // A line break may fall anywhere in one run of digits ("1309\n7248022").
        fit = LOOSE;
        plain = true;
      }
      if (fit === 0) return false;
      // An unusual grouping, or a number over two lines: a label before it decides.
      if (fit === LOOSE || breaks > 0) bare = true;
    }
  }
  collectDigits(t, a, b);
  let code: IdCode;
  if (total === 11) {
    const kind = norwegianKindOfDigits(digits);
    // FH-numbers carry no date, so only the plain 11-digit form is theirs.
    if (kind === null || (kind === 'fhn' && !plain)) return false;
    code = noCode(kind);
  } else {
    const kind = swedishKindOfDigits(digits, total === 10 ? 10 : 12);
    if (kind === null) return false;
    code = seCode(kind);
  }
  if (bare && hasNonIdLabel(norm.text, first)) return false;
  push(out, norm, code, first, groupEnd[b] ?? 0, masked(total));
  return true;
}

/**
 * Swedish interim number: a date group of 6 or 8 digits, an optional - or +,
 * a letter (T R S U W X J K L M N) in place of the first serial digit, and
 * three digits ("000101-T220", "20000101T220").
 */
function tryInterim(norm: NormalizedText, k: number, out: TextMatch[]): void {
  const t = norm.text;
  const n = t.length;
  const dateLen = len(k);
  if (dateLen !== 6 && dateLen !== 8) return;
  if (k > 0 && glued(k)) return;
  const first = groupStart[k] ?? 0;
  if (k === 0 && first > 0 && t.charCodeAt(first - 1) === PLUS) return;
  let p = groupEnd[k] ?? 0;
  const c = t.charCodeAt(p);
  if (c === HYPHEN || c === PLUS) p += 1;
  if (p + 4 > n || !isInterimLetter(t.charCodeAt(p))) return;
  if (!isDigit(t.charCodeAt(p + 1)) || !isDigit(t.charCodeAt(p + 2))) return;
  if (!isDigit(t.charCodeAt(p + 3))) return;
  const after = p + 4;
  if (after < n) {
    const ca = t.charCodeAt(after);
    if (isDigit(ca)) return;
    if (ca !== SPACE && isSeparator(ca) && after + 1 < n && isDigit(t.charCodeAt(after + 1)))
      return;
  }
  let idx = 0;
  for (let q = first; q < first + dateLen; q++) digits[idx++] = t.charCodeAt(q) - 0x30;
  // The letter counts as 1 in the Luhn sum.
  digits[idx++] = 1;
  for (let q = p + 1; q < p + 4; q++) digits[idx++] = t.charCodeAt(q) - 0x30;
  const total = dateLen + 4;
  const kind = swedishKindOfDigits(digits, total === 10 ? 10 : 12, true);
  if (kind === null) return;
  push(out, norm, seCode(kind), first, after, masked(total));
}

function scanChain(norm: NormalizedText, count: number, out: TextMatch[]): void {
  let a = 0;
  let consumed = 0;
  while (a < count) {
    let total = 0;
    let next = a + 1;
    for (let b = a; b < count; b++) {
      if (b > a && sep(b) === SLASH) break;
      total += len(b);
      if (total > 12) break;
      if (total >= 10 && tryCandidate(norm, count, a, b, total, out)) {
        next = b + 1;
        consumed = next;
        break;
      }
    }
    a = next;
  }
  if (consumed < count) tryInterim(norm, count - 1, out);
}

/**
 * Where the separator after a group ending at `e` ends, with its kind and
 * flags in `gap`; -1 when the next group does not follow (no digit, or a
 * blank line between). White space may surround the separator character.
 */
const gap = { sep: 0, flags: 0, scanned: 0 };

function readGap(t: string, e: number, n: number): number {
  let p = e;
  let breaks = 0;
  let white = 0;
  let sepChar = 0;
  for (;;) {
    gap.scanned = p - e;
    if (p >= n) return -1;
    const c = t.charCodeAt(p);
    if (c === SPACE || c === TAB) {
      white += 1;
      p += 1;
    } else if (c === LF || c === CR || c === 0x0b || c === 0x0c) {
      if (c === CR && p + 1 < n && t.charCodeAt(p + 1) === LF) p += 1;
      breaks += 1;
      if (breaks > 1) return -1;
      white += 1;
      p += 1;
    } else if (sepChar === 0 && isSeparator(c)) {
      sepChar = c;
      p += 1;
    } else if (isDigit(c)) {
      if (p === e) return -1;
      gap.sep = sepChar === 0 ? SPACE : sepChar;
      gap.flags =
        (sepChar !== 0 && white > 0 ? WIDE : 0) | (sepChar === 0 && breaks > 0 ? BREAK : 0);
      return p;
    } else {
      return -1;
    }
  }
}

/**
 * Read the chain of digit groups that starts at the digit `i` of `norm.text`,
 * adding the numbers in it to `out`. Returns where the chain's last group
 * ends: the next chain starts at a digit at or after it.
 */
function readChain(
  norm: NormalizedText,
  t: string,
  i: number,
  out: TextMatch[],
  meter?: Meter,
): number {
  const n = t.length;
  let count = 0;
  let s = i;
  let maxLen = 0;
  let scanned = 0;
  let e: number;
  for (;;) {
    e = s + 1;
    while (e < n && isDigit(t.charCodeAt(e))) e += 1;
    ensureCapacity(count + 1);
    groupStart[count] = s;
    groupEnd[count] = e;
    if (count === 0) {
      groupSep[0] = 0;
      groupFlags[0] = 0;
    }
    count += 1;
    if (e - s > maxLen) maxLen = e - s;
    const next = readGap(t, e, n);
    scanned += gap.scanned;
    if (next >= 0) {
      ensureCapacity(count + 1);
      groupSep[count] = gap.sep;
      groupFlags[count] = gap.flags;
      s = next;
      continue;
    }
    break;
  }
  // White space read after the chain is read again by the caller.
  meter?.tick(scanned);
  // A lone group shorter than 6 can hold neither a number nor an interim date.
  if (count === 1 && maxLen < 6) return e;
  // Each group is tried with at most the eleven after it.
  meter?.tick(count * 12);
  scanChain(norm, count, out);
  return e;
}

/**
 * Every national identity number in the text, in order, with offsets and text
 * from the original (un-normalised) string.
 */
export function findNationalIds(norm: NormalizedText, meter?: Meter): TextMatch[] {
  const t = norm.text;
  const n = t.length;
  const out: TextMatch[] = [];
  let i = 0;
  let ticked = 0;
  while (i < n) {
    // The next digit, found by the regex engine far faster than a loop (a
    // single character class cannot backtrack); a block at a time, so that
    // the meter hears of the work as it goes.
    const stop = i + BLOCK < n ? i + BLOCK : n;
    DIGIT.lastIndex = 0;
    const found = DIGIT.test(i === 0 && stop === n ? t : t.slice(i, stop));
    i = found ? i + DIGIT.lastIndex - 1 : stop;
    if (meter !== undefined && i - ticked >= BLOCK) {
      meter.tick(i - ticked);
      ticked = i;
    }
    if (found) i = readChain(norm, t, i, out, meter);
  }
  if (meter !== undefined && n > ticked) meter.tick(n - ticked);
  return out;
}

/*
 * The same reading driven by another pass over the text. The keyword scan
 * reads every character anyway; handing it the runs of digits it passes
 * saves a second pass (scan.ts). One text at a time: `begin`, then `over`
 * for the stretches holding digits in reading order, then `end`.
 */
let readText: NormalizedText | null = null;
/** `readText.text` (read once: a normalised text's fields are not plain data). */
let readString = '';
let readOut: TextMatch[] = [];
let readMeter: Meter | undefined;
/** Digits before this index are read. */
let readNext = 0;

/** Reads national identity numbers from the digits another scan of the text passes. */
export const ID_READER = {
  /** Start reading `norm.text`. */
  begin(norm: NormalizedText, meter?: Meter): void {
    readText = norm;
    readString = norm.text;
    readOut = [];
    readMeter = meter;
    readNext = 0;
  },

  /**
   * Read every chain that starts at a digit in [from, to) not read yet;
   * stretches are given in reading order. Returns the index before which
   * every digit is read (a chain may reach past `to`).
   */
  over(from: number, to: number): number {
    const norm = readText;
    if (norm === null) return to;
    const t = readString;
    let p = from > readNext ? from : readNext;
    while (p < to) {
      if (isDigit(t.charCodeAt(p))) {
        p = readChain(norm, t, p, readOut, readMeter);
        readNext = p;
      } else p++;
    }
    return readNext > to ? readNext : to;
  },

  /** The numbers found, in order; reading is over. */
  end(): TextMatch[] {
    const out = readOut;
    readText = null;
    readString = '';
    readOut = [];
    readMeter = undefined;
    return out;
  },
};
