import type { Lang } from './lang';
import type { Params, Translator } from './types';

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
  return (lang, code, params) => (t.has(code) ? t(lang, code, params) : code);
}
