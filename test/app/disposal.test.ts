/**
 * R13 without React (app/disposal), against the local Graph emulator: a hold
 * placed and lifted by two people, the disposable mark, and "Slett
 * e-postkopien" — refused while held or not archived, re-read right before
 * the move, and undone when a hold lands from a second pane during it.
 */
import { createGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph/emulator';
import type { ItemAddress, ReadPort } from '../../src/core/ports';
import type { TokenSource } from '../../src/core/auth';
import type { Clock } from '../../src/core/model';
import { CaseSession } from '../../src/app/case-session';
import type { NoticeFacts } from '../../src/app/case-session';
import { deleteMailCopy, suggestedDisposableFrom } from '../../src/app/disposal';
import { ha, vara } from '../taskpane/read-fixtures';
import type { Profile } from '../../src/core/profile/types';

const KARI = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const PER = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };
const MAILBOX = 'post@ha.kommune.no';
const NOW = new Date('2026-12-06T13:03:00Z');
const clock: Clock = { now: () => NOW };
const FACTS: NoticeFacts = { subject: 'Nyhendebrev', mailboxName: 'Hå kommune – post' };

let emulator: GraphEmulator;
let restId: string;
/** Runs once before the next move request reaches Graph (a second pane acting meanwhile). */
let beforeMove: (() => Promise<void>) | null = null;

async function emulatorFetch(input: RequestInfo, init?: RequestInit): Promise<Response> {
  const url = String(input).replace('https://graph.test', '');
  if (beforeMove && init?.method === 'POST' && /\/move$/.test(url)) {
    const run = beforeMove;
    beforeMove = null;
    await run();
  }
  return emulator.fetch(url, init);
}

const tokens = (user: string): TokenSource => ({ token: async () => testToken(user) });

function session(user: typeof KARI, profile: Profile = ha, id = restId): CaseSession {
  const address: ItemAddress = { mailbox: MAILBOX, restId: id, shared: true };
  const port: ReadPort = {
    message: () => Promise.reject(new Error('not read here')),
    address: () => Promise.resolve(address),
    user: () => user,
  };
  return new CaseSession(
    {
      graphUrl: 'https://graph.test/graph',
      tokens: tokens(user.address),
      fetch: emulatorFetch,
      sleep: async () => undefined,
      clock,
    },
    port,
    profile,
    'nn',
    () => undefined,
  );
}

async function folderOfSubject(subject: RegExp): Promise<string | null> {
  const res = await emulator.fetch(
    `/graph/v1.0/users/${MAILBOX}/messages?$select=id,subject,parentFolderId&$top=100`,
    { headers: { authorization: `Bearer ${testToken(KARI.address)}` } },
  );
  const list = (await res.json()) as { value: Array<{ subject: string; parentFolderId: string }> };
  const m = list.value.find((x) => subject.test(x.subject));
  if (!m) return null;
  for (const name of ['inbox', 'deleteditems']) {
    const f = (await (
      await emulator.fetch(`/graph/v1.0/users/${MAILBOX}/mailFolders/${name}`, {
        headers: { authorization: `Bearer ${testToken(KARI.address)}` },
      })
    ).json()) as { id: string };
    if (f.id === m.parentFolderId) return name;
  }
  return m.parentFolderId;
}

let subject: RegExp;

beforeAll(async () => {
  emulator = await createGraphEmulator();
});

