import type { Params, TextMatch } from '../model';
import type { ExtraKeywords } from '../profile/types';
import type { NormalizedText } from '../text/normalize';
import { normalizeText, toOriginalRange } from '../text/normalize';
import type { Meter } from '../metering/meter';
import {
  atSentenceEnd,
  classes,
  DELIM,
  DIGIT,
  found,
  isApostrophe,
  lowerSlice,
  MAX_WORD,
  nextWord,
  prevWord,
  SPACE,
  WORD,
  wordAt,
  wordEnd,
} from './chars';
import type { KeywordCategory, KeywordCode } from './codes';
import { categoryOf } from './codes';
import { CONFIDENTIALITY } from './dictionary/confidentiality';
import { LEGAL_FORM } from './dictionary/legal-form';
import { SPECIAL_CATEGORY } from './dictionary/special-category';
import { THREAT } from './dictionary/threat';
import type { RuleSource } from './dictionary/types';
import { basisAfter } from './legal-basis';
import type { Handler } from './legal-rules';
import { HANDLERS } from './legal-rules';
import type { Pattern, Tok } from './pattern';
import { parsePattern, tokMatches } from './pattern';
import { isNegated, isRuleText, SentenceIndex } from './rule-text';
import { keepShape } from '../shapes';
import { joinSpacedLetters, SPACED_MIN, isSpacer } from './spaced';
import type { Trie } from './trie';
import { TrieBuilder } from './trie';

/*
 * How the scan stays fast (one pass, no regex per keyword):
 * 1. Walk the text once with charCodeAt. Each word is fed, character by
 *    character, into a trie of trigger words while it is being read; most
 *    words leave the trie after one or two characters.
 * 2. Words that may be the head of a compound ("lungekreft") are looked up
 *    in a second trie of reversed heads, walked from the end of the word.
 * 3. A chunk of text containing "@" or "://", starting with "www." or ending
 *    in a domain is an address: the hits inside it are forgotten.
 * 4. Only after the pass are the (few) hits evaluated: phrase words
 *    before/after the trigger, suppressions, rule-text checks, legal basis.
 *    Each evaluation reads a bounded stretch around its hit (words of at
 *    most MAX_WORD characters, gaps of at most MAX_GAP, legal references in
 *    a bounded window), so the whole is linear in the text.
 * 5. Letters spaced or dotted apart ("t a u s h e t s p l i k t",
 *    "s.e.k.r.e.t.e.s.s") are noticed by the pass; only then is the text
 *    read again with such runs joined into words.
 */

interface CompiledRule {
  readonly code: KeywordCode;
  readonly category: KeywordCategory;
  readonly not: readonly Pattern[];
  readonly basis: 'any' | 'offl' | null;
  /** Special categories and confidentiality: silence rules about such content. */
  readonly ruleText: boolean;
  /** Confidentiality: "ikke taushetsbelagt" is no marking. */
  readonly negatable: boolean;
}

interface PatternEntry {
  readonly kind: 'pattern';
  readonly rule: CompiledRule;
  readonly pattern: Pattern;
  /** The key may be followed by more letters (stem*), or is a compound head. */
  readonly open: boolean;
}

interface HandlerEntry {
  readonly kind: 'handler';
  readonly handler: Handler;
  readonly open: false;
}

type Entry = PatternEntry | HandlerEntry;

interface Dictionary {
  readonly fwd: Trie;
  readonly rev: Trie;
  readonly entries: readonly Entry[];
  /**
   * Per node of `fwd`: 1 when an entry there matches a longer word too
   * (stem*). A key with whole-word entries only ("me", "syn") is a hit only
   * where the word ends with it: "med" and "synfaring" cost nothing more.
   */
  readonly fwdOpen: Uint8Array;
  /** Does a key of `fwd` hold a digit? (None of the built-in ones does.) */
  readonly fwdDigits: boolean;
}

interface ExtraPhrase {
  readonly code: KeywordCode;
  readonly keyword: string;
  readonly words: readonly string[];
  /** Punctuation between consecutive words, white space removed. */
  readonly gaps: readonly string[];
  readonly lead: string;
  readonly trail: string;
}

interface CompiledExtras {
  readonly trie: Trie;
  readonly phrases: readonly ExtraPhrase[];
}

interface Raw {
  readonly code: KeywordCode;
  readonly category: KeywordCategory;
  readonly start: number;
  end: number;
  readonly params: Params | undefined;
}

const SOURCES: readonly RuleSource[] = [
  ...SPECIAL_CATEGORY,
  ...CONFIDENTIALITY,
  ...LEGAL_FORM,
  ...THREAT,
];

function reverse(s: string): string {
  return s.split('').reverse().join('');
}

