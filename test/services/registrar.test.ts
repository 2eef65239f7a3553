/**
 * The registry mailbox from both ends, against the Graph emulator: Anna
 * Andersson, in Vara kommun's function mailbox, sends the building
 * application to the registrar (arkivet@vara.se). The message is then
 * "Skickad till registrator" with where and when, not archived. Eva Lind,
 * who reads arkivet@, records "KS 2026/123"; the original in
 * vara.kommun@vara.se is then archived with that reference, and the
 * forward too. Retries, double clicks, faults between the writes, a wrong
 * number, and an original the registrar cannot reach.
 */
import { ewsId } from '../../dev/emulator/util';
import { createGraphEmulator, testToken, toRestId } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph';
import type { FilingJournalPort, JournalEntry } from '../../src/core/archive/journal';
import { LANGS } from '../../src/core/model';
import type { ArchiveConnector, ItemAddress } from '../../src/core/ports';
import { describeStanding } from '../../src/core/state';
import { createRegistryConnector } from '../../src/services/archive';
import { fileMessage, memoryDocument } from '../../src/services/filing';
import type { FilingChoice } from '../../src/services/filing';
import { systemClock } from '../../src/services/clock';
import { createGraphClient } from '../../src/services/graph/client';
import type { GraphClient } from '../../src/services/graph/client';
import { readItemState } from '../../src/services/item-state';
import type { ChangeContext, ItemRef } from '../../src/services/item-state';
import { NotAForward, readRegistryForward, recordRegistration } from '../../src/services/registrar';

const ANNA = { name: 'Anna Andersson', address: 'anna.andersson@vara.se' };
const EVA = { name: 'Eva Lind', address: 'eva.lind@vara.se' };
const KOMMUN = 'vara.kommun@vara.se';
const ARKIVET = 'arkivet@vara.se';
const NOW = new Date('2026-03-04T09:30:00Z');
const ALTAN = toRestId(ewsId('item', 'vara-kommun/vara.kommun/01-bygglov-altan.eml'));
const ALLMAN = toRestId(ewsId('item', 'vara-kommun/anna.andersson/01-allman-handling.eml'));
const ALTAN_ID = '<01-bygglov-altan.20260302@example.com>';

let emulator: GraphEmulator;

beforeAll(async () => {
  emulator = await createGraphEmulator({ now: () => NOW });
});

afterAll(() => emulator.close());

beforeEach(() => emulator.reset());

function client(upn: string): GraphClient {
  return createGraphClient({
    clock: systemClock,
    baseUrl: 'http://graph.emulator.invalid/graph',
    token: async () => testToken(upn),
    fetch: (input, init) => emulator.fetch(String(input), init),
    sleep: async () => undefined,
  });
}

const change = (actor: { name: string; address: string }): ChangeContext => ({
  actor,
  now: NOW,
  orgLang: 'sv',
  timeZone: 'Europe/Stockholm',
});

function connector(graph: GraphClient): ArchiveConnector {
  return createRegistryConnector({
    graph,
    to: ARKIVET,
    lang: 'sv',
    timeZone: 'Europe/Stockholm',
    by: ANNA,
    clock: { now: () => NOW },
  });
}

const CHOICE: FilingChoice = {
  case: { kind: 'new', title: 'Bygglov för altan' },
  documentType: 'I',
  title: 'Fråga om bygglov för altan',
  attachments: [],
};

async function forwardToRegistrar(
  item: ItemAddress = { mailbox: KOMMUN, restId: ALTAN, shared: true },
) {
  const graph = client(ANNA.address);
  return fileMessage({
    graph,
    connector: connector(graph),
    item,
    choice: CHOICE,
    change: change(ANNA),
    clock: { now: () => NOW },
  });
}

interface Listed {
  readonly value: { id: string; subject: string }[];
}

/** The forwards in the registry mailbox, as Eva sees them. */
async function atRegistry(): Promise<ItemRef[]> {
  const { value } = await client(EVA.address).request<Listed>(
    'GET',
    `/users/${ARKIVET}/mailFolders/inbox/messages?$top=50&$select=id,subject`,
  );
  return value.value.map((m) => ({ mailbox: ARKIVET, restId: m.id }));
}

async function onlyForward(): Promise<ItemRef> {
  const list = await atRegistry();
  expect(list).toHaveLength(1);
  return list[0] as ItemRef;
}

const register = (forward: ItemRef, reference: string, as = EVA) =>
  recordRegistration({ graph: client(as.address), forward, reference, change: change(as) });

