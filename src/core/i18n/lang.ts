/**
 * The add-in's four languages. Here, at the bottom of core, so that the
 * message types and the translator import nothing else (model.ts re-exports).
 */
export const LANGS = ['nb', 'nn', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
