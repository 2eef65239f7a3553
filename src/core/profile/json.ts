/**
 * A small JSON parser that remembers where every value is, so profile errors
 * can name a line and column, and a syntax error is located the same way in
 * every host (engines word and place `JSON.parse` errors differently).
 * Duplicate keys, which `JSON.parse` silently resolves to the last one, are
 * reported: an administrator who writes "mailboxes" twice loses half of them.
 */

import { Meter } from '../metering/meter';

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
/**
 * Keys are shown in paths up to this many characters. Every key a profile
 * knows is far shorter; a longer one is an error anyway, and cutting it keeps
 * each path short, so a long key above many members costs nothing per member.
 */
const MAX_PATH_KEY = 80;

/** One segment of a path, as it follows `parent` (see formatPath). */
export function formatSegment(s: PathSegment, parent: string): string {
  if (typeof s === 'number') return `[${s}]`;
  const key = s.length > MAX_PATH_KEY ? `${s.slice(0, MAX_PATH_KEY)}…` : s;
  if (key.length <= MAX_PATH_KEY && IDENTIFIER.test(key)) return parent === '' ? key : `.${key}`;
  return `[${JSON.stringify(key)}]`;
}

/** `mailboxes[2].address`; keys that are not plain words are quoted: `checks["a b"]`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) out += formatSegment(s, out);
  return out;
}

/**
 * The path a path is inside of (`mailboxes[2].address` → `mailboxes[2]`),
 * found by walking back over the last segment only.
 */
export function parentPath(path: string): string {
  const n = path.length;
  if (n === 0) return '';
  if (path.charCodeAt(n - 1) === 93 /* ] */) {
    if (n >= 2 && path.charCodeAt(n - 2) === 34 /* " */) {
      // `["…"]`: the opening quote is the previous one that is not escaped
      // (JSON.stringify escapes every quote inside a key).
      for (let q = n - 3; q >= 1; q--) {
        if (path.charCodeAt(q) !== 34) continue;
        let slashes = 0;
        while (q - 1 - slashes >= 0 && path.charCodeAt(q - 1 - slashes) === 92) slashes++;
        if (slashes % 2 === 1) continue;
        return path.charCodeAt(q - 1) === 91 /* [ */ ? path.slice(0, q - 1) : '';
      }
      return '';
    }
    const open = path.lastIndexOf('[');
    return open > 0 ? path.slice(0, open) : '';
  }
  const dot = path.lastIndexOf('.');
  const open = path.lastIndexOf(']');
  // A word segment: back to its dot (a word has no dot or bracket in it).
  if (dot > open) return path.slice(0, dot);
  return open >= 0 ? path.slice(0, open + 1) : '';
}

export interface TextPosition {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
}

/**
 * Line and column of an offset, counting from the start: for one offset.
 * For many, use `lineIndex`, which reads the text once.
 */
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

/**
 * Where each line starts, read once; then any offset's line and column by a
 * binary search over the line starts (a handful of steps, whatever the text).
 */
export function lineIndex(
  text: string,
  meter: Meter = new Meter(),
): (offset: number) => TextPosition {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  meter.tick(text.length);
  return (offset) => {
    const end = Math.min(Math.max(0, offset), text.length);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      meter.tick();
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= end) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: end - (starts[lo] as number) + 1 };
  };
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

/**
 * Parse JSON, remembering where each value is. Linear in the text: each
 * character is read once, and a member's path is its parent's path plus one
 * short segment. `meter` counts the characters read (for tests).
 */
export function parseJson(text: string, meter: Meter = new Meter()): JsonParseResult {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const positions = new Map<string, number>();
  const duplicates: DuplicateKey[] = [];

  const fail = (at: number): never => {
    throw new SyntaxFailure(at);
  };
  const ws = (): void => {
    const from = i;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i += 1;
      else break;
    }
    meter.tick(i - from + 1);
  };
  const expect = (ch: string): void => {
    if (text.charAt(i) !== ch) fail(i);
    i += 1;
  };

  const parseString = (): string => {
    const from = i;
    try {
      return readString();
    } finally {
      meter.tick(i - from);
    }
  };

  const readString = (): string => {
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
    meter.tick(m[0].length);
    return Number(m[0]);
  };

  const parseValue = (path: string, depth: number): unknown => {
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

  const parseObject = (path: string, depth: number): Record<string, unknown> => {
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
      const memberPath = path + formatSegment(key, path);
      if (seen.has(key)) duplicates.push({ path: memberPath, key, offset: keyAt });
      else positions.set(memberPath, keyAt);
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

  const parseArray = (path: string, depth: number): unknown[] => {
    expect('[');
    const arr: unknown[] = [];
    ws();
    if (text.charAt(i) === ']') {
      i += 1;
      return arr;
    }
    for (;;) {
      ws();
      const elementPath = path + formatSegment(arr.length, path);
      positions.set(elementPath, i);
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
    const value = parseValue('', 0);
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