function categoriesOf(mailbox: string, restId: string): string[] {
  const box = emulator.store.mailbox(mailbox);
  return [...(box?.messages.get(restId)?.categories ?? [])];
}

/** Writes to an item since `since` (the filing's own: its journal and its mark). */
function patchesTo(restId: string, since = 0): number {
  return (
    emulator.log.filter((e) => e.method === 'PATCH' && e.path.includes(restId) && e.status === 200)
      .length - since
  );
}

/** The forward, and how often the original had been written when it was made. */
async function forwarded(): Promise<number> {
  await forwardToRegistrar();
  return patchesTo(ALTAN);
}

describe('a forward to the registry mailbox is sent to the registrar, not archived', () => {
  it('marks the original "Skickad till registrator" with the addressee and the time, and no archive category', async () => {
    const result = await forwardToRegistrar();
    expect(result).toMatchObject({
      kind: 'done',
      outcome: { kind: 'forwarded', to: ARKIVET, earlier: false, at: NOW.toISOString() },
    });
    const state = (await readItemState(client(ANNA.address), { mailbox: KOMMUN, restId: ALTAN }))
      .state;
    expect(state.status).toBe('sent-to-registrar');
    expect(state.sentTo).toEqual({ address: ARKIVET, at: NOW.toISOString() });
    expect(state.archiveRef).toBeUndefined();
    expect(categoriesOf(KOMMUN, ALTAN)).toEqual(['Skickad till registrator']);
    expect(describeStanding(state, 'sv', { timeZone: 'Europe/Stockholm' })).toBe(
      'Skickad till registrator arkivet@vara.se 2026-03-04 kl. 10.30. Meddelandet märks som diariefört när registratorn har registrerat det.',
    );
    for (const lang of LANGS) {
      const text = describeStanding(state, lang, { timeZone: 'Europe/Oslo' }) ?? '';
      expect(text).toContain(ARKIVET);
      expect(text).not.toMatch(/T\d{2}:|Z\b|\(\s*\)/);
    }
  });

  it('sends nothing and changes nothing when filed again, from a new pane', async () => {
    await forwardToRegistrar();
    const version = emulator.store.mailbox(KOMMUN)?.messages.get(ALTAN)?.version;
    const again = await forwardToRegistrar();
    expect(again).toMatchObject({ kind: 'done', outcome: { kind: 'forwarded', earlier: true } });
    expect(again.kind === 'done' && again.markError).toBeFalsy();
    expect(await atRegistry()).toHaveLength(1);
    expect(emulator.store.mailbox(KOMMUN)?.messages.get(ALTAN)?.version).toBe(version);
  });

  it('carries the original’s Message-ID, mailbox and fingerprint to the registrar, and findFiled gives the fingerprint back', async () => {
    const graph = client(ANNA.address);
    const mime = await graph.bytes(`/users/${KOMMUN}/messages/${ALTAN}/$value`);
    const c = connector(graph);
    const fingerprint = 'c0'.repeat(32);
    await c.file({
      messageId: ALTAN_ID,
      fingerprint,
      source: { mailbox: KOMMUN, internetMessageId: ALTAN_ID },
      case: { kind: 'new', title: 'Bygglov' },
      documentType: 'I',
      title: 'Fråga om bygglov för altan',
      parties: [],
      documents: [memoryDocument('altan.eml', 'message/rfc822', 'main', mime)],
      date: '2026-03-02T11:20:31.000Z',
    });
    expect(await c.findFiled(ALTAN_ID)).toEqual({ reference: ARKIVET, fingerprint });
    const forward = await readRegistryForward(client(EVA.address), await onlyForward());
    expect(forward?.origin).toEqual({ messageId: ALTAN_ID, mailbox: KOMMUN, fingerprint });
    expect(forward?.snapshot.state.status).toBe('new');
    // Not a forward: a message of the kommun's own.
    expect(
      await readRegistryForward(client(EVA.address), { mailbox: KOMMUN, restId: ALTAN }),
    ).toBeNull();
  });
});

