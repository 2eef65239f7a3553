/**
 * `$filter` in the Graph emulator (odata.ts): comparisons, and/or/not,
 * contains/startswith/endswith and `any` over the collections a schema
 * names, read by a hand-written recursive descent over a tokenizer with a
 * length and depth limit, and compiled to a predicate over a schema.
 */

import { GraphError } from './errors';
import { canonicalPropertyId } from './props';

export const MAX_QUERY = 4000;

const MAX_DEPTH = 32;

/**
 * `listDate`: a SharePoint date column, which takes a date literal or, as
 * SharePoint's own filters are written, an ISO date in quotes
 * (`fields/Created ge '2026-03-01T00:00:00Z'`).
 */
export type FieldType = 'string' | 'date' | 'listDate' | 'bool' | 'number' | 'propid';

export type FieldValue = string | number | boolean | null | undefined;

/** What `$filter` may name on one entity type, and how to read it. */
export interface FilterSchema<T> {
  /** Type name for error messages: `message`, `user`, … */
  readonly type: string;
  /** Lower-cased path (`from/emailaddress/address`) → type and getter. */
  readonly fields: Readonly<Record<string, { type: FieldType; get: (e: T) => FieldValue }>>;
  /** Lower-cased collection path → its items and their schema (for `any`/`all`). */
  readonly collections?: Readonly<
    Record<string, { items: (e: T) => readonly unknown[]; schema: FilterSchema<unknown> }>
  >;
  /** For collections of primitives (`categories`): the lambda variable itself is the value. */
  readonly self?: { type: FieldType; get: (e: T) => FieldValue };
}

const invalidFilter = (why: string): GraphError =>
  new GraphError(400, 'BadRequest', `Invalid filter clause: ${why}`);

const unsupportedFilter = (why: string): GraphError =>
  new GraphError(
    400,
    'ErrorInvalidUrlQueryFilter',
    `The query filter contains one or more invalid nodes. ${why}`,
  );

// ---------------------------------------------------------------- tokenizer

type Tok =
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'date'; v: number; day?: string }
  | { t: 'id'; v: string }
  | { t: '(' | ')' | ',' | ':' };

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})/;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}(?![\w:])/;

const NUMBER = /^-?\d+(?:\.\d+)?/;

const IDENT = /^[A-Za-z_$@][\w./$@]*/;

