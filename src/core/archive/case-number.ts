/**
 * A case number as people write it and archives store it: year and sequence
 * number, "2026/123", sometimes with a record's number, "2026/123-4". The one
 * reader of case numbers: the filing form, the Noark 5 and SharePoint
 * connectors' case search and SharePoint's own columns all use it.
 *
 *   "2026/123"        → 2026/123
 *   "2026-123"        → 2026/123      (a dash instead of the slash)
 *   "26/123"          → 2026/123      (a two-digit year is this century's)
 *   "2026/0123"       → 2026/123      (leading zeros are not part of the number)
 *   "2026 / 123 – 4"  → 2026/123, record 4 (spaces, an en dash)
 *
 * Anything else, a word before or after included, is no case number. Input
 * longer than {@link MAX_CASE_NUMBER_INPUT} is refused unread, so the reader is
 * linear in what it is given.
 */

/** The most digits a sequence or record number has: one limit for every archive. */
export const MAX_CASE_SEQUENCE_DIGITS = 9;

/** Longer text is no case number; it is not read. */
export const MAX_CASE_NUMBER_INPUT = 40;

export interface CaseNumber {
  /** The four-digit year. */
  readonly year: number;
  /** The sequence number within the year. */
  readonly seq: number;
  /** The record's number within the case ("2026/123-4" → 4), or null for the case itself. */
  readonly doc: number | null;
}

const DASH = '[-\u2010\u2011\u2012\u2013\u2212]';
const CASE_NUMBER = new RegExp(
  `^(\\d{4}|\\d{2})\\s*(?:/|${DASH})\\s*(\\d{1,${MAX_CASE_SEQUENCE_DIGITS}})` +
    `(?:\\s*${DASH}\\s*(\\d{1,${MAX_CASE_SEQUENCE_DIGITS}}))?$`,
);

/** A case number at the start of a text, followed by anything but a digit. */
const CASE_NUMBER_START = new RegExp(
  `^(?:\\d{4}|\\d{2})\\s*(?:/|${DASH})\\s*\\d{1,${MAX_CASE_SEQUENCE_DIGITS}}` +
    `(?:\\s*${DASH}\\s*\\d{1,${MAX_CASE_SEQUENCE_DIGITS}})?(?!\\d)`,
);

/** The case number in `text`, or null when the text is not one. */
export function parseCaseNumber(text: string): CaseNumber | null {
  if (text.length > MAX_CASE_NUMBER_INPUT) return null;
  const m = CASE_NUMBER.exec(text.trim());
  if (!m) return null;
  const yearText = m[1] ?? '';
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const seq = Number(m[2]);
  const doc = m[3] === undefined ? null : Number(m[3]);
  if (year < 1900 || seq < 1 || doc === 0) return null;
  return { year, seq, doc };
}

/** The case as archives write it: "2026/123" (a record's number left out). */
export function formatCaseNumber(n: Pick<CaseNumber, 'year' | 'seq'>): string {
  return `${n.year}/${n.seq}`;
}

/** A record's reference: "2026/123-4". */
export function formatRecordReference(n: Pick<CaseNumber, 'year' | 'seq'>, doc: number): string {
  return `${formatCaseNumber(n)}-${doc}`;
}

/** The case number in `text` as "2026/123", or null when the text is not one. */
export function normaliseCaseNumber(text: string): string | null {
  const n = parseCaseNumber(text);
  return n ? formatCaseNumber(n) : null;
}

/**
 * The first case number inside a text, as "2026/123": "Dykkar ref. 26/123-4"
 * → "2026/123". A number must stand on its own (no digit right before or
 * after it). Each place a number may start is read at most
 * {@link MAX_CASE_NUMBER_INPUT} characters far, so the whole is linear.
 */
export function caseNumberIn(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) continue;
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (before >= 0x30 && before <= 0x39) continue;
    const m = CASE_NUMBER_START.exec(text.slice(i, i + MAX_CASE_NUMBER_INPUT));
    if (m) {
      const found = normaliseCaseNumber(m[0]);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * The case number that starts exactly at `at` in `text`, and where it ends,
 * or null. Like {@link caseNumberIn} it stands on its own (no digit right
 * before or after it) and is read at most {@link MAX_CASE_NUMBER_INPUT}
 * characters far.
 */
export function caseNumberAt(
  text: string,
  at: number,
): { readonly number: CaseNumber; readonly end: number } | null {
  const before = at > 0 ? text.charCodeAt(at - 1) : 0;
  if (before >= 0x30 && before <= 0x39) return null;
  const m = CASE_NUMBER_START.exec(text.slice(at, at + MAX_CASE_NUMBER_INPUT));
  if (!m) return null;
  const number = parseCaseNumber(m[0]);
  return number ? { number, end: at + m[0].length } : null;
}