export function compileDictionary(sources: readonly RuleSource[] = SOURCES): Dictionary {
  const fwd = new TrieBuilder();
  const rev = new TrieBuilder();
  const entries: Entry[] = [];
  for (const src of sources) {
    const category = categoryOf(src.code);
    const rule: CompiledRule = {
      code: src.code,
      category,
      not: (src.not ?? []).map((p) => parsePattern(p, true)),
      basis: src.basis ?? null,
      ruleText: category === 'special-category' || category === 'confidentiality',
      negatable: category === 'confidentiality',
    };
    for (const p of src.patterns) {
      const pattern = parsePattern(p);
      const t = pattern.trigger;
      if (t.exact.size > 0) {
        const id = entries.push({ kind: 'pattern', rule, pattern, open: false }) - 1;
        for (const w of t.exact) fwd.add(w, id);
      }
      if (t.prefixes.length > 0) {
        const id = entries.push({ kind: 'pattern', rule, pattern, open: true }) - 1;
        for (const w of t.prefixes) fwd.add(w, id);
      }
      if (t.heads.length > 0) {
        const id = entries.push({ kind: 'pattern', rule, pattern, open: true }) - 1;
        for (const h of t.heads) rev.add(reverse(h), id);
      }
    }
  }
  for (const handler of HANDLERS) {
    const id = entries.push({ kind: 'handler', handler, open: false }) - 1;
    for (const w of handler.triggers) fwd.add(w, id);
  }
  const built = fwd.build();
  const fwdOpen = new Uint8Array(built.first.length);
  for (let node = 0; node + 1 < built.first.length; node++) {
    for (let j = built.first[node]!; j < built.first[node + 1]!; j++) {
      if (entries[built.ids[j]!]!.open) fwdOpen[node] = 1;
    }
  }
  let fwdDigits = false;
  for (let c = 0x30; c <= 0x39; c++) if (built.map[c]! > 1) fwdDigits = true;
  return { fwd: built, rev: rev.build(), entries, fwdOpen, fwdDigits };
}

// Built on first use and kept: the send runtime calls this once per message.
let builtin: Dictionary | null = null;

function dictionary(): Dictionary {
  if (!builtin) builtin = compileDictionary();
  return builtin;
}

const extrasCache = new WeakMap<ExtraKeywords, CompiledExtras>();

function stripSpace(s: string): string {
  return s.replace(/\s+/g, '');
}

const EXTRA_CATEGORIES: readonly KeywordCategory[] = [
  'special-category',
  'confidentiality',
  'legal-form',
  'threat',
];

/**
 * The organisation's own keywords, compiled once per profile object: matched
 * case-insensitively as whole words or phrases, with the punctuation written
 * between the words ("U.off", "§ 9-2") but any amount of white space.
 */
export function compileExtras(extra: ExtraKeywords): CompiledExtras {
  const cached = extrasCache.get(extra);
  if (cached) return cached;
  const cls = classes();
  const builder = new TrieBuilder();
  const phrases: ExtraPhrase[] = [];
  for (const category of EXTRA_CATEGORIES) {
    for (const keyword of extra[category] ?? []) {
      const s = normalizeText(keyword).lower;
      const words: string[] = [];
      const gaps: string[] = [];
      let lead = '';
      let last = 0;
      let i = 0;
      while (i < s.length) {
        if (cls[s.charCodeAt(i)]! & WORD) {
          const e = wordEnd(s, i, cls);
          const between = stripSpace(s.slice(last, i));
          if (words.length === 0) lead = between;
          else gaps.push(between);
          words.push(wordAt(s, i, e));
          last = e;
          i = e;
        } else i++;
      }
      const first = words[0];
      if (first === undefined) continue; // nothing to match on
      const id = phrases.push({
        code: `${category}.custom` as KeywordCode,
        keyword: keyword.trim(),
        words,
        gaps,
        lead,
        trail: stripSpace(s.slice(last)),
      });
      builder.add(first, id - 1);
    }
  }
  const compiled = { trie: builder.build(), phrases };
  extrasCache.set(extra, compiled);
  return compiled;
}

const FAIL = -1;

/** A word of the text in lower case (keys and patterns are lower case). */
const lowerWord = lowerSlice;

function matchAfter(
  s: string,
  pos: number,
  toks: readonly Tok[],
  k: number,
  cls: Uint8Array,
): number {
  if (k === toks.length) return pos;
  const t = toks[k]!;
  if (t.end && atSentenceEnd(s, pos, cls)) {
    const r = matchAfter(s, pos, toks, k + 1, cls);
    if (r !== FAIL) return r;
  }
  const w = nextWord(s, pos, cls);
  if (w >= 0) {
    const e = found.end;
    if (tokMatches(t, lowerWord(s, w, e))) {
      const r = matchAfter(s, e, toks, k + 1, cls);
      if (r !== FAIL) return r;
    }
  }
  return t.optional ? matchAfter(s, pos, toks, k + 1, cls) : FAIL;
}

