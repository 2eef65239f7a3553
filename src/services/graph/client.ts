/**
 * The one Graph client: @microsoft/microsoft-graph-client with our own
 * middleware chain, a pipeline of small steps (pnpjs style):
 *
 *   auth → retry (honours Retry-After) → timeout → send (injected fetch)
 *
 * `fetch` and `sleep` are injected, so tests replace the transport (or run
 * against the local Graph emulator), not the world. Failures surface as
 * GraphFailure with a kind the user's message is chosen by.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { failureFromResponse, GraphFailure } from './errors';

export interface RetryInfo {
  readonly attempt: number;
  readonly max: number;
  readonly delayMs: number;
  readonly status: number;
}

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
  readonly timeoutMs?: number;
  readonly maxRetries?: number;
  /**
   * Repeats after a lost connection or a timeout (only where safe, see
   * RetryStep). Fewer than for throttling: a network that is down is
   * better reported soon than waited for.
   */
  readonly maxNetworkRetries?: number;
  /** Upper bound for one wait, whatever Retry-After says. */
  readonly maxDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Progress while waiting, so the pane can say "waiting for Microsoft 365 …". */
  readonly onRetry?: (info: RetryInfo) => void;
}

export const DEFAULTS = {
  timeoutMs: 15_000,
  maxRetries: 6,
  maxNetworkRetries: 2,
  maxDelayMs: 30_000,
} as const;

/** Statuses Graph documents as "not processed, try again later". */
const RETRYABLE = new Set([429, 503, 504]);

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

function retryAfterMs(response: Response, attempt: number): number {
  const header = response.headers.get('Retry-After');
  if (header !== null) {
    const seconds = Number(header);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, date - Date.now());
  }
  // No advice: exponential back-off from one second.
  return 1000 * 2 ** (attempt - 1);
}

function methodOf(context: Context): string {
  return (context.options?.method ?? 'GET').toUpperCase();
}

function hasHeader(context: Context, name: string): boolean {
  const headers = new Headers(context.options?.headers as HeadersInit | undefined);
  return headers.has(name);
}

class RetryStep extends Step {
  constructor(
    private readonly o: Required<
      Pick<GraphClientOptions, 'maxRetries' | 'maxNetworkRetries' | 'maxDelayMs' | 'sleep'>
    > &
      Pick<GraphClientOptions, 'onRetry'>,
  ) {
    super();
  }
  override async execute(context: Context): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      let networkFailure: GraphFailure | null = null;
      try {
        await this.pass(context);
      } catch (e) {
        if (!(e instanceof GraphFailure) || (e.kind !== 'network' && e.kind !== 'timeout')) throw e;
        networkFailure = e;
      }
      const status = networkFailure ? 0 : (context.response?.status ?? 0);
      const retryable = networkFailure ? this.safeToRepeat(context) : RETRYABLE.has(status);
      const max = networkFailure ? this.o.maxNetworkRetries : this.o.maxRetries;
      if (!retryable || attempt > max) {
        if (networkFailure) throw networkFailure;
        return;
      }
      const delayMs = Math.min(
        this.o.maxDelayMs,
        networkFailure || !context.response
          ? 1000 * 2 ** (attempt - 1)
          : retryAfterMs(context.response, attempt),
      );
      this.o.onRetry?.({ attempt, max, delayMs, status });
      await this.o.sleep(delayMs);
    }
  }

  /**
   * After a lost connection the request may or may not have been applied.
   * Reads repeat safely; a PATCH only with If-Match (a second application
   * then fails on the changed etag instead of applying twice); a PUT of a
   * byte range to an upload session (the same bytes at the same place); a
   * POST never (sendMail would deliver the notification twice).
   */
  private safeToRepeat(context: Context): boolean {
    const method = methodOf(context);
    if (method === 'GET' || method === 'HEAD') return true;
    if (method === 'PUT') return hasHeader(context, 'Content-Range');
    return method === 'PATCH' && hasHeader(context, 'If-Match');
  }
}

class TimeoutStep extends Step {
  constructor(private readonly ms: number) {
    super();
  }
  override async execute(context: Context): Promise<void> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.ms);
    const options = (context.options ??= {});
    options.signal = controller.signal;
    try {
      await this.pass(context);
    } catch (e) {
      if (controller.signal.aborted)
        throw new GraphFailure('timeout', 0, 'timeout', null, `no answer within ${this.ms} ms`);
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }
}

class SendStep implements Middleware {
  constructor(private readonly fetch: GraphClientOptions['fetch']) {}
  async execute(context: Context): Promise<void> {
    try {
      context.response = await this.fetch(context.request, context.options as RequestInit);
    } catch (e) {
      if (e instanceof GraphFailure) throw e;
      if (context.options?.signal?.aborted) throw e;
      throw new GraphFailure(
        'network',
        0,
        'network',
        null,
        e instanceof Error ? e.message : String(e),
      );
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
   * Authorization header. Repeated after 429/503 and a lost connection (the
   * same bytes at the same offset). Resolves with the answer's JSON: the
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
  const steps: Middleware[] = [
    new AuthStep(options.token),
    new RetryStep({
      maxRetries: options.maxRetries ?? DEFAULTS.maxRetries,
      maxNetworkRetries: options.maxNetworkRetries ?? DEFAULTS.maxNetworkRetries,
      maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs,
      sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      ...(options.onRetry ? { onRetry: options.onRetry } : {}),
    }),
    new TimeoutStep(options.timeoutMs ?? DEFAULTS.timeoutMs),
    new SendStep(options.fetch),
  ];
  for (let i = 0; i < steps.length - 1; i++) (steps[i] as Step).setNext(steps[i + 1] as Middleware);
  const version = options.version ?? 'v1.0';
  const host = new URL(options.baseUrl).host;
  const api = Client.initWithMiddleware({
    baseUrl: options.baseUrl,
    defaultVersion: version,
    middleware: steps,
    customHosts: new Set([host]),
  });
  const head = steps[0] as Middleware;
  // Upload sessions' URLs carry their own authorisation.
  const unauthenticated = steps[1] as Middleware;
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
