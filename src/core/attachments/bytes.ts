/**
 * Byte helpers. The send runtime has no Buffer and may have no TextDecoder,
 * so everything here works on plain Uint8Arrays.
 */
import type { Meter } from '../metering/meter';

export const MB = 1024 * 1024;

/** Megabytes with one decimal, for finding params; never 0 for a non-empty size. */
export function toMb(bytes: number): number {
  const mb = Math.round((bytes / MB) * 10) / 10;
  return mb === 0 && bytes > 0 ? 0.1 : mb;
}

/** Encode an ASCII string as bytes (patterns to search for). */
export function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** The same ASCII string in UTF-16LE, as CFB directory entries store names. */
export function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i) & 0xff;
  return out;
}

/**
 * First index at which `pat` lies wholly inside `b[from, to)`, or -1. Every
 * search names its window: the native indexOf that finds candidates for the
 * first byte runs over a view that ends with the window, so a search meant
 * for a few bytes never reads on to the end of the file when that byte is
 * missing (many small searches over a large file stay linear in total). The
 * bytes looked at are counted on `meter`, when given.
 */
export function indexOfBytes(
  b: Uint8Array,
  pat: Uint8Array,
  from: number,
  to: number,
  meter?: Meter,
): number {
  const n = pat.length;
  const start = Math.max(0, from);
  const end = Math.min(to, b.length);
  if (n === 0) return start <= end ? start : -1;
  // The last place the pattern can start and still end inside the window.
  const last = end - n;
  if (start > last) return -1;
  const view = last + 1 < b.length ? b.subarray(0, last + 1) : b;
  const first = pat[0] as number;
  let work = 0;
  let i = start;
  let found = -1;
  while (i <= last) {
    const k = view.indexOf(first, i);
    if (k < 0) {
      work += last + 1 - i;
      break;
    }
    work += k - i + 1;
    let j = 1;
    while (j < n && b[k + j] === pat[j]) j++;
    work += j - 1;
    if (j === n) {
      found = k;
      break;
    }
    i = k + 1;
  }
  meter?.tick(work);
  return found;
}

/**
 * Last index at which `pat` lies wholly inside `b[from, to)`, or -1; the
 * native lastIndexOf runs over a view that starts with the window.
 */
export function lastIndexOfBytes(
  b: Uint8Array,
  pat: Uint8Array,
  from: number,
  to: number,
  meter?: Meter,
): number {
  const n = pat.length;
  const start = Math.max(0, from);
  const end = Math.min(to, b.length);
  if (n === 0) return start <= end ? end : -1;
  const last = end - n;
  if (start > last) return -1;
  const view = start > 0 ? b.subarray(start) : b;
  const first = pat[0] as number;
  let work = 0;
  let i = last;
  let found = -1;
  while (i >= start) {
    const v = view.lastIndexOf(first, i - start);
    if (v < 0) {
      work += i - start + 1;
      break;
    }
    const k = v + start;
    work += i - k + 1;
    let j = 1;
    while (j < n && b[k + j] === pat[j]) j++;
    work += j - 1;
    if (j === n) {
      found = k;
      break;
    }
    i = k - 1;
  }
  meter?.tick(work);
  return found;
}

export function startsWithBytes(b: Uint8Array, pat: Uint8Array, at = 0): boolean {
  if (at < 0 || at + pat.length > b.length) return false;
  for (let j = 0; j < pat.length; j++) if (b[at + j] !== pat[j]) return false;
  return true;
}

/**
 * Bytes as a latin1 string (one char per byte). Built in chunks because
 * String.fromCharCode.apply has an argument limit, and TextDecoder('latin1')
 * is not available in every runtime.
 */
export function latin1(b: Uint8Array, start = 0, end = b.length): string {
  const s = Math.max(0, start);
  const e = Math.min(end, b.length);
  if (e <= s) return '';
  if (e - s <= 32) {
    // Short tokens (names, numbers): a loop beats apply() on a subarray.
    let out = '';
    for (let i = s; i < e; i++) out += String.fromCharCode(b[i] as number);
    return out;
  }
  const CHUNK = 0x2000;
  if (e - s <= CHUNK)
    return String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[]);
  const parts: string[] = [];
  for (let i = s; i < e; i += CHUNK) {
    parts.push(
      String.fromCharCode.apply(null, b.subarray(i, Math.min(e, i + CHUNK)) as unknown as number[]),
    );
  }
  return parts.join('');
}

export function u16le(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

export function u32le(b: Uint8Array, at: number): number {
  return (
    ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16)) +
    (b[at + 3] ?? 0) * 0x1000000
  );
}

/** 64-bit little-endian as a Number (exact up to 2^53, plenty for file offsets). */
export function u64le(b: Uint8Array, at: number): number {
  return u32le(b, at) + u32le(b, at + 4) * 0x100000000;
}
