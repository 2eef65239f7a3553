/** Graph's failures as the SharePoint connector hands them up: ArchiveFailure, never raw. */
import { GraphFailure } from '../../graph/errors';
import { ArchiveFailure, kindOf } from '../errors';

function fromGraph(e: GraphFailure): ArchiveFailure {
  const kind = e.status > 0 ? kindOf(e.status) : e.kind;
  const id = e.requestId !== null ? ` (request-id ${e.requestId})` : '';
  return new ArchiveFailure(kind, `Graph ${e.status} ${e.code}: ${e.message}${id}`, {
    status: e.status,
  });
}

/** Anything thrown becomes an ArchiveFailure (never a raw error for the user). */
export async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof ArchiveFailure) throw e;
    if (e instanceof GraphFailure) throw fromGraph(e);
    throw new ArchiveFailure('unknown', e instanceof Error ? e.message : String(e));
  }
}

/** A Graph failure with one of these statuses. */
export function is(e: unknown, ...statuses: number[]): e is GraphFailure {
  return e instanceof GraphFailure && statuses.includes(e.status);
}

/** The site or library the settings name is not there. */
export function notThere(what: string, detail: string): ArchiveFailure {
  return new ArchiveFailure('not-found', detail, { reason: 'library', params: { what } });
}
