/**
 * The Noark 5 emulator's front door: authentication, faults, the request
 * log, the `_emulator` controls, and three ways in — a node:http handler for
 * the workbench server, a `fetch` to inject into a client under test, and a
 * standalone server for tests (`startNoarkEmulator`).
 *
 *   <prefix>/                   the API root (prefix default /noark5v5)
 *   <prefix>/api/…              arkivstruktur, sakarkiv, metadata, admin/system
 *   <prefix>/_emulator/state    GET: the archive folder, every entity, uploads
 *                               in progress, pending faults, the request log
 *   <prefix>/_emulator/reset    POST: empty the archive folder; faults and log cleared
 *   <prefix>/_emulator/sample   POST: the sample traffic's records (dev/sample) again, after a reset
 *   <prefix>/_emulator/faults   GET, POST (a rule, a list, or { faults: […] }), DELETE
 */
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import type { RequestLogEntry, RunningGraphEmulator } from '../graph/emulator';
import { GraphError } from '../graph/errors';
import { FaultError, Faults } from '../graph/faults';
import type { FaultRule, PendingFault } from '../graph/faults';
import { NoarkError, errorBody } from './errors';
import { NOARK_JSON, Routes } from './routes';
import type { Answer, Ctx } from './routes';
import { NoarkStore } from './store';
import { Uploads } from './upload';
import type { BodySource } from './upload';

export interface NoarkEmulatorOptions {
  /** The archive folder; default .noark under the working directory. */
  readonly dir?: string;
  /** URL prefix; default /noark5v5 (the root is <prefix>/). */
  readonly prefix?: string;
  /** The clock (numbering years, opprettetDato, journaldato). */
  readonly now?: () => Date;
  /** The largest request body (a whole file or one chunk); default 100 MiB. 413 above. */
  readonly maxBodyBytes?: number;
  /** admin/system's bulkgrense: a single upload above it answers 403; default maxBodyBytes. */
  readonly bulkgrense?: number;
  /** The most results a list answers at once (then a `next` link); default 100. */
  readonly pageSize?: number;
  /** Delay every API answer by this much. */
  readonly latencyMs?: number;
}

/** The request log has the Graph emulator's shape: `method, path, status or "dropped", fault, applied`. */
export type { RequestLogEntry };

export interface NoarkEmulator {
  readonly store: NoarkStore;
  readonly faults: Faults;
  /** API requests, oldest first (at most 5000). */
  readonly log: readonly RequestLogEntry[];
  readonly prefix: string;
  /** The archive folder. */
  readonly dir: string;
  /** For a node:http(s) server: answers and returns true for <prefix>/…, else returns false. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** A fetch that reaches the emulator without a network (relative URLs are fine). */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** Empty the archive (the emulator's files in its folder); faults and the log cleared. */
  reset(): void;
  /** Run `fill` on the archive now (unless `now` is false), and again on `repopulate` (a reset leaves it out). */
  populate(fill: (store: NoarkStore) => void, now?: boolean): void;
  /** Run every `populate` fill again (`POST _emulator/sample`). */
  repopulate(): void;
  /** Cancel pending delays. */
  close(): void;
}

const JSON_TYPE = `${NOARK_JSON};charset=UTF-8`;
const MAX_LOG = 5000;
const MiB = 1024 * 1024;

interface Incoming {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: BodySource;
}

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string>;
}

/** What the transports send: JSON or nothing, a stored file's bytes, or no answer at all. */
type Outcome =
  | (Reply & { readonly kind: 'answer'; readonly body: string | null })
  | (Reply & { readonly kind: 'file'; readonly path: string })
  | { readonly kind: 'drop' };

/** Faults as the Graph emulator has them, less its claims challenge. */
class NoarkFaults extends Faults {
  override add(rules: FaultRule | readonly FaultRule[] | unknown): PendingFault[] {
    const list: unknown[] = Array.isArray(rules) ? rules : [rules];
    for (const r of list) {
      if ((r as { kind?: unknown } | null)?.kind === 'claims-challenge') {
        throw new FaultError(
          '"claims-challenge" is Graph\'s; the Noark emulator has throttle, unavailable, gateway-timeout, slow and drop.',
        );
      }
    }
    return super.add(rules);
  }
}

function userOf(headers: Readonly<Record<string, string>>): string | null {
  const m = /^Bearer\s+test:(\S.*)$/i.exec(headers['authorization'] ?? '');
  return m ? (m[1] as string).trim() : null;
}