beforeEach(async () => {
  emulator.reset();
  beforeMove = null;
  const res = await emulator.fetch(
    `/graph/v1.0/users/${MAILBOX}/messages?$select=id,subject&$top=50`,
    {
      headers: { authorization: `Bearer ${testToken(KARI.address)}` },
    },
  );
  const list = (await res.json()) as { value: Array<{ id: string; subject: string }> };
  const first = list.value[0];
  if (!first) throw new Error('no sample message in post@ha.kommune.no');
  restId = first.id;
  subject = new RegExp(`^${first.subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
});

async function ready(user: typeof KARI): Promise<CaseSession> {
  const s = session(user);
  await s.load();
  expect(s.current.phase).toBe('ready');
  return s;
}

describe('the disposable date', () => {
  it('is the profile’s days after the message arrived, in the organisation’s zone', () => {
    // 23:30 UTC on 5 December is 6 December in Oslo.
    const received = Date.parse('2026-12-05T23:30:00Z');
    expect(
      suggestedDisposableFrom(
        { timeZone: 'Europe/Oslo', disposal: { ephemeralAfterDays: 30 } },
        received,
        NOW,
      ),
    ).toBe('2027-01-05');
    expect(suggestedDisposableFrom({ timeZone: 'Europe/Stockholm' }, undefined, NOW)).toBe(
      '2026-12-06',
    );
    expect(vara.disposal?.ephemeralAfterDays).toBe(14);
  });
});

describe('a hold placed by one pane', () => {
  it('is seen by the other, with who and when, and lifted with who and when', async () => {
    const a = await ready(KARI);
    await a.act([{ type: 'hold', reason: 'access-request' }], FACTS);
    expect(a.current.snapshot?.state.hold).toEqual({
      reason: 'access-request',
      by: KARI,
      at: NOW.toISOString(),
    });
    expect(a.current.snapshot?.categories).toContain('Innsynskrav pågår – må ikkje slettast');

    const b = await ready(PER);
    expect(b.current.snapshot?.state.hold?.by).toEqual(KARI);
    await b.act([{ type: 'mark-disposable', from: '2027-01-05' }], FACTS);
    expect(b.current.snapshot?.state.disposableFrom).toBeUndefined();
    expect(b.current.note?.intent).toBe('warning');

    await b.act([{ type: 'release-hold' }], FACTS);
    expect(b.current.snapshot?.state.hold).toBeUndefined();
    expect(b.current.snapshot?.state.holdLifted).toEqual({ by: PER, at: NOW.toISOString() });
    expect(b.current.snapshot?.categories).not.toContain('Innsynskrav pågår – må ikkje slettast');
  });

  it('placed by both at once is one hold, the first placer’s', async () => {
    const a = await ready(KARI);
    const b = await ready(PER);
    await a.act([{ type: 'hold', reason: 'access-request' }], FACTS);
    // B acted on what it read before A's hold: the write meets A's change.
    await b.act([{ type: 'hold', reason: 'access-request' }], FACTS);
    await b.read();
    expect(b.current.snapshot?.state.hold?.by).toEqual(KARI);
  });
});

describe('deleting the mail copy', () => {
  it('is refused for a message that is not archived and not marked', async () => {
    const a = await ready(KARI);
    const r = await deleteMailCopy(a);
    expect(r).toMatchObject({ kind: 'refused', block: 'not-archived' });
    expect(await folderOfSubject(subject)).toBe('inbox');
  });

  it('moves an archived message to Deleted Items, once for a double click', async () => {
    const a = await ready(KARI);
    await a.act([{ type: 'archive', archiveRef: '2026/1-1' }], FACTS);
    const [r1, r2] = await Promise.all([deleteMailCopy(a), deleteMailCopy(a)]);
    expect(r1).toEqual({ kind: 'deleted' });
    expect(r2).toBeNull();
    expect(await folderOfSubject(subject)).toBe('deleteditems');
  });

  it('moves a disposable message whose day has come', async () => {
    const a = await ready(KARI);
    await a.act([{ type: 'mark-disposable', from: '2026-12-06' }], FACTS);
    expect(await deleteMailCopy(a)).toEqual({ kind: 'deleted' });
    expect(await folderOfSubject(subject)).toBe('deleteditems');
  });

  it('waits for a disposable message whose day has not come', async () => {
    const a = await ready(KARI);
    await a.act([{ type: 'mark-disposable', from: '2026-12-07' }], FACTS);
    expect(await deleteMailCopy(a)).toMatchObject({ kind: 'refused', block: 'not-yet' });
    expect(await folderOfSubject(subject)).toBe('inbox');
  });

  it('is refused when another pane placed a hold after this one last read', async () => {
    const a = await ready(KARI);
    await a.act([{ type: 'archive', archiveRef: '2026/1-1' }], FACTS);
    const b = await ready(PER);
    await b.act([{ type: 'hold', reason: 'access-request' }], FACTS);
    // A still shows the message without a hold.
    expect(a.current.snapshot?.state.hold).toBeUndefined();
    const r = await deleteMailCopy(a);
    expect(r).toMatchObject({ kind: 'refused', block: 'on-hold' });
    expect(a.current.snapshot?.state.hold?.by).toEqual(PER);
    expect(await folderOfSubject(subject)).toBe('inbox');
  });

  it('is put back when the hold lands between the last read and the move', async () => {
    const a = await ready(KARI);
    await a.act([{ type: 'archive', archiveRef: '2026/1-1' }], FACTS);
    const b = await ready(PER);
    beforeMove = () => b.act([{ type: 'hold', reason: 'access-request' }], FACTS);
    const r = await deleteMailCopy(a);
    expect(r).toMatchObject({ kind: 'held-meanwhile', restored: true });
    expect(await folderOfSubject(subject)).toBe('inbox');
  });

  it('is refused for a hold category set by hand in Outlook', async () => {
    const a = await ready(KARI);
    await a.act([{ type: 'archive', archiveRef: '2026/1-1' }], FACTS);
    const res = await emulator.fetch(`/graph/v1.0/users/${MAILBOX}/messages/${restId}`, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${testToken(PER.address)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ categories: ['Innsynskrav pågår – må ikkje slettast'] }),
    });
    expect(res.status).toBe(200);
    expect(await deleteMailCopy(a)).toMatchObject({ kind: 'refused', block: 'on-hold' });
  });

  it('says the message is gone when someone else moved it', async () => {
    const a = await ready(KARI);
    await a.act([{ type: 'archive', archiveRef: '2026/1-1' }], FACTS);
    const b = await ready(PER);
    expect(await deleteMailCopy(b)).toEqual({ kind: 'deleted' });
    expect(await deleteMailCopy(a)).toEqual({ kind: 'gone' });
  });

  it('learns that a move whose answer was lost landed', async () => {
    const a = await ready(KARI);
    await a.act([{ type: 'archive', archiveRef: '2026/1-1' }], FACTS);
    emulator.faults.add({ kind: 'drop', times: 1, when: 'after', method: 'POST', path: '/move$' });
    const r = await deleteMailCopy(a);
    expect(r).toEqual({ kind: 'deleted' });
    expect(await folderOfSubject(subject)).toBe('deleteditems');
  });
});
