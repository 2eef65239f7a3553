/**
 * The workbench's Graph emulator (dev/graph): Graph's documented shapes and
 * error bodies, changeKey and If-Match, extended properties, membership of
 * the function mailbox, sendMail into a colleague's mailbox, the directory,
 * master categories, and every fault switch — over real HTTP on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOffice } from '../../dev/emulator';
import { readItemFromEml } from '../../dev/emulator/mailbox';
import type { SampleMailboxIndex } from '../../dev/emulator/mailbox';
import { ewsId } from '../../dev/emulator/util';
import {
  appToken,
  createGraphEmulator,
  startGraphEmulator,
  testToken,
  toRestId,
} from '../../dev/graph';
import type { RunningGraphEmulator } from '../../dev/graph';

const KARI = 'kari.nordmann@ha.kommune.no';
const PER = 'per.hansen@ha.kommune.no';
const SILJE = 'silje.vik@ha.kommune.no';
const POST = 'post@ha.kommune.no';
const ANNA = 'anna.andersson@vara.se';

const BARNEHAGE = toRestId(ewsId('item', 'ha-kommune/post/01-barnehageplass.eml'));
const STARTLAN = toRestId(ewsId('item', 'ha-kommune/post/03-startlan.eml'));

const NS = '{2f0e4a8c-6f7d-4c1a-9b3e-5d1c8a7e6b42}';
const ASSIGNED = `String ${NS} Name ArkivpostAssignedTo`;
const STATUS = `String ${NS} Name ArkivpostStatus`;
const CLASS = `String ${NS} Name ArkivpostClass`;

let graph: RunningGraphEmulator;

beforeAll(async () => {
  graph = await startGraphEmulator({ port: 0 });
});

afterAll(async () => {
  await graph?.close();
});

beforeEach(async () => {
  const r = await fetch(`${graph.origin}/graph/_emulator/reset`, { method: 'POST' });
  expect(r.status).toBe(204);
});

interface Call {
  readonly as?: string | null;
  readonly token?: string;
  readonly method?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

async function call(path: string, c: Call = {}): Promise<Response> {
  const headers: Record<string, string> = { ...c.headers };
  const as = c.as === undefined ? KARI : c.as;
  if (c.token !== undefined) headers['authorization'] = `Bearer ${c.token}`;
  else if (as !== null) headers['authorization'] = `Bearer ${testToken(as)}`;
  if (c.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${graph.url}${path}`, {
    method: c.method ?? 'GET',
    headers,
    ...(c.body !== undefined
      ? { body: typeof c.body === 'string' ? c.body : JSON.stringify(c.body) }
      : {}),
  });
}

async function json(
  path: string,
  c: Call = {},
): Promise<{ status: number; body: Record<string, unknown>; res: Response }> {
  const res = await call(path, c);
  const text = await res.text();
  return {
    status: res.status,
    body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
    res,
  };
}

interface GraphErrorBody {
  error: { code: string; message: string; innerError: Record<string, string> };
}

function errorOf(body: Record<string, unknown>): GraphErrorBody['error'] {
  return (body as unknown as GraphErrorBody).error;
}

const postMessage = (id: string, query = ''): string =>
  `/users/${encodeURIComponent(POST)}/messages/${id}${query}`;

async function patch(
  id: string,
  body: unknown,
  c: Call = {},
): Promise<{ status: number; body: Record<string, unknown>; res: Response }> {
  return json(postMessage(id), { ...c, method: 'PATCH', body });
}

async function state(): Promise<{
  mailboxes: { address: string; groupId: string | null; messages: Record<string, unknown>[] }[];
  outbound: { to: string[]; subject: string }[];
  requests: {
    method: string;
    path: string;
    status: number | string;
    fault: string | null;
    applied: boolean;
  }[];
  faults: unknown[];
}> {
  const r = await fetch(`${graph.origin}/graph/_emulator/state`);
  return (await r.json()) as Awaited<ReturnType<typeof state>>;
}

async function stored(address: string, id: string): Promise<Record<string, unknown>> {
  const s = await state();
  const m = s.mailboxes.find((b) => b.address === address)?.messages.find((x) => x['id'] === id);
  if (!m) throw new Error(`no message ${id} in ${address}`);
  return m;
}

async function faults(rules: unknown): Promise<Response> {
  return fetch(`${graph.origin}/graph/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(rules),
  });
}

describe('authentication and error bodies', () => {
  it('answers 401 InvalidAuthenticationToken in Graph error shape when the token is missing', async () => {
    const r = await json('/me', { as: null, headers: { 'client-request-id': 'abc-123' } });
    expect(r.status).toBe(401);
    const e = errorOf(r.body);
    expect(e.code).toBe('InvalidAuthenticationToken');
    expect(e.message).toBe('Access token is empty.');
    expect(Object.keys(e.innerError).sort()).toEqual(['client-request-id', 'date', 'request-id']);
    expect(e.innerError['date']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(e.innerError['request-id']).toBe(r.res.headers.get('request-id'));
    expect(e.innerError['client-request-id']).toBe('abc-123');
    expect(r.res.headers.get('client-request-id')).toBe('abc-123');
    expect(r.res.headers.get('www-authenticate')).toMatch(/^Bearer realm=""/);
  });

  it.each([
    ['an unknown user', 'test:nobody@ha.kommune.no'],
    ['a function mailbox (its sign-in is disabled)', `test:${POST}`],
    ['something that is not a test token', 'eyJ0eXAiOiJKV1QifQ.e30.x'],
  ])('rejects %s with 401', async (_name, token) => {
    const r = await json('/me', { token });
    expect(r.status).toBe(401);
    expect(errorOf(r.body).code).toBe('InvalidAuthenticationToken');
  });

  it('refuses /me for an application token, as Graph does', async () => {
    const r = await json('/me', { token: appToken() });
    expect(r.status).toBe(400);
    expect(errorOf(r.body).message).toContain('delegated authentication flow');
  });

  it('GET /me answers the signed-in user', async () => {
    const r = await json('/me');
    expect(r.status).toBe(200);
    expect(r.res.headers.get('content-type')).toMatch(/^application\/json;odata\.metadata=minimal/);
    expect(r.res.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.body).toMatchObject({
      '@odata.context': `${graph.url}/$metadata#users/$entity`,
      displayName: 'Kari Nordmann',
      givenName: 'Kari',
      surname: 'Nordmann',
      mail: KARI,
      userPrincipalName: KARI,
      preferredLanguage: 'nn-NO',
      businessPhones: [],
    });
    expect(r.body['id']).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('messages in the function mailbox', () => {
  it('uses convertToRestId of the workbench item id as the Graph id of every sample message', async () => {
    const dir = join(__dirname, '..', '..', 'dev', 'mailbox');
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as SampleMailboxIndex;
    const sample = index.messages[0];
    if (!sample) throw new Error('empty sample');
    const item = await readItemFromEml(readFileSync(join(dir, ...sample.file.split('/'))), {
      id: sample.file,
    });
    const { Office: office } = createOffice({
      displayLanguage: 'nn-NO',
      mailbox: { emailAddress: POST, displayName: 'Hå kommune – post', kind: 'shared' },
      item,
    });
    const restId = office.context.mailbox.convertToRestId(
      item.itemId,
      office.MailboxEnums.RestVersion.v2_0,
    );
    expect(restId).toBe(BARNEHAGE);
    const s = await state();
    for (const m of index.messages) {
      const mb = index.mailboxes.find((b) => b.id === m.mailbox);
      const ids = s.mailboxes.find((b) => b.address === mb?.address)?.messages.map((x) => x['id']);
      expect(ids).toContain(toRestId(ewsId('item', m.file)));
    }
  });

  it('GET answers the documented message shape', async () => {
    const inbox = await json(`/users/${POST}/mailFolders/inbox`);
    expect(inbox.status).toBe(200);
    expect(inbox.body['displayName']).toBe('Innboks');
    const r = await json(postMessage(BARNEHAGE));
    expect(r.status).toBe(200);
    const m = r.body;
    expect(m['@odata.context']).toBe(
      `${graph.url}/$metadata#users('post%40ha.kommune.no')/messages/$entity`,
    );
    expect(m['@odata.etag']).toBe(`W/"${String(m['changeKey'])}"`);
    expect(m).toMatchObject({
      id: BARNEHAGE,
      subject: 'Spørsmål om barnehageplass til hausten',
      receivedDateTime: '2026-03-02T07:41:17Z',
      internetMessageId: '<01-barnehageplass.20260302@example.net>',
      parentFolderId: inbox.body['id'],
      categories: [],
      isRead: false,
      isDraft: false,
      hasAttachments: false,
      importance: 'normal',
      flag: { flagStatus: 'notFlagged' },
      from: { emailAddress: { name: 'Ola Innbyggjar', address: 'ola.innbyggjar@example.net' } },
      toRecipients: [{ emailAddress: { name: 'Hå kommune – post', address: POST } }],
      body: { contentType: 'text' },
    });
    expect(String(m['bodyPreview'])).toMatch(/^Hei, Vi flyttar til Nærbø/);
    expect(String(m['bodyPreview']).length).toBeLessThanOrEqual(255);
    expect(m).not.toHaveProperty('singleValueExtendedProperties');
  });

  it('honours $select, and answers 400 for a property messages do not have', async () => {
    const r = await json(postMessage(BARNEHAGE, '?$select=subject,categories'));
    expect(Object.keys(r.body)).toEqual([
      '@odata.context',
      '@odata.etag',
      'id',
      'subject',
      'categories',
    ]);
    expect(r.body['@odata.context']).toContain('/messages(subject,categories)/$entity');
    const bad = await json(postMessage(BARNEHAGE, '?$select=subject,nonsense'));
    expect(bad.status).toBe(400);
    expect(errorOf(bad.body).code).toBe('RequestBroker--ParseUri');
  });

  it('answers 404 ErrorItemNotFound in another mailbox, and 400 for an EWS id', async () => {
    const other = await json(`/me/messages/${BARNEHAGE}`);
    expect(other.status).toBe(404);
    expect(errorOf(other.body)).toMatchObject({
      code: 'ErrorItemNotFound',
      message: 'The specified object was not found in the store.',
    });
    const ews = await json(postMessage(encodeURIComponent(ewsId('item', 'x'))));
    expect(ews.status).toBe(400);
    expect(errorOf(ews.body).code).toBe('ErrorInvalidIdMalformed');
  });

  it('lets both members of the function mailbox in, and no one else', async () => {
    expect((await call(postMessage(BARNEHAGE), { as: KARI })).status).toBe(200);
    expect((await call(postMessage(BARNEHAGE), { as: PER })).status).toBe(200);
    const silje = await json(postMessage(BARNEHAGE), { as: SILJE });
    expect(silje.status).toBe(403);
    expect(errorOf(silje.body)).toMatchObject({
      code: 'ErrorAccessDenied',
      message: 'Access is denied. Check credentials and try again.',
    });
    const patched = await patch(BARNEHAGE, { categories: ['x'] }, { as: SILJE });
    expect(patched.status).toBe(403);
    // Another person's own mailbox is closed too.
    expect((await call(`/users/${KARI}/messages`, { as: PER })).status).toBe(403);
    // Another tenant's users do not resolve at all.
    const foreign = await json(postMessage(BARNEHAGE), { as: ANNA });
    expect(foreign.status).toBe(404);
    expect(errorOf(foreign.body).code).toBe('ErrorInvalidUser');
  });
});

describe('updating a message', () => {
  it('changes changeKey and @odata.etag on every update and answers the message without extended properties', async () => {
    const before = await json(postMessage(BARNEHAGE));
    const r = await patch(BARNEHAGE, {
      categories: ['Tildelt: Per Hansen'],
      singleValueExtendedProperties: [{ id: ASSIGNED, value: PER }],
    });
    expect(r.status).toBe(200);
    expect(r.body['categories']).toEqual(['Tildelt: Per Hansen']);
    expect(r.body['changeKey']).not.toBe(before.body['changeKey']);
    expect(r.body['@odata.etag']).toBe(`W/"${String(r.body['changeKey'])}"`);
    expect(r.body).not.toHaveProperty('singleValueExtendedProperties');
    const again = await patch(BARNEHAGE, { isRead: true });
    expect(again.body['changeKey']).not.toBe(r.body['changeKey']);
    const keys = new Set([before.body['changeKey'], r.body['changeKey'], again.body['changeKey']]);
    expect(keys.size).toBe(3);
  });

  it('answers 412 ErrorIrresolvableConflict for a stale If-Match and changes nothing', async () => {
    const first = await json(postMessage(BARNEHAGE));
    const staleEtag = String(first.body['@odata.etag']);
    const a = await patch(
      BARNEHAGE,
      { categories: ['Ferdig'] },
      { as: PER, headers: { 'if-match': staleEtag } },
    );
    expect(a.status).toBe(200);
    const b = await patch(
      BARNEHAGE,
      { categories: ['Under behandling'] },
      { as: KARI, headers: { 'if-match': staleEtag } },
    );
    expect(b.status).toBe(412);
    expect(errorOf(b.body).code).toBe('ErrorIrresolvableConflict');
    expect(errorOf(b.body).message).toContain('change key');
    expect((await stored(POST, BARNEHAGE))['categories']).toEqual(['Ferdig']);
    const fresh = await patch(
      BARNEHAGE,
      { categories: ['Under behandling'] },
      { headers: { 'if-match': String(a.body['@odata.etag']) } },
    );
    expect(fresh.status).toBe(200);
    expect(
      (await patch(BARNEHAGE, { isRead: true }, { headers: { 'if-match': '*' } })).status,
    ).toBe(200);
  });

  it('merges extended properties by id and expands only those the $filter names', async () => {
    await patch(BARNEHAGE, {
      singleValueExtendedProperties: [
        { id: ASSIGNED, value: PER },
        { id: STATUS, value: 'Ny' },
      ],
    });
    // The same property spelled with an upper-case GUID is the same property.
    const upper = STATUS.replace(NS, NS.toUpperCase());
    await patch(BARNEHAGE, { singleValueExtendedProperties: [{ id: upper, value: 'Ferdig' }] });
    const one = await json(
      postMessage(BARNEHAGE, `?$expand=singleValueExtendedProperties($filter=id eq '${STATUS}')`),
    );
    expect(one.body['singleValueExtendedProperties']).toEqual([{ id: STATUS, value: 'Ferdig' }]);
    const two = await json(
      postMessage(
        BARNEHAGE,
        `?$select=subject&$expand=singleValueExtendedProperties($filter=id eq '${STATUS}' or id eq '${ASSIGNED}')`,
      ),
    );
    expect(two.body['singleValueExtendedProperties']).toEqual(
      expect.arrayContaining([
        { id: ASSIGNED, value: PER },
        { id: STATUS, value: 'Ferdig' },
      ]),
    );
    expect((two.body['singleValueExtendedProperties'] as unknown[]).length).toBe(2);
    const none = await json(
      postMessage(BARNEHAGE, `?$expand=singleValueExtendedProperties($filter=id eq '${CLASS}')`),
    );
    expect(none.status).toBe(200);
    expect(none.body).not.toHaveProperty('singleValueExtendedProperties');
    const unfiltered = await json(postMessage(BARNEHAGE, '?$expand=singleValueExtendedProperties'));
    expect(unfiltered.status).toBe(400);
  });

  it('stores the flag dates as instants and answers them in UTC, or in the zone Prefer asks for', async () => {
    const r = await patch(BARNEHAGE, {
      flag: {
        flagStatus: 'flagged',
        startDateTime: { dateTime: '2026-03-02T00:00:00', timeZone: 'W. Europe Standard Time' },
        dueDateTime: { dateTime: '2026-04-07T00:00:00', timeZone: 'W. Europe Standard Time' },
      },
    });
    expect(r.status).toBe(200);
    expect(r.body['flag']).toEqual({
      flagStatus: 'flagged',
      startDateTime: { dateTime: '2026-03-01T23:00:00.0000000', timeZone: 'UTC' },
      dueDateTime: { dateTime: '2026-04-06T22:00:00.0000000', timeZone: 'UTC' },
    });
    const local = await json(postMessage(BARNEHAGE, '?$select=flag'), {
      headers: { prefer: 'outlook.timezone="W. Europe Standard Time"' },
    });
    expect(local.body['flag']).toMatchObject({
      dueDateTime: { dateTime: '2026-04-07T00:00:00.0000000', timeZone: 'W. Europe Standard Time' },
    });
    expect(local.res.headers.get('preference-applied')).toBe(
      'outlook.timezone="W. Europe Standard Time"',
    );
    const done = await patch(BARNEHAGE, { flag: { flagStatus: 'complete' } });
    expect(done.body['flag']).toMatchObject({
      flagStatus: 'complete',
      completedDateTime: expect.any(Object),
    });
    const cleared = await patch(BARNEHAGE, { flag: { flagStatus: 'notFlagged' } });
    expect(cleared.body['flag']).toEqual({ flagStatus: 'notFlagged' });
  });

  it.each([
    [
      'a due date without a start date',
      {
        flag: {
          flagStatus: 'flagged',
          dueDateTime: { dateTime: '2026-04-07T00:00:00', timeZone: 'UTC' },
        },
      },
      'ErrorInvalidRequest',
    ],
    ['a property messages do not have', { colour: 'red' }, 'RequestBodyRead'],
    [
      'the subject of a received message',
      { subject: 'Nytt emne' },
      'ErrorInvalidPropertyUpdateSentMessage',
    ],
    [
      'an extended property id Graph cannot read',
      { singleValueExtendedProperties: [{ id: 'String ArkivpostStatus', value: 'Ny' }] },
      'ErrorInvalidExtendedProperty',
    ],
    [
      'a valid change followed by an invalid one (nothing is applied)',
      { categories: ['Ferdig'], flag: { flagStatus: 'someday' } },
      'RequestBodyRead',
    ],
  ])('refuses %s with 400 and leaves the message as it was', async (_name, body, code) => {
    const before = await stored(POST, BARNEHAGE);
    const r = await patch(BARNEHAGE, body);
    expect(r.status).toBe(400);
    expect(errorOf(r.body).code).toBe(code);
    const after = await stored(POST, BARNEHAGE);
    expect(after['changeKey']).toBe(before['changeKey']);
    expect(after['categories']).toEqual([]);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const r = await patch(BARNEHAGE, '{not json');
    expect(r.status).toBe(400);
    expect(errorOf(r.body).code).toBe('BadRequest');
  });
});

describe('listing and filtering messages', () => {
  const list = (query: string, c: Call = {}) =>
    json(`/users/${encodeURIComponent(POST)}/messages?${query}`, c);

  it('finds messages by extended property value', async () => {
    await patch(BARNEHAGE, { singleValueExtendedProperties: [{ id: STATUS, value: 'Ferdig' }] });
    await patch(STARTLAN, { singleValueExtendedProperties: [{ id: STATUS, value: 'Ny' }] });
    const filter = `singleValueExtendedProperties/any(ep: ep/id eq '${STATUS}' and ep/value eq 'ferdig')`;
    const r = await list(`$filter=${encodeURIComponent(filter)}&$select=subject`);
    expect(r.status).toBe(200);
    const ids = (r.body['value'] as { id: string }[]).map((m) => m.id);
    expect(ids).toEqual([BARNEHAGE]);
    // The matching property is not in the answer (Graph leaves it out).
    expect(r.body['value']).toEqual([
      expect.not.objectContaining({ singleValueExtendedProperties: expect.anything() }),
    ]);
  });

  it('filters by receivedDateTime ranges and orders newest first', async () => {
    const r = await list(
      `$filter=${encodeURIComponent('receivedDateTime ge 2026-03-02T00:00:00Z and receivedDateTime lt 2026-03-04T00:00:00Z')}&$select=receivedDateTime`,
    );
    expect(r.status).toBe(200);
    const times = (r.body['value'] as { receivedDateTime: string }[]).map(
      (m) => m.receivedDateTime,
    );
    expect(times.length).toBeGreaterThan(0);
    for (const t of times) {
      expect(t >= '2026-03-02T00:00:00Z' && t < '2026-03-04T00:00:00Z').toBe(true);
    }
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by category and by flag status', async () => {
    await patch(STARTLAN, {
      categories: ['Ferdig'],
      flag: {
        flagStatus: 'flagged',
        startDateTime: { dateTime: '2026-03-03T00:00:00', timeZone: 'UTC' },
        dueDateTime: { dateTime: '2026-03-24T00:00:00', timeZone: 'UTC' },
      },
    });
    const byCategory = await list(
      `$filter=${encodeURIComponent("categories/any(c: c eq 'ferdig')")}&$select=id`,
    );
    expect((byCategory.body['value'] as { id: string }[]).map((m) => m.id)).toEqual([STARTLAN]);
    const byFlag = await list(
      `$filter=${encodeURIComponent("flag/flagStatus eq 'flagged' and not (isRead eq true)")}&$select=id`,
    );
    expect((byFlag.body['value'] as { id: string }[]).map((m) => m.id)).toEqual([STARTLAN]);
  });

  it('pages with $top and @odata.nextLink', async () => {
    const first = await list('$top=2&$select=id');
    expect((first.body['value'] as unknown[]).length).toBe(2);
    const next = String(first.body['@odata.nextLink']);
    expect(next.startsWith(`${graph.url}/users/`)).toBe(true);
    const second = (await (
      await fetch(next, { headers: { authorization: `Bearer ${testToken(KARI)}` } })
    ).json()) as { value: { id: string }[] };
    expect(second.value.length).toBeGreaterThan(0);
    const firstIds = (first.body['value'] as { id: string }[]).map((m) => m.id);
    for (const m of second.value) expect(firstIds).not.toContain(m.id);
  });

  it.each([
    ['an unknown property', 'colour eq 1', 'BadRequest'],
    [
      'an extended property filter without the id',
      "singleValueExtendedProperties/any(ep: ep/value eq 'Ny')",
      'ErrorInvalidUrlQueryFilter',
    ],
    ['a syntax error', "subject eq 'open", 'BadRequest'],
    [
      'a function the emulator does not implement',
      "tolower(subject) eq 'x'",
      'ErrorInvalidUrlQueryFilter',
    ],
    ['a date compared with a string', "receivedDateTime ge '2026-03-01'", 'BadRequest'],
  ])('answers 400 for %s', async (_name, filter, code) => {
    const r = await list(`$filter=${encodeURIComponent(filter)}`);
    expect(r.status).toBe(400);
    expect(errorOf(r.body).code).toBe(code);
  });
});

describe('sendMail', () => {
  it('delivers to the colleague’s inbox and keeps a copy in Sent Items (202, no body)', async () => {
    const res = await call('/me/sendMail', {
      method: 'POST',
      body: {
        message: {
          subject: 'Tildelt deg: Spørsmål om barnehageplass',
          body: { contentType: 'Text', content: 'Opne meldinga i post@.' },
          toRecipients: [{ emailAddress: { address: PER, name: 'Per Hansen' } }],
        },
      },
    });
    expect(res.status).toBe(202);
    expect(await res.text()).toBe('');
    const inbox = await json(
      `/me/mailFolders/inbox/messages?$filter=${encodeURIComponent("startswith(subject,'Tildelt deg')")}`,
      { as: PER },
    );
    const got = inbox.body['value'] as Record<string, unknown>[];
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      subject: 'Tildelt deg: Spørsmål om barnehageplass',
      isRead: false,
      from: { emailAddress: { name: 'Kari Nordmann', address: KARI } },
      toRecipients: [{ emailAddress: { name: 'Per Hansen', address: PER } }],
      body: { contentType: 'text', content: 'Opne meldinga i post@.' },
    });
    const sent = await json('/me/mailFolders/sentitems/messages?$select=subject,isRead');
    expect(sent.body['value']).toEqual([
      expect.objectContaining({ subject: 'Tildelt deg: Spørsmål om barnehageplass', isRead: true }),
    ]);
  });

  it('sends from the function mailbox for a member, records mail that leaves the organisation, and can skip Sent Items', async () => {
    const res = await call(`/users/${POST}/sendMail`, {
      method: 'POST',
      body: {
        message: {
          subject: 'Svar på søknad',
          toRecipients: [{ emailAddress: { address: 'ola.innbyggjar@example.net' } }],
          ccRecipients: [{ emailAddress: { address: PER } }],
        },
        saveToSentItems: false,
      },
    });
    expect(res.status).toBe(202);
    const s = await state();
    expect(s.outbound).toEqual([
      expect.objectContaining({ to: ['ola.innbyggjar@example.net'], subject: 'Svar på søknad' }),
    ]);
    const perInbox = await json('/me/messages?$select=subject,from&$top=1', { as: PER });
    expect(perInbox.body['value']).toEqual([
      expect.objectContaining({
        subject: 'Svar på søknad',
        from: { emailAddress: { name: 'Hå kommune – post', address: POST } },
      }),
    ]);
    const sent = await json(`/users/${POST}/mailFolders/sentitems/messages?$select=subject`);
    expect((sent.body['value'] as { subject: string }[]).map((m) => m.subject)).not.toContain(
      'Svar på søknad',
    );
  });

  it('answers 400 ErrorInvalidRecipients without recipients', async () => {
    const r = await json('/me/sendMail', { method: 'POST', body: { message: { subject: 'x' } } });
    expect(r.status).toBe(400);
    expect(errorOf(r.body).code).toBe('ErrorInvalidRecipients');
  });
});

describe('directory', () => {
  it('requires ConsistencyLevel: eventual for $search, as Graph does', async () => {
    const r = await json(`/users?$search=${encodeURIComponent('"displayName:kar"')}`);
    expect(r.status).toBe(400);
    expect(errorOf(r.body)).toMatchObject({
      code: 'Request_UnsupportedQuery',
      message:
        "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    });
  });

  it('searches the signed-in user’s organisation by word prefix', async () => {
    const r = await json(
      `/users?$search=${encodeURIComponent('"displayName:kar" OR "displayName:per"')}&$select=displayName,mail&$count=true`,
      { headers: { consistencylevel: 'eventual' } },
    );
    expect(r.status).toBe(200);
    expect(r.body['value']).toEqual([
      { displayName: 'Kari Nordmann', mail: KARI },
      { displayName: 'Per Hansen', mail: PER },
    ]);
    expect(r.body['@odata.count']).toBe(2);
    const filtered = await json(
      `/users?$filter=${encodeURIComponent("startswith(displayName,'sil')")}&$select=mail`,
    );
    expect(filtered.body['value']).toEqual([{ mail: SILJE }]);
  });

  it('suggests people in the organisation, function mailboxes and the user left out', async () => {
    const r = await json(`/me/people?$search=${encodeURIComponent('"si"')}`);
    expect(r.status).toBe(200);
    expect(r.body['value']).toEqual([
      expect.objectContaining({
        displayName: 'Silje Vik',
        scoredEmailAddresses: [expect.objectContaining({ address: SILJE })],
      }),
    ]);
    const all = await json('/me/people');
    const names = (all.body['value'] as { displayName: string }[]).map((p) => p.displayName);
    expect(names).toEqual(['Per Hansen', 'Silje Vik']);
  });

  it('lists who has access to the function mailbox through its group', async () => {
    const s = await state();
    const groupId = s.mailboxes.find((b) => b.address === POST)?.groupId;
    expect(groupId).toMatch(/^[0-9a-f-]{36}$/);
    const members = await json(`/groups/${groupId}/members?$select=displayName,mail`);
    expect(members.status).toBe(200);
    expect(members.body['value']).toEqual([
      { '@odata.type': '#microsoft.graph.user', displayName: 'Kari Nordmann', mail: KARI },
      { '@odata.type': '#microsoft.graph.user', displayName: 'Per Hansen', mail: PER },
    ]);
    const found = await json(
      `/groups?$filter=${encodeURIComponent("startswith(displayName,'Hå kommune')")}`,
    );
    expect((found.body['value'] as { id: string }[]).map((g) => g.id)).toEqual([groupId]);
  });
});

describe('master categories', () => {
  const path = `/users/${encodeURIComponent(POST)}/outlook/masterCategories`;

  it('refuses a delegate (403) and lets an application create them (201)', async () => {
    const denied = await json(path, {
      method: 'POST',
      body: { displayName: 'Ferdig', color: 'preset4' },
    });
    expect(denied.status).toBe(403);
    expect(errorOf(denied.body).code).toBe('ErrorAccessDenied');
    expect((await call(path)).status).toBe(403);
    const created = await json(path, {
      token: appToken(),
      method: 'POST',
      body: { displayName: 'Ferdig', color: 'preset4' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      '@odata.context': expect.stringContaining('/outlook/masterCategories/$entity'),
      displayName: 'Ferdig',
      color: 'preset4',
    });
    expect(created.body['id']).toMatch(/^[0-9a-f-]{36}$/);
    const again = await json(path, {
      token: appToken(),
      method: 'POST',
      body: { displayName: 'ferdig' },
    });
    expect(again.status).toBe(409);
    const listed = await json(path, { token: appToken() });
    expect((listed.body['value'] as { displayName: string }[]).map((c) => c.displayName)).toContain(
      'Ferdig',
    );
    // The owner of a personal mailbox manages their own.
    expect((await call('/me/outlook/masterCategories')).status).toBe(200);
  });

  it('gives Outlook itself the list of a function mailbox, which Graph refuses its delegate', async () => {
    const controls = (p: string): Promise<Response> => fetch(`${graph.origin}/graph/_emulator${p}`);
    expect((await call(path)).status).toBe(403);
    const before = (await (
      await controls(`/mailboxes/${encodeURIComponent(POST)}/categories`)
    ).json()) as {
      value: { displayName: string }[];
    };
    expect(before.value.map((c) => c.displayName)).not.toContain('Ferdig');
    const changes = async (): Promise<number> =>
      ((await (await controls('/changes')).json()) as { changes: number }).changes;
    const start = await changes();
    // Reading changes nothing; a write does.
    await call(path);
    expect(await changes()).toBe(start);
    await json(path, { token: appToken(), method: 'POST', body: { displayName: 'Ferdig' } });
    expect(await changes()).toBeGreaterThan(start);
    const after = (await (
      await controls(`/mailboxes/${encodeURIComponent(POST)}/categories`)
    ).json()) as {
      value: { displayName: string }[];
    };
    expect(after.value.map((c) => c.displayName)).toContain('Ferdig');
    expect((await controls('/mailboxes/nobody%40example.no/categories')).status).toBe(404);
  });
});

describe('ids', () => {
  it('translates EWS ids to REST ids', async () => {
    const ews = ewsId('item', 'ha-kommune/post/01-barnehageplass.eml');
    const r = await json(`/users/${POST}/translateExchangeIds`, {
      method: 'POST',
      body: { inputIds: [ews], sourceIdType: 'ewsId', targetIdType: 'restId' },
    });
    expect(r.body['value']).toEqual([{ targetId: BARNEHAGE, sourceId: ews }]);
  });
});

describe('faults', () => {
  it('answers 429 with Retry-After to the next N matching requests, applying nothing', async () => {
    expect(
      (
        await faults({
          kind: 'throttle',
          times: 2,
          retryAfter: 3,
          method: 'PATCH',
          path: '/messages/',
        })
      ).status,
    ).toBe(201);
    expect((await call(postMessage(BARNEHAGE))).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const r = await patch(BARNEHAGE, { categories: ['Tildelt: Per Hansen'] });
      expect(r.status).toBe(429);
      expect(r.res.headers.get('retry-after')).toBe('3');
      expect(errorOf(r.body).code).toBe('ApplicationThrottled');
    }
    expect((await stored(POST, BARNEHAGE))['categories']).toEqual([]);
    const landed = await patch(BARNEHAGE, { categories: ['Tildelt: Per Hansen'] });
    expect(landed.status).toBe(200);
    const s = await state();
    const patches = s.requests.filter((q) => q.method === 'PATCH');
    expect(patches.map((q) => [q.status, q.fault, q.applied])).toEqual([
      [429, 'throttle', false],
      [429, 'throttle', false],
      [200, null, true],
    ]);
    expect(s.faults).toEqual([]);
  });

  it.each([
    ['unavailable', 503, 'serviceNotAvailable'],
    ['gateway-timeout', 504, 'UnknownError'],
  ])('answers %s with %d', async (kind, status, code) => {
    await faults({ kind, retryAfter: 2 });
    const r = await json('/me');
    expect(r.status).toBe(status);
    expect(errorOf(r.body).code).toBe(code);
    expect((await call('/me')).status).toBe(200);
  });

  it('can answer 504 after the update was applied', async () => {
    await faults({ kind: 'gateway-timeout', when: 'after', method: 'PATCH' });
    const r = await patch(BARNEHAGE, { categories: ['Ferdig'] });
    expect(r.status).toBe(504);
    expect((await stored(POST, BARNEHAGE))['categories']).toEqual(['Ferdig']);
  });

  it('slows matching answers down', async () => {
    await faults({ kind: 'slow', delayMs: 300, path: '^/me$' });
    const started = Date.now();
    expect((await call('/me')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    const quick = Date.now();
    expect((await call('/me')).status).toBe(200);
    expect(Date.now() - quick).toBeLessThan(280);
  });

  it('drops the connection before applying an update: the store is unchanged', async () => {
    const before = await stored(POST, BARNEHAGE);
    await faults({ kind: 'drop', method: 'PATCH' });
    await expect(patch(BARNEHAGE, { categories: ['Ferdig'] })).rejects.toThrow('fetch failed');
    const after = await stored(POST, BARNEHAGE);
    expect(after['categories']).toEqual([]);
    expect(after['changeKey']).toBe(before['changeKey']);
    expect((await patch(BARNEHAGE, { categories: ['Ferdig'] })).status).toBe(200);
  });

  it('drops the connection after applying an update: the change is there, whole, and a retry with the old etag gets 412', async () => {
    const before = await json(postMessage(BARNEHAGE));
    await faults({ kind: 'drop', when: 'after', method: 'PATCH' });
    await expect(
      patch(
        BARNEHAGE,
        {
          categories: ['Tildelt: Per Hansen'],
          singleValueExtendedProperties: [{ id: ASSIGNED, value: PER }],
        },
        { headers: { 'if-match': String(before.body['@odata.etag']) } },
      ),
    ).rejects.toThrow('fetch failed');
    const after = await stored(POST, BARNEHAGE);
    expect(after['categories']).toEqual(['Tildelt: Per Hansen']);
    expect(after['singleValueExtendedProperties']).toEqual([{ id: ASSIGNED, value: PER }]);
    expect(after['version']).toBe(1);
    const retry = await patch(
      BARNEHAGE,
      { categories: ['Tildelt: Per Hansen'] },
      { headers: { 'if-match': String(before.body['@odata.etag']) } },
    );
    expect(retry.status).toBe(412);
    const log = (await state()).requests.filter((q) => q.method === 'PATCH');
    expect(log.map((q) => [q.status, q.applied])).toEqual([
      ['dropped', true],
      [412, false],
    ]);
  });

  it('can send a claims challenge', async () => {
    await faults({ kind: 'claims-challenge' });
    const r = await json('/me');
    expect(r.status).toBe(401);
    expect(r.res.headers.get('www-authenticate')).toMatch(
      /error="insufficient_claims", claims="[A-Za-z0-9+/=]+"/,
    );
  });

  it('lists, refuses bad rules and clears through the controls', async () => {
    const bad = await faults({ kind: 'explode' });
    expect(bad.status).toBe(400);
    await faults({ faults: [{ kind: 'throttle', times: 'always', path: '/people' }] });
    const listed = (await (await fetch(`${graph.origin}/graph/_emulator/faults`)).json()) as {
      faults: { kind: string; remaining: unknown }[];
    };
    expect(listed.faults).toEqual([
      expect.objectContaining({ kind: 'throttle', remaining: 'always' }),
    ]);
    expect((await call('/me/people')).status).toBe(429);
    expect((await call('/me/people')).status).toBe(429);
    expect(
      (await fetch(`${graph.origin}/graph/_emulator/faults`, { method: 'DELETE' })).status,
    ).toBe(204);
    expect((await call('/me/people')).status).toBe(200);
  });
});

describe('controls and transports', () => {
  it('delivers a message through the controls and forgets it on reset', async () => {
    const r = await fetch(`${graph.origin}/graph/_emulator/mailboxes/${POST}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        subject: 'Klage på vedtak',
        from: { name: 'Kari Innbyggjar', address: 'kari.innbyggjar@example.net' },
        toRecipients: [POST],
        receivedDateTime: '2026-04-03T14:05:00+02:00',
        body: 'Eg klagar.',
      }),
    });
    expect(r.status).toBe(201);
    const m = (await r.json()) as { id: string; receivedDateTime: string };
    expect(m.receivedDateTime).toBe('2026-04-03T12:05:00Z');
    expect((await call(postMessage(m.id))).status).toBe(200);
    await fetch(`${graph.origin}/graph/_emulator/reset`, { method: 'POST' });
    expect((await call(postMessage(m.id))).status).toBe(404);
  });

  it('offers the same Graph as an injectable fetch, without a network', async () => {
    const emulator = await createGraphEmulator();
    const res = await emulator.fetch('/graph/v1.0/me?$select=displayName', {
      headers: { authorization: `Bearer ${testToken(PER)}` },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ displayName: 'Per Hansen' });
    emulator.faults.add({ kind: 'drop' });
    await expect(emulator.fetch('/graph/v1.0/me')).rejects.toThrow('fetch failed');
    emulator.close();
  });
});
