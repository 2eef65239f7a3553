/**
 * The one resumable upload against the emulators over real HTTP: a file
 * into a SharePoint library's upload session through the Graph client, with
 * a range dropped until its repeats are spent (the session is asked where
 * it stands and the upload goes on from there), the last range's answer
 * lost, a session gone, a file that changes while read; a mail attachment's
 * session, which is not asked (the Noark 5 chunked upload: edges.test.ts).
 * Progress is in bytes the server holds.
 */
import { randomBytes } from 'node:crypto';
import { startGraphEmulator, testToken } from '../../../dev/graph';
import type { RunningGraphEmulator } from '../../../dev/graph';
import type { ArchiveDocument } from '../../../src/core/ports';
import { memoryDocument } from '../../../src/services/filing';
import { systemClock } from '../../../src/services/clock';
import { createGraphClient } from '../../../src/services/graph/client';
import type { GraphClient } from '../../../src/services/graph/client';
import { GraphFailure } from '../../../src/services/graph/errors';
import { sessionStands, uploadToSession } from '../../../src/services/graph/upload';
import { pieces, readWhole, uploadRanges } from '../../../src/services/http';

const ERIK = 'erik.johansson@mellerud.se';
const ANNA = 'anna.andersson@vara.se';
const UNIT = 320 * 1024;
const enc = encodeURIComponent;

let graph: RunningGraphEmulator;

beforeAll(async () => {
  graph = await startGraphEmulator({ port: 0 });
});

afterAll(() => graph.close());

beforeEach(() => graph.emulator.reset());

function client(as: string): GraphClient {
  return createGraphClient({
    clock: systemClock,
    baseUrl: `${graph.origin}${graph.emulator.prefix}`,
    token: async () => testToken(as),
    fetch: (input, init) => fetch(input, init),
    sleep: async () => undefined,
    timeoutMs: 5000,
  });
}

/** A document read as a stream, or (`inMemory`) with its bytes at hand. */
function doc(bytes: Uint8Array, inMemory: boolean): ArchiveDocument {
  const d = memoryDocument('Ritning.pdf', 'application/pdf', 'attachment', bytes);
  if (inMemory) return d;
  const { bytes: _kept, ...streamed } = d;
  expect(_kept).toBe(bytes);
  return streamed;
}

/** A new upload session for `name` in the library Ärenden, and the path of the item. */
async function driveSession(g: GraphClient, name: string): Promise<{ url: string; at: string }> {
  const site = await g.request<{ id: string }>(
    'GET',
    '/sites/mellerud.sharepoint.com:/sites/diarium',
  );
  const drives = await g.request<{ value: { id: string; name: string }[] }>(
    'GET',
    `/sites/${enc(site.value.id)}/drives`,
  );
  const drive = drives.value.value.find((d) => d.name === 'Ärenden') as { id: string };
  const at = `/drives/${enc(drive.id)}/root:/${enc(name)}:`;
  const s = await g.request<{ uploadUrl: string }>('POST', `${at}/createUploadSession`, {
    body: { item: { '@microsoft.graph.conflictBehavior': 'fail' } },
  });
  return { url: s.value.uploadUrl, at };
}

/** The bytes into the session at `url` in ranges of 320 KiB. */
function upload(
  g: GraphClient,
  url: string,
  bytes: Uint8Array,
  o: { inMemory?: boolean; from?: number; onBytes?: (n: number) => void; size?: number } = {},
) {
  return uploadToSession<{ id: string; size: number }>(g, url, {
    document: doc(bytes, o.inMemory ?? true),
    size: o.size ?? bytes.length,
    rangeSize: UNIT,
    ...(o.from !== undefined ? { from: o.from } : {}),
    ...(o.onBytes ? { onBytes: o.onBytes } : {}),
    changed: () => new Error('changed while read'),
  });
}

const ranges = () =>
  graph.emulator.log.filter((e) => e.method === 'PUT' && e.path.startsWith('/upload/drive/'));

