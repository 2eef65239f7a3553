import { ID_READER } from './ids/detect';
import { findKeywords } from './keywords';
import type { TextCategory, TextMatch } from './model';
import type { ExtraKeywords } from './profile/types';
import { normalizeText, visualTextOf } from './text/normalize';
import type { NormalizedText } from './text/normalize';
import { OutOfTime } from './metering/meter';
import type { Meter } from './metering/meter';

/**
 * Every text detector over one text, matches in reading order.
 *
 * The text is read as written and, where right-to-left controls reorder
 * what a reader sees ("\u202e74000583051\u202c" shows as 15038500047), also
 * in display order; a number or word found either way is reported once,
 * with offsets into the text as written.
 *
 * Linear in the text: it is read once, by the keyword scan, which hands
 * the runs of digits it passes to the ID number reader. With a `meter` every
 * step is counted, and a meter with a deadline abandons the scan by throwing
 * OutOfTime (not caught here).
 */
export function scanText(text: string, extra?: ExtraKeywords, meter?: Meter): TextMatch[] {
  if (text.length === 0) return [];
  const norm = normalizeText(text, meter);
  const found = detect(norm, extra, meter);
  const visual = visualTextOf(norm, meter);
  if (visual === null) return found;
  return distinct(mergeSorted(found, detect(visual, extra, meter)));
}

/** ID numbers and keywords of one normalised text, in one pass over it. */
function detect(norm: NormalizedText, extra?: ExtraKeywords, meter?: Meter): TextMatch[] {
  ID_READER.begin(norm, meter);
  try {
    const keywords = findKeywords(norm, extra, meter, ID_READER);
    return mergeSorted(ID_READER.end(), keywords);
  } finally {
    // Out of time too, the reader lets go of the text.
    ID_READER.end();
  }
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

/**
 * Matches in reading order without repeats: a match overlapping an earlier
 * one with the same code is the same finding read another way.
 */
function distinct(sorted: readonly TextMatch[]): TextMatch[] {
  const out: TextMatch[] = [];
  const endByCode = new Map<string, number>();
  for (const m of sorted) {
    const end = endByCode.get(m.code);
    if (end !== undefined && m.start < end) continue;
    out.push(m);
    endByCode.set(m.code, m.end);
  }
  return out;
}

export function byCategory(matches: readonly TextMatch[], category: TextCategory): TextMatch[] {
  return matches.filter((m) => m.category === category);
}

/**
 * Scan a text within the meter's time: null when time ran out before or
 * while it was read. A short text (a subject, a file name) is read even when
 * time is up. Shared by the send check and the read pane's classification.
 */
export function scanInTime(
  text: string,
  extra: ExtraKeywords | undefined,
  meter: Meter,
  short = false,
): TextMatch[] | null {
  try {
    if (!short) {
      meter.check();
      meter.tick(text.length);
    }
    return scanText(text, extra, meter);
  } catch (e) {
    if (e instanceof OutOfTime) return null;
    throw e;
  }
}