describe('the registrar records the registration number', () => {
  it('marks the original archived with it ("Registrerad som KS 2026/123") and the forward too', async () => {
    await forwardToRegistrar();
    const forward = await onlyForward();
    const result = await register(forward, '  KS 2026/123 ');
    expect(result).toMatchObject({ kind: 'registered', reference: 'KS 2026/123', mailbox: KOMMUN });
    const original = (await readItemState(client(ANNA.address), { mailbox: KOMMUN, restId: ALTAN }))
      .state;
    expect(original).toMatchObject({
      status: 'archived',
      archiveRef: 'KS 2026/123',
      sentTo: { address: ARKIVET, at: NOW.toISOString() },
      updatedBy: EVA,
    });
    expect(categoriesOf(KOMMUN, ALTAN)).toEqual(['Diarieförd KS 2026/123']);
    expect(describeStanding(original, 'sv', { timeZone: 'Europe/Stockholm' })).toBe(
      'Registrerad som KS 2026/123.',
    );
    expect(describeStanding(original, 'nb', { timeZone: 'Europe/Oslo' })).toBe(
      'Registrert som KS 2026/123.',
    );
    expect(describeStanding(original, 'en', { timeZone: 'Europe/Oslo' })).toBe(
      'Registered as KS 2026/123.',
    );
    const fwd = (await readItemState(client(EVA.address), forward)).state;
    expect(fwd).toMatchObject({ status: 'archived', archiveRef: 'KS 2026/123' });
    expect(fwd.originalUnmarked).toBeUndefined();
    expect(categoriesOf(ARKIVET, forward.restId)).toEqual(['Diarieförd KS 2026/123']);
  });

  it('is the same after a retry and after a double click: each item written once', async () => {
    const sent = await forwarded();
    const forward = await onlyForward();
    const [a, b] = await Promise.all([
      register(forward, 'KS 2026/123'),
      register(forward, 'KS 2026/123'),
    ]);
    expect(a.kind).toBe('registered');
    expect(b.kind).toBe('registered');
    const again = await register(forward, 'KS 2026/123');
    expect(again.kind).toBe('registered');
    expect(patchesTo(ALTAN, sent)).toBe(1); // archived, once
    expect(patchesTo(forward.restId)).toBe(1);
  });

  it('finishes on retry when the connection dropped after the original was marked', async () => {
    const sent = await forwarded();
    const forward = await onlyForward();
    emulator.faults.add({
      kind: 'unavailable',
      method: 'PATCH',
      path: `/messages/${forward.restId}$`,
      times: 'always',
    });
    await expect(register(forward, 'KS 2026/123')).rejects.toMatchObject({ kind: 'unavailable' });
    const original = await readItemState(client(EVA.address), { mailbox: KOMMUN, restId: ALTAN });
    expect(original.state).toMatchObject({ status: 'archived', archiveRef: 'KS 2026/123' });
    expect((await readItemState(client(EVA.address), forward)).state.status).toBe('new');
    emulator.faults.clear();
    expect((await register(forward, 'KS 2026/123')).kind).toBe('registered');
    expect((await readItemState(client(EVA.address), forward)).state.archiveRef).toBe(
      'KS 2026/123',
    );
    expect(patchesTo(ALTAN, sent)).toBe(1);
  });

  it('takes a write whose answer was lost as written: nothing twice', async () => {
    await forwardToRegistrar();
    const applied = (): number =>
      emulator.log.filter((e) => e.method === 'PATCH' && e.path.includes(ALTAN) && e.applied)
        .length;
    const sent = applied();
    const forward = await onlyForward();
    emulator.faults.add({
      kind: 'drop',
      when: 'after',
      method: 'PATCH',
      path: `/messages/${ALTAN}$`,
    });
    expect((await register(forward, 'KS 2026/123')).kind).toBe('registered');
    // Applied once since the forward: archived; the repeat found it written.
    expect(applied() - sent).toBe(1);
    const original = await readItemState(client(EVA.address), { mailbox: KOMMUN, restId: ALTAN });
    expect(original.state).toMatchObject({ status: 'archived', archiveRef: 'KS 2026/123' });
  });

  it('refuses a number that is not one, with the reason, and changes nothing', async () => {
    const sent = await forwarded();
    const forward = await onlyForward();
    const result = await register(forward, 'hej hej');
    expect(result).toEqual({
      kind: 'invalid',
      problem: { code: 'reference.invalid', text: 'hej hej' },
    });
    expect((await register(forward, '   ')).kind).toBe('invalid');
    expect((await register(forward, 'KS 2026/1\u202e23')).kind).toBe('invalid');
    expect(patchesTo(forward.restId)).toBe(0);
    expect(patchesTo(ALTAN, sent)).toBe(0);
  });

  it('keeps the first registration when another number is recorded later', async () => {
    await forwardToRegistrar();
    const forward = await onlyForward();
    await register(forward, 'KS 2026/123');
    const later = await register(forward, 'KS 2026/999');
    expect(later).toMatchObject({ kind: 'registered-otherwise', reference: 'KS 2026/123' });
    const original = await readItemState(client(EVA.address), { mailbox: KOMMUN, restId: ALTAN });
    expect(original.state.archiveRef).toBe('KS 2026/123');
  });

  it('says so and records it on the forward when the registrar cannot reach the original’s mailbox', async () => {
    // Anna sends a message from her own mailbox: Eva has no access there.
    await forwardToRegistrar({ mailbox: ANNA.address, restId: ALLMAN, shared: false });
    const forward = await onlyForward();
    const result = await register(forward, 'KS 2026/7');
    expect(result).toMatchObject({
      kind: 'original-unmarked',
      reference: 'KS 2026/7',
      mailbox: ANNA.address,
      reason: 'no-access',
    });
    const fwd = (await readItemState(client(EVA.address), forward)).state;
    expect(fwd).toMatchObject({
      status: 'archived',
      archiveRef: 'KS 2026/7',
      originalUnmarked: ANNA.address,
    });
    const original = (
      await readItemState(client(ANNA.address), { mailbox: ANNA.address, restId: ALLMAN })
    ).state;
    expect(original.status).toBe('sent-to-registrar');
    expect(categoriesOf(ANNA.address, ALLMAN)).toEqual(['Skickad till registrator']);
    // Recorded again, as the same number: the note stays, nothing else is written.
    expect((await register(forward, 'KS 2026/7')).kind).toBe('original-unmarked');
    expect(patchesTo(forward.restId)).toBe(1);
  });

  it('refuses a message that is not a forward of Arkivpost’s', async () => {
    await expect(
      register({ mailbox: KOMMUN, restId: ALTAN }, 'KS 2026/123'),
    ).rejects.toBeInstanceOf(NotAForward);
  });
});

