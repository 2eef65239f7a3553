/**
 * A document's bytes as a connector sends them: whole, or a failure when
 * they are not what their checksum was computed over. Shared by the Noark 5
 * and SharePoint connectors.
 */
import type { ArchiveDocument } from '../../core/ports';
import { readWhole } from '../http';
import { ArchiveFailure } from './errors';

/** The document gave other bytes when read again (a checksum failure). */
export function changed(document: ArchiveDocument): ArchiveFailure {
  return new ArchiveFailure(
    'unknown',
    `${document.name} gave other bytes when read again than when its checksum was computed`,
    { reason: 'checksum' },
  );
}

/** The document in one piece of `size` bytes; `changed` when it is not that. */
export async function whole(document: ArchiveDocument, size: number): Promise<Uint8Array> {
  const bytes = await readWhole(document, size);
  if (bytes === null) throw changed(document);
  return bytes;
}