function matchBefore(
  s: string,
  pos: number,
  toks: readonly Tok[],
  k: number,
  cls: Uint8Array,
): number {
  if (k === toks.length) return pos;
  const t = toks[k]!;
  const w = prevWord(s, pos, cls);
  if (w >= 0) {
    const e = found.end;
    if (tokMatches(t, lowerWord(s, w, e))) {
      const r = matchBefore(s, w, toks, k + 1, cls);
      if (r !== FAIL) return r;
    }
  }
  return t.optional ? matchBefore(s, pos, toks, k + 1, cls) : FAIL;
}

function suppressed(
  s: string,
  rule: CompiledRule,
  ws: number,
  we: number,
  cls: Uint8Array,
): boolean {
  const w = lowerWord(s, ws, we);
  for (const q of rule.not) {
    if (!tokMatches(q.trigger, w)) continue;
    if (q.before.length > 0 && matchBefore(s, ws, q.before, 0, cls) === FAIL) continue;
    if (q.after.length > 0 && matchAfter(s, we, q.after, 0, cls) === FAIL) continue;
    return true;
  }
  return false;
}

/**
 * Sentences of the text being evaluated: set by `evaluate` for its text (the
 * evaluation is synchronous), so every hit shares one reading of them.
 */
let sentences: SentenceIndex | null = null;

function sentencesOf(s: string): SentenceIndex {
  // The same string object as a rule: comparing them costs nothing.
  if (sentences === null || sentences.s !== s) sentences = new SentenceIndex(s);
  return sentences;
}

function keep(s: string, rule: CompiledRule, start: number, end: number): boolean {
  if (rule.negatable && isNegated(s, start)) return false;
  if (rule.ruleText && isRuleText(s, start, end, sentencesOf(s))) return false;
  return true;
}

function evalPattern(s: string, e: PatternEntry, ws: number, we: number, out: Raw[]): void {
  const cls = classes();
  const p = e.pattern;
  let start = ws;
  let end = we;
  // The side after the trigger is usually one word: check it first.
  if (p.after.length > 0) {
    end = matchAfter(s, we, p.after, 0, cls);
    if (end === FAIL) return;
  }
  if (p.before.length > 0) {
    start = matchBefore(s, ws, p.before, 0, cls);
    if (start === FAIL) return;
  }
  const rule = e.rule;
  if (rule.not.length > 0 && suppressed(s, rule, ws, we, cls)) return;
  let params: Params | undefined;
  if (rule.basis) {
    const b = basisAfter(s, end, rule.basis === 'offl');
    if (b) {
      end = b.end;
      params = { basis: b.basis };
    }
  }
  if (!keep(s, rule, start, end)) return;
  out.push({ code: rule.code, category: rule.category, start, end, params });
}

function evalHandler(s: string, h: Handler, ws: number, we: number, out: Raw[]): void {
  const hit = h.run(s, ws, we);
  if (!hit) return;
  const category = categoryOf(hit.code);
  if (
    category === 'confidentiality' &&
    (isNegated(s, hit.start) || isRuleText(s, hit.start, hit.end, sentencesOf(s)))
  ) {
    return;
  }
  out.push({
    code: hit.code,
    category,
    start: hit.start,
    end: hit.end,
    params: hit.params,
  });
}

/** Run the entries of a trie node; `whole` when the key ended with the word. */
function evalEntries(
  s: string,
  d: Dictionary,
  t: Trie,
  node: number,
  ws: number,
  we: number,
  whole: boolean,
  out: Raw[],
): void {
  for (let j = t.first[node]!; j < t.first[node + 1]!; j++) {
    const e = d.entries[t.ids[j]!]!;
    if (!whole && !e.open) continue;
    if (e.kind === 'pattern') evalPattern(s, e, ws, we, out);
    else evalHandler(s, e.handler, ws, we, out);
  }
}

