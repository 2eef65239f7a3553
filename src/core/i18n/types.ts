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
  if (!params) return template;
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}
