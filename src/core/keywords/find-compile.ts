/**
 * The keyword dictionary compiled for the scan (find.ts): rules and their
 * phrases into tries of trigger words (reversed heads for compounds), and a
 * profile's extra phrases, each compiled once and cached.
 */

import type { ExtraKeywords } from '../profile/types';
import { normalizeText } from '../text/normalize';
import { classes, WORD, wordEnd, wordAt } from './chars';
import { categoryOf } from './codes';
import type { KeywordCode, KeywordCategory } from './codes';
import { CONFIDENTIALITY } from './dictionary/confidentiality';
import { LEGAL_FORM } from './dictionary/legal-form';
import { SPECIAL_CATEGORY } from './dictionary/special-category';
import { THREAT } from './dictionary/threat';
import type { RuleSource } from './dictionary/types';
import { HANDLERS } from './legal-rules';
import type { Handler } from './legal-rules';
import { parsePattern } from './pattern';
import type { Pattern } from './pattern';
import { TrieBuilder } from './trie';
import type { Trie } from './trie';

export interface CompiledRule {
  readonly code: KeywordCode;
  readonly category: KeywordCategory;
  readonly not: readonly Pattern[];
  readonly basis: 'any' | 'offl' | null;
  /** Special categories and confidentiality: silence rules about such content. */
  readonly ruleText: boolean;
  /** Confidentiality: "ikke taushetsbelagt" is no marking. */
  readonly negatable: boolean;
}

export interface PatternEntry {
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

export interface Dictionary {
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

export interface ExtraPhrase {
  readonly code: KeywordCode;
  readonly keyword: string;
  readonly words: readonly string[];
  /** Punctuation between consecutive words, white space removed. */
  readonly gaps: readonly string[];
  readonly lead: string;
  readonly trail: string;
}

export interface CompiledExtras {
  readonly trie: Trie;
  readonly phrases: readonly ExtraPhrase[];
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

export function dictionary(): Dictionary {
  if (!builtin) builtin = compileDictionary();
  return builtin;
}

const extrasCache = new WeakMap<ExtraKeywords, CompiledExtras>();

export function stripSpace(s: string): string {
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
