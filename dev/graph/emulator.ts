/**
 * The Graph emulator's front door: request ids, faults, the request log, the
 * `_emulator` control endpoints, and three ways in — a node:http handler to
 * mount in the workbench server, a `fetch` to inject into a client under
 * test, and a standalone server for tests (`startGraphEmulator`).
 *
 *   <prefix>/v1.0/…             Graph (prefix default /graph)
 *   <prefix>/upload/<kind>/…    upload sessions' pre-authenticated URLs
 *   <prefix>/_emulator/state    GET: users, groups, mailboxes, messages (with
 *                               every extended property), outbound mail,
 *                               pending faults and the request log
 *   <prefix>/_emulator/reset    POST: back to the sample mailbox; faults cleared
 *   <prefix>/_emulator/sample   POST: the sample traffic (dev/sample) again, after a reset
 *   <prefix>/_emulator/faults   GET, POST (a rule, a list, or { faults: […] }), DELETE
 *   <prefix>/_emulator/mailboxes/<address>/messages
 *                               POST: deliver a message (e.g. one that arrived
 *                               on the Friday before Easter)
 *   <prefix>/_emulator/mailboxes/<address>/categories
 *                               GET: the mailbox's master categories, as Outlook
 *                               itself reads them (with the mailbox's own
 *                               access, also for a delegate: Graph says 403)
 *   <prefix>/_emulator/changes  GET: { changes }, a count that grows with every
 *                               write to Graph (and reset), for a client that
 *                               shows the mailbox as Outlook does, kept current
 *
 * One front door, kept whole: the Emulator class routes every request and its faults.
 */

import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { drivesOf } from './drive-store';
import { GraphError, errorBody, segmentNotFound } from './errors';
import { Faults, FaultError } from './faults';
import type { PendingFault } from './faults';
import { claimsChallenge, dispatchUpload, dispatch } from './routes';
import type { Principal, Ctx } from './routes';
import { loadSampleSeed, GraphStore, messageJson } from './store';
import type { GraphSeed } from './store';
import type {
  GraphEmulator,
  GraphEmulatorOptions,
  RequestLogEntry,
  RunningGraphEmulator,
} from './emulator-types';
import { MAX_BODY, abortable, bodyLimit, readBody, tooLarge } from './emulator-body';
import { InjectError, readInjected } from './emulator-inject';

export type {
  GraphEmulator,
  GraphEmulatorOptions,
  RequestLogEntry,
  RunningGraphEmulator,
} from './emulator-types';

const JSON_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

const MAX_LOG = 5000;

interface Incoming {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  /** The body's bytes; rejects with a 413 GraphError beyond `limit`. */
  readonly readBody: (limit: number) => Promise<Uint8Array>;
}

type Outcome =
  | {
      readonly kind: 'answer';
      readonly status: number;
      readonly headers: Record<string, string>;
      readonly body: string | Uint8Array | null;
    }
  | { readonly kind: 'drop' };

interface Ids {
  readonly requestId: string;
  readonly clientRequestId: string;
}

function principalName(p: Principal | null): string | null {
  if (!p) return null;
  return p.kind === 'user' ? p.user.userPrincipalName : `app:${p.name}`;
}

/** Create an emulator over the sample mailbox (reads the .eml files once). */
export async function createGraphEmulator(
  options: GraphEmulatorOptions = {},
): Promise<GraphEmulator> {
  const seed =
    options.seed ??
    (await loadSampleSeed({
      mailboxDir: options.mailboxDir ?? join(process.cwd(), 'dev', 'mailbox'),
      ...(options.index !== undefined ? { index: options.index } : {}),
      ...(options.colleagues !== undefined ? { colleagues: options.colleagues } : {}),
      ...(options.others !== undefined ? { others: options.others } : {}),
      ...(options.categories !== undefined ? { categories: options.categories } : {}),
      ...(options.profilesDir !== undefined ? { profilesDir: options.profilesDir } : {}),
    }));
  return new Emulator(seed, options);
}

