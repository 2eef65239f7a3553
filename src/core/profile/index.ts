/** Organisation profiles (R1, R25): schema, validation and mailbox helpers. */
export * from './types';
export type { AddressInfo, AddressKind } from './mailboxes';
export {
  classifyAddress,
  deadlineOptions,
  domainOf,
  isInternal,
  isInternalDomain,
  mailboxOf,
  registryMailbox,
} from './mailboxes';
export type { ProfileError, ProfileValidation } from './validate';
export { formatProfileErrors, parseProfileText, validateProfile } from './validate';
export { profileJsonSchema, profileSchema } from './schema';
export type { ProfileSchemaMatchesType } from './schema';
export type { JsonType, ProfileErrorCode, ProfileMessageKey, ProfileWarningCode } from './messages';
export { profileMessages } from './messages';
