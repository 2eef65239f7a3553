/**
 * Identity numbers with valid check digits, and the ways people (or an
 * attacker) write them so that a reader still sees the number but a naive
 * detector does not. Every number is checked with the product's own
 * validators, so a miss is the detector's and never the generator's.
 */
import { validateNorwegian, validateSwedish } from '../../src/core/ids/validate';
import { between } from './prng';
import type { Rng } from './prng';

const two = (n: number): string => String(n).padStart(2, '0');

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function mod11(digits: readonly number[], weights: readonly number[]): number | null {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  const k = (11 - (sum % 11)) % 11;
  return k === 10 ? null : k;
}

/** A fødselsnummer (11 ASCII digits) with the standard check digits. */
export function fodselsnummer(r: Rng): string {
  for (;;) {
    const head = `${two(between(r, 1, 28))}${two(between(r, 1, 12))}${two(between(r, 0, 99))}${String(between(r, 0, 499)).padStart(3, '0')}`;
    const d = head.split('').map(Number);
    const k1 = mod11(d, W1);
    if (k1 === null) continue;
    const k2 = mod11([...d, k1], W2);
    if (k2 === null) continue;
    const fnr = `${head}${k1}${k2}`;
    if (validateNorwegian(fnr) === 'fnr') return fnr;
  }
}

