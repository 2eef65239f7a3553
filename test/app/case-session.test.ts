/**
 * The read pane's case handling without React (app/CaseSession), against the
 * local Graph emulator: sign-in, assigning with "Varsle", the people picker,
 * throttling with progress, dropped connections and claims challenges; every
 * writing action once however often it is clicked, and no notice to oneself.
 * The token source stands in for Microsoft's identity platform: it hands out
 * the emulator's test tokens, and asks for a click when told to.
 */
import { ewsId } from '../../dev/emulator/util';
import { createGraphEmulator, testToken, toRestId } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph/emulator';
import type { ItemAddress, ReadPort } from '../../src/core/ports';
import { AuthFailure } from '../../src/core/auth';
import type { TokenRequest, TokenSource } from '../../src/core/auth';
import { systemClock } from '../../src/services/clock';
import { createGraphClient } from '../../src/services/graph/client';
import { GraphFailure } from '../../src/services/graph/errors';
import { groupMembers, searchPeople, searchTerm } from '../../src/services/people';
import { withSuggestedDue } from '../../src/app/case-rules';
import { CaseSession } from '../../src/app/case-session';
import { register } from '../../src/app/registrar';
import { sendOn } from '../../src/app/send-on';
import type { CaseState, NoticeFacts } from '../../src/app/case-session';
import type { Clock } from '../../src/core/model';
import { caseLineText } from '../../src/taskpane/case/caseText';
import { tc } from '../../src/taskpane/case/messages';
import { failureText } from '../../src/taskpane/shell/failure';
import { ha } from '../taskpane/read-fixtures';

const KARI = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const PER = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };
const MAILBOX = 'post@ha.kommune.no';
/** Every change is made at this instant: the clock is the session's one source of time. */
const NOW = new Date('2026-11-23T09:30:00Z');
const clock: Clock = { now: () => NOW };
const FACTS: NoticeFacts = {
  subject: 'Søknad om barnehageplass',
  from: 'Ola Innbyggar <ola@example.no>',
  received: '2026-11-20',
  mailboxName: 'Hå kommune – post',
};

let emulator: GraphEmulator;
let restId: string;

const emulatorFetch = (input: RequestInfo, init?: RequestInit): Promise<Response> =>
  emulator.fetch(String(input).replace('https://graph.test', ''), init);

interface Tokens extends TokenSource {
  readonly requests: TokenRequest[];
}

/** Signed in silently, or (signedIn: false) only after a click. */
function tokensFor(user: string, signedIn = true): Tokens {
  const requests: TokenRequest[] = [];
  let consented = signedIn;
  return {
    requests,
    async token(request: TokenRequest = {}) {
      requests.push(request);
      if (!consented && !request.interactive) throw new AuthFailure('sign-in-required', 'consent');
      consented = true;
      return testToken(user);
    },
  };
}

function portFor(user: typeof KARI, address: ItemAddress | null): ReadPort {
  return {
    message: () => Promise.reject(new Error('not read here')),
    address: () => Promise.resolve(address),
    user: () => user,
  };
}

function session(
  user: typeof KARI,
  tokens: TokenSource = tokensFor(user.address),
  address: ItemAddress = { mailbox: MAILBOX, restId, shared: true },
) {
  const states: CaseState[] = [];
  const s = new CaseSession(
    {
      graphUrl: 'https://graph.test/graph',
      tokens,
      fetch: emulatorFetch,
      sleep: async () => undefined,
      clock,
    },
    portFor(user, address),
    ha,
    'nb',
    (st) => states.push(st),
  );
  return { s, states };
}

/** The note's lines as the pane shows them (Norwegian bokmål). */
function lines(s: CaseSession): string[] {
  return (s.current.note?.lines ?? []).map((l) => caseLineText(l, 'nb'));
}

