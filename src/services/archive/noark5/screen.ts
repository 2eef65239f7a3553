/**
 * Screening chosen words (Noark's skjermingMetadata TRO/TMO/TD, NA/NM): the
 * public title is the title with each screened word replaced, so the public
 * journal shows "Søknad om barnehageplass for *****".
 */
import type { ArchiveParty } from '../../../core/ports';
import type { Json } from './api';

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

/** The restriction as this archive writes it: its tilgangsrestriksjon code. */
export interface Restriction {
  readonly kode: string;
  readonly basis: string;
  readonly words: readonly string[];
}

/** A filing's screening: the chosen restriction's words, and its skjerming as Noark writes it. */
export class Screening {
  constructor(readonly restriction: Restriction | null) {}

  screen(text: string): { readonly text: string; readonly screened: boolean } {
    return screenText(text, this.restriction?.words ?? []);
  }

  /** A party whose name or address has a screened word (skjermingMetadata NA/NM). */
  partyScreened(p: ArchiveParty): boolean {
    return this.screen(p.name).screened || this.screen(p.address).screened;
  }

  /** The skjerming of the restriction (call only with one), with these skjermingMetadata codes. */
  skjerming(metadata: readonly string[]): Json {
    const r = this.restriction as Restriction;
    return {
      tilgangsrestriksjon: { kode: r.kode },
      skjermingshjemmel: r.basis,
      ...(metadata.length > 0 ? { skjermingMetadata: metadata.map((kode) => ({ kode })) } : {}),
    };
  }
}
