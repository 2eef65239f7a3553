/**
 * The filing journal as a connector sees it (./journal keeps it on the
 * message): a module of its own, so that core's ports name it without
 * importing the journal, which builds on the ports.
 */

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

/**
 * The journal as a connector sees it during one attempt: the steps an
 * earlier attempt recorded, and a way to record this one's. `note`
 * resolves once the entry is stored on the item; when it cannot be
 * stored it rejects, and the connector does not take the step.
 */
export interface FilingJournalPort {
  get(step: string): JournalEntry | undefined;
  note(entry: JournalEntry): Promise<void>;
  /**
   * Optional: record an entry with the next `note` (or when the filing
   * ends), not in a write of its own. For what was made, never for what is
   * about to be: a `made` that is lost leaves the step's `key`, by which
   * the next attempt looks it up.
   */
  defer?(entry: JournalEntry): void;
}
