/**
 * "Lagre i saksarkiv" without React (FilingSession and fileMessage), against
 * the local Graph emulator (the message, its MIME, its state) and the local
 * Noark 5 emulator (the archive on disk): Hå kommune's building application
 * with three attachments filed into a new case, never twice, resumed after
 * a dropped connection, and marked archived only once the archive has it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph/emulator';
import { createNoarkEmulator } from '../../dev/noark';
import type { NoarkEmulator } from '../../dev/noark';
import type { ItemAddress } from '../../src/core/ports';
import { createNoark5Connector } from '../../src/services/archive';
import { systemClock } from '../../src/services/clock';
import { createGraphClient } from '../../src/services/graph/client';
import type { GraphClient } from '../../src/services/graph/client';
import { readItemState } from '../../src/services/item-state';
import { documentsOf, partiesOf } from '../../src/services/filing';
import type { FilingChoice } from '../../src/services/filing';
import { FilingSession } from '../../src/app/filing-session';
import type { FilingState } from '../../src/app/filing-session';
import { itemFiling } from '../../src/app/item-filing';
import { titleFromSubject } from '../../src/core/archive';
import { normaliseCaseNumber } from '../../src/core/archive/case-number';
import { suggestedType } from '../../src/core/archive/document-type';
import type { FilingProgress } from '../../src/core/ports';
import { activityText, filingText } from '../../src/taskpane/filing/filingText';
import { titleProblems } from '../../src/taskpane/filing/form';
import { tf } from '../../src/taskpane/filing/messages';
import { parseEml } from '../../src/core/mime/eml';
import { ha } from '../taskpane/read-fixtures';

/** The note's lines as the pane shows them, in bokmål. */
const lines = (s: FilingSession): string[] =>
  (s.current.note?.lines ?? []).map((l) => filingText(l, 'nb', ha.timeZone));

/** What the progress bar says. */
const progressLabel = (p: FilingProgress, lang: 'nb' | 'en'): string =>
  activityText(p.step === 'documents' ? p : { step: p.step }, lang, ha.timeZone);

const KARI = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const MAILBOX = 'post@ha.kommune.no';
const NOW = new Date('2026-11-20T09:00:00Z');

let graphEmulator: GraphEmulator;
let noark: NoarkEmulator;
let dir: string;
let item: ItemAddress;

const graphFetch = (input: RequestInfo, init?: RequestInit): Promise<Response> =>
  graphEmulator.fetch(String(input).replace('https://graph.test', ''), init);

function graphClient(): GraphClient {
  return createGraphClient({
    clock: systemClock,
    baseUrl: 'https://graph.test/graph',
    token: async () => testToken(KARI.address),
    fetch: graphFetch,
    sleep: async () => undefined,
  });
}

function session(graph = graphClient(), onState?: (state: FilingState) => void) {
  const states: FilingState[] = [];
  const snapshots: unknown[] = [];
  const connector = createNoark5Connector({
    baseUrl: 'http://arkiv.test/noark5v5/',
    token: async () => `test:${KARI.address}`,
    fetch: (input, init) => noark.fetch(String(input).replace('http://arkiv.test', ''), init),
    sleep: async () => undefined,
    clock: { now: () => NOW },
  });
  const s = new FilingSession(
    itemFiling({
      graph,
      connector,
      item,
      profile: ha,
      actor: () => KARI,
      clock: { now: () => NOW },
      onSnapshot: (snap) => snapshots.push(snap),
    }),
    (st) => {
      states.push(st);
      onState?.(st);
    },
  );
  return { s, states, snapshots, connector };
}

