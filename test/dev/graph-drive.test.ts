/**
 * The Graph emulator's SharePoint: Melleruds kommun's diarium site and its
 * library "Ärenden" in Graph v1.0's shapes — sites by path, libraries and
 * their columns, folders with conflict behaviour and SharePoint's forbidden
 * names, files in one PUT and through upload sessions (ranges in order, in
 * pieces of 320 KiB, without Authorization), list item fields and the
 * filter that wants an index, search, the state and reset, and faults.
 */
import { randomBytes } from 'node:crypto';
import { appToken, createGraphEmulator, startGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator, RunningGraphEmulator } from '../../dev/graph';
import { drivesOf } from '../../dev/graph/drive-store';
import { QuickXorHash } from '../../src/services/archive/sharepoint/quickxor';

const ERIK = 'erik.johansson@mellerud.se';
const MARIA = 'maria.karlsson@mellerud.se';
const KARI = 'kari.nordmann@ha.kommune.no';
const SITE = '/sites/mellerud.sharepoint.com:/sites/diarium';
const KiB = 1024;
const UNIT = 320 * KiB;

let emulator: GraphEmulator;

beforeAll(async () => {
  emulator = await createGraphEmulator();
});

afterAll(() => emulator?.close());

beforeEach(() => emulator.reset());

