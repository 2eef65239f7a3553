/**
 * The network layer against a real HTTP server on 127.0.0.1: a small store
 * of items (POST makes one, PUT sets one, PATCH with If-Match changes one,
 * GET reads), and a script of faults for the next requests — 429 and 503
 * with Retry-After in seconds or as a date, 502/503/504 before or after the
 * store has acted, connections dropped before or after, answers slower than
 * the timeout. Waits are recorded, not waited.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  HttpFailure,
  classify,
  delayMs,
  retryAfterMs,
  safeToRepeat,
  send,
} from '../../../src/services/http';
import type { HttpPolicy, HttpRequest, RetryInfo } from '../../../src/services/http';

type Fault =
  | {
      readonly kind: 'status';
      readonly status: number;
      readonly when: 'before' | 'after';
      readonly retryAfter?: string;
    }
  | { readonly kind: 'drop'; readonly when: 'before' | 'after' }
  | { readonly kind: 'slow'; readonly ms: number };

interface Store {
  items: Map<string, { value: string; version: number }>;
  made: number;
  requests: string[];
  faults: Fault[];
}

let server: Server;
let base: string;
const store: Store = { items: new Map(), made: 0, requests: [], faults: [] };

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let s = '';
    req.on('data', (c: Buffer) => (s += c.toString('utf8')));
    req.on('end', () => resolve(s));
  });
}

/** What the store does with a request: [status, answer]. */
function act(
  method: string,
  path: string,
  text: string,
  ifMatch: string | undefined,
): [number, unknown] {
  const id = path.split('/')[2];
  if (method === 'POST' && path === '/items') {
    const key = String(++store.made);
    store.items.set(key, { value: text, version: 1 });
    return [201, { id: key }];
  }
  const item = id !== undefined ? store.items.get(id) : undefined;
  if (method === 'PUT' && id !== undefined) {
    store.items.set(id, { value: text, version: (item?.version ?? 0) + 1 });
    return [200, { id }];
  }
  if (method === 'PATCH' && item) {
    if (ifMatch !== undefined && ifMatch !== String(item.version)) return [412, { error: 'stale' }];
    item.value += text;
    item.version += 1;
    return [200, { id, version: item.version }];
  }
  if (method === 'GET' && path === '/items') return [200, { count: store.items.size }];
  if (method === 'GET' && item) return [200, item];
  return [404, { error: 'not found' }];
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  const path = req.url ?? '/';
  store.requests.push(`${method} ${path}`);
  const text = await body(req);
  const fault = store.faults.shift();
  if (fault?.kind === 'drop' && fault.when === 'before') return void req.socket.destroy();
  if (fault?.kind === 'status' && fault.when === 'before') {
    res.writeHead(fault.status, fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {});
    return void res.end();
  }
  if (fault?.kind === 'slow') await new Promise((r) => setTimeout(r, fault.ms));
  const [status, answer] = act(method, path, text, req.headers['if-match'] as string | undefined);
  if (fault?.kind === 'drop') return void req.socket.destroy();
  if (fault?.kind === 'status') {
    res.writeHead(fault.status, fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {});
    return void res.end();
  }
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(answer));
}

