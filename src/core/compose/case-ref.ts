/**
 * Case references ("Vår ref. 2024/1234-5", "Dnr KS 2024/123"). A message that
 * carries one is official mail (R2); outgoing with a reference of our own, it
 * has been journaled (R19).
 *
 * Read by a small tokenizer, not a regular expression: a label is tried only
 * where a word starts, and each try reads the label, the white space after
 * it and at most a short number, so the whole text is read in linear time
 * however it is spaced ("dnr" followed by 200,000 spaces).
 */
import type { Meter } from '../metering/meter';

export interface CaseReference {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Characters read by label tries since the last tick: each is one step. */
let work = 0;

function lower(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  // Latin-1 capitals (Æ Ø Å Ä Ö ...), not the multiplication sign.
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 0x20;
  return c;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A letter or digit that may not stand right before a label: [0-9A-Za-zÆØÅæøåÄÖäö]. */
function isLabelNeighbour(c: number): boolean {
  const l = lower(c);
  return (
    isDigit(c) ||
    (l >= 0x61 && l <= 0x7a) ||
    l === 0xe6 || // æ
    l === 0xf8 || // ø
    l === 0xe5 || // å
    l === 0xe4 || // ä
    l === 0xf6 // ö
  );
}

/** A letter of a series prefix ("KS", "BOU"): A-Z and Æ Ø Å Ä Ö, either case. */
function isPrefixLetter(c: number): boolean {
  const l = lower(c);
  return (
    (l >= 0x61 && l <= 0x7a) || l === 0xe6 || l === 0xf8 || l === 0xe5 || l === 0xe4 || l === 0xf6
  );
}

/** White space as regular expressions know it (`\s`). */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function skipSpace(s: string, i: number): number {
  const from = i;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  work += i - from + 1;
  return i;
}

/** Does `word` (lower case) stand at i, in any case? The index after it, or -1. */
function word(s: string, i: number, w: string): number {
  work += 1;
  if (i + w.length > s.length) return -1;
  for (let k = 0; k < w.length; k++) {
    if (lower(s.charCodeAt(i + k)) !== w.charCodeAt(k)) return -1;
    work += 1;
  }
  return i + w.length;
}

/** One of `words` at i: the index after the first that stands there, or -1. */
function oneOf(s: string, i: number, words: readonly string[]): number {
  for (const w of words) {
    const e = word(s, i, w);
    if (e >= 0) return e;
  }
  return -1;
}

/** An optional "." at i. */
function dot(s: string, i: number): number {
  return i < s.length && s.charCodeAt(i) === 0x2e ? i + 1 : i;
}

/** At least one white-space character, then `w`: the index after it, or -1. */
function spacedWord(s: string, i: number, w: readonly string[]): number {
  const j = skipSpace(s, i);
  return j > i ? oneOf(s, j, w) : -1;
}

/**
 * Ends of the labels that start at i, each given to `tail` in turn (the
 * order a regular expression would try them), until one gives a reference.
 */
function label(s: string, i: number, tail: (at: number) => number): number {
  let e = oneOf(s, i, ['vår', 'var', 'deres', 'dykkar', 'er', 'our', 'your']);
  if (e >= 0) {
    const r = spacedWord(s, e, ['ref']);
    if (r >= 0) {
      for (const suffix of ['.', 'erens', 'eranse']) {
        const x = word(s, r, suffix);
        if (x >= 0) {
          const end = tail(x);
          if (end >= 0) return end;
        }
      }
      const end = tail(r);
      if (end >= 0) return end;
    }
  }
  e = word(s, i, 'saksnr');
  if (e >= 0) {
    const end = tail(dot(s, e));
    if (end >= 0) return end;
  }
  e = word(s, i, 'saksnummer');
  if (e >= 0) {
    const end = tail(e);
    if (end >= 0) return end;
  }
  e = oneOf(s, i, ['saks', 'sak']);
  if (e >= 0) {
    const r = spacedWord(s, e, ['nr']);
    if (r >= 0) {
      const end = tail(dot(s, r));
      if (end >= 0) return end;
    }
  }
  e = word(s, i, 'arkivsak');
  if (e >= 0) {
    const r = spacedWord(s, e, ['nr']);
    if (r >= 0) {
      const end = tail(dot(s, r));
      if (end >= 0) return end;
    }
    const end = tail(e);
    if (end >= 0) return end;
  }
  e = oneOf(s, i, ['ärende', 'arende']);
  if (e >= 0) {
    const r = word(s, e, 'nummer');
    if (r >= 0) {
      const end = tail(r);
      if (end >= 0) return end;
    }
    const r2 = word(s, e, 'nr');
    if (r2 >= 0) {
      const end = tail(dot(s, r2));
      if (end >= 0) return end;
    }
  }
  for (const w of ['dnr', 'diarienr']) {
    e = word(s, i, w);
    if (e >= 0) {
      const end = tail(dot(s, e));
      if (end >= 0) return end;
    }
  }
  e = word(s, i, 'diarienummer');
  if (e >= 0) {
    const end = tail(e);
    if (end >= 0) return end;
  }
  e = word(s, i, 'case');
  if (e >= 0) {
    const j = skipSpace(s, e);
    if (j > e) {
      for (const [w, dotted] of [
        ['no', true],
        ['number', false],
        ['ref', true],
      ] as const) {
        const r = word(s, j, w);
        if (r >= 0) {
          const end = tail(dotted ? dot(s, r) : r);
          if (end >= 0) return end;
        }
      }
    }
  }
  return -1;
}

/** Index after a run of 1..max digits at i (at most max taken), or -1. */
function digits(s: string, i: number, max: number): number {
  let e = i;
  while (e < s.length && e - i < max && isDigit(s.charCodeAt(e))) e++;
  work += e - i + 1;
  return e > i ? e : -1;
}

/** (19|20)?YY[/.:-]N{1,6}(-N{1,4})? at i: the index after it, or -1. */
function number(s: string, i: number): number {
  let e = i;
  while (e < s.length && e - i < 5 && isDigit(s.charCodeAt(e))) e++;
  work += e - i + 1;
  const run = e - i;
  const century =
    s.charCodeAt(i) === 0x31
      ? s.charCodeAt(i + 1) === 0x39
      : s.charCodeAt(i) === 0x32 && s.charCodeAt(i + 1) === 0x30;
  if (run !== 2 && !(run === 4 && century)) return -1;
  const c = s.charCodeAt(e);
  if (c !== 0x2f && c !== 0x2e && c !== 0x3a && c !== 0x2d) return -1;
  e = digits(s, e + 1, 6);
  if (e < 0) return -1;
  if (s.charCodeAt(e) === 0x2d) {
    const x = digits(s, e + 1, 4);
    if (x >= 0) return x;
  }
  return e;
}

/** After a label: `\s*[:.]?\s*`, an optional series prefix ("KS ", "BOU."), the number. */
function afterLabel(s: string, at: number): number {
  let i = skipSpace(s, at);
  const c = s.charCodeAt(i);
  if (c === 0x3a || c === 0x2e) i = skipSpace(s, i + 1);
  let p = i;
  while (p < s.length && p - i < 7 && isPrefixLetter(s.charCodeAt(p))) p++;
  work += p - i + 1;
  if (p > i && p - i <= 6) {
    const sep = s.charCodeAt(p);
    if (sep === 0x20 || sep === 0x2e || sep === 0x2d) {
      const e = number(s, p + 1);
      if (e >= 0) return e;
    }
    const e = number(s, p);
    if (e >= 0) return e;
  }
  return number(s, i);
}

/** A labelled reference starting at i (the label's first letter), its end or -1. */
function labelledAt(s: string, i: number): number {
  return label(s, i, (at) => afterLabel(s, at));
}

/** Characters that may start a label. */
function mayStartLabel(c: number): boolean {
  const l = lower(c);
  return (
    l === 0x76 || // v
    l === 0x64 || // d
    l === 0x65 || // e
    l === 0x6f || // o
    l === 0x79 || // y
    l === 0x73 || // s
    l === 0x61 || // a
    l === 0xe4 || // ä
    l === 0x63 // c
  );
}

/** The first labelled reference at or after `from` (where a label may start). */
function findLabelled(s: string, from: number, meter?: Meter): CaseReference | null {
  const n = s.length;
  for (let i = from; i < n; i++) {
    const c = s.charCodeAt(i);
    if (!mayStartLabel(c)) continue;
    if (i > from && isLabelNeighbour(s.charCodeAt(i - 1))) continue;
    work = 0;
    const end = labelledAt(s, i);
    meter?.tick(work);
    if (end >= 0) {
      meter?.tick(i - from);
      return { text: s.slice(i, end), start: i, end };
    }
  }
  meter?.tick(n - from);
  return null;
}

/** A bare Noark-style reference with a document number: 2024/1234-5. */
function findBare(s: string, from: number, meter?: Meter): CaseReference | null {
  const n = s.length;
  for (let i = from; i + 4 < n; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x31 && c !== 0x32) continue;
    if (i > from) {
      const b = s.charCodeAt(i - 1);
      if (isDigit(b) || b === 0x2f) continue;
    }
    const d = s.charCodeAt(i + 1);
    if (!((c === 0x31 && d === 0x39) || (c === 0x32 && d === 0x30))) continue;
    if (!isDigit(s.charCodeAt(i + 2)) || !isDigit(s.charCodeAt(i + 3))) continue;
    if (s.charCodeAt(i + 4) !== 0x2f) continue;
    let e = i + 5;
    const a = e;
    while (e < n && e - a < 7 && isDigit(s.charCodeAt(e))) e++;
    if (e === a || e - a > 6 || s.charCodeAt(e) !== 0x2d) continue;
    const b = e + 1;
    e = b;
    while (e < n && e - b < 5 && isDigit(s.charCodeAt(e))) e++;
    if (e === b || e - b > 4) continue;
    const after = s.charCodeAt(e);
    if (isDigit(after) || after === 0x2f) continue;
    meter?.tick(e - from);
    return { text: s.slice(i, e), start: i, end: e };
  }
  meter?.tick(n - from);
  return null;
}

/**
 * The first case reference in the text: a labelled one anywhere ("Vår ref.",
 * "Saksnr.", "Dnr", "Diarienummer", "Case no." in nb, nn, sv, en), else a
 * bare Noark-style one ("2024/1234-5").
 */
export function findCaseReference(text: string, meter?: Meter): CaseReference | null {
  return findLabelled(text, 0, meter) ?? findBare(text, 0, meter);
}

/** Every case reference in a text, in reading order. */
export function findCaseReferences(text: string, meter?: Meter): CaseReference[] {
  const out: CaseReference[] = [];
  let from = 0;
  // Once no labelled reference is left, only one starting right where the
  // last one ended can turn up (nothing before it to forbid it).
  let labelled = true;
  while (from <= text.length) {
    let r: CaseReference | null = null;
    if (labelled) {
      r = findLabelled(text, from, meter);
      if (r === null) labelled = false;
    } else if (from < text.length && mayStartLabel(text.charCodeAt(from))) {
      work = 0;
      const end = labelledAt(text, from);
      meter?.tick(work);
      if (end >= 0) r = { text: text.slice(from, end), start: from, end };
    }
    if (r === null) r = findBare(text, from, meter);
    if (r === null) return out;
    out.push(r);
    from = r.end;
  }
  return out;
}

// The other party's labels: "Deres ref.", "Dykkar ref.", "Er ref.", "Ert dnr", "Your ref.".
const THEIRS = /^(?:deres|dykkar|er|ert|your)\s/i;
const THEIRS_BEFORE = /(?:^|[^0-9A-Za-zÆØÅæøåÄÖäö])(?:deres|dykkar|er|ert|your)\s+$/i;

/**
 * True when the reference is the other party's ("Deres ref. 24/117", "Ert
 * dnr 2024/55"): it tells that the message answers a case, not that ours
 * was journaled.
 */
export function isTheirReference(text: string, ref: CaseReference): boolean {
  return (
    THEIRS.test(ref.text) || THEIRS_BEFORE.test(text.slice(Math.max(0, ref.start - 12), ref.start))
  );
}
