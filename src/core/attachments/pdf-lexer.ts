/**
 * The PDF value lexer of the object reader (pdf-parse.ts): reads one value
 * (number, name, string, array, dictionary, reference) without recursion,
 * with a bounded nesting depth and bounded entries, every byte counted on the
 * meter. One state machine: it is kept whole.
 */

import { latin1 } from './bytes';
import type { Meter } from '../metering/meter';
import { CLASS, ESCAPES, WS, digitsValue, hexValue, isDigit, isRegular } from './pdf-values';
import type { PdfValue, ReadLimit } from './pdf-values';

/** Deepest nesting of arrays and dictionaries read; deeper objects are unreadable. */
export const MAX_DEPTH = 32;

const MAX_ENTRIES = 20_000;

const SHORT_STRING = 1024;

/** Longest number token read as a number; longer runs of digits are junk. */
const MAX_NUMBER_CHARS = 32;

type Frame =
  | { readonly k: 'arr'; readonly items: PdfValue[] }
  | { readonly k: 'dict'; readonly map: Map<string, PdfValue>; key: string | null };

/** Reads PDF values from `b[pos, end)`; never reads past `end`. */
export class Lexer {
  pos: number;
  constructor(
    readonly b: Uint8Array,
    pos: number,
    readonly end: number,
    private readonly meter: Meter,
    /** Where the limits met are noted. */
    readonly limits: Set<ReadLimit> = new Set(),
  ) {
    this.pos = pos;
  }

  /** Nested deeper than MAX_DEPTH: the value is not read. */
  private deep(): undefined {
    this.limits.add('nesting');
    return undefined;
  }

  skipWs(): void {
    const b = this.b;
    const start = this.pos;
    let p = this.pos;
    const end = this.end;
    while (p < end) {
      const c = b[p] as number;
      if (CLASS[c] === WS) {
        p++;
      } else if (c === 0x25) {
        // Comment to end of line.
        while (p < end && b[p] !== 0x0a && b[p] !== 0x0d) p++;
      } else {
        break;
      }
    }
    this.pos = p;
    if (p > start) this.meter.tick(p - start);
  }

  /**
   * Parse one value; undefined when the input is not a value (the caller
   * gives up on this object). Iterative: nesting costs no stack.
   */
  value(): PdfValue | undefined {
    const b = this.b;
    const stack: Frame[] = [];
    for (;;) {
      this.skipWs();
      if (this.pos >= this.end) return undefined;
      this.meter.tick(1);
      const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
      const c = b[this.pos] as number;
      let v: PdfValue | undefined;
      if (top && top.k === 'dict' && top.key === null) {
        // A key, or the end of the dictionary.
        if (c === 0x3e && b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          stack.pop();
          v = { k: 'dict', map: top.map };
        } else if (c === 0x2f) {
          top.key = this.name();
          continue;
        } else {
          return undefined;
        }
      } else if (c === 0x3c && b[this.pos + 1] === 0x3c) {
        if (stack.length >= MAX_DEPTH) return this.deep();
        this.pos += 2;
        stack.push({ k: 'dict', map: new Map(), key: null });
        continue;
      } else if (c === 0x5b) {
        if (stack.length >= MAX_DEPTH) return this.deep();
        this.pos++;
        stack.push({ k: 'arr', items: [] });
        continue;
      } else if (c === 0x5d) {
        if (!top || top.k !== 'arr') return undefined;
        this.pos++;
        stack.pop();
        v = { k: 'arr', items: top.items };
      } else {
        v = this.scalar(c);
        if (v === undefined) return undefined;
      }
      // Hand the finished value to its container, or return it.
      const into = stack.length > 0 ? stack[stack.length - 1] : undefined;
      if (!into) return v;
      if (into.k === 'arr') {
        if (into.items.length < MAX_ENTRIES) into.items.push(v);
        else this.limits.add('parts');
      } else {
        const key = into.key as string;
        if (into.map.size >= MAX_ENTRIES) this.limits.add('parts');
        else if (!into.map.has(key)) into.map.set(key, v);
        into.key = null;
      }
    }
  }

  /** A value that is not a container. */
  private scalar(c: number): PdfValue | undefined {
    switch (c) {
      case 0x2f: // /
        return { k: 'name', v: this.name() };
      case 0x3c: // <
        return this.hexString();
      case 0x28: // (
        return this.literalString();
      default:
        break;
    }
    if (isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) return this.number();
    if (!isRegular(c)) return undefined;
    const word = this.word();
    if (word === 'true') return true;
    if (word === 'false') return false;
    // These end an object: a value that reaches them was never closed.
    if (word === 'endobj' || word === 'stream' || word === 'obj' || word === 'endstream') {
      this.pos -= word.length;
      return undefined;
    }
    return null;
  }

  /** A run of regular characters; returns its first 16 characters. */
  word(): string {
    const b = this.b;
    const start = this.pos;
    while (this.pos < this.end && isRegular(b[this.pos])) this.pos++;
    this.meter.tick(this.pos - start);
    return latin1(b, start, Math.min(this.pos, start + 16));
  }

