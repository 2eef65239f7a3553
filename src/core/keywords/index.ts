/**
 * Keyword detectors: special categories of personal data, confidentiality
 * markings, legal-form triggers and threats, in bokmål, nynorsk, Swedish and
 * English. See README.md in this folder for what fires and why.
 */
export { findKeywords, compileExtras } from './find';
export { KEYWORD_CODES, categoryOf } from './codes';
export type { KeywordCode, KeywordCategory } from './codes';
export { keywordMessages } from './messages';
export type { KeywordMessageKey } from './messages';
