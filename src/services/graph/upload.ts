/**
 * A file into a Graph upload session (a mail attachment's, a drive item's)
 * through the one resumable upload (services/http): ranges PUT to the
 * session's URL without Authorization; after a range whose answer was lost
 * (or refused with 416, the session having it already) the session is asked
 * where it stands and the upload goes on from there.
 */
import type { ArchiveDocument } from '../../core/ports';
import { graphRangeAnswer, uploadRanges } from '../http';
import type { RangeAnswer, RangeSession } from '../http';
import type { GraphClient } from './client';
import { GraphFailure } from './errors';

function lostOrGone<T>(e: unknown): RangeAnswer<T> {
  if (e instanceof GraphFailure) {
    if (e.status === 404) return { kind: 'gone' };
    if (e.status === 416 || e.ambiguous) return { kind: 'unknown', cause: e };
  }
  throw e;
}

/**
 * The session at `url` as the upload helper speaks to it. `ask`: the session
 * says where it stands when its URL is read (a drive item's does; a mail
 * attachment's is not documented to).
 */
export function graphSession<T>(graph: GraphClient, url: string, ask = true): RangeSession<T> {
  const session: RangeSession<T> = {
    async put(range, start, total) {
      try {
        const a = await graph.uploadRange(url, range, { start, total });
        return graphRangeAnswer<T>(a.status, a.value);
      } catch (e) {
        return lostOrGone<T>(e);
      }
    },
  };
  if (!ask) return session;
  return {
    ...session,
    async where() {
      try {
        const a = await graph.uploadSession(url, 'GET');
        const answer = graphRangeAnswer<T>(0, a.value);
        return answer.kind === 'next'
          ? answer
          : { kind: 'unknown', cause: new Error('the upload session says no next range') };
      } catch (e) {
        const answer = lostOrGone<T>(e);
        if (answer.kind === 'unknown') throw answer.cause;
        return answer;
      }
    },
  };
}

export interface GraphUpload {
  readonly document: ArchiveDocument;
  readonly size: number;
  readonly rangeSize: number;
  /** Where the session stands already (one taken up again). */
  readonly from?: number;
  readonly onBytes?: (held: number) => void;
  readonly changed: () => Error;
  /** Whether the session can be asked where it stands (see graphSession); default yes. */
  readonly ask?: boolean;
}

/**
 * Send the document to the session: `done` with what the last range made
 * (a drive item; nothing for a mail attachment), or `gone` when the session
 * went away (its last answer lost, or expired): the caller looks whether
 * the file is there, or starts a new session.
 */
export async function uploadToSession<T>(
  graph: GraphClient,
  url: string,
  o: GraphUpload,
): Promise<{ readonly kind: 'done'; readonly value: T } | { readonly kind: 'gone' }> {
  return uploadRanges<T>({ ...o, session: graphSession<T>(graph, url, o.ask) });
}

/** Where the session at `url` stands: the next byte it wants, or null when it is gone. */
export async function sessionStands(graph: GraphClient, url: string): Promise<number | null> {
  const answer = await graphSession(graph, url).where?.();
  return answer?.kind === 'next' ? answer.at : null;
}
