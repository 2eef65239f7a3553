/**
 * A document's file onto its dokumentobjekt (the `…/arkivstruktur/fil/`
 * relation), as the standard's "Hente og overføre filer" says: in one POST
 * up to a limit, else in chunks (a POST with X-Upload-Content-Type and
 * X-Upload-Content-Length answers a Location; each chunk is a PUT there with
 * Content-Range; the last answers 201 and the dokumentobjekt), sent by the
 * one resumable upload (services/http).
 *
 * At most one chunk (or the one-piece file, up to the limit) is in memory.
 * Sending a chunk again is harmless (the archive answers where it stands),
 * and so is a file sent again onto the same dokumentobjekt (409: it has its
 * file already): the connector then reads the dokumentobjekt to see.
 */
import type { ArchiveDocument } from '../../../core/ports';
import { uploadRanges } from '../../http';
import type { RangeAnswer, RangeSession } from '../../http';
import { requireHref } from './api';
import type { Entity, Json, NoarkApi } from './api';
import { changed, whole } from '../documents';
import { ArchiveFailure, failureFromAnswer } from '../errors';

export interface UploadPlan {
  readonly objekt: Entity;
  readonly document: ArchiveDocument;
  readonly mimeType: string;
  /** The size measured while hashing. */
  readonly size: number;
  /** Largest file sent in one request. */
  readonly singleLimit: number;
  readonly chunkSize: number;
  /** Bytes the archive acknowledged, as they are (fewer again when an upload starts over). */
  readonly onBytes: (n: number) => void;
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

/** The bytes a chunk's answer says the archive holds (`Range: 0-<last>`), or null. */
function held(headers: Headers): number | null {
  const m = /^\s*(?:bytes[ =])?0-(\d+)\s*$/.exec(headers.get('Range') ?? '');
  return m ? Number(m[1]) + 1 : null;
}

/**
 * The chunked upload at `location` as the upload helper speaks to it: each
 * answer moves the Location on and says what the archive holds; a chunk out
 * of place is answered 400 with where it stands; 404, the upload is gone.
 */
function noarkSession(api: NoarkApi, start: string, p: UploadPlan): RangeSession<Json> {
  let location = start;
  return {
    async put(range, from, total): Promise<RangeAnswer<Json>> {
      const to = from + range.length - 1;
      const url = location;
      const a = await api.http.send({
        method: 'PUT',
        url,
        bytes: range,
        headers: { 'Content-Type': p.mimeType, 'Content-Range': `${from}-${to}/${total}` },
        repeatable: true,
        accept: [400, 404],
      });
      if (a.status === 404) return { kind: 'gone' };
      if (a.location !== null) location = new URL(a.location, url).href;
      const has = held(a.headers);
      if (a.status === 400) {
        // Out of place: the archive says where it stands (nothing yet: no Range, but a Location).
        if (has === null && a.location === null) {
          throw failureFromAnswer(
            'PUT',
            url,
            400,
            a.headers,
            a.json,
            api.http.policy.clock.now().getTime(),
          );
        }
        return { kind: 'next', at: has ?? 0 };
      }
      if (a.status === 201) {
        return { kind: 'done', value: a.json ?? (await api.read(p.objekt.self)).json };
      }
      return { kind: 'next', at: has ?? to + 1 };
    },
  };
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
  let reported = 0;
  const end = await uploadRanges({
    document: p.document,
    size: p.size,
    rangeSize: p.chunkSize,
    session: noarkSession(api, new URL(start.location, url).href, p),
    onBytes: (n) => {
      p.onBytes(n - reported);
      reported = n;
    },
    changed: () => changed(p.document),
  });
  if (end.kind === 'done') return end.value;
  // The upload is gone: it landed (the last answer was lost), or the archive dropped it.
  const objekt = (await api.read(p.objekt.self)).json;
  if (typeof objekt['referanseDokumentfil'] === 'string' || again) return objekt;
  p.onBytes(-reported);
  return chunked(api, url, p, true);
}
