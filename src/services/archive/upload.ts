/**
 * A document's file onto its dokumentobjekt (the `…/arkivstruktur/fil/`
 * relation), as the standard's "Hente og overføre filer" says: in one POST
 * up to a limit, else in chunks (a POST with X-Upload-Content-Type and
 * X-Upload-Content-Length answers a Location; each chunk is a PUT there with
 * Content-Range; the last answers 201 and the dokumentobjekt).
 *
 * At most one chunk (or the one-piece file, up to the limit) is in memory.
 * Sending a chunk again is harmless (the archive answers the same Location),
 * and so is a file sent again onto the same dokumentobjekt (409: it has its
 * file already): the connector then reads the dokumentobjekt to see.
 */
import type { ArchiveDocument } from '../../core/ports';
import { requireHref } from './api';
import type { Entity, Json, NoarkApi } from './api';
import { ArchiveFailure } from './errors';

export interface UploadPlan {
  readonly objekt: Entity;
  readonly document: ArchiveDocument;
  readonly mimeType: string;
  /** The size measured while hashing. */
  readonly size: number;
  /** Largest file sent in one request. */
  readonly singleLimit: number;
  readonly chunkSize: number;
  /** Bytes the archive acknowledged, as they are. */
  readonly onBytes: (n: number) => void;
}

/** The document in pieces of `size` bytes (the last one shorter). */
export async function* pieces(document: ArchiveDocument, size: number): AsyncGenerator<Uint8Array> {
  let buffer = new Uint8Array(size);
  let filled = 0;
  for await (const chunk of document.chunks()) {
    let offset = 0;
    while (offset < chunk.length) {
      const n = Math.min(size - filled, chunk.length - offset);
      buffer.set(chunk.subarray(offset, offset + n), filled);
      filled += n;
      offset += n;
      if (filled === size) {
        yield buffer;
        buffer = new Uint8Array(size);
        filled = 0;
      }
    }
  }
  if (filled > 0) yield buffer.subarray(0, filled);
}

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
  let result: Uint8Array | null = null;
  for await (const piece of pieces(document, size)) {
    if (result !== null) throw changed(document);
    result = piece;
  }
  if (result === null || result.length !== size) throw changed(document);
  return result;
}

function disposition(name: string): string {
  return `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Send the file; the dokumentobjekt as the archive answers afterwards (the
 * caller checks its sjekksum and filstoerrelse).
 */
export async function uploadFile(api: NoarkApi, p: UploadPlan): Promise<Json> {
  const url = requireHref(p.objekt.json, 'arkivstruktur/fil/');
  if (p.size <= p.singleLimit) {
    const a = await api.http.send({
      method: 'POST',
      url,
      bytes: await whole(p.document, p.size),
      headers: { 'Content-Type': p.mimeType, 'Content-Disposition': disposition(p.document.name) },
      repeatable: true,
      // 409: it landed before (an answer lost); 403/413: too large in one piece after all.
      accept: [403, 409, 413],
    });
    if (a.status === 409) return (await api.read(p.objekt.self)).json;
    if (a.status < 400) {
      p.onBytes(p.size);
      return a.json ?? (await api.read(p.objekt.self)).json;
    }
  }
  return chunked(api, url, p);
}

async function chunked(api: NoarkApi, url: string, p: UploadPlan, again = false): Promise<Json> {
  const start = await api.http.send({
    method: 'POST',
    url,
    headers: {
      'X-Upload-Content-Type': p.mimeType,
      'X-Upload-Content-Length': String(p.size),
      'Content-Disposition': disposition(p.document.name),
    },
    repeatable: true,
    accept: [409],
  });
  if (start.status === 409) return (await api.read(p.objekt.self)).json;
  if (start.location === null) {
    throw new ArchiveFailure('unknown', `POST ${url} started no upload (no Location)`, {
      status: start.status,
    });
  }
  let location = new URL(start.location, url).href;
  let from = 0;
  let sent = 0;
  for await (const piece of pieces(p.document, p.chunkSize)) {
    const to = from + piece.length - 1;
    if (to >= p.size) throw changed(p.document);
    const a = await api.http.send({
      method: 'PUT',
      url: location,
      bytes: piece,
      headers: { 'Content-Type': p.mimeType, 'Content-Range': `${from}-${to}/${p.size}` },
      repeatable: true,
      accept: [404],
    });
    if (a.status === 404) {
      // The upload is gone: it landed (the last answer was lost), or the archive dropped it.
      const objekt = (await api.read(p.objekt.self)).json;
      if (typeof objekt['referanseDokumentfil'] === 'string' || again) return objekt;
      p.onBytes(-sent);
      return chunked(api, url, p, true);
    }
    from = to + 1;
    sent += piece.length;
    p.onBytes(piece.length);
    if (a.status === 201) return a.json ?? (await api.read(p.objekt.self)).json;
    if (a.location !== null) location = new URL(a.location, location).href;
  }
  if (from !== p.size) throw changed(p.document);
  return (await api.read(p.objekt.self)).json;
}
