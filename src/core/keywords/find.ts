/**
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
import type { TextMatch } from '../model';
import type { ExtraKeywords } from '../profile/types';
import { toOriginalRange } from '../text/normalize';
import type { NormalizedText } from '../text/normalize';
import type { Meter } from '../metering/meter';
import type { KeywordCode } from './codes';
import { joinSpacedLetters } from './spaced';
import { compileExtras, dictionary } from './find-compile';
import { HITS, HIT_COST, scan } from './find-scan';
import type { DigitReader } from './find-scan';
import { evaluate } from './find-evaluate';
import type { Raw } from './find-evaluate';

export { compileDictionary, compileExtras } from './find-compile';
export type { DigitReader } from './find-scan';

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
