/**
 * The Noark 5 connector against the local Noark 5 emulator (dev/noark), in
 * process and over a real server: a Norwegian e-mail filed into a new case
 * and an existing one, its files byte for byte on the archive's disk, filed
 * once however often it is asked, resumed after a dropped connection,
 * throttling and 503 waited out as Retry-After says, ETag conflicts, and
 * failures as sentences in four languages.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNoarkEmulator, noarkToken, startNoarkEmulator } from '../../../dev/noark';
import type { Entity, Kind, NoarkEmulator } from '../../../dev/noark';
import { LANGS } from '../../../src/core/model';
import type {
  ArchiveConnector,
  ArchiveDocument,
  FilingProgress,
  FilingRequest,
} from '../../../src/core/ports';
import {
  ArchiveFailure,
  archiveFailureMessages,
  createNoark5Connector,
  describeArchiveFailure,
} from '../../../src/services/archive';
import type { Noark5Options } from '../../../src/services/archive';
import { screenText } from '../../../src/services/archive/noark5/screen';
import { describeCatalog } from '../../support/catalog';

const NOW = new Date('2026-03-02T08:00:00Z');
const KARI = 'kari.nordmann@ha.kommune.no';
const MSGID = '<CAF=ab12+cd34@mail.ha.kommune.no>';
const BASE = 'http://arkiv.ha.kommune.test/noark5v5/';
const KiB = 1024;

describeCatalog('archive connector', archiveFailureMessages);

// ---------------------------------------------------------------- the message

type TestDocument = ArchiveDocument & { readonly bytes: Uint8Array };

function document(
  name: string,
  mimeType: string,
  bytes: Uint8Array,
  role: ArchiveDocument['role'] = 'attachment',
): TestDocument {
  return {
    name,
    mimeType,
    size: bytes.length,
    role,
    bytes,
    async *chunks() {
      for (let i = 0; i < bytes.length; i += 50_000) yield bytes.subarray(i, i + 50_000);
    },
  };
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

function eml(messageId: string, subject: string): Uint8Array {
  return new TextEncoder().encode(
    [
      'From: Ola Nordmann <ola.nordmann@example.no>',
      'To: Postmottak Hå kommune <postmottak@ha.kommune.no>',
      `Subject: ${subject}`,
      `Message-ID: ${messageId}`,
      'Date: Mon, 2 Mar 2026 07:55:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hei!',
      '',
      'Jeg søker om barnehageplass for sønnen min fra august. Søknadsskjema,',
      'legeerklæring og et bilde av uteområdet ligger ved.',
      '',
      'Vennlig hilsen',
      'Ola Nordmann',
      '',
    ].join('\r\n'),
  );
}

/** The .eml and three attachments; the second one large enough to go in chunks. */
function message(messageId = MSGID, subject = 'Søknad om barnehageplass for Ola Nordmann') {
  return [
    document(`${subject}.eml`, 'message/rfc822', eml(messageId, subject), 'main'),
    document('Søknadsskjema.pdf', 'application/pdf', randomBytes(40 * KiB)),
    document('Legeerklæring.pdf', 'application/pdf', randomBytes(700 * KiB)),
    document('Uteområdet.png', 'image/png', randomBytes(30 * KiB)),
  ];
}

const RESTRICTION: NonNullable<FilingRequest['restriction']> = {
  code: 'U',
  basis: 'Offl. § 13 jf. fvl. § 13',
  screenedWords: ['Ola Nordmann'],
};

/** Ola Nordmann's application, restricted under offl. § 13 with his name screened. */
function request(over: Partial<FilingRequest> = {}, restricted = true): FilingRequest {
  const base: FilingRequest = {
    messageId: MSGID,
    case: { kind: 'new', title: 'Barnehageplass for Ola Nordmann' },
    documentType: 'I',
    title: 'Søknad om barnehageplass for Ola Nordmann',
    parties: [
      { name: 'Ola Nordmann', address: 'ola.nordmann@example.no', role: 'sender' },
      { name: 'Postmottak Hå kommune', address: 'postmottak@ha.kommune.no', role: 'recipient' },
    ],
    documents: message(),
    date: '2026-03-02T06:55:00Z',
  };
  return restricted ? { ...base, restriction: RESTRICTION, ...over } : { ...base, ...over };
}

/** The request without an access restriction. */
function unrestricted(over: Partial<FilingRequest> = {}): FilingRequest {
  return request(over, false);
}

