/**
 * "Send til postmottak" (R3) against the Graph emulator in process: Anna
 * Andersson sends a request for a public document, which came to her own
 * mailbox, on to Vara's registrar with the original intact (byte for byte
 * at arkivet@vara.se), with a short structured subject and body in her
 * language; never twice to the same address ("already sent on …"); bad
 * input refused with a sentence and nothing sent.
 */
import { ewsId } from '../../dev/emulator/util';
import { createGraphEmulator, testToken, toRestId } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph';
import { LANGS } from '../../src/core/model';
import type { Lang } from '../../src/core/model';
import { createRegistryConnector } from '../../src/services/archive';
import { memoryDocument } from '../../src/services/filing';
import {
  EML_CONTENT_TYPE,
  ForwardRefused,
  formatWhen,
  sendOriginalOn,
} from '../../src/services/forward';
import { forwardMessages } from '../../src/services/forward-messages';
import { systemClock } from '../../src/services/clock';
import { createGraphClient } from '../../src/services/graph/client';
import type { GraphClient } from '../../src/services/graph/client';
import { GraphFailure } from '../../src/services/graph/errors';
import { describeCatalog } from '../support/catalog';

const ANNA = { name: 'Anna Andersson', address: 'anna.andersson@vara.se' };
const EVA = 'eva.lind@vara.se';
const ARKIVET = 'arkivet@vara.se';
const KOMMUN = 'vara.kommun@vara.se';
const NOW = new Date('2026-03-03T09:30:00Z');
const ALLMAN = toRestId(ewsId('item', 'vara-kommun/anna.andersson/01-allman-handling.eml'));
const ITEM = { mailbox: ANNA.address, restId: ALLMAN };

describeCatalog('send on to the registry', forwardMessages);

let emulator: GraphEmulator;

beforeAll(async () => {
  emulator = await createGraphEmulator({ now: () => NOW });
});

afterAll(() => emulator.close());

beforeEach(() => emulator.reset());

function client(upn: string): GraphClient {
  return createGraphClient({
    clock: systemClock,
    baseUrl: 'http://graph.emulator.invalid/graph',
    token: async () => testToken(upn),
    fetch: (input, init) => emulator.fetch(String(input), init),
    sleep: async () => undefined,
  });
}

const anna = (): GraphClient => client(ANNA.address);

function send(over: { to?: string; lang?: Lang; note?: string; graph?: GraphClient } = {}) {
  return sendOriginalOn({
    graph: over.graph ?? anna(),
    item: ITEM,
    to: over.to ?? ARKIVET,
    lang: over.lang ?? 'sv',
    by: ANNA,
    timeZone: 'Europe/Stockholm',
    clock: { now: () => NOW },
    ...(over.note !== undefined ? { note: over.note } : {}),
  });
}

interface Listed {
  readonly value: Record<string, unknown>[];
}

/** The messages in a mailbox's inbox (as a member), each with its attachments' names and bytes. */
async function arrived(
  mailbox: string,
  as: string,
): Promise<{ message: Record<string, unknown>; files: { name: string; bytes: Uint8Array }[] }[]> {
  const graph = client(as);
  const { value } = await graph.request<Listed>(
    'GET',
    `/users/${mailbox}/mailFolders/inbox/messages?$top=50&$select=id,subject,body,from&$filter=${encodeURIComponent(
      "startswith(subject,'Arkivpost:')",
    )}`,
  );
  const out = [];
  for (const message of value.value) {
    const base = `/users/${mailbox}/messages/${String(message['id'])}/attachments`;
    const atts = await graph.request<Listed>('GET', `${base}?$select=name,contentType`);
    const files = [];
    for (const a of atts.value.value) {
      expect(a['contentType']).toBe(EML_CONTENT_TYPE);
      files.push({
        name: String(a['name']),
        bytes: await graph.bytes(`${base}/${String(a['id'])}/$value`),
      });
    }
    out.push({ message, files });
  }
  return out;
}

