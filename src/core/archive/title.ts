/**
 * An archive record's title (R5, seed 000 §6): the public journal shows it,
 * so it must not carry a national ID number or special-category personal
 * data. The title is pre-filled from the subject and checked before filing;
 * a title that fails is refused with the reason, never silently changed.
 */
import type { TextMatch } from '../model';
import type { ExtraKeywords } from '../profile/types';
import { scanText } from '../scan';

/** What makes a title unusable, by detector category. */
const REFUSED = new Set(['national-id', 'special-category', 'threat']);

export const MAX_TITLE = 255;

export type TitleProblem =
  | { readonly code: 'title.empty' }
  | { readonly code: 'title.too-long'; readonly max: number }
  | { readonly code: 'title.national-id'; readonly match: TextMatch }
  | { readonly code: 'title.special-category'; readonly match: TextMatch }
  | { readonly code: 'title.threat'; readonly match: TextMatch };

/** Everything wrong with a title, in reading order; empty when it may be filed. */
export function checkTitle(title: string, extra?: ExtraKeywords): TitleProblem[] {
  const trimmed = title.trim();
  if (trimmed === '') return [{ code: 'title.empty' }];
  const problems: TitleProblem[] = [];
  if (trimmed.length > MAX_TITLE) problems.push({ code: 'title.too-long', max: MAX_TITLE });
  for (const match of scanText(trimmed, extra)) {
    if (!REFUSED.has(match.category)) continue;
    problems.push({
      code: `title.${match.category as 'national-id' | 'special-category' | 'threat'}`,
      match,
    });
  }
  return problems;
}

/** A suggested title from a subject: reply and forward prefixes and tags removed. */
export function titleFromSubject(subject: string): string {
  let s = subject.replace(/\s+/g, ' ').trim();
  for (;;) {
    const next = s
      .replace(/^(?:(?:re|sv|vs|fw|fwd|vb|aw|wg|antw)\s*(?:\[\d+\])?\s*:\s*)/i, '')
      .replace(/^\[[^\]]{1,20}\]\s*/, '')
      .trim();
    if (next === s) return s.slice(0, MAX_TITLE);
    s = next;
  }
}
