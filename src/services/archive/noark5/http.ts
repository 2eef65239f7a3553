/**
 * The Noark 5 side of the one network layer (services/http): the token,
 * Noark's JSON, and the archive's answers as ArchiveFailure.
 *
 * What is repeated (services/http decides): a 429 always (the archive did
 * nothing); 502/503/504, a lost connection and a timeout only for a request
 * that cannot be applied twice (reads, If-Match writes, a chunk at its byte
 * range, a file onto one dokumentobjekt: `repeatable`). A request that
 * creates something is not repeated: its failure is handed up as
 * `ambiguous`, and the connector looks for what it may have made before
 * making it again (NoarkApi.ensure).
 */
import { HttpFailure, send, textOf } from '../../http';
import type { Fetch, HttpPolicy } from '../../http';
import { ArchiveFailure, failureFromAnswer } from '../errors';

export type { Fetch };

export const NOARK_JSON = 'application/vnd.noark5+json';

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

function isJson(headers: Headers): boolean {
  const type = (headers.get('Content-Type') ?? '').toLowerCase();
  return type.includes('json');
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A JSON object body, or null (none, not JSON, or not an object). */
function jsonOf(headers: Headers, text: string): Record<string, unknown> | null {
  if (text === '' || !isJson(headers)) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    // Not JSON after all: the status decides.
    return null;
  }
}

export class NoarkHttp {
  constructor(
    private readonly token: () => Promise<string>,
    /** How it waits and repeats; NoarkApi.ensure waits the same way. */
    readonly policy: HttpPolicy,
  ) {}

  /** Send with retries; an answer that is not a success (nor accepted) throws ArchiveFailure. */
  async send(req: HttpRequest): Promise<HttpAnswer> {
    let token: string;
    try {
      token = await this.token();
    } catch (e) {
      throw new ArchiveFailure('auth', `no token for the archive: ${describe(e)}`);
    }
    const headers: Record<string, string> = {
      Accept: NOARK_JSON,
      Authorization: `Bearer ${token}`,
    };
    let body: string | Uint8Array | undefined;
    if (req.json !== undefined) {
      headers['Content-Type'] = NOARK_JSON;
      body = JSON.stringify(req.json);
    } else if (req.bytes !== undefined) {
      body = req.bytes;
    }
    Object.assign(headers, req.headers);
    let a;
    try {
      a = await send(this.policy, {
        method: req.method,
        url: req.url,
        headers,
        ...(body !== undefined ? { body } : {}),
        idempotent: req.repeatable,
        // Files may take longer than a JSON answer: at least 64 KiB a second on top.
        timeoutMs: this.policy.timeoutMs + Math.ceil((req.bytes?.length ?? 0) / 65_536) * 1000,
      });
    } catch (e) {
      if (e instanceof HttpFailure) throw new ArchiveFailure(e.kind, e.message);
      throw e;
    }
    const json = jsonOf(a.headers, textOf(a));
    if (a.status >= 400 && !req.accept?.includes(a.status)) {
      throw failureFromAnswer(
        req.method,
        req.url,
        a.status,
        a.headers,
        json,
        this.policy.clock.now().getTime(),
      );
    }
    return {
      status: a.status,
      headers: a.headers,
      json,
      etag: a.headers.get('ETag'),
      location: a.headers.get('Location'),
    };
  }
}