interface Call {
  readonly as?: string | null;
  readonly token?: string;
  readonly method?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** A Graph request, in process; `path` after /v1.0, or an absolute upload URL. */
async function call(
  path: string,
  c: Call = {},
): Promise<{ status: number; json: Record<string, unknown>; res: Response }> {
  const headers: Record<string, string> = { ...c.headers };
  const as = c.as === undefined ? ERIK : c.as;
  if (c.token !== undefined) headers['authorization'] = `Bearer ${c.token}`;
  else if (as !== null) headers['authorization'] = `Bearer ${testToken(as)}`;
  let body: BodyInit | undefined;
  if (c.body instanceof Uint8Array) body = c.body as BodyInit;
  else if (c.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(c.body);
  }
  const url = /^https?:/.test(path) ? path : `/graph/v1.0${path}`;
  const res = await emulator.fetch(url, {
    method: c.method ?? 'GET',
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const type = res.headers.get('content-type') ?? '';
  const text = type.includes('json') ? await res.text() : '';
  return { status: res.status, json: text === '' ? {} : (JSON.parse(text) as never), res };
}

const errorCode = (json: Record<string, unknown>): string =>
  (json as { error: { code: string } }).error.code;
const errorMessage = (json: Record<string, unknown>): string =>
  (json as { error: { message: string } }).error.message;

async function library(): Promise<{ siteId: string; driveId: string; listId: string }> {
  const site = await call(SITE);
  const siteId = site.json['id'] as string;
  const drives = await call(`/sites/${siteId}/drives`);
  const drive = (drives.json['value'] as { id: string; name: string }[]).find(
    (d) => d.name === 'Ärenden',
  );
  const list = await call(`/drives/${drive?.id}/list`);
  return { siteId, driveId: drive?.id ?? '', listId: list.json['id'] as string };
}

const enc = (s: string): string => encodeURIComponent(s);
const hashOf = (b: Uint8Array): string => new QuickXorHash().update(b).base64();

async function newFolder(driveId: string, name: string, conflict = 'fail') {
  return call(`/drives/${driveId}/items/root/children`, {
    method: 'POST',
    body: { name, folder: {}, '@microsoft.graph.conflictBehavior': conflict },
  });
}

async function session(driveId: string, parentId: string, name: string, conflict = 'fail') {
  const r = await call(`/drives/${driveId}/items/${parentId}:/${enc(name)}:/createUploadSession`, {
    method: 'POST',
    body: { item: { '@microsoft.graph.conflictBehavior': conflict } },
  });
  expect(r.status).toBe(200);
  return r.json as { uploadUrl: string; nextExpectedRanges: string[]; expirationDateTime: string };
}

function range(url: string, bytes: Uint8Array, start: number, end: number, total: number) {
  return call(url, {
    as: null,
    method: 'PUT',
    body: bytes.subarray(start, end + 1),
    headers: { 'content-range': `bytes ${start}-${end}/${total}` },
  });
}

// ---------------------------------------------------------------- sites

describe('the diarium site', () => {
  it('is found by hostname and path, with Graph’s id of host, site collection and web', async () => {
    const r = await call(SITE);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      displayName: 'Diarium',
      name: 'diarium',
      webUrl: 'https://mellerud.sharepoint.com/sites/diarium',
      siteCollection: { hostname: 'mellerud.sharepoint.com' },
    });
    expect(r.json['id']).toMatch(/^mellerud\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    const byId = await call(`/sites/${r.json['id'] as string}`);
    expect(byId.json['displayName']).toBe('Diarium');
  });

  it('answers 404 itemNotFound for a path that is no site', async () => {
    const r = await call('/sites/mellerud.sharepoint.com:/sites/finnsinte');
    expect(r.status).toBe(404);
    expect(errorCode(r.json)).toBe('itemNotFound');
  });

  it.each([
    ['a member of the Mellerud tenant', { as: MARIA }, 200],
    ['an application token', { token: appToken() }, 200],
    ['a user of another tenant', { as: KARI }, 403],
  ])('lets %s in (or not)', async (_who, c, status) => {
    const r = await call(SITE, c);
    expect(r.status).toBe(status);
    if (status === 403) expect(errorCode(r.json)).toBe('accessDenied');
  });

  it('keeps another tenant out of the library’s items and upload sessions too', async () => {
    const { driveId } = await library();
    expect((await call(`/drives/${driveId}/root/children`, { as: KARI })).status).toBe(403);
    const r = await newFolder(driveId, 'Inte här');
    expect(r.status).toBe(201);
    const other = await call(`/drives/${driveId}/items/root/children`, {
      as: KARI,
      method: 'POST',
      body: { name: 'Från Hå', folder: {} },
    });
    expect(other.status).toBe(403);
  });

  it('lists its libraries; "Ärenden" has the list with the connector’s columns', async () => {
    const { siteId, listId } = await library();
    const drives = await call(`/sites/${siteId}/drives`);
    expect(
      (drives.json['value'] as Record<string, unknown>[]).map((d) => [d['name'], d['driveType']]),
    ).toEqual([
      ['Dokument', 'documentLibrary'],
      ['Ärenden', 'documentLibrary'],
    ]);
    const list = await call(`/sites/${siteId}/lists/${listId}`);
    expect(list.json).toMatchObject({
      displayName: 'Ärenden',
      list: { template: 'documentLibrary' },
    });
    const columns = await call(`/sites/${siteId}/lists/${listId}/columns`);
    const byName = new Map(
      (columns.json['value'] as Record<string, unknown>[]).map((c) => [c['name'], c]),
    );
    expect(byName.get('ArkivpostCaseNumber')).toMatchObject({
      displayName: 'Ärendenummer',
      indexed: true,
      text: expect.any(Object),
    });
    expect(byName.get('ArkivpostMessageId')).toMatchObject({ indexed: false });
    expect(byName.get('ArkivpostDocumentType')).toMatchObject({
      choice: { choices: ['I', 'U', 'N'] },
    });
    expect(byName.get('ArkivpostReceived')).toMatchObject({ dateTime: expect.any(Object) });
    expect(byName.get('ArkivpostAttachments')).toMatchObject({ number: expect.any(Object) });
    const byTitle = await call(`/sites/${siteId}/lists/${enc('Ärenden')}`);
    expect(byTitle.json['id']).toBe(listId);
  });
});

// ---------------------------------------------------------------- items

describe('folders and items', () => {
  it('finds the seeded case by path and by id; a missing path is 404 itemNotFound', async () => {
    const { driveId } = await library();
    const byPath = await call(`/drives/${driveId}/root:/${enc('2026-7 Gatubelysning Storgatan')}`);
    expect(byPath.status).toBe(200);
    expect(byPath.json).toMatchObject({
      name: '2026-7 Gatubelysning Storgatan',
      folder: { childCount: 1 },
      parentReference: { driveId, driveType: 'documentLibrary', path: `/drives/${driveId}/root:` },
    });
    const id = byPath.json['id'] as string;
    expect(id).toMatch(/^01[A-Z2-7]{32}$/);
    const child = await call(
      `/drives/${driveId}/items/${id}:/${enc('2026-7-1 Trasig gatubelysning på Storgatan.eml')}:`,
    );
    expect(child.json).toMatchObject({
      file: { mimeType: 'message/rfc822', hashes: { quickXorHash: expect.any(String) } },
      parentReference: { id, name: '2026-7 Gatubelysning Storgatan' },
    });
    const missing = await call(`/drives/${driveId}/root:/${enc('2026-99 Finns inte')}`);
    expect(missing.status).toBe(404);
    expect(errorCode(missing.json)).toBe('itemNotFound');
    expect((await call(`/drives/${driveId}/items/01NOSUCHITEM`)).status).toBe(404);
  });

  it('creates a folder, and on a name that is taken fails, renames or answers the one there', async () => {
    const { driveId } = await library();
    const made = await newFolder(driveId, '2026-8 Bygglov Storgatan 1');
    expect(made.status).toBe(201);
    expect(made.json).toMatchObject({
      name: '2026-8 Bygglov Storgatan 1',
      folder: { childCount: 0 },
    });
    const again = await newFolder(driveId, '2026-8 BYGGLOV Storgatan 1');
    expect(again.status).toBe(409);
    expect(errorCode(again.json)).toBe('nameAlreadyExists');
    const renamed = await newFolder(driveId, '2026-8 Bygglov Storgatan 1', 'rename');
    expect([renamed.status, renamed.json['name']]).toEqual([201, '2026-8 Bygglov Storgatan 1 1']);
    const replaced = await newFolder(driveId, '2026-8 Bygglov Storgatan 1', 'replace');
    expect([replaced.status, replaced.json['id']]).toEqual([200, made.json['id']]);
  });

  it.each([
    'Bygglov: Storgatan',
    'Bygglov Storgatan 1/3',
    'Frågor?',
    'Citat "så"',
    'a*b',
    'a<b>c',
    'a|b',
    'a\\b',
    '~$låst',
    'mapp_vti_',
    'CON',
    'slutar med punkt.',
    ' mellanslag först',
    'forms',
  ])('refuses the name %j as SharePoint does, with 400 invalidRequest', async (name) => {
    const { driveId } = await library();
    const r = await newFolder(driveId, name);
    expect(r.status).toBe(400);
    expect(errorCode(r.json)).toBe('invalidRequest');
  });

  it('pages children with $top and @odata.nextLink, and gives sharepointIds when selected', async () => {
    const { driveId, listId } = await library();
    for (const n of [8, 9, 10]) await newFolder(driveId, `2026-${n} Ärende ${n}`);
    const first = await call(
      `/drives/${driveId}/root/children?$top=2&$select=id,name,sharepointIds`,
    );
    const names = (first.json['value'] as { name: string }[]).map((v) => v.name);
    expect(names).toEqual(['2026-7 Gatubelysning Storgatan', '2026-8 Ärende 8']);
    expect((first.json['value'] as Record<string, unknown>[])[0]).toEqual({
      '@odata.etag': expect.any(String),
      id: expect.any(String),
      name: '2026-7 Gatubelysning Storgatan',
      sharepointIds: expect.objectContaining({ listId, listItemId: '1' }),
    });
    const next = first.json['@odata.nextLink'] as string;
    expect(next).toContain('$skiptoken=2');
    const second = await call(next.replace(/^.*\/v1\.0/, ''));
    expect((second.json['value'] as { name: string }[]).map((v) => v.name)).toEqual([
      '2026-9 Ärende 9',
      '2026-10 Ärende 10',
    ]);
    expect(second.json['@odata.nextLink']).toBeUndefined();
  });

  it('renames with PATCH (409 when the name is taken, 412 on a stale If-Match) and deletes', async () => {
    const { driveId } = await library();
    const a = await newFolder(driveId, '2026-8 A');
    await newFolder(driveId, '2026-9 B');
    const id = a.json['id'] as string;
    const taken = await call(`/drives/${driveId}/items/${id}`, {
      method: 'PATCH',
      body: { name: '2026-9 b' },
    });
    expect([taken.status, errorCode(taken.json)]).toEqual([409, 'nameAlreadyExists']);
    const stale = await call(`/drives/${driveId}/items/${id}`, {
      method: 'PATCH',
      body: { name: '2026-10 A' },
      headers: { 'if-match': '"{00000000-0000-0000-0000-000000000000},1"' },
    });
    expect(stale.status).toBe(412);
    const ok = await call(`/drives/${driveId}/items/${id}`, {
      method: 'PATCH',
      body: { name: '2026-10 A' },
      headers: { 'if-match': a.json['eTag'] as string },
    });
    expect([ok.status, ok.json['name']]).toEqual([200, '2026-10 A']);
    expect(ok.json['eTag']).not.toBe(a.json['eTag']);
    expect((await call(`/drives/${driveId}/items/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/drives/${driveId}/items/${id}`)).status).toBe(404);
  });

  it('searches names and text columns by the start of words', async () => {
    const { driveId } = await library();
    const hits = await call(`/drives/${driveId}/root/search(q='gatubelys')`);
    expect((hits.json['value'] as { name: string }[]).map((v) => v.name)).toEqual([
      '2026-7 Gatubelysning Storgatan',
      '2026-7-1 Trasig gatubelysning på Storgatan.eml',
    ]);
    const byColumn = await call(`/drives/${driveId}/root/search(q='karin berg')`);
    expect((byColumn.json['value'] as { name: string }[]).map((v) => v.name)).toEqual([
      '2026-7-1 Trasig gatubelysning på Storgatan.eml',
    ]);
    const none = await call(`/drives/${driveId}/root/search(q='bygglov')`);
    expect(none.json['value']).toEqual([]);
  });
});

// ---------------------------------------------------------------- files

describe('files in one PUT', () => {
  it('makes a file (201) with its QuickXorHash, replaces it (200, new cTag), or fails on request', async () => {
    const { driveId } = await library();
    const folder = await newFolder(driveId, '2026-8 Bygglov');
    const parent = folder.json['id'] as string;
    const bytes = randomBytes(100 * KiB);
    const url = `/drives/${driveId}/items/${parent}:/${enc('2026-8-1 Ritning.pdf')}:/content`;
    const made = await call(url, { method: 'PUT', body: bytes });
    expect(made.status).toBe(201);
    expect(made.json).toMatchObject({
      name: '2026-8-1 Ritning.pdf',
      size: bytes.length,
      file: { mimeType: 'application/pdf', hashes: { quickXorHash: hashOf(bytes) } },
      eTag: expect.stringMatching(/^"\{[0-9A-F-]{36}\},1"$/),
      cTag: expect.stringMatching(/^"c:\{[0-9A-F-]{36}\},1"$/),
    });
    const content = await call(`/drives/${driveId}/items/${made.json['id'] as string}/content`);
    expect(Buffer.from(await content.res.arrayBuffer()).equals(bytes)).toBe(true);

    const other = randomBytes(10 * KiB);
    const replaced = await call(url, { method: 'PUT', body: other });
    expect(replaced.status).toBe(200);
    expect(replaced.json['id']).toBe(made.json['id']);
    expect(replaced.json['cTag']).not.toBe(made.json['cTag']);
    const fail = await call(`${url}?@microsoft.graph.conflictBehavior=fail`, {
      method: 'PUT',
      body: bytes,
    });
    expect([fail.status, errorCode(fail.json)]).toEqual([409, 'nameAlreadyExists']);
    const stored = drivesOf(emulator.store).item(
      drivesOf(emulator.store).drive(driveId) as never,
      made.json['id'] as string,
    );
    expect(Buffer.from(stored.content).equals(other)).toBe(true);
  });

  it('refuses a file name SharePoint does not take', async () => {
    const { driveId } = await library();
    const r = await call(`/drives/${driveId}/root:/${enc('Svar: ja?.pdf')}:/content`, {
      method: 'PUT',
      body: new Uint8Array(3),
    });
    expect([r.status, errorCode(r.json)]).toEqual([400, 'invalidRequest']);
  });
});

describe('upload sessions', () => {
  it('take ranges in order, in pieces of 320 KiB, and make the file from the last (201)', async () => {
    const { driveId } = await library();
    const parent = (await newFolder(driveId, '2026-8 Bygglov')).json['id'] as string;
    const bytes = randomBytes(2 * UNIT + 1000);
    const total = bytes.length;
    const s = await session(driveId, parent, '2026-8-1 Bilaga.pdf');
    expect(s.uploadUrl).toMatch(/\/graph\/upload\/drive\/[\w-]+$/);
    expect(s.nextExpectedRanges).toEqual(['0-']);
    expect(Date.parse(s.expirationDateTime)).toBeGreaterThan(Date.now());

    const first = await range(s.uploadUrl, bytes, 0, UNIT - 1, total);
    expect(first.status).toBe(202);
    expect(first.json['nextExpectedRanges']).toEqual([`${UNIT}-${total - 1}`]);
    const status = await call(s.uploadUrl, { as: null });
    expect(status.json['nextExpectedRanges']).toEqual([`${UNIT}-${total - 1}`]);

    const overlap = await range(s.uploadUrl, bytes, 0, UNIT - 1, total);
    expect([overlap.status, errorCode(overlap.json)]).toEqual([416, 'invalidRange']);
    const ahead = await range(s.uploadUrl, bytes, 2 * UNIT, total - 1, total);
    expect([ahead.status, errorCode(ahead.json)]).toEqual([416, 'invalidRange']);
    const odd = await range(s.uploadUrl, bytes, UNIT, UNIT + 1000, total);
    expect([odd.status, errorCode(odd.json)]).toEqual([400, 'invalidRequest']);
    expect(errorMessage(odd.json)).toMatch(/320 KiB/);
    const otherTotal = await range(s.uploadUrl, bytes, UNIT, 2 * UNIT - 1, total + 1);
    expect(otherTotal.status).toBe(400);

    expect((await range(s.uploadUrl, bytes, UNIT, 2 * UNIT - 1, total)).status).toBe(202);
    const last = await range(s.uploadUrl, bytes, 2 * UNIT, total - 1, total);
    expect(last.status).toBe(201);
    expect(last.json).toMatchObject({
      name: '2026-8-1 Bilaga.pdf',
      size: total,
      file: { hashes: { quickXorHash: hashOf(bytes) } },
    });
    const content = await call(`/drives/${driveId}/items/${last.json['id'] as string}/content`);
    expect(Buffer.from(await content.res.arrayBuffer()).equals(bytes)).toBe(true);
    const gone = await call(s.uploadUrl, { as: null });
    expect([gone.status, errorCode(gone.json)]).toEqual([404, 'itemNotFound']);
  });

  it('refuse a request that carries an Authorization header (401), as Graph documents', async () => {
    const { driveId } = await library();
    const s = await session(driveId, 'root', 'a.pdf');
    const r = await call(s.uploadUrl, {
      method: 'PUT',
      body: new Uint8Array(10),
      headers: { 'content-range': 'bytes 0-9/10' },
    });
    expect(r.status).toBe(401);
    expect((await call(s.uploadUrl, { as: null })).json['nextExpectedRanges']).toEqual(['0-']);
  });

  it('are cancelled by DELETE, and fail at once on a name that is taken with fail', async () => {
    const { driveId } = await library();
    const s = await session(driveId, 'root', 'a.pdf');
    expect((await call(s.uploadUrl, { as: null, method: 'DELETE' })).status).toBe(204);
    expect((await call(s.uploadUrl, { as: null })).status).toBe(404);
    const taken = await call(
      `/drives/${driveId}/items/root:/${enc('2026-7 Gatubelysning Storgatan')}:/createUploadSession`,
      { method: 'POST', body: { item: { '@microsoft.graph.conflictBehavior': 'fail' } } },
    );
    expect([taken.status, errorCode(taken.json)]).toEqual([409, 'nameAlreadyExists']);
  });

  it('answer the same over a real socket, bytes and all', async () => {
    const server: RunningGraphEmulator = await startGraphEmulator({ port: 0 });
    try {
      const auth = { authorization: `Bearer ${testToken(ERIK)}` };
      const site = (await (await fetch(`${server.url}${SITE}`, { headers: auth })).json()) as {
        id: string;
      };
      const drives = (await (
        await fetch(`${server.url}/sites/${site.id}/drives`, { headers: auth })
      ).json()) as { value: { id: string; name: string }[] };
      const driveId = drives.value.find((d) => d.name === 'Ärenden')?.id as string;
      const created = (await (
        await fetch(
          `${server.url}/drives/${driveId}/root:/${enc('Över nätet.bin')}:/createUploadSession`,
          {
            method: 'POST',
            headers: { ...auth, 'content-type': 'application/json' },
            body: '{}',
          },
        )
      ).json()) as { uploadUrl: string };
      expect(created.uploadUrl.startsWith(server.origin)).toBe(true);
      const bytes = randomBytes(UNIT + 77);
      for (const [start, end] of [
        [0, UNIT - 1],
        [UNIT, bytes.length - 1],
      ] as const) {
        const r = await fetch(created.uploadUrl, {
          method: 'PUT',
          headers: { 'content-range': `bytes ${start}-${end}/${bytes.length}` },
          body: bytes.subarray(start, end + 1),
        });
        expect(r.status).toBe(end === bytes.length - 1 ? 201 : 202);
        expect(((await r.json()) as Record<string, unknown>) ?? {}).toBeTruthy();
      }
      const back = await fetch(
        `${server.url}/drives/${driveId}/root:/${enc('Över nätet.bin')}:/content`,
        {
          headers: auth,
        },
      );
      expect(Buffer.from(await back.arrayBuffer()).equals(bytes)).toBe(true);
    } finally {
      await server.close();
    }
  });
});

// ---------------------------------------------------------------- metadata

describe('list item fields', () => {
  async function seededFile(driveId: string) {
    return call(
      `/drives/${driveId}/root:/${enc('2026-7 Gatubelysning Storgatan')}/${enc('2026-7-1 Trasig gatubelysning på Storgatan.eml')}`,
    );
  }

  it('shows a file’s columns through its listItem', async () => {
    const { driveId } = await library();
    const file = await seededFile(driveId);
    const li = await call(
      `/drives/${driveId}/items/${file.json['id'] as string}/listItem?$expand=fields`,
    );
    expect(li.status).toBe(200);
    expect(li.json).toMatchObject({
      id: '2',
      contentType: { name: 'Document' },
      fields: {
        FileLeafRef: '2026-7-1 Trasig gatubelysning på Storgatan.eml',
        ArkivpostCaseNumber: '2026/7',
        ArkivpostDocumentType: 'I',
        ArkivpostReceived: '2026-02-02T08:12:00Z',
        ArkivpostAttachments: 0,
      },
    });
  });

  it('sets columns with PATCH; an unknown column, a wrong value or a stale If-Match changes nothing', async () => {
    const { driveId } = await library();
    const file = await seededFile(driveId);
    const fields = `/drives/${driveId}/items/${file.json['id'] as string}/listItem/fields`;
    const unknown = await call(fields, {
      method: 'PATCH',
      body: { ArkivpostSender: 'Någon', Diarienummer: '2026/7' },
    });
    expect([unknown.status, errorCode(unknown.json)]).toEqual([400, 'invalidRequest']);
    expect(errorMessage(unknown.json)).toMatch(/Diarienummer/);
    const wrong = await call(fields, { method: 'PATCH', body: { ArkivpostDocumentType: 'X' } });
    expect(wrong.status).toBe(400);
    const notDate = await call(fields, { method: 'PATCH', body: { ArkivpostReceived: 'igår' } });
    expect(notDate.status).toBe(400);
    const stale = await call(fields, {
      method: 'PATCH',
      body: { ArkivpostSender: 'Någon' },
      headers: { 'if-match': '"{00000000-0000-0000-0000-000000000000},1"' },
    });
    expect([stale.status, errorCode(stale.json)]).toEqual([412, 'resourceModified']);
    const before = await call(fields);
    expect(before.json['ArkivpostSender']).toBe('Karin Berg <karin.berg@example.net>');

    const ok = await call(fields, {
      method: 'PATCH',
      body: {
        ArkivpostRestriction: 'S – OSL 26 kap. 1 §',
        ArkivpostReceived: '2026-02-02T09:12:00+01:00',
      },
      headers: { 'if-match': file.json['eTag'] as string },
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({
      ArkivpostRestriction: 'S – OSL 26 kap. 1 §',
      ArkivpostReceived: '2026-02-02T08:12:00Z',
    });
    const cleared = await call(fields, { method: 'PATCH', body: { ArkivpostRestriction: null } });
    expect(cleared.json['ArkivpostRestriction']).toBeUndefined();
  });

  it('filters list items on an indexed column; another needs the Prefer header', async () => {
    const { siteId, listId } = await library();
    const items = `/sites/${siteId}/lists/${listId}/items?$expand=fields,driveItem&$filter=`;
    const byCase = await call(`${items}${enc("fields/ArkivpostCaseNumber eq '2026/7'")}`);
    expect(byCase.status).toBe(200);
    expect((byCase.json['value'] as { id: string }[]).map((v) => v.id)).toEqual(['1', '2']);

    const byMessage = `${items}${enc("fields/ArkivpostMessageId eq '<gatubelysning.20260202@example.net>'")}`;
    const refused = await call(byMessage);
    expect([refused.status, errorCode(refused.json)]).toEqual([400, 'invalidRequest']);
    expect(errorMessage(refused.json)).toMatch(
      /ArkivpostMessageId.*not indexed.*Prefer: HonorNonIndexedQueriesWarningMayFailRandomly/,
    );
    const allowed = await call(byMessage, {
      headers: { prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    });
    const [hit] = allowed.json['value'] as {
      id: string;
      fields: Record<string, unknown>;
      driveItem: { name: string; size: number; parentReference: { id: string } };
    }[];
    expect(hit?.fields['ArkivpostDocumentNumber']).toBe('2026/7-1');
    expect(hit?.driveItem.name).toBe('2026-7-1 Trasig gatubelysning på Storgatan.eml');

    const unknown = await call(`${items}${enc("fields/Diarienummer eq '2026/7'")}`);
    expect([unknown.status, errorCode(unknown.json)]).toEqual([400, 'invalidRequest']);
  });
});

// ---------------------------------------------------------------- state, faults

describe('state, reset and faults', () => {
  it('lists folders and files with size and fields (no bytes) in the state; reset forgets them', async () => {
    const { driveId } = await library();
    await call(`/drives/${driveId}/root:/${enc('Ny.txt')}:/content`, {
      method: 'PUT',
      body: new TextEncoder().encode('hej'),
    });
    const state = async () =>
      (await (await emulator.fetch('/graph/_emulator/state')).json()) as {
        sharepoint: {
          sites: { libraries: { name: string; items: Record<string, unknown>[] }[] }[];
        };
      };
    const items = (await state()).sharepoint.sites[0]?.libraries[1]?.items ?? [];
    const seeded = drivesOf(emulator.store).sites[0]?.drives[1]?.root.children;
    const eml = [...(seeded?.values() ?? [])][0]?.children.values().next().value;
    expect(eml?.content.length).toBeGreaterThan(300);
    expect(items.map((i) => [i['path'], i['kind'], i['size']])).toEqual([
      ['/2026-7 Gatubelysning Storgatan', 'folder', undefined],
      [
        '/2026-7 Gatubelysning Storgatan/2026-7-1 Trasig gatubelysning på Storgatan.eml',
        'file',
        eml?.content.length,
      ],
      ['/Ny.txt', 'file', 3],
    ]);
    expect(items[1]?.['fields']).toMatchObject({ ArkivpostCaseNumber: '2026/7' });
    expect(JSON.stringify(items)).not.toContain('content');
    emulator.reset();
    const after = (await state()).sharepoint.sites[0]?.libraries[1]?.items ?? [];
    expect(after).toHaveLength(2);
  });

  it('throttles the library and drops the connection to an upload URL when told to', async () => {
    const { driveId } = await library();
    emulator.faults.add({ kind: 'throttle', path: '^/drives/', retryAfter: 3 });
    const throttled = await call(`/drives/${driveId}/root/children`);
    expect(throttled.status).toBe(429);
    expect(throttled.res.headers.get('retry-after')).toBe('3');
    const s = await session(driveId, 'root', 'a.bin');
    emulator.faults.add({ kind: 'drop', path: '^/upload/drive/', method: 'PUT' });
    await expect(range(s.uploadUrl, new Uint8Array(10), 0, 9, 10)).rejects.toThrow('fetch failed');
    expect((await call(s.uploadUrl, { as: null })).json['nextExpectedRanges']).toEqual(['0-']);
  });
});
