/**
 * `$filter`, `$orderby`, `$top` and `$skip` on the emulator's lists, as the
 * standard's "Finne objekter" describes them. The OData text is read by the
 * Graph emulator's parser (dev/graph/odata.ts: comparisons, and/or/not,
 * parentheses, contains/startswith/endswith, `path/any(x: …)`); what it
 * means for a Noark entity is decided here:
 *
 * - a path walks the entity's fields: `saksaar`, `journalposttype/kode`,
 *   `skjerming/tilgangsrestriksjon/kode`; through a list (`noekkelord`, a
 *   journalpost's `eksternId` and `korrespondansepart`) it matches when any
 *   item matches, and `eksternId/any(e: e/eksternID eq '…')` says the same;
 * - `eq`/`ne` compare exactly (with case); `contains`, `startswith` and
 *   `endswith` ignore case (the emulator's choice: Nikita leaves it to its
 *   database);
 * - dates compare as instants: `saksdato gt 2026-03-01T12:00:00Z`; a date
 *   without a time is the whole day in the archive's zone (Europe/Oslo), so
 *   `journaldato ge 2026-03-01 and journaldato le 2026-03-31` is all of March
 *   and `journaldato eq 2026-03-02` one day;
 * - a field the entity does not have answers 400, so a typo never quietly
 *   matches nothing.
 */
import { GraphError } from '../graph/errors';
import { parseFilter } from '../graph/odata';
import type { FilterAst } from '../graph/odata';
import { fromDateTimeTimeZone } from '../graph/time';
import { badRequest } from './errors';

/** The archive's zone: a date without a time is a day here. */
const ARCHIVE_ZONE = 'Europe/Oslo';