describe('sending the original on to the registrar', () => {
  it('sends it with the original intact and a structured subject and body in the user’s language', async () => {
    const original = await anna().bytes(`/me/messages/${ALLMAN}/$value`);
    const result = await send({ note: 'Gäller ärende KS 2026/88.' });
    expect(result).toEqual({
      kind: 'sent',
      to: ARKIVET,
      at: NOW.toISOString(),
      message: `Skickat till ${ARKIVET}.`,
    });
    const got = await arrived(ARKIVET, EVA);
    expect(got).toHaveLength(1);
    const [{ message, files }] = got as [(typeof got)[number]];
    expect(files).toHaveLength(1);
    expect(files[0]?.name).toMatch(/\.eml$/);
    expect(Buffer.compare(files[0]?.bytes as Uint8Array, original)).toBe(0);
    const meta = (
      await anna().request<Record<string, unknown>>(
        'GET',
        `/me/messages/${ALLMAN}?$select=subject,internetMessageId`,
      )
    ).value;
    expect(message['subject']).toBe(`Arkivpost: För diarieföring | ${String(meta['subject'])}`);
    const lines = (message['body'] as { content: string }).content.split('\n');
    expect(lines[0]).toBe(forwardMessages.sv['forward.intro']);
    expect(lines).toContain('Vidareskickat av: Anna Andersson <anna.andersson@vara.se>');
    expect(lines).toContain(`Ämne: ${String(meta['subject'])}`);
    expect(lines).toContain(`Meddelande-ID: ${String(meta['internetMessageId'])}`);
    expect(lines).toContain('Kommentar: Gäller ärende KS 2026/88.');
    expect(lines.some((l) => l.startsWith('Ursprunglig avsändare: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('Mottaget: '))).toBe(true);
    expect(lines.at(-1)).toBe(
      `Det ursprungliga e-postmeddelandet är bifogat oförändrat som ${files[0]?.name}.`,
    );
    expect(message['from']).toEqual({ emailAddress: { name: ANNA.name, address: ANNA.address } });
  });

  it.each([
    ['nb', 'Arkivpost: Til journalføring | ', 'Sendt videre av: '],
    ['nn', 'Arkivpost: Til journalføring | ', 'Send vidare av: '],
    ['en', 'Arkivpost: For registration | ', 'Sent on by: '],
  ] as const)('writes the subject and body in %s', async (lang, subject, by) => {
    await send({ lang });
    const [first] = await arrived(ARKIVET, EVA);
    const message = first?.message ?? {};
    expect(String(message['subject']).startsWith(subject)).toBe(true);
    expect((message['body'] as { content: string }).content).toContain(
      `${by}Anna Andersson <anna.andersson@vara.se>`,
    );
  });

  it('sends nothing the second time and says when it went', async () => {
    await send();
    const again = await send({ lang: 'nb' });
    expect(again.kind).toBe('already-sent');
    expect(again.at).toBe(NOW.toISOString());
    expect(again.message).toBe(
      `Allerede sendt til ${ARKIVET} ${formatWhen(NOW.toISOString(), 'nb', 'Europe/Stockholm')}. Den ble ikke sendt på nytt.`,
    );
    expect(again.message).toContain('2026');
    expect(await arrived(ARKIVET, EVA)).toHaveLength(1);
  });

  it('counts each address apart: the function mailbox may have it too', async () => {
    await send();
    const other = await send({ to: KOMMUN });
    expect(other.kind).toBe('sent');
    expect(await arrived(KOMMUN, 'lars.svensson@vara.se')).toHaveLength(1);
    expect(await arrived(ARKIVET, EVA)).toHaveLength(1);
  });

  it('knows a forward the registry connector made of the same message: one implementation', async () => {
    const graph = anna();
    const mime = await graph.bytes(`/me/messages/${ALLMAN}/$value`);
    const { value } = await graph.request<{ internetMessageId: string }>(
      'GET',
      `/me/messages/${ALLMAN}?$select=internetMessageId`,
    );
    await createRegistryConnector({
      graph,
      to: ARKIVET,
      lang: 'sv',
      by: ANNA,
      clock: { now: () => NOW },
    }).file({
      messageId: value.internetMessageId,
      case: { kind: 'new', title: 'Begäran' },
      documentType: 'I',
      title: 'Begäran om allmän handling',
      parties: [],
      documents: [memoryDocument('begaran.eml', 'message/rfc822', 'main', mime)],
      date: NOW.toISOString(),
    });
    expect((await send()).kind).toBe('already-sent');
    expect(await arrived(ARKIVET, EVA)).toHaveLength(1);
  });

  it('carries on after the send’s answer was lost, without sending twice', async () => {
    emulator.faults.add({ kind: 'drop', when: 'after', method: 'POST', path: '/send$' });
    expect((await send()).kind).toBe('sent');
    expect((await send()).kind).toBe('already-sent');
    expect(await arrived(ARKIVET, EVA)).toHaveLength(1);
  });

  it('leaves its draft for the next try when sending fails, then sends it once', async () => {
    emulator.faults.add({ kind: 'unavailable', times: 'always', method: 'POST', path: '/send$' });
    const failure = await send().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphFailure);
    expect((failure as GraphFailure).kind).toBe('unavailable');
    emulator.faults.clear();
    expect((await send()).kind).toBe('sent');
    const drafts = await anna().request<Listed>('GET', '/me/mailFolders/drafts/messages');
    expect(drafts.value.value).toEqual([]);
    expect(await arrived(ARKIVET, EVA)).toHaveLength(1);
  });
});

describe('refusing bad input before anything is sent', () => {
  it.each([
    ['an address without @', { to: 'arkivet.vara.se' }, 'address'],
    ['a note that is too long', { note: 'x'.repeat(2001) }, 'note'],
  ] as const)('refuses %s, with a sentence in every language', async (_what, over, reason) => {
    const failure = await send(over).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ForwardRefused);
    expect((failure as ForwardRefused).reason).toBe(reason);
    for (const lang of LANGS) {
      expect((failure as ForwardRefused).describe(lang)).not.toMatch(/\{[a-z]+\}/);
    }
    expect(emulator.log.filter((e) => e.method !== 'GET')).toEqual([]);
  });

  it('refuses a message without a Message-ID, and sends nothing', async () => {
    // A message that arrived without the header (a broken sender), delivered through the controls.
    const injected = await emulator.fetch(`/graph/_emulator/mailboxes/${ANNA.address}/messages`, {
      method: 'POST',
      body: JSON.stringify({
        subject: 'Utan meddelande-ID',
        from: 'nagon@example.se',
        internetMessageId: '',
      }),
    });
    const { id } = (await injected.json()) as { id: string };
    const failure = await sendOriginalOn({
      graph: anna(),
      item: { mailbox: ANNA.address, restId: id },
      to: ARKIVET,
      lang: 'en',
      by: ANNA,
      clock: { now: () => NOW },
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ForwardRefused);
    expect((failure as ForwardRefused).describe('en')).toBe(
      forwardMessages.en['forward.refused.no-message-id'],
    );
    expect(await arrived(ARKIVET, EVA)).toEqual([]);
  });
});
