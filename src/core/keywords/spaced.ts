/**
 * Letters spaced or dotted apart: "t a u s h e t s p l i k t",
 * "s.e.k.r.e.t.e.s.s", "u-n-n-t-a-t-t". A reader sees the word; the scanner
 * sees single letters. A run of at least SPACED_MIN single letters, each
 * separated from the next by exactly one space, dot, hyphen, underscore or
 * middle dot, is joined into one word; a wider gap (two spaces) separates the
 * words of a spaced-out phrase. The joined view maps back to the text as
 * written, so a finding covers the spaced letters.
 *
 * Runs of three ("t.o.m.", "o.s.v.", "p.g.a.") are common abbreviations and
 * are left alone.
 */
import type { NormalizedText } from '../text/normalize';
import { withSkips } from '../text/normalize';
import type { Meter } from '../metering/meter';
import { classes, WORD } from './chars';

/** Fewest single letters that make a spaced-out word. */
export const SPACED_MIN = 4;

/** Characters that may stand between spaced-out letters. */
export function isSpacer(c: number): boolean {
  return c === 0x20 || c === 0x2e || c === 0x2d || c === 0x5f || c === 0xb7;
}

function isLetter(cls: Uint8Array, c: number): boolean {
  return (cls[c]! & WORD) !== 0 && !(c >= 0x30 && c <= 0x39);
}

/**
 * The text with every run of spaced-out letters joined, or null when it has
 * none. Offsets of the result map back to `norm.original`.
 */
export function joinSpacedLetters(norm: NormalizedText, meter?: Meter): NormalizedText | null {
  const cls = classes();
  const s = norm.text;
  const n = s.length;
  const textParts: string[] = [];
  const skipped: number[] = [];
  let copied = 0;
  let removed = 0;
  let i = 0;
  while (i < n) {
    // A single letter: a letter with no word character on either side.
    const c = s.charCodeAt(i);
    if (!isLetter(cls, c) || (i > 0 && cls[s.charCodeAt(i - 1)]! & WORD)) {
      i++;
      continue;
    }
    let last = i;
    let letters = 1;
    while (
      last + 2 < n &&
      isSpacer(s.charCodeAt(last + 1)) &&
      isLetter(cls, s.charCodeAt(last + 2)) &&
      !(last + 3 < n && cls[s.charCodeAt(last + 3)]! & WORD)
    ) {
      last += 2;
      letters += 1;
    }
    if (last + 1 < n && cls[s.charCodeAt(last + 1)]! & WORD) {
      // The first letter starts a longer word.
      i += 1;
      continue;
    }
    if (letters < SPACED_MIN) {
      i = last + 1;
      continue;
    }
    // Keep the letters, drop the spacers between them.
    for (let p = i; p < last; p += 2) {
      textParts.push(s.slice(copied, p + 1));
      copied = p + 2;
      removed += 1;
      skipped.push(p + 1 - (removed - 1));
    }
    i = last + 1;
  }
  meter?.tick(n);
  if (removed === 0) return null;
  textParts.push(s.slice(copied));
  return withSkips(norm.original, textParts.join(''), skipped, norm);
}
