/** Filing into a case archive (R5, R19, R26): what core decides before any connector runs. */
export type { AccessRestriction } from './restrictions';
export { accessRestrictions, restrictionChoice, restrictionText } from './restrictions';
export type { Place, RestrictionSuggestion, ScreenInput, SuggestionReason } from './suggest';
export {
  DEFAULT_SUGGESTIONS,
  citesNoExemption,
  groundOf,
  offeredRestrictions,
  restrictionFor,
  sameRestriction,
  screenedWords,
  sensitiveFindings,
  suggestRestriction,
} from './suggest';
export { describeFound, describeReason, foundMessages } from './suggest-messages';
export type { Correspondent } from './persons';
export { isPrivatePerson, nameBefore, nameForms, withHolders } from './persons';
export type { TitleProblem } from './title';
export { MAX_TITLE, checkTitle, titleFromSubject } from './title';
export { archiveMessages, describeTitleProblem } from './messages';
export type { DocumentType, ForwardOrigin, RegistryForward } from './registry';
export {
  REGISTRY_HEADERS,
  forwardHeaders,
  readForwardOrigin,
  registryBody,
  registryMessages,
  registrySubject,
} from './registry';
export type { ReferenceProblem } from './reference';
export {
  InvalidReference,
  MAX_REFERENCE,
  MAX_SUBJECT,
  OUR_REFERENCE_LABEL,
  checkReference,
  describeReferenceProblem,
  normaliseReference,
  ourReferenceOf,
  referenceMessages,
  withOurReference,
} from './reference';
export type { CaseRef, KnownMessages, ReplyCase, ReplyInput, ReplyVia } from './reply-case';
export { lookupOrder, messageIdsOf, normaliseMessageId, replyCase } from './reply-case';
export { describeReplyCase, replyCaseMessages } from './reply-case-messages';