async function messageBytes(): Promise<Uint8Array> {
  const res = await graphEmulator.fetch(
    `/graph/v1.0/users/${MAILBOX}/messages/${item.restId}/$value`,
    { headers: { authorization: `Bearer ${testToken(KARI.address)}` } },
  );
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

let attachmentNames: string[] = [];

function choice(over: Partial<FilingChoice> = {}): FilingChoice {
  return {
    case: { kind: 'new', title: 'Byggesøknad gnr. 12 bnr. 345' },
    documentType: 'I',
    title: 'Byggesøknad gnr. 12 bnr. 345 – einebustad',
    attachments: attachmentNames.map((name) => ({ name, occurrence: 0 })),
    ...over,
  };
}

beforeAll(async () => {
  graphEmulator = await createGraphEmulator();
});

beforeEach(async () => {
  graphEmulator.reset();
  dir = mkdtempSync(join(tmpdir(), 'arkivpost-filing-'));
  noark = createNoarkEmulator({ dir, now: () => NOW });
  const res = await graphEmulator.fetch(
    `/graph/v1.0/users/${MAILBOX}/messages?$select=id,subject&$top=50`,
    { headers: { authorization: `Bearer ${testToken(KARI.address)}` } },
  );
  const list = (await res.json()) as { value: Array<{ id: string; subject: string }> };
  const found = list.value.find((m) => /løyve til tiltak/i.test(m.subject));
  if (!found) throw new Error('no building application in post@ha.kommune.no');
  item = { mailbox: MAILBOX, restId: found.id, shared: true };
  const parsed = await parseEml(await messageBytes());
  attachmentNames = parsed.attachments.filter((a) => !a.inline).map((a) => a.name);
});

afterEach(() => {
  noark.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('filing the building application into a new case', () => {
  it('files the .eml and its three attachments, then marks the item archived with the reference', async () => {
    expect(attachmentNames).toHaveLength(3);
    const { s, states, snapshots } = session();
    await s.file(choice());

    expect(s.current.phase).toBe('done');
    expect(s.current.note?.intent).toBe('success');
    const records = noark.store.all('journalpost');
    expect(records).toHaveLength(1);
    expect(noark.store.all('dokumentbeskrivelse')).toHaveLength(4);
    expect(noark.store.all('saksmappe')).toHaveLength(1);

    const state = await readItemState(graphClient(), item);
    expect(state.state.status).toBe('archived');
    const ref = state.state.archiveRef;
    expect(ref).toMatch(/^2026\/\d+-1$/);
    expect(state.categories).toContain(`Arkivert ${ref}`);
    expect(snapshots).toHaveLength(1);
    expect(lines(s)[0]).toBe(
      tf('nb', 'filing.done', {
        ref: ref ?? '',
        case: (ref ?? '').replace(/-\d+$/, ''),
        title: 'Byggesøknad gnr. 12 bnr. 345',
      }),
    );

    // Progress went forward to the whole size, with the step it was at.
    const values = states
      .map((st) => st.progress?.value)
      .filter((v): v is number => typeof v === 'number');
    expect(values.length).toBeGreaterThan(1);
    expect(values[values.length - 1]).toBe(1);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(states.some((st) => st.progress?.activity.step === 'case')).toBe(true);
  });

  it('files only the attachments chosen', async () => {
    const { s } = session();
    await s.file(choice({ attachments: [{ name: attachmentNames[0] as string, occurrence: 0 }] }));
    expect(s.current.phase).toBe('done');
    expect(noark.store.all('dokumentbeskrivelse')).toHaveLength(2);
  });

  it('refuses a second filing: the item is archived, nothing reaches the archive', async () => {
    await session().s.file(choice());
    const before = noark.log.length;
    const { s } = session();
    await s.file(choice());
    expect(s.current.phase).toBe('done');
    const ref = (await readItemState(graphClient(), item)).state.archiveRef ?? '';
    expect(s.current.note).toMatchObject({ intent: 'info', retry: false });
    expect(lines(s)).toEqual([tf('nb', 'filing.already', { ref })]);
    expect(noark.log.length).toBe(before);
    expect(noark.store.all('journalpost')).toHaveLength(1);
  });

  it('finds the record by its Message-ID when the mark is gone, and marks the item again', async () => {
    await session().s.file(choice());
    const ref = (await readItemState(graphClient(), item)).state.archiveRef ?? '';
    graphEmulator.reset(); // the mailbox forgot; the archive did not
    const { s } = session();
    await s.file(choice({ case: { kind: 'new', title: 'Ein annan tittel' } }));
    expect(lines(s)[0]).toBe(tf('nb', 'filing.already', { ref }));
    expect(noark.store.all('journalpost')).toHaveLength(1);
    expect(noark.store.all('saksmappe')).toHaveLength(1);
    expect((await readItemState(graphClient(), item)).state).toMatchObject({
      status: 'archived',
      archiveRef: ref,
    });
  });
});

describe('nothing lost, nothing twice', () => {
  it('leaves the item unmarked when the connection drops during the second attachment, and the retry completes once', async () => {
    // The .eml and the first attachment land; the second one's upload never answers.
    noark.faults.add({ kind: 'drop', method: 'POST', path: '/referanseFil', skip: 2, times: 3 });
    const { s } = session();
    await s.file(choice());
    expect(s.current.phase).toBe('failed');
    expect(s.current.note?.retry).toBe(true);
    expect(lines(s)).toContain(tf('nb', 'filing.failed.safe'));
    expect((await readItemState(graphClient(), item)).state.status).not.toBe('archived');

    await s.file(choice());
    expect(s.current.phase).toBe('done');
    expect(noark.store.all('journalpost')).toHaveLength(1);
    expect(noark.store.all('dokumentbeskrivelse')).toHaveLength(4);
    expect(noark.store.all('dokumentobjekt')).toHaveLength(4);
    expect((await readItemState(graphClient(), item)).state.status).toBe('archived');
  });

  it('says the archive has it when marking the item fails, and the retry only marks', async () => {
    // Once the archive has every document, the item's PATCHes drop (the mark).
    let armed = false;
    const { s } = session(graphClient(), (st) => {
      if (!armed && st.progress?.value === 1) {
        armed = true;
        graphEmulator.faults.add({ kind: 'drop', method: 'PATCH', times: 3 });
      }
    });
    await s.file(choice());
    expect(armed).toBe(true);
    expect(s.current.phase).toBe('failed');
    expect(s.current.note?.intent).toBe('warning');
    expect(lines(s)[1]).toMatch(/^Arkivet har dokumentet, men merkingen i Outlook feilet/);
    expect(noark.store.all('journalpost')).toHaveLength(1);

    await s.file(choice());
    expect(s.current.phase).toBe('done');
    expect(noark.store.all('journalpost')).toHaveLength(1);
    expect((await readItemState(graphClient(), item)).state.status).toBe('archived');
  });

  it('refuses attachments the message no longer has, before anything is made', async () => {
    const { s } = session();
    await s.file(choice({ attachments: [{ name: 'finst-ikkje.pdf', occurrence: 0 }] }));
    expect(s.current.phase).toBe('failed');
    expect(s.current.note?.retry).toBe(false);
    expect(lines(s)[0]).toBe(tf('nb', 'filing.failed.missing', { names: 'finst-ikkje.pdf' }));
    expect(noark.log).toHaveLength(0);
  });
});

describe('searching cases', () => {
  it('finds a case by number and by title words, and the newest answer wins', async () => {
    await session().s.file(choice());
    const ref = (await readItemState(graphClient(), item)).state.archiveRef ?? '';
    const number = ref.replace(/-\d+$/, '');
    const { s } = session();
    await Promise.all([s.search('Byggesøknad'), s.search(number)]);
    expect(s.current.searched).toBe(number);
    expect(s.current.cases.map((c) => c.number)).toEqual([number]);
    await s.search('gnr. 12');
    expect(s.current.cases.map((c) => c.title)).toEqual(['Byggesøknad gnr. 12 bnr. 345']);
    await s.search('x');
    expect(s.current).toMatchObject({ cases: [], searched: null });
  });
});

describe('the form’s suggestions and checks', () => {
  it('suggests the document type from who wrote to whom', () => {
    const external = { fromAddress: 'ola@example.net', recipients: [MAILBOX] };
    expect(suggestedType(external, ha)).toBe('I');
    expect(suggestedType({ fromAddress: MAILBOX, recipients: ['ola@example.net'] }, ha)).toBe('U');
    expect(
      suggestedType({ fromAddress: KARI.address, recipients: ['per.hansen@ha.kommune.no'] }, ha),
    ).toBe('N');
  });

  it('prefills the title from the subject and refuses one with an ID number, masked', () => {
    expect(titleFromSubject('SV: [Ekstern] Søknad om startlån')).toBe('Søknad om startlån');
    expect(titleProblems('Søknad om startlån', ha, 'nb')).toEqual([]);
    const problems = titleProblems('Søknad frå 13097248022', ha, 'nn');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('130972*****');
    expect(problems[0]).not.toContain('13097248022');
    expect(titleProblems('   ', ha, 'sv')).toEqual(['Skriv en rubrik.']);
  });

  it('reads case numbers as people write them', () => {
    expect(normaliseCaseNumber('2026/123')).toBe('2026/123');
    expect(normaliseCaseNumber(' 2026 - 0123 ')).toBe('2026/123');
    expect(normaliseCaseNumber('26/123')).toBe('2026/123');
    expect(normaliseCaseNumber('KS 2026/1')).toBeNull();
  });

  it('says how far an upload is in megabytes, in the user’s language', () => {
    const p = { step: 'documents' as const, bytes: 5 * 1024 * 1024, totalBytes: 25 * 1024 * 1024 };
    expect(progressLabel(p, 'nb')).toBe('Laster opp: 5,0 MB av 25 MB');
    expect(progressLabel(p, 'en')).toBe('Uploading: 5.0 MB of 25 MB');
  });
});

describe('documents and parties from the MIME', () => {
  it('keeps the .eml byte for byte and takes the chosen attachments from it', async () => {
    const mime = await messageBytes();
    const parsed = await parseEml(mime);
    const { documents, missing } = documentsOf(mime, parsed, 'Byggesøknad', [
      { name: attachmentNames[1] as string, occurrence: 0 },
    ]);
    expect(missing).toEqual([]);
    expect(documents.map((d) => [d.name, d.role])).toEqual([
      ['Byggesøknad.eml', 'main'],
      [attachmentNames[1], 'attachment'],
    ]);
    const chunks: Uint8Array[] = [];
    for await (const c of (documents[0] as (typeof documents)[number]).chunks()) chunks.push(c);
    expect(Buffer.concat(chunks).equals(Buffer.from(mime))).toBe(true);
  });

  it('names the .eml safely whatever the title holds (core/archive/file-name)', async () => {
    const mime = await messageBytes();
    const parsed = await parseEml(mime);
    const nameFor = (title: string): string =>
      documentsOf(mime, parsed, title, []).documents[0]?.name ?? '';
    expect(nameFor('Svar: «Søknad» / vedlegg?')).toBe('Svar - «Søknad» - vedlegg.eml');
    expect(nameFor('\u202e...')).toBe('melding.eml');
    expect(nameFor('CON')).toBe('CON_.eml');
    expect(nameFor('e\u0301 '.repeat(100)).length).toBeLessThanOrEqual(104);
  });

  it('names the sender of incoming mail and the recipients of outgoing mail', () => {
    const m = {
      from: { name: 'Ola', address: 'ola@example.net' },
      to: [{ address: MAILBOX }],
      cc: [{ name: 'Per', address: 'per.hansen@ha.kommune.no' }],
    };
    expect(partiesOf(m, 'I')).toEqual([
      { name: 'Ola', address: 'ola@example.net', role: 'sender' },
    ]);
    expect(partiesOf(m, 'U').map((p) => [p.name, p.role])).toEqual([
      [MAILBOX, 'recipient'],
      ['Per', 'recipient'],
    ]);
  });
});
