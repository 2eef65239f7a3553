/**
 * Screening chosen words (Noark's skjermingMetadata TRO/TMO/TD, NA/NM): the
 * public title is the title with each screened word replaced, so the public
 * journal shows "Søknad om barnehageplass for *****".
 */

export const MASK = '*****';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `text` with every whole-word occurrence of `words` (any case) replaced by MASK. */
export function screenText(
  text: string,
  words: readonly string[],
): { readonly text: string; readonly screened: boolean } {
  let out = text;
  let screened = false;
  const wanted = words
    .map((w) => w.trim())
    .filter((w) => w !== '')
    .sort((a, b) => b.length - a.length);
  for (const word of wanted) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escape(word)}(?=$|[^\\p{L}\\p{N}])`, 'giu');
    out = out.replace(re, (_whole, before: string) => {
      screened = true;
      return `${before}${MASK}`;
    });
  }
  return { text: out, screened };
}
