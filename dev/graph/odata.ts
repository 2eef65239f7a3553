/**
 * The small, safe part of OData the emulator understands: `$select`,
 * `$expand=singleValueExtendedProperties($filter=id eq '…' or …)`, `$filter`
 * (comparisons, and/or/not, contains/startswith/endswith, `any` over the
 * collections a schema names) and the directory's `$search="prop:value"`.
 * Anything else answers 400, never a guess: a filter the emulator cannot
 * read must not quietly match everything.
 *
 * The parser is a hand-written recursive descent over a tokenizer with a
 * length and depth limit; no regular expression runs over user input
 * unanchored, and nothing is evaluated as code.
 */

import { GraphError, badRequest } from './errors';
import { MAX_QUERY } from './odata-filter';
import type { FieldValue, FilterSchema, Pred } from './odata-filter';

export { compileFilter, parseFilter, unknownProperty } from './odata-filter';
export type { FieldType, FieldValue, FilterAst, FilterSchema } from './odata-filter';

// ---------------------------------------------------------------- $select, $expand

/** `$select=subject,categories` → names as the schema spells them; 400 on unknown names. */
export function parseSelect(
  text: string | null,
  allowed: readonly string[],
  type: string,
): string[] | null {
  if (text === null) return null;
  const byLower = new Map(allowed.map((a) => [a.toLowerCase(), a]));
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const name = raw.trim();
    if (name === '') continue;
    if (name === '*') return null;
    const known = byLower.get(name.toLowerCase());
    if (!known) {
      throw new GraphError(
        400,
        'RequestBroker--ParseUri',
        `Could not find a property named '${name}' on type 'microsoft.graph.${type}'.`,
      );
    }
    if (!out.includes(known)) out.push(known);
  }
  return out;
}

export interface ExpandClause {
  readonly name: string;
  readonly filter: string | null;
}

/** `$expand=a($filter=…),b` → clauses; nested options other than $filter are refused. */
export function parseExpand(text: string | null): ExpandClause[] {
  if (text === null || text.trim() === '') return [];
  if (text.length > MAX_QUERY) throw badRequest('The $expand clause is too long.');
  const out: ExpandClause[] = [];
  let i = 0;
  while (i < text.length) {
    let name = '';
    while (i < text.length && text[i] !== ',' && text[i] !== '(') name += text[i++];
    let filter: string | null = null;
    if (text[i] === '(') {
      let depth = 0;
      let inString = false;
      const start = i + 1;
      for (; i < text.length; i++) {
        const c = text[i];
        if (c === "'") inString = !inString;
        if (inString) continue;
        if (c === '(') depth++;
        if (c === ')' && --depth === 0) break;
      }
      if (depth !== 0) throw badRequest(`The $expand clause '${text}' is not balanced.`);
      const options = text.slice(start, i).trim();
      i++;
      const m = /^\$filter\s*=\s*([\s\S]*)$/i.exec(options);
      if (!m) {
        throw new GraphError(
          400,
          'BadRequest',
          `The Graph emulator only supports $filter inside $expand, not '${options}'.`,
        );
      }
      filter = (m[1] as string).trim();
    }
    if (name.trim() !== '') out.push({ name: name.trim(), filter });
    if (text[i] === ',') i++;
  }
  return out;
}

// ---------------------------------------------------------------- directory $search

type SearchClause = { prop: string; words: string[] };

type SearchAst = { k: 'term'; c: SearchClause } | { k: 'and' | 'or'; a: SearchAst; b: SearchAst };

/** Words of a value the way the directory indexes it: letters and digits, lower case. */
export function searchTokens(value: string): string[] {
  return value.toLocaleLowerCase('nb-NO').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function clauseMatches(words: readonly string[], value: FieldValue): boolean {
  if (typeof value !== 'string') return false;
  const tokens = searchTokens(value);
  return words.every((w) => tokens.some((t) => t.startsWith(w)));
}

/**
 * `"displayName:kar" OR "mail:kar"`: each clause matches when every word of
 * its value is the start of a word of the property (the directory's
 * tokenized prefix search). AND binds tighter than OR.
 */
export function compileSearch<T>(
  text: string,
  schema: FilterSchema<T>,
  searchable: readonly string[],
): Pred<T> {
  if (text.length > MAX_QUERY) throw badRequest('The $search clause is too long.');
  const parts: (SearchClause | 'AND' | 'OR')[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === ' ') {
      i++;
      continue;
    }
    if (c === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) throw badRequest(`Syntax error: unterminated string in '${text}'.`);
      const body = text.slice(i + 1, end);
      const colon = body.indexOf(':');
      if (colon <= 0) {
        throw new GraphError(
          400,
          'Request_UnsupportedQuery',
          `Unsupported or invalid search clause '${body}': use "property:value".`,
        );
      }
      const prop = body.slice(0, colon).trim().toLowerCase();
      if (!searchable.includes(prop)) {
        throw new GraphError(
          400,
          'Request_UnsupportedQuery',
          `Unsupported or invalid query filter clause specified for property '${body.slice(0, colon)}' of resource '${schema.type}'.`,
        );
      }
      const words = searchTokens(body.slice(colon + 1));
      parts.push({ prop, words });
      i = end + 1;
      continue;
    }
    const word = /^(AND|OR)\b/.exec(text.slice(i));
    if (word) {
      parts.push(word[1] as 'AND' | 'OR');
      i += (word[1] as string).length;
      continue;
    }
    throw badRequest(`Syntax error: character '${c}' is not valid at position ${i} in '${text}'.`);
  }
  // clause (op clause)*, AND before OR
  let at = 0;
  const clause = (): SearchAst => {
    const p = parts[at++];
    if (!p || typeof p === 'string') throw badRequest(`Syntax error in $search '${text}'.`);
    return { k: 'term', c: p };
  };
  const and = (): SearchAst => {
    let a = clause();
    while (parts[at] === 'AND') {
      at++;
      a = { k: 'and', a, b: clause() };
    }
    return a;
  };
  let ast = and();
  while (parts[at] === 'OR') {
    at++;
    ast = { k: 'or', a: ast, b: and() };
  }
  if (at < parts.length) throw badRequest(`Syntax error in $search '${text}'.`);
  const run = (n: SearchAst, e: T): boolean => {
    if (n.k === 'term') {
      const f = schema.fields[n.c.prop];
      return f ? clauseMatches(n.c.words, f.get(e)) : false;
    }
    return n.k === 'and' ? run(n.a, e) && run(n.b, e) : run(n.a, e) || run(n.b, e);
  };
  return (e) => run(ast, e);
}

/** `$top` / `$skip` as non-negative integers within bounds; 400 otherwise. */
export function intOption(
  name: string,
  text: string | null,
  fallback: number,
  min: number,
  max: number,
): number {
  if (text === null) return fallback;
  if (!/^\d+$/.test(text.trim())) {
    throw badRequest(`Invalid value '${text}' for query option ${name}: an integer is required.`);
  }
  const n = Number(text.trim());
  if (n < min || n > max) {
    throw badRequest(`Invalid value '${text}' for query option ${name}: use ${min} to ${max}.`);
  }
  return n;
}