// ---------------------------------------------------------------- the archive

let dir: string;
let emulator: NoarkEmulator;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'noark-connector-'));
  emulator = createNoarkEmulator({ dir, now: () => NOW });
});

afterEach(() => {
  emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

function connector(o: Partial<Noark5Options> = {}) {
  const waits: number[] = [];
  const c = createNoark5Connector({
    baseUrl: BASE,
    token: async () => noarkToken(KARI),
    fetch: (input, init) => emulator.fetch(input, init),
    sleep: async (ms) => {
      waits.push(ms);
    },
    // The back-off's full jitter at its ceiling, so that waits can be asserted.
    random: () => 1,
    singleUploadLimit: 256 * KiB,
    chunkSize: 128 * KiB,
    clock: { now: () => NOW },
    ...o,
  });
  return { c, waits };
}

const all = (kind: Kind, e: NoarkEmulator = emulator): Entity[] => e.store.all(kind);
const field = (e: Entity, name: string): unknown => e.fields[name];
const kode = (v: unknown): unknown => (v as { kode?: string } | undefined)?.kode;
/** The parties of a kind as [korrespondanseparttype, name]. */
const partiesOf = (kind: Kind, name: string): unknown[][] =>
  all(kind).map((p) => [kode(field(p, 'korrespondanseparttype')), field(p, name)]);

/** Requests that change the archive, from the log. */
const writes = (e: NoarkEmulator = emulator) =>
  e.log.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');

async function failure(p: Promise<unknown>): Promise<ArchiveFailure> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ArchiveFailure);
    return e as ArchiveFailure;
  }
  throw new Error('expected an ArchiveFailure');
}

/** Every document once, its file on disk the bytes that were sent. */
function expectFiled(docs: readonly TestDocument[], e: NoarkEmulator = emulator): void {
  expect(all('journalpost', e)).toHaveLength(1);
  const descriptions = all('dokumentbeskrivelse', e).sort(
    (a, b) => Number(field(a, 'dokumentnummer')) - Number(field(b, 'dokumentnummer')),
  );
  expect(descriptions.map((d) => [field(d, 'dokumentnummer'), field(d, 'tittel')])).toEqual(
    docs.map((d, i) => [i + 1, i === 0 ? 'Søknad om barnehageplass for Ola Nordmann' : d.name]),
  );
  expect(descriptions.map((d) => kode(field(d, 'dokumentstatus')))).toEqual(['F', 'F', 'F', 'F']);
  const objects = all('dokumentobjekt', e);
  expect(objects).toHaveLength(docs.length);
  for (const [i, d] of descriptions.entries()) {
    const [objekt] = e.store.children(d.systemID, 'dokumentobjekt');
    const path = objekt && e.store.filePath(objekt);
    expect(path).toBeTruthy();
    const bytes = readFileSync(path as string);
    const sent = docs[i] as TestDocument;
    expect(sha256(bytes)).toBe(sha256(sent.bytes));
    expect(field(objekt as Entity, 'sjekksum')).toBe(sha256(sent.bytes));
    expect(field(objekt as Entity, 'filnavn')).toBe(sent.name);
  }
}

// ---------------------------------------------------------------- filing

