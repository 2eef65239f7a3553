/**
 * Shared case state over Graph, against the local Graph emulator: two people
 * in Hå kommune's function mailbox acting on the same citizen's request,
 * with throttling and dropped connections in between.
 */
import { createGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph/emulator';
import { systemClock } from '../../src/services/clock';
import { createGraphClient } from '../../src/services/graph/client';
import type { GraphClient, RetryInfo } from '../../src/services/graph/client';
import { changeItemState, readItemState } from '../../src/services/item-state';
import type { ChangeContext, ItemRef } from '../../src/services/item-state';

const KARI = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const PER = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };
const MAILBOX = 'post@ha.kommune.no';

let emulator: GraphEmulator;
let ref: ItemRef;

function clientFor(
  user: string,
  retries: RetryInfo[] = [],
  beforeFirstPatch?: () => Promise<unknown>,
): GraphClient {
  let hook = beforeFirstPatch;
  return createGraphClient({
    clock: systemClock,
    baseUrl: 'https://graph.test/graph',
    token: async () => testToken(user),
    fetch: async (input, init) => {
      // Someone else acts between this user's read and write.
      if (hook && (init?.method ?? 'GET').toUpperCase() === 'PATCH') {
        const h = hook;
        hook = undefined;
        await h();
      }
      return emulator.fetch(String(input).replace('https://graph.test', ''), init);
    },
    sleep: async () => undefined,
    onRetry: (info) => retries.push(info),
  });
}

function ctx(actor: { address: string; name: string }, at = '2026-11-23T09:00:00Z'): ChangeContext {
  return { actor, now: new Date(at), orgLang: 'nn', timeZone: 'Europe/Oslo' };
}

function patchesApplied(): number {
  return emulator.log.filter((e) => e.method === 'PATCH' && e.applied).length;
}

beforeAll(async () => {
  emulator = await createGraphEmulator();
});

beforeEach(async () => {
  emulator.reset();
  const list = await clientFor(KARI.address).request<{
    value: Array<{ id: string; subject: string }>;
  }>('GET', `/users/${MAILBOX}/messages?$select=id,subject&$top=50`);
  const first =
    list.value.value.find((m) => /barnehageplass/i.test(m.subject)) ?? list.value.value[0];
  if (!first) throw new Error('no sample message in post@ha.kommune.no');
  ref = { mailbox: MAILBOX, restId: first.id };
});

describe('shared state in a function mailbox', () => {
  it('A assigns to B, B sees it and sets Ferdig, A sees Ferdig', async () => {
    const a = clientFor(KARI.address);
    const b = clientFor(PER.address);
    const assigned = await changeItemState(a, ref, { type: 'assign', assignee: PER }, ctx(KARI));
    expect(assigned.kind).toBe('saved');
    const seenByB = await readItemState(b, ref);
    expect(seenByB.state.assignee).toEqual(PER);
    expect(seenByB.categories).toContain('Tildelt: Per Hansen');
    const done = await changeItemState(b, ref, { type: 'set-status', status: 'done' }, ctx(PER));
    expect(done.kind).toBe('saved');
    const seenByA = await readItemState(a, ref);
    expect(seenByA.state).toMatchObject({ status: 'done', updatedBy: PER });
    expect(seenByA.categories).toEqual(expect.arrayContaining(['Ferdig', 'Tildelt: Per Hansen']));
  });

  it('keeps both changes when two people change different things at once, and says what the other did', async () => {
    const b = clientFor(PER.address);
    const a = clientFor(KARI.address, [], () =>
      changeItemState(b, ref, { type: 'set-status', status: 'in-progress' }, ctx(PER)),
    );
    const result = await changeItemState(
      a,
      ref,
      { type: 'assign', assignee: KARI },
      ctx(KARI, '2026-11-23T09:05:00Z'),
    );
    expect(result.kind).toBe('saved');
    if (result.kind !== 'saved') return;
    expect(result.theirs.map((c) => c.field)).toContain('status');
    const now = await readItemState(b, ref);
    expect(now.state).toMatchObject({ status: 'in-progress', assignee: KARI });
  });

  it('does not overwrite when both change the same thing at once, and says what the other did', async () => {
    const b = clientFor(PER.address);
    const a = clientFor(KARI.address, [], () =>
      changeItemState(b, ref, { type: 'assign', assignee: PER }, ctx(PER)),
    );
    const result = await changeItemState(a, ref, { type: 'assign', assignee: KARI }, ctx(KARI));
    expect(result.kind).toBe('conflict');
    if (result.kind !== 'conflict') return;
    expect(result.fields).toContain('assignee');
    expect(result.theirs.find((c) => c.field === 'assignee')).toMatchObject({ by: PER });
    expect((await readItemState(b, ref)).state.assignee).toEqual(PER);
  });

  it('lands exactly once through a storm of 429s, with progress reported', async () => {
    const retries: RetryInfo[] = [];
    const a = clientFor(KARI.address, retries);
    emulator.faults.add({ kind: 'throttle', times: 4, method: 'PATCH', retryAfter: 2 });
    const result = await changeItemState(a, ref, { type: 'assign', assignee: PER }, ctx(KARI));
    expect(result.kind).toBe('saved');
    expect(retries.map((r) => r.delayMs)).toEqual([2000, 2000, 2000, 2000]);
    expect(patchesApplied()).toBe(1);
  });

  it.each(['before', 'after'] as const)(
    'leaves one consistent state when the connection drops %s the update is applied',
    async (when) => {
      const a = clientFor(KARI.address);
      emulator.faults.add({ kind: 'drop', method: 'PATCH', when });
      const result = await changeItemState(a, ref, { type: 'assign', assignee: PER }, ctx(KARI));
      expect(result.kind).toBe('saved');
      expect(patchesApplied()).toBe(1);
      const seen = await readItemState(clientFor(PER.address), ref);
      expect(seen.state.assignee).toEqual(PER);
    },
  );

  it('does not let someone without access change the message', async () => {
    const outsider = clientFor('silje.vik@ha.kommune.no');
    await expect(
      changeItemState(
        outsider,
        ref,
        { type: 'assign', assignee: PER },
        ctx({ address: 'silje.vik@ha.kommune.no', name: 'Silje Vik' }),
      ),
    ).rejects.toMatchObject({ kind: 'forbidden' });
  });
});
