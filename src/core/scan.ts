import { findNationalIds } from './ids';
import { findKeywords } from './keywords';
import type { TextCategory, TextMatch } from './model';
import type { ExtraKeywords } from './profile/types';
import { normalizeText } from './text/normalize';

/** Every text detector over one text, matches in reading order. */
export function scanText(text: string, extra?: ExtraKeywords): TextMatch[] {
  if (text.length === 0) return [];
  const norm = normalizeText(text);
  const matches = findNationalIds(norm).concat(findKeywords(norm, extra));
  return matches.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function byCategory(matches: readonly TextMatch[], category: TextCategory): TextMatch[] {
  return matches.filter((m) => m.category === category);
}
