import type { Lang } from './lang';
import { format } from './types';
import type { Messages, Params } from './types';

/**
 * The text for a key in a language, placeholders filled. The key is checked
 * by the compiler against the catalogs the translator was made from, and
 * each catalog has every key in all four languages (`Messages<K>`).
 */
export interface Translator<K extends string> {
  (lang: Lang, key: K, params?: Params): string;
  /**
   * Whether a plain string (a code from the engine, from a profile or from
   * the send runtime's context data) names a text here. The one way from an
   * untyped code to a key: `t.has(code) ? t(lang, code) : fallback`.
   */
  has(key: string): key is K;
}

/** The keys of one catalog; over a union of catalogs, the keys of each. */
export type KeyOf<C> = C extends Messages<string> ? keyof C['en'] & string : never;

/**
 * One translator over one or more area catalogs; its key type is the union
 * of their keys. A key found in two catalogs takes the later one's text.
 * Nothing is copied or merged: a lookup asks the catalogs in turn, last first.
 *
 *     const t = createTranslator(composeMessages, labelMessages);
 *     t('nn', 'alert.block');            // typed: a misspelt key does not compile
 *     t.has(finding.code) ? t(lang, finding.code) : finding.code;
 */
export function createTranslator<const C extends readonly Messages<string>[]>(
  ...catalogs: C
): Translator<KeyOf<C[number]>> {
  type K = KeyOf<C[number]>;
  const own = Object.prototype.hasOwnProperty;
  const lookup = (lang: Lang, key: string): string | undefined => {
    for (let i = catalogs.length - 1; i >= 0; i--) {
      const table = catalogs[i]![lang];
      if (own.call(table, key)) return table[key];
    }
    return undefined;
  };
  const t = (lang: Lang, key: K, params?: Params): string =>
    format(lookup(lang, key) ?? key, params);
  return Object.assign(t, {
    has: (key: string): key is K => lookup('en', key) !== undefined,
  });
}

/**
 * Text for a code that arrives as a plain string (`Finding.code`, a classify
 * reason, a check id from a profile): the one untyped boundary of a surface.
 * A code without text is shown as itself, so a gap shows up as a code rather
 * than as nothing (tests check that every code the engine emits has text).
 */
export type Describe = (lang: Lang, code: string, params?: Params) => string;

/** The `Describe` of a translator: its text when it has the code, else the code. */
export function describer<K extends string>(t: Translator<K>): Describe {
  return (lang, code, params) => (t.has(code) ? t(lang, code, params) : code);
}
