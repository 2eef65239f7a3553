/**
 * The registry-mailbox connector against the Graph emulator in process:
 * Vara's Anna Andersson files mail by sending the original on to
 * arkivet@vara.se. The .eml arrives byte for byte (in the draft under
 * 3 MB, through an upload session above), with the structured subject and
 * body; a second filing sends nothing; a connection dropped during the
 * second upload range, a send whose answer was lost and throttling all end
 * with exactly one message at the registry.
 */
import { ewsId } from '../../../dev/emulator/util';
import { createGraphEmulator, testToken, toRestId } from '../../../dev/graph';
import type { GraphEmulator } from '../../../dev/graph';
import { registryBody, registrySubject } from '../../../src/core/archive/registry';
import { LANGS } from '../../../src/core/model';
import type { FilingProgress, FilingRequest } from '../../../src/core/ports';
import {
  ArchiveFailure,
  createRegistryConnector,
  describeArchiveFailure,
} from '../../../src/services/archive';
import { memoryDocument } from '../../../src/services/filing';
import { SENT_ON_PROPERTY } from '../../../src/services/forward';
import { systemClock } from '../../../src/services/clock';
import { createGraphClient } from '../../../src/services/graph/client';
import type { GraphClient } from '../../../src/services/graph/client';

const ANNA = { name: 'Anna Andersson', address: 'anna.andersson@vara.se' };
const LARS = 'lars.svensson@vara.se';
const EVA = 'eva.lind@vara.se';
const ARKIVET = 'arkivet@vara.se';
const NOW = new Date('2026-03-03T09:30:00Z');
const MiB = 1024 * 1024;
const ALLMAN = toRestId(ewsId('item', 'vara-kommun/anna.andersson/01-allman-handling.eml'));

let emulator: GraphEmulator;

beforeAll(async () => {
  emulator = await createGraphEmulator({ now: () => NOW });
});

afterAll(() => emulator.close());

beforeEach(() => emulator.reset());

