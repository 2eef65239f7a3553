/**
 * The overview session (src/app/oversight/session.ts) against the Graph
 * emulator: the first read is a delta round per mailbox batched across
 * mailboxes, and a refresh follows each mailbox's deltaLink only — checked
 * in the emulator's request log, batches' parts included. Another user's
 * change, a new and a deleted message, two refreshes at once, an expired
 * token, a mailbox that turns 403, and a refresh that fails as a whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGraphEmulator, testToken } from '../../../dev/graph';
import type { GraphEmulator } from '../../../dev/graph';
import {
  loadOverview,
  OverviewRefreshFailed,
  refreshOverview,
  startOverview,
} from '../../../src/app/oversight';
import type { OversightDeps, OverviewSession } from '../../../src/app/oversight';
import type { Clock } from '../../../src/core/model';
import { parseProfileText } from '../../../src/core/profile';
import type { Profile } from '../../../src/core/profile/types';
import { toExtendedProperties } from '../../../src/core/state';
import type { ItemState, Person } from '../../../src/core/state';
import { createGraphClient } from '../../../src/services/graph/client';
import type { GraphClient } from '../../../src/services/graph/client';
import type { GraphFailure } from '../../../src/services/graph/errors';
import { changeItemState } from '../../../src/services/item-state';

jest.setTimeout(120_000);

const NOW = new Date('2026-03-31T12:00:00Z');
const clock: Clock = { now: () => NOW };
const POST = 'post@ha.kommune.no';
const KARI: Person = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const PER: Person = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };

const profile: Profile = (() => {
  const r = parseProfileText(
    readFileSync(join(__dirname, '../../../profiles/ha-kommune.json'), 'utf8'),
  );
  if (!r.ok) throw new Error('profile');
  return r.profile;
})();

let graph: GraphEmulator;

function client(token: string): GraphClient {
  return createGraphClient({
    clock,
    baseUrl: 'http://graph.emulator.invalid/graph',
    token: async () => token,
    fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
      graph.fetch(String(input), init)) as typeof fetch,
    sleep: async () => undefined,
  });
}

function deps(token = testToken(KARI.address)): OversightDeps {
  return { graph: client(token), clock, profile };
}

const N = 30;
const ids: string[] = [];

beforeEach(async () => {
  graph = await createGraphEmulator({ now: () => NOW });
  const mb = graph.store.mailbox(POST)!;
  for (const m of [...mb.messages.values()]) mb.messages.delete(m.id);
  ids.length = 0;
  for (let i = 0; i < N; i++) {
    const state: ItemState =
      i % 3 === 0
        ? { status: 'new' }
        : i % 3 === 1
          ? { status: 'in-progress', assignee: PER, due: '2026-03-20' }
          : { status: 'done', assignee: KARI };
    const m = graph.store.addMessage(mb, {
      folder: 'inbox',
      subject: `Søknad ${i}`,
      text: 'Hei',
      from: { name: `Innbyggar ${i}`, address: `ola${i}@example.net` },
      toRecipients: [{ name: 'Post', address: POST }],
      receivedDateTime: Date.parse('2026-03-05T08:00:00Z') + i * 18 * 3_600_000,
      extended: toExtendedProperties(state),
    });
    ids.push(m.id);
  }
});

afterEach(() => graph.close());

/** Every Graph read since log entry `from`: a batch's parts, or the request itself. */
function reads(from: number): { path: string; query: string; status: number | string }[] {
  return graph.log
    .slice(from)
    .filter((e) => e.method === 'GET' || e.path === '/$batch')
    .flatMap((e) =>
      e.parts
        ? e.parts.map((p) => ({ ...p }))
        : [{ path: e.path, query: e.query, status: e.status }],
    );
}

const deltaOf = (mailbox: string): string => `/users/${mailbox}/mailFolders/inbox/messages/delta`;

/** Per's changes to the function mailbox, as another member at another desk makes them. */
async function othersChange(): Promise<{ patched: string; deleted: string; added: string }> {
  const per = client(testToken(PER.address));
  const patched = ids[0] as string; // new, unassigned
  const outcome = await changeItemState(
    per,
    { mailbox: POST, restId: patched },
    { type: 'assign', assignee: PER },
    { actor: PER, now: NOW, orgLang: 'nn', timeZone: 'Europe/Oslo' },
  );
  expect(outcome.kind).toBe('saved');
  const deleted = ids[3] as string; // new, unassigned
  await per.request('DELETE', `/users/${POST}/messages/${deleted}`);
  const added = graph.store.addMessage(graph.store.mailbox(POST)!, {
    folder: 'inbox',
    subject: 'Ny søknad',
    text: 'Hei',
    from: { name: 'Ny', address: 'ny@example.net' },
    toRecipients: [{ name: 'Post', address: POST }],
    receivedDateTime: NOW.getTime() - 3_600_000,
  }).id;
  return { patched, deleted, added };
}

function counts(s: { overview: OverviewSession['overview'] }, mailbox = POST) {
  return s.overview.mailboxes.find((m) => m.counts.address === mailbox)?.counts;
}

