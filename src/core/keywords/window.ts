/**
 * Bounded windows of text for the few regular expressions that read legal
 * references after a trigger word. A regex never runs over the message
 * itself: it runs over at most WINDOW characters from the trigger, in which
 * every long run of white space (LONG or more) is one character (a space, a
 * line break, or two line breaks for a blank line). However the text is
 * spaced, one regex costs a bounded number of steps, and a hit costs a
 * bounded number of regexes.
 */
import { keepShape } from '../shapes';

/** Characters of a window after white space is collapsed. */
export const WINDOW = 128;
/** A run of white space this long or longer is collapsed. */
const LONG = 16;
/** Characters of the text a window may read (long runs of white space). */
const MAX_READ = 4096;

export interface Win {
  /** The window's text, in its own case (the regexes that read it ignore case). */
  readonly text: string;
  /** Index in the text of window position k (k = text.length: where the window ends). */
  at(k: number): number;
}

function isWhite(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c;
}

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d;
}

class Plain implements Win {
  constructor(
    readonly text: string,
    private readonly base: number,
  ) {}

  at(k: number): number {
    return this.base + k;
  }
}

class Collapsed implements Win {
  constructor(
    readonly text: string,
    private readonly starts: Int32Array,
  ) {}

  at(k: number): number {
    return this.starts[k] ?? 0;
  }
}

// Windows are made per hit: keep their shapes (see shapes.ts).
keepShape(new Plain('', 0));
keepShape(new Collapsed('', new Int32Array(1)));

/**
 * Is s[from, to) free of long runs of white space? A run of LONG holds a
 * multiple of LONG, so only those positions are looked at first.
 */
function noLongRun(s: string, from: number, to: number): boolean {
  for (let p = from + ((LONG - (from % LONG)) % LONG); p < to; p += LONG) {
    if (!isWhite(s.charCodeAt(p))) continue;
    let a = p;
    while (a > from && p - a < LONG && isWhite(s.charCodeAt(a - 1))) a--;
    let e = p + 1;
    while (e < to && e - a < LONG && isWhite(s.charCodeAt(e))) e++;
    if (e - a >= LONG) return false;
  }
  return true;
}

/** Number of line breaks in the white-space run s[from, to) (CR LF counts once). */
function breaksIn(s: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0d && i + 1 < to && s.charCodeAt(i + 1) === 0x0a) continue;
    if (isBreak(c)) breaks += 1;
  }
  return breaks;
}

/** The window that starts at `pos`. */
export function windowAt(s: string, pos: number, size = WINDOW): Win {
  const n = s.length;
  const end = pos + size < n ? pos + size : n;
  if (noLongRun(s, pos, end)) return new Plain(s.slice(pos, end), pos);
  const codes: number[] = [];
  const starts: number[] = [];
  let i = pos;
  const limit = pos + MAX_READ < n ? pos + MAX_READ : n;
  while (i < limit && codes.length < size) {
    const c = s.charCodeAt(i);
    if (!isWhite(c)) {
      codes.push(c);
      starts.push(i);
      i++;
      continue;
    }
    let e = i + 1;
    while (e < limit && isWhite(s.charCodeAt(e))) e++;
    if (e - i < LONG) {
      for (let p = i; p < e; p++) {
        codes.push(s.charCodeAt(p));
        starts.push(p);
      }
      i = e;
      continue;
    }
    const breaks = breaksIn(s, i, e);
    starts.push(i);
    if (breaks === 0) codes.push(0x20);
    else {
      codes.push(0x0a);
      if (breaks > 1) {
        starts.push(i);
        codes.push(0x0a);
      }
    }
    i = e;
  }
  starts.push(i);
  return new Collapsed(String.fromCharCode.apply(null, codes), Int32Array.from(starts));
}

/** The window that ends at `end` (exclusive), reading back. */
export function windowBefore(s: string, end: number, size: number): Win {
  const from = end - size > 0 ? end - size : 0;
  if (noLongRun(s, from, end)) return new Plain(s.slice(from, end), from);
  const codes: number[] = [];
  const starts: number[] = [];
  let i = end;
  const limit = end - MAX_READ > 0 ? end - MAX_READ : 0;
  while (i > limit && codes.length < size) {
    const c = s.charCodeAt(i - 1);
    if (!isWhite(c)) {
      codes.push(c);
      starts.push(i - 1);
      i--;
      continue;
    }
    let b = i - 1;
    while (b > limit && isWhite(s.charCodeAt(b - 1))) b--;
    if (i - b < LONG) {
      for (let p = i - 1; p >= b; p--) {
        codes.push(s.charCodeAt(p));
        starts.push(p);
      }
      i = b;
      continue;
    }
    const breaks = breaksIn(s, b, i);
    if (breaks > 1) {
      codes.push(0x0a);
      starts.push(b);
    }
    codes.push(breaks === 0 ? 0x20 : 0x0a);
    starts.push(b);
    i = b;
  }
  codes.reverse();
  starts.reverse();
  starts.push(end);
  return new Collapsed(String.fromCharCode.apply(null, codes), Int32Array.from(starts));
}
