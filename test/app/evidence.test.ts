/**
 * R11 without React (app/evidence), against the local Graph emulator: the
 * threat in Hå kommune's post@ kept as evidence and sent to Kari Nordmann's
 * manager, once each whatever is clicked where: a double click, a second
 * pane, two people at once, the folder made by someone else meanwhile,
 * sending that fails after the claim, a pane that died after claiming, and
 * nobody to tell.
 */
import { createGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph/emulator';
import {
  claimUnsent,
  keepAsEvidence,
  noticeTarget,
  notifyManager,
  STALE_CLAIM_MS,
} from '../../src/app/evidence';
import { CaseSession } from '../../src/app/case-session';
import type { Clock } from '../../src/core/model';
import type { ItemAddress, ReadPort } from '../../src/core/ports';
import type { Profile } from '../../src/core/profile/types';
import type { TokenSource } from '../../src/core/auth';
import { EVIDENCE_FOLDER, evidenceFolder, sha256Hex } from '../../src/services/evidence';
import { createGraphClient } from '../../src/services/graph/client';
import { changeItemState, readItemState } from '../../src/services/item-state';
import { ha } from '../taskpane/read-fixtures';

const KARI = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const PER = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };
const SILJE = 'silje.vik@ha.kommune.no';
const MAILBOX = 'post@ha.kommune.no';
const NOW = new Date('2026-11-23T09:30:00Z');
const clock: Clock = { now: () => NOW };

let emulator: GraphEmulator;
let restId: string;

const emulatorFetch = (input: RequestInfo, init?: RequestInit): Promise<Response> =>
  emulator.fetch(String(input).replace('https://graph.test', ''), init);

const tokensFor = (user: string): TokenSource => ({ token: async () => testToken(user) });

function portFor(user: typeof KARI, address: ItemAddress): ReadPort {
  return {
    message: () => Promise.reject(new Error('not read here')),
    address: () => Promise.resolve(address),
    user: () => user,
  };
}

async function session(
  user: typeof KARI,
  profile: Profile = ha,
  at: Clock = clock,
): Promise<CaseSession> {
  const s = new CaseSession(
    {
      graphUrl: 'https://graph.test/graph',
      tokens: tokensFor(user.address),
      fetch: emulatorFetch,
      sleep: async () => undefined,
      clock: at,
    },
    portFor(user, { mailbox: MAILBOX, restId, shared: true }),
    profile,
    'nn',
    () => undefined,
  );
  await s.load();
  expect(s.current.phase).toBe('ready');
  return s;
}

