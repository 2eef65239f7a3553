/**
 * One request over the network, as Graph (mail, SharePoint) and the Noark 5
 * archive are both spoken to: each attempt under its own timeout (an
 * AbortController; the answer's body read inside it), then repeated where
 * that is safe:
 *
 *   429                 always (the server did nothing), after Retry-After
 *   502, 503, 504       only a request that cannot be applied twice
 *   lost connection,    only a request that cannot be applied twice, fewer
 *   timeout             times (a network that is down is better said soon)
 *
 * A request that could be applied twice (a POST that makes something) is
 * never repeated after an answer that may have been lost: the last answer
 * is handed back (or HttpFailure thrown), and the caller looks for what it
 * may have made before it makes it again.
 *
 * `fetch`, `sleep` and `random` are given, so tests run it against real
 * local servers with waits recorded instead of waited.
 */
import type { Clock } from '../../core/model';
import { classify, delayMs, isAmbiguous, retryAfterMs, safeToRepeat } from './retry';
import type { Backoff } from './retry';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** Said before each wait, so that the pane can say "waiting for …". */
export interface RetryInfo {
  /** 1 for the first repeat. */
  readonly attempt: number;
  /** The most repeats for this kind of failure. */
  readonly max: number;
  readonly delayMs: number;
  /** The status that is repeated; 0 for a lost connection or a timeout. */
  readonly status: number;
}

export interface HttpPolicy extends Backoff {
  readonly fetch: Fetch;
  readonly sleep: (ms: number) => Promise<void>;
  /** One attempt's time, the answer's body included. */
  readonly timeoutMs: number;
  /** Repeats after 429, 502, 503 and 504. */
  readonly maxRetries: number;
  /** Repeats after a lost connection or a timeout. */
  readonly maxNetworkRetries: number;
  /** What a Retry-After date is counted from. */
  readonly clock: Clock;
  readonly onRetry?: (info: RetryInfo) => void;
}

export const DEFAULT_POLICY = {
  timeoutMs: 30_000,
  maxRetries: 6,
  maxNetworkRetries: 2,
  maxDelayMs: 60_000,
} as const;

export const defaultSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/** A client's options for the network layer: each one its default where not given. */
export interface PolicyOptions {
  readonly clock: Clock;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly timeoutMs?: number;
  readonly maxRetries?: number;
  readonly maxNetworkRetries?: number;
  readonly maxDelayMs?: number;
  readonly random?: () => number;
  readonly onRetry?: (info: RetryInfo) => void;
}

/** The policy of a client with `fetch`, its options and its defaults. */
export function policyOf(
  fetch: Fetch,
  o: PolicyOptions,
  defaults: Pick<HttpPolicy, 'timeoutMs' | 'maxRetries' | 'maxNetworkRetries' | 'maxDelayMs'>,
): HttpPolicy {
  return {
    fetch,
    clock: o.clock,
    sleep: o.sleep ?? defaultSleep,
    timeoutMs: o.timeoutMs ?? defaults.timeoutMs,
    maxRetries: o.maxRetries ?? defaults.maxRetries,
    maxNetworkRetries: o.maxNetworkRetries ?? defaults.maxNetworkRetries,
    maxDelayMs: o.maxDelayMs ?? defaults.maxDelayMs,
    ...(o.random ? { random: o.random } : {}),
    ...(o.onRetry ? { onRetry: o.onRetry } : {}),
  };
}

export interface HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
  /**
   * Whether sending it twice does no more than sending it once; by default
   * from the method (see safeToRepeat). A POST of a file onto one object,
   * or a POST that only reads, may say true.
   */
  readonly idempotent?: boolean;
  /** This request's timeout, when it needs another than the policy's. */
  readonly timeoutMs?: number;
}

/** The final answer, its body read. */
export interface HttpAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly body: Uint8Array;
  /** How many times it was sent. */
  readonly attempts: number;
}

/** No answer at all: the connection was lost, or none came within the timeout. */
export class HttpFailure extends Error {
  constructor(
    readonly kind: 'network' | 'timeout',
    message: string,
    /** How many times it was sent. */
    readonly attempts: number,
  ) {
    super(message);
    this.name = 'HttpFailure';
  }

  /** The server may have acted on it (its answer was lost): look before making again. */
  get ambiguous(): true {
    return true;
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) {
    const cause = (e as { cause?: unknown }).cause;
    return cause instanceof Error ? `${e.message} (${cause.message})` : e.message;
  }
  return String(e);
}

/** The body as text (UTF-8). */
export function textOf(a: Pick<HttpAnswer, 'body'>): string {
  return new TextDecoder().decode(a.body);
}

/**
 * The answer as a fetch Response again (for code that wants one). Its body
 * is a stream of the bytes as they are: a Response made from the bytes
 * themselves would copy them (a message's MIME, a file).
 */
export function responseOf(a: HttpAnswer): Response {
  const empty = a.status === 204 || a.status === 205 || a.status === 304;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (a.body.length > 0) controller.enqueue(a.body);
      controller.close();
    },
  });
  return new Response(empty ? null : body, {
    status: a.status,
    statusText: a.statusText,
    headers: a.headers,
  });
}

async function once(p: HttpPolicy, req: HttpRequest, attempt: number): Promise<HttpAnswer> {
  const ms = req.timeoutMs ?? p.timeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    const response = await p.fetch(req.url, {
      method: req.method,
      headers: { ...req.headers },
      signal: controller.signal,
      ...(req.body !== undefined ? { body: req.body as BodyInit } : {}),
    });
    const body = new Uint8Array(await response.arrayBuffer());
    return {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      body,
      attempts: attempt,
    };
  } catch (e) {
    if (controller.signal.aborted) {
      throw new HttpFailure(
        'timeout',
        `${req.method} ${req.url}: no answer within ${ms} ms`,
        attempt,
      );
    }
    throw new HttpFailure('network', `${req.method} ${req.url}: ${describe(e)}`, attempt);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Send it, repeating as above. Resolves with the last answer, whatever its
 * status; throws HttpFailure when the last attempt had none.
 */
export async function send(p: HttpPolicy, req: HttpRequest): Promise<HttpAnswer> {
  const safe = safeToRepeat(req.method, req.headers ?? {}, req.idempotent);
  let statusRetries = 0;
  let networkRetries = 0;
  for (let attempt = 1; ; attempt++) {
    let answer: HttpAnswer | null = null;
    let failure: HttpFailure | null = null;
    try {
      answer = await once(p, req, attempt);
    } catch (e) {
      if (!(e instanceof HttpFailure)) throw e;
      failure = e;
    }
    if (answer !== null && answer.status < 400) return answer;
    const c = answer !== null ? classify(answer.status) : (failure as HttpFailure).kind;
    const network = c === 'network' || c === 'timeout';
    const repeat =
      c === 'throttled' || (isAmbiguous(c) && safe)
        ? network
          ? networkRetries < p.maxNetworkRetries
          : statusRetries < p.maxRetries
        : false;
    if (!repeat) {
      if (answer !== null) return answer;
      throw failure as HttpFailure;
    }
    const n = network ? ++networkRetries : ++statusRetries;
    const advice =
      answer !== null
        ? retryAfterMs(answer.headers.get('Retry-After'), p.clock.now().getTime())
        : null;
    const wait = delayMs(n, p, advice);
    p.onRetry?.({
      attempt: n,
      max: network ? p.maxNetworkRetries : p.maxRetries,
      delayMs: wait,
      status: answer?.status ?? 0,
    });
    await p.sleep(wait);
  }
}