describe('a Graph upload session (SharePoint)', () => {
  it.each([true, false])(
    'resumes after a range dropped until its repeats were spent, asking the session where it stands (bytes in memory: %s)',
    async (inMemory) => {
      const g = client(ERIK);
      const bytes = new Uint8Array(randomBytes(3 * UNIT + 1000));
      const { url, at } = await driveSession(g, 'Ritning.pdf');
      // The second range: sent, and repeated twice, each time the connection dropped.
      graph.emulator.faults.add({
        kind: 'drop',
        method: 'PUT',
        path: '^/upload/drive/',
        skip: 1,
        times: 3,
      });
      const progress: number[] = [];
      const item = await upload(g, url, bytes, { inMemory, onBytes: (n) => progress.push(n) });
      expect(item).toMatchObject({ kind: 'done', value: { size: bytes.length } });
      expect(Buffer.compare(await g.bytes(`${at}/content`), bytes)).toBe(0);
      expect(ranges().map((e) => e.status)).toEqual([
        202,
        'dropped',
        'dropped',
        'dropped',
        202,
        202,
        201,
      ]);
      // The session was asked once, between the dropped range and its last try.
      const asked = graph.emulator.log.filter(
        (e) => e.method === 'GET' && e.path.startsWith('/upload/'),
      );
      expect(asked).toHaveLength(1);
      expect(progress).toEqual([UNIT, UNIT, 2 * UNIT, 3 * UNIT, bytes.length]);
    },
  );

  it('fails with the lost connection when the range is lost again after the session was asked', async () => {
    const g = client(ERIK);
    const bytes = new Uint8Array(randomBytes(2 * UNIT));
    const { url } = await driveSession(g, 'Ritning.pdf');
    graph.emulator.faults.add({
      kind: 'drop',
      method: 'PUT',
      path: '^/upload/drive/',
      skip: 1,
      times: 6,
    });
    const f = await upload(g, url, bytes).catch((e: unknown) => e);
    expect(f).toBeInstanceOf(GraphFailure);
    expect(f).toMatchObject({ kind: 'network', ambiguous: true });
    // The session holds the first range: a later try takes it up there.
    expect(await sessionStands(g, url)).toBe(UNIT);
  });

  it('says the session is gone when the last range landed with its answer lost', async () => {
    const g = client(ERIK);
    const bytes = new Uint8Array(randomBytes(UNIT + 10));
    const { url, at } = await driveSession(g, 'Ritning.pdf');
    graph.emulator.faults.add({
      kind: 'drop',
      when: 'after',
      method: 'PUT',
      path: '^/upload/drive/',
      skip: 1,
    });
    const item = await upload(g, url, bytes);
    // Gone: the caller looks, and the file is there, once.
    expect(item).toEqual({ kind: 'gone' });
    expect(await sessionStands(g, url)).toBeNull();
    expect((await g.request<{ size: number }>('GET', at)).value.size).toBe(bytes.length);
  });

  it('takes up a session where it stands', async () => {
    const g = client(ERIK);
    const bytes = new Uint8Array(randomBytes(3 * UNIT));
    const { url, at } = await driveSession(g, 'Ritning.pdf');
    await g.uploadRange(url, bytes.subarray(0, UNIT), { start: 0, total: bytes.length });
    const from = await sessionStands(g, url);
    expect(from).toBe(UNIT);
    const before = ranges().length;
    await upload(g, url, bytes, { inMemory: false, from: from as number });
    expect(ranges().length - before).toBe(2);
    expect(Buffer.compare(await g.bytes(`${at}/content`), bytes)).toBe(0);
  });

  it('refuses a file that gives fewer bytes than it was measured at', async () => {
    const g = client(ERIK);
    const bytes = new Uint8Array(randomBytes(2 * UNIT));
    const { url } = await driveSession(g, 'Ritning.pdf');
    const short = bytes.subarray(0, UNIT + 5);
    await expect(upload(g, url, short, { inMemory: false, size: bytes.length })).rejects.toThrow(
      'changed while read',
    );
  });
});

