/** Reading function mailboxes for the supervisor's overview (R21) over Graph. */
export type { MailboxItems, Page, PageOutcome, ReadOptions } from './read';
export {
  MAX_BATCH,
  MAX_PAGE,
  MAX_PAGES,
  LinkTrail,
  OVERVIEW_SELECT,
  batchGet,
  batchSettle,
  linkPath,
  overviewItem,
  overviewPath,
  overviewQuery,
  readMailboxes,
} from './read';
export { categoryFilter, propertyFilter, statusFilter } from './filters';
export type { MailboxSync, SyncChanges, SyncJob, SyncOptions, SyncOutcome } from './sync';
export { deltaStartPath, refreshSync, startSync, syncMailboxes } from './sync';
