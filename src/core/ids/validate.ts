/**
 * Check-digit and date rules for Norwegian and Swedish identity numbers.
 *
 * The rules are those of the issuing registers, not of any one validator
 * library: nothing here depends on today's date (a leak detector must flag a
 * number whether or not its holder is born yet), and where a register has
 * widened its rules (Norway from 2032, Skatteverket's test samordningsnummer)
 * the wider rule is followed.
 */
import type { NoIdKind, SeIdKind } from './codes';

/** Letters Swedish interim numbers put in place of the first serial digit. */
const INTERIM_LETTERS = 'TRSUWXJKLMN';

export function isInterimLetter(c: number): boolean {
  // Upper case (0x41..0x5a) or lower case; the case of a letter changes nothing.
  const up = c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
  return up >= 0x41 && up <= 0x5a && INTERIM_LETTERS.indexOf(String.fromCharCode(up)) >= 0;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function dayExists(day: number, month: number, leap: boolean): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && leap) return day <= 29;
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

function at(d: ArrayLike<number>, i: number): number {
  return d[i] ?? 0;
}

/**
 * Kind of an 11-digit Norwegian number given as digit values, or null.
 *
 * Check digits (Skatteetaten): k1 over the first 9 digits with weights
 * 3 7 6 1 8 9 4 5 2, k2 over the first 10 with 5 4 3 2 7 6 5 4 3 2. From 2032
 * the register runs short of numbers and k1 may be issued with remainder
 * 0..3 ((sum + k1) mod 11 in 0..3) instead of only 0; k2 stays as it was. The
 * wider rule already holds for numbers issued today, so it is used for every
 * date-based kind.
 *
 * Kinds: first digit +4 is a D-number; month +40 an H-number; month +80 a
 * synthetic Tenor (Test Norge) number. A number with both the D marker and a
 * month marker is reported by its month marker (hnr / tnr): that says more
 * about it (a Tenor number is synthetic test data whatever its day field).
 * First digit 8 or 9 is an FH-number (felles hjelpenummer), which carries no
 * date; it is issued with the standard check digits (remainder 0 only).
 *
 * Date: day and month must exist. The century is not encoded reliably (the
 * individual-number ranges stop meaning anything from 2032), so 29 February
 * is accepted whenever yy is divisible by 4.
 */
export function norwegianKindOfDigits(d: ArrayLike<number>): NoIdKind | null {
  const d0 = at(d, 0);
  const d1 = at(d, 1);
  const d2 = at(d, 2);
  const d3 = at(d, 3);
  const d4 = at(d, 4);
  const d5 = at(d, 5);
  const d6 = at(d, 6);
  const d7 = at(d, 7);
  const d8 = at(d, 8);
  const k1 = at(d, 9);
  const k2 = at(d, 10);
  const s2 =
    5 * d0 + 4 * d1 + 3 * d2 + 2 * d3 + 7 * d4 + 6 * d5 + 5 * d6 + 4 * d7 + 3 * d8 + 2 * k1;
  if ((s2 + k2) % 11 !== 0) return null;
  const r1 =
    (3 * d0 + 7 * d1 + 6 * d2 + 1 * d3 + 8 * d4 + 9 * d5 + 4 * d6 + 5 * d7 + 2 * d8 + k1) % 11;
  if (d0 >= 8) return r1 === 0 ? 'fhn' : null;
  if (r1 > 3) return null;

  let day = d0 * 10 + d1;
  let month = d2 * 10 + d3;
  const yy = d4 * 10 + d5;
  const dNumber = day > 40;
  if (dNumber) day -= 40;
  let kind: NoIdKind = dNumber ? 'dnr' : 'fnr';
  if (month > 80) {
    month -= 80;
    kind = 'tnr';
  } else if (month > 40) {
    month -= 40;
    kind = 'hnr';
  }
  return dayExists(day, month, yy % 4 === 0) ? kind : null;
}

/**
 * Kind of a Swedish number given as digit values (10 or 12 of them), or null.
 * For an interim number pass `interim: true` and the letter as the digit 1:
 * that is how its Luhn digit is computed.
 *
 * - 12 digits carry the century, which must be 18, 19 or 20 (16 marks an
 *   organisation number written with 12 digits).
 * - Luhn (mod 10) over the last 10 digits.
 * - Serial 000 is never issued.
 * - Day 61..91 is a samordningsnummer (day + 60). Skatteverket issues them
 *   with month 00 and day 60 when the date is unknown, and its own test
 *   numbers use days that do not exist, so only the ranges are checked.
 * - Otherwise the date must exist. Without the century, 29 February is
 *   accepted whenever yy is divisible by 4. Organisation numbers have a
 *   month field of 20 or more and so are never valid here.
 */
export function swedishKindOfDigits(
  d: ArrayLike<number>,
  length: 10 | 12,
  interim = false,
): SeIdKind | null {
  let o = 0;
  let leapKnown: boolean | null = null;
  if (length === 12) {
    const century = at(d, 0) * 10 + at(d, 1);
    if (century < 18 || century > 20) return null;
    leapKnown = isLeap(century * 100 + at(d, 2) * 10 + at(d, 3));
    o = 2;
  }
  const yy = at(d, o) * 10 + at(d, o + 1);
  const month = at(d, o + 2) * 10 + at(d, o + 3);
  const day = at(d, o + 4) * 10 + at(d, o + 5);
  const serial = at(d, o + 6) * 100 + at(d, o + 7) * 10 + at(d, o + 8);
  if (!interim && serial === 0) return null;

  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let v = at(d, o + i);
    if (i % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  if ((10 - (sum % 10)) % 10 !== at(d, o + 9)) return null;

  if (day >= 60 && day <= 91) {
    if (month > 12) return null;
    return interim ? 'interim' : 'snr';
  }
  const leap = leapKnown ?? yy % 4 === 0;
  if (!dayExists(day, month, leap)) return null;
  return interim ? 'interim' : 'pnr';
}

function digitsOf(s: string): number[] | null {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const v = s.charCodeAt(i) - 0x30;
    if (v < 0 || v > 9) return null;
    out.push(v);
  }
  return out;
}

/** Kind of a Norwegian number written as exactly 11 ASCII digits, or null. */
export function validateNorwegian(digits: string): NoIdKind | null {
  if (digits.length !== 11) return null;
  const d = digitsOf(digits);
  return d ? norwegianKindOfDigits(d) : null;
}

/**
 * Kind of a Swedish number in compact form, or null: 10 digits (YYMMDDNNNC)
 * or 12 (CCYYMMDDNNNC), or an interim number with a letter in place of the
 * first serial digit (YYMMDDTNNC, CCYYMMDDTNNC). Separators are the
 * detector's business: a `+` (100 years or older) or `-` changes nothing that
 * can be checked without knowing today's date.
 */
export function validateSwedish(compact: string): SeIdKind | null {
  const n = compact.length;
  if (n !== 10 && n !== 12) return null;
  const letterAt = n - 4;
  const letter = compact.charCodeAt(letterAt);
  const interim = isInterimLetter(letter);
  const d = digitsOf(
    interim ? compact.slice(0, letterAt) + '1' + compact.slice(letterAt + 1) : compact,
  );
  return d ? swedishKindOfDigits(d, n, interim) : null;
}