describe('the forward in the filing journal', () => {
  function memoryJournal(fail = false): FilingJournalPort & { entries: JournalEntry[] } {
    const entries: JournalEntry[] = [];
    return {
      entries,
      get: (step) => [...entries].reverse().find((e) => e.step === step),
      note: async (entry) => {
        if (fail) throw new Error('the item could not be written');
        entries.push(entry);
      },
    };
  }

  async function request() {
    const graph = client(ANNA.address);
    const mime = await graph.bytes(`/users/${KOMMUN}/messages/${ALTAN}/$value`);
    return {
      messageId: ALTAN_ID,
      source: { mailbox: KOMMUN },
      case: { kind: 'new' as const, title: 'Bygglov' },
      documentType: 'I' as const,
      title: 'Fråga om bygglov för altan',
      parties: [],
      documents: [memoryDocument('altan.eml', 'message/rfc822', 'main', mime)],
      date: '2026-03-02T11:20:31.000Z',
    };
  }

  it('notes the key before sending and the forward’s own Message-ID after', async () => {
    const journal = memoryJournal();
    await connector(client(ANNA.address)).file(await request(), undefined, journal);
    expect(journal.entries).toHaveLength(2);
    expect(journal.entries[0]).toEqual({
      step: 'forward',
      key: { messageId: ALTAN_ID, to: ARKIVET },
    });
    const made = journal.entries[1]?.made;
    const sent = emulator.store.mailbox(ANNA.address)?.messages.values().next().value as
      { internetMessageId: string } | undefined;
    expect(made?.id).toMatch(/^<.+@vara\.se>$/);
    const [arrived] = await atRegistry();
    const { value } = await client(EVA.address).request<{ internetMessageId: string }>(
      'GET',
      `/users/${ARKIVET}/messages/${arrived?.restId}?$select=internetMessageId`,
    );
    expect(made?.id).toBe(value.internetMessageId);
    expect(sent).toBeDefined();
  });

  it('never sends again what the journal says was made, even when Sent Items no longer shows it', async () => {
    const journal = memoryJournal();
    const graph = client(ANNA.address);
    await connector(graph).file(await request(), undefined, journal);
    // Someone cleans up Sent Items; a new pane with the journal files again.
    const { value } = await graph.request<Listed>(
      'GET',
      '/me/mailFolders/sentitems/messages?$select=id,subject',
    );
    for (const m of value.value) await graph.request('DELETE', `/me/messages/${m.id}`);
    const again = await connector(client(ANNA.address)).file(await request(), undefined, journal);
    expect(again).toMatchObject({ kind: 'forwarded', earlier: true, to: ARKIVET });
    expect(await atRegistry()).toHaveLength(1);
  });

  it('sends nothing when the journal cannot be written', async () => {
    const failure = await connector(client(ANNA.address))
      .file(await request(), undefined, memoryJournal(true))
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(await atRegistry()).toEqual([]);
    expect(emulator.log.filter((e) => e.method === 'POST')).toEqual([]);
  });
});
