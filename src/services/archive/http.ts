/**
 * The Noark 5 HTTP pipeline, in the Graph client's manner with an injected
 * `fetch` and `sleep`:
 *
 *   token → retry (honours Retry-After) → timeout → send
 *
 * What is repeated: a 429 always (the archive did nothing); 502/503/504, a
 * lost connection and a timeout only for a request that cannot be applied
 * twice (reads, If-Match writes, a chunk at its byte range, a file onto one
 * dokumentobjekt). A request that creates something is not repeated here:
 * its failure is handed up as `ambiguous`, and the connector looks for what
 * it may have made before making it again.
 */
import { ArchiveFailure, failureFromAnswer } from './errors';

export const NOARK_JSON = 'application/vnd.noark5+json';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface HttpOptions {
  readonly token: () => Promise<string>;
  readonly fetch: Fetch;
  readonly sleep: (ms: number) => Promise<void>;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly maxNetworkRetries: number;
  readonly maxDelayMs: number;
}

export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  /** A JSON body (sent as application/vnd.noark5+json unless `headers` say otherwise). */
  readonly json?: unknown;
  /** Bytes of a file. */
  readonly bytes?: Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
  /** Repeating it cannot apply it twice. */
  readonly repeatable: boolean;
  /** Failure statuses that are answers here (e.g. 409 of a file sent again). */
  readonly accept?: readonly number[];
}

export interface HttpAnswer {
  readonly status: number;
  readonly headers: Headers;
  /** The parsed JSON body, or null. */
  readonly json: Record<string, unknown> | null;
  readonly etag: string | null;
  readonly location: string | null;
}

const RETRYABLE = new Set([502, 503, 504]);

function isJson(headers: Headers): boolean {
  const type = (headers.get('Content-Type') ?? '').toLowerCase();
  return type.includes('json');
}

function describe(e: unknown): string {
  if (e instanceof Error) {
    const cause = (e as { cause?: unknown }).cause;
    return cause instanceof Error ? `${e.message} (${cause.message})` : e.message;
  }
  return String(e);
}

export class NoarkHttp {
  constructor(private readonly o: HttpOptions) {}

  /** Send with retries; an answer that is not a success (nor accepted) throws ArchiveFailure. */
  async send(req: HttpRequest): Promise<HttpAnswer> {
    let throttled = 0;
    let failed = 0;
    for (;;) {
      let answer: HttpAnswer | null = null;
      let failure: ArchiveFailure | null = null;
      try {
        answer = await this.once(req);
      } catch (e) {
        if (!(e instanceof ArchiveFailure)) throw e;
        failure = e;
      }
      if (answer !== null) {
        if (answer.status < 400 || req.accept?.includes(answer.status)) return answer;
        failure = failureFromAnswer(
          req.method,
          req.url,
          answer.status,
          answer.headers,
          answer.json,
          Date.now(),
        );
      }
      const f = failure as ArchiveFailure;
      let delay: number;
      if (f.status === 429 && throttled < this.o.maxRetries) {
        throttled++;
        delay = f.retryAfterMs ?? 1000 * 2 ** (throttled - 1);
      } else if (req.repeatable && RETRYABLE.has(f.status) && failed < this.o.maxRetries) {
        failed++;
        delay = f.retryAfterMs ?? 1000 * 2 ** (failed - 1);
      } else if (
        req.repeatable &&
        (f.kind === 'network' || f.kind === 'timeout') &&
        failed < this.o.maxNetworkRetries
      ) {
        failed++;
        delay = 1000 * 2 ** (failed - 1);
      } else {
        throw f;
      }
      await this.o.sleep(Math.min(this.o.maxDelayMs, delay));
    }
  }

  /** One request under the timeout: an answer, or a network/timeout/auth failure. */
  private async once(req: HttpRequest): Promise<HttpAnswer> {
    let token: string;
    try {
      token = await this.o.token();
    } catch (e) {
      throw new ArchiveFailure('auth', `no token for the archive: ${describe(e)}`);
    }
    const headers: Record<string, string> = {
      Accept: NOARK_JSON,
      Authorization: `Bearer ${token}`,
    };
    let body: BodyInit | undefined;
    if (req.json !== undefined) {
      headers['Content-Type'] = NOARK_JSON;
      body = JSON.stringify(req.json);
    } else if (req.bytes !== undefined) {
      body = req.bytes as Uint8Array<ArrayBuffer>;
    }
    Object.assign(headers, req.headers);
    // Files may take longer than a JSON answer: at least 64 KiB a second on top.
    const ms = this.o.timeoutMs + Math.ceil((req.bytes?.length ?? 0) / 65_536) * 1000;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ms);
    try {
      const response = await this.o.fetch(req.url, {
        method: req.method,
        headers,
        signal: controller.signal,
        ...(body !== undefined ? { body } : {}),
      });
      const text = await response.text();
      let json: Record<string, unknown> | null = null;
      if (text !== '' && isJson(response.headers)) {
        try {
          const parsed: unknown = JSON.parse(text);
          if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
            json = parsed as Record<string, unknown>;
          }
        } catch {
          // Not JSON after all: the status decides.
        }
      }
      return {
        status: response.status,
        headers: response.headers,
        json,
        etag: response.headers.get('ETag'),
        location: response.headers.get('Location'),
      };
    } catch (e) {
      if (controller.signal.aborted) {
        throw new ArchiveFailure('timeout', `${req.method} ${req.url}: no answer within ${ms} ms`);
      }
      throw new ArchiveFailure('network', `${req.method} ${req.url}: ${describe(e)}`);
    } finally {
      clearTimeout(timer);
    }
  }
}
