/**
 * What the network layer decides before and between attempts: the kind of
 * a failure, whether a request may be sent again after its answer was lost,
 * how long to wait (Retry-After, else exponential back-off with full
 * jitter), all capped. Pure: the clock, the dice and the sleep are given.
 */

/** What went wrong with one attempt. */
export type FailureClass =
  'network' | 'timeout' | 'throttled' | 'unavailable' | 'gateway' | 'auth' | 'client' | 'server';

/** The class of an HTTP status that is not a success (0: no answer at all). */
export function classify(status: number): FailureClass {
  if (status === 0) return 'network';
  if (status === 408) return 'timeout';
  if (status === 429) return 'throttled';
  if (status === 503) return 'unavailable';
  if (status === 502 || status === 504) return 'gateway';
  if (status === 401 || status === 403) return 'auth';
  if (status >= 400 && status < 500) return 'client';
  return 'server';
}

/**
 * After these the server may have acted with its answer lost (a gateway that
 * gave up on a slow backend, a service that failed half-way): only a request
 * that cannot be applied twice is sent again.
 */
export function isAmbiguous(c: FailureClass): boolean {
  return c === 'network' || c === 'timeout' || c === 'unavailable' || c === 'gateway';
}

/**
 * A request that may be sent again after its answer was lost: reads, PUT
 * and DELETE (the same state again), a PATCH with If-Match (a second one
 * fails on the changed ETag instead of applying twice). A POST only when
 * its caller says that it is safe (`idempotent`): otherwise it is never
 * repeated blindly, and the caller looks before making again.
 */
export function safeToRepeat(
  method: string,
  headers: Readonly<Record<string, string>>,
  idempotent?: boolean,
): boolean {
  if (idempotent !== undefined) return idempotent;
  const m = method.toUpperCase();
  if (m === 'GET' || m === 'HEAD' || m === 'OPTIONS' || m === 'PUT' || m === 'DELETE') return true;
  return m === 'PATCH' && Object.keys(headers).some((h) => h.toLowerCase() === 'if-match');
}

/** Retry-After in milliseconds, seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export interface Backoff {
  /** The first wait's ceiling; it doubles each attempt. Default 1 s. */
  readonly baseDelayMs?: number;
  /** No wait is longer, whatever Retry-After or the back-off says. */
  readonly maxDelayMs: number;
  /** A number in [0, 1]; Math.random by default. */
  readonly random?: () => number;
}

export const BASE_DELAY_MS = 1000;

/**
 * The wait before attempt `attempt + 1` (attempt ≥ 1): as Retry-After says
 * when the server said, else exponential back-off with full jitter (a
 * random wait up to base × 2^(attempt − 1)), so that clients that failed
 * together do not come back together; capped at maxDelayMs.
 */
export function delayMs(attempt: number, b: Backoff, retryAfter: number | null = null): number {
  if (retryAfter !== null) return Math.min(b.maxDelayMs, retryAfter);
  const ceiling = Math.min(b.maxDelayMs, (b.baseDelayMs ?? BASE_DELAY_MS) * 2 ** (attempt - 1));
  const r = Math.min(1, Math.max(0, (b.random ?? Math.random)()));
  return Math.round(ceiling * r);
}
