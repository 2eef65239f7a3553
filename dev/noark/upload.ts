/**
 * Receiving files as the standard's "Hente og overføre filer" describes:
 *
 * - small files: one POST to the dokumentobjekt's `…/referanseFil` (the
 *   relation https://rel.arkivverket.no/noark5/v5/api/arkivstruktur/fil/)
 *   with the bytes, `Content-Type` and `Content-Length` → 201 and the
 *   dokumentobjekt; larger than `bulkgrense` → 403 (use chunks);
 * - large files: a POST with `Content-Length: 0`, `X-Upload-Content-Type` and
 *   `X-Upload-Content-Length` → 200 and a `Location` for the first chunk;
 *   each chunk is a PUT to the last `Location` with
 *   `Content-Range: <first>-<last>/<total>` → 200, the next `Location` and
 *   `Range: 0-<last received>`; the last chunk → 201 and the dokumentobjekt.
 *
 * Bytes go straight to a file under `.uploads/` while SHA-256 is computed,
 * so a request never holds more than the chunk the network hands over. When
 * the file is complete, what the dokumentobjekt said before (filstoerrelse,
 * sjekksum, mimeType) must match, else 400 and the file is dropped.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatForMime } from './codes';
import { NoarkError, badRequest, conflict, notFound, tooLarge } from './errors';
import type { Entity, NoarkStore } from './store';

/** A request body read chunk by chunk, never whole. */
export interface BodySource {
  readonly chunks: AsyncIterable<Uint8Array>;
  /** From Content-Length, when the request says. */
  readonly length: number | null;
}

/** Write a body to a file (appending or not), hashing it; at most `limit` bytes. */
export async function receive(
  body: BodySource,
  path: string,
  append: boolean,
  limit: number,
  hash: Hash,
): Promise<number> {
  if (body.length !== null && body.length > limit) throw tooLarge(limit);
  const out = createWriteStream(path, { flags: append ? 'a' : 'w' });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  let size = 0;
  try {
    for await (const chunk of body.chunks) {
      size += chunk.length;
      if (size > limit) throw tooLarge(limit);
      hash.update(chunk);
      if (!out.write(chunk)) {
        await Promise.race([new Promise<void>((ok) => out.once('drain', () => ok())), failed]);
      }
    }
  } finally {
    await Promise.race([new Promise<void>((ok) => out.end(ok)), failed]);
  }
  return size;
}