function client(upn: string, sleeps: number[] = []): GraphClient {
  return createGraphClient({
    clock: systemClock,
    baseUrl: 'http://graph.emulator.invalid/graph',
    token: async () => testToken(upn),
    fetch: (input, init) => emulator.fetch(String(input), init),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
}

function connector(graph = client(ANNA.address)) {
  return createRegistryConnector({
    graph,
    to: ARKIVET,
    lang: 'sv',
    timeZone: 'Europe/Stockholm',
    by: ANNA,
    clock: { now: () => NOW },
  });
}

async function original(graph: GraphClient, id = ALLMAN): Promise<Uint8Array> {
  return graph.bytes(`/me/messages/${id}/$value`);
}

function request(mime: Uint8Array, over: Partial<FilingRequest> = {}): FilingRequest {
  return {
    messageId: '<allman-handling@example.se>',
    case: { kind: 'existing', case: { id: 'c1', number: 'KS 2026/123', title: 'Begäran' } },
    documentType: 'I',
    title: 'Begäran om allmän handling',
    parties: [{ name: 'Per Persson', address: 'per.persson@example.se', role: 'sender' }],
    documents: [memoryDocument('Begäran om allmän handling.eml', 'message/rfc822', 'main', mime)],
    date: '2026-03-02T07:55:00.000Z',
    ...over,
  };
}

interface Listed<T = Record<string, unknown>> {
  readonly value: T[];
}

/** What reached the registry: its inbox, each message with its attachments' bytes. */
async function atRegistry(): Promise<{ message: Record<string, unknown>; files: Uint8Array[] }[]> {
  const eva = client(EVA);
  const { value } = await eva.request<Listed>(
    'GET',
    `/users/${ARKIVET}/mailFolders/inbox/messages?$top=50&$select=id,subject,body,from,toRecipients,hasAttachments`,
  );
  const out = [];
  for (const message of value.value) {
    const base = `/users/${ARKIVET}/messages/${String(message['id'])}/attachments`;
    const atts = await eva.request<Listed<{ id: string; name: string }>>(
      'GET',
      `${base}?$select=name`,
    );
    const files = [];
    for (const a of atts.value.value) files.push(await eva.bytes(`${base}/${a.id}/$value`));
    out.push({ message, files });
  }
  return out;
}

async function folder(graph: GraphClient, name: string): Promise<Record<string, unknown>[]> {
  const { value } = await graph.request<Listed>(
    'GET',
    `/me/mailFolders/${name}/messages?$top=50&$select=id,subject`,
  );
  return value.value;
}

/**
 * A large message in Anna's inbox: Lars sends her a draft with `size` bytes
 * attached through an upload session. Its $value is the MIME the
 * emulator wrote when it was delivered.
 */
async function largeMessage(size: number): Promise<string> {
  const lars = client(LARS);
  const file = new Uint8Array(size);
  for (let i = 0; i < size; i++) file[i] = (i * 31 + (i >> 10)) & 0xff;
  const { value: draft } = await lars.request<{ id: string }>('POST', '/me/messages', {
    body: {
      subject: 'Ritningar till bygglovet',
      body: { contentType: 'text', content: 'Här är ritningarna.' },
      toRecipients: [{ emailAddress: { address: ANNA.address } }],
    },
  });
  const { value: session } = await lars.request<{ uploadUrl: string }>(
    'POST',
    `/me/messages/${draft.id}/attachments/createUploadSession`,
    { body: { AttachmentItem: { attachmentType: 'file', name: 'ritningar.pdf', size } } },
  );
  for (let start = 0; start < size; start += 4 * MiB) {
    const piece = file.subarray(start, Math.min(size, start + 4 * MiB));
    await lars.uploadRange(session.uploadUrl, piece, { start, total: size });
  }
  await lars.request('POST', `/me/messages/${draft.id}/send`);
  const inbox = await client(ANNA.address).request<Listed>(
    'GET',
    `/me/mailFolders/inbox/messages?$filter=${encodeURIComponent("subject eq 'Ritningar till bygglovet'")}&$select=id`,
  );
  return String(inbox.value.value[0]?.['id']);
}

describe('filing by the registry mailbox', () => {
  it('cannot search the archive', async () => {
    expect(await connector().searchCases('KS 2026/123')).toEqual([]);
  });

  it('sends a small original on unchanged, in the draft, with the structured subject and body', async () => {
    const graph = client(ANNA.address);
    const mime = await original(graph);
    const progress: FilingProgress[] = [];
    const outcome = await connector(graph).file(request(mime), (p) => progress.push(p));
    expect(outcome).toEqual({
      kind: 'forwarded',
      to: ARKIVET,
      earlier: false,
      reference: 'KS 2026/123',
      at: NOW.toISOString(),
    });
    const arrived = await atRegistry();
    expect(arrived).toHaveLength(1);
    const [{ message, files }] = arrived as [(typeof arrived)[number]];
    expect(files).toHaveLength(1);
    expect(Buffer.compare(files[0] as Uint8Array, mime)).toBe(0);
    const forward = {
      documentType: 'I' as const,
      caseNumber: 'KS 2026/123',
      title: 'Begäran om allmän handling',
      by: ANNA,
      originalFrom: 'Per Persson <per.persson@example.se>',
      receivedAt: '2026-03-02T07:55:00.000Z',
      messageId: '<allman-handling@example.se>',
      attachmentName: 'Begäran om allmän handling.eml',
    };
    expect(message['subject']).toBe(registrySubject(forward));
    expect(message['subject']).toBe('Arkivpost: I | KS 2026/123 | - | Begäran om allmän handling');
    const body = (message['body'] as { content: string }).content;
    expect(body).toBe(registryBody(forward, 'sv', 'Europe/Stockholm'));
    expect(body).toContain('Mottaget: 2026-03-02 kl. 08.55');
    expect(body).not.toContain('2026-03-02T07:55');
    expect(body).toContain('Diarienummer: KS 2026/123');
    expect(body).toContain('Skickat för diarieföring av: Anna Andersson <anna.andersson@vara.se>');
    expect(body).toContain('Meddelande-ID: <allman-handling@example.se>');
    expect(message['from']).toEqual({ emailAddress: { name: ANNA.name, address: ANNA.address } });
    expect(progress.every((p) => p.step === 'documents' && p.totalBytes === mime.byteLength)).toBe(
      true,
    );
    expect(progress.at(-1)?.bytes).toBe(mime.byteLength);
    // One request made the draft, attachment and all: no upload session.
    expect(emulator.log.filter((e) => e.path.startsWith('/upload/'))).toEqual([]);
    // Anna's mailbox: no draft left, the forward in Sent Items with the original's Message-ID.
    expect(await folder(graph, 'drafts')).toEqual([]);
    const { value: sent } = await graph.request<Listed>(
      'GET',
      `/me/mailFolders/sentitems/messages?$expand=${encodeURIComponent(
        `singleValueExtendedProperties($filter=id eq '${SENT_ON_PROPERTY}')`,
      )}`,
    );
    expect(sent.value.map((m) => m['singleValueExtendedProperties'])).toEqual([
      [
        {
          id: SENT_ON_PROPERTY.replace(/\{[^}]+\}/, (g) => g.toLowerCase()),
          value: '<allman-handling@example.se>',
        },
      ],
    ]);
  });

  it('sends a 10 MB original through an upload session, ranges of 4 MiB, byte for byte', async () => {
    const graph = client(ANNA.address);
    const id = await largeMessage(7_500_000);
    const mime = await original(graph, id);
    expect(mime.byteLength).toBeGreaterThan(10_000_000);
    const progress: number[] = [];
    const before = emulator.log.length;
    const outcome = await connector(graph).file(
      request(mime, { messageId: '<large@vara.se>' }),
      (p) => progress.push(p.bytes),
    );
    expect(outcome).toMatchObject({ kind: 'forwarded', earlier: false });
    const arrived = await atRegistry();
    expect(arrived).toHaveLength(1);
    expect(Buffer.compare(arrived[0]?.files[0] as Uint8Array, mime)).toBe(0);
    const ranges = emulator.log
      .slice(before)
      .filter((e) => e.method === 'PUT' && e.path.startsWith('/upload/mail/'));
    expect(ranges.map((e) => e.status)).toEqual([200, 200, 201]);
    expect(progress).toEqual([0, 4 * MiB, 8 * MiB, mime.byteLength, mime.byteLength]);
  });

  it('sends nothing the second time, and finds the earlier forward by its Message-ID', async () => {
    const graph = client(ANNA.address);
    const mime = await original(graph);
    const c = connector(graph);
    expect(await c.findFiled('<allman-handling@example.se>')).toBeNull();
    await c.file(request(mime));
    const again = await c.file(request(mime));
    expect(again).toEqual({
      kind: 'forwarded',
      to: ARKIVET,
      earlier: true,
      reference: 'KS 2026/123',
      at: NOW.toISOString(),
    });
    expect(await atRegistry()).toHaveLength(1);
    expect((await c.findFiled('<allman-handling@example.se>'))?.reference).toBe('KS 2026/123');
    expect(await c.findFiled('<other@example.se>')).toBeNull();
  });

  it('names the registry address as the reference when the registrar chooses the case', async () => {
    const graph = client(ANNA.address);
    const mime = await original(graph);
    const c = connector(graph);
    const outcome = await c.file(
      request(mime, {
        case: { kind: 'new', title: 'Begäran' },
        restriction: { code: 'S', basis: 'OSL 26 kap. 1 §' },
      }),
    );
    expect(outcome).toEqual({
      kind: 'forwarded',
      to: ARKIVET,
      earlier: false,
      at: NOW.toISOString(),
    });
    expect((await c.findFiled('<allman-handling@example.se>'))?.reference).toBe(ARKIVET);
    const [arrived] = await atRegistry();
    expect(arrived?.message['subject']).toBe(
      'Arkivpost: I | - | S – OSL 26 kap. 1 § | Begäran om allmän handling',
    );
  });

  it('takes up its own draft after the connection dropped during the second range: one message arrives', async () => {
    const graph = client(ANNA.address);
    const id = await largeMessage(7_500_000);
    const mime = await original(graph, id);
    emulator.faults.add({ kind: 'drop', method: 'PUT', path: '^/upload/mail/', skip: 1, times: 3 });
    const c = connector(graph);
    const failure = await c.file(request(mime)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ArchiveFailure);
    expect((failure as ArchiveFailure).kind).toBe('network');
    for (const lang of LANGS)
      expect(describeArchiveFailure(failure as ArchiveFailure, lang)).toMatch(/\S/);
    expect(await folder(graph, 'drafts')).toHaveLength(1);
    expect(await atRegistry()).toEqual([]);
    const outcome = await c.file(request(mime));
    expect(outcome).toMatchObject({ kind: 'forwarded', earlier: false });
    expect(await folder(graph, 'drafts')).toEqual([]);
    const arrived = await atRegistry();
    expect(arrived).toHaveLength(1);
    expect(arrived[0]?.files).toHaveLength(1);
    expect(Buffer.compare(arrived[0]?.files[0] as Uint8Array, mime)).toBe(0);
    const drafts = emulator.log.filter(
      (e) => e.method === 'POST' && e.path === '/me/messages' && e.principal === ANNA.address,
    );
    expect(drafts).toHaveLength(1);
  });

  it('makes one of two drafts two tries left behind, and sends it once', async () => {
    const graph = client(ANNA.address);
    const mime = await original(graph);
    for (let i = 0; i < 2; i++) {
      await graph.request('POST', '/me/messages', {
        body: {
          subject: 'Arkivpost: I | KS 2026/123 | - | Begäran om allmän handling',
          toRecipients: [{ emailAddress: { address: ARKIVET } }],
          singleValueExtendedProperties: [
            { id: SENT_ON_PROPERTY, value: '<allman-handling@example.se>' },
          ],
        },
      });
    }
    expect(await folder(graph, 'drafts')).toHaveLength(2);
    expect(await connector(graph).file(request(mime))).toMatchObject({ earlier: false });
    expect(await folder(graph, 'drafts')).toEqual([]);
    const arrived = await atRegistry();
    expect(arrived).toHaveLength(1);
    expect(Buffer.compare(arrived[0]?.files[0] as Uint8Array, mime)).toBe(0);
  });

  it('looks in Sent Items when the answer to send was lost, and sends once', async () => {
    const graph = client(ANNA.address);
    const mime = await original(graph);
    emulator.faults.add({ kind: 'drop', when: 'after', method: 'POST', path: '/send$' });
    const outcome = await connector(graph).file(request(mime));
    expect(outcome).toMatchObject({ kind: 'forwarded', earlier: false });
    expect(await atRegistry()).toHaveLength(1);
    expect(emulator.log.filter((e) => e.path.endsWith('/send')).map((e) => e.status)).toEqual([
      'dropped',
    ]);
  });

  it('waits as Retry-After says when throttled, and sends once', async () => {
    const sleeps: number[] = [];
    const graph = client(ANNA.address, sleeps);
    const mime = await original(graph);
    emulator.faults.add({
      kind: 'throttle',
      retryAfter: 7,
      method: 'POST',
      path: '/send$',
      times: 2,
    });
    const outcome = await connector(graph).file(request(mime));
    expect(outcome).toMatchObject({ kind: 'forwarded', earlier: false });
    expect(sleeps).toEqual([7000, 7000]);
    expect(await atRegistry()).toHaveLength(1);
  });

  it('fails as the archive fails, worth another try, when Microsoft 365 stays unavailable', async () => {
    const graph = client(ANNA.address);
    const mime = await original(graph);
    emulator.faults.add({
      kind: 'unavailable',
      times: 'always',
      method: 'POST',
      path: '^/me/messages$',
    });
    const failure = await connector(graph)
      .file(request(mime))
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ArchiveFailure);
    expect((failure as ArchiveFailure).kind).toBe('unavailable');
    expect((failure as ArchiveFailure).status).toBe(503);
    expect(describeArchiveFailure(failure as ArchiveFailure, 'sv')).toMatch(/igen/);
    emulator.faults.clear();
    expect(await connector(graph).file(request(mime))).toMatchObject({ earlier: false });
    expect(await atRegistry()).toHaveLength(1);
  });

  it('refuses a filing without the message itself', async () => {
    const failure = await connector()
      .file(request(new Uint8Array(1), { documents: [] }))
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ArchiveFailure);
    expect((failure as ArchiveFailure).kind).toBe('bad-request');
    expect(await atRegistry()).toEqual([]);
  });
});
