import type { Lang } from './lang';
import type { Params, Translator } from './types';

/**
 * Whether a plain string (a code from the engine, from a profile or from the
 * send runtime's context data) names a text of this translator: the one way
 * from an untyped code to a key, `hasKey(t, code) ? t(lang, code) : fallback`.
 * Own texts only: what a table inherits ("constructor", "__proto__") is never
 * a string.
 */
export function hasKey<K extends string>(t: Translator<K>, key: string): key is K {
  return t.catalogs.some((c) => typeof (c.en as Record<string, unknown>)[key] === 'string');
}

/**
 * Text for a code that arrives as a plain string (`Finding.code`, a classify
 * reason, a check id from a profile): the one untyped boundary of a surface.
 * A code without text is shown as itself, so a gap shows up as a code rather
 * than as nothing (tests check that every code the engine emits has text).
 */
export type Describe = (lang: Lang, code: string, params?: Params) => string;

/**
 * The `Describe` of a translator: its text when it has the code, else the
 * code. A module of its own: the task pane's first script has translators
 * but no untyped codes to describe.
 */
export function describer<K extends string>(t: Translator<K>): Describe {
  return (lang, code, params) => (hasKey(t, code) ? t(lang, code, params) : code);
}
