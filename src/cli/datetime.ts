/**
 * Parse the `deadline` command's DATETIME. Without an offset the time is
 * read as local time in the given zone, which is what a caseworker means by
 * "the message came at 14:30".
 */
import { offsetAt } from '../core/calendar';

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export function parseDateTime(text: string, zone: string): Date | null {
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  // Date.UTC would read the years 0–99 as 1900–1999.
  const at = new Date(0);
  at.setUTCFullYear(y, mo - 1, d);
  at.setUTCHours(h, mi, s, 0);
  const naive = at.getTime();
  // Reject 31 February and friends.
  if (!Number.isFinite(naive) || at.getUTCDate() !== d) return null;
  const off = m[7];
  if (off !== undefined) {
    if (off.toUpperCase() === 'Z') return new Date(naive);
    const sign = off.startsWith('-') ? -1 : 1;
    const digits = off.slice(1).replace(':', '');
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
    return new Date(naive - sign * minutes * 60000);
  }
  // Local wall time: guess with the offset at the naive instant, then correct once (DST).
  let guess = naive - offsetAt(naive, zone);
  guess = naive - offsetAt(guess, zone);
  return new Date(guess);
}
