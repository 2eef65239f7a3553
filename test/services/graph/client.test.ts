/**
 * The Graph pipeline over a scripted transport: what it sends, how it waits,
 * what it repeats and what it refuses to repeat.
 */
import { systemClock } from '../../../src/services/clock';
import { createGraphClient } from '../../../src/services/graph/client';
import type { RetryInfo } from '../../../src/services/graph/client';
import { GraphFailure } from '../../../src/services/graph/errors';

type Answer = Response | Error | 'hang';

function transport(answers: Answer[]) {
  const seen: Array<{ url: string; method: string; headers: Headers; body: string | null }> = [];
  const fetch = async (input: RequestInfo, init?: RequestInit): Promise<Response> => {
    seen.push({
      url: String(input),
      method: (init?.method ?? 'GET').toUpperCase(),
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : null,
    });
    const next = answers.shift() ?? new Response('{}', { status: 200 });
    if (next === 'hang') {
      return new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      });
    }
    if (next instanceof Error) throw next;
    return next;
  };
  return { fetch, seen };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

function graphError(status: number, code: string, headers: Record<string, string> = {}): Response {
  return json(
    status,
    { error: { code, message: `${code} happened`, innerError: { 'request-id': 'r-1' } } },
    {
      'request-id': 'r-1',
      ...headers,
    },
  );
}

function client(
  answers: Answer[],
  extra: { maxRetries?: number; maxNetworkRetries?: number; timeoutMs?: number } = {},
) {
  const t = transport(answers);
  const waits: number[] = [];
  const retries: RetryInfo[] = [];
  const c = createGraphClient({
    clock: systemClock,
    baseUrl: 'https://graph.example.test',
    token: async () => 'token-1',
    fetch: t.fetch,
    sleep: async (ms) => {
      waits.push(ms);
    },
    onRetry: (info) => retries.push(info),
    // The back-off's full jitter at its ceiling, so that waits can be asserted.
    random: () => 1,
    ...extra,
  });
  return { c, ...t, waits, retries };
}

describe('the Graph client', () => {
  it('sends the token and parses the answer and its etag', async () => {
    const { c, seen } = client([json(200, { id: 'm1', '@odata.etag': 'W/"1"' })]);
    const r = await c.request<{ id: string }>('GET', '/users/post@ha.kommune.no/messages/m1');
    expect(r).toEqual({ value: { id: 'm1', '@odata.etag': 'W/"1"' }, etag: 'W/"1"' });
    expect(seen[0]?.url).toBe(
      'https://graph.example.test/v1.0/users/post@ha.kommune.no/messages/m1',
    );
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer token-1');
  });

  it('works through the library’s fluent API too', async () => {
    const { c, seen } = client([json(200, { displayName: 'Kari Nordmann' })]);
    const me = (await c.api.api('/me').get()) as { displayName: string };
    expect(me.displayName).toBe('Kari Nordmann');
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer token-1');
  });

  it.each([
    ['seconds', { 'Retry-After': '7' }, 7000],
    ['nothing (exponential back-off)', {}, 1000],
  ])('waits as Retry-After says (%s) on 429, then succeeds', async (_name, headers, wait) => {
    const { c, waits, retries } = client([
      graphError(429, 'TooManyRequests', headers),
      json(200, { ok: true }),
    ]);
    await expect(c.request('GET', '/me')).resolves.toMatchObject({ value: { ok: true } });
    expect(waits).toEqual([wait]);
    expect(retries).toEqual([{ attempt: 1, max: 6, delayMs: wait, status: 429 }]);
  });

  it.each([503, 504])('retries %s', async (status) => {
    const { c, seen } = client([graphError(status, 'serviceNotAvailable'), json(200, {})]);
    await c.request('GET', '/me');
    expect(seen).toHaveLength(2);
  });

  it('gives up after the last retry with a throttled failure and the request id', async () => {
    const answers = Array.from({ length: 4 }, () =>
      graphError(429, 'TooManyRequests', { 'Retry-After': '1' }),
    );
    const { c, seen } = client(answers, { maxRetries: 3 });
    const failure = await c.request('GET', '/me').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphFailure);
    expect(failure).toMatchObject({
      kind: 'throttled',
      status: 429,
      code: 'TooManyRequests',
      requestId: 'r-1',
    });
    expect(seen).toHaveLength(4);
  });

  it('caps a very long Retry-After', async () => {
    const { c, waits } = client([
      graphError(429, 'TooManyRequests', { 'Retry-After': '3600' }),
      json(200, {}),
    ]);
    await c.request('GET', '/me');
    expect(waits).toEqual([30_000]);
  });

  it.each([
    [401, 'InvalidAuthenticationToken', 'auth'],
    [403, 'ErrorAccessDenied', 'forbidden'],
    [404, 'ErrorItemNotFound', 'not-found'],
    [412, 'ErrorIrreparableConflict', 'conflict'],
    [400, 'BadRequest', 'bad-request'],
    [500, 'InternalServerError', 'unknown'],
  ] as const)('reports %s %s as %s without retrying', async (status, code, kind) => {
    const { c, seen } = client([graphError(status, code)]);
    await expect(c.request('GET', '/me')).rejects.toMatchObject({ kind, status, code });
    expect(seen).toHaveLength(1);
  });

  it('repeats a read after a dropped connection', async () => {
    const { c, seen } = client([new TypeError('socket hang up'), json(200, { id: 'm1' })]);
    await expect(c.request('GET', '/me/messages/m1')).resolves.toMatchObject({
      value: { id: 'm1' },
    });
    expect(seen).toHaveLength(2);
  });

  it('repeats a PATCH after a dropped connection only when it carries If-Match', async () => {
    const guarded = client([new TypeError('socket hang up'), json(200, { id: 'm1' })]);
    await guarded.c.request('PATCH', '/me/messages/m1', {
      body: { categories: [] },
      headers: { 'If-Match': 'W/"1"' },
    });
    expect(guarded.seen).toHaveLength(2);
    const bare = client([new TypeError('socket hang up')]);
    await expect(
      bare.c.request('PATCH', '/me/messages/m1', { body: { categories: [] } }),
    ).rejects.toMatchObject({
      kind: 'network',
    });
    expect(bare.seen).toHaveLength(1);
  });

  it('never repeats a POST after a dropped connection (a notification must not arrive twice)', async () => {
    const { c, seen } = client([new TypeError('socket hang up')]);
    await expect(
      c.request('POST', '/me/sendMail', { body: { message: {} } }),
    ).rejects.toMatchObject({ kind: 'network' });
    expect(seen).toHaveLength(1);
  });

  it('gives up on a request that never answers, as a timeout', async () => {
    const { c } = client(['hang', 'hang'], { timeoutMs: 20, maxNetworkRetries: 1 });
    await expect(c.request('GET', '/me')).rejects.toMatchObject({ kind: 'timeout' });
  });
});