/** A Swedish personnummer, compact: 10 digits (YYMMDDNNNC) or 12 (CCYYMMDDNNNC). */
export function personnummer(r: Rng, length: 10 | 12 = 10): string {
  for (;;) {
    const century = between(r, 19, 20);
    const yy = century === 20 ? between(r, 0, 24) : between(r, 30, 99);
    const body = `${two(yy)}${two(between(r, 1, 12))}${two(between(r, 1, 28))}${String(between(r, 1, 999)).padStart(3, '0')}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let v = Number(body[i]) * (i % 2 === 0 ? 2 : 1);
      if (v > 9) v -= 9;
      sum += v;
    }
    const short = `${body}${(10 - (sum % 10)) % 10}`;
    const pnr = length === 12 ? `${century}${short}` : short;
    if (validateSwedish(pnr) === 'pnr') return pnr;
  }
}

/** Split `digits` into groups of the given sizes, joined by `sep`. */
export function grouped(digits: string, sizes: readonly number[], sep: string): string {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(digits.slice(at, at + n));
    at += n;
  }
  if (at < digits.length) out.push(digits.slice(at));
  return out.join(sep);
}

/** `sep` between every two digits. */
export function interleaved(digits: string, sep: string): string {
  return digits.split('').join(sep);
}

/** The digits in another script's decimal digits, from its zero's code point. */
export function inScript(digits: string, zero: number): string {
  let out = '';
  for (const ch of digits) out += String.fromCodePoint(zero + Number(ch));
  return out;
}

/** A combining mark after every digit. */
export function withMarks(digits: string, mark: string): string {
  let out = '';
  for (const ch of digits) out += ch + mark;
  return out;
}

/**
 * Written backwards inside a right-to-left override: a reader sees the
 * number in its right order, the text holds it reversed.
 */
export function reversedBehindOverride(digits: string): string {
  return `\u202e${digits.split('').reverse().join('')}\u202c`;
}

/** Characters a reader does not see, put between digits to break a number up. */
export const INVISIBLES: ReadonlyArray<readonly [string, string]> = [
  ['tag character U+E0020', '\u{e0020}'],
  ['tag letter U+E0041', '\u{e0041}'],
  ['cancel tag U+E007F', '\u{e007f}'],
  ['variation selector U+FE0F', '\ufe0f'],
  ['variation selector 17 U+E0100', '\u{e0100}'],
  ['Hangul filler U+3164', '\u3164'],
  ['Hangul choseong filler U+115F', '\u115f'],
  ['halfwidth Hangul filler U+FFA0', '\uffa0'],
  ['Braille blank U+2800', '\u2800'],
  ['Mongolian vowel separator U+180E', '\u180e'],
  ['Mongolian free variation selector U+180B', '\u180b'],
  ['Khmer vowel inherent U+17B4', '\u17b4'],
  ['Khmer vowel inherent U+17B5', '\u17b5'],
  ['interlinear annotation anchor U+FFF9', '\ufff9'],
  ['interlinear annotation terminator U+FFFB', '\ufffb'],
  ['zero-width space U+200B', '\u200b'],
  ['word joiner U+2060', '\u2060'],
  ['soft hyphen U+00AD', '\u00ad'],
  ['combining grapheme joiner U+034F', '\u034f'],
  ['Arabic letter mark U+061C', '\u061c'],
];

/** Decimal digits of other scripts (the code point of each one's zero). */
export const SCRIPTS: ReadonlyArray<readonly [string, number]> = [
  ['Adlam', 0x1e950],
  ['Osmanya', 0x104a0],
  ['Balinese', 0x1b50],
  ['Javanese', 0xa9d0],
  ['Ol Chiki', 0x1c50],
  ['Meetei Mayek', 0xabf0],
  ['segmented', 0x1fbf0],
  ['fullwidth', 0xff10],
  ['Arabic-Indic', 0x0660],
  ['extended Arabic-Indic', 0x06f0],
  ['Devanagari', 0x0966],
  ['Bengali', 0x09e6],
  ['Thai', 0x0e50],
  ['Myanmar', 0x1040],
  ['Tai Tham', 0x1a80],
  ['Sundanese', 0x1bb0],
  ['Lepcha', 0x1c40],
  ['Kayah Li', 0xa900],
  ['Cham', 0xaa50],
  ['mathematical bold', 0x1d7ce],
  ['mathematical monospace', 0x1d7f6],
  ['Brahmi', 0x11066],
  ['Chakma', 0x11136],
  ['Newa', 0x11450],
  ['Wancho', 0x1e2f0],
];

/** Combining marks put after digits. */
export const MARKS: ReadonlyArray<readonly [string, string]> = [
  ['acute accent U+0301', '\u0301'],
  ['low line U+0332', '\u0332'],
  ['enclosing keycap U+20E3', '\u20e3'],
  ['enclosing circle U+20DD', '\u20dd'],
  ['combining dot above U+0307', '\u0307'],
];

/** Letters that look like the Latin ones, for keywords. */
const SMALL_CAPITALS: Readonly<Record<string, string>> = {
  a: 'ᴀ',
  b: 'ʙ',
  c: 'ᴄ',
  d: 'ᴅ',
  e: 'ᴇ',
  f: 'ꜰ',
  g: 'ɢ',
  h: 'ʜ',
  i: 'ɪ',
  j: 'ᴊ',
  k: 'ᴋ',
  l: 'ʟ',
  m: 'ᴍ',
  n: 'ɴ',
  o: 'ᴏ',
  p: 'ᴘ',
  r: 'ʀ',
  s: 'ꜱ',
  t: 'ᴛ',
  u: 'ᴜ',
  v: 'ᴠ',
  w: 'ᴡ',
  y: 'ʏ',
  z: 'ᴢ',
};

export function smallCapitals(word: string): string {
  let out = '';
  for (const ch of word) out += SMALL_CAPITALS[ch] ?? ch;
  return out;
}

/** Mathematical letters from the block starting at `capitalA` (bold 0x1d400, italic 0x1d434, ...). */
export function mathematical(word: string, capitalA: number): string {
  let out = '';
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    if (c >= 0x61 && c <= 0x7a) out += String.fromCodePoint(capitalA + 26 + c - 0x61);
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCodePoint(capitalA + c - 0x41);
    else out += ch;
  }
  return out;
}

/** Every i written as a dotless ı. */
export function dotless(word: string): string {
  return word.replace(/i/g, 'ı');
}

/** Letters spaced (or dotted) apart: "d e p r i m e r t", "d.e.p.r.i.m.e.r.t". */
export function spacedOut(word: string, sep: string): string {
  return Array.from(word).join(sep);
}
