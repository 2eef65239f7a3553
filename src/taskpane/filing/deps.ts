/**
 * What a filing needs from the pane that starts it: the read pane's item or
 * the draft being written. A module of its own so that the draft's filing
 * and the filing hook both build on it without importing each other.
 */
import type { FilingJournal } from '../../core/archive/journal';
import type { Lang } from '../../core/model';
import type { ArchiveConnector, FilingProgress } from '../../core/ports';
import type { Profile } from '../../core/profile/types';
import type { FilingChoice, FilingResult } from '../../services/filing';
import type { ItemSnapshot } from '../../services/item-state';

export interface FilingDeps {
  readonly connector: ArchiveConnector;
  readonly profile: Profile;
  readonly lang: Lang;
  /**
   * File the message with the user's choice and mark it: the read pane's
   * item (its state over Graph), or the draft being written (its subject).
   * Resolves `null` when there is nobody to file as.
   */
  readonly file: (
    choice: FilingChoice,
    onProgress: (p: FilingProgress) => void,
    hooks?: FilingHooks,
  ) => Promise<FilingResult | null>;
  /** The item's state after it was marked: the case panel shows it. */
  readonly onSnapshot?: (snapshot: ItemSnapshot) => void;
  /** What filing marks: the item (archived, over Graph) or the draft's subject. */
  readonly marks?: 'item' | 'subject';
}

/** What the pane is told, or asked, while a filing runs. */
export interface FilingHooks {
  /** Another pane is filing the message: this one waits (its journal). */
  readonly onWait?: (theirs: FilingJournal) => void;
  /** Our own attachments with draft markers are filed as under redigering: go on? */
  readonly confirmDrafts?: (names: readonly string[]) => Promise<boolean>;
}
