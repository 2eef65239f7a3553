/**
 * The Graph emulator's answers for the supervisor's overview: JSON `$batch`,
 * per-folder delta queries with their tokens, and `$filter` on Arkivpost's
 * extended properties and on categories — the shapes Graph publishes.
 */
import { createGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph';
import { propertyId, toExtendedProperties } from '../../src/core/state';

const KARI = 'kari.nordmann@ha.kommune.no';
const POST = 'post@ha.kommune.no';
const INBOX = `/users/${encodeURIComponent(POST)}/mailFolders/inbox/messages`;
const STATUS = propertyId('status');

let emulator: GraphEmulator;

beforeAll(async () => {
  emulator = await createGraphEmulator();
});
afterAll(() => emulator?.close());
beforeEach(() => emulator.reset());

interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

async function call(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string>; as?: string } = {},
): Promise<Answer> {
  const rel = path.startsWith('http') ? path.slice(path.indexOf('/graph/')) : `/graph/v1.0${path}`;
  const res = await emulator.fetch(rel, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${testToken(init.as ?? KARI)}`,
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
    headers: res.headers,
  };
}

type Row = Record<string, unknown>;
const rows = (a: Answer): Row[] => a.body['value'] as Row[];

function inboxIds(): string[] {
  const mb = emulator.store.mailbox(POST);
  if (!mb) throw new Error('no post mailbox');
  return [...mb.messages.values()].filter((m) => m.folder === 'inbox').map((m) => m.id);
}

describe('$batch', () => {
  it('answers each request with its id, status, headers and body, and a failing one without failing the batch', async () => {
    const a = await call('/$batch', {
      method: 'POST',
      body: {
        requests: [
          { id: '1', method: 'GET', url: `${INBOX}?$select=subject&$top=2` },
          { id: '2', method: 'GET', url: '/me?$select=mail' },
          { id: '3', method: 'GET', url: '/users/nobody@ha.kommune.no/messages' },
        ],
      },
    });
    expect(a.status).toBe(200);
    const responses = a.body['responses'] as {
      id: string;
      status: number;
      headers: Record<string, string>;
      body: Row;
    }[];
    expect(responses.map((r) => [r.id, r.status])).toEqual([
      ['1', 200],
      ['2', 200],
      ['3', 404],
    ]);
    expect((responses[0]?.body['value'] as Row[]).length).toBe(2);
    expect(responses[0]?.body['@odata.nextLink']).toEqual(expect.stringContaining('%24skip=2'));
    expect(responses[0]?.headers['Content-Type']).toBe('application/json');
    expect(responses[1]?.body['mail']).toBe(KARI);
    expect((responses[2]?.body['error'] as Row)['code']).toEqual(expect.any(String));
  });

  it('applies a PATCH inside a batch, and answers 424 for a request whose dependency failed', async () => {
    const id = inboxIds()[0] as string;
    const a = await call('/$batch', {
      method: 'POST',
      body: {
        requests: [
          {
            id: 'a',
            method: 'PATCH',
            url: `/users/${POST}/messages/${id}`,
            headers: { 'Content-Type': 'application/json' },
            body: { categories: ['Tilsyn'] },
          },
          { id: 'b', method: 'GET', url: `/users/${POST}/messages/not-there` },
          { id: 'c', method: 'GET', url: `/users/${POST}/messages/${id}`, dependsOn: ['b'] },
        ],
      },
    });
    const statuses = (a.body['responses'] as { id: string; status: number }[]).map((r) => [
      r.id,
      r.status,
    ]);
    expect(statuses).toEqual([
      ['a', 200],
      ['b', 404],
      ['c', 424],
    ]);
    const after = await call(`/users/${POST}/messages/${id}?$select=categories`);
    expect(after.body['categories']).toEqual(['Tilsyn']);
  });

  it.each<[string, unknown]>([
    [
      'more than 20 requests',
      {
        requests: Array.from({ length: 21 }, (_, i) => ({
          id: String(i),
          method: 'GET',
          url: '/me',
        })),
      },
    ],
    [
      'the same id twice',
      {
        requests: [
          { id: '1', method: 'GET', url: '/me' },
          { id: '1', method: 'GET', url: '/me' },
        ],
      },
    ],
    [
      'an absolute url',
      { requests: [{ id: '1', method: 'GET', url: 'https://evil.example/v1.0/me' }] },
    ],
    ['a batch inside a batch', { requests: [{ id: '1', method: 'POST', url: '/$batch' }] }],
    ['no requests', { requests: [] }],
    [
      'a body without a Content-Type',
      { requests: [{ id: '1', method: 'PATCH', url: '/me', body: {} }] },
    ],
  ])('refuses %s with 400', async (_name, body) => {
    const a = await call('/$batch', { method: 'POST', body });
    expect(a.status).toBe(400);
  });

  it('needs a token for the batch itself', async () => {
    const res = await emulator.fetch('/graph/v1.0/$batch', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/me' }] }),
    });
    expect(res.status).toBe(401);
  });
});

async function deltaRound(
  first: string,
  pageSize: number,
): Promise<{ rows: Row[]; deltaLink: string; pages: number }> {
  const all: Row[] = [];
  let pages = 0;
  for (let next = first; ;) {
    const a = await call(next, { headers: { Prefer: `odata.maxpagesize=${pageSize}` } });
    expect(a.status).toBe(200);
    pages += 1;
    all.push(...rows(a));
    const nl = a.body['@odata.nextLink'];
    if (typeof nl === 'string') {
      expect(a.body['@odata.deltaLink']).toBeUndefined();
      next = nl;
      continue;
    }
    return { rows: all, deltaLink: a.body['@odata.deltaLink'] as string, pages };
  }
}

describe('messages/delta on a folder', () => {
  it('reads the folder in pages, then reports what was changed, created and removed since', async () => {
    const ids = inboxIds();
    expect(ids.length).toBeGreaterThan(2);
    const first = await deltaRound(`${INBOX}/delta?$select=subject,categories`, 2);
    expect(first.rows.map((r) => r['id']).sort()).toEqual([...ids].sort());
    expect(first.pages).toBe(Math.ceil(ids.length / 2));
    expect(first.deltaLink).toContain('$deltatoken=');
    expect(Object.keys(first.rows[0] ?? {}).sort()).toEqual(
      ['@odata.etag', '@odata.type', 'categories', 'id', 'subject'].sort(),
    );

    // Nothing changed: an empty round, and a new deltaLink.
    const quiet = await deltaRound(first.deltaLink, 2);
    expect(quiet.rows).toEqual([]);

    const [changed, removed] = ids as [string, string];
    expect(
      (
        await call(`/users/${POST}/messages/${changed}`, {
          method: 'PATCH',
          body: { categories: ['Ferdig'] },
        })
      ).status,
    ).toBe(200);
    expect((await call(`/users/${POST}/messages/${removed}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    const later = await deltaRound(quiet.deltaLink, 2);
    expect(later.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: changed, categories: ['Ferdig'] }),
        {
          '@odata.type': '#microsoft.graph.message',
          id: removed,
          '@removed': { reason: 'deleted' },
        },
      ]),
    );
    expect(later.rows).toHaveLength(2);
    // The same deltaLink may be followed again (a lost answer): the same changes.
    const again = await deltaRound(quiet.deltaLink, 50);
    expect(again.rows.map((r) => r['id']).sort()).toEqual([changed, removed].sort());
  });

  it("brings Arkivpost's extended properties when they are expanded", async () => {
    const id = inboxIds()[0] as string;
    await call(`/users/${POST}/messages/${id}`, {
      method: 'PATCH',
      body: { singleValueExtendedProperties: toExtendedProperties({ status: 'in-progress' }) },
    });
    const round = await deltaRound(
      `${INBOX}/delta?$select=subject&$expand=${encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${STATUS}')`)}`,
      100,
    );
    const row = round.rows.find((r) => r['id'] === id);
    expect(row?.['singleValueExtendedProperties']).toEqual([
      { id: expect.stringMatching(/Name Arkivpost\.Status$/), value: 'in-progress' },
    ]);
  });

  it.each<[string, string, Record<string, string>, number, string]>([
    ['an unknown token', `${INBOX}/delta?$deltatoken=nope`, {}, 410, 'SyncStateNotFound'],
    ['delta without a folder', `/users/${POST}/messages/delta`, {}, 400, 'BadRequest'],
    [
      'a filter other than receivedDateTime',
      `${INBOX}/delta?$filter=${encodeURIComponent("subject eq 'x'")}`,
      {},
      400,
      'BadRequest',
    ],
    [
      'options beside a token',
      `${INBOX}/delta?$deltatoken=x&$select=subject`,
      {},
      400,
      'BadRequest',
    ],
  ])(
    'answers %s with the status and code Graph gives',
    async (_name, path, headers, status, code) => {
      const a = await call(path, { headers });
      expect(a.status).toBe(status);
      expect((a.body['error'] as Row)['code']).toBe(code);
    },
  );

  it("keeps a folder's tokens to that folder, and refuses a reader without access", async () => {
    const first = await deltaRound(`${INBOX}/delta`, 100);
    const other = first.deltaLink.replace('/inbox/', '/sentitems/');
    expect((await call(other)).status).toBe(410);
    const stranger = await call(`${INBOX}/delta`, { as: 'ola.nordmann@vara.se' });
    expect([401, 403]).toContain(stranger.status);
  });
});

describe("$filter on Arkivpost's state", () => {
  it("finds messages by an extended property's value and by category", async () => {
    const [a, b] = inboxIds() as [string, string];
    await call(`/users/${POST}/messages/${a}`, {
      method: 'PATCH',
      body: {
        singleValueExtendedProperties: toExtendedProperties({ status: 'done' }),
        categories: ['Ferdig'],
      },
    });
    await call(`/users/${POST}/messages/${b}`, {
      method: 'PATCH',
      body: { singleValueExtendedProperties: toExtendedProperties({ status: 'new' }) },
    });
    const byState = await call(
      `${INBOX}?$select=id&$filter=${encodeURIComponent(`singleValueExtendedProperties/Any(ep: ep/id eq '${STATUS}' and ep/value eq 'done')`)}`,
    );
    expect(rows(byState).map((r) => r['id'])).toEqual([a]);
    const byCategory = await call(
      `${INBOX}?$select=id&$filter=${encodeURIComponent("categories/any(c:c eq 'Ferdig')")}`,
    );
    expect(rows(byCategory).map((r) => r['id'])).toEqual([a]);
  });
});
