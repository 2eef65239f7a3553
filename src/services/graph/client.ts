/**
 * The one Graph client: @microsoft/microsoft-graph-client with our own
 * middleware chain (pnpjs style):
 *
 *   auth (and a claims challenge) → the network layer (services/http:
 *   timeout, Retry-After, back-off, safe repeats) → the injected fetch
 *
 * `fetch`, `sleep` and `random` are injected, so tests replace the transport
 * (or run against the local Graph emulator), not the world. Failures
 * surface as GraphFailure with a kind the user's message is chosen by.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { Clock } from '../../core/model';
import { DEFAULT_POLICY, HttpFailure, policyOf, responseOf, send } from '../http';
import type { HttpPolicy, RetryInfo } from '../http';
import { failureFromResponse, GraphFailure } from './errors';

export type { RetryInfo };

export interface GraphClientOptions {
  /** e.g. https://graph.microsoft.com (the workbench: its own origin + /graph). */
  readonly baseUrl: string;
  readonly version?: string;
  /**
   * An access token for Graph (MSAL nested app authentication in the add-in).
   * `claims` is a claims challenge Graph answered with (Conditional Access,
   * continuous access evaluation): the token must satisfy it.
   */
  readonly token: (request?: { readonly claims?: string }) => Promise<string>;
  readonly fetch: (input: RequestInfo, init?: RequestInit) => Promise<Response>;
  /** What a Retry-After date is counted from. */
  readonly clock: Clock;
  readonly timeoutMs?: number;
  readonly maxRetries?: number;
  /**
   * Repeats after a lost connection or a timeout (only where safe, see
   * services/http). Fewer than for throttling: a network that is down is
   * better reported soon than waited for.
   */
  readonly maxNetworkRetries?: number;
  /** Upper bound for one wait, whatever Retry-After says. */
  readonly maxDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** The back-off's dice, a number in [0, 1]; Math.random by default. */
  readonly random?: () => number;
  /** Progress while waiting, so the pane can say "waiting for Microsoft 365 …". */
  readonly onRetry?: (info: RetryInfo) => void;
}

export const DEFAULTS = {
  timeoutMs: 15_000,
  maxRetries: DEFAULT_POLICY.maxRetries,
  maxNetworkRetries: DEFAULT_POLICY.maxNetworkRetries,
  maxDelayMs: 30_000,
} as const;

abstract class Step implements Middleware {
  protected next: Middleware | undefined;
  setNext(next: Middleware): void {
    this.next = next;
  }
  protected async pass(context: Context): Promise<void> {
    if (!this.next) throw new Error('Graph pipeline has no transport');
    await this.next.execute(context);
  }
  abstract execute(context: Context): Promise<void>;
}

/**
 * The claims of a claims challenge (`WWW-Authenticate: Bearer …,
 * error="insufficient_claims", claims="<base64>"`), decoded; null otherwise.
 */
export function claimsChallenge(response: Response | undefined): string | null {
  if (response?.status !== 401) return null;
  const header = response.headers.get('WWW-Authenticate') ?? '';
  if (!/error="insufficient_claims"/i.test(header)) return null;
  const m = /claims="([^"]+)"/i.exec(header);
  if (!m?.[1]) return null;
  try {
    const text = new TextDecoder().decode(Uint8Array.from(atob(m[1]), (c) => c.charCodeAt(0)));
    JSON.parse(text);
    return text;
  } catch {
    return null;
  }
}

class AuthStep extends Step {
  constructor(private readonly token: GraphClientOptions['token']) {
    super();
  }
  override async execute(context: Context): Promise<void> {
    await this.send(context, await this.token());
    const claims = claimsChallenge(context.response);
    // One new token that satisfies the challenge, one more try; never a loop.
    if (claims !== null) await this.send(context, await this.token({ claims }));
  }
  private async send(context: Context, token: string): Promise<void> {
    const options = (context.options ??= {});
    const headers = new Headers(options.headers as HeadersInit | undefined);
    headers.set('Authorization', `Bearer ${token}`);
    options.headers = Object.fromEntries(headers.entries());
    await this.pass(context);
  }
}

/** A body the network layer can send again on a repeat. */
async function bytesOf(body: unknown): Promise<string | Uint8Array | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  return new Uint8Array(await new Response(body as BodyInit).arrayBuffer());
}

/** The last step: the request through services/http, its failures as GraphFailure. */
class NetworkStep implements Middleware {
  constructor(private readonly policy: HttpPolicy) {}
  async execute(context: Context): Promise<void> {
    const options = context.options ?? {};
    const request = context.request;
    const url = typeof request === 'string' ? request : request.url;
    const body = await bytesOf(options.body);
    try {
      const answer = await send(this.policy, {
        method: (options.method ?? 'GET').toUpperCase(),
        url,
        headers: Object.fromEntries(new Headers(options.headers as HeadersInit).entries()),
        ...(body !== undefined ? { body } : {}),
      });
      context.response = responseOf(answer);
    } catch (e) {
      if (!(e instanceof HttpFailure)) throw e;
      throw new GraphFailure(e.kind, 0, e.kind, null, e.message);
    }
  }
}

