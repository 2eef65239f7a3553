/**
 * R9 "Svar med mal" without React (app/signature-reply), against the local
 * Graph emulator: marked once and one reply however often it is clicked, the
 * mark before the reply, no reply when the mark does not land, a message
 * someone else rejected is answered without marking it again.
 */
import { createGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph/emulator';
import { CaseSession } from '../../src/app/case-session';
import type { NoticeFacts } from '../../src/app/case-session';
import { replyFacts, replyWithTemplate } from '../../src/app/signature-reply';
import type { SignatureRequirement } from '../../src/core/classify/signature';
import type { Clock } from '../../src/core/model';
import type { ReadPort } from '../../src/core/ports';
import { loadProfile } from '../support/profiles';

const HA = loadProfile('ha-kommune');
const KARI = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const PER = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };
const MAILBOX = 'post@ha.kommune.no';
const NOW = new Date('2026-03-10T08:15:00Z');
const clock: Clock = { now: () => NOW };
const NOTICE: NoticeFacts = { subject: 'Klage', mailboxName: 'Hå kommune – post' };
const REQUIREMENT: SignatureRequirement = {
  kind: 'Klage på vedtak',
  phrase: 'klage på vedtak',
  where: 'subject',
  basis: 'Forvaltningslova § 32',
  replyLang: 'nn',
};
const FACTS = replyFacts({
  subject: 'Klage på vedtak om avslag på dispensasjon',
  fromAddress: 'ingrid.sele@example.com',
  receivedAt: Date.parse('2026-03-09T18:02:44Z'),
  people: [{ name: 'Ingrid Sele', address: 'Ingrid.Sele@example.com' }],
});

let emulator: GraphEmulator;
let restId: string;
/** What happened, in order: "PATCH" for a change the emulator applied, "reply" for a reply opened. */
let events: string[];

const emulatorFetch = async (input: RequestInfo, init?: RequestInit): Promise<Response> => {
  const res = await emulator.fetch(String(input).replace('https://graph.test', ''), init);
  if (init?.method === 'PATCH' && res.ok) events.push('PATCH');
  return res;
};

function port(
  user: typeof KARI,
  reply?: (html: string) => Promise<void>,
): ReadPort & {
  readonly opened: string[];
} {
  const opened: string[] = [];
  return {
    opened,
    message: () => Promise.reject(new Error('not read here')),
    address: () => Promise.resolve({ mailbox: MAILBOX, restId, shared: true }),
    user: () => user,
    replyForm: async (html) => {
      await (reply ?? (() => Promise.resolve()))(html);
      opened.push(html);
      events.push('reply');
    },
  };
}

async function ready(user: typeof KARI, p: ReadPort): Promise<CaseSession> {
  const s = new CaseSession(
    {
      graphUrl: 'https://graph.test/graph',
      tokens: { token: async () => testToken(user.address) },
      fetch: emulatorFetch,
      sleep: async () => undefined,
      clock,
    },
    p,
    HA,
    'nn',
    () => undefined,
  );
  await s.load();
  expect(s.current.phase).toBe('ready');
  return s;
}

beforeAll(async () => {
  emulator = await createGraphEmulator();
});

beforeEach(async () => {
  emulator.reset();
  events = [];
  const res = await emulator.fetch(
    `/graph/v1.0/users/${MAILBOX}/messages?$select=id,subject&$top=50`,
    { headers: { authorization: `Bearer ${testToken(KARI.address)}` } },
  );
  const list = (await res.json()) as { value: Array<{ id: string; subject: string }> };
  const klage = list.value.find((m) => /Klage på vedtak/.test(m.subject));
  if (!klage) throw new Error('no klage in post@ha.kommune.no');
  restId = klage.id;
});