/** Create an emulator over an archive folder (made when missing, read back when present). */
export function createNoarkEmulator(options: NoarkEmulatorOptions = {}): NoarkEmulator {
  return new Emulator(options);
}

class Emulator implements NoarkEmulator {
  readonly store: NoarkStore;
  readonly faults: Faults = new NoarkFaults();
  log: RequestLogEntry[] = [];
  readonly prefix: string;
  readonly dir: string;
  private readonly now: () => Date;
  private readonly latencyMs: number;
  private readonly uploads: Uploads;
  private readonly routes: Routes;
  /** Aborted by close(): pending delays end. */
  private readonly closing = new AbortController();

  constructor(options: NoarkEmulatorOptions) {
    this.prefix = (options.prefix ?? '/noark5v5').replace(/\/+$/, '');
    this.dir = options.dir ?? join(process.cwd(), '.noark');
    this.now = options.now ?? (() => new Date());
    this.latencyMs = options.latencyMs ?? 0;
    const maxBody = options.maxBodyBytes ?? 100 * MiB;
    const bulkgrense = options.bulkgrense ?? maxBody;
    this.store = new NoarkStore(this.dir, this.now);
    this.uploads = new Uploads(this.store, maxBody, bulkgrense);
    this.routes = new Routes({
      store: this.store,
      uploads: this.uploads,
      pageSize: options.pageSize ?? 100,
      bulkgrense,
    });
  }

  private readonly fills: ((store: NoarkStore) => void)[] = [];

  reset(): void {
    this.uploads.clear();
    this.store.reset();
    this.faults.clear();
    this.log = [];
  }

  populate(fill: (store: NoarkStore) => void, now = true): void {
    this.fills.push(fill);
    if (now) fill(this.store);
  }

  repopulate(): void {
    for (const fill of this.fills) fill(this.store);
  }

  close(): void {
    this.closing.abort();
  }

  private pause(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return delay(ms, undefined, { signal: this.closing.signal });
  }

  private error(status: number, message: string, extra: Record<string, string> = {}): Outcome {
    return {
      kind: 'answer',
      status,
      headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store', ...extra },
      body: JSON.stringify(errorBody(status, message)),
    };
  }

  private fromError(e: unknown): Outcome {
    if (e instanceof NoarkError) return this.error(e.status, e.message, { ...e.headers });
    if (e instanceof GraphError) return this.error(400, e.message);
    return this.error(500, `The Noark emulator failed: ${String(e)}`);
  }

  private faultAnswer(f: PendingFault): Outcome | null {
    switch (f.kind) {
      case 'throttle':
        return this.error(429, 'Too many requests: wait as Retry-After says.', {
          'retry-after': String(f.retryAfter ?? 1),
        });
      case 'unavailable':
        return this.error(
          503,
          'The archive is temporarily unavailable.',
          f.retryAfter !== undefined ? { 'retry-after': String(f.retryAfter) } : {},
        );
      case 'gateway-timeout':
        return this.error(504, 'The gateway did not get an answer from the archive in time.');
      default:
        return null;
    }
  }

  private fromAnswer(a: Answer): Outcome {
    const headers: Record<string, string> = { 'cache-control': 'no-store', ...a.headers };
    if ('file' in a) return { kind: 'file', status: a.status, headers, path: a.file };
    if (a.json === undefined) return { kind: 'answer', status: a.status, headers, body: null };
    return {
      kind: 'answer',
      status: a.status,
      headers: { 'content-type': JSON_TYPE, ...headers },
      body: JSON.stringify(a.json),
    };
  }

  /** A new entry at the end of the request log (which keeps the last MAX_LOG). */
  private record(method: string, path: string, query: string): RequestLogEntry {
    const entry: RequestLogEntry = {
      requestId: randomUUID(),
      at: this.now().toISOString(),
      method,
      path,
      query,
      principal: null,
      status: 'dropped',
      fault: null,
      applied: false,
    };
    this.log = [...this.log.slice(-(MAX_LOG - 1)), entry];
    return entry;
  }

