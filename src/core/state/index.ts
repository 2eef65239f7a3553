/**
 * The shared case-handling state of a received message (R6, R7, R8): pure
 * model, Graph property and category mapping, transitions and conflicts.
 * No Graph calls and no clock: the client reads and writes, and passes the
 * time in.
 */
export type {
  ClassState,
  Evidence,
  Hold,
  HoldReason,
  ItemState,
  Notified,
  Person,
  Rejected,
  RejectReason,
  SentTo,
  Stamp,
  StateField,
  Status,
} from './types';
export { HOLD_REASONS, NEW_STATE, REJECT_REASONS, STATE_FIELDS, STATUSES } from './types';
export { MAX_TEXT, displayName, isAddress, isPerson, samePerson } from './values';
export type {
  ExtendedProperty,
  IgnoreReason,
  IgnoredProperty,
  PropertyKey,
  ReadState,
} from './properties';
export {
  PROPERTY_IDS,
  PROPERTY_NAMES,
  PROPERTY_SET_ID,
  SCHEMA_VERSION,
  STATE_EXPAND,
  fromExtendedProperties,
  propertyId,
  toExtendedProperties,
} from './properties';
export type {
  CategoryCatalog,
  CategoryColor,
  CategoryHints,
  FixedCategory,
  MasterCategory,
} from './categories';
export {
  CATEGORY_COLORS,
  FIXED_CATEGORIES,
  LEGACY_CATEGORY_NAMES,
  MAX_CATEGORY_LENGTH,
  archivedCategory,
  assignedCategory,
  categoriesFor,
  categoryCatalog,
  categoryHints,
  categoryText,
  fixedCategoryName,
  isArkivpostCategory,
  masterCategories,
  mergeCategories,
} from './categories';
export type {
  ActionResult,
  Applied,
  NoticeCode,
  Refusal,
  RefusalCode,
  StateAction,
} from './transitions';
export { ALLOWED_WHEN_ARCHIVED, applyAction, canMove } from './transitions';
export type { MergeResult, StateChange } from './conflict';
export { changedFields, diffStates, mergeOnConflict } from './conflict';
export type { FollowupFlag, GraphDateTime } from './flag';
export { dueInstant, flagFor, isOverdue } from './flag';
export type { PatchOptions, StatePatch } from './patch';
export { statePatch } from './patch';
export type { DescribeOptions } from './describe';
export {
  describeChange,
  describeChanges,
  describeConflict,
  describeDisposable,
  describeHold,
  describeHoldLifted,
  describeMarks,
  describeNotice,
  describeOriginalUnmarked,
  describeStanding,
  describeRefusal,
  dueLabel,
  fieldLabel,
  formatDate,
  formatDateTime,
  formatDue,
  holdReasonLabel,
  statusLabel,
} from './describe';
export type { StateMessageKey } from './messages';
export { stateMessages } from './messages';
export type { AssignmentNotice, NoticeMail } from './notify';
export { assignmentMail, notifyMessages, safeSubject } from './notify';
export type { Deletion, DeletionBlock, DeletionContext, DeletionGround } from './disposal';
export { isDisposable, mayDelete } from './disposal';