beforeAll(async () => {
  server = createServer((req, res) => void handle(req, res));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

beforeEach(() => {
  store.items.clear();
  store.made = 0;
  store.requests = [];
  store.faults = [];
});

const NOW = Date.parse('Mon, 02 Mar 2026 08:00:00 GMT');

function policy(o: Partial<HttpPolicy> = {}) {
  const waits: number[] = [];
  const retries: RetryInfo[] = [];
  const p: HttpPolicy = {
    fetch: (input, init) => fetch(input, init),
    sleep: async (ms) => {
      waits.push(ms);
    },
    timeoutMs: 2000,
    maxRetries: 6,
    maxNetworkRetries: 2,
    maxDelayMs: 30_000,
    random: () => 0.5,
    clock: { now: () => new Date(NOW) },
    onRetry: (info) => retries.push(info),
    ...o,
  };
  return { p, waits, retries };
}

const req = (method: string, path: string, o: Partial<HttpRequest> = {}): HttpRequest => ({
  method,
  url: `${base}${path}`,
  ...o,
});
const json = (a: { body: Uint8Array }): unknown => JSON.parse(new TextDecoder().decode(a.body));

describe('Retry-After', () => {
  it('waits the seconds a 429 says, then the request goes through once', async () => {
    const { p, waits, retries } = policy();
    store.faults.push({ kind: 'status', status: 429, when: 'before', retryAfter: '7' });
    const a = await send(p, req('POST', '/items', { body: 'first' }));
    expect(a.status).toBe(201);
    expect(a.attempts).toBe(2);
    expect(waits).toEqual([7000]);
    expect(retries).toEqual([{ attempt: 1, max: 6, delayMs: 7000, status: 429 }]);
    expect(store.made).toBe(1);
  });

  it('waits until the HTTP date a 503 names', async () => {
    const { p, waits } = policy();
    const date = new Date(NOW + 12_000).toUTCString();
    store.faults.push({ kind: 'status', status: 503, when: 'before', retryAfter: date });
    const a = await send(p, req('GET', '/items'));
    expect(a.status).toBe(200);
    expect(waits).toEqual([12_000]);
  });

  it('never waits longer than the cap, however long the server asks', async () => {
    const { p, waits } = policy({ maxDelayMs: 5000 });
    store.faults.push({ kind: 'status', status: 429, when: 'before', retryAfter: '3600' });
    await send(p, req('GET', '/items'));
    expect(waits).toEqual([5000]);
  });

  it('reads seconds, dates in the past, and nonsense', () => {
    expect(retryAfterMs('0', NOW)).toBe(0);
    expect(retryAfterMs('2.5', NOW)).toBe(2500);
    expect(retryAfterMs(new Date(NOW - 60_000).toUTCString(), NOW)).toBe(0);
    expect(retryAfterMs('soon', NOW)).toBeNull();
    expect(retryAfterMs('', NOW)).toBeNull();
    expect(retryAfterMs(null, NOW)).toBeNull();
  });
});

describe('back-off with full jitter', () => {
  it('waits a random share of a doubling ceiling, capped', () => {
    const b = { maxDelayMs: 6000, random: () => 0.25 };
    expect([1, 2, 3, 4].map((n) => delayMs(n, b))).toEqual([250, 500, 1000, 1500]);
    expect(delayMs(4, { ...b, random: () => 1 })).toBe(6000);
    expect(delayMs(1, { ...b, random: () => 0 })).toBe(0);
    for (let i = 0; i < 50; i++) {
      const d = delayMs(3, { maxDelayMs: 60_000 });
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(4000);
    }
  });

  it('waits by the dice between repeats of a 504 without Retry-After', async () => {
    const { p, waits } = policy();
    store.faults.push(
      { kind: 'status', status: 504, when: 'before' },
      { kind: 'status', status: 504, when: 'before' },
      { kind: 'status', status: 502, when: 'before' },
    );
    expect((await send(p, req('GET', '/items'))).status).toBe(200);
    expect(waits).toEqual([500, 1000, 2000]);
  });
});

describe('failures classified', () => {
  it.each([
    [0, 'network'],
    [408, 'timeout'],
    [429, 'throttled'],
    [503, 'unavailable'],
    [502, 'gateway'],
    [504, 'gateway'],
    [401, 'auth'],
    [403, 'auth'],
    [404, 'client'],
    [409, 'client'],
    [500, 'server'],
  ] as const)('%s is %s', (status, c) => {
    expect(classify(status)).toBe(c);
  });

  it('repeats reads, PUT, DELETE and a PATCH with If-Match; a POST only when its caller says', () => {
    for (const m of ['GET', 'HEAD', 'PUT', 'DELETE']) expect(safeToRepeat(m, {})).toBe(true);
    expect(safeToRepeat('PATCH', { 'if-match': 'W/"1"' })).toBe(true);
    expect(safeToRepeat('PATCH', {})).toBe(false);
    expect(safeToRepeat('POST', {})).toBe(false);
    expect(safeToRepeat('POST', {}, true)).toBe(true);
    expect(safeToRepeat('PUT', {}, false)).toBe(false);
  });

  it('does not repeat an answer that repeating cannot change', async () => {
    const { p, waits } = policy();
    const a = await send(p, req('GET', '/items/99'));
    expect(a.status).toBe(404);
    expect(a.attempts).toBe(1);
    expect(waits).toEqual([]);
  });
});

describe('before and after the server acts', () => {
  it.each(['before', 'after'] as const)(
    'repeats a PUT after a 503 %s the store acted: the same state once',
    async (when) => {
      const { p } = policy();
      store.faults.push({ kind: 'status', status: 503, when });
      const a = await send(p, req('PUT', '/items/a', { body: 'same' }));
      expect(a.status).toBe(200);
      expect(store.requests).toEqual(['PUT /items/a', 'PUT /items/a']);
      expect(store.items.get('a')?.value).toBe('same');
    },
  );

  it('repeats a POST after a 429: the server did nothing', async () => {
    const { p } = policy();
    store.faults.push({ kind: 'status', status: 429, when: 'before', retryAfter: '1' });
    await send(p, req('POST', '/items', { body: 'x' }));
    expect(store.made).toBe(1);
  });

  it.each([502, 503, 504])(
    'never repeats a POST after a %s: the server may have made it, the caller looks',
    async (status) => {
      const { p, waits } = policy();
      store.faults.push({ kind: 'status', status, when: 'after' });
      const a = await send(p, req('POST', '/items', { body: 'x' }));
      expect(a.status).toBe(status);
      expect(a.attempts).toBe(1);
      expect(waits).toEqual([]);
      // It was made; a blind repeat would have made it twice. The caller looks first:
      expect(json(await send(p, req('GET', '/items')))).toEqual({ count: 1 });
    },
  );

  it('repeats a POST its caller says is safe to repeat (a file onto one object)', async () => {
    const { p } = policy();
    store.faults.push({ kind: 'status', status: 503, when: 'before' });
    const a = await send(p, req('POST', '/items', { body: 'x', idempotent: true }));
    expect(a.status).toBe(201);
    expect(store.made).toBe(1);
  });
});

describe('dropped connections', () => {
  it('repeats a read after the connection dropped', async () => {
    const { p, retries } = policy();
    store.faults.push({ kind: 'drop', when: 'before' });
    const a = await send(p, req('GET', '/items'));
    expect(a.status).toBe(200);
    expect(retries).toEqual([{ attempt: 1, max: 2, delayMs: 500, status: 0 }]);
  });

  it('does not repeat a POST whose connection dropped after the store acted: ambiguous', async () => {
    const { p } = policy();
    store.faults.push({ kind: 'drop', when: 'after' });
    const f = await send(p, req('POST', '/items', { body: 'x' })).catch((e: unknown) => e);
    expect(f).toBeInstanceOf(HttpFailure);
    expect(f).toMatchObject({ kind: 'network', attempts: 1, ambiguous: true });
    expect(store.made).toBe(1);
  });

  it('repeats a PATCH with If-Match; the repeat of one that landed fails on the changed version', async () => {
    const { p } = policy();
    store.items.set('a', { value: 'v', version: 1 });
    store.faults.push({ kind: 'drop', when: 'after' });
    const a = await send(p, req('PATCH', '/items/a', { body: '+', headers: { 'If-Match': '1' } }));
    expect(a.status).toBe(412);
    expect(store.items.get('a')).toEqual({ value: 'v+', version: 2 });
  });

  it('does not repeat a PATCH without If-Match', async () => {
    const { p } = policy();
    store.items.set('a', { value: 'v', version: 1 });
    store.faults.push({ kind: 'drop', when: 'after' });
    await expect(send(p, req('PATCH', '/items/a', { body: '+' }))).rejects.toMatchObject({
      kind: 'network',
      attempts: 1,
    });
    expect(store.items.get('a')?.value).toBe('v+');
  });
});

describe('slow answers', () => {
  it('gives up on an answer slower than the timeout and asks again', async () => {
    const { p, waits } = policy({ timeoutMs: 150 });
    store.faults.push({ kind: 'slow', ms: 1000 });
    const a = await send(p, req('GET', '/items'));
    expect(a.status).toBe(200);
    expect(a.attempts).toBe(2);
    expect(waits).toEqual([500]);
  });

  it('a slow POST times out without a repeat: it may have been made', async () => {
    const { p } = policy({ timeoutMs: 150 });
    store.faults.push({ kind: 'slow', ms: 600 });
    const f = await send(p, req('POST', '/items', { body: 'x' })).catch((e: unknown) => e);
    expect(f).toMatchObject({ kind: 'timeout', attempts: 1, ambiguous: true });
    await new Promise((r) => setTimeout(r, 700));
    expect(store.made).toBe(1);
  });
});

describe('the last repeat', () => {
  it('hands back the last 503 after its retries, with every wait capped', async () => {
    const { p, waits } = policy({ maxRetries: 3, maxDelayMs: 1500, random: () => 1 });
    for (let i = 0; i < 4; i++) store.faults.push({ kind: 'status', status: 503, when: 'before' });
    const a = await send(p, req('GET', '/items'));
    expect(a.status).toBe(503);
    expect(a.attempts).toBe(4);
    expect(waits).toEqual([1000, 1500, 1500]);
  });

  it('says "no answer" after the connection dropped on every attempt', async () => {
    const { p } = policy();
    for (let i = 0; i < 3; i++) store.faults.push({ kind: 'drop', when: 'before' });
    const f = await send(p, req('GET', '/items')).catch((e: unknown) => e);
    expect(f).toBeInstanceOf(HttpFailure);
    expect(f).toMatchObject({ kind: 'network', attempts: 3 });
    expect((f as Error).message).toContain(`GET ${base}/items`);
    expect(store.requests).toHaveLength(3);
  });
});
