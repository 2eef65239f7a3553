/**
 * Reading function mailboxes for the overview over Graph, against the Graph
 * emulator: 2,500 messages (OVERSIGHT_N) in the function mailbox, read with `$select`,
 * the extended properties expanded, `$batch` across mailboxes and paging;
 * the overview's counts equal the pure rule's over the very data the
 * mailbox was filled with; a delta refresh sees a change made after the
 * first read.
 */
import { createGraphEmulator, testToken } from '../../../dev/graph';
import type { GraphEmulator } from '../../../dev/graph';
import { mailboxOverview } from '../../../src/core/oversight';
import type { OverviewItem, OverviewOptions } from '../../../src/core/oversight';
import { NEW_STATE, toExtendedProperties } from '../../../src/core/state';
import type { ItemState } from '../../../src/core/state';
import { systemClock } from '../../../src/services/clock';
import { createGraphClient } from '../../../src/services/graph/client';
import type { GraphClient } from '../../../src/services/graph/client';
import {
  categoryFilter,
  linkPath,
  LinkTrail,
  MAX_PAGES,
  readMailboxes,
  refreshSync,
  startSync,
  statusFilter,
} from '../../../src/services/oversight';

jest.setTimeout(120_000);

const KARI = 'kari.nordmann@ha.kommune.no';
const POST = 'post@ha.kommune.no';
const N = Number(process.env['OVERSIGHT_N'] ?? 2_500);
const OPTIONS: OverviewOptions = {
  now: new Date('2026-04-08T08:00:00Z'),
  timeZone: 'Europe/Oslo',
  calendar: { country: 'NO' },
};
const kari = { address: KARI, name: 'Kari Nordmann' };
const per = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };

let emulator: GraphEmulator;

/** The states the generated mail carries, in turn. */
const STATES: readonly ItemState[] = [
  NEW_STATE,
  { status: 'new', assignee: kari, due: '2026-04-10' },
  { status: 'in-progress', assignee: per, due: '2026-03-30' },
  { status: 'in-progress', due: '2026-04-01', class: { value: 'archive-worthy', confirmed: true } },
  { status: 'done', assignee: kari, class: { value: 'archive-worthy', confirmed: false } },
  {
    status: 'archived',
    archiveRef: '2026/1-1',
    class: { value: 'archive-worthy', confirmed: true },
  },
  {
    status: 'sent-to-registrar',
    sentTo: { address: 'arkiv@ha.kommune.no', at: '2026-04-02T10:00:00.000Z' },
  },
  { status: 'done', class: { value: 'ephemeral', confirmed: true } },
];

/** What the mailbox holds, as the generator made it (the truth the reader is held to). */
let truth: OverviewItem[] = [];

function fill(): void {
  const mb = emulator.store.mailbox(POST);
  if (!mb) throw new Error('no function mailbox');
  for (const m of [...mb.messages.values()]) if (m.folder === 'inbox') mb.messages.delete(m.id);
  truth = [];
  const start = Date.UTC(2026, 0, 5, 7, 0);
  for (let i = 0; i < N; i++) {
    const state = STATES[i % STATES.length] as ItemState;
    const received = start + i * 817_000;
    const from = { name: `Innbygger ${i}`, address: `innbygger${i}@example.no` };
    const categories = state.status === 'done' ? ['Ferdig'] : [];
    const m = emulator.store.addMessage(mb, {
      folder: 'inbox',
      subject: `Sak ${i}`,
      text: 'Hei',
      from,
      receivedDateTime: received,
      categories,
      extended: state === NEW_STATE ? [] : toExtendedProperties(state),
    });
    truth.push({
      id: m.id,
      received: new Date(received).toISOString().replace('.000Z', 'Z'),
      subject: `Sak ${i}`,
      from: from.address,
      categories,
      state,
    });
  }
}

function client(): GraphClient {
  return createGraphClient({
    clock: systemClock,
    baseUrl: 'https://graph.test/graph',
    token: async () => testToken(KARI),
    fetch: (input, init) => emulator.fetch(String(input).replace('https://graph.test', ''), init),
    sleep: async () => undefined,
  });
}

beforeAll(async () => {
  emulator = await createGraphEmulator();
});
afterAll(() => emulator?.close());
beforeEach(() => {
  emulator.reset();
  fill();
});

function counts(items: readonly OverviewItem[]): unknown {
  return mailboxOverview(POST, items, OPTIONS).counts;
}

describe('readMailboxes', () => {
  it('reads every message over several pages, giving the counts the pure rule gives over the same data, in batches across mailboxes', async () => {
    const started = Date.now();
    const [post, own] = await readMailboxes(client(), [POST, KARI]);
    const ms = Date.now() - started;
    expect(post?.items).toHaveLength(N);
    expect(post?.skipped).toBe(0);
    expect(counts(post?.items ?? [])).toEqual(counts(truth));
    // Not a trivial agreement: every list has something in it.
    expect(Object.values(counts(truth) as Record<string, unknown>).filter((v) => v === 0)).toEqual([
      0,
    ]);
    const byId = new Map(truth.map((t) => [t.id, t]));
    for (const item of post?.items ?? []) expect(item).toEqual(byId.get(item.id));
    expect(own?.address).toBe(KARI);
    // First pages of both mailboxes in one batch; then the function mailbox's pages alone.
    const batches = emulator.log.filter((e) => e.path === '/$batch');
    expect(batches).toHaveLength(1);
    expect(emulator.log.filter((e) => e.path.includes('/mailFolders/inbox/messages')).length).toBe(
      Math.ceil(N / 1000) - 1,
    );
    // Only what the overview shows travels.
    const query = decodeURIComponent(emulator.log.at(-1)?.query ?? '');
    expect(query).toContain('$select=id,receivedDateTime,subject,from,categories');
    expect(ms).toBeLessThan(60_000);
  });

  it('waits out a throttled batch and still reads everything', async () => {
    emulator.faults.add([{ kind: 'throttle', path: '^/\\$batch$', retryAfter: 1 }]);
    const [post] = await readMailboxes(client(), [POST, KARI], { pageSize: 5000 });
    expect(post?.items).toHaveLength(N);
    expect(emulator.log.filter((e) => e.path === '/$batch').map((e) => e.status)).toEqual([
      429, 200,
    ]);
  });

  it("filters on the server by Arkivpost's status and by category", async () => {
    const [done] = await readMailboxes(client(), [POST], { filter: statusFilter('done') });
    const expected = truth.filter((t) => t.state.status === 'done').map((t) => t.id);
    expect(done?.items.map((i) => i.id).sort()).toEqual(expected.sort());
    const [ferdig] = await readMailboxes(client(), [POST], { filter: categoryFilter('Ferdig') });
    expect(ferdig?.items).toHaveLength(expected.length);
  });
});

