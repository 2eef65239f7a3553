/**
 * The filing journal (R5, R26): what a filing is about to make in an
 * archive, and what it made, written on the message itself (an extended
 * property of Arkivpost's) before and after each step that creates
 * something. Any pane, in any Outlook, reads it and takes the filing up
 * where the last one stopped; a step recorded as "about to be made" but
 * not as "made" is looked up with its key, and a lookup that fails is
 * retried or reported, never taken as "not there".
 *
 * A connector names its own steps ("case", "record", "document:2",
 * "forward", "folder", …); this module only keeps them.
 */
import type { FilingRequest } from '../ports';

export const JOURNAL_VERSION = 1;

/** One step of a filing as the journal holds it. */
export interface JournalEntry {
  /** The connector's name for the step: "case", "record", "document:2", "forward". */
  readonly step: string;
  /**
   * Written before the step: what is about to be made, as the connector
   * will look for it again (a title and date, a claimed number, a
   * Message-ID). Strings only.
   */
  readonly key?: Readonly<Record<string, string>>;
  /** Written after the step: what the archive made (its id, the number people use, its address). */
  readonly made?: {
    readonly id: string;
    readonly ref?: string;
    readonly href?: string;
  };
  /** The archive confirmed it (a document's bytes by size and checksum). */
  readonly confirmed?: boolean;
}

/** Who a message is: more than its Message-ID (see ./identity). */
export interface MessageIdentity {
  /** The Internet-Message-ID as the header gives it (or a stand-in when there is none). */
  readonly messageId: string;
  /** SHA-256 (hex) over what makes the message this message (./identity messageFingerprint). */
  readonly fingerprint: string;
  /** The external id the archive records: the Message-ID, or one derived from it and the fingerprint. */
  readonly externalId: string;
}

/** What the user chose in the form, so that a later pane can finish without it. */
export interface JournalChoice {
  readonly case: FilingRequest['case'];
  readonly documentType: FilingRequest['documentType'];
  readonly title: string;
  readonly restriction?: FilingRequest['restriction'];
  readonly attachments: readonly { readonly name: string; readonly occurrence: number }[];
}

export interface FilingJournal {
  readonly v: typeof JOURNAL_VERSION;
  readonly connector: 'noark5' | 'registry-mailbox' | 'sharepoint';
  readonly identity: MessageIdentity;
  readonly choice: JournalChoice;
  /** When the filing began (ISO instant) and by whom (an address). */
  readonly started: string;
  readonly by: string;
  /** The latest entry of each step, in the order the steps were first taken. */
  readonly steps: readonly JournalEntry[];
}

/**
 * The journal as a connector sees it during one attempt: the steps an
 * earlier attempt recorded, and a way to record this one's. `note`
 * resolves once the entry is stored on the item; when it cannot be
 * stored it rejects, and the connector does not take the step.
 */
export interface FilingJournalPort {
  get(step: string): JournalEntry | undefined;
  note(entry: JournalEntry): Promise<void>;
}
