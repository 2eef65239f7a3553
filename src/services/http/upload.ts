/**
 * One resumable upload of a file in ranges, for every session-style upload
 * Arkivpost does: Graph's createUploadSession (mail attachments, SharePoint
 * files: each answer names the `nextExpectedRanges`, the session's URL
 * tells where it stands) and the Noark 5 chunked upload (each chunk a PUT
 * with Content-Range to the last Location). The protocol's side is a
 * RangeSession; this side reads the file range by range (never more than a
 * range in memory, none copied when the file's bytes are in memory already),
 * follows where the session says it stands, and, when a range's answer was
 * lost, asks the session where it stands and goes on from there.
 */
import type { ArchiveDocument } from '../../core/ports';

/** What the session said to a range, or when asked where it stands. */
export type RangeAnswer<T> =
  /** It holds the bytes before `at` and wants the rest from there. */
  | { readonly kind: 'next'; readonly at: number }
  /** The file is complete: what the server made of it. */
  | { readonly kind: 'done'; readonly value: T }
  /** No such session (expired, dropped, or finished with its last answer lost). */
  | { readonly kind: 'gone' }
  /** The answer was lost (or the range refused as out of place): ask where it stands. */
  | { readonly kind: 'unknown'; readonly cause: unknown };

export interface RangeSession<T> {
  /** Bytes `start` … `start + range.length - 1` of `total`. */
  put(range: Uint8Array, start: number, total: number): Promise<RangeAnswer<T>>;
  /** Where the session stands, where the protocol can say. */
  where?(): Promise<RangeAnswer<T>>;
}

export interface RangeUpload<T> {
  readonly document: ArchiveDocument;
  /** The size measured while hashing: what the session was told. */
  readonly size: number;
  readonly rangeSize: number;
  readonly session: RangeSession<T>;
  /** Where the session stands already (a session taken up again). */
  readonly from?: number;
  /** Bytes the session holds, as it says; after a resume it may be fewer than before. */
  readonly onBytes?: (held: number) => void;
  /** The failure for a file that gives other bytes than `size` when read again. */
  readonly changed: () => Error;
}

/**
 * How often in a row the session may be asked where it stands without its
 * holding more since: each range has had its own repeats already.
 */
const MAX_STALLS = 1;

/** The document's bytes from `from` on, in pieces of `size` (the last one shorter). */
export async function* pieces(
  document: ArchiveDocument,
  size: number,
  from = 0,
): AsyncGenerator<Uint8Array> {
  const bytes = document.bytes;
  if (bytes !== undefined) {
    for (let at = from; at < bytes.length; at += size) {
      yield bytes.subarray(at, Math.min(bytes.length, at + size));
    }
    return;
  }
  let buffer = new Uint8Array(size);
  let filled = 0;
  let skip = from;
  for await (const read of document.chunks()) {
    let chunk = read;
    if (skip > 0) {
      const n = Math.min(skip, chunk.length);
      skip -= n;
      chunk = chunk.subarray(n);
    }
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

/** The document in one piece when it has exactly `size` bytes; null when it has not. */
export async function readWhole(
  document: ArchiveDocument,
  size: number,
): Promise<Uint8Array | null> {
  if (document.bytes !== undefined) return document.bytes.length === size ? document.bytes : null;
  let result: Uint8Array | null = null;
  for await (const piece of pieces(document, Math.max(1, size))) {
    if (result !== null) return null;
    result = piece;
  }
  return (result ?? new Uint8Array(0)).length === size ? result : null;
}

/**
 * Send the document to the session, range by range, from where it stands.
 * Resolves with `done` (the server's answer to the last range) or `gone`
 * (the session went away: the caller looks whether the file landed, or
 * starts a new one).
 */
export async function uploadRanges<T>(
  o: RangeUpload<T>,
): Promise<Extract<RangeAnswer<T>, { kind: 'done' | 'gone' }>> {
  let at = o.from ?? 0;
  let stalls = 0;
  if (at > 0) o.onBytes?.(at);
  for (;;) {
    let answer: RangeAnswer<T> | null = null;
    let sent = at;
    let ended = true;
    for await (const range of pieces(o.document, o.rangeSize, at)) {
      const end = sent + range.length;
      // Only the last range may be short; none may go past the size.
      if (end > o.size || (range.length < o.rangeSize && end !== o.size)) throw o.changed();
      answer = await o.session.put(range, sent, o.size);
      if (answer.kind !== 'next' || answer.at !== end) {
        ended = false;
        break;
      }
      sent = end;
      stalls = 0;
      o.onBytes?.(sent);
    }
    // Every range sent and taken, yet no end: the document was shorter than
    // measured, or the session holds it all without having said so.
    if (ended) {
      if (sent < o.size) throw o.changed();
      answer = {
        kind: 'unknown',
        cause: new Error('the upload session took every range but made nothing'),
      };
    }
    answer = answer as RangeAnswer<T>;
    if (answer.kind === 'unknown') {
      if (o.session.where === undefined || ++stalls > MAX_STALLS) throw answer.cause;
      answer = await o.session.where();
      if (answer.kind === 'unknown') throw answer.cause;
    }
    if (answer.kind === 'done' || answer.kind === 'gone') {
      if (answer.kind === 'done') o.onBytes?.(o.size);
      return answer;
    }
    // The session wants another place than the next range: go on from there.
    if (answer.at >= o.size) throw o.changed();
    if (answer.at <= at && ++stalls > MAX_STALLS) {
      throw new Error(`the upload session stays at byte ${answer.at} of ${o.size}`);
    }
    at = answer.at;
    o.onBytes?.(at);
  }
}

/**
 * A Graph upload session's answer: `nextExpectedRanges` ("12345-" or
 * "12345-67890" for drive items, "12345" for mail attachments), the first
 * of which says where it stands; or the item it made of the last range.
 */
export function graphRangeAnswer<T>(status: number, value: unknown): RangeAnswer<T> {
  const ranges = (value as { nextExpectedRanges?: unknown } | null)?.nextExpectedRanges;
  if (Array.isArray(ranges)) {
    const m = /^(\d+)(?:-|$)/.exec(String(ranges[0] ?? ''));
    if (m) return { kind: 'next', at: Number(m[1]) };
  }
  if (status === 200 || status === 201) return { kind: 'done', value: value as T };
  return { kind: 'unknown', cause: new Error(`the upload session answered ${status}`) };
}