describe('the Graph client on a lost network', () => {
  it('repeats after a lost connection twice by default, then says the connection was lost', async () => {
    const lost = (): TypeError => new TypeError('socket hang up');
    const { c, seen } = client([lost(), lost(), lost(), json(200, {})]);
    await expect(c.request('GET', '/me')).rejects.toMatchObject({ kind: 'network' });
    expect(seen).toHaveLength(3);
  });
});

describe('the Graph client with bytes', () => {
  it('reads a message’s MIME as bytes, with the token', async () => {
    const mime = new TextEncoder().encode('Subject: Hei\r\n\r\nÆØÅ\r\n');
    const { c, seen } = client([new Response(mime, { status: 200 })]);
    const bytes = await c.bytes('/users/post@ha.kommune.no/messages/AAM-1/$value');
    expect([...bytes]).toEqual([...mime]);
    expect(seen[0]?.url).toBe(
      'https://graph.example.test/v1.0/users/post@ha.kommune.no/messages/AAM-1/$value',
    );
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer token-1');
  });

  it('fails a byte read with the Graph error, not with bytes of an error body', async () => {
    const { c } = client([graphError(404, 'ErrorItemNotFound')]);
    await expect(c.bytes('/me/messages/gone/$value')).rejects.toMatchObject({
      kind: 'not-found',
      code: 'ErrorItemNotFound',
    });
  });

  it('puts a range to an upload session without Authorization, and repeats it after a lost connection', async () => {
    const next = { expirationDateTime: '2026-11-22T00:00:00Z', nextExpectedRanges: ['4-'] };
    const { c, seen, waits } = client([new TypeError('socket hang up'), json(200, next)]);
    const answer = await c.uploadRange(
      'https://upload.example.test/s/1?token=x',
      new Uint8Array([1, 2, 3, 4]),
      {
        start: 0,
        total: 10,
      },
    );
    expect(answer).toEqual({ status: 200, value: next });
    expect(seen).toHaveLength(2);
    for (const s of seen) {
      expect(s.method).toBe('PUT');
      expect(s.url).toBe('https://upload.example.test/s/1?token=x');
      expect(s.headers.get('authorization')).toBeNull();
      expect(s.headers.get('content-range')).toBe('bytes 0-3/10');
    }
    expect(waits).toHaveLength(1);
  });

  it('honours Retry-After on an upload range', async () => {
    const { c, waits } = client([
      graphError(429, 'TooManyRequests', { 'Retry-After': '3' }),
      json(201, { id: 'att-1' }),
    ]);
    const answer = await c.uploadRange('https://upload.example.test/s/2', new Uint8Array(2), {
      start: 8,
      total: 10,
    });
    expect(answer).toEqual({ status: 201, value: { id: 'att-1' } });
    expect(waits).toEqual([3000]);
  });
});
