/**
 * A small pattern language for the keyword dictionary, so that it can be read
 * (and reviewed by someone who knows the languages) as text:
 *
 *   pattern  := token (' ' token)*          one token per word, lower case
 *   token    := alt ('|' alt)* ['?']         '?' = the word may be missing
 *   alt      := word | stem* | *head | _ | $ with {a,b,} brace expansion
 *   trigger  := '[' token ']'                the word looked up in the
 *                                            dictionary; the first token
 *                                            when no token is bracketed
 *
 * `stem*` matches the stem followed by anything (inflection, compounds where
 * the stem is the modifier); `*head` matches a longer word ending in head
 * (compounds where the sensitive word is the head: "lungekreft"); `_` is any
 * one word; `$` means the sentence (or line) ends here. Words are separated
 * in the text by spaces, commas, dashes or quotes and at most one line break,
 * never by a sentence end, so "U.off." or "§ 13" are not phrases: legal
 * references are parsed by `legal-basis.ts`.
 */

export interface Tok {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly heads: readonly string[];
  /** `_`: any word. */
  readonly any: boolean;
  /** `$`: end of the sentence or line. */
  readonly end: boolean;
  readonly optional: boolean;
}

export interface Pattern {
  /** Tokens before the trigger, nearest first. */
  readonly before: readonly Tok[];
  readonly trigger: Tok;
  readonly after: readonly Tok[];
  readonly source: string;
}

/** Expand `{a,b,}` groups: `sykmeld{t,ing*}` gives `sykmeldt`, `sykmelding*`. */
export function expandBraces(s: string): string[] {
  const open = s.indexOf('{');
  if (open < 0) return [s];
  const close = s.indexOf('}', open);
  if (close < 0) throw new Error(`unclosed brace in "${s}"`);
  const head = s.slice(0, open);
  const tail = expandBraces(s.slice(close + 1));
  const out: string[] = [];
  for (const part of s.slice(open + 1, close).split(',')) {
    for (const t of tail) out.push(head + part + t);
  }
  return out;
}

export function parseToken(src: string): Tok {
  let body = src;
  let optional = false;
  if (body.length > 1 && body.endsWith('?')) {
    optional = true;
    body = body.slice(0, -1);
  }
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const heads: string[] = [];
  let any = false;
  let end = false;
  for (const alt of body.split('|')) {
    for (const w of expandBraces(alt)) {
      if (w === '') throw new Error(`empty alternative in "${src}"`);
      if (w === '_') any = true;
      else if (w === '$') end = true;
      else if (w.startsWith('*')) {
        if (w.length < 2 || w.endsWith('*')) throw new Error(`bad head "${w}" in "${src}"`);
        heads.push(w.slice(1));
      } else if (w.endsWith('*')) prefixes.push(w.slice(0, -1));
      else exact.add(w);
    }
  }
  for (const w of [...exact, ...prefixes, ...heads]) {
    // One word as the scanner cuts it: letters, digits, inner apostrophes.
    if (!/^[a-z0-9\u00c0-\u024f]+(?:'[a-z0-9\u00c0-\u024f]+)*$/.test(w) || w !== w.toLowerCase()) {
      throw new Error(`"${w}" in "${src}" must be one lower-case word`);
    }
  }
  return { exact, prefixes, heads, any, end, optional };
}

/**
 * Parse one pattern. In a suppression pattern (`suppression`) the trigger may
 * be `_`: the pattern then applies whatever the trigger word was.
 */
export function parsePattern(src: string, suppression = false): Pattern {
  const parts = src.trim().split(/\s+/);
  let t = parts.findIndex((p) => p.startsWith('['));
  const tokens = parts.map((p, i) => {
    if (i === t) {
      if (!p.endsWith(']')) throw new Error(`trigger must be one bracketed token in "${src}"`);
      return parseToken(p.slice(1, -1));
    }
    return parseToken(p);
  });
  if (t < 0) t = 0;
  const trigger = tokens[t];
  if (!trigger || (trigger.any && !suppression) || trigger.end || trigger.optional) {
    throw new Error(`the trigger of "${src}" must be a word`);
  }
  return {
    before: tokens.slice(0, t).reverse(),
    trigger,
    after: tokens.slice(t + 1),
    source: src,
  };
}

/** Does a (lower-case) word match a token? */
export function tokMatches(tok: Tok, w: string): boolean {
  if (tok.any) return true;
  if (tok.exact.has(w)) return true;
  for (const p of tok.prefixes) if (w.startsWith(p)) return true;
  for (const h of tok.heads) if (w.length > h.length && w.endsWith(h)) return true;
  return false;
}
