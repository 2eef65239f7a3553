/**
 * Archive connectors (R5, R26): Noark 5 Tjenestegrensesnitt (./noark5), the
 * registry mailbox (./registry) and a SharePoint library (./sharepoint);
 * their failures as data (./errors) and in sentences in nb, nn, sv and en
 * (./messages). The profile's archive as a connector: ./connect.
 */
export { createNoark5Connector, NOARK5_DEFAULTS } from './noark5';
export type { Noark5Options } from './noark5';
export { createRegistryConnector } from './registry';
export type { RegistryOptions } from './registry';
export { createSharePointConnector, SHAREPOINT_COLUMNS, SHAREPOINT_DEFAULTS } from './sharepoint';
export type { SharePointOptions } from './sharepoint';
export { ARCHIVE_FAILURE_KINDS, ArchiveFailure } from './errors';
export type { ArchiveFailureKind, ArchiveFailureReason } from './errors';
export { archiveFailureMessages, describeArchiveFailure } from './messages';
export type { ArchiveFailureKey } from './messages';
export { Sha256, sha256Of } from './noark5/sha256';
