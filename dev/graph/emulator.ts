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
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { SampleMailboxIndex } from '../emulator/mailbox';
import { drivesOf } from './drive-store';
import { GraphError, errorBody, segmentNotFound } from './errors';
import { FaultError, Faults } from './faults';
import type { FaultKind, PendingFault } from './faults';
import { readExtendedProperty } from './props';
import { claimsChallenge, dispatch, dispatchUpload } from './routes';
import type { Ctx, Principal } from './routes';
import { FOLDERS, GraphStore, loadSampleSeed, messageJson } from './store';
import type { Colleague, FolderName, GraphSeed, OtherUser, Recipient } from './store';

export interface GraphEmulatorOptions {
  /** The sample mailbox folder; default dev/mailbox under the working directory. */
  readonly mailboxDir?: string;
  /** Instead of mailboxDir/index.json. */
  readonly index?: SampleMailboxIndex;
  /** Second users of the function mailboxes; default DEFAULT_COLLEAGUES. */
  readonly colleagues?: readonly Colleague[];
  /** Users without access to the function mailbox; default DEFAULT_OTHERS. */
  readonly others?: readonly OtherUser[];
  /** Master categories that exist from the start, by mailbox address. */
  readonly categories?: GraphSeed['categories'];
  /** The example profiles (their registry mailboxes become mailboxes); default profiles/ beside dev/. */
  readonly profilesDir?: string;
  /** A ready seed: no files are read. */
  readonly seed?: GraphSeed;
  /** The clock (receivedDateTime of sent mail, lastModifiedDateTime, error dates). */
  readonly now?: () => Date;
  /** Delay every Graph answer by this much (the workbench may want a realistic feel). */
  readonly latencyMs?: number;
  /** URL prefix; default /graph. */
  readonly prefix?: string;
}

export interface RequestLogEntry {
  readonly requestId: string;
  readonly at: string;
  readonly method: string;
  /** Path after /v1.0, decoded, without the query. */
  readonly path: string;
  readonly query: string;
  principal: string | null;
  status: number | 'dropped';
  fault: FaultKind | null;
  /** The request changed the store (also when its answer was lost or replaced by a fault). */
  applied: boolean;
}

export interface GraphEmulator {
  /** The current store (a reset makes a new one). */
  readonly store: GraphStore;
  readonly faults: Faults;
  /** Graph requests, oldest first (at most 5000). */
  readonly log: readonly RequestLogEntry[];
  readonly prefix: string;
  /** For a node:http(s) server: answers and returns true for <prefix>/…, else returns false. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** A fetch that reaches the emulator without a network (relative URLs are fine). */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** Back to the seed; faults and the log cleared. */
  reset(): void;
  /** Cancel pending delays. */
  close(): void;
}

const JSON_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const MiB = 1024 * 1024;
/** Graph's limit for a request body (JSON, e.g. an attachment's base64 contentBytes). */
const MAX_BODY = 4 * MiB;
/** One range to an upload session: Graph takes up to 60 MiB for drive items (mail: 4 MiB, checked by the route). */
const MAX_RANGE = 60 * MiB;
/** A drive item's content in one PUT: Graph documents simple upload up to 250 MB. */
const MAX_CONTENT = 250 * MiB;
const MAX_LOG = 5000;

/** The most a request to this path may carry (`rel`: after the prefix). */
function bodyLimit(method: string, rel: string): number {
  if (rel.startsWith('/upload/')) return MAX_RANGE;
  if (method.toUpperCase() === 'PUT' && /\/content$/i.test(rel)) return MAX_CONTENT;
  return MAX_BODY;
}

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

  reset(): void {
    this.store = new GraphStore(this.seed);
    this.faults.clear();
    this.log = [];
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

function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function tooLarge(limit: number): GraphError {
  return new GraphError(
    413,
    'RequestEntityTooLarge',
    `The request is larger than ${Math.round(limit / MiB)} MB.`,
  );
}

function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > limit) {
        over = true;
        reject(tooLarge(limit));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!over) {
        const all = Buffer.concat(chunks);
        resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
      }
    });
    req.on('error', reject);
  });
}