describe('Svar med mal', () => {
  it('a double click marks once, then opens one reply, filled in nynorsk', async () => {
    const p = port(KARI);
    const s = await ready(KARI, p);
    const [first, second] = await Promise.all([
      replyWithTemplate(s, p, HA, REQUIREMENT, FACTS, NOTICE),
      replyWithTemplate(s, p, HA, REQUIREMENT, FACTS, NOTICE),
    ]);
    expect(first).toEqual({ kind: 'opened', lang: 'nn' });
    expect(second).toBeNull();
    expect(events).toEqual(['PATCH', 'reply']);
    expect(p.opened[0]).toContain('<p>Hei Ingrid Sele</p>');
    expect(p.opened[0]).toContain('«Klage på vedtak om avslag på dispensasjon» 09.03.2026');
    expect(s.current.snapshot?.state.rejected).toEqual({
      by: KARI,
      at: NOW.toISOString(),
      reason: 'signature-required',
    });
    expect(s.current.snapshot?.categories).toContain('Avvist – krev underskrift');
  });

  it('opens no reply when the mark does not land, and does on the next click once it can', async () => {
    const p = port(KARI);
    const s = await ready(KARI, p);
    emulator.faults.add({ kind: 'drop', times: 'always', when: 'before', method: 'PATCH' });
    expect(await replyWithTemplate(s, p, HA, REQUIREMENT, FACTS, NOTICE)).toEqual({
      kind: 'not-marked',
    });
    expect(p.opened).toEqual([]);
    expect(s.current.note?.intent).toBe('error');
    emulator.faults.clear();
    expect(await replyWithTemplate(s, p, HA, REQUIREMENT, FACTS, NOTICE)).toMatchObject({
      kind: 'opened',
    });
    expect(p.opened).toHaveLength(1);
  });

  it('answers a message a colleague has rejected already without marking it again', async () => {
    const kari = port(KARI);
    await replyWithTemplate(await ready(KARI, kari), kari, HA, REQUIREMENT, FACTS, NOTICE);
    events = [];
    const per = port(PER);
    const s = await ready(PER, per);
    expect(s.current.snapshot?.state.rejected?.by).toEqual(KARI);
    expect(await replyWithTemplate(s, per, HA, REQUIREMENT, FACTS, NOTICE)).toMatchObject({
      kind: 'opened',
    });
    expect(events).toEqual(['reply']);
  });

  it('opens no second reply when a colleague rejected it while this pane still showed it unmarked', async () => {
    const per = port(PER);
    const stale = await ready(PER, per);
    expect(stale.current.snapshot?.state.rejected).toBeUndefined();
    const kari = port(KARI);
    await replyWithTemplate(await ready(KARI, kari), kari, HA, REQUIREMENT, FACTS, NOTICE);
    expect(kari.opened).toHaveLength(1);
    expect(await replyWithTemplate(stale, per, HA, REQUIREMENT, FACTS, NOTICE)).toEqual({
      kind: 'rejected-meanwhile',
    });
    expect(per.opened).toEqual([]);
    expect(stale.current.snapshot?.state.rejected?.by).toEqual(KARI);
    // Now shown who rejected it, Per may still answer.
    expect(await replyWithTemplate(stale, per, HA, REQUIREMENT, FACTS, NOTICE)).toMatchObject({
      kind: 'opened',
    });
    expect(per.opened).toHaveLength(1);
  });

  it('says so when Outlook refuses the reply, the mark kept; and when it cannot reply at all', async () => {
    const refusing = port(KARI, () => Promise.reject(new Error('Sys.ArgumentOutOfRangeException')));
    const s = await ready(KARI, refusing);
    const outcome = await replyWithTemplate(s, refusing, HA, REQUIREMENT, FACTS, NOTICE);
    expect(outcome?.kind).toBe('failed');
    expect(s.current.snapshot?.state.rejected?.by).toEqual(KARI);

    const without: ReadPort = { ...port(KARI) };
    delete without.replyForm;
    expect(await replyWithTemplate(s, without, HA, REQUIREMENT, FACTS, NOTICE)).toEqual({
      kind: 'unavailable',
    });
  });
});