async function inboxOf(
  user: string,
): Promise<Array<{ subject: string; body: { content: string } }>> {
  const res = await emulator.fetch(
    `/graph/v1.0/users/${user}/mailFolders/inbox/messages?$select=subject,body&$top=50`,
    { headers: { authorization: `Bearer ${testToken(user)}` } },
  );
  return ((await res.json()) as { value: Array<{ subject: string; body: { content: string } }> })
    .value;
}

beforeAll(async () => {
  emulator = await createGraphEmulator();
});

beforeEach(async () => {
  emulator.reset();
  const res = await emulator.fetch(
    `/graph/v1.0/users/${MAILBOX}/messages?$select=id,subject&$top=50`,
    {
      headers: { authorization: `Bearer ${testToken(KARI.address)}` },
    },
  );
  const list = (await res.json()) as { value: Array<{ id: string; subject: string }> };
  const first = list.value.find((m) => /barnehageplass/i.test(m.subject)) ?? list.value[0];
  if (!first) throw new Error('no sample message in post@ha.kommune.no');
  restId = first.id;
});

describe('a caseworker in the function mailbox', () => {
  it('loads the state silently, then assigns to a colleague who gets the notice in nynorsk', async () => {
    const { s } = session(KARI);
    await s.load();
    expect(s.current.phase).toBe('ready');
    expect(s.current.snapshot?.state.status).toBe('new');

    await s.act(
      [
        { type: 'assign', assignee: PER },
        { type: 'set-due', due: '2026-12-04' },
      ],
      FACTS,
      { notify: PER },
    );
    expect(s.current.note?.intent).toBe('success');
    expect(lines(s)).toContain(tc('nb', 'case.notify.sent', { name: 'Per Hansen' }));
    expect(s.current.snapshot?.state.assignee).toEqual(PER);
    expect(s.current.snapshot?.categories).toContain('Tildelt: Per Hansen');

    // The notice is in Per's own inbox, in the organisation's language (nn), with a link.
    const mail = (await inboxOf(PER.address)).find((m) => m.subject.startsWith('Tildelt deg'));
    expect(mail?.subject).toBe('Tildelt deg: Søknad om barnehageplass');
    expect(mail?.body.content).toContain(
      'Kari Nordmann har tildelt deg ei melding i Hå kommune – post.',
    );
    expect(mail?.body.content).toContain('Svarfrist: 04.12.2026');
    expect(mail?.body.content).toMatch(/<a href="https:\/\/[^"]+">Opne meldinga<\/a>/);

    // The follow-up flag carries the due date.
    const res = await emulator.fetch(
      `/graph/v1.0/users/${MAILBOX}/messages/${restId}?$select=flag`,
      {
        headers: { authorization: `Bearer ${testToken(PER.address)}` },
      },
    );
    const { flag } = (await res.json()) as {
      flag: { flagStatus: string; dueDateTime?: { dateTime: string } };
    };
    expect(flag.flagStatus).toBe('flagged');
    expect(flag.dueDateTime?.dateTime.startsWith('2026-12-0')).toBe(true);
  });

  it('B sees the assignment and sets Ferdig; A, refreshing, sees Ferdig and who did it', async () => {
    const a = session(KARI).s;
    await a.load();
    await a.act([{ type: 'assign', assignee: PER }], FACTS);
    const b = session(PER).s;
    await b.load();
    expect(b.current.snapshot?.state.assignee).toEqual(PER);
    await b.act([{ type: 'set-status', status: 'in-progress' }], FACTS);
    await b.act([{ type: 'set-status', status: 'done' }], FACTS);
    await a.read();
    expect(a.current.snapshot?.state.status).toBe('done');
    expect(a.current.snapshot?.state.updatedBy).toEqual(PER);
    expect(a.current.snapshot?.categories).toEqual(expect.arrayContaining(['Ferdig']));
  });

  it('asks for a click to sign in when silent sign-in is not enough, and only then prompts', async () => {
    const tokens = tokensFor(KARI.address, false);
    const { s } = session(KARI, tokens);
    await s.load();
    expect(s.current.phase).toBe('sign-in');
    expect(tokens.requests.every((r) => r.interactive === false)).toBe(true);
    await s.signIn();
    expect(s.current.phase).toBe('ready');
    expect(tokens.requests.some((r) => r.interactive === true)).toBe(true);
  });

  it('says the message cannot be shared when the host does not say where it is', async () => {
    const s = new CaseSession(
      {
        graphUrl: 'https://graph.test/graph',
        tokens: tokensFor(KARI.address),
        fetch: emulatorFetch,
        clock,
      },
      portFor(KARI, null),
      ha,
      'nn',
      () => undefined,
    );
    await s.load();
    expect(s.current.phase).toBe('unsupported');
  });

  it('lands an assignment once through a storm of 429s, showing progress on the way', async () => {
    const { s, states } = session(KARI);
    await s.load();
    emulator.faults.add({ kind: 'throttle', times: 4, retryAfter: 1, method: 'PATCH' });
    await s.act([{ type: 'assign', assignee: PER }], FACTS);
    expect(s.current.snapshot?.state.assignee).toEqual(PER);
    const progress = states.filter((st) => st.progress !== null).map((st) => st.progress?.attempt);
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(states.some((st) => st.busy && st.progress !== null)).toBe(true);
    expect(emulator.log.filter((e) => e.method === 'PATCH' && e.applied)).toHaveLength(1);
    expect(s.current.progress).toBeNull();
  });

  it('after a dropped connection shows what the server holds, with a clear message', async () => {
    const { s } = session(KARI);
    await s.load();
    // Every PATCH dropped before it is applied: nothing lands, and the pane says so.
    emulator.faults.add({ kind: 'drop', times: 'always', when: 'before', method: 'PATCH' });
    await s.act([{ type: 'set-status', status: 'in-progress' }], FACTS);
    expect(s.current.snapshot?.state.status).toBe('new');
    expect(s.current.note?.intent).toBe('error');
    expect(lines(s)).toEqual([
      failureText(new GraphFailure('network', 0, 'network', null, ''), 'nb'),
    ]);
    expect(lines(s)[0]).toBe('Forbindelsen ble brutt. Sjekk nettverket og prøv igjen.');
  });

  it('when the answer to a landed update is lost, reports it saved, once', async () => {
    const { s } = session(KARI);
    await s.load();
    emulator.faults.add({ kind: 'drop', times: 1, when: 'after', method: 'PATCH' });
    await s.act([{ type: 'assign', assignee: PER }], FACTS);
    expect(s.current.note?.intent).toBe('success');
    expect(s.current.snapshot?.state.assignee).toEqual(PER);
    expect(emulator.log.filter((e) => e.method === 'PATCH' && e.applied)).toHaveLength(1);
  });

  it('answers a claims challenge with a new token carrying the claims, once', async () => {
    const tokens = tokensFor(KARI.address);
    const { s } = session(KARI, tokens);
    emulator.faults.add({ kind: 'claims-challenge', times: 1, method: 'GET' });
    await s.load();
    expect(s.current.phase).toBe('ready');
    const withClaims = tokens.requests.filter((r) => r.claims !== undefined);
    expect(withClaims).toHaveLength(1);
    expect(JSON.parse(withClaims[0]?.claims ?? '{}')).toHaveProperty('access_token');
  });

  it('refuses to move Ferdig back to Ny, saying why, and changes nothing', async () => {
    const { s } = session(KARI);
    await s.load();
    await s.act([{ type: 'set-status', status: 'done' }], FACTS);
    await s.act([{ type: 'set-status', status: 'new' }], FACTS);
    expect(s.current.note?.intent).toBe('warning');
    expect(s.current.snapshot?.state.status).toBe('done');
  });
});

