/**
 * Switches that make the Graph emulator misbehave the way Graph and the
 * network do, so that retries, timeouts and "did my update land?" can be
 * tested:
 *
 *   throttle          429 Too Many Requests with Retry-After (nothing applied)
 *   unavailable       503 Service Unavailable (Retry-After when given)
 *   gateway-timeout   504 Gateway Timeout
 *   slow              answers normally after delayMs
 *   drop              destroys the connection: before the request is applied
 *                     (when: 'before', the default) or after (when: 'after':
 *                     the update is in the store, the client never hears so)
 *   claims-challenge  401 with a WWW-Authenticate claims challenge (CAE)
 *
 * `unavailable` and `gateway-timeout` take `when: 'after'` too: the change is
 * applied and the error answered anyway, as a gateway that gave up on a slow
 * backend does.
 *
 * Each rule applies to the next `times` requests (default 1, or 'always')
 * that match its `method` and `path` (a regular expression, without case,
 * tested on the path after /graph/v1.0, e.g. "/messages/"), after letting
 * `skip` of them through (default 0: "the second upload range" is
 * `skip: 1`). Rules are tried in the order they were added; one rule
 * answers a request.
 */

export const FAULT_KINDS = [
  'throttle',
  'unavailable',
  'gateway-timeout',
  'slow',
  'drop',
  'claims-challenge',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  readonly kind: FaultKind;
  /** How many matching requests (default 1), or 'always' until cleared. */
  readonly times?: number | 'always';
  /** HTTP method, e.g. PATCH; default any. */
  readonly method?: string;
  /** Regular expression (case-insensitive) on the path after /graph/v1.0; default any. */
  readonly path?: string;
  /** Seconds, for the Retry-After header (throttle: default 1; unavailable: only when given). */
  readonly retryAfter?: number;
  /** slow: how long before answering (default 2000 ms). */
  readonly delayMs?: number;
  /** drop, unavailable, gateway-timeout: before (default) or after applying the request. */
  readonly when?: 'before' | 'after';
  /** How many matching requests pass untouched before the rule applies (default 0). */
  readonly skip?: number;
}

export interface PendingFault extends FaultRule {
  readonly id: number;
  remaining: number | 'always';
  /** Matching requests still to let through. */
  skipping: number;
}

export class FaultError extends Error {}

function check(rule: unknown): FaultRule {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
    throw new FaultError('A fault is an object with at least "kind".');
  }
  const r = rule as Record<string, unknown>;
  for (const k of Object.keys(r)) {
    if (!['kind', 'times', 'method', 'path', 'retryAfter', 'delayMs', 'when', 'skip'].includes(k)) {
      throw new FaultError(`Unknown fault option "${k}".`);
    }
  }
  const kind = r['kind'];
  if (typeof kind !== 'string' || !(FAULT_KINDS as readonly string[]).includes(kind)) {
    throw new FaultError(`"kind" must be one of ${FAULT_KINDS.join(', ')}.`);
  }
  const times = r['times'];
  if (
    times !== undefined &&
    times !== 'always' &&
    !(typeof times === 'number' && Number.isInteger(times) && times > 0)
  ) {
    throw new FaultError('"times" must be a positive integer or "always".');
  }
  const method = r['method'];
  if (method !== undefined && (typeof method !== 'string' || !/^[A-Za-z]+$/.test(method))) {
    throw new FaultError('"method" must be an HTTP method such as PATCH.');
  }
  const path = r['path'];
  if (path !== undefined) {
    if (typeof path !== 'string' || path.length > 500) {
      throw new FaultError('"path" must be a regular expression of at most 500 characters.');
    }
    try {
      new RegExp(path, 'i');
    } catch {
      throw new FaultError(`"path" is not a valid regular expression: ${path}`);
    }
  }
  const retryAfter = r['retryAfter'];
  if (
    retryAfter !== undefined &&
    !(
      typeof retryAfter === 'number' &&
      Number.isInteger(retryAfter) &&
      retryAfter >= 0 &&
      retryAfter <= 3600
    )
  ) {
    throw new FaultError('"retryAfter" must be whole seconds from 0 to 3600.');
  }
  const delayMs = r['delayMs'];
  if (
    delayMs !== undefined &&
    !(typeof delayMs === 'number' && Number.isFinite(delayMs) && delayMs >= 0 && delayMs <= 600_000)
  ) {
    throw new FaultError('"delayMs" must be from 0 to 600000.');
  }
  const skip = r['skip'];
  if (skip !== undefined && !(typeof skip === 'number' && Number.isInteger(skip) && skip >= 0)) {
    throw new FaultError('"skip" must be a whole number from 0.');
  }
  const when = r['when'];
  if (when !== undefined) {
    if (when !== 'before' && when !== 'after') {
      throw new FaultError('"when" must be "before" or "after".');
    }
    if (kind !== 'drop' && kind !== 'unavailable' && kind !== 'gateway-timeout') {
      throw new FaultError('"when" applies to drop, unavailable and gateway-timeout only.');
    }
  }
  return {
    kind: kind as FaultKind,
    ...(times !== undefined ? { times: times as number | 'always' } : {}),
    ...(method !== undefined ? { method: (method as string).toUpperCase() } : {}),
    ...(path !== undefined ? { path: path as string } : {}),
    ...(retryAfter !== undefined ? { retryAfter: retryAfter as number } : {}),
    ...(delayMs !== undefined ? { delayMs: delayMs as number } : {}),
    ...(when !== undefined ? { when: when as 'before' | 'after' } : {}),
    ...(skip !== undefined ? { skip: skip as number } : {}),
  };
}

export class Faults {
  private pending: PendingFault[] = [];
  private nextId = 1;

  /** Add one rule or several; throws FaultError on a bad rule (and adds none). */
  add(rules: FaultRule | readonly FaultRule[] | unknown): PendingFault[] {
    const list = Array.isArray(rules) ? (rules as unknown[]) : [rules];
    const checked = list.map(check);
    const added = checked.map((r): PendingFault => ({
      ...r,
      id: this.nextId++,
      remaining: r.times ?? 1,
      skipping: r.skip ?? 0,
    }));
    this.pending.push(...added);
    return added;
  }

  /** The rule that answers this request, counted down; null when none applies. */
  take(method: string, path: string): PendingFault | null {
    const m = method.toUpperCase();
    for (const f of this.pending) {
      if (f.method !== undefined && f.method !== m) continue;
      if (f.path !== undefined && !new RegExp(f.path, 'i').test(path)) continue;
      if (f.skipping > 0) {
        f.skipping -= 1;
        continue;
      }
      if (f.remaining !== 'always') {
        f.remaining -= 1;
        if (f.remaining <= 0) this.pending = this.pending.filter((x) => x !== f);
      }
      return f;
    }
    return null;
  }

  list(): PendingFault[] {
    return this.pending.map((f) => ({ ...f }));
  }

  clear(): void {
    this.pending = [];
  }
}
