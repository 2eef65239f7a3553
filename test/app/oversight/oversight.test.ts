/**
 * The oversight use cases (src/app/oversight) against the emulators: the
 * Graph emulator for the mailboxes, the message trace and the shared state;
 * the Noark 5 emulator for the journal. Faults: a mailbox the user may not
 * open (403), a throttled batch, a trace refused (too old, forbidden), a
 * reassignment racing another writer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appToken, createGraphEmulator, testToken } from '../../../dev/graph';
import type { GraphEmulator } from '../../../dev/graph';
import { createNoarkEmulator } from '../../../dev/noark';
import type { NoarkEmulator } from '../../../dev/noark';
import {
  findAbsence,
  loadOverview,
  PeriodError,
  ReassignConflict,
  reassign,
  runLogReview,
} from '../../../src/app/oversight';
import type { OversightDeps } from '../../../src/app/oversight';
import type { Clock } from '../../../src/core/model';
import type { ArchiveConnector, ArchiveDocument } from '../../../src/core/ports';
import { parseProfileText } from '../../../src/core/profile';
import type { Profile } from '../../../src/core/profile/types';
import { toExtendedProperties } from '../../../src/core/state';
import type { ItemState, Person } from '../../../src/core/state';
import { createNoark5Connector } from '../../../src/services/archive';
import { createGraphClient } from '../../../src/services/graph/client';
import type { GraphClient } from '../../../src/services/graph/client';
import { GraphFailure } from '../../../src/services/graph/errors';
import { changeItemState, readItemState } from '../../../src/services/item-state';
import { readFileSync } from 'node:fs';
import { memoryDocument } from '../../../src/services/filing-request';

jest.setTimeout(120_000);

const NOW = new Date('2026-03-31T12:00:00Z');
const clock: Clock = { now: () => NOW };
const POST = 'post@ha.kommune.no';
const KARI: Person = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const PER: Person = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };
const SILJE: Person = { address: 'silje.vik@ha.kommune.no', name: 'Silje Vik' };

function loadProfile(): Profile {
  const r = parseProfileText(
    readFileSync(join(__dirname, '../../../profiles/ha-kommune.json'), 'utf8'),
  );
  if (!r.ok) throw new Error('profile');
  return r.profile;
}
const profile = loadProfile();

let graph: GraphEmulator;
let noark: NoarkEmulator;
let dir: string;

function client(token: string, fetchWrap?: (f: typeof fetch) => typeof fetch): GraphClient {
  const base = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
    graph.fetch(String(input), init);
  return createGraphClient({
    clock,
    baseUrl: 'http://graph.emulator.invalid/graph',
    token: async () => token,
    fetch: fetchWrap ? fetchWrap(base as typeof fetch) : base,
    sleep: async () => undefined,
  });
}

function deps(token = testToken(KARI.address)): OversightDeps {
  return { graph: client(token), clock, profile };
}

function connector(): ArchiveConnector {
  return createNoark5Connector({
    baseUrl: 'http://arkiv.test/noark5v5/',
    token: async () => `test:${KARI.address}`,
    fetch: (input, init) => noark.fetch(String(input).replace('http://arkiv.test', ''), init),
    sleep: async () => undefined,
    clock,
  });
}

function eml(text: string): ArchiveDocument {
  return memoryDocument('brev.eml', 'message/rfc822', 'main', new TextEncoder().encode(text));
}

/** The states of the generated letters, in turn. */
const STATES: readonly ItemState[] = [
  { status: 'new' },
  { status: 'in-progress', assignee: PER, due: '2026-03-20' },
  { status: 'done', assignee: KARI, due: '2026-03-30', updatedAt: '2026-03-25T10:00:00Z' },
  {
    status: 'archived',
    archiveRef: '2026/7-1',
    class: { value: 'archive-worthy', confirmed: true },
  },
  { status: 'new', class: { value: 'ephemeral', confirmed: true } },
];
const N = 40;
const ids: string[] = [];