describe('startOverview', () => {
  it('reads every Inbox through a delta round, first pages in one batch, and gives what loadOverview gives', async () => {
    const s = await startOverview(deps(), [POST, KARI.address, ` ${POST} `]);
    const batches = graph.log.filter((e) => e.path === '/$batch');
    expect(batches).toHaveLength(1);
    expect(batches[0]?.parts?.map((p) => [p.path, p.status])).toEqual([
      [deltaOf(POST), 200],
      [deltaOf(KARI.address), 200],
    ]);
    expect(s.loads.map((l) => l.address)).toEqual([POST, KARI.address]);
    expect(s.syncs.map((x) => x?.deltaPath)).toEqual([
      expect.stringContaining('$deltatoken='),
      expect.stringContaining('$deltatoken='),
    ]);
    expect(s.updated).toEqual(NOW);
    const full = await loadOverview(deps(), [POST, KARI.address]);
    expect(s.overview.mailboxes.map((m) => m.counts)).toEqual(
      full.overview.mailboxes.map((m) => m.counts),
    );
    expect(s.chart).toEqual(full.chart);
    expect(counts(s)).toMatchObject({ unassigned: 10, notStarted: 10, overdue: 10 });
  });

  it('pages each mailbox by its next links, batched, and names the one it may not open', async () => {
    const s = await startOverview(deps(), [POST, PER.address, KARI.address], { pageSize: 7 });
    expect(s.loads[0]?.items).toHaveLength(N);
    const first = graph.log.find((e) => e.path === '/$batch');
    expect(first?.parts?.map((p) => p.status)).toEqual([200, 403, 200]);
    // 30 messages in pages of 7: five pages of the function mailbox, each asked once.
    const post = reads(0).filter((a) => a.path === deltaOf(POST));
    expect(post).toHaveLength(5);
    expect(new Set(post.map((a) => a.query)).size).toBe(5);
    expect(post.slice(1).every((a) => /^\?\$skiptoken=/.test(a.query))).toBe(true);
    expect((s.loads[1]?.failure as GraphFailure).kind).toBe('forbidden');
    expect(s.syncs[1]).toBeNull();
    expect(s.overview.mailboxes.map((m) => m.counts.address)).toEqual([POST, KARI.address]);
  });
});