function tokenize(text: string): Tok[] {
  if (text.length > MAX_QUERY) throw invalidFilter('the clause is too long.');
  const out: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',' || c === ':') {
      out.push({ t: c });
      i++;
      continue;
    }
    if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= text.length) throw invalidFilter('a string literal is not closed.');
        const ch = text[i] as string;
        if (ch === "'") {
          if (text[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += ch;
        i++;
      }
      out.push({ t: 'str', v });
      continue;
    }
    const rest = text.slice(i);
    const dt = DATE_TIME.exec(rest) ?? DATE_ONLY.exec(rest);
    if (dt) {
      const ms = Date.parse(dt[0].length === 10 ? `${dt[0]}T00:00:00Z` : dt[0]);
      if (Number.isNaN(ms)) throw invalidFilter(`'${dt[0]}' is not a valid date and time.`);
      out.push(dt[0].length === 10 ? { t: 'date', v: ms, day: dt[0] } : { t: 'date', v: ms });
      i += dt[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const id = IDENT.exec(rest);
    if (id) {
      out.push({ t: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    throw invalidFilter(`unexpected character '${c}' at position ${i}.`);
  }
  return out;
}

// ---------------------------------------------------------------- parser

/** `day`: the literal was a date without a time (`2026-03-31`), for readers that take it as a whole day. */
type Literal = { k: 'lit'; v: string | number | boolean | null; date?: true; day?: string };

type PathRef = { k: 'path'; path: string };

type Operand = Literal | PathRef;

type CmpOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

type FnName = 'contains' | 'startswith' | 'endswith';

export type FilterAst =
  | { k: 'and' | 'or'; a: FilterAst; b: FilterAst }
  | { k: 'not'; a: FilterAst }
  | { k: 'cmp'; op: CmpOp; left: Operand; right: Operand }
  | { k: 'fn'; fn: FnName; left: Operand; right: Operand }
  | { k: 'lambda'; quant: 'any' | 'all'; path: string; v: string; body: FilterAst };

const CMP = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

const FNS = new Set(['contains', 'startswith', 'endswith']);

class Parser {
  private at = 0;
  private depth = 0;
  constructor(private readonly toks: Tok[]) {}

  parse(): FilterAst {
    if (this.toks.length === 0) throw invalidFilter('the clause is empty.');
    const e = this.or();
    if (this.at < this.toks.length) throw invalidFilter('unexpected text after the clause.');
    return e;
  }

  private peek(): Tok | undefined {
    return this.toks[this.at];
  }

  private next(): Tok {
    const t = this.toks[this.at++];
    if (!t) throw invalidFilter('the clause ends too early.');
    return t;
  }

  private expect(t: '(' | ')' | ',' | ':'): void {
    const got = this.next();
    if (got.t !== t) throw invalidFilter(`expected '${t}'.`);
  }

  private keyword(word: string): boolean {
    const t = this.peek();
    if (t?.t === 'id' && t.v.toLowerCase() === word) {
      this.at++;
      return true;
    }
    return false;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw invalidFilter('the clause is nested too deeply.');
  }

  private or(): FilterAst {
    this.enter();
    let a = this.and();
    while (this.keyword('or')) a = { k: 'or', a, b: this.and() };
    this.depth--;
    return a;
  }

  private and(): FilterAst {
    let a = this.unary();
    while (this.keyword('and')) a = { k: 'and', a, b: this.unary() };
    return a;
  }

  private unary(): FilterAst {
    if (this.keyword('not')) {
      this.enter();
      const a = this.unary();
      this.depth--;
      return { k: 'not', a };
    }
    return this.primary();
  }

  private primary(): FilterAst {
    const t = this.peek();
    if (t?.t === '(') {
      this.at++;
      const e = this.or();
      this.expect(')');
      return e;
    }
    if (t?.t === 'id') {
      const word = t.v.toLowerCase();
      if (FNS.has(word) && this.toks[this.at + 1]?.t === '(') {
        this.at += 2;
        const left = this.operand();
        this.expect(',');
        const right = this.operand();
        this.expect(')');
        const fn: FilterAst = { k: 'fn', fn: word as FnName, left, right };
        // `startswith(x,'a') eq true` is the same test.
        if (this.peek()?.t === 'id' && CMP.has((this.peek() as { v: string }).v.toLowerCase())) {
          const op = (this.next() as { v: string }).v.toLowerCase();
          const lit = this.operand();
          if (lit.k !== 'lit' || typeof lit.v !== 'boolean' || (op !== 'eq' && op !== 'ne')) {
            throw invalidFilter(`${word}() can only be compared with true or false.`);
          }
          return lit.v === (op === 'eq') ? fn : { k: 'not', a: fn };
        }
        return fn;
      }
      const lambda = /^(.+)\/(any|all)$/i.exec(t.v);
      if (lambda && this.toks[this.at + 1]?.t === '(') {
        this.at += 2;
        const v = this.next();
        if (v.t !== 'id' || !/^[A-Za-z_]\w*$/.test(v.v)) {
          throw invalidFilter('a lambda needs a variable name.');
        }
        this.expect(':');
        this.enter();
        const body = this.or();
        this.depth--;
        this.expect(')');
        return {
          k: 'lambda',
          quant: (lambda[2] as string).toLowerCase() as 'any' | 'all',
          path: lambda[1] as string,
          v: v.v,
          body,
        };
      }
    }
    const left = this.operand();
    const op = this.next();
    if (op.t !== 'id' || !CMP.has(op.v.toLowerCase())) {
      throw invalidFilter('expected a comparison (eq, ne, gt, ge, lt, le).');
    }
    const right = this.operand();
    return { k: 'cmp', op: op.v.toLowerCase() as CmpOp, left, right };
  }

  private operand(): Operand {
    const t = this.next();
    switch (t.t) {
      case 'str':
        return { k: 'lit', v: t.v };
      case 'num':
        return { k: 'lit', v: t.v };
      case 'date':
        return t.day !== undefined
          ? { k: 'lit', v: t.v, date: true, day: t.day }
          : { k: 'lit', v: t.v, date: true };
      case 'id': {
        const w = t.v.toLowerCase();
        if (w === 'true' || w === 'false') return { k: 'lit', v: w === 'true' };
        if (w === 'null') return { k: 'lit', v: null };
        if (w === 'cast' || w === 'tolower' || w === 'toupper') {
          throw unsupportedFilter(`The Graph emulator does not implement ${t.v}().`);
        }
        return { k: 'path', path: t.v };
      }
      default:
        throw invalidFilter(`unexpected '${t.t}'.`);
    }
  }
}

export function parseFilter(text: string): FilterAst {
  return new Parser(tokenize(text)).parse();
}

// ---------------------------------------------------------------- compiler

export type Pred<T> = (e: T) => boolean;

interface Scope {
  readonly v: string;
  readonly schema: FilterSchema<unknown>;
}

/** Case folded as en-US does, which is the default mapping (`toLowerCase`, much faster). */
function lower(v: FieldValue): FieldValue {
  return typeof v === 'string' ? v.toLowerCase() : v;
}

function resolve<T>(
  path: string,
  schema: FilterSchema<T>,
  scope: Scope | null,
): { type: FieldType; get: (e: unknown, item: unknown) => FieldValue } {
  if (scope) {
    if (path === scope.v && scope.schema.self) {
      const self = scope.schema.self;
      return { type: self.type, get: (_e, item) => self.get(item) };
    }
    const prefix = `${scope.v}/`;
    if (path.startsWith(prefix)) {
      const f = scope.schema.fields[path.slice(prefix.length).toLowerCase()];
      if (!f) throw unknownProperty(path.slice(prefix.length), scope.schema.type);
      return { type: f.type, get: (_e, item) => f.get(item) };
    }
  }
  const f = schema.fields[path.toLowerCase()];
  if (!f) throw unknownProperty(path, schema.type);
  return { type: f.type, get: (e) => f.get(e as T) };
}

export const unknownProperty = (name: string, type: string): GraphError =>
  new GraphError(
    400,
    'BadRequest',
    `Could not find a property named '${name}' on type 'microsoft.graph.${type}'.`,
  );

function literalFor(type: FieldType, lit: Literal): FieldValue {
  if (lit.v === null) return null;
  switch (type) {
    case 'date':
      if (!lit.date) throw invalidFilter('a date and time property needs a date and time literal.');
      return lit.v;
    case 'listDate': {
      if (lit.date) return lit.v;
      const ms =
        typeof lit.v === 'string' &&
        /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/.test(lit.v)
          ? Date.parse(lit.v.length === 10 ? `${lit.v}T00:00:00Z` : lit.v)
          : Number.NaN;
      if (Number.isNaN(ms)) throw invalidFilter('a date column needs a date, written ISO 8601.');
      return ms;
    }
    case 'bool':
      if (typeof lit.v !== 'boolean')
        throw invalidFilter('a Boolean property needs true or false.');
      return lit.v;
    case 'number':
      if (typeof lit.v !== 'number') throw invalidFilter('a number property needs a number.');
      return lit.v;
    case 'propid':
      if (typeof lit.v !== 'string') throw invalidFilter('an extended property id is a string.');
      return canonicalPropertyId(lit.v)?.key ?? `invalid:${lit.v}`;
    case 'string':
      if (typeof lit.v !== 'string' || lit.date) {
        throw invalidFilter('a string property needs a string literal.');
      }
      return lit.v;
  }
}

function compare(op: CmpOp, a: FieldValue, b: FieldValue): boolean {
  if (a === undefined) a = null;
  if (op === 'eq') return lower(a) === lower(b);
  if (op === 'ne') return lower(a) !== lower(b);
  if (a === null || b === null || b === undefined) return false;
  const x = lower(a) as string | number | boolean;
  const y = lower(b) as string | number | boolean;
  switch (op) {
    case 'gt':
      return x > y;
    case 'ge':
      return x >= y;
    case 'lt':
      return x < y;
    case 'le':
      return x <= y;
  }
}

/** The `ep/id eq '…'` a lambda over extended properties must carry (Graph requires it). */
function constrainsId(ast: FilterAst, v: string): boolean {
  if (ast.k === 'and') return constrainsId(ast.a, v) || constrainsId(ast.b, v);
  return (
    ast.k === 'cmp' &&
    ast.op === 'eq' &&
    ast.left.k === 'path' &&
    ast.left.path.toLowerCase() === `${v.toLowerCase()}/id` &&
    ast.right.k === 'lit'
  );
}

function compileNode<T>(
  ast: FilterAst,
  schema: FilterSchema<T>,
  scope: Scope | null,
): (e: T, item: unknown) => boolean {
  switch (ast.k) {
    case 'and': {
      const a = compileNode(ast.a, schema, scope);
      const b = compileNode(ast.b, schema, scope);
      return (e, i) => a(e, i) && b(e, i);
    }
    case 'or': {
      const a = compileNode(ast.a, schema, scope);
      const b = compileNode(ast.b, schema, scope);
      return (e, i) => a(e, i) || b(e, i);
    }
    case 'not': {
      const a = compileNode(ast.a, schema, scope);
      return (e, i) => !a(e, i);
    }
    case 'cmp': {
      if (ast.left.k !== 'path' || ast.right.k !== 'lit') {
        throw unsupportedFilter('Put the property on the left and a literal on the right.');
      }
      const field = resolve(ast.left.path, schema, scope);
      const value = literalFor(field.type, ast.right);
      const op = ast.op;
      if (field.type === 'bool' && op !== 'eq' && op !== 'ne') {
        throw invalidFilter('Boolean properties only compare with eq or ne.');
      }
      return (e, i) => compare(op, field.get(e, i), value);
    }
    case 'fn': {
      if (ast.left.k !== 'path' || ast.right.k !== 'lit' || typeof ast.right.v !== 'string') {
        throw unsupportedFilter(`${ast.fn}() takes a property and a string literal.`);
      }
      const field = resolve(ast.left.path, schema, scope);
      if (field.type !== 'string') {
        throw invalidFilter(`${ast.fn}() only applies to string properties.`);
      }
      const needle = ast.right.v.toLocaleLowerCase('en-US');
      const fn = ast.fn;
      return (e, i) => {
        const hay = field.get(e, i);
        if (typeof hay !== 'string') return false;
        const h = hay.toLocaleLowerCase('en-US');
        return fn === 'contains'
          ? h.includes(needle)
          : fn === 'startswith'
            ? h.startsWith(needle)
            : h.endsWith(needle);
      };
    }
    case 'lambda': {
      if (scope) throw unsupportedFilter('Lambdas cannot be nested.');
      const coll = schema.collections?.[ast.path.toLowerCase()];
      if (!coll) throw unknownProperty(ast.path, schema.type);
      if (
        ast.path.toLowerCase() === 'singlevalueextendedproperties' &&
        !constrainsId(ast.body, ast.v)
      ) {
        throw unsupportedFilter(
          `A filter on singleValueExtendedProperties needs ${ast.v}/id eq '…' joined with and.`,
        );
      }
      const inner = compileNode(ast.body, schema, { v: ast.v, schema: coll.schema });
      const all = ast.quant === 'all';
      return (e) => {
        const items = coll.items(e);
        return all ? items.every((it) => inner(e, it)) : items.some((it) => inner(e, it));
      };
    }
  }
}

/** Parse and type-check a `$filter` against a schema; throws 400 GraphErrors. */
export function compileFilter<T>(text: string, schema: FilterSchema<T>): Pred<T> {
  const node = compileNode(parseFilter(text), schema, null);
  return (e) => node(e, undefined);
}