class Emulator implements GraphEmulator {
  store: GraphStore;
  readonly faults = new Faults();
  log: RequestLogEntry[] = [];
  /** Grows with every write to Graph and every reset (`_emulator/changes`). */
  private changes = 0;
  readonly prefix: string;
  private readonly now: () => Date;
  private readonly latencyMs: number;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly seed: GraphSeed,
    options: GraphEmulatorOptions,
  ) {
    this.store = new GraphStore(seed);
    this.prefix = (options.prefix ?? '/graph').replace(/\/+$/, '');
    this.now = options.now ?? (() => new Date());
    this.latencyMs = options.latencyMs ?? 0;
  }

  private readonly fills: ((store: GraphStore) => void)[] = [];

  reset(): void {
    this.store = new GraphStore(this.seed);
    this.faults.clear();
    this.log = [];
    this.changes += 1;
  }

  populate(fill: (store: GraphStore) => void, now = true): void {
    this.fills.push(fill);
    if (!now) return;
    fill(this.store);
    this.changes += 1;
  }

  repopulate(): void {
    for (const fill of this.fills) fill(this.store);
    this.changes += 1;
  }

  close(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.timers.delete(t);
        resolve();
      }, ms);
      this.timers.add(t);
    });
  }

  private headers(ids: Ids, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
    return {
      'cache-control': 'no-cache',
      'odata-version': '4.0',
      'request-id': ids.requestId,
      'client-request-id': ids.clientRequestId,
      'x-ms-ags-diagnostic': JSON.stringify({
        ServerInfo: { DataCenter: 'Norway East', Slice: 'E', Ring: '5', RoleInstance: 'EMULATOR' },
      }),
      date: this.now().toUTCString(),
      ...extra,
    };
  }

  private error(e: GraphError, ids: Ids): Outcome {
    return {
      kind: 'answer',
      status: e.status,
      headers: this.headers(ids, { 'content-type': 'application/json', ...e.headers }),
      body: JSON.stringify(errorBody(e.code, e.message, ids, this.now())),
    };
  }

  async run(inc: Incoming): Promise<Outcome> {
    const rel = inc.url.pathname.slice(this.prefix.length);
    if (rel === '/_emulator' || rel.startsWith('/_emulator/')) return this.controls(inc, rel);
    const requestId = randomUUID();
    const ids: Ids = {
      requestId,
      clientRequestId: inc.headers['client-request-id'] ?? requestId,
    };
    // Upload sessions' URLs are on the emulator's origin but outside /v1.0, as
    // Graph's are on another host: pre-authenticated, answered by dispatchUpload.
    const upload = /^\/upload(?=\/)/.exec(rel);
    const version = upload ?? /^\/v1\.0(?=\/|$)/i.exec(rel);
    if (!version) {
      return this.error(segmentNotFound(rel.split('/')[1] ?? ''), ids);
    }
    let segments: string[];
    try {
      segments = rel
        .slice(version[0].length)
        .split('/')
        .filter((s) => s !== '')
        .map((s) => decodeURIComponent(s));
    } catch {
      return this.error(new GraphError(400, 'BadRequest', 'The request URL is not valid.'), ids);
    }
    const path = `${upload ? '/upload' : ''}/${segments.join('/')}`;
    const entry: RequestLogEntry = {
      requestId,
      at: this.now().toISOString(),
      method: inc.method,
      path,
      query: inc.url.search,
      principal: null,
      status: 'dropped',
      fault: null,
      applied: false,
    };
    this.log.push(entry);
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);
    const fault: PendingFault | null = this.faults.take(inc.method, path);
    entry.fault = fault?.kind ?? null;
    const finish = (o: Outcome): Outcome => {
      entry.status = o.kind === 'drop' ? 'dropped' : o.status;
      if (inc.method !== 'GET' && inc.method !== 'HEAD') this.changes += 1;
      return o;
    };
    const after = fault?.when === 'after';
    if (fault?.kind === 'drop' && !after) return finish({ kind: 'drop' });
    if (fault?.kind === 'slow') await this.sleep(fault.delayMs ?? 2000);
    await this.sleep(this.latencyMs);
    const faultAnswer = (f: PendingFault): Outcome | null => {
      switch (f.kind) {
        case 'throttle':
          return this.error(
            new GraphError(
              429,
              'ApplicationThrottled',
              'Application is over its MailboxConcurrency limit.',
              { 'retry-after': String(f.retryAfter ?? 1) },
            ),
            ids,
          );
        case 'unavailable':
          return this.error(
            new GraphError(
              503,
              'serviceNotAvailable',
              'The service is temporarily unavailable. Try again later.',
              f.retryAfter !== undefined ? { 'retry-after': String(f.retryAfter) } : {},
            ),
            ids,
          );
        case 'gateway-timeout':
          return this.error(
            new GraphError(504, 'UnknownError', 'The gateway did not receive a timely response.'),
            ids,
          );
        case 'claims-challenge':
          return this.error(claimsChallenge(), ids);
        default:
          return null;
      }
    };
    if (fault && !after) {
      const early = faultAnswer(fault);
      if (early) return finish(early);
    }
    let bytes: Uint8Array;
    try {
      bytes = await inc.readBody(bodyLimit(inc.method, rel));
    } catch (e) {
      return finish(this.error(e instanceof GraphError ? e : tooLarge(MAX_BODY), ids));
    }
    let text: string | null = null;
    const ctx: Ctx = {
      method: inc.method.toUpperCase(),
      segments,
      query: inc.url.searchParams,
      headers: inc.headers,
      get body() {
        text ??= Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
        return text;
      },
      bytes,
      base: `${inc.url.origin}${this.prefix}/v1.0`,
      now: this.now(),
      store: this.store,
      principal: null,
      applied: false,
    };
    let outcome: Outcome;
    try {
      const a = await (upload ? dispatchUpload(ctx) : dispatch(ctx));
      if (a.parts !== undefined) entry.parts = a.parts;
      outcome = {
        kind: 'answer',
        status: a.status,
        headers: this.headers(ids, {
          ...(a.json !== undefined ? { 'content-type': JSON_TYPE } : {}),
          ...(a.bytes !== undefined ? { 'content-type': 'application/octet-stream' } : {}),
          ...a.headers,
        }),
        body: a.bytes ?? (a.json === undefined ? null : JSON.stringify(a.json)),
      };
    } catch (e) {
      outcome = this.error(
        e instanceof GraphError
          ? e
          : new GraphError(500, 'generalException', `The Graph emulator failed: ${String(e)}`),
        ids,
      );
    }
    entry.principal = principalName(ctx.principal);
    entry.applied = ctx.applied;
    if (fault && after) {
      if (fault.kind === 'drop') return finish({ kind: 'drop' });
      const late = faultAnswer(fault);
      if (late) return finish(late);
    }
    return finish(outcome);
  }

  // ------------------------------------------------------------ controls

  private async controls(inc: Incoming, rel: string): Promise<Outcome> {
    const ids: Ids = { requestId: randomUUID(), clientRequestId: '' };
    const json = (status: number, value: unknown): Outcome => ({
      kind: 'answer',
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
      body: value === undefined ? null : JSON.stringify(value),
    });
    const fail = (status: number, message: string): Outcome =>
      json(status, errorBody(status === 404 ? 'NotFound' : 'BadRequest', message, ids, this.now()));
    const readJson = async (): Promise<unknown> => {
      const text = Buffer.from(await inc.readBody(MAX_BODY)).toString('utf8');
      return text.trim() === '' ? {} : (JSON.parse(text) as unknown);
    };
    const sub = rel.slice('/_emulator'.length);
    const method = inc.method.toUpperCase();
    try {
      if (sub === '/state' && method === 'GET') {
        return json(200, {
          ...this.store.snapshot(),
          sharepoint: drivesOf(this.store).snapshot(),
          faults: this.faults.list(),
          requests: this.log,
        });
      }
      if (sub === '/reset' && method === 'POST') {
        this.reset();
        return json(204, undefined);
      }
      if (sub === '/sample' && method === 'POST') {
        this.repopulate();
        return json(204, undefined);
      }
      if (sub === '/faults') {
        if (method === 'GET') return json(200, { faults: this.faults.list() });
        if (method === 'DELETE') {
          this.faults.clear();
          return json(204, undefined);
        }
        if (method === 'POST') {
          const body = await readJson();
          const rules =
            typeof body === 'object' && body !== null && 'faults' in body
              ? (body as { faults: unknown }).faults
              : body;
          const added = this.faults.add(rules);
          return json(201, { added, faults: this.faults.list() });
        }
      }
      if (sub === '/changes' && method === 'GET') return json(200, { changes: this.changes });
      const categories = /^\/mailboxes\/([^/]+)\/categories$/.exec(sub);
      if (categories && method === 'GET') {
        const mb = this.store.mailbox(decodeURIComponent(categories[1] as string));
        if (!mb) return fail(404, `No mailbox ${categories[1]}.`);
        return json(200, { value: mb.categories.map((c) => ({ ...c })) });
      }
      const deliver = /^\/mailboxes\/([^/]+)\/messages$/.exec(sub);
      if (deliver && method === 'POST') {
        const mb = this.store.mailbox(decodeURIComponent(deliver[1] as string));
        if (!mb) return fail(404, `No mailbox ${deliver[1]}.`);
        const m = this.store.addMessage(mb, readInjected(await readJson(), this.now()));
        return json(
          201,
          messageJson(mb, m, { select: null, extended: 'all', zone: 'UTC', bodyType: null }),
        );
      }
      return fail(404, `No emulator control ${method} ${sub}.`);
    } catch (e) {
      if (e instanceof FaultError || e instanceof SyntaxError || e instanceof InjectError) {
        return fail(400, e.message);
      }
      if (e instanceof GraphError) return fail(e.status, e.message);
      throw e;
    }
  }

  // ------------------------------------------------------------ transports

  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const raw = req.url ?? '/';
    const pathname = raw.split('?')[0] ?? '/';
    if (pathname !== this.prefix && !pathname.startsWith(`${this.prefix}/`)) return false;
    const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
    const host = req.headers.host ?? '127.0.0.1';
    let url: URL;
    try {
      url = new URL(raw, `${encrypted ? 'https' : 'http'}://${host}`);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return true;
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    }
    this.run({
      method: req.method ?? 'GET',
      url,
      headers,
      readBody: (limit) => readBody(req, limit),
    })
      .then((o) => {
        if (o.kind === 'drop') {
          // The connection goes away mid-request: no status, no body.
          req.socket.destroy();
          return;
        }
        if (res.destroyed) return;
        res.writeHead(o.status, o.headers);
        res.end(o.body ?? undefined);
      })
      .catch((e: unknown) => {
        if (!res.headersSent && !res.destroyed) {
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(e));
        }
      });
    return true;
  }

  async fetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, 'http://graph.emulator.invalid');
    let method = 'GET';
    let headerBag = new Headers();
    let bytes: Uint8Array | null = null;
    let signal: AbortSignal | null = null;
    if (input instanceof Request) {
      method = input.method;
      headerBag = new Headers(input.headers);
      signal = input.signal;
      bytes =
        method === 'GET' || method === 'HEAD' ? null : new Uint8Array(await input.arrayBuffer());
    }
    if (init) {
      if (init.method !== undefined) method = init.method.toUpperCase();
      if (init.headers !== undefined) headerBag = new Headers(init.headers);
      if (init.body !== undefined && init.body !== null)
        bytes = new Uint8Array(await new Response(init.body).arrayBuffer());
      if (init.signal) signal = init.signal;
    }
    signal?.throwIfAborted();
    if (url.pathname !== this.prefix && !url.pathname.startsWith(`${this.prefix}/`)) {
      return new Response('Not found', { status: 404 });
    }
    const headers: Record<string, string> = {};
    headerBag.forEach((v, k) => (headers[k.toLowerCase()] = v));
    const body = bytes ?? new Uint8Array(0);
    const work = this.run({
      method,
      url,
      headers,
      readBody: (limit) =>
        body.byteLength > limit ? Promise.reject(tooLarge(limit)) : Promise.resolve(body),
    });
    // Like a real request, giving up does not stop the server: an update may land anyway.
    const outcome = signal === null ? await work : await abortable(work, signal);
    if (outcome.kind === 'drop') {
      throw new TypeError('fetch failed', { cause: new Error('other side closed') });
    }
    const noBody = outcome.status === 204 || outcome.status === 304 || outcome.body === null;
    return new Response(noBody ? null : (outcome.body as BodyInit | null), {
      status: outcome.status,
      headers: outcome.headers,
    });
  }
}

/** A plain-http server on 127.0.0.1 for tests (port 0: any free port). */
export async function startGraphEmulator(
  options: GraphEmulatorOptions & { readonly port?: number } = {},
): Promise<RunningGraphEmulator> {
  const emulator = await createGraphEmulator(options);
  const server: Server = createServer((req, res) => {
    if (!emulator.handle(req, res)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${emulator.prefix}/v1.0`,
    origin,
    emulator,
    close: () =>
      new Promise<void>((resolve) => {
        emulator.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
