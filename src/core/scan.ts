import { findNationalIds } from './ids';
import { findKeywords } from './keywords';
import type { TextCategory, TextMatch } from './model';
import type { ExtraKeywords } from './profile/types';
import { normalizeText } from './text/normalize';

/** Every text detector over one text, matches in reading order. */
export function scanText(text: string, extra?: ExtraKeywords): TextMatch[] {
  if (text.length === 0) return [];
  const norm = normalizeText(text);
  return mergeSorted(findNationalIds(norm), findKeywords(norm, extra));
}

/** Both detectors answer in reading order: merge instead of sorting. */
function mergeSorted(a: readonly TextMatch[], b: readonly TextMatch[]): TextMatch[] {
  if (b.length === 0) return a.slice();
  if (a.length === 0) return b.slice();
  const out: TextMatch[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as TextMatch;
    const y = b[j] as TextMatch;
    if (x.start < y.start || (x.start === y.start && x.end <= y.end)) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  while (i < a.length) out.push(a[i++] as TextMatch);
  while (j < b.length) out.push(b[j++] as TextMatch);
  return out;
}

export function byCategory(matches: readonly TextMatch[], category: TextCategory): TextMatch[] {
  return matches.filter((m) => m.category === category);
}
