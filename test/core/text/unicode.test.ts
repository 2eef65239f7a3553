/**
 * The normaliser's Unicode tables against the Unicode data of the Node.js
 * that runs the tests (its regular expressions know every property). A
 * newer Unicode with new digits, marks or invisible characters fails here,
 * so the tables are brought up to date instead of missing them silently.
 */
import { normalizeText, toOriginalRange } from '../../../src/core/text/normalize';
import {
  DIGIT_ZEROS,
  IGNORABLE_RANGES,
  MARK_RANGES,
  digitOf,
  inRanges,
} from '../../../src/core/text/unicode';

function codePoints(re: RegExp): number[] {
  const out: number[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (re.test(String.fromCodePoint(cp))) out.push(cp);
  }
  return out;
}

function expand(ranges: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < ranges.length; k += 2) {
    for (let cp = ranges[k] ?? 0; cp <= (ranges[k + 1] ?? -1); cp++) out.push(cp);
  }
  return out;
}

const DECIMAL = codePoints(/^\p{Nd}$/u);
const MARKS = codePoints(/^\p{M}$/u);
const IGNORABLE = codePoints(/^\p{Default_Ignorable_Code_Point}$/u);

describe('decimal digits of every script', () => {
  // Nd comes in whole blocks of ten, so in the sorted list a digit's value is
  // its index modulo ten, and every tenth is a zero.
  it('the table holds the zero of every block of ten decimal digits but ASCII', () => {
    expect(DECIMAL.length % 10).toBe(0);
    expect([...DIGIT_ZEROS]).toEqual(DECIMAL.filter((cp, i) => i % 10 === 0 && cp !== 0x30));
  });

  it(`every one of the ${DECIMAL.length} decimal digits becomes its ASCII digit`, () => {
    const wrong: string[] = [];
    DECIMAL.forEach((cp, i) => {
      const value = i % 10;
      const ch = String.fromCodePoint(cp);
      const norm = normalizeText(`x${ch}y`);
      if (norm.text !== `x${value}y`) wrong.push(`U+${cp.toString(16)} text`);
      if (cp > 0x39 && digitOf(cp) !== value) wrong.push(`U+${cp.toString(16)} value`);
      if (toOriginalRange(norm, 1, 2).end !== 1 + ch.length) wrong.push(`U+${cp.toString(16)} end`);
    });
    expect(wrong).toEqual([]);
  });
});

describe('characters with no visible content', () => {
  it('the table is Unicode’s default-ignorable set and the interlinear annotation characters', () => {
    expect(expand(IGNORABLE_RANGES)).toEqual(
      [...IGNORABLE, 0xfff9, 0xfffa, 0xfffb].sort((a, b) => a - b),
    );
  });

  it(`every one of them is dropped between two digits`, () => {
    const kept = expand(IGNORABLE_RANGES).filter((cp) => {
      const s = `1${String.fromCodePoint(cp)}2`;
      const norm = normalizeText(s);
      return norm.text !== '12' || toOriginalRange(norm, 0, 2).end !== s.length;
    });
    expect(kept.map((cp) => cp.toString(16))).toEqual([]);
  });
});

describe('combining marks', () => {
  it('the table is Unicode’s marks (Mn, Mc, Me)', () => {
    expect(expand(MARK_RANGES)).toEqual(MARKS);
  });

  it(`every one of the ${MARKS.length} marks is dropped after a digit, and belongs to it`, () => {
    const kept = MARKS.filter((cp) => {
      const s = `1${String.fromCodePoint(cp)}2`;
      const norm = normalizeText(s);
      // A mark that is also invisible (a variation selector) is dropped as such.
      const end = inRanges(IGNORABLE_RANGES, cp) ? 1 : s.length - 1;
      return norm.text !== '12' || toOriginalRange(norm, 0, 1).end !== end;
    });
    expect(kept.map((cp) => cp.toString(16))).toEqual([]);
  });

  it.each([
    ['U+0300', 0x0300, true],
    ['U+036F', 0x036f, true],
    ['U+1E944', 0x1e944, true],
    ['U+0041', 0x0041, false],
    ['U+10FFFF', 0x10ffff, false],
  ])('the range lookup puts %s inside the marks: %s', (_name, cp, inside) => {
    expect(inRanges(MARK_RANGES, cp)).toBe(inside);
  });
});
