/**
 * The Graph emulator's folders made by users and the directory's managers
 * (R11): a folder found by its name without case, made once (a second with
 * the same name is 409 ErrorFolderExists), messages made in it and listed
 * there only, gone after a reset; `/me/manager` and `/users/{id}/manager`,
 * 404 when the directory names none, and nobody outside the tenant.
 */
import { createGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph';

const POST = 'post@ha.kommune.no';
const KARI = 'kari.nordmann@ha.kommune.no';
const PER = 'per.hansen@ha.kommune.no';
const SILJE = 'silje.vik@ha.kommune.no';
const NAME = 'Arkivpost – bevis';

let emulator: GraphEmulator;

beforeAll(async () => {
  emulator = await createGraphEmulator();
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown> & {
    readonly value?: Array<Record<string, unknown>>;
    readonly error?: { code: string };
  };
}

async function call(method: string, path: string, user: string, body?: unknown): Promise<Reply> {
  const res = await emulator.fetch(`/graph/v1.0${path}`, {
    method,
    headers: {
      authorization: `Bearer ${testToken(user)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Reply['body']) : {} };
}

const byName = (name: string): string =>
  `/users/${POST}/mailFolders?$filter=${encodeURIComponent(`displayName eq '${name}'`)}`;

describe('folders a user makes', () => {
  it('makes one by name, finds it without case, and refuses a second of the same name', async () => {
    expect((await call('GET', byName(NAME), KARI)).body.value).toEqual([]);
    const made = await call('POST', `/users/${POST}/mailFolders`, KARI, { displayName: NAME });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ displayName: NAME, totalItemCount: 0 });
    const found = await call('GET', byName(NAME.toUpperCase()), PER);
    expect(found.body.value?.map((f) => f['id'])).toEqual([made.body['id']]);

    const again = await call('POST', `/users/${POST}/mailFolders`, PER, {
      displayName: NAME.toLowerCase(),
    });
    expect(again.status).toBe(409);
    expect(again.body.error?.code).toBe('ErrorFolderExists');
    // A well-known folder's name is taken too.
    const inbox = await call('POST', `/users/${POST}/mailFolders`, KARI, {
      displayName: 'Innboks',
    });
    expect(inbox.status).toBe(409);
  });

  it('keeps the messages made in it apart from the inbox; a reset drops the folder', async () => {
    const made = await call('POST', `/users/${POST}/mailFolders`, KARI, { displayName: NAME });
    const id = encodeURIComponent(String(made.body['id']));
    const item = await call('POST', `/users/${POST}/mailFolders/${id}/messages`, KARI, {
      subject: 'Bevis: Byggesaka mi',
      body: { contentType: 'text', content: 'Teken vare på.' },
    });
    expect(item.status).toBe(201);
    const inFolder = await call(
      'GET',
      `/users/${POST}/mailFolders/${id}/messages?$select=subject`,
      KARI,
    );
    expect(inFolder.body.value?.map((m) => m['subject'])).toEqual(['Bevis: Byggesaka mi']);
    const inbox = await call(
      'GET',
      `/users/${POST}/mailFolders/inbox/messages?$select=subject&$top=50`,
      KARI,
    );
    expect(inbox.body.value?.some((m) => m['subject'] === 'Bevis: Byggesaka mi')).toBe(false);
    expect((await call('GET', `/users/${POST}/mailFolders/${id}`, KARI)).body).toMatchObject({
      totalItemCount: 1,
    });

    emulator.reset();
    expect((await call('GET', byName(NAME), KARI)).body.value).toEqual([]);
  });

  it('refuses a folder without a name, and one in a mailbox the user has no access to', async () => {
    expect(
      (await call('POST', `/users/${POST}/mailFolders`, KARI, { displayName: ' ' })).status,
    ).toBe(400);
    expect(
      (await call('POST', `/users/${POST}/mailFolders`, SILJE, { displayName: NAME })).status,
    ).toBe(403);
  });
});

describe('managers', () => {
  it('names Kari Nordmann’s manager, for her and for a colleague who asks about her', async () => {
    const mine = await call('GET', '/me/manager', KARI);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ '@odata.type': '#microsoft.graph.user', mail: SILJE });
    const hers = await call('GET', `/users/${KARI}/manager?$select=displayName,mail`, PER);
    expect(hers.body).toMatchObject({ displayName: 'Silje Vik', mail: SILJE });
  });

  it('answers 404 when the directory names none, and nothing across tenants', async () => {
    const none = await call('GET', '/me/manager', PER);
    expect(none.status).toBe(404);
    expect(none.body.error?.code).toBe('Request_ResourceNotFound');
    expect((await call('GET', `/users/${KARI}/manager`, 'anna.andersson@vara.se')).status).toBe(
      404,
    );
    expect((await call('GET', '/me/manager', 'anna.andersson@vara.se')).body).toMatchObject({
      mail: 'lars.svensson@vara.se',
    });
  });
});
