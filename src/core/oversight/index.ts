/** The supervisor's overview of a function mailbox (R21). Pure: no clock, no Graph. */
export type {
  AgedRow,
  MailboxOverview,
  Overview,
  OverviewCounts,
  OverviewItem,
  OverviewOptions,
  OverviewRow,
  Workload,
} from './overview';
export { mailboxOverview, overview, overviewJson, receivedDay } from './overview';
