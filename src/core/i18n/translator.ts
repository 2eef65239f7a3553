import type { Lang } from '../model';
import { format } from './types';

type Table = Readonly<Record<string, string>>;
export type LangTables = Readonly<Record<Lang, Table>>;

export interface Translator {
  /**
   * The text for a key, placeholders filled. An unknown key is returned as
   * is, so a gap shows up as a code rather than as nothing (tests check that
   * every code the engine emits has text in all four languages).
   */
  readonly t: (
    lang: Lang,
    key: string,
    params?: Readonly<Record<string, string | number>>,
  ) => string;
  readonly has: (lang: Lang, key: string) => boolean;
}

/** One lookup over several typed message tables, merged on first use. */
export function translator(tables: readonly LangTables[]): Translator {
  let merged: Record<Lang, Record<string, string>> | null = null;
  const catalog = (): Record<Lang, Record<string, string>> => {
    if (merged) return merged;
    const out: Record<Lang, Record<string, string>> = { nb: {}, nn: {}, sv: {}, en: {} };
    for (const table of tables) {
      for (const lang of Object.keys(out) as Lang[]) Object.assign(out[lang], table[lang]);
    }
    merged = out;
    return out;
  };
  return {
    t: (lang, key, params) => format(catalog()[lang][key] ?? key, params),
    has: (lang, key) => key in catalog()[lang],
  };
}