describe('a mail attachment’s upload session', () => {
  async function attachmentSession(g: GraphClient, size: number): Promise<string> {
    const draft = await g.request<{ id: string }>('POST', '/me/messages', {
      body: { subject: 'Vidare', toRecipients: [{ emailAddress: { address: 'arkivet@vara.se' } }] },
    });
    const s = await g.request<{ uploadUrl: string }>(
      'POST',
      `/me/messages/${enc(draft.value.id)}/attachments/createUploadSession`,
      { body: { AttachmentItem: { attachmentType: 'file', name: 'Original.eml', size } } },
    );
    return s.value.uploadUrl;
  }

  it('is done with the last range, whose answer has no item in it', async () => {
    const g = client(ANNA);
    // Sessions are for 3 MB and more.
    const bytes = new Uint8Array(randomBytes(10 * UNIT + 9));
    const url = await attachmentSession(g, bytes.length);
    const before = graph.emulator.log.length;
    await expect(
      uploadToSession(g, url, {
        document: doc(bytes, true),
        size: bytes.length,
        rangeSize: 4 * UNIT,
        ask: false,
        changed: () => new Error('changed'),
      }),
    ).resolves.toMatchObject({ kind: 'done' });
    expect(graph.emulator.log.slice(before).map((e) => `${e.method} ${e.status}`)).toEqual([
      'PUT 200',
      'PUT 200',
      'PUT 201',
    ]);
  });

  it('is not asked where it stands: a range lost after its repeats fails with the connection', async () => {
    const g = client(ANNA);
    const bytes = new Uint8Array(randomBytes(3 * 1024 * 1024 + 7));
    const url = await attachmentSession(g, bytes.length);
    graph.emulator.faults.add({
      kind: 'drop',
      method: 'PUT',
      path: '^/upload/mail/',
      skip: 1,
      times: 3,
    });
    const f = await uploadToSession(g, url, {
      document: doc(bytes, true),
      size: bytes.length,
      rangeSize: 2 * 1024 * 1024,
      ask: false,
      changed: () => new Error('changed'),
    }).catch((e: unknown) => e);
    expect(f).toMatchObject({ kind: 'network' });
    expect(
      graph.emulator.log.filter((e) => e.method === 'GET' && e.path.startsWith('/upload/')),
    ).toEqual([]);
  });
});

describe('reading a file in pieces', () => {
  it('gives the same pieces from a stream and from memory, from any offset', async () => {
    const bytes = new Uint8Array(randomBytes(10_000));
    for (const from of [0, 1, 2999, 3000, 9999]) {
      const a: number[] = [];
      const b: number[] = [];
      for await (const p of pieces(doc(bytes, true), 3000, from)) a.push(...p);
      for await (const p of pieces(doc(bytes, false), 3000, from)) b.push(...p);
      expect(a).toEqual(b);
      expect(Buffer.compare(Buffer.from(a), bytes.subarray(from))).toBe(0);
    }
    expect(await readWhole(doc(bytes, false), 10_000)).toEqual(bytes);
    expect(await readWhole(doc(bytes, true), 9_999)).toBeNull();
    expect(await readWhole(doc(bytes, false), 10_001)).toBeNull();
  });

  it('holds at a session that wants a place it never leaves', async () => {
    const bytes = new Uint8Array(100);
    let asked = 0;
    await expect(
      uploadRanges({
        document: doc(bytes, true),
        size: 100,
        rangeSize: 40,
        session: {
          put: async () => ({ kind: 'next', at: 0 }),
          where: async () => {
            asked++;
            return { kind: 'next', at: 0 };
          },
        },
        changed: () => new Error('changed'),
      }),
    ).rejects.toThrow(/stays at byte 0/);
    expect(asked).toBe(0);
  });
});
