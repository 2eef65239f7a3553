/**
 * What the archive needs to know about each file, in the library's
 * columns: case and document number, document type, restriction, sender,
 * date, Message-ID (and fingerprint) on every file; on the .eml last, the
 * number of attachments, which makes the record complete. Written with
 * If-Match and confirmed by the answer.
 */
import { restrictionText } from '../../../core/archive/restrictions';
import type { ArchiveDocument, FilingRequest } from '../../../core/ports';
import { ArchiveFailure } from '../errors';
import { is } from './failures';
import type { LibraryClient } from './library';
import { caseNumber, reference, text } from './names';
import { SHAREPOINT_COLUMNS as C } from './shapes';
import type { CaseFolder, DriveItem, Fields, Library, ListItem } from './shapes';

/** What a file must have in its columns (null: empty). */
export type Wanted = Readonly<Record<string, string | number | null>>;

/**
 * The columns of file `index` (the .eml is 0) of document number `n`;
 * `last`: with the number of attachments (written on the .eml last).
 */
export function wanted(
  lib: Library,
  r: FilingRequest,
  documents: readonly ArchiveDocument[],
  at: { readonly theCase: CaseFolder; readonly n: number; readonly index: number },
  last: boolean,
): Wanted {
  const { theCase, n, index } = at;
  const doc = documents[index] as ArchiveDocument;
  const sender = r.parties.find((p) => p.role === 'sender');
  const ms = Date.parse(r.date);
  return {
    Title: text(index === 0 ? r.title : doc.name),
    [C.caseNumber]: caseNumber(theCase),
    [C.documentNumber]: reference(theCase, n),
    [C.documentType]: r.documentType,
    [C.restriction]: r.restriction
      ? text(restrictionText({ code: r.restriction.code, basis: r.restriction.basis, label: '' }))
      : null,
    [C.sender]: sender
      ? text(
          sender.name.trim() !== '' ? `${sender.name.trim()} <${sender.address}>` : sender.address,
        )
      : null,
    // SharePoint keeps a date and time to the second: a draft's "now" has milliseconds.
    [C.received]: Number.isNaN(ms)
      ? null
      : new Date(ms - (((ms % 1000) + 1000) % 1000)).toISOString(),
    [C.messageId]: text(r.messageId),
    // On every file, so that each tells which message it is of.
    ...(lib.fingerprint && r.fingerprint !== undefined
      ? { [C.fingerprint]: text(r.fingerprint) }
      : {}),
    ...(last ? { [C.attachments]: documents.length - 1 } : {}),
  };
}

/** The columns hold what is wanted (an empty column is absent or null). */
export function matches(fields: Fields, want: Wanted): boolean {
  return Object.entries(want).every(([k, v]) => {
    const have = fields[k];
    if (v === null) return have === undefined || have === null || have === '';
    if (k === C.received && typeof v === 'string' && typeof have === 'string') {
      return Math.floor(Date.parse(have) / 1000) === Math.floor(Date.parse(v) / 1000);
    }
    return have === v;
  });
}

/** The item's columns say `want`: read, written with If-Match, confirmed by the answer. */
export async function ensureFields(
  lc: LibraryClient,
  lib: Library,
  item: DriveItem,
  want: Wanted,
  byId: ReadonlyMap<string, ListItem>,
): Promise<void> {
  const path = `/drives/${encodeURIComponent(lib.driveId)}/items/${encodeURIComponent(item.id)}/listItem`;
  const known = byId.get(item.id);
  let current =
    known?.fields !== undefined ? { fields: known.fields, eTag: known.eTag ?? item.eTag } : null;
  for (let i = 0; i < 3; i++) {
    if (current === null) {
      const li = await lc.get<ListItem>(`${path}?$expand=fields`);
      current = { fields: li.fields ?? {}, eTag: li.eTag };
    }
    if (matches(current.fields, want)) return;
    try {
      const answer = await lc.graph.request<Fields>('PATCH', `${path}/fields`, {
        body: want,
        ...(current.eTag !== undefined ? { headers: { 'If-Match': current.eTag } } : {}),
      });
      if (matches(answer.value, want)) return;
    } catch (e) {
      // Changed meanwhile (or our own change, repeated after a lost answer): read again.
      if (!is(e, 412)) throw e;
    }
    current = null;
  }
  throw new ArchiveFailure('conflict', `the columns of ${item.name} did not take`);
}
