/**
 * What a filing needs from the pane that starts it: the read pane's item or
 * the draft being written. A module of its own so that the draft's filing,
 * the item's filing and the filing session all build on it without
 * importing each other.
 */
import type { FilingJournal } from '../core/archive/journal';
import type { ArchiveConnector, FilingProgress } from '../core/ports';
import type { Profile } from '../core/profile/types';
import type { FilingChoice, FilingResult } from '../services/filing';
import type { ItemSnapshot } from '../services/item-state';

export interface FilingDeps {
  readonly connector: ArchiveConnector;
  readonly profile: Profile;
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
  /** Tells when the archive's sign-in waits for the user (a consent or sign-in window). */
  readonly signIn?: SignInWatch;
}

/** What the pane is told, or asked, while a filing runs. */
export interface FilingHooks {
  /** Another pane is filing the message: this one waits (its journal). */
  readonly onWait?: (theirs: FilingJournal) => void;
  /** Our own attachments with draft markers are filed as under redigering: go on? */
  readonly confirmDrafts?: (names: readonly string[]) => Promise<boolean>;
}

/** Whether a sign-in window is open for the user, as it opens and closes. */
export interface SignInWatch {
  /** Listen; returns the function that stops listening. */
  subscribe(listener: (waiting: boolean) => void): () => void;
}