/** `filename*=UTF-8''…` or `filename="…"` of a Content-Disposition header. */
export function dispositionName(header: string | undefined): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star) {
    try {
      return decodeURIComponent((star[1] as string).trim());
    } catch {
      return null;
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/.exec(header);
  if (!plain) return null;
  return (plain[1] ?? plain[2] ?? '').replace(/\\(.)/g, '$1').trim() || null;
}

function baseType(mime: string): string {
  return (mime.split(';')[0] ?? '').trim().toLowerCase();
}

interface Session {
  readonly id: string;
  readonly objectId: string;
  readonly total: number;
  readonly type: string;
  readonly name: string | null;
  readonly path: string;
  /** The hash of the bytes received so far (copied for each chunk, kept when it lands). */
  hash: Hash;
  received: number;
  chunk: number;
  busy: boolean;
}

export interface Landed {
  readonly status: 200 | 201;
  readonly headers: Record<string, string>;
  /** The dokumentobjekt, when the file is complete. */
  readonly entity: Entity | null;
}

/** Parse `Content-Range: 0-524287/2000000` (the standard's form) or with `bytes `. */
function contentRange(header: string | undefined): { lo: number; hi: number; total: number } {
  const m = /^\s*(?:bytes\s+)?(\d+)-(\d+)\/(\d+)\s*$/.exec(header ?? '');
  if (!m) {
    throw badRequest(
      'A chunk needs Content-Range: <first>-<last>/<total> (e.g. 0-524287/2000000).',
    );
  }
  const [lo, hi, total] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (hi < lo || hi >= total) throw badRequest(`Content-Range ${header} is not a valid range.`);
  return { lo, hi, total };
}

export class Uploads {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly store: NoarkStore,
    private readonly maxBody: number,
    private readonly bulkgrense: number,
  ) {}

  list(): { id: string; dokumentobjekt: string; received: number; total: number }[] {
    return [...this.sessions.values()].map((s) => ({
      id: s.id,
      dokumentobjekt: s.objectId,
      received: s.received,
      total: s.total,
    }));
  }

  clear(): void {
    this.sessions.clear();
  }

  private async tmp(): Promise<string> {
    const dir = this.store.uploadsDir();
    await mkdir(dir, { recursive: true });
    return join(dir, `${randomUUID()}.part`);
  }

  /**
   * POST to `…/referanseFil`: a whole file, or (Content-Length 0 with
   * X-Upload-Content-Length) the start of a chunked upload.
   */
  async post(
    obj: Entity,
    headers: Readonly<Record<string, string>>,
    body: BodySource,
    selfHref: string,
    finish: (e: Entity) => void,
  ): Promise<Landed> {
    if (obj.file !== undefined) {
      throw conflict(
        'This dokumentobjekt has its file already; the standard does not allow replacing it (delete the dokumentobjekt and make a new one).',
      );
    }
    const declared = headers['x-upload-content-length'];
    if (declared !== undefined && (body.length === 0 || body.length === null)) {
      return this.start(obj, headers, declared, selfHref);
    }
    const type = headers['content-type'];
    if (!type) throw badRequest('Send the file with its Content-Type.');
    if (body.length !== null && body.length > this.bulkgrense && this.bulkgrense > 0) {
      throw new NoarkError(
        403,
        `The file is larger than bulkgrense (${this.bulkgrense} bytes): upload it in chunks.`,
      );
    }
    const path = await this.tmp();
    const hash = createHash('sha256');
    try {
      const size = await receive(body, path, false, this.maxBody, hash);
      if (size === 0) throw badRequest('The file is empty (filstoerrelse must be at least 1).');
      if (body.length !== null && body.length !== size) {
        throw badRequest(`Content-Length said ${body.length} bytes, ${size} arrived.`);
      }
      const name = dispositionName(headers['content-disposition']);
      this.land(obj, path, size, hash.digest('hex'), type, name);
      finish(obj);
      return { status: 201, headers: {}, entity: obj };
    } finally {
      await rm(path, { force: true });
    }
  }

  private async start(
    obj: Entity,
    headers: Readonly<Record<string, string>>,
    declared: string,
    selfHref: string,
  ): Promise<Landed> {
    if (!/^\d+$/.test(declared) || Number(declared) < 1) {
      throw badRequest('X-Upload-Content-Length must be the file size in bytes (at least 1).');
    }
    const total = Number(declared);
    const type = headers['x-upload-content-type'];
    if (!type) throw badRequest('A chunked upload needs X-Upload-Content-Type.');
    const f = obj.fields;
    if (f['filstoerrelse'] !== undefined && f['filstoerrelse'] !== total) {
      throw badRequest(
        `X-Upload-Content-Length ${total} differs from the dokumentobjekt's filstoerrelse ${String(f['filstoerrelse'])}.`,
      );
    }
    if (typeof f['mimeType'] === 'string' && baseType(f['mimeType']) !== baseType(type)) {
      throw badRequest(
        `X-Upload-Content-Type ${type} differs from the dokumentobjekt's mimeType ${f['mimeType']}.`,
      );
    }
    for (const s of this.sessions.values()) {
      if (s.objectId === obj.systemID) this.drop(s);
    }
    const path = await this.tmp();
    await writeFile(path, '');
    const s: Session = {
      id: randomUUID().replace(/-/g, ''),
      objectId: obj.systemID,
      total,
      type,
      name: dispositionName(headers['content-disposition']),
      path,
      hash: createHash('sha256'),
      received: 0,
      chunk: 1,
      busy: false,
    };
    this.sessions.set(s.id, s);
    return { status: 200, headers: { location: this.location(selfHref, s) }, entity: null };
  }

  private location(selfHref: string, s: Session): string {
    return `${selfHref}?ref=${s.id}-${s.chunk}`;
  }

  private drop(s: Session): void {
    this.sessions.delete(s.id);
    void rm(s.path, { force: true });
  }

  /** PUT `…/referanseFil?ref=…`: one chunk. */
  async put(
    obj: Entity,
    ref: string | null,
    headers: Readonly<Record<string, string>>,
    body: BodySource,
    selfHref: string,
    finish: (e: Entity) => void,
  ): Promise<Landed> {
    const id = (ref ?? '').split('-')[0] ?? '';
    const s = this.sessions.get(id);
    if (!s || s.objectId !== obj.systemID) {
      throw notFound(
        `upload session ${ref ?? '(no ref)'}: start one with a POST carrying X-Upload-Content-Length`,
      );
    }
    if (s.busy) throw conflict('Another chunk of this upload is being received.');
    const { lo, hi, total } = contentRange(headers['content-range']);
    if (total !== s.total) {
      throw badRequest(`Content-Range says ${total} bytes in all; the upload declared ${s.total}.`);
    }
    const progress = (): Record<string, string> => ({
      location: this.location(selfHref, s),
      ...(s.received > 0 ? { range: `0-${s.received - 1}` } : {}),
    });
    if (hi < s.received) {
      // A chunk sent again after its answer was lost: already here.
      return { status: 200, headers: progress(), entity: null };
    }
    if (lo !== s.received) {
      throw new NoarkError(
        400,
        `This chunk starts at ${lo}; the next byte expected is ${s.received}.`,
        progress(),
      );
    }
    const want = hi - lo + 1;
    s.busy = true;
    const hash = s.hash.copy();
    try {
      const size = await receive(body, s.path, true, Math.min(this.maxBody, want), hash);
      if (size !== want) {
        throw badRequest(`Content-Range ${lo}-${hi} is ${want} bytes; ${size} arrived.`);
      }
    } catch (e) {
      await truncate(s.path, s.received).catch(() => undefined);
      s.busy = false;
      if (e instanceof NoarkError && e.status === 413 && want <= this.maxBody) {
        throw badRequest(`Content-Range ${lo}-${hi} is ${want} bytes; more arrived.`);
      }
      throw e;
    }
    s.hash = hash;
    s.received = hi + 1;
    s.chunk += 1;
    s.busy = false;
    if (s.received < s.total) return { status: 200, headers: progress(), entity: null };
    this.sessions.delete(s.id);
    try {
      this.land(obj, s.path, s.total, s.hash.digest('hex'), s.type, s.name);
      finish(obj);
    } finally {
      await rm(s.path, { force: true });
    }
    return { status: 201, headers: { range: `0-${s.total - 1}` }, entity: obj };
  }

  /** Check the file against what the dokumentobjekt said, then store it and fill in the rest. */
  private land(
    obj: Entity,
    path: string,
    size: number,
    sha256: string,
    type: string,
    name: string | null,
  ): void {
    const f = obj.fields;
    const wrong: string[] = [];
    if (f['filstoerrelse'] !== undefined && f['filstoerrelse'] !== size) {
      wrong.push(`filstoerrelse is ${String(f['filstoerrelse'])}, the file has ${size} bytes`);
    }
    if (f['sjekksum'] !== undefined && f['sjekksum'] !== sha256) {
      wrong.push(`sjekksum is ${String(f['sjekksum'])}, the file's SHA-256 is ${sha256}`);
    }
    if (typeof f['mimeType'] === 'string' && baseType(f['mimeType']) !== baseType(type)) {
      wrong.push(`mimeType is ${f['mimeType']}, the file came as ${type}`);
    }
    if (wrong.length > 0) {
      throw badRequest(`The file does not match the dokumentobjekt: ${wrong.join('; ')}.`);
    }
    const mime = typeof f['mimeType'] === 'string' ? f['mimeType'] : baseType(type);
    const filnavn = typeof f['filnavn'] === 'string' ? f['filnavn'] : (name ?? 'dokument');
    obj.fields = {
      ...f,
      filnavn,
      mimeType: mime,
      filstoerrelse: size,
      sjekksum: sha256,
      sjekksumAlgoritme: 'SHA-256',
      format: f['format'] ?? formatForMime(mime),
    };
    this.store.attachFile(obj, path, filnavn);
  }
}
