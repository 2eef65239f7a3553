/**
 * The network layer at its two edges, over real HTTP against the emulators
 * with their fault rules: the Graph client (GraphFailure) and the Noark 5
 * connector (ArchiveFailure) give up with a clear failure after their
 * repeats, never repeat a POST whose answer may be lost, and the connector
 * looks before it makes again, so that a 504 or a slow answer after the
 * archive acted still leaves one case and one record; a file's chunk whose
 * answer was lost is sent again and the archive says where it stands.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGraphEmulator, testToken } from '../../../dev/graph';
import type { RunningGraphEmulator } from '../../../dev/graph';
import { noarkToken, startNoarkEmulator } from '../../../dev/noark';
import type { RunningNoarkEmulator } from '../../../dev/noark';
import type { ArchiveDocument, FilingRequest } from '../../../src/core/ports';
import { ArchiveFailure, createNoark5Connector } from '../../../src/services/archive';
import type { Noark5Options } from '../../../src/services/archive';
import { memoryDocument } from '../../../src/services/filing';
import { systemClock } from '../../../src/services/clock';
import { createGraphClient } from '../../../src/services/graph/client';
import type { GraphClientOptions } from '../../../src/services/graph/client';
import { GraphFailure } from '../../../src/services/graph/errors';

const ANNA = 'anna.andersson@vara.se';
const KiB = 1024;

/** A file read as a stream: none of its bytes in memory at once. */
function streamed(name: string, bytes: Uint8Array): ArchiveDocument {
  const d = memoryDocument(name, 'application/pdf', 'attachment', bytes);
  return { name, mimeType: d.mimeType, size: d.size, role: d.role, chunks: () => d.chunks() };
}

describe('the Graph client', () => {
  let graph: RunningGraphEmulator;
  beforeAll(async () => {
    graph = await startGraphEmulator({ port: 0 });
  });
  afterAll(() => graph.close());
  beforeEach(() => graph.emulator.reset());

  function client(o: Partial<GraphClientOptions> = {}) {
    const waits: number[] = [];
    const c = createGraphClient({
      clock: systemClock,
      baseUrl: `${graph.origin}${graph.emulator.prefix}`,
      token: async () => testToken(ANNA),
      fetch: (input, init) => fetch(input, init),
      sleep: async (ms) => {
        waits.push(ms);
      },
      random: () => 1,
      ...o,
    });
    return { c, waits };
  }

  it('gives up after its repeats with an unavailable failure and the request id', async () => {
    const { c, waits } = client({ maxRetries: 4, maxDelayMs: 5000 });
    graph.emulator.faults.add({ kind: 'unavailable', times: 'always', path: '^/me$' });
    const f = await c.request('GET', '/me').catch((e: unknown) => e);
    expect(f).toBeInstanceOf(GraphFailure);
    expect(f).toMatchObject({ kind: 'unavailable', status: 503, code: 'serviceNotAvailable' });
    expect((f as GraphFailure).requestId).toMatch(/\S/);
    expect(graph.emulator.log.filter((e) => e.path === '/me')).toHaveLength(5);
    expect(waits).toEqual([1000, 2000, 4000, 5000]);
  });

  it.each(['unavailable', 'gateway-timeout'] as const)(
    'does not repeat a POST answered %s after Exchange made the draft: one draft, an ambiguous failure',
    async (kind) => {
      const { c } = client();
      graph.emulator.faults.add({ kind, when: 'after', method: 'POST', path: '^/me/messages$' });
      const f = await c
        .request('POST', '/me/messages', { body: { subject: 'Til arkivet' } })
        .catch((e: unknown) => e);
      expect(f).toMatchObject({ kind: 'unavailable', ambiguous: true });
      const drafts = await c.request<{ value: unknown[] }>(
        'GET',
        '/me/mailFolders/drafts/messages',
      );
      expect(drafts.value.value).toHaveLength(1);
    },
  );

  it('repeats a read that was slower than the timeout', async () => {
    const { c, waits } = client({ timeoutMs: 200 });
    graph.emulator.faults.add({ kind: 'slow', delayMs: 1500, path: '^/me$' });
    await expect(c.request('GET', '/me')).resolves.toMatchObject({
      value: { userPrincipalName: ANNA },
    });
    expect(waits).toEqual([1000]);
  });

  it('says timeout when every try was slower than the timeout', async () => {
    const { c } = client({ timeoutMs: 100, maxNetworkRetries: 1 });
    graph.emulator.faults.add({ kind: 'slow', delayMs: 800, times: 2, path: '^/me$' });
    await expect(c.request('GET', '/me')).rejects.toMatchObject({ kind: 'timeout', status: 0 });
  });
});

