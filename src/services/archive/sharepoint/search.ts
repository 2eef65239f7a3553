/**
 * Looking in the library: cases by number (the case-number column) or by
 * title words (the folders' names), and whether a message is filed already
 * (its .eml with the number of attachments, and that many attachments).
 */
import { normaliseCaseNumber } from '../../../core/archive/case-number';
import type { ArchiveCase, FiledRecord } from '../../../core/ports';
import { guard } from './failures';
import type { LibraryClient } from './library';
import { odataString } from '../../odata';
import { toCase } from './names';
import { SHAREPOINT_COLUMNS as C } from './shapes';
import type { DriveItem } from './shapes';

const enc = encodeURIComponent;

/** The most cases a search shows. */
export const SEARCH_RESULTS = 25;

export function searchCases(lc: LibraryClient, query: string): Promise<readonly ArchiveCase[]> {
  return guard(async () => {
    const q = query.replace(/\s+/g, ' ').trim();
    if (q === '') return [];
    const lib = await lc.resolve();
    const number = normaliseCaseNumber(q);
    if (number !== null) {
      const items = await lc.itemsWhere(lib, C.caseNumber, number, true);
      const folders = items.filter((i) => i.driveItem?.folder !== undefined);
      if (folders.length > 0) {
        return folders.map((i) => toCase(i.driveItem as DriveItem, i.fields));
      }
    }
    // Title words, or a number no folder has in its column: the folders' names.
    const words = number !== null ? number.replace('/', '-') : q;
    const found = await lc.all<DriveItem>(
      `/drives/${enc(lib.driveId)}/root/search(q=${enc(odataString(words))})`,
    );
    return found
      .filter((i) => i.folder !== undefined && i.parentReference?.id === lib.rootId)
      .map((i) => toCase(i))
      .filter((c) => c.number !== '' && (number === null || c.number === number))
      .sort((a, b) => b.number.localeCompare(a.number, 'en', { numeric: true }))
      .slice(0, SEARCH_RESULTS);
  });
}

export function findFiled(lc: LibraryClient, messageId: string): Promise<FiledRecord | null> {
  return guard(async () => {
    const items = await lc.ofMessage(await lc.resolve(), messageId);
    const files = items.filter((i) => i.driveItem?.file !== undefined);
    const main = files.find((i) => typeof i.fields?.[C.attachments] === 'number');
    const ref = main?.fields?.[C.documentNumber];
    if (!main || typeof ref !== 'string') return null;
    const attachments = files.filter(
      (i) => i !== main && i.fields?.[C.documentNumber] === ref,
    ).length;
    const fingerprint = main.fields?.[C.fingerprint];
    return attachments >= (main.fields?.[C.attachments] as number)
      ? { reference: ref, fingerprint: typeof fingerprint === 'string' ? fingerprint : null }
      : null;
  });
}