  async run(inc: Incoming): Promise<Outcome> {
    const rel = inc.url.pathname.slice(this.prefix.length);
    if (rel === '/_emulator' || rel.startsWith('/_emulator/')) {
      return this.controls(inc.method.toUpperCase(), rel.slice('/_emulator'.length), inc.body);
    }
    let segments: string[];
    try {
      segments = rel.split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return this.error(400, 'The request URL is not valid.');
    }
    const entry = this.record(inc.method, `/${segments.join('/')}`, inc.url.search);
    const fault = this.faults.take(inc.method, entry.path);
    entry.fault = fault?.kind ?? null;
    /** What the fault does at this point (before or after the archive is changed), if anything. */
    const strike = (when: 'before' | 'after'): Outcome | null =>
      fault && (fault.when ?? 'before') === when
        ? fault.kind === 'drop'
          ? { kind: 'drop' }
          : this.faultAnswer(fault)
        : null;
    const settle = (o: Outcome): Outcome => {
      entry.status = o.kind === 'drop' ? 'dropped' : o.status;
      return o;
    };
    if (fault?.kind === 'drop' && fault.when !== 'after') return settle({ kind: 'drop' });
    await this.pause((fault?.kind === 'slow' ? (fault.delayMs ?? 2000) : 0) + this.latencyMs);
    const before = strike('before');
    if (before) return settle(before);
    const ctx: Ctx = {
      method: inc.method.toUpperCase(),
      segments,
      query: inc.url.searchParams,
      headers: inc.headers,
      body: inc.body,
      base: `${inc.url.origin}${this.prefix}`,
      now: this.now(),
      user: userOf(inc.headers),
      applied: false,
    };
    entry.principal = ctx.user;
    const outcome = await this.routes.dispatch(ctx).then(
      (a) => this.fromAnswer(a),
      (e: unknown) => this.fromError(e),
    );
    entry.applied = ctx.applied;
    return settle(strike('after') ?? outcome);
  }

  // ------------------------------------------------------------ controls

  private async controls(method: string, sub: string, body: BodySource): Promise<Outcome> {
    const reply = (status: number, value?: unknown): Outcome => ({
      kind: 'answer',
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
      body: value === undefined ? null : JSON.stringify(value),
    });
    const table: Readonly<Record<string, () => Outcome | Promise<Outcome>>> = {
      'GET /state': () => reply(200, this.state()),
      'POST /reset': () => {
        this.reset();
        return reply(204);
      },
      'POST /sample': () => {
        this.repopulate();
        return reply(204);
      },
      'GET /faults': () => reply(200, { faults: this.faults.list() }),
      'DELETE /faults': () => {
        this.faults.clear();
        return reply(204);
      },
      'POST /faults': async () => {
        const parts: Uint8Array[] = [];
        for await (const c of body.chunks) parts.push(c);
        const text = Buffer.concat(parts).toString('utf8').trim();
        const sent: unknown = text === '' ? {} : JSON.parse(text);
        const rules = (sent as { faults?: unknown } | null)?.faults ?? sent;
        return reply(201, { added: this.faults.add(rules), faults: this.faults.list() });
      },
    };
    const control = table[`${method} ${sub}`];
    if (!control) return this.error(404, `No emulator control ${method} ${sub}.`);
    try {
      return await control();
    } catch (e) {
      if (e instanceof FaultError || e instanceof SyntaxError) return this.error(400, e.message);
      throw e;
    }
  }

  private state(): unknown {
    return {
      dir: this.dir,
      entities: this.store.all().map((e) => ({
        kind: e.kind,
        systemID: e.systemID,
        parent: e.parent,
        version: e.version,
        json: this.store.jsonPath(e),
        ...(e.file !== undefined ? { file: join(this.store.folder(e), e.file) } : {}),
        fields: e.fields,
      })),
      uploads: this.uploads.list(),
      faults: this.faults.list(),
      requests: this.log,
    };
  }

