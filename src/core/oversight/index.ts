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
export { COUNT_KEYS, mailboxOverview, overview, overviewJson, receivedDay } from './overview';
export type { ChartDay, ChartOptions } from './chart';
export { dailyChart } from './chart';
export type { PeriodCheck, PeriodProblem } from './period';
export { MAX_PERIOD_DAYS, checkPeriod } from './period';
export {
  autoReplySettingActive,
  instantOf,
  mailTipAutoReplyActive,
  outOfOfficeToday,
  todayWindow,
} from './absence';
