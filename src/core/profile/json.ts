/**
 * A small JSON parser that remembers where every value is, so profile errors
 * can name a line and column, and a syntax error is located the same way in
 * every host (engines word and place `JSON.parse` errors differently).
 * Duplicate keys, which `JSON.parse` silently resolves to the last one, are
 * reported: an administrator who writes "mailboxes" twice loses half of them.
 */

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** `mailboxes[2].address`; keys that are not plain words are quoted: `checks["a b"]`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (IDENTIFIER.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

export interface TextPosition {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
}

export function positionOf(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export interface DuplicateKey {
  readonly path: string;
  readonly key: string;
  readonly offset: number;
}

export type JsonParseResult =
  | {
      readonly ok: true;
      readonly value: unknown;
      /** Path → offset of the member's key (or of the array element). */
      readonly positions: ReadonlyMap<string, number>;
      readonly duplicates: readonly DuplicateKey[];
    }
  | {
      readonly ok: false;
      readonly offset: number;
      /** What stood there (a word, or one character); null at the end of the text. */
      readonly found: string | null;
    };

class SyntaxFailure {
  constructor(readonly offset: number) {}
}

const MAX_DEPTH = 200;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
const WORD = /^[A-Za-z0-9_$.+-]+/;

export function parseJson(text: string): JsonParseResult {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const positions = new Map<string, number>();
  const duplicates: DuplicateKey[] = [];

  const fail = (at: number): never => {
    throw new SyntaxFailure(at);
  };
  const ws = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i += 1;
      else return;
    }
  };
  const expect = (ch: string): void => {
    if (text.charAt(i) !== ch) fail(i);
    i += 1;
  };

  const parseString = (): string => {
    expect('"');
    let out = '';
    let run = i;
    for (;;) {
      if (i >= text.length) fail(i);
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) fail(i);
      if (c !== 92) {
        i += 1;
        continue;
      }
      out += text.slice(run, i);
      const e = text.charAt(i + 1);
      if (e === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail(i);
        out += String.fromCharCode(parseInt(hex, 16));
        i += 6;
      } else if (Object.prototype.hasOwnProperty.call(ESCAPES, e)) {
        out += ESCAPES[e];
        i += 2;
      } else {
        fail(i);
      }
      run = i;
    }
    out += text.slice(run, i);
    i += 1;
    return out;
  };

  const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
  const parseNumber = (): number => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) return fail(i);
    i += m[0].length;
    return Number(m[0]);
  };

  const parseValue = (path: PathSegment[], depth: number): unknown => {
    if (depth > MAX_DEPTH) fail(i);
    ws();
    const c = text.charAt(i);
    if (c === '{') return parseObject(path, depth);
    if (c === '[') return parseArray(path, depth);
    if (c === '"') return parseString();
    if (c === '-' || (c >= '0' && c <= '9')) return parseNumber();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    return fail(i);
  };

  const parseObject = (path: PathSegment[], depth: number): Record<string, unknown> => {
    expect('{');
    const obj: Record<string, unknown> = {};
    const seen = new Set<string>();
    ws();
    if (text.charAt(i) === '}') {
      i += 1;
      return obj;
    }
    for (;;) {
      ws();
      const keyAt = i;
      const key = parseString();
      const memberPath = [...path, key];
      const p = formatPath(memberPath);
      if (seen.has(key)) duplicates.push({ path: p, key, offset: keyAt });
      else positions.set(p, keyAt);
      seen.add(key);
      ws();
      expect(':');
      const value = parseValue(memberPath, depth + 1);
      // A "__proto__" key must stay data, not replace the object's prototype.
      Object.defineProperty(obj, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      ws();
      if (text.charAt(i) === ',') {
        i += 1;
        continue;
      }
      expect('}');
      return obj;
    }
  };

  const parseArray = (path: PathSegment[], depth: number): unknown[] => {
    expect('[');
    const arr: unknown[] = [];
    ws();
    if (text.charAt(i) === ']') {
      i += 1;
      return arr;
    }
    for (;;) {
      ws();
      const elementPath = [...path, arr.length];
      positions.set(formatPath(elementPath), i);
      arr.push(parseValue(elementPath, depth + 1));
      ws();
      if (text.charAt(i) === ',') {
        i += 1;
        continue;
      }
      expect(']');
      return arr;
    }
  };

  try {
    ws();
    positions.set('', i);
    const value = parseValue([], 0);
    ws();
    if (i < text.length) fail(i);
    return { ok: true, value, positions, duplicates };
  } catch (e) {
    if (!(e instanceof SyntaxFailure)) throw e;
    const at = e.offset;
    if (at >= text.length) return { ok: false, offset: text.length, found: null };
    const word = WORD.exec(text.slice(at, at + 40));
    return { ok: false, offset: at, found: word ? word[0] : text.charAt(at) };
  }
}
