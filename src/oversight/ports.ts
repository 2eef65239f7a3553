/**
 * What the oversight page gets from its composition root (index.tsx, or a
 * test): the use cases of src/app/oversight bound to a signed-in Graph, and
 * how a message is opened (through the pane in an Office dialog, or Outlook
 * on the web's link in a browser tab). Components never touch Office.
 */
import type { Clock, Lang } from '../core/model';
import type { Profile } from '../core/profile/types';
import type { ItemState, Person } from '../core/state/types';
import type {
  AbsenceReport,
  LogReviewRequest,
  LogReviewResult,
  OverviewRefresh,
  OverviewResult,
  OverviewSession,
} from '../app/oversight';

export interface OversightPorts {
  readonly lang: Lang;
  readonly profile: Profile;
  readonly clock: Clock;
  /** The function mailboxes the page oversees (from its URL, else the profile's). */
  readonly mailboxes: readonly string[];
  /** The first read of every mailbox (a delta round each, batched). */
  startOverview(): Promise<OverviewSession>;
  /** The changes since `session`, by each mailbox's deltaLink. */
  refreshOverview(session: OverviewSession): Promise<OverviewRefresh>;
  runLogReview(req: LogReviewRequest): Promise<LogReviewResult>;
  /** Absence, for the overview's items already read. */
  findAbsence(overview: OverviewResult): Promise<AbsenceReport>;
  /** The members of a function mailbox (its access group), to reassign to. */
  members(mailbox: string): Promise<Person[]>;
  reassign(req: { mailbox: string; itemId: string; to: Person }): Promise<ItemState>;
  /**
   * Open a message in Outlook. In an Office dialog the pane opens it
   * (displayMessageForm); in a browser tab, `link` is Outlook on the web's
   * address and the grid shows it as a link instead.
   */
  readonly open:
    | { readonly kind: 'pane'; openMessage(restId: string, mailbox: string): void }
    | { readonly kind: 'link'; link(restId: string, mailbox: string): string };
}