  // ------------------------------------------------------------ transports

  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const target = req.url ?? '/';
    if (target.split('?')[0] !== this.prefix && !target.startsWith(`${this.prefix}/`)) return false;
    const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
    const url = URL.canParse(target, `${scheme}://${req.headers.host ?? '127.0.0.1'}`)
      ? new URL(target, `${scheme}://${req.headers.host ?? '127.0.0.1'}`)
      : null;
    if (url === null) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return true;
    }
    const headers = Object.fromEntries(
      Object.entries(req.headersDistinct).map(([k, v]) => [k, (v ?? []).join(', ')]),
    );
    const length = /^\d+$/.test(headers['content-length'] ?? '')
      ? Number(headers['content-length'])
      : null;
    const body: BodySource = { chunks: req, length };
    this.run({ method: req.method ?? 'GET', url, headers, body }).then(
      (o) =>
        this.send(req, res, o, length !== 0 && (length !== null || 'transfer-encoding' in headers)),
      (e: unknown) => {
        if (!res.headersSent && !res.destroyed) {
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(e));
        }
      },
    );
    return true;
  }

  private send(req: IncomingMessage, res: ServerResponse, o: Outcome, hasBody: boolean): void {
    // A dropped connection: no status, no body.
    if (o.kind === 'drop') return void req.socket.destroy();
    if (res.destroyed) return;
    // Answered before the whole body arrived (a fault, 413): close rather than read the rest.
    res.writeHead(
      o.status,
      hasBody && !req.complete ? { ...o.headers, connection: 'close' } : o.headers,
    );
    if (req.method === 'HEAD') res.end();
    else if (o.kind === 'answer') res.end(o.body ?? undefined);
    else
      createReadStream(o.path)
        .on('error', () => res.destroy())
        .pipe(res);
  }

  async fetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, 'http://noark.emulator.invalid');
    const request =
      input instanceof Request && init === undefined
        ? input
        : new Request(url, { ...init, ...(init?.body ? { duplex: 'half' } : {}) } as RequestInit);
    request.signal?.throwIfAborted();
    if (url.pathname !== this.prefix && !url.pathname.startsWith(`${this.prefix}/`)) {
      return new Response('Not found', { status: 404 });
    }
    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => (headers[k.toLowerCase()] = v));
    const stream = request.body;
    const length = knownLength(init?.body, headers['content-length']);
    if (length !== null) headers['content-length'] = String(length);
    const body: BodySource = { chunks: stream ? chunksOf(stream) : empty(), length };
    const work = this.run({ method: request.method.toUpperCase(), url, headers, body });
    // Like a real request, giving up does not stop the server: a change may land anyway.
    const outcome = await abortable(work, request.signal ?? null);
    if (outcome.kind === 'drop') {
      throw new TypeError('fetch failed', { cause: new Error('other side closed') });
    }
    const bodyless = outcome.status === 204 || outcome.status === 304 || request.method === 'HEAD';
    let payload: string | ReadableStream<Uint8Array> | null = null;
    if (!bodyless) {
      payload =
        outcome.kind === 'file'
          ? (Readable.toWeb(
              createReadStream(outcome.path),
            ) as unknown as ReadableStream<Uint8Array>)
          : outcome.body;
    }
    return new Response(payload, { status: outcome.status, headers: outcome.headers });
  }
}

function knownLength(body: unknown, header: string | undefined): number | null {
  if (header !== undefined && /^\d+$/.test(header)) return Number(header);
  if (body === undefined || body === null) return 0;
  if (typeof body === 'string') return Buffer.byteLength(body);
  if (body instanceof ArrayBuffer) return body.byteLength;
  if (ArrayBuffer.isView(body)) return body.byteLength;
  if (body instanceof Blob) return body.size;
  return null;
}

async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

async function* empty(): AsyncIterable<Uint8Array> {
  // No body.
}

/** Reject when the client gives up; the work itself goes on, as on a real server. */
function abortable<T>(work: Promise<T>, signal: AbortSignal | null): Promise<T> {
  if (signal === null) return work;
  const gaveUp = new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
  );
  return Promise.race([work, gaveUp]);
}

// ---------------------------------------------------------------- standalone server

/**
 * What startNoarkEmulator gives, shaped as the Graph emulator's: `url` is the
 * API root (http://127.0.0.1:<port>/noark5v5/), `origin` the server (the
 * controls are at <origin>/noark5v5/_emulator/…).
 */
export type RunningNoarkEmulator = Omit<RunningGraphEmulator, 'emulator'> & {
  readonly emulator: NoarkEmulator;
};

/** A plain-http server on 127.0.0.1 for tests (port 0: any free port). */
export async function startNoarkEmulator(
  options: NoarkEmulatorOptions & { readonly port?: number } = {},
): Promise<RunningNoarkEmulator> {
  const emulator = createNoarkEmulator(options);
  const server = createServer((req, res) => {
    if (emulator.handle(req, res)) return;
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  });
  await once(server.listen(options.port ?? 0, '127.0.0.1'), 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async (): Promise<void> => {
    emulator.close();
    server.closeAllConnections();
    if (server.listening) await once(server.close(), 'close');
  };
  return { url: `${origin}${emulator.prefix}/`, origin, emulator, close };
}