describe('startSync and refreshSync', () => {
  it('sees a change, a new message and a removal made after the first read', async () => {
    const graph = client();
    const first = await startSync(graph, POST);
    expect(first.items.size).toBe(N);
    expect(counts([...first.items.values()])).toEqual(counts(truth));

    const target = truth[0] as OverviewItem; // untouched: unassigned, not started
    await graph.request('PATCH', `/users/${POST}/messages/${target.id}`, {
      body: {
        singleValueExtendedProperties: toExtendedProperties({
          status: 'in-progress',
          assignee: per,
        }),
      },
    });
    const gone = truth[1] as OverviewItem;
    await graph.request('DELETE', `/users/${POST}/messages/${gone.id}`);
    const mb = emulator.store.mailbox(POST);
    if (!mb) throw new Error('no function mailbox');
    emulator.store.addMessage(mb, {
      folder: 'inbox',
      subject: 'Ny sak',
      text: 'Hei',
      from: { name: 'Ny', address: 'ny@example.no' },
      receivedDateTime: Date.UTC(2026, 3, 8, 6, 0),
    });

    const { sync, changes } = await refreshSync(graph, first);
    expect(changes).toEqual({ changed: 2, removed: 1, restarted: false });
    expect(sync.items.size).toBe(N);
    expect(sync.items.get(target.id)?.state).toEqual({ status: 'in-progress', assignee: per });
    expect(first.items.get(target.id)?.state).toEqual(NEW_STATE);
    const before = mailboxOverview(POST, first.items.values(), OPTIONS).counts;
    const after = mailboxOverview(POST, sync.items.values(), OPTIONS).counts;
    // target left "unassigned" and "not started"; the new one joined both; the removed one
    // (new, assigned to Kari) left "not started".
    expect(after.unassigned).toBe(before.unassigned);
    expect(after.notStarted).toBe(before.notStarted - 1);

    const quiet = await refreshSync(graph, sync);
    expect(quiet.changes).toEqual({ changed: 0, removed: 0, restarted: false });
  });

  it('reads everything again when the delta token has expired', async () => {
    const graph = client();
    const first = await startSync(graph, POST, { pageSize: 2500 });
    const stale = {
      ...first,
      deltaPath: `/users/${POST}/mailFolders/inbox/messages/delta?$deltatoken=expired`,
    };
    const { sync, changes } = await refreshSync(graph, stale);
    expect(changes.restarted).toBe(true);
    expect(sync.items.size).toBe(N);
  });
});

describe('a server that never stops paging', () => {
  /** A client whose Graph answers every page with the same next link. */
  function looping(): GraphClient {
    return createGraphClient({
      clock: systemClock,
      baseUrl: 'https://graph.test/graph',
      token: async () => testToken(KARI),
      fetch: async (input) => {
        const url = String(input);
        const page = {
          value: [],
          '@odata.nextLink':
            'https://graph.test/graph/v1.0/users/x/mailFolders/inbox/messages?$skip=1',
          '@odata.deltaLink': 'https://graph.test/graph/v1.0/users/x/delta?$deltatoken=1',
        };
        const body = url.endsWith('/$batch')
          ? { responses: [1, 2].map((id) => ({ id: String(id), status: 200, body: page })) }
          : page;
        return new Response(JSON.stringify(body), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      },
      sleep: async () => undefined,
    });
  }

  it('stops reading a mailbox whose next link repeats, with a failure that says so', async () => {
    await expect(readMailboxes(looping(), [POST, KARI])).rejects.toMatchObject({
      code: 'endlessPaging',
    });
    await expect(startSync(looping(), POST)).rejects.toMatchObject({ code: 'endlessPaging' });
  });

  it('stops after the most pages a folder can have, even when every link is new', () => {
    const trail = new LinkTrail('/first');
    expect(() => {
      for (let i = 0; i <= MAX_PAGES; i++) trail.follow(`https://graph.test/v1.0/p?$skip=${i}`);
    }).toThrow(/went past/);
  });
});

describe('linkPath', () => {
  it.each<[string, unknown, string | null]>([
    [
      'a Graph link',
      'https://graph.microsoft.com/v1.0/users/x/messages?$skip=10',
      '/users/x/messages?$skip=10',
    ],
    ["the workbench's link", 'https://localhost:3000/graph/v1.0/me/messages', '/me/messages'],
    ['a link without the version', 'https://graph.microsoft.com/users/x', null],
    ['a protocol-relative trick', 'https://graph.microsoft.com/v1.0//evil.example/x', null],
    ['not a string', 42, null],
    ['another scheme', 'javascript:alert(1)//v1.0/x', null],
  ])('%s', (_name, link, path) => {
    expect(linkPath(link)).toBe(path);
  });
});