/** The first instant of a day in the archive's zone, and the first of the next. */
function dayRange(day: string): [number, number] {
  const start = fromDateTimeTimeZone({ dateTime: `${day}T00:00:00`, timeZone: ARCHIVE_ZONE }, day);
  const next = new Date(`${day}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const end = fromDateTimeTimeZone(
    { dateTime: `${next.toISOString().slice(0, 10)}T00:00:00`, timeZone: ARCHIVE_ZONE },
    day,
  );
  return [start, end];
}

/** An instant against a whole day: `le` is up to its end, `gt` after it, `eq` within it. */
function dayCompare(op: Node['op'], at: number, [start, end]: [number, number]): boolean {
  switch (op) {
    case 'eq':
      return at >= start && at < end;
    case 'ne':
      return at < start || at >= end;
    case 'ge':
      return at >= start;
    case 'gt':
      return at >= end;
    case 'lt':
      return at < start;
    case 'le':
      return at < end;
  }
}

export type View = Readonly<Record<string, unknown>>;

type Node = Extract<FilterAst, { k: 'cmp' }>;
type Operand = Node['left'];

/** Turn the Graph parser's errors into the archive's 400. */
export function odata<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof GraphError) throw badRequest(e.message);
    throw e;
  }
}

function walk(values: readonly unknown[], segments: readonly string[]): unknown[] {
  let out: unknown[] = [...values];
  for (const s of segments) {
    const next: unknown[] = [];
    for (const v of out.flat()) {
      if (typeof v === 'object' && v !== null && s in v) {
        next.push((v as Record<string, unknown>)[s]);
      }
    }
    out = next;
  }
  return out.flat().filter((v) => v !== undefined && v !== null);
}

function asComparable(v: unknown, date: boolean): Scalar | null {
  if (date) {
    if (typeof v !== 'string') return null;
    const ms = Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v);
    return Number.isNaN(ms) ? null : ms;
  }
  return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : null;
}

type Scalar = number | string | boolean;

const OPS: Readonly<Record<Node['op'], (a: Scalar, b: Scalar) => boolean>> = {
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  gt: (a, b) => a > b,
  ge: (a, b) => a >= b,
  lt: (a, b) => a < b,
  le: (a, b) => a <= b,
};

function cmp(op: Node['op'], a: Scalar, b: Scalar): boolean {
  return typeof a === typeof b ? OPS[op](a, b) : op === 'ne';
}

/** A predicate over an entity's view; throws 400 for what the emulator cannot read. */
export function compileFilter(
  text: string,
  kind: string,
  fields: ReadonlySet<string>,
): (v: View) => boolean {
  const ast = odata(() => parseFilter(text));
  type Scope = ReadonlyMap<string, unknown>;
  const resolve = (path: string, view: View, scope: Scope): unknown[] => {
    const [head = '', ...rest] = path.split('/');
    if (scope.has(head)) return walk([scope.get(head)], rest);
    if (!fields.has(head)) throw badRequest(`${kind} has no field "${head}" to filter on.`);
    return walk([view[head]], rest);
  };
  const literal = (
    o: Operand,
  ): { v: string | number | boolean | null; date: boolean; day: string | undefined } => {
    if (o.k !== 'lit') throw badRequest('Put the field on the left and a value on the right.');
    return { v: o.v, date: o.date === true, day: o.day };
  };
  const run = (n: FilterAst, view: View, scope: Scope): boolean => {
    switch (n.k) {
      case 'and':
        return run(n.a, view, scope) && run(n.b, view, scope);
      case 'or':
        return run(n.a, view, scope) || run(n.b, view, scope);
      case 'not':
        return !run(n.a, view, scope);
      case 'cmp': {
        if (n.left.k !== 'path') throw badRequest('Put the field on the left of a comparison.');
        const lit = literal(n.right);
        const values = resolve(n.left.path, view, scope);
        if (lit.v === null) return n.op === 'eq' ? values.length === 0 : values.length > 0;
        const want = lit.v;
        if (lit.day !== undefined) {
          const range = dayRange(lit.day);
          const instants = values
            .map((x) => asComparable(x, true))
            .filter((x): x is number => typeof x === 'number');
          if (n.op === 'ne') return !instants.some((x) => dayCompare('eq', x, range));
          return instants.some((x) => dayCompare(n.op, x, range));
        }
        const hits = values
          .map((x) => asComparable(x, lit.date))
          .filter((x): x is Scalar => x !== null);
        if (n.op === 'ne') return !hits.some((x) => x === want);
        return hits.some((x) => cmp(n.op, x, want));
      }
      case 'fn': {
        if (n.left.k !== 'path') throw badRequest(`${n.fn}() takes a field and a string.`);
        const needle = literal(n.right).v;
        if (typeof needle !== 'string') throw badRequest(`${n.fn}() takes a field and a string.`);
        const want = needle.toLocaleLowerCase('nb');
        return resolve(n.left.path, view, scope).some((x) => {
          if (typeof x !== 'string') return false;
          const h = x.toLocaleLowerCase('nb');
          if (n.fn === 'contains') return h.includes(want);
          return n.fn === 'startswith' ? h.startsWith(want) : h.endsWith(want);
        });
      }
      case 'lambda': {
        const items = resolve(n.path, view, scope);
        const test = (item: unknown): boolean =>
          run(n.body, view, new Map([...scope, [n.v, item]]));
        return n.quant === 'all' ? items.every(test) : items.some(test);
      }
    }
  };
  return (view) => run(ast, view, new Map());
}

/** `$orderby=saksaar desc,sakssekvensnummer`: a comparator over views. */
export function compileOrderBy(
  text: string,
  kind: string,
  fields: ReadonlySet<string>,
): (a: View, b: View) => number {
  const keys = text.split(',').map((part) => {
    const m = /^\s*([A-Za-z][\w/]*)(?:\s+(asc|desc))?\s*$/i.exec(part);
    if (!m) throw badRequest(`$orderby cannot read "${part.trim()}".`);
    const path = (m[1] as string).split('/');
    if (!fields.has(path[0] as string)) {
      throw badRequest(`${kind} has no field "${path[0]}" to order by.`);
    }
    return { path, desc: m[2]?.toLowerCase() === 'desc' };
  });
  return (a, b) => {
    for (const k of keys) {
      const x = walk([a], k.path)[0];
      const y = walk([b], k.path)[0];
      if (x === y) continue;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      const r = (x as number | string) < (y as number | string) ? -1 : 1;
      return k.desc ? -r : r;
    }
    return 0;
  };
}
