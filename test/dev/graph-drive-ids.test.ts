/**
 * The Graph emulator's SharePoint library gives every new item an id no
 * item of the library has. Its ids come from a hash with 32 bits of state;
 * in a process's 17th library (and its 444th, and others) the first new
 * item got the root's own id, so `items/{root}` reached that folder from
 * then on and every case folder made "in the root" landed inside it (the
 * fault fuzz's "2026-1 Bygglov" inside "2026-8 Bygglov", filed as 2026/1).
 * For each of the first 40 libraries: a folder made in the root is in the
 * root, and the root is still the root.
 */
import { createGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph';
import { drivesOf } from '../../dev/graph/drive-store';
import type { DriveRecord } from '../../dev/graph/drive-store';

const ERIK = 'erik.johansson@mellerud.se';

let emulator: GraphEmulator;

beforeAll(async () => {
  emulator = await createGraphEmulator();
});

afterAll(() => emulator?.close());

async function call(method: string, path: string, body?: unknown) {
  const res = await emulator.fetch(`/graph/v1.0${path}`, {
    method,
    headers: {
      authorization: `Bearer ${testToken(ERIK)}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

it('makes a folder in the root in the root, whatever the reset, and the root stays the root', async () => {
  let checked = 0;
  for (let reset = 0; reset < 40; reset++) {
    emulator.reset();
    const drive = drivesOf(emulator.store).sites[0]?.drives[1] as DriveRecord;
    const root = drive.root;
    const made = await call('POST', `/drives/${drive.id}/items/${root.id}/children`, {
      name: '2026-8 Bygglov',
      folder: {},
      '@microsoft.graph.conflictBehavior': 'fail',
    });
    expect(made.status).toBe(201);
    const id = made.json['id'] as string;
    expect(id).not.toBe(root.id);
    expect(root.children.get('2026-8 bygglov')?.id).toBe(id);
    // The root, by its id, is still the root: a second folder goes beside the first.
    const again = await call('POST', `/drives/${drive.id}/items/${root.id}/children`, {
      name: '2026-9 Bygglov',
      folder: {},
    });
    expect(again.status).toBe(201);
    expect(root.children.get('2026-9 bygglov')?.id).toBe(again.json['id']);
    const ids = new Set([root.id, ...drive.items.keys()]);
    expect(ids.size).toBe(drive.items.size + 1);
    checked++;
  }
  expect(checked).toBe(40);
});
