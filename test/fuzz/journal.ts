/**
 * A filing journal kept beside the message, for as long as `fileMessage`
 * keeps none on the item itself: one per message (by its item id), living
 * as long as the mailbox does, so that a newly opened pane finds what the
 * last one recorded, as it will on the item. Every connector gets it as
 * the third argument of `file`; those that do not read it ignore it.
 */
import type { FilingJournalPort, JournalEntry } from '../../src/core/archive/journal';
import type { ArchiveConnector } from '../../src/core/ports';

export class MemoryJournal implements FilingJournalPort {
  /** The latest entry of each step, in the order the steps were first taken. */
  readonly steps = new Map<string, JournalEntry>();

  get(step: string): JournalEntry | undefined {
    return this.steps.get(step);
  }

  note(entry: JournalEntry): Promise<void> {
    this.steps.set(entry.step, entry);
    return Promise.resolve();
  }
}

/** The connector, filing with this journal whenever it is asked to file. */
export function journalled(
  connector: ArchiveConnector,
  journal: FilingJournalPort,
): ArchiveConnector {
  return {
    kind: connector.kind,
    searchCases: (q) => connector.searchCases(q),
    findFiled: (id) => connector.findFiled(id),
    file: (request, onProgress) => connector.file(request, onProgress, journal),
  };
}