// ---------------------------------------------------------------- injected messages

class InjectError extends Error {}

function injectedRecipient(v: unknown): Recipient {
  if (typeof v === 'string') return { name: v, address: v };
  const e = (v as { emailAddress?: unknown } | null)?.emailAddress ?? v;
  const { address, name } = (e ?? {}) as { address?: unknown; name?: unknown };
  if (typeof address !== 'string' || !address.includes('@')) {
    throw new InjectError('A recipient needs an address (a string, or { name, address }).');
  }
  return { name: typeof name === 'string' ? name : address, address };
}

/**
 * A message to deliver through the controls:
 * `{ subject, from, toRecipients?, ccRecipients?, receivedDateTime?, body?, folder?,
 *    internetMessageId?, itemId?, categories?, isRead?, singleValueExtendedProperties? }`.
 * `body` is text, or `{ contentType, content }`; `itemId` is the Office (EWS) item
 * id when the workbench shows the same message.
 */
function readInjected(raw: unknown, now: Date): Parameters<GraphStore['addMessage']>[1] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InjectError('Send a JSON object describing the message.');
  }
  const r = raw as Record<string, unknown>;
  const subject = r['subject'];
  if (typeof subject !== 'string') throw new InjectError('"subject" is required.');
  const folder = (r['folder'] ?? 'inbox') as FolderName;
  if (!FOLDERS.includes(folder))
    throw new InjectError(`"folder" must be one of ${FOLDERS.join(', ')}.`);
  const received =
    r['receivedDateTime'] === undefined ? now.getTime() : Date.parse(String(r['receivedDateTime']));
  if (Number.isNaN(received)) throw new InjectError('"receivedDateTime" is not a date and time.');
  let text = '';
  let html: string | null = null;
  const body = r['body'];
  if (typeof body === 'string') text = body;
  else if (typeof body === 'object' && body !== null) {
    const b = body as { contentType?: unknown; content?: unknown };
    if (typeof b.content !== 'string') throw new InjectError('"body.content" must be a string.');
    if (String(b.contentType).toLowerCase() === 'html') html = b.content;
    else text = b.content;
  }
  const list = (k: string): Recipient[] =>
    Array.isArray(r[k]) ? (r[k] as unknown[]).map(injectedRecipient) : [];
  const strings = (k: string): string[] =>
    Array.isArray(r[k])
      ? (r[k] as unknown[]).filter((x): x is string => typeof x === 'string')
      : [];
  return {
    folder,
    subject,
    text,
    html,
    from: r['from'] === undefined ? null : injectedRecipient(r['from']),
    toRecipients: list('toRecipients'),
    ccRecipients: list('ccRecipients'),
    receivedDateTime: received,
    sentDateTime: received,
    ...(typeof r['internetMessageId'] === 'string'
      ? { internetMessageId: r['internetMessageId'] }
      : {}),
    ...(typeof r['itemId'] === 'string' ? { itemId: r['itemId'] } : {}),
    categories: strings('categories'),
    isRead: r['isRead'] === true,
    extended: Array.isArray(r['singleValueExtendedProperties'])
      ? (r['singleValueExtendedProperties'] as unknown[]).map((p) => readExtendedProperty(p).prop)
      : [],
  };
}

// ---------------------------------------------------------------- standalone server

export interface RunningGraphEmulator {
  /** Graph's service root: http://127.0.0.1:<port>/graph/v1.0 */
  readonly url: string;
  /** http://127.0.0.1:<port> (the controls are at <origin>/graph/_emulator/…). */
  readonly origin: string;
  readonly emulator: GraphEmulator;
  close(): Promise<void>;
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
