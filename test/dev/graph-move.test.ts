/**
 * The Graph emulator's `POST …/messages/{id}/move` (R13, "Slett
 * e-postkopien"): to a well-known folder or a folder id, 201 with the moved
 * message under a new id, the old id gone, the extended properties and
 * categories carried along; 404 for a folder that is not there; only for
 * those with access to the mailbox.
 */
import { createGraphEmulator, testToken, toRestId } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph/emulator';
import { ewsId } from '../../dev/emulator/util';

const KARI = 'kari.nordmann@ha.kommune.no';
const SILJE = 'silje.vik@ha.kommune.no';
const POST = 'post@ha.kommune.no';
const BARNEHAGE = toRestId(ewsId('item', 'ha-kommune/post/01-barnehageplass.eml'));
const PROP = 'String {c33ccefe-306d-433f-aba4-aa7d6b0a745c} Name Arkivpost.Hold';

let emulator: GraphEmulator;

beforeAll(async () => {
  emulator = await createGraphEmulator();
});
beforeEach(() => emulator.reset());

async function call(
  path: string,
  method = 'GET',
  body?: unknown,
  as = KARI,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await emulator.fetch(`/graph/v1.0${path}`, {
    method,
    headers: {
      authorization: `Bearer ${testToken(as)}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const msg = (id: string): string => `/users/${POST}/messages/${encodeURIComponent(id)}`;

describe('moving a message', () => {
  it('moves it to Deleted Items under a new id, properties and categories with it', async () => {
    const hold = JSON.stringify({
      reason: 'access-request',
      by: KARI,
      name: 'Kari',
      at: '2026-12-06T13:03:00.000Z',
    });
    expect(
      (
        await call(msg(BARNEHAGE), 'PATCH', {
          categories: ['Innsynskrav pågår – må ikkje slettast'],
          singleValueExtendedProperties: [{ id: PROP, value: hold }],
        })
      ).status,
    ).toBe(200);
    const deleted = await call(`/users/${POST}/mailFolders/deleteditems`);
    const moved = await call(`${msg(BARNEHAGE)}/move`, 'POST', { destinationId: 'deleteditems' });
    expect(moved.status).toBe(201);
    const id = moved.json['id'] as string;
    expect(id).not.toBe(BARNEHAGE);
    expect(moved.json['parentFolderId']).toBe(deleted.json['id']);
    expect((await call(msg(BARNEHAGE))).status).toBe(404);
    const after = await call(
      `${msg(id)}?$select=categories&$expand=${encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${PROP}')`)}`,
    );
    expect(after.json['categories']).toEqual(['Innsynskrav pågår – må ikkje slettast']);
    expect(after.json['singleValueExtendedProperties']).toEqual([{ id: PROP, value: hold }]);

    // And back, by the folder's id.
    const inbox = await call(`/users/${POST}/mailFolders/inbox`);
    const back = await call(`${msg(id)}/move`, 'POST', { destinationId: inbox.json['id'] });
    expect(back.status).toBe(201);
    expect(back.json['parentFolderId']).toBe(inbox.json['id']);
  });

  it('answers 404 for a folder that is not there, 400 without a destination, and moves nothing', async () => {
    expect(
      (await call(`${msg(BARNEHAGE)}/move`, 'POST', { destinationId: 'nowhere' })).status,
    ).toBe(404);
    expect((await call(`${msg(BARNEHAGE)}/move`, 'POST', {})).status).toBe(400);
    expect(
      (await call(`${msg(BARNEHAGE)}/move`, 'POST', { destinationId: 'deleteditems', x: 1 }))
        .status,
    ).toBe(400);
    expect((await call(msg(BARNEHAGE))).status).toBe(200);
  });

  it('is refused to someone without access to the mailbox', async () => {
    const r = await call(
      `${msg(BARNEHAGE)}/move`,
      'POST',
      { destinationId: 'deleteditems' },
      SILJE,
    );
    expect([403, 404]).toContain(r.status);
    expect((await call(msg(BARNEHAGE))).status).toBe(200);
  });
});