function fill(): void {
  const mb = graph.store.mailbox(POST)!;
  for (const m of [...mb.messages.values()]) mb.messages.delete(m.id);
  ids.length = 0;
  for (let i = 0; i < N; i++) {
    const state = STATES[i % STATES.length] as ItemState;
    const m = graph.store.addMessage(mb, {
      folder: 'inbox',
      subject: i === 6 ? 'Vedrørende 150385 00047 – klage' : `Søknad ${i}`,
      text: 'Hei',
      from: { name: `Innbyggar ${i}`, address: `ola${i}@trace.example` },
      toRecipients: [{ name: 'Post', address: POST }],
      receivedDateTime: Date.parse('2026-03-02T08:00:00Z') + i * 16 * 3_600_000,
      internetMessageId: `<in${i}@trace.example>`,
      extended: toExtendedProperties(state),
    });
    ids.push(m.id);
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'arkivpost-oversight-'));
  noark = createNoarkEmulator({ dir, now: () => NOW });
  return createGraphEmulator({ now: () => NOW }).then((g) => {
    graph = g;
    fill();
  });
});

afterEach(() => {
  graph.close();
  noark.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('loadOverview', () => {
  it('reads the function mailboxes in one batch and counts what the data implies', async () => {
    const r = await loadOverview(deps(), [POST, KARI.address]);
    expect(r.loads.map((l) => [l.address, l.failure])).toEqual([
      [POST, undefined],
      [KARI.address, undefined],
    ]);
    expect(r.loads[0]?.items).toHaveLength(N);
    const counts = r.overview.mailboxes[0]?.counts;
    // new (8 + 8 ephemeral): 16 not started and unassigned; Per's 8 are past 20 March.
    expect(counts).toMatchObject({
      address: POST,
      unassigned: 16,
      notStarted: 16,
      overdue: 8,
      disposable: 8,
    });
    expect(graph.log.filter((e) => e.path === '/$batch')).toHaveLength(1);
    // The chart: 30 days ending 31 March; what was received in it adds up.
    expect(r.chart).toHaveLength(30);
    expect(r.chart.at(-1)?.day).toBe('2026-03-31');
    const inRange = r.loads
      .flatMap((l) => l.items)
      .filter(
        (i) => i.received >= '2026-03-01T23:00:00Z' && i.received < '2026-03-31T22:00:00Z',
      ).length;
    expect(inRange).toBeGreaterThanOrEqual(N);
    expect(r.chart.reduce((s, d) => s + d.received, 0)).toBe(inRange);
    expect(r.chart.reduce((s, d) => s + d.archived, 0)).toBeGreaterThan(0);
    expect(r.chart.reduce((s, d) => s + d.overdue, 0)).toBe(8);
  });

  it('shows the others when one mailbox answers 403, and says so for that one', async () => {
    const r = await loadOverview(deps(), [POST, PER.address]);
    expect(r.loads[0]?.failure).toBeUndefined();
    expect(r.loads[0]?.items).toHaveLength(N);
    const failure = r.loads[1]?.failure;
    expect(failure).toBeInstanceOf(GraphFailure);
    expect((failure as GraphFailure).kind).toBe('forbidden');
    expect(r.overview.mailboxes.map((m) => m.counts.address)).toEqual([POST]);
  });

  it('waits out a throttled batch and reads everything', async () => {
    graph.faults.add([{ kind: 'throttle', path: '^/\\$batch$', retryAfter: 1 }]);
    const r = await loadOverview(deps(), [POST, KARI.address]);
    expect(r.loads[0]?.items).toHaveLength(N);
    expect(graph.log.filter((e) => e.path === '/$batch').map((e) => e.status)).toEqual([429, 200]);
  });

  it('fails as a whole when the sign-in is refused', async () => {
    await expect(loadOverview(deps('nonsense'), [POST, KARI.address])).rejects.toMatchObject({
      kind: 'auth',
    });
  });
});

describe('runLogReview', () => {
  async function fileSome(): Promise<void> {
    // The registrar filed letters 0 and 5 in Noark 5; letter 3, 8, … are marked archived on the item.
    for (const i of [0, 5]) {
      const outcome = await connector().file({
        messageId: `<in${i}@trace.example>`,
        case: { kind: 'new', title: `Søknad ${i}` },
        documentType: 'I',
        title: `Søknad ${i}`,
        parties: [{ name: 'Ola', address: `ola${i}@trace.example`, role: 'sender' }],
        documents: [eml(`Subject: Søknad ${i}\r\n\r\nHei`)],
        date: NOW.toISOString(),
      });
      expect(outcome.kind).toBe('filed');
    }
  }

  const expectedNever = (): string[] =>
    Array.from({ length: N }, (_, i) => i)
      .filter((i) => i !== 0 && i !== 5 && i % 5 !== 3 && i % 5 !== 4)
      .map((i) => `<in${i}@trace.example>`)
      .sort();

  it('reviews the message trace against Noark 5 and the mark on the items', async () => {
    await fileSome();
    const r = await runLogReview(
      { ...deps(), traceGraph: client(appToken()), connector: connector() },
      { mailbox: POST, from: '2026-03-01', to: '2026-03-31' },
    );
    expect(r.source).toBe('message-trace');
    expect(r.traceRefusal).toBeUndefined();
    expect(r.rows).toBe(N);
    expect(r.journalSources).toEqual(['noark5', 'mark']);
    expect(r.review.neverRegistered.map((x) => x.messageId).sort()).toEqual(expectedNever());
    expect(r.review.registered.map((x) => x.entry.source).sort()).toEqual([
      ...Array(8).fill('mark'),
      'noark5',
      'noark5',
    ]);
    expect(r.review.ephemeral).toHaveLength(8);
    expect(r.review.subjectHygiene.map((h) => h.maskedSubject)).toEqual([
      'Vedrørende •••••• ••••• – klage',
    ]);
  });

  it('reads the folders when the period is older than the trace reaches, and says why', async () => {
    const r = await runLogReview(
      { ...deps(), traceGraph: client(appToken()), connector: connector() },
      { mailbox: POST, from: '2025-12-01', to: '2025-12-31' },
    );
    expect(r.source).toBe('folders');
    expect(r.traceRefusal).toBe('too-old');
    expect(r.rows).toBe(0);
    expect(graph.log.some((e) => /messageTraces/i.test(e.path))).toBe(false);
  });

  it('reads the folders when Graph refuses the trace, and without an application client', async () => {
    const refused = await runLogReview(
      { ...deps(), traceGraph: client(testToken(KARI.address)), connector: null },
      { mailbox: POST, from: '2026-03-01', to: '2026-03-31' },
    );
    expect(refused.source).toBe('folders');
    expect(refused.traceRefusal).toBe('forbidden');
    expect(refused.rows).toBe(N);
    expect(refused.journalSources).toEqual(['mark']);
    const none = await runLogReview(
      { ...deps(), connector: null },
      { mailbox: POST, from: '2026-03-01', to: '2026-03-31' },
    );
    expect(none.traceRefusal).toBe('no-client');
    expect(none.review.neverRegistered.length).toBe(refused.review.neverRegistered.length);
  });

  it('refuses a reversed or too long period before asking anything', async () => {
    const d = { ...deps(), connector: null };
    await expect(
      runLogReview(d, { mailbox: POST, from: '2026-03-31', to: '2026-03-01' }),
    ).rejects.toMatchObject({ problem: 'reversed' });
    await expect(
      runLogReview(d, { mailbox: POST, from: '2026-01-01', to: '2026-06-30' }),
    ).rejects.toBeInstanceOf(PeriodError);
    expect(graph.log).toHaveLength(0);
  });

  it('fails when the trace stays throttled, rather than passing the folders off silently', async () => {
    graph.faults.add([{ kind: 'throttle', path: 'messageTraces', times: 'always', retryAfter: 1 }]);
    await expect(
      runLogReview(
        { ...deps(), traceGraph: client(appToken()), connector: null },
        { mailbox: POST, from: '2026-03-01', to: '2026-03-31' },
      ),
    ).rejects.toMatchObject({ kind: 'throttled' });
  });
});

describe('reassign', () => {
  const perItem = (): string => ids[1] as string; // in progress, Per's, due 20 March

  it('assigns to another member, keeping the status', async () => {
    const state = await reassign(deps(), { mailbox: POST, itemId: perItem(), to: KARI });
    expect(state).toMatchObject({ status: 'in-progress', assignee: KARI, due: '2026-03-20' });
    const held = await readItemState(client(appToken()), { mailbox: POST, restId: perItem() });
    expect(held.state.assignee).toEqual(KARI);
    expect(held.state.updatedBy).toEqual(KARI);
    // A second click changes nothing more.
    const patches = graph.log.filter((e) => e.method === 'PATCH').length;
    await reassign(deps(), { mailbox: POST, itemId: perItem(), to: KARI });
    expect(graph.log.filter((e) => e.method === 'PATCH').length).toBe(patches);
  });

  /** A fetch that lets another person's change land just before our first PATCH. */
  function racing(change: (other: GraphClient) => Promise<unknown>) {
    let raced = false;
    return (f: typeof fetch): typeof fetch =>
      (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (!raced && init?.method === 'PATCH') {
          raced = true;
          await change(client(testToken(PER.address)));
        }
        return f(input, init);
      }) as typeof fetch;
  }

  it("keeps another person's concurrent change to another field", async () => {
    const wrap = racing((other) =>
      changeItemState(
        other,
        { mailbox: POST, restId: perItem() },
        { type: 'set-due', due: '2026-04-15' },
        {
          actor: PER,
          now: NOW,
          orgLang: 'nn',
          timeZone: 'Europe/Oslo',
        },
      ),
    );
    const state = await reassign(
      { graph: client(testToken(KARI.address), wrap), clock, profile },
      { mailbox: POST, itemId: perItem(), to: KARI },
    );
    expect(state).toMatchObject({ status: 'in-progress', assignee: KARI, due: '2026-04-15' });
    expect(graph.log.filter((e) => e.method === 'PATCH').map((e) => e.status)).toEqual([
      200, 412, 200,
    ]);
  });

  it('does not overwrite a concurrent reassignment: it reports it, theirs stands', async () => {
    const wrap = racing((other) =>
      changeItemState(
        other,
        { mailbox: POST, restId: perItem() },
        { type: 'assign', assignee: SILJE },
        {
          actor: PER,
          now: NOW,
          orgLang: 'nn',
          timeZone: 'Europe/Oslo',
        },
      ),
    );
    const attempt = reassign(
      { graph: client(testToken(KARI.address), wrap), clock, profile },
      { mailbox: POST, itemId: perItem(), to: KARI },
    );
    await expect(attempt).rejects.toBeInstanceOf(ReassignConflict);
    await attempt.catch((e: ReassignConflict) => {
      expect(e.fields).toEqual(['assignee']);
      expect(e.state.assignee).toEqual(SILJE);
    });
    const held = await readItemState(client(appToken()), { mailbox: POST, restId: perItem() });
    expect(held.state.assignee).toEqual(SILJE);
  });
});

describe('findAbsence', () => {
  const post = () => graph.store.mailbox(POST)!;
  const per = () => graph.store.mailbox(PER.address)!;
  const perOpen = (): string[] => ids.filter((_, i) => i % STATES.length === 1);

  it('application: the mailbox without an auto-reply, and the member whose is on, with his open items', async () => {
    graph.store.setAutoReply(per(), { status: 'alwaysEnabled', internalReplyMessage: 'Ferie.' });
    const r = await findAbsence({ ...deps(appToken()), mode: 'application' }, [POST]);
    expect(r.mailboxesWithoutAutoReply).toEqual([POST]);
    expect(r.unknown).toEqual([]);
    expect(r.absentMembers.map((m) => [m.address, m.reason, m.mailboxes])).toEqual([
      [PER.address, 'auto-reply', [POST]],
    ]);
    expect(r.absentMembers[0]?.assignedOpen.map((x) => x.id).sort()).toEqual(perOpen().sort());
    expect(graph.log.some((e) => /automaticRepliesSetting/.test(e.path))).toBe(true);
    expect(graph.log.some((e) => /getMailTips/.test(e.path))).toBe(false);
  });

  it('delegated: the same through getMailTips, and none of the settings a delegate may not read', async () => {
    graph.store.setAutoReply(per(), { status: 'alwaysEnabled', internalReplyMessage: 'Ferie.' });
    graph.store.setAutoReply(post(), { status: 'alwaysEnabled', internalReplyMessage: 'Takk.' });
    const r = await findAbsence({ ...deps(), mode: 'delegated' }, [POST]);
    expect(r.mailboxesWithoutAutoReply).toEqual([]);
    expect(r.absentMembers.map((m) => [m.address, m.reason])).toEqual([
      [PER.address, 'auto-reply'],
    ]);
    expect(r.absentMembers[0]?.assignedOpen).toHaveLength(perOpen().length);
    expect(graph.log.some((e) => /mailboxSettings/.test(e.path))).toBe(false);
  });

  it('an out-of-office day in the calendar without an auto-reply is away too', async () => {
    graph.store.addEvent(per(), {
      subject: 'Kurs',
      start: Date.parse('2026-03-30T22:00:00Z'),
      end: Date.parse('2026-03-31T22:00:00Z'),
      isAllDay: true,
      showAs: 'oof',
      timeZone: 'Europe/Oslo',
    });
    graph.store.addEvent(graph.store.mailbox(KARI.address)!, {
      subject: 'Møte',
      start: Date.parse('2026-03-31T08:00:00Z'),
      end: Date.parse('2026-03-31T09:00:00Z'),
      isAllDay: false,
      showAs: 'busy',
      timeZone: 'Europe/Oslo',
    });
    const r = await findAbsence({ ...deps(appToken()), mode: 'application' }, [POST]);
    expect(r.absentMembers.map((m) => [m.address, m.reason])).toEqual([[PER.address, 'calendar']]);
  });

  it('after a reassignment the away member has one open item fewer', async () => {
    graph.store.setAutoReply(per(), { status: 'alwaysEnabled', internalReplyMessage: 'Ferie.' });
    const first = await findAbsence({ ...deps(appToken()), mode: 'application' }, [POST]);
    const item = first.absentMembers[0]!.assignedOpen[0]!;
    await reassign(deps(), { mailbox: POST, itemId: item.id, to: KARI });
    const after = await findAbsence({ ...deps(appToken()), mode: 'application' }, [POST]);
    expect(after.absentMembers[0]?.assignedOpen.map((x) => x.id)).not.toContain(item.id);
    expect(after.absentMembers[0]?.assignedOpen).toHaveLength(perOpen().length - 1);
  });

  it('an auto-reply that cannot be read is unknown, neither present nor away', async () => {
    graph.store.setAutoReply(per(), { status: 'alwaysEnabled', internalReplyMessage: 'Ferie.' });
    graph.faults.add([
      { kind: 'unavailable', path: 'per\\.hansen.*automaticRepliesSetting', times: 'always' },
    ]);
    const r = await findAbsence({ ...deps(appToken()), mode: 'application' }, [POST]);
    expect(r.unknown).toEqual([PER.address]);
    expect(r.mailboxesWithoutAutoReply).toEqual([POST]);
    expect(r.absentMembers).toEqual([]);
  });
});
