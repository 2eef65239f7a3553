/** The SharePoint library connector: what the rest of the add-in uses of it. */
export { createSharePointConnector, SHAREPOINT_DEFAULTS } from './connector';
export type { SharePointOptions } from './connector';
export { SHAREPOINT_COLUMNS } from './shapes';
