/**
 * What the steps of a Noark 5 filing share: the settings and context they
 * are taken in, what a step gives the next, and the journal's record of
 * what was made (noted, and read again where it is).
 */
import type { FilingJournalPort, JournalEntry } from '../../../core/archive/journal';
import type { Clock } from '../../../core/model';
import type { ArchiveDocument, FilingRequest } from '../../../core/ports';
import { ArchiveFailure } from '../errors';
import type { Entity, NoarkApi } from './api';

export type DocumentType = FilingRequest['documentType'];

export interface FilingSettings {
  readonly chunkSize: number;
  /** Largest file sent in one request (already limited by the archive's bulkgrense). */
  readonly singleLimit: number;
  /** eksternSystem of the external id. */
  readonly externalSystem: string;
  readonly journalstatus: Readonly<Record<DocumentType, string>>;
  /** The saksdato of a new case. */
  readonly clock: Clock;
}

export interface FilingContext {
  readonly api: NoarkApi;
  readonly settings: FilingSettings;
  /** The arkivdel new cases go into. */
  readonly arkivdel: () => Promise<Entity>;
  /** A case by its systemID. */
  readonly existingCase: (id: string) => Promise<Entity>;
  /** The filing journal: the item's (any pane), or one in memory. */
  readonly journal: FilingJournalPort;
}

/** What a step gives the next: the case, or the record. */
export interface Step {
  readonly entity: Entity;
  /** Made by this attempt just now: nothing below it exists yet. */
  readonly fresh: boolean;
  /** Made by this filing (now or by an earlier attempt the journal knows): its children are journaled. */
  readonly ours: boolean;
}

/** The message itself (the .eml), not an attachment. */
export function isMain(d: ArchiveDocument, index: number): boolean {
  return index === 0 && d.role === 'main';
}

/** Record an entry of what was made: with the next write where the journal can wait. */
export function noteMade(journal: FilingJournalPort, entry: JournalEntry): void {
  if (journal.defer) journal.defer(entry);
  else void journal.note(entry).catch(() => undefined);
}

/** What the journal says was made, read where it is; gone is reported, never made again here. */
export async function readMade(api: NoarkApi, entry: JournalEntry, what: string): Promise<Entity> {
  const made = entry.made as NonNullable<JournalEntry['made']>;
  try {
    if (made.href === undefined) throw new ArchiveFailure('not-found', `${what} without href`);
    return await api.read(made.href);
  } catch (e) {
    if (!(e instanceof ArchiveFailure) || e.kind !== 'not-found') throw e;
    const name = `${what} ${made.ref ?? made.id}`;
    throw new ArchiveFailure('not-found', `${name}, made by this filing, is gone: ${e.detail}`, {
      status: e.status,
      reason: 'deleted',
      params: { what: name },
    });
  }
}