describe('the Noark 5 connector', () => {
  let noark: RunningNoarkEmulator;
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'http-edges-'));
    noark = await startNoarkEmulator({ port: 0, dir, now: () => new Date('2026-03-02T08:00:00Z') });
  });
  afterEach(async () => {
    await noark.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function connector(o: Partial<Noark5Options> = {}) {
    return createNoark5Connector({
      baseUrl: noark.url,
      token: async () => noarkToken('kari.nordmann@ha.kommune.no'),
      fetch: (input, init) => fetch(input, init),
      sleep: async () => undefined,
      clock: systemClock,
      ...o,
    });
  }

  const request: FilingRequest = {
    messageId: '<edge@example.no>',
    case: { kind: 'new', title: 'Byggesak Storgata 1' },
    documentType: 'I',
    title: 'Søknad om byggeløyve',
    parties: [{ name: 'Ola Nordmann', address: 'ola@example.no', role: 'sender' }],
    documents: [
      memoryDocument(
        'Søknad.eml',
        'message/rfc822',
        'main',
        new TextEncoder().encode('Subject: Søknad\r\nMessage-ID: <edge@example.no>\r\n\r\nHei\r\n'),
      ),
    ],
    date: '2026-03-02T06:55:00Z',
  };

  it('files one record after a 504 that came when the record was made', async () => {
    noark.emulator.faults.add({
      kind: 'gateway-timeout',
      when: 'after',
      method: 'POST',
      path: '/ny-journalpost',
    });
    await expect(connector().file(request)).resolves.toMatchObject({ kind: 'filed' });
    expect(noark.emulator.store.all('journalpost')).toHaveLength(1);
    const posts = noark.emulator.log.filter(
      (e) => e.method === 'POST' && e.path.endsWith('/ny-journalpost'),
    );
    expect(posts.map((e) => e.status)).toEqual([504]);
  });

  it('makes one case when the answer to making it came after the timeout', async () => {
    noark.emulator.faults.add({
      kind: 'slow',
      delayMs: 800,
      method: 'POST',
      path: '/ny-saksmappe',
    });
    await expect(connector({ timeoutMs: 300 }).file(request)).resolves.toMatchObject({
      kind: 'filed',
    });
    // Let the slow answer's request finish in the archive before counting.
    await new Promise((r) => setTimeout(r, 600));
    expect(noark.emulator.store.all('saksmappe')).toHaveLength(1);
  });

  it('gives up after its repeats on a read the archive never answers, as unavailable', async () => {
    noark.emulator.faults.add({ kind: 'unavailable', times: 'always', path: '/saksmappe' });
    const f = await connector({ maxRetries: 2 })
      .searchCases('byggesak')
      .catch((e: unknown) => e);
    expect(f).toBeInstanceOf(ArchiveFailure);
    expect(f).toMatchObject({ kind: 'unavailable', status: 503, ambiguous: true });
    expect(noark.emulator.log.filter((e) => e.path.includes('/saksmappe'))).toHaveLength(3);
  });

  it('sends a chunk whose answer was lost again, and the archive holds the file once, byte for byte', async () => {
    const bytes = new Uint8Array(randomBytes(5 * 64 * KiB + 123));
    const eml = new TextEncoder().encode('Subject: Søknad\r\nMessage-ID: <c@x>\r\n\r\nHei\r\n');
    const progress: number[] = [];
    const c = connector({ singleUploadLimit: 64 * KiB, chunkSize: 64 * KiB });
    // The third chunk lands, its answer does not: sent again, the archive says where it stands.
    noark.emulator.faults.add({
      kind: 'drop',
      when: 'after',
      method: 'PUT',
      path: '/referanseFil',
      skip: 2,
    });
    const req: FilingRequest = {
      ...request,
      messageId: '<c@x>',
      documents: [
        memoryDocument('Søknad.eml', 'message/rfc822', 'main', eml),
        streamed('Ritning.pdf', bytes),
      ],
    };
    await expect(c.file(req, (p) => progress.push(p.bytes))).resolves.toMatchObject({
      kind: 'filed',
    });
    const objects = noark.emulator.store.all('dokumentobjekt');
    expect(objects).toHaveLength(2);
    const sums = objects.map((o) => o.fields['sjekksum']);
    expect(sums).toContain(createHash('sha256').update(bytes).digest('hex'));
    const puts = noark.emulator.log.filter(
      (e) => e.method === 'PUT' && e.path.endsWith('/referanseFil'),
    );
    expect(puts.map((e) => e.status)).toEqual([200, 200, 'dropped', 200, 200, 200, 201]);
    // Never backwards, and all of it in the end.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(eml.length + bytes.length);
  });
});
