import type { Lang } from './lang';

/**
 * A message table for one area (ids, keywords, attachments, ...). Every
 * language must have every key: a missing translation is a compile error.
 * Placeholders are written `{name}` and filled from the finding's params.
 */
export type Messages<K extends string> = { readonly [L in Lang]: { readonly [P in K]: string } };

/** The values that fill a message's `{name}` placeholders. */
export type Params = Readonly<Record<string, string | number>>;

/** Fill `{name}` placeholders; unknown placeholders are left visible on purpose. */
export function format(template: string, params?: Params): string {
  return params
    ? template.replace(/\{(\w+)\}/g, (whole, name: string) => `${params[name] ?? whole}`)
    : template;
}

/**
 * The text for a key in a language, placeholders filled. The key is checked
 * by the compiler against the catalogs the translator was made from, and
 * each catalog has every key in all four languages (`Messages<K>`).
 */
export interface Translator<K extends string> {
  (lang: Lang, key: K, params?: Params): string;
  /** The catalogs it reads (for `hasKey` in ./describe, the way from a plain string to a key). */
  readonly catalogs: readonly Messages<string>[];
}

/** The keys of one catalog; over a union of catalogs, the keys of each. */
export type KeyOf<C> = C extends Messages<string> ? keyof C['en'] & string : never;

/**
 * One translator over one or more area catalogs; its key type is the union
 * of their keys. A key found in two catalogs takes the later one's text.
 * Nothing is copied or merged: a lookup asks each catalog.
 *
 *     const t = createTranslator(composeMessages, labelMessages);
 *     t('nn', 'alert.block');            // typed: a misspelt key does not compile
 *     hasKey(t, finding.code) ? t(lang, finding.code) : finding.code;   // ./describe
 *
 * Small on purpose: it is in the task pane's first script, which has a budget.
 */
export function createTranslator<const C extends readonly Messages<string>[]>(
  ...catalogs: C
): Translator<KeyOf<C[number]>> {
  type K = KeyOf<C[number]>;
  const t = (lang: Lang, key: K, params?: Params): string =>
    format(
      catalogs.reduce<string>((found, c) => c[lang][key] ?? found, key),
      params,
    );
  t.catalogs = catalogs;
  return t;
}