export interface GraphClient {
  /** The library's fluent API: client.api('/users/{mb}/messages/{id}').get(). */
  readonly api: Client;
  /**
   * A raw request through the same pipeline, for what the fluent API hides
   * (If-Match, etags). The body is sent as JSON, or as it is when it is bytes
   * (a file's content).
   */
  request<T>(
    method: string,
    path: string,
    init?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<{ value: T; etag: string | null }>;
  /** The bytes of a resource (a message's MIME at `…/$value`, a file's content). */
  bytes(path: string): Promise<Uint8Array>;
  /**
   * One range of an upload session (mail attachments, drive items): a PUT to
   * the session's pre-authenticated URL, which Graph wants without an
   * Authorization header. Repeated after 429/502/503/504 and a lost
   * connection (a PUT: the same bytes at the same offset). Resolves with the answer's JSON: the
   * next expected ranges, or the finished item.
   */
  uploadRange(
    uploadUrl: string,
    chunk: Uint8Array,
    range: { readonly start: number; readonly total: number },
  ): Promise<{ status: number; value: unknown }>;
  /**
   * An upload session's state (GET: the ranges it still expects, for
   * resuming) or its end (DELETE), at its URL and without Authorization, as
   * its ranges are sent.
   */
  uploadSession(
    uploadUrl: string,
    method: 'GET' | 'DELETE',
  ): Promise<{ status: number; value: unknown }>;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const network = new NetworkStep(
    policyOf((input, init) => options.fetch(input, init), options, DEFAULTS),
  );
  const auth = new AuthStep(options.token);
  auth.setNext(network);
  const steps: Middleware[] = [auth, network];
  const version = options.version ?? 'v1.0';
  const host = new URL(options.baseUrl).host;
  const api = Client.initWithMiddleware({
    baseUrl: options.baseUrl,
    defaultVersion: version,
    middleware: steps,
    customHosts: new Set([host]),
  });
  const head: Middleware = auth;
  // Upload sessions' URLs carry their own authorisation.
  const unauthenticated: Middleware = network;
  const url = (path: string) => `${options.baseUrl.replace(/\/$/, '')}/${version}${path}`;
  async function run(
    start: Middleware,
    request: string,
    init: RequestInit & { headers: Record<string, string> },
  ): Promise<Response> {
    const context: Context = { request, options: init };
    await start.execute(context);
    const response = context.response;
    if (!response) throw new GraphFailure('network', 0, 'network', null, 'no response');
    if (!response.ok) throw await failureFromResponse(response);
    return response;
  }
  return {
    api,
    async request<T>(
      method: string,
      path: string,
      init: { body?: unknown; headers?: Record<string, string> } = {},
    ) {
      const bytes = init.body instanceof Uint8Array;
      const response = await run(head, url(path), {
        method,
        headers: {
          Accept: 'application/json',
          ...(init.body !== undefined
            ? { 'Content-Type': bytes ? 'application/octet-stream' : 'application/json' }
            : {}),
          ...(init.headers ?? {}),
        },
        ...(init.body !== undefined
          ? { body: bytes ? (init.body as BodyInit) : JSON.stringify(init.body) }
          : {}),
      });
      const text = await response.text();
      const value = (text ? JSON.parse(text) : null) as T;
      const etag =
        response.headers.get('ETag') ??
        (value && typeof value === 'object'
          ? ((value as { '@odata.etag'?: string })['@odata.etag'] ?? null)
          : null);
      return { value, etag };
    },
    async bytes(path: string) {
      const response = await run(head, url(path), { method: 'GET', headers: { Accept: '*/*' } });
      return new Uint8Array(await response.arrayBuffer());
    },
    async uploadRange(uploadUrl, chunk, range) {
      const end = range.start + chunk.byteLength - 1;
      const response = await run(unauthenticated, uploadUrl, {
        method: 'PUT',
        headers: {
          'Content-Type': 'application/octet-stream',
          'Content-Range': `bytes ${range.start}-${end}/${range.total}`,
        },
        body: chunk as BodyInit,
      });
      return answerOf(response);
    },
    async uploadSession(uploadUrl, method) {
      return answerOf(
        await run(unauthenticated, uploadUrl, { method, headers: { Accept: 'application/json' } }),
      );
    },
  };
}

async function answerOf(response: Response): Promise<{ status: number; value: unknown }> {
  const text = await response.text();
  return { status: response.status, value: text ? (JSON.parse(text) as unknown) : null };
}