  private name(): string {
    const b = this.b;
    this.pos++;
    const start = this.pos;
    while (this.pos < this.end && isRegular(b[this.pos])) this.pos++;
    this.meter.tick(this.pos - start);
    const stop = Math.min(this.pos, start + 256);
    let hasHash = false;
    for (let i = start; i < stop; i++) if (b[i] === 0x23) hasHash = true;
    if (!hasHash) return latin1(b, start, stop);
    // #xx escapes (PDF 1.2).
    let s = '';
    for (let i = start; i < stop; i++) {
      const ch = b[i] as number;
      if (ch === 0x23 && i + 2 < stop) {
        const hi = hexValue(b[i + 1] as number);
        const lo = hexValue(b[i + 2] as number);
        if (hi >= 0 && lo >= 0) {
          s += String.fromCharCode(hi * 16 + lo);
          i += 2;
          continue;
        }
      }
      s += String.fromCharCode(ch);
    }
    return s;
  }

  private number(): PdfValue | undefined {
    const b = this.b;
    const start = this.pos;
    if (b[this.pos] === 0x2b || b[this.pos] === 0x2d) this.pos++;
    let digits = 0;
    let dot = false;
    while (this.pos < this.end) {
      const c = b[this.pos];
      if (isDigit(c)) digits++;
      else if (c === 0x2e && !dot) dot = true;
      else break;
      this.pos++;
    }
    this.meter.tick(this.pos - start);
    if (digits === 0) {
      // A lone sign or dot, or a regular word after it: junk, read as null.
      while (this.pos < this.end && isRegular(b[this.pos])) this.pos++;
      return null;
    }
    if (this.pos - start > MAX_NUMBER_CHARS) return null;
    const num =
      dot || digits > 15 ? Number(latin1(b, start, this.pos)) : digitsValue(b, start, this.pos);
    if (!Number.isFinite(num)) return null;
    // "n g R" is an indirect reference. The look-ahead reads at most the
    // following whitespace, one short number and more whitespace; when it is
    // not a reference those bytes are read again as the next tokens (each
    // byte at most three times).
    if (!dot && b[start] !== 0x2d && b[start] !== 0x2b) {
      const save = this.pos;
      this.skipWs();
      const gStart = this.pos;
      while (this.pos < this.end && this.pos - gStart < 7 && isDigit(b[this.pos])) this.pos++;
      if (this.pos > gStart && this.pos - gStart <= 6 && !isDigit(b[this.pos])) {
        const g = digitsValue(b, gStart, this.pos);
        this.skipWs();
        if (this.pos < this.end && b[this.pos] === 0x52 && !isRegular(b[this.pos + 1])) {
          this.pos++;
          return { k: 'ref', n: num, g };
        }
      }
      this.pos = save;
    }
    return num;
  }

  private hexString(): PdfValue | undefined {
    const b = this.b;
    const start = this.pos;
    let zero = true;
    let raw = '';
    let count = 0;
    let hi = -1;
    let i = start + 1;
    for (; i < this.end; i++) {
      const c = b[i] as number;
      if (c === 0x3e) break;
      const v = hexValue(c);
      if (v < 0) {
        if (CLASS[c] === WS) continue;
        break;
      }
      if (v !== 0) zero = false;
      if (hi < 0) hi = v;
      else {
        if (count < SHORT_STRING) raw += String.fromCharCode(hi * 16 + v);
        count++;
        hi = -1;
      }
    }
    this.meter.tick(i - start);
    if (i >= this.end || b[i] !== 0x3e) {
      // Reading failed here: whoever reads on starts from this point, never
      // from the opening bracket again.
      this.pos = i;
      return undefined;
    }
    if (hi >= 0) {
      if (count < SHORT_STRING) raw += String.fromCharCode(hi * 16);
      count++;
    }
    this.pos = i + 1;
    return {
      k: 'str',
      hex: true,
      start,
      end: i + 1,
      zero,
      raw: count <= SHORT_STRING ? raw : '',
      src: b,
    };
  }

  private literalString(): PdfValue | undefined {
    const b = this.b;
    const start = this.pos;
    let depth = 1;
    let i = start + 1;
    let raw = '';
    let count = 0;
    let zero = true;
    const end = this.end;
    while (i < end) {
      let c = b[i] as number;
      if (c === 0x5c) {
        const e = b[i + 1];
        i += 2;
        if (e === undefined || i > end) break;
        if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (
            let k = 0;
            k < 2 && i < end && (b[i] as number) >= 0x30 && (b[i] as number) <= 0x37;
            k++
          )
            v = v * 8 + ((b[i++] as number) - 0x30);
          c = v & 0xff;
        } else if (e === 0x0d || e === 0x0a) {
          if (e === 0x0d && b[i] === 0x0a) i++;
          continue;
        } else c = ESCAPES[e] ?? e;
      } else {
        if (c === 0x28) depth++;
        else if (c === 0x29 && --depth === 0) {
          this.meter.tick(i + 1 - start);
          this.pos = i + 1;
          return {
            k: 'str',
            hex: false,
            start,
            end: i + 1,
            zero,
            raw: count <= SHORT_STRING ? raw : '',
            src: b,
          };
        }
        i++;
      }
      if (c !== 0) zero = false;
      if (count < SHORT_STRING) raw += String.fromCharCode(c);
      count++;
    }
    this.meter.tick(i - start);
    this.pos = Math.min(i, end);
    return undefined;
  }
}