function evalExtra(
  s: string,
  ph: ExtraPhrase,
  ws: number,
  we: number,
  cls: Uint8Array,
  out: Raw[],
): void {
  const n = s.length;
  let pos = we;
  for (let k = 1; k < ph.words.length; k++) {
    let j = pos;
    let newlines = 0;
    while (j < n && !(cls[s.charCodeAt(j)]! & WORD)) {
      if (s.charCodeAt(j) === 0x0a && ++newlines > 1) return;
      if (j - pos > 40) return;
      j++;
    }
    if (j >= n) return;
    if (stripSpace(lowerSlice(s, pos, j)) !== ph.gaps[k - 1]) return;
    const e = wordEnd(s, j, cls, j + MAX_WORD + 1);
    if (lowerWord(s, j, e) !== ph.words[k]) return;
    pos = e;
  }
  let start = ws;
  let end = pos;
  if (ph.lead) {
    let j = ws;
    const floor = ws - 40 > 0 ? ws - 40 : 0;
    while (j > floor && cls[s.charCodeAt(j - 1)]! & SPACE) j--;
    if (lowerSlice(s, j - ph.lead.length, j) !== ph.lead) return;
    start = j - ph.lead.length;
  }
  if (ph.trail) {
    let j = pos;
    const limit = pos + 40 < n ? pos + 40 : n;
    while (j < limit && cls[s.charCodeAt(j)]! & SPACE) j++;
    if (lowerSlice(s, j, j + ph.trail.length) !== ph.trail) return;
    end = j + ph.trail.length;
  }
  out.push({
    code: ph.code,
    category: categoryOf(ph.code),
    start,
    end,
    params: { keyword: ph.keyword },
  });
}

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
const FWD_WHOLE = 0;
const FWD_OPEN = 1;
const REV = 2;
const EXTRA = 3;

class Hits {
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
const HITS = keepShape(new Hits());

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
const HIT_COST = 64;

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
function scan(
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

function evaluate(
  s: string,
  d: Dictionary,
  x: CompiledExtras | null,
  hits: Hits,
  meter?: Meter,
): Raw[] {
  sentences = new SentenceIndex(s);
  try {
    return evaluateHits(s, d, x, hits);
  } finally {
    meter?.tick(sentences.steps);
    sentences = null;
  }
}

function evaluateHits(s: string, d: Dictionary, x: CompiledExtras | null, hits: Hits): Raw[] {
  const out: Raw[] = [];
  const cls = classes();
  const b = hits.buf;
  for (let h = 0; h < hits.len; h += 4) {
    const kind = b[h]!;
    const node = b[h + 1]!;
    const ws = b[h + 2]!;
    const we = b[h + 3]!;
    if (kind === EXTRA) {
      if (!x) continue;
      const t = x.trie;
      for (let j = t.first[node]!; j < t.first[node + 1]!; j++) {
        evalExtra(s, x.phrases[t.ids[j]!]!, ws, we, cls, out);
      }
    } else {
      evalEntries(s, d, kind === REV ? d.rev : d.fwd, node, ws, we, kind === FWD_WHOLE, out);
    }
  }
  return out;
}

/**
 * Merge what overlaps: the same code twice over one stretch becomes one match
 * ("innlagt på psykiatrisk avdeling"), and a confidentiality match inside a
 * longer one (the "offl. § 13" of "Taushetsbelagt, jf. offl. § 13") is part of it.
 */
function merge(raws: Raw[]): Raw[] {
  raws.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Raw[] = [];
  const lastByCode = new Map<KeywordCode, Raw>();
  let confEnd = -1;
  for (const r of raws) {
    const prev = lastByCode.get(r.code);
    if (prev && prev.end > r.start) {
      if (r.end > prev.end) prev.end = r.end;
      continue;
    }
    if (r.category === 'confidentiality') {
      if (confEnd >= r.end) continue;
      confEnd = Math.max(confEnd, r.end);
    }
    kept.push(r);
    lastByCode.set(r.code, r);
  }
  return kept;
}

/**
 * Find special-category, confidentiality, legal-form and threat keywords in a
 * normalised text. Offsets in the result point into `norm.original`.
 * `extra` (the profile's own keywords) yields `<category>.custom` codes with
 * the configured word as param `keyword`.
 */
export function findKeywords(
  norm: NormalizedText,
  extra?: ExtraKeywords,
  meter?: Meter,
  digits: DigitReader | null = null,
): TextMatch[] {
  const d = dictionary();
  const x = extra ? compileExtras(extra) : null;
  const xt = x && !x.trie.empty ? x.trie : null;
  const hits = HITS;
  hits.clear();
  let view = norm;
  if (scan(norm.text, d, xt, hits, digits, meter)) {
    // Letters spaced apart: read the text again with them joined.
    const joined = joinSpacedLetters(norm, meter);
    if (joined !== null) {
      view = joined;
      hits.len = 0;
      scan(view.text, d, xt, hits, null, meter);
    }
  }
  if (hits.len === 0) return [];
  // The hits are looked at in the text as written, each word and window put
  // in lower case as it is read: no lower-case copy of the whole text.
  meter?.tick((hits.len / 4) * HIT_COST);
  const raws = evaluate(view.text, d, x, hits, meter);
  if (raws.length === 0) return [];
  return merge(raws).map((r) => {
    const o = toOriginalRange(view, r.start, r.end);
    const text = norm.original.slice(o.start, o.end);
    const m: TextMatch = r.params
      ? { code: r.code, category: r.category, start: o.start, end: o.end, text, params: r.params }
      : { code: r.code, category: r.category, start: o.start, end: o.end, text };
    return m;
  });
}
