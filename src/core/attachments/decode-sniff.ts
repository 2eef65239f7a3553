/**
 * Recognising UTF-16 without a byte order mark and EBCDIC from the bytes
 * (decode.ts), so an ID number cannot hide behind either. Reads a bounded
 * prefix of the input.
 */

import { singleByteTable } from './decode-codecs';

// ---------------------------------------------------------------------------
// Recognising charsets from the bytes

/** Bytes looked at to recognise UTF-16 or EBCDIC. */
const SNIFF_BYTES = 64 * 1024;

/**
 * 'le' or 'be' when the bytes look like UTF-16 text without a byte order
 * mark: zero bytes on one side of most pairs and hardly any on the other.
 */
export function utf16Order(b: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(b.length, SNIFF_BYTES) & ~1;
  const pairs = n >> 1;
  if (pairs < 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) zeroEven++;
    if (b[i + 1] === 0) zeroOdd++;
  }
  // One NUL in a few bytes of text ("x\0y") is not UTF-16: at least two.
  if (zeroOdd >= 2 && zeroOdd * 10 >= pairs * 3 && zeroEven * 20 <= pairs) return 'le';
  if (zeroEven >= 2 && zeroEven * 10 >= pairs * 3 && zeroOdd * 20 <= pairs) return 'be';
  return null;
}

/** EBCDIC pages tried when the bytes look like EBCDIC, in order of preference on a tie. */
const EBCDIC_CANDIDATES = ['ibm277', 'ibm278', 'ibm037', 'ibm500'];

let ebcdicText: Uint8Array | null = null;

/** Bytes that are printable text (or a line break or tab) in every common EBCDIC page. */
function ebcdicTextBytes(): Uint8Array {
  if (ebcdicText) return ebcdicText;
  const t = new Uint8Array(256);
  const pages = EBCDIC_CANDIDATES.map((p) => singleByteTable(p) as Uint16Array);
  for (let b = 0; b < 256; b++) {
    let ok = true;
    for (const page of pages) {
      const u = page[b] as number;
      if (!(
        u === 0x09 ||
        u === 0x0a ||
        u === 0x0d ||
        (u >= 0x20 && u !== 0x7f && (u < 0x80 || u >= 0xa0))
      ))
        ok = false;
    }
    t[b] = ok ? 1 : 0;
  }
  ebcdicText = t;
  return t;
}

/** EBCDIC letters and digits that are not ASCII letters or digits. */
function isEbcdicAlnum(c: number): boolean {
  return (
    (c >= 0x81 && c <= 0x89) ||
    (c >= 0x91 && c <= 0x99) ||
    (c >= 0xa2 && c <= 0xa9) ||
    (c >= 0xc1 && c <= 0xc9) ||
    (c >= 0xd1 && c <= 0xd9) ||
    (c >= 0xe2 && c <= 0xe9) ||
    (c >= 0xf0 && c <= 0xf9)
  );
}

function isLetterUnit(u: number): boolean {
  if (u < 0x80) return (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a);
  return u >= 0xc0 && u <= 0x24f && u !== 0xd7 && u !== 0xf7;
}

/**
 * The EBCDIC page the bytes are written in, or null: nearly every byte is
 * EBCDIC text and most are EBCDIC letters and digits (which ASCII text never
 * uses). Among the Nordic and international pages, the one that makes the
 * most letters of the remaining bytes wins.
 */
export function sniffEbcdic(b: Uint8Array): string | null {
  const n = Math.min(b.length, SNIFF_BYTES);
  if (n < 8) return null;
  const text = ebcdicTextBytes();
  let printable = 0;
  let alnum = 0;
  const counts = new Uint32Array(256);
  for (let i = 0; i < n; i++) {
    const c = b[i] as number;
    counts[c] = (counts[c] as number) + 1;
    if (text[c]) printable++;
    if (isEbcdicAlnum(c)) alnum++;
  }
  if (printable * 100 < n * 95 || alnum * 2 < n) return null;
  let best: string | null = null;
  let bestScore = -1;
  for (const name of EBCDIC_CANDIDATES) {
    const t = singleByteTable(name) as Uint16Array;
    let score = 0;
    for (let c = 0; c < 256; c++) if (isLetterUnit(t[c] as number)) score += counts[c] as number;
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}
