export { ID_CODES, NO_ID_KINDS, SE_ID_KINDS, noCode, seCode } from './codes';
export type { IdCode, NoIdKind, SeIdKind } from './codes';
export { findNationalIds } from './detect';
export { hasNonIdLabel } from './labels';
export { ID_MESSAGES } from './messages';
export {
  isInterimLetter,
  norwegianKindOfDigits,
  swedishKindOfDigits,
  validateNorwegian,
  validateSwedish,
} from './validate';
