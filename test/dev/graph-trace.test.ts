/**
 * The Graph emulator's message trace: the published exchangeMessageTrace
 * shape, paging through @odata.nextLink, and Exchange's rules (application
 * permission, at most 10 days per query, 90 days back) answered with 400/403.
 */
import { appToken, createGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph';
import type { TraceJson } from '../../dev/graph/routes-trace';

interface TraceBody {
  readonly value: TraceJson[];
  readonly '@odata.nextLink'?: string;
  readonly error: { readonly message: string };
}

const NOW = new Date('2026-03-31T12:00:00Z');
const POST = 'post@ha.kommune.no';
const KARI = 'kari.nordmann@ha.kommune.no';
const ROOT = '/graph/v1.0/admin/exchange/tracing/messageTraces';

let emulator: GraphEmulator;

beforeEach(async () => {
  emulator = await createGraphEmulator({ now: () => NOW });
  const mb = emulator.store.mailbox(POST)!;
  for (let i = 0; i < 7; i++) {
    emulator.store.addMessage(mb, {
      folder: 'inbox',
      subject: `Innbygger ${i}`,
      text: 'Hei',
      from: { name: 'Ola', address: `ola${i}@trace.example` },
      toRecipients: [{ name: 'Post', address: POST }],
      receivedDateTime: Date.parse('2026-03-20T08:00:00Z') + i * 3_600_000,
      internetMessageId: `<in${i}@trace.example>`,
    });
  }
  emulator.store.addMessage(mb, {
    folder: 'sentitems',
    subject: 'Svar',
    text: 'Svar',
    from: { name: 'Post', address: POST },
    toRecipients: [{ name: 'Ola', address: 'ola0@trace.example' }],
    ccRecipients: [{ name: 'Per', address: 'per@trace.example' }],
    receivedDateTime: Date.parse('2026-03-21T08:00:00Z'),
    internetMessageId: '<out@ha.kommune.no>',
  });
});

afterEach(() => emulator.close());

async function get(
  query: string,
  token = appToken(),
): Promise<{ status: number; body: TraceBody }> {
  const r = await emulator.fetch(`${ROOT}?${query}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return { status: r.status, body: (await r.json()) as TraceBody };
}

const range = (from: string, to: string): string =>
  `$filter=${encodeURIComponent(`receivedDateTime ge ${from} and receivedDateTime le ${to}`)}`;

describe('message trace in the Graph emulator', () => {
  it('answers the published shape, one row per recipient, newest first', async () => {
    const f = encodeURIComponent(
      `receivedDateTime ge 2026-03-19T00:00:00Z and receivedDateTime le 2026-03-22T00:00:00Z and senderAddress eq '${POST}'`,
    );
    const { status, body } = await get(`$filter=${f}`);
    expect(status).toBe(200);
    expect(body.value).toHaveLength(2);
    expect(Object.keys(body.value[0] ?? {}).sort()).toEqual(
      [
        'fromIP',
        'id',
        'messageId',
        'receivedDateTime',
        'recipientAddress',
        'senderAddress',
        'size',
        'status',
        'subject',
        'toIP',
      ].sort(),
    );
    expect(body.value.map((t) => t.recipientAddress).sort()).toEqual([
      'ola0@trace.example',
      'per@trace.example',
    ]);
    expect(body.value[0]).toMatchObject({
      messageId: '<out@ha.kommune.no>',
      status: 'delivered',
      receivedDateTime: '2026-03-21T08:00:00Z',
    });
  });

  it('pages with $top and @odata.nextLink, every row once', async () => {
    const f = `${range('2026-03-19T00:00:00Z', '2026-03-22T00:00:00Z')}${encodeURIComponent(" and recipientAddress eq 'post@ha.kommune.no'")}`;
    let next: string | null = `${ROOT}?${f}&$top=3`;
    const seen: string[] = [];
    let pages = 0;
    while (next) {
      const r = await emulator.fetch(next.replace(/^https?:\/\/[^/]+/, ''), {
        headers: { Authorization: `Bearer ${appToken()}` },
      });
      const body = (await r.json()) as TraceBody;
      seen.push(...body.value.map((t) => t.messageId));
      next = body['@odata.nextLink'] ?? null;
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen.filter((m) => m.startsWith('<in')).sort()).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((i) => `<in${i}@trace.example>`),
    );
    expect(new Set(seen).size).toBe(seen.length);
  });

  it.each([
    [
      'more than 10 days in one query',
      range('2026-03-01T00:00:00Z', '2026-03-11T00:00:01Z'),
      /10 days/,
    ],
    [
      'a start older than 90 days',
      range('2025-12-20T00:00:00Z', '2025-12-25T00:00:00Z'),
      /90 days/,
    ],
    ['an end before the start', range('2026-03-20T00:00:00Z', '2026-03-19T00:00:00Z'), /after/],
    [
      '$top above 5000',
      `${range('2026-03-20T00:00:00Z', '2026-03-21T00:00:00Z')}&$top=5001`,
      /5000/,
    ],
    ['a clause it does not support', `$filter=${encodeURIComponent("subject eq 'x'")}`, /filter/],
  ])('refuses %s with 400', async (_what, query, message) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(message);
  });

  it('accepts exactly 10 days', async () => {
    expect((await get(range('2026-03-11T00:00:00Z', '2026-03-21T00:00:00Z'))).status).toBe(200);
  });

  it('answers a delegated token without the Exchange role with 403', async () => {
    const { status } = await get(
      range('2026-03-20T00:00:00Z', '2026-03-21T00:00:00Z'),
      testToken(KARI),
    );
    expect(status).toBe(403);
  });

  it('throttles the 101st query in 5 minutes with 429 and Retry-After, and not after a reset', async () => {
    const q = range('2026-03-20T00:00:00Z', '2026-03-21T00:00:00Z');
    for (let i = 0; i < 100; i++) expect((await get(q)).status).toBe(200);
    const r = await emulator.fetch(`${ROOT}?${q}`, {
      headers: { Authorization: `Bearer ${appToken()}` },
    });
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    emulator.reset();
    expect((await get(q)).status).toBe(200);
  });
});
