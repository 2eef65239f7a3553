/** Archive connectors (R5, R26): Noark 5 Tjenestegrensesnitt, the registry mailbox and a SharePoint library; failures with sentences in nb, nn, sv and en. */
export { createNoark5Connector, NOARK5_DEFAULTS } from './noark5';
export type { Noark5Options } from './noark5';
export { createRegistryConnector } from './registry';
export type { RegistryOptions } from './registry';
export { createSharePointConnector, SHAREPOINT_COLUMNS, SHAREPOINT_DEFAULTS } from './sharepoint';
export type { SharePointOptions } from './sharepoint';
export { ARCHIVE_FAILURE_KINDS, ArchiveFailure } from './errors';
export type { ArchiveFailureKind, ArchiveFailureReason } from './errors';
export { archiveFailureMessages } from './messages';
export type { ArchiveFailureKey } from './messages';
export { Sha256, sha256Of } from './sha256';
