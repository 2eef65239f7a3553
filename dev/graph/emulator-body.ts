/**
 * Request bodies at the Graph emulator's front door (emulator.ts): read
 * with a size limit per kind of request (JSON, upload ranges, file
 * content), and an abort that stops the read.
 */

import type { IncomingMessage } from 'node:http';
import { GraphError } from './errors';

const MiB = 1024 * 1024;

/** Graph's limit for a request body (JSON, e.g. an attachment's base64 contentBytes). */
export const MAX_BODY = 4 * MiB;

/** One range to an upload session: Graph takes up to 60 MiB for drive items (mail: 4 MiB, checked by the route). */
const MAX_RANGE = 60 * MiB;

/** A drive item's content in one PUT: Graph documents simple upload up to 250 MB. */
const MAX_CONTENT = 250 * MiB;

/** The most a request to this path may carry (`rel`: after the prefix). */
export function bodyLimit(method: string, rel: string): number {
  if (rel.startsWith('/upload/')) return MAX_RANGE;
  if (method.toUpperCase() === 'PUT' && /\/content$/i.test(rel)) return MAX_CONTENT;
  return MAX_BODY;
}

export function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

export function tooLarge(limit: number): GraphError {
  return new GraphError(
    413,
    'RequestEntityTooLarge',
    `The request is larger than ${Math.round(limit / MiB)} MB.`,
  );
}

export function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > limit) {
        over = true;
        reject(tooLarge(limit));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!over) {
        const all = Buffer.concat(chunks);
        resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
      }
    });
    req.on('error', reject);
  });
}