async function get<T>(user: string, path: string): Promise<T> {
  const res = await emulator.fetch(`/graph/v1.0${path}`, {
    headers: { authorization: `Bearer ${testToken(user)}` },
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function bytes(user: string, path: string): Promise<Uint8Array> {
  const res = await emulator.fetch(`/graph/v1.0${path}`, {
    headers: { authorization: `Bearer ${testToken(user)}` },
  });
  return new Uint8Array(await res.arrayBuffer());
}

interface Folder {
  id: string;
  displayName: string;
}

async function evidenceFolders(): Promise<Folder[]> {
  const { value } = await get<{ value: Folder[] }>(KARI.address, `/users/${MAILBOX}/mailFolders`);
  return value.filter((f) => f.displayName === EVIDENCE_FOLDER);
}

async function keptItems(): Promise<
  Array<{ id: string; subject: string; body: { content: string } }>
> {
  const [folder] = await evidenceFolders();
  if (!folder) return [];
  const { value } = await get<{
    value: Array<{ id: string; subject: string; body: { content: string } }>;
  }>(
    KARI.address,
    `/users/${MAILBOX}/mailFolders/${encodeURIComponent(folder.id)}/messages?$select=id,subject,body&$top=50`,
  );
  return value;
}

/** Notices in Silje's inbox about the threat. */
async function noticesTo(
  user: string,
): Promise<Array<{ id: string; subject: string; body: { content: string } }>> {
  const { value } = await get<{
    value: Array<{ id: string; subject: string; body: { content: string } }>;
  }>(user, `/users/${user}/mailFolders/inbox/messages?$select=id,subject,body&$top=50`);
  return value.filter((m) => m.subject.startsWith('Mogleg trugsmål'));
}

beforeAll(async () => {
  emulator = await createGraphEmulator();
});

beforeEach(async () => {
  emulator.reset();
  const { value } = await get<{ value: Array<{ id: string; subject: string }> }>(
    KARI.address,
    `/users/${MAILBOX}/messages?$select=id,subject&$top=50`,
  );
  const threat = value.find((m) => /byggesaka mi/i.test(m.subject));
  if (!threat) throw new Error('no threat sample in post@ha.kommune.no');
  restId = threat.id;
});

describe('keeping a threat as evidence', () => {
  it('puts the original, byte for byte, into "Arkivpost – bevis" with its hash, and places the hold', async () => {
    const s = await session(KARI);
    const outcome = await keepAsEvidence(s);
    const original = await bytes(KARI.address, `/users/${MAILBOX}/messages/${restId}/$value`);
    const sha = await sha256Hex(original);
    expect(outcome).toEqual({ kind: 'kept', at: NOW.toISOString(), sha256: sha, earlier: false });

    const items = await keptItems();
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item.subject).toMatch(/^Bevis: /);
    expect(item.body.content).toContain(
      'Teken vare på av: Kari Nordmann <kari.nordmann@ha.kommune.no>',
    );
    expect(item.body.content).toContain(`SHA-256 for originalen: ${sha}`);
    expect(item.body.content).toContain('23.11.2026');
    const { value: attachments } = await get<{
      value: Array<{ id: string; name: string; contentType: string }>;
    }>(KARI.address, `/users/${MAILBOX}/messages/${item.id}/attachments`);
    expect(attachments).toHaveLength(1);
    expect(attachments[0]!.name).toMatch(/\.eml$/);
    const attached = await bytes(
      KARI.address,
      `/users/${MAILBOX}/messages/${item.id}/attachments/${attachments[0]!.id}/$value`,
    );
    expect(Buffer.from(attached).equals(Buffer.from(original))).toBe(true);

    const state = s.current.snapshot?.state;
    expect(state?.evidence).toEqual({ by: KARI, at: NOW.toISOString(), sha256: sha });
    expect(state?.hold).toMatchObject({ reason: 'evidence', by: KARI });
    // Everyone in the mailbox sees it in Outlook's list, in the organisation's language.
    expect(s.current.snapshot?.categories).toContain('Bevis');
  });

  it('keeps one item for a double click, a second pane and a colleague racing', async () => {
    const a = await session(KARI);
    const b = await session(KARI);
    const c = await session(PER);
    // The first pane's item lands late: the others look meanwhile, find none and make their own.
    emulator.faults.add({
      kind: 'slow',
      delayMs: 300,
      method: 'POST',
      path: 'mailFolders/[^/]+/messages$',
    });
    const [first, second, third, fourth] = await Promise.all([
      keepAsEvidence(a),
      keepAsEvidence(a),
      keepAsEvidence(b),
      keepAsEvidence(c),
    ]);
    // The second click of the double click runs nothing.
    expect(second).toBeNull();
    for (const o of [first, third, fourth]) expect(o?.kind).toBe('kept');
    expect(await evidenceFolders()).toHaveLength(1);
    expect(await keptItems()).toHaveLength(1);
    // The panes did race: each made one, and all but the oldest went again.
    const made = emulator.log.filter(
      (r) => r.method === 'POST' && /mailFolders\/[^/]+\/messages$/i.test(r.path) && r.applied,
    );
    const removed = emulator.log.filter((r) => r.method === 'DELETE' && r.applied);
    expect(made.length).toBeGreaterThan(1);
    expect(removed).toHaveLength(made.length - 1);
    // Later clicks find it and make nothing.
    expect(await keepAsEvidence(c)).toMatchObject({ kind: 'kept', earlier: true });
    expect(await keptItems()).toHaveLength(1);
    const snapshot = await readItemState(a.graph, { mailbox: MAILBOX, restId });
    expect(snapshot.state.hold?.reason).toBe('evidence');
  });

  it('after the answer to making the item was lost, the next click records the item that was made', async () => {
    const s = await session(KARI);
    emulator.faults.add({
      kind: 'drop',
      when: 'after',
      method: 'POST',
      path: 'mailFolders/[^/]+/messages$',
    });
    expect(await keepAsEvidence(s)).toMatchObject({ kind: 'failed' });
    // Made, but not recorded on the message: no hold yet.
    expect(await keptItems()).toHaveLength(1);
    expect(s.current.snapshot?.state.evidence).toBeUndefined();

    expect(await keepAsEvidence(s)).toMatchObject({ kind: 'kept', earlier: true });
    expect(await keptItems()).toHaveLength(1);
    expect(s.current.snapshot?.state.hold?.reason).toBe('evidence');
  });

  it('keeps a large original (over 3 MB) through an upload session, byte for byte', async () => {
    // Text that does not repeat, so that nothing on the way can shrink it.
    let seed = 7;
    let text = '';
    while (text.length < 3_300_000) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      text += `${seed.toString(36)} `;
      if (text.length % 76 < 8) text += '\n';
    }
    const res = await emulator.fetch(`/graph/_emulator/mailboxes/${MAILBOX}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        subject: 'Siste åtvaring',
        body: text,
        from: { emailAddress: { name: 'Anonym', address: 'anonym@example.net' } },
      }),
    });
    restId = ((await res.json()) as { id: string }).id;
    const s = await session(KARI);
    const outcome = await keepAsEvidence(s);
    const original = await bytes(KARI.address, `/users/${MAILBOX}/messages/${restId}/$value`);
    expect(original.byteLength).toBeGreaterThan(3_000_000);
    expect(outcome).toMatchObject({ kind: 'kept', sha256: await sha256Hex(original) });
    const [item] = await keptItems();
    const { value: attachments } = await get<{ value: Array<{ id: string; name: string }> }>(
      KARI.address,
      `/users/${MAILBOX}/messages/${item!.id}/attachments`,
    );
    expect(attachments.map((a) => a.name)).toEqual(['Siste åtvaring.eml']);
    const attached = await bytes(
      KARI.address,
      `/users/${MAILBOX}/messages/${item!.id}/attachments/${attachments[0]!.id}/$value`,
    );
    expect(Buffer.from(attached).equals(Buffer.from(original))).toBe(true);
    expect(
      emulator.log.filter((r) => /createUploadSession$/.test(r.path) && r.applied),
    ).toHaveLength(1);
    expect(s.current.snapshot?.state.evidence?.sha256).toBe(await sha256Hex(original));
  }, 60_000); // Megabytes hashed and uploaded in parts: sized for a loaded 2-core machine.

  it('takes the folder someone made meanwhile (409 ErrorFolderExists), never a second one', async () => {
    const graph = (user: string) =>
      createGraphClient({
        baseUrl: 'https://graph.test/graph',
        token: async () => testToken(user),
        fetch: emulatorFetch,
        clock,
        sleep: async () => undefined,
      });
    const ids = await Promise.all([
      evidenceFolder(graph(KARI.address), MAILBOX),
      evidenceFolder(graph(PER.address), MAILBOX),
    ]);
    expect(ids[0]).toBe(ids[1]);
    expect(await evidenceFolders()).toHaveLength(1);
    const posts = emulator.log.filter((r) => r.method === 'POST' && /mailFolders$/i.test(r.path));
    expect(posts.map((p) => p.status).sort()).toEqual([201, 409]);
  });
});

describe('telling the manager', () => {
  it('sends the original to the manager once, across a double click and a second pane', async () => {
    // Two panes of one person: claims are told apart by the instant, so time moves as it does.
    let tick = 0;
    const ticking: Clock = { now: () => new Date(NOW.getTime() + tick++) };
    const a = await session(KARI, ha, ticking);
    const b = await session(KARI, ha, ticking);
    const [first, second, third] = await Promise.all([
      notifyManager(a),
      notifyManager(a),
      notifyManager(b),
    ]);
    expect(second).toBeNull();
    const outcomes = [first, third].map((o) => o?.kind).sort();
    expect(outcomes).toEqual(['already', 'sent']);
    expect(await notifyManager(b)).toMatchObject({ kind: 'already', notified: { to: SILJE } });

    const notices = await noticesTo(SILJE);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.body.content).toContain('kom til Hå kommune');
    const { value: attachments } = await get<{ value: Array<{ id: string; name: string }> }>(
      SILJE,
      `/users/${SILJE}/messages/${notices[0]!.id}/attachments`,
    );
    const original = await bytes(KARI.address, `/users/${MAILBOX}/messages/${restId}/$value`);
    const attached = await bytes(
      SILJE,
      `/users/${SILJE}/messages/${notices[0]!.id}/attachments/${attachments[0]!.id}/$value`,
    );
    expect(Buffer.from(attached).equals(Buffer.from(original))).toBe(true);
    const state = (await readItemState(a.graph, { mailbox: MAILBOX, restId })).state;
    expect(state.notified).toMatchObject({ by: KARI, to: SILJE });
  });

  it('when two people click at once, only the claim that won sends', async () => {
    // Per has no manager; with a contact who gets every notice, both panes aim at the same address.
    const profile: Profile = {
      ...ha,
      securityContact: { name: 'Silje Vik', address: SILJE, receivesNotice: true },
    };
    const kari = await session(KARI, profile);
    const per = await session(PER, profile);
    const results = await Promise.all([notifyManager(kari), notifyManager(per)]);
    expect(results.map((o) => o?.kind).sort()).toEqual(['already', 'sent']);
    // Both claimed on the same state: the second write was refused (412), and lost.
    expect(emulator.log.filter((r) => r.method === 'PATCH' && r.status === 412)).toHaveLength(1);
    expect(await noticesTo(SILJE)).toHaveLength(1);
  });

  it('takes the claim back when sending fails, and the next click sends once', async () => {
    const s = await session(KARI);
    emulator.faults.add({ kind: 'unavailable', times: 'always', method: 'POST', path: '/send$' });
    const failed = await notifyManager(s);
    expect(failed).toMatchObject({ kind: 'failed', withdrawn: true });
    expect(
      (await readItemState(s.graph, { mailbox: MAILBOX, restId })).state.notified,
    ).toBeUndefined();
    expect(await noticesTo(SILJE)).toHaveLength(0);
    emulator.faults.clear();

    expect(await notifyManager(s)).toMatchObject({ kind: 'sent', to: { address: SILJE } });
    expect(await noticesTo(SILJE)).toHaveLength(1);
    // The draft of the failed try was taken up, not left beside a second one.
    const { value: drafts } = await get<{ value: unknown[] }>(
      KARI.address,
      '/me/mailFolders/drafts/messages?$select=id',
    );
    expect(drafts).toHaveLength(0);
  });

  it("finishes its own claim when the pane died before sending, and only its author's pane does", async () => {
    const earlier: Clock = { now: () => new Date(NOW.getTime() - STALE_CLAIM_MS - 60_000) };
    const dead = await session(KARI, ha, earlier);
    const ctx = dead.changeContext()!;
    await changeItemState(
      dead.graph,
      { mailbox: MAILBOX, restId },
      { type: 'notified', to: SILJE },
      ctx,
    );

    // Someone else sees it as sent and sends nothing.
    expect(await notifyManager(await session(PER))).toMatchObject({ kind: 'already' });
    expect(await noticesTo(SILJE)).toHaveLength(0);
    // Its author, later, sends it after all; then never again.
    const kari = await session(KARI);
    // Her pane sees that it never went (not in her Sent Items); Per's cannot tell and offers nothing.
    expect(await claimUnsent(kari)).toBe(true);
    expect(await claimUnsent(await session(PER))).toBe(false);
    expect(await notifyManager(kari)).toMatchObject({ kind: 'sent' });
    expect(await claimUnsent(kari)).toBe(false);
    expect(await notifyManager(kari)).toMatchObject({ kind: 'already' });
    expect(await noticesTo(SILJE)).toHaveLength(1);
  });

  it('does not call a claim unsent while it is fresh: another pane of its author may be sending', async () => {
    const s = await session(KARI);
    await changeItemState(
      s.graph,
      { mailbox: MAILBOX, restId },
      { type: 'notified', to: SILJE },
      s.changeContext()!,
    );
    await s.read();
    expect(await claimUnsent(s)).toBe(false);
    expect(await notifyManager(s)).toMatchObject({ kind: 'already' });
    expect(await noticesTo(SILJE)).toHaveLength(0);
  });

  it('says so and sends nothing when there is no manager and no security contact', async () => {
    // Hå kommune's profile names a security contact: this organisation names none.
    const bare: Profile = { ...ha };
    delete (bare as { securityContact?: unknown }).securityContact;
    const s = await session(PER, bare);
    expect(await notifyManager(s)).toEqual({ kind: 'no-recipient' });
    expect(
      (await readItemState(s.graph, { mailbox: MAILBOX, restId })).state.notified,
    ).toBeUndefined();
    const { value: sent } = await get<{ value: unknown[] }>(
      PER.address,
      '/me/mailFolders/sentitems/messages?$select=id',
    );
    expect(sent).toHaveLength(0);
  });

  it('sends it to the security contact when the user has no manager', async () => {
    const profile: Profile = {
      ...ha,
      securityContact: { name: 'Silje Vik', address: SILJE, phone: '+47 51 00 00 01' },
    };
    const s = await session(PER, profile);
    expect(await notifyManager(s)).toMatchObject({
      kind: 'sent',
      to: { address: SILJE, role: 'security-contact' },
    });
    expect(await noticesTo(SILJE)).toHaveLength(1);
  });

  it('falls back to the security contact without a manager, and prefers it when told to', () => {
    const manager = { name: 'Silje Vik', address: SILJE };
    const contact = { name: 'Beredskap', address: 'beredskap@ha.kommune.no' };
    expect(noticeTarget(contact, manager)).toEqual({ ...manager, role: 'manager' });
    expect(noticeTarget(contact, null)).toEqual({ ...contact, role: 'security-contact' });
    expect(noticeTarget({ ...contact, receivesNotice: true }, manager)).toEqual({
      ...contact,
      role: 'security-contact',
    });
    expect(noticeTarget({ name: 'Beredskap' }, null)).toBeNull();
  });
});
