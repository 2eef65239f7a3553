/**
 * Oversight (R21–R23), React-free: the function mailboxes' overview, the
 * log reviewed against the journal, absence and reassignment. The page
 * (src/oversight) and the command line (src/cli) are built on these.
 */
export type { OversightDeps } from './deps';
export { calendarOf } from './deps';
export type { MailboxLoad, OverviewResult } from './overview';
export { loadOverview } from './overview';
export type { MailboxRefresh, OverviewRefresh, OverviewSession } from './session';
export { OverviewRefreshFailed, refreshOverview, startOverview } from './session';
export type { ChartDay, ChartOptions } from '../../core/oversight/chart';
export { dailyChart } from '../../core/oversight/chart';
export type {
  LogReviewDeps,
  LogReviewRequest,
  LogReviewResult,
  TraceRefusal,
  TraceUnavailable,
} from './log-review';
export { PeriodError, runLogReview } from './log-review';
export { MAX_PERIOD_DAYS, checkPeriod } from '../../core/oversight/period';
export type { PeriodCheck, PeriodProblem } from '../../core/oversight/period';
export type { AbsenceDeps, AbsenceReport, AbsentMember } from './absence';
export { findAbsence } from './absence';
export type { ReassignRequest } from './reassign';
export { ReassignConflict, ReassignRefused, reassign } from './reassign';
export type { DigestDeps, DigestReport } from './digest';
export { NoDigestSender, sendDigests } from './digest';