/** The "Varsle" mails in someone's inbox. */
async function noticesTo(user: string): Promise<number> {
  return (await inboxOf(user)).filter((m) => m.subject.startsWith('Tildelt deg')).length;
}

const applied = (method: string, path: RegExp): number =>
  emulator.log.filter((e) => e.method === method && e.applied && path.test(e.path)).length;

describe('every writing action once, however often it is clicked', () => {
  it('a double click on "Varsle" sends one notice, whether the second click lands during or after the first', async () => {
    const { s } = session(KARI);
    await s.load();
    await s.act([{ type: 'assign', assignee: PER }], FACTS);
    expect(s.mayNotify()).toBe(true);
    // Both clicks before the first answer (React has not rendered the button disabled yet).
    await Promise.all([s.notifyAgain(FACTS), s.notifyAgain(FACTS)]);
    // A third click after it went: the same assignment is not notified twice.
    await s.notifyAgain(FACTS);
    expect(await noticesTo(PER.address)).toBe(1);
    expect(s.mayNotify()).toBe(false);
    expect(lines(s)).toEqual([tc('nb', 'case.notify.sent', { name: 'Per Hansen' })]);
  });

  it('after assigning with a notice, "Varsle" is not offered for the same assignment again', async () => {
    const { s } = session(KARI);
    await s.load();
    await s.act([{ type: 'assign', assignee: PER }], FACTS, { notify: PER });
    await s.notifyAgain(FACTS);
    expect(await noticesTo(PER.address)).toBe(1);
    // Assigned anew (someone else meanwhile, then back): a new notice may go.
    await s.act([{ type: 'unassign' }], FACTS);
    await s.act([{ type: 'assign', assignee: PER }], FACTS);
    expect(s.mayNotify()).toBe(true);
    await s.notifyAgain(FACTS);
    expect(await noticesTo(PER.address)).toBe(2);
  });

  it('a notice that failed may be sent again', async () => {
    const { s } = session(KARI);
    await s.load();
    await s.act([{ type: 'assign', assignee: PER }], FACTS);
    emulator.faults.add({ kind: 'drop', times: 'always', when: 'before', method: 'POST' });
    await s.notifyAgain(FACTS);
    expect(s.current.note?.intent).toBe('warning');
    expect(s.mayNotify()).toBe(true);
    emulator.faults.clear();
    await s.notifyAgain(FACTS);
    expect(await noticesTo(PER.address)).toBe(1);
  });

  it('a second change while one is under way is refused: one PATCH, and the buttons say busy meanwhile', async () => {
    const { s, states } = session(KARI);
    await s.load();
    const first = s.act([{ type: 'set-status', status: 'in-progress' }], FACTS);
    expect(s.current.busy).toBe(true);
    expect(s.writing).toBe(true);
    await s.act([{ type: 'assign', assignee: PER }], FACTS, { notify: PER });
    await s.notifyAgain(FACTS);
    await first;
    expect(s.current.busy).toBe(false);
    expect(s.current.snapshot?.state.status).toBe('in-progress');
    expect(s.current.snapshot?.state.assignee).toBeUndefined();
    expect(applied('PATCH', /\/messages\//)).toBe(1);
    expect(await noticesTo(PER.address)).toBe(0);
    expect(states.filter((st) => st.busy && st.running === 'change').length).toBeGreaterThan(0);
  });

  it('sends the original on once from a double click, and nothing else writes meanwhile', async () => {
    const own = toRestId(ewsId('item', 'ha-kommune/kari.nordmann/01-kommunale-avgifter.eml'));
    const { s } = session(KARI, tokensFor(KARI.address), {
      mailbox: KARI.address,
      restId: own,
      shared: false,
    });
    await s.load();
    const [first, second] = await Promise.all([
      sendOn(s, { to: MAILBOX }),
      sendOn(s, { to: MAILBOX }),
    ]);
    expect(first).toMatchObject({ kind: 'sent', result: { kind: 'sent', to: MAILBOX } });
    expect(second).toBeNull();
    expect(applied('POST', /\/send(Mail)?$/)).toBe(1);
    // With the registrar now, as the state says (R26); the time is the session's clock.
    expect(s.current.snapshot?.state.status).toBe('sent-to-registrar');
    expect(s.current.snapshot?.state.updatedAt).toBe(NOW.toISOString());
  });

  it('refuses the registrar’s action while another writes', async () => {
    const { s } = session(KARI);
    await s.load();
    const change = s.act([{ type: 'set-status', status: 'in-progress' }], FACTS);
    expect(await register(s, 'KS 2026/123')).toBeNull();
    await change;
    expect(s.current.snapshot?.state.archiveRef).toBeUndefined();
  });
});

describe('no notice to oneself', () => {
  it('"Tildel meg" with the notice option on sends nothing and offers nothing', async () => {
    const { s } = session(KARI);
    await s.load();
    await s.act([{ type: 'assign', assignee: KARI }], FACTS, { notify: KARI });
    expect(s.current.snapshot?.state.assignee).toEqual(KARI);
    expect(s.current.note?.intent).toBe('success');
    expect(lines(s)).toEqual([tc('nb', 'case.saved')]);
    expect(s.mayNotify()).toBe(false);
    await s.notifyAgain(FACTS);
    expect(await noticesTo(KARI.address)).toBe(0);
  });

  it('knows oneself by address, whatever the case or the display name', async () => {
    const { s } = session(KARI);
    await s.load();
    const me = { address: 'Kari.Nordmann@HA.kommune.no', name: 'Kari N.' };
    await s.act([{ type: 'assign', assignee: me }], FACTS, { notify: me });
    await s.notifyAgain(FACTS);
    expect(s.mayNotify()).toBe(false);
    expect(await noticesTo(KARI.address)).toBe(0);
  });

  it('a notice named for someone other than the new assignee is not sent', async () => {
    const { s } = session(KARI);
    await s.load();
    await s.act([{ type: 'assign', assignee: KARI }], FACTS, { notify: PER });
    expect(await noticesTo(PER.address)).toBe(0);
  });
});

describe('the first save also sets the suggested due date (R8)', () => {
  const view = { date: '2026-12-04' };
  it('adds it when nobody has set one', () => {
    expect(withSuggestedDue({ status: 'new' }, view, [{ type: 'unassign' }])).toEqual([
      { type: 'unassign' },
      { type: 'set-due', due: '2026-12-04' },
    ]);
  });
  it('leaves a date someone set alone', () => {
    expect(withSuggestedDue({ status: 'new', due: '2026-12-01' }, view, [])).toEqual([]);
  });
});

describe('the people picker', () => {
  const graph = createGraphClient({
    clock: systemClock,
    baseUrl: 'https://graph.test/graph',
    token: async () => testToken(KARI.address),
    fetch: emulatorFetch,
    sleep: async () => undefined,
  });

  it('offers the members of the function mailbox’s access group, by name', async () => {
    const members = await groupMembers(
      graph,
      ha.mailboxes.find((m) => m.accessGroup)?.accessGroup ?? '',
    );
    expect(members.map((m) => m.name)).toEqual(['Kari Nordmann', 'Per Hansen']);
    expect(members.every((m) => m.member)).toBe(true);
  });

  it('finds others in the directory by the start of a name, not people in other organisations', async () => {
    const found = await searchPeople(graph, 'sil');
    expect(found.map((p) => p.address)).toEqual(['silje.vik@ha.kommune.no']);
    expect(await searchPeople(graph, 'ingrid')).toEqual([]);
  });

  it('does not search on a single letter, and cannot be broken out of its phrase', async () => {
    expect(await searchPeople(graph, 'k')).toEqual([]);
    expect(searchTerm('ka"ri\\  nord')).toBe('ka ri nord');
  });

  it('has no members for a group that does not exist', async () => {
    expect(await groupMembers(graph, "no-such-group'")).toEqual([]);
  });
});