describe('refreshOverview', () => {
  it("sees another user's change, a new message and a deleted one, with delta requests only", async () => {
    const s = await startOverview(deps(), [POST, KARI.address]);
    const before = counts(s)!;
    const { patched, deleted, added } = await othersChange();
    const mark = graph.log.length;

    const r = await refreshOverview(deps(), s);
    const asked = reads(mark);
    // One batch, both mailboxes from their deltaLinks: no full read, no first round again.
    expect(graph.log.slice(mark).map((e) => e.path)).toEqual(['/$batch']);
    expect(asked.map((a) => a.path)).toEqual([deltaOf(POST), deltaOf(KARI.address)]);
    for (const a of asked) {
      expect(a.query).toMatch(/^\?\$deltatoken=[^&]+$/);
      expect(a.status).toBe(200);
    }
    expect(r.changes).toEqual([
      { address: POST, changed: 2, removed: 1, restarted: false },
      { address: KARI.address, changed: 0, removed: 0, restarted: false },
    ]);
    expect(r.changed).toBe(true);
    const items = r.session.loads[0]?.items ?? [];
    expect(items.find((i) => i.id === patched)?.state.assignee).toEqual(PER);
    expect(items.some((i) => i.id === deleted)).toBe(false);
    expect(items.some((i) => i.id === added)).toBe(true);
    // The patched one (still Ny) and the deleted one left "unassigned"; the new one joined
    // both lists; the deleted one left "not started".
    expect(counts(r.session)).toMatchObject({
      unassigned: before.unassigned - 1,
      notStarted: before.notStarted,
    });
    // The same figures a full read gives now, the chart included.
    const full = await loadOverview(deps(), [POST, KARI.address]);
    expect(r.session.overview.mailboxes.map((m) => m.counts)).toEqual(
      full.overview.mailboxes.map((m) => m.counts),
    );
    expect(r.session.chart).toEqual(full.chart);
    expect(r.session.chart.at(-1)?.received).toBe((s.chart.at(-1)?.received ?? 0) + 1);
    // The session given is untouched.
    expect(s.loads[0]?.items.some((i) => i.id === deleted)).toBe(true);

    // Nothing more changed: an empty round.
    const quiet = await refreshOverview(deps(), r.session);
    expect(quiet.changed).toBe(false);
    expect(quiet.changes.map((c) => c.changed + c.removed)).toEqual([0, 0]);
  });

  it('does not refresh twice when asked again while it runs', async () => {
    const s = await startOverview(deps(), [POST, KARI.address]);
    await othersChange();
    const mark = graph.log.length;
    const a = refreshOverview(deps(), s);
    const b = refreshOverview(deps(), s);
    expect(b).toBe(a);
    const [ra, rb] = await Promise.all([a, b]);
    expect(rb).toBe(ra);
    expect(graph.log.slice(mark).map((e) => e.path)).toEqual(['/$batch']);
    expect(ra.changes[0]).toMatchObject({ changed: 2, removed: 1 });
    expect(ra.session.loads[0]?.items).toHaveLength(N);
    // Once done, a later call is a new refresh.
    const c = refreshOverview(deps(), s);
    expect(c).not.toBe(a);
    await c;
  });

  it('reads again in full only the mailbox whose token expired', async () => {
    const s = await startOverview(deps(), [POST, KARI.address]);
    const post = s.syncs[0]!;
    const expired: OverviewSession = {
      ...s,
      syncs: [{ ...post, deltaPath: `${deltaOf(POST)}?$deltatoken=expired` }, s.syncs[1] ?? null],
    };
    await othersChange();
    const mark = graph.log.length;
    const r = await refreshOverview(deps(), expired);
    expect(r.changes.map((c) => [c.address, c.restarted])).toEqual([
      [POST, true],
      [KARI.address, false],
    ]);
    expect(r.changes[0]?.changed).toBe(N);
    const asked = reads(mark);
    const kari = asked.filter((a) => a.path === deltaOf(KARI.address));
    expect(kari.map((a) => a.query)).toEqual([expect.stringMatching(/^\?\$deltatoken=/)]);
    const posts = asked.filter((a) => a.path === deltaOf(POST));
    expect(posts.map((a) => a.status)).toEqual([410, 200]);
    expect(posts[1]?.query).toMatch(/^\?\$select=/);
    expect(r.session.loads[0]?.items).toHaveLength(N);
    expect(r.session.syncs[0]?.deltaPath).toContain('$deltatoken=');
  });

  it('refreshes the others when one mailbox answers 403, keeps its place, and resumes when access returns', async () => {
    const s = await startOverview(deps(), [POST, KARI.address]);
    const group = [...graph.store.groups.values()].find((g) => g.grants === POST)!;
    const kariId = graph.store.user(KARI.address)!.id;
    const at = group.members.indexOf(kariId);
    expect(at).toBeGreaterThanOrEqual(0);
    group.members.splice(at, 1);
    const mine = graph.store.addMessage(graph.store.mailbox(KARI.address)!, {
      folder: 'inbox',
      subject: 'Til Kari',
      text: 'Hei',
      from: { name: 'Ny', address: 'ny@example.net' },
      receivedDateTime: NOW.getTime() - 60_000,
    }).id;

    const r = await refreshOverview(deps(), s);
    expect((r.changes[0]?.failure as GraphFailure).kind).toBe('forbidden');
    expect(r.changes[1]).toEqual({
      address: KARI.address,
      changed: 1,
      removed: 0,
      restarted: false,
    });
    expect(r.session.loads[1]?.items.some((i) => i.id === mine)).toBe(true);
    // Refused: its items are no longer shown, but where it was is kept.
    expect(r.session.loads[0]).toMatchObject({ address: POST, items: [] });
    expect(r.session.overview.mailboxes.map((m) => m.counts.address)).toEqual([KARI.address]);
    expect(r.session.syncs[0]).toBe(s.syncs[0]);

    group.members.push(kariId);
    await othersChange();
    const mark = graph.log.length;
    const back = await refreshOverview(deps(), r.session);
    expect(back.changes[0]).toEqual({ address: POST, changed: 2, removed: 1, restarted: false });
    expect(reads(mark).every((a) => /^\?\$deltatoken=/.test(a.query))).toBe(true);
    expect(back.session.loads[0]?.items).toHaveLength(N);
    expect(back.session.loads[0]?.failure).toBeUndefined();
  });

  it('keeps the items of a mailbox whose refresh failed for a passing reason, marked stale', async () => {
    const s = await startOverview(deps(), [POST]);
    graph.faults.add([{ kind: 'unavailable', path: '/messages/delta', times: 'always' }]);
    const r = await refreshOverview(deps(), s);
    expect((r.changes[0]?.failure as GraphFailure).kind).toBe('unavailable');
    expect(r.session.loads[0]).toMatchObject({ stale: true });
    expect(r.session.loads[0]?.items).toHaveLength(N);
    expect(counts(r.session)).toEqual(counts(s));
  });

  it('fails as a whole when the sign-in is refused, and the session given still refreshes', async () => {
    const s = await startOverview(deps(), [POST, KARI.address]);
    await othersChange();
    const failed = refreshOverview(deps('nonsense'), s);
    await expect(failed).rejects.toBeInstanceOf(OverviewRefreshFailed);
    await failed.catch((e: OverviewRefreshFailed) => {
      expect(e.mailbox).toBeNull();
      expect((e.reason as GraphFailure).kind).toBe('auth');
    });
    expect(s.loads[0]?.items).toHaveLength(N);
    const r = await refreshOverview(deps(), s);
    expect(r.changes[0]).toMatchObject({ changed: 2, removed: 1, restarted: false });
  });
});
