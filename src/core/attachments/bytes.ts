/**
 * Byte helpers. The send runtime has no Buffer and may have no TextDecoder,
 * so everything here works on plain Uint8Arrays.
 */

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

/** First index of `pat` in `b[from, to)`, or -1. Uses the native indexOf for the first byte. */
export function indexOfBytes(b: Uint8Array, pat: Uint8Array, from = 0, to = b.length): number {
  const n = pat.length;
  if (n === 0) return from;
  const first = pat[0] as number;
  const last = Math.min(to, b.length) - n;
  let i = Math.max(0, from);
  while (i <= last) {
    i = b.indexOf(first, i);
    if (i < 0 || i > last) return -1;
    let j = 1;
    while (j < n && b[i + j] === pat[j]) j++;
    if (j === n) return i;
    i++;
  }
  return -1;
}

/** Last index of `pat` that starts in `b[from, to)`, or -1. */
export function lastIndexOfBytes(b: Uint8Array, pat: Uint8Array, from = 0, to = b.length): number {
  const n = pat.length;
  let i = Math.min(to, b.length) - n;
  const first = pat[0] as number;
  while (i >= from) {
    i = b.lastIndexOf(first, i);
    if (i < from) return -1;
    let j = 1;
    while (j < n && b[i + j] === pat[j]) j++;
    if (j === n) return i;
    i--;
  }
  return -1;
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
