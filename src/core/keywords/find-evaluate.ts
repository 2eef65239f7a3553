/**
 * Evaluating the keyword scan's hits (find.ts): phrase words before and
 * after the trigger, suppressions, rule text, negation and legal basis, each
 * reading a bounded stretch around its hit.
 */

import type { Params } from '../model';
import type { Meter } from '../metering/meter';
import {
  lowerSlice,
  atSentenceEnd,
  nextWord,
  found,
  prevWord,
  classes,
  WORD,
  wordEnd,
  MAX_WORD,
  SPACE,
} from './chars';
import { categoryOf } from './codes';
import type { KeywordCode, KeywordCategory } from './codes';
import { basisAfter } from './legal-basis';
import type { Handler } from './legal-rules';
import { tokMatches } from './pattern';
import type { Tok } from './pattern';
import { SentenceIndex, isNegated, isRuleText } from './rule-text';
import type { Trie } from './trie';
import { stripSpace } from './find-compile';
import type {
  CompiledExtras,
  CompiledRule,
  Dictionary,
  ExtraPhrase,
  PatternEntry,
} from './find-compile';
import type { Hits } from './find-scan';
import { EXTRA, FWD_WHOLE, REV } from './find-scan';

export interface Raw {
  readonly code: KeywordCode;
  readonly category: KeywordCategory;
  readonly start: number;
  end: number;
  readonly params: Params | undefined;
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

export function evaluate(
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