describe('filing an e-mail into a new case', () => {
  it('makes the case, the record, its parties, external id, skjerming and four documents', async () => {
    const { c, waits } = connector();
    const req = request();
    const progress: FilingProgress[] = [];
    const outcome = await c.file(req, (p) => progress.push(p));

    expect(outcome).toEqual({
      kind: 'filed',
      reference: '2026/1-1',
      case: {
        id: expect.any(String),
        number: '2026/1',
        title: 'Barnehageplass for Ola Nordmann',
      },
    });
    const [saksmappe] = all('saksmappe');
    expect(saksmappe?.systemID).toBe(outcome.kind === 'filed' ? outcome.case.id : '');
    expect(field(saksmappe as Entity, 'offentligTittel')).toBe('Barnehageplass for *****');
    expect(field(saksmappe as Entity, 'skjerming')).toMatchObject({
      tilgangsrestriksjon: { kode: '13' },
      skjermingMetadata: [{ kode: 'TMO' }],
    });

    const [record] = all('journalpost');
    expect(record?.fields).toMatchObject({
      registreringsID: '2026/1-1',
      tittel: 'Søknad om barnehageplass for Ola Nordmann',
      offentligTittel: 'Søknad om barnehageplass for *****',
      journalposttype: { kode: 'I' },
      journalstatus: { kode: 'S' },
      dokumentetsDato: '2026-03-02T06:55:00.000Z',
      mottattDato: '2026-03-02T06:55:00.000Z',
      antallVedlegg: 3,
      skjerming: {
        tilgangsrestriksjon: { kode: '13' },
        skjermingshjemmel: 'Offl. § 13 jf. fvl. § 13',
        skjermingMetadata: [{ kode: 'TRO' }, { kode: 'NA' }],
      },
    });

    const parties = emulator.store.children(record?.systemID ?? '', 'korrespondansepartperson');
    expect(
      parties.map((p) => [
        kode(field(p, 'korrespondanseparttype')),
        field(p, 'navn'),
        (field(p, 'kontaktinformasjon') as { epostadresse?: string }).epostadresse,
      ]),
    ).toEqual([
      ['EA', 'Ola Nordmann', 'ola.nordmann@example.no'],
      ['EM', 'Postmottak Hå kommune', 'postmottak@ha.kommune.no'],
    ]);
    expect(all('eksternId').map((e) => [field(e, 'eksternID'), field(e, 'eksternSystem')])).toEqual(
      [[MSGID, 'Arkivpost']],
    );

    expectFiled(req.documents as TestDocument[]);
    const [main, ...attachments] = all('dokumentbeskrivelse');
    expect(main?.fields).toMatchObject({
      tilknyttetRegistreringSom: { kode: 'H' },
      eksternReferanse: MSGID,
      skjerming: { tilgangsrestriksjon: { kode: '13' }, skjermingDokument: { kode: 'H' } },
    });
    expect(attachments.map((a) => kode(field(a, 'tilknyttetRegistreringSom')))).toEqual([
      'V',
      'V',
      'V',
    ]);

    // The large attachment went in chunks, the others in one piece each.
    const uploads = emulator.log.filter((r) => r.path.endsWith('/referanseFil'));
    expect(uploads.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual([
      200, 200, 200, 200, 200, 201,
    ]);
    expect(uploads.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([
      201, 201, 200, 201,
    ]);

    const total = req.documents.reduce((n, d) => n + d.size, 0);
    expect(progress.map((p) => p.step).filter((s, i, a) => s !== a[i - 1])).toEqual([
      'case',
      'record',
      'documents',
    ]);
    expect(progress.every((p) => p.totalBytes === total)).toBe(true);
    const bytes = progress.map((p) => p.bytes);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(bytes.at(-1)).toBe(total);
    expect(waits).toEqual([]);
    expect((await c.findFiled(MSGID))?.reference).toBe('2026/1-1');
  });

  it('files the same message again as already filed, without making anything', async () => {
    const { c } = connector();
    await c.file(request());
    const before = writes().length;
    const again = await connector().c.file(request({ documents: request().documents }));
    expect(again).toEqual({ kind: 'already-filed', reference: '2026/1-1' });
    expect(writes()).toHaveLength(before);
    expect(all('saksmappe')).toHaveLength(1);
    expect(all('journalpost')).toHaveLength(1);
    expect(all('dokumentbeskrivelse')).toHaveLength(4);
  });

  it('finds nothing filed for a message it has not seen', async () => {
    await expect(connector().c.findFiled('<nobody@example.no>')).resolves.toBeNull();
  });

  it('files an outgoing message without restriction: the public title is the title', async () => {
    const { c } = connector();
    const outcome = await c.file(
      unrestricted({
        documentType: 'U',
        parties: [
          { name: 'Kari Nordmann', address: KARI, role: 'sender' },
          { name: 'Ola Nordmann', address: 'ola.nordmann@example.no', role: 'recipient' },
        ],
      }),
    );
    expect(outcome).toMatchObject({ kind: 'filed', reference: '2026/1-1' });
    const [record] = all('journalpost');
    expect(record?.fields).toMatchObject({
      offentligTittel: 'Søknad om barnehageplass for Ola Nordmann',
      journalposttype: { kode: 'U' },
      journalstatus: { kode: 'E' },
      sendtDato: '2026-03-02T06:55:00.000Z',
    });
    expect(record?.fields['skjerming']).toBeUndefined();
    expect(record?.fields['mottattDato']).toBeUndefined();
    expect(all('dokumentbeskrivelse').map((d) => d.fields['skjerming'])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(partiesOf('korrespondansepartperson', 'navn')).toEqual([
      ['EA', 'Kari Nordmann'],
      ['EM', 'Ola Nordmann'],
    ]);
  });

  it('files an internal note with internal parties', async () => {
    const { c } = connector();
    await c.file(
      unrestricted({
        documentType: 'N',
        parties: [
          { name: 'Kari Nordmann', address: KARI, role: 'sender' },
          { name: 'Per Hansen', address: 'per.hansen@ha.kommune.no', role: 'recipient' },
        ],
      }),
    );
    expect(all('journalpost')[0]?.fields).toMatchObject({
      journalposttype: { kode: 'N' },
      journalstatus: { kode: 'F' },
    });
    expect(partiesOf('korrespondansepartintern', 'saksbehandler')).toEqual([
      ['IA', 'Kari Nordmann'],
      ['IM', 'Per Hansen'],
    ]);
  });
});

describe('filing into an existing case', () => {
  it('finds the case by its number and by words of its title, and files into it', async () => {
    const { c } = connector();
    await c.file(request());

    const byNumber = await c.searchCases('2026/1');
    expect(byNumber).toEqual([
      { id: expect.any(String), number: '2026/1', title: 'Barnehageplass for Ola Nordmann' },
    ]);
    expect(await c.searchCases('barnehageplass  nordmann')).toEqual(byNumber);
    expect(await c.searchCases('2026/2')).toEqual([]);
    expect(await c.searchCases('   ')).toEqual([]);
    const query = decodeURIComponent(emulator.log.at(-2)?.query ?? '');
    expect(query).toContain(
      "$filter=contains(tittel,'barnehageplass') and contains(tittel,'nordmann')",
    );

    const reply = message('<reply-1@example.no>', 'Ettersending: legeerklæring');
    const outcome = await c.file(
      request({
        messageId: '<reply-1@example.no>',
        case: { kind: 'existing', case: byNumber[0] as (typeof byNumber)[number] },
        title: 'Ettersending: legeerklæring',
        restriction: { code: 'U', basis: 'Offl. § 13 jf. fvl. § 13' },
        documents: reply,
      }),
    );
    expect(outcome).toEqual({ kind: 'filed', reference: '2026/1-2', case: byNumber[0] });
    expect(all('saksmappe')).toHaveLength(1);
    expect(all('journalpost')).toHaveLength(2);
  });

  it('escapes a quote in the words searched for', async () => {
    const { c } = connector();
    await c.file(unrestricted({ case: { kind: 'new', title: "Klage fra O'Brien på byggesak" } }));
    const found = await c.searchCases("O'Brien");
    expect(found.map((x) => x.title)).toEqual(["Klage fra O'Brien på byggesak"]);
    expect(decodeURIComponent(emulator.log.at(-1)?.query ?? '')).toContain(
      "contains(tittel,'O''Brien')",
    );
    expect(await c.searchCases("O'Brien'); delete")).toEqual([]);
  });

  it('says the case is not found when it is gone', async () => {
    const { c } = connector();
    const f = await failure(
      c.file(
        request({ case: { kind: 'existing', case: { id: 'gone', number: '2025/9', title: 'X' } } }),
      ),
    );
    expect(f.kind).toBe('not-found');
    expect(all('journalpost')).toHaveLength(0);
  });
});

// ---------------------------------------------------------------- nothing lost, nothing twice

describe('after a dropped connection', () => {
  it.each(['before', 'after'] as const)(
    'a retry completes a filing whose chunk upload dropped %s it landed, with nothing twice',
    async (when) => {
      const { c } = connector();
      const req = request();
      // The second attachment is the only one sent in chunks (PUT).
      emulator.faults.add({ kind: 'drop', when, method: 'PUT', path: '/referanseFil', times: 3 });
      const f = await failure(c.file(req));
      expect(f.kind).toBe('network');
      expect(describeArchiveFailure(f, 'nb')).toBe(
        archiveFailureMessages.nb['archive.failure.network'],
      );
      await expect(c.findFiled(MSGID)).resolves.toBeNull();
      expect(all('journalpost')).toHaveLength(1);

      // A new connector (the pane was reopened): it finds the record by its external id.
      const outcome = await connector().c.file(req);
      expect(outcome).toMatchObject({ kind: 'filed', reference: '2026/1-1' });
      expect(all('saksmappe')).toHaveLength(1);
      expect(all('eksternId')).toHaveLength(1);
      expect(all('korrespondansepartperson')).toHaveLength(2);
      expectFiled(req.documents as TestDocument[]);
      await expect(connector().c.file(req)).resolves.toEqual({
        kind: 'already-filed',
        reference: '2026/1-1',
      });
    },
  );

  it('repeats a dropped chunk by itself and finishes in one go', async () => {
    const { c, waits } = connector();
    const req = request();
    emulator.faults.add({ kind: 'drop', when: 'after', method: 'PUT', path: '/referanseFil' });
    await expect(c.file(req)).resolves.toMatchObject({ kind: 'filed', reference: '2026/1-1' });
    expect(waits).toEqual([1000]);
    expectFiled(req.documents as TestDocument[]);
  });

  it('looks before making again what a lost answer may have made', async () => {
    const { c } = connector();
    const req = request();
    emulator.faults.add([
      { kind: 'drop', when: 'after', method: 'POST', path: '/ny-saksmappe' },
      { kind: 'drop', when: 'after', method: 'POST', path: '/ny-journalpost' },
      { kind: 'drop', when: 'after', method: 'POST', path: '/ny-korrespondansepartperson' },
      { kind: 'drop', when: 'after', method: 'POST', path: '/ny-eksternId' },
      { kind: 'drop', when: 'after', method: 'POST', path: '/ny-dokumentbeskrivelse' },
      { kind: 'drop', when: 'after', method: 'POST', path: '/ny-dokumentobjekt' },
      { kind: 'drop', when: 'after', method: 'POST', path: '/referanseFil' },
      { kind: 'drop', when: 'after', method: 'PATCH' },
    ]);
    await expect(c.file(req)).resolves.toMatchObject({ kind: 'filed', reference: '2026/1-1' });
    expect(emulator.faults.list()).toEqual([]);
    expect(all('saksmappe')).toHaveLength(1);
    expect(all('eksternId')).toHaveLength(1);
    expect(all('korrespondansepartperson')).toHaveLength(2);
    expectFiled(req.documents as TestDocument[]);
  });

  it('files into the case it made when the connection dropped before the record', async () => {
    const { c } = connector();
    const req = request();
    emulator.faults.add({ kind: 'drop', method: 'POST', path: '/ny-journalpost', times: 3 });
    expect((await failure(c.file(req))).kind).toBe('network');
    expect(all('saksmappe')).toHaveLength(1);
    await expect(c.file(req)).resolves.toMatchObject({ kind: 'filed', reference: '2026/1-1' });
    expect(all('saksmappe')).toHaveLength(1);
    expectFiled(req.documents as TestDocument[]);
  });
});

describe('waiting as the archive asks', () => {
  it('lands once through a storm of 429, waiting as Retry-After says', async () => {
    const { c, waits } = connector();
    emulator.faults.add({
      kind: 'throttle',
      times: 4,
      retryAfter: 3,
      method: 'POST',
      path: '/ny-journalpost',
    });
    await expect(c.file(request())).resolves.toMatchObject({ reference: '2026/1-1' });
    expect(waits).toEqual([3000, 3000, 3000, 3000]);
    expect(all('journalpost')).toHaveLength(1);
    const posts = emulator.log.filter(
      (r) => r.method === 'POST' && r.path.endsWith('/ny-journalpost'),
    );
    expect(posts.map((r) => r.status)).toEqual([429, 429, 429, 429, 201]);
  });

  it.each(['before', 'after'] as const)(
    'gets through a 503 (the change applied %s it) with one record',
    async (when) => {
      const { c, waits } = connector();
      emulator.faults.add({
        kind: 'unavailable',
        when,
        retryAfter: 2,
        method: 'POST',
        path: '/ny-journalpost',
      });
      await expect(c.file(request())).resolves.toMatchObject({ reference: '2026/1-1' });
      expect(waits).toEqual([2000]);
      expect(all('journalpost')).toHaveLength(1);
    },
  );

  it('gives up after its retries on an archive that stays unavailable', async () => {
    const { c, waits } = connector({ maxRetries: 3 });
    emulator.faults.add({ kind: 'unavailable', times: 'always', path: '/saksmappe' });
    const f = await failure(c.searchCases('barnehage'));
    expect(f.kind).toBe('unavailable');
    expect(waits).toEqual([1000, 2000, 4000]);
    // What the archive said is for support, not for the user.
    expect(f.detail).toContain('The archive is temporarily unavailable.');
    for (const lang of LANGS) {
      expect(describeArchiveFailure(f, lang)).toBe(
        archiveFailureMessages[lang]['archive.failure.unavailable'],
      );
      expect(describeArchiveFailure(f, lang)).not.toContain('temporarily');
    }
  });
});

describe('timeouts', () => {
  it('asks again when a read takes longer than the timeout', async () => {
    const { c, waits } = connector({ timeoutMs: 50 });
    emulator.faults.add({ kind: 'slow', delayMs: 1000, method: 'GET', path: '/saksmappe' });
    await expect(c.searchCases('barnehage')).resolves.toEqual([]);
    expect(waits).toEqual([1000]);
    expect(emulator.log.filter((r) => r.path.endsWith('/saksmappe')).map((r) => r.fault)).toEqual([
      'slow',
      null,
    ]);
  });
});

describe('updates and conflicts', () => {
  it('reads a document description again when someone changed it, and finishes it', async () => {
    const { c } = connector();
    let touched = false;
    await c.file(request(), (p) => {
      if (p.step !== 'documents' || p.bytes === 0 || touched) return;
      // A colleague edits the hoveddokument's description while its file lands.
      const d = all('dokumentbeskrivelse').find((x) => field(x, 'dokumentnummer') === 1);
      if (!d) return;
      d.fields = { ...d.fields, beskrivelse: 'Sett av arkivet' };
      d.version += 1;
      emulator.store.save(d);
      touched = true;
    });
    expect(touched).toBe(true);
    const patches = emulator.log.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.status)).toEqual([409, 200, 200, 200, 200]);
    const [main] = all('dokumentbeskrivelse');
    expect(main?.fields).toMatchObject({
      beskrivelse: 'Sett av arkivet',
      dokumentstatus: { kode: 'F' },
    });
  });
});

// ---------------------------------------------------------------- failures

describe('failures', () => {
  it('says the user is not signed in, in each language', async () => {
    const { c } = connector({ token: async () => 'expired' });
    const f = await failure(c.file(request()));
    expect(f.kind).toBe('auth');
    const sentences = LANGS.map((lang) => describeArchiveFailure(f, lang));
    expect(sentences).toEqual(LANGS.map((l) => archiveFailureMessages[l]['archive.failure.auth']));
    expect(new Set(sentences).size).toBe(4);
    expect(all('saksmappe')).toHaveLength(0);
  });

  it('says so when the archive refuses the token half-way (401)', async () => {
    let token = noarkToken(KARI);
    const { c } = connector({ token: async () => token });
    await c.searchCases('barnehage');
    token = 'expired';
    const f = await failure(c.searchCases('barnehage'));
    expect([f.kind, f.status]).toEqual(['auth', 401]);
    expect(describeArchiveFailure(f, 'sv')).toBe(archiveFailureMessages.sv['archive.failure.auth']);
  });

  it('says so when the token cannot be had at all', async () => {
    const { c } = connector({
      token: async () => {
        throw new Error('interaction_required');
      },
    });
    const f = await failure(c.findFiled(MSGID));
    expect(f.kind).toBe('auth');
    expect(f.detail).toContain('interaction_required');
  });

  it('keeps a feil description in the detail and removes what it made when the archive refuses', async () => {
    const { c } = connector();
    const f = await failure(
      c.file(request({ parties: [{ name: ' ', address: '', role: 'sender' }] })),
    );
    expect([f.kind, f.status]).toEqual(['bad-request', 400]);
    expect(f.detail).toContain('korrespondansepartperson.navn is required');
    expect(f.detail).toContain('removed the journalpost');
    expect(f.detail).toContain('removed the saksmappe');
    for (const lang of LANGS) {
      expect(describeArchiveFailure(f, lang)).toContain('HTTP 400');
      expect(describeArchiveFailure(f, lang)).not.toContain('navn');
    }
    expect(all('saksmappe')).toHaveLength(0);
    expect(all('journalpost')).toHaveLength(0);
    expect(emulator.log.filter((r) => r.method === 'DELETE').map((r) => r.status)).toEqual([
      204, 204,
    ]);
  });

  it('refuses an access code the archive does not know before making anything', async () => {
    const { c } = connector();
    const f = await failure(
      c.file(request({ restriction: { code: 'Z', basis: 'Etter eget skjønn' } })),
    );
    expect([f.kind, f.reason]).toEqual(['bad-request', 'restriction-code']);
    expect(describeArchiveFailure(f, 'nn')).toContain('Z');
    expect(writes()).toEqual([]);
  });

  it('takes a code the organisation maps to the archive', async () => {
    const { c } = connector({ restrictionCodes: { Z: 'P' } });
    await c.file(request({ restriction: { code: 'Z', basis: 'Offl. § 25' } }));
    expect(all('journalpost')[0]?.fields['skjerming']).toMatchObject({
      tilgangsrestriksjon: { kode: 'P' },
    });
  });

  it('files into the arkivdel the settings name, and says so when it is not there', async () => {
    await expect(connector({ arkivdel: 'sakarkiv' }).c.file(request())).resolves.toMatchObject({
      reference: '2026/1-1',
    });
    const { c } = connector({ arkivdel: 'Byggesaker' });
    const f = await failure(c.file(request({ messageId: '<other@example.no>' })));
    expect([f.kind, f.reason]).toEqual(['bad-request', 'arkivdel']);
    expect(describeArchiveFailure(f, 'en')).toBe(
      archiveFailureMessages.en['archive.failure.reason.arkivdel'],
    );
  });

  it('leaves a record alone whose documents someone else changed, and says so', async () => {
    const req = request();
    emulator.faults.add({ kind: 'drop', method: 'PUT', path: '/referanseFil', times: 3 });
    await failure(connector().c.file(req));
    const second = all('dokumentbeskrivelse').find((d) => field(d, 'dokumentnummer') === 2);
    (second as Entity).fields = { ...(second as Entity).fields, tittel: 'Skjema (skannet)' };
    emulator.store.save(second as Entity);

    const f = await failure(connector().c.file(req));
    expect([f.kind, f.reason]).toEqual(['conflict', 'document-mismatch']);
    expect(describeArchiveFailure(f, 'nb')).toBe(
      'Journalpost 2026/1-1 i arkivet har andre dokumenter enn denne e-posten. Kontakt arkivtjenesten.',
    );
    expect(all('journalpost')).toHaveLength(1);
    expect(emulator.log.filter((r) => r.method === 'DELETE')).toEqual([]);
  });

  it('says when the address is not a Noark 5 archive', async () => {
    const { c } = connector({ baseUrl: 'http://arkiv.ha.kommune.test/elsewhere/' });
    const f = await failure(c.searchCases('barnehage'));
    expect([f.kind, f.reason]).toEqual(['not-found', 'not-noark']);
    expect(describeArchiveFailure(f, 'en')).toBe(
      archiveFailureMessages.en['archive.failure.reason.not-noark'],
    );
  });
});

describe('screening words of a title', () => {
  it('replaces whole words in any case, and leaves longer words alone', () => {
    expect(screenText('Søknad fra ola nordmann og Olav', ['Ola Nordmann', 'Ola'])).toEqual({
      text: 'Søknad fra ***** og Olav',
      screened: true,
    });
    expect(screenText('Søknad (Ola)', ['Ola'])).toEqual({ text: 'Søknad (*****)', screened: true });
    expect(screenText('Søknad', ['a.b', ''])).toEqual({ text: 'Søknad', screened: false });
  });
});

// ---------------------------------------------------------------- over a real server

describe('over a real server', () => {
  it('files the large attachment in chunks no larger than the archive’s bulkgrense', async () => {
    const serverDir = mkdtempSync(join(tmpdir(), 'noark-connector-http-'));
    const server = await startNoarkEmulator({
      port: 0,
      dir: serverDir,
      now: () => NOW,
      bulkgrense: 256 * KiB,
    });
    try {
      const c: ArchiveConnector = createNoark5Connector({
        baseUrl: server.url,
        token: async () => noarkToken(KARI),
        fetch: (input, init) => fetch(input, init),
        clock: { now: () => NOW },
      });
      const req = request();
      await expect(c.file(req)).resolves.toMatchObject({ kind: 'filed', reference: '2026/1-1' });
      expectFiled(req.documents as TestDocument[], server.emulator);
      const puts = server.emulator.log.filter((r) => r.method === 'PUT');
      expect(puts.map((r) => r.status)).toEqual([200, 200, 201]);
      await expect(c.file(req)).resolves.toEqual({ kind: 'already-filed', reference: '2026/1-1' });
    } finally {
      await server.close();
      rmSync(serverDir, { recursive: true, force: true });
    }
  });
});
