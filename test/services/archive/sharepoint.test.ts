/**
 * The SharePoint connector against the Graph emulator's library (in
 * process): Melleruds kommun's "Ärenden", a folder per case, the .eml and
 * its attachments as files byte for byte with every column, a large file
 * through an upload session, filed once however often it is asked, resumed
 * after a connection dropped mid-upload, cases found by number and words,
 * two cases made at once, names SharePoint refuses, and failures as
 * sentences in four languages.
 */
import { randomBytes } from 'node:crypto';
import { createGraphEmulator, testToken } from '../../../dev/graph';
import type { GraphEmulator } from '../../../dev/graph';
import { drivesOf } from '../../../dev/graph/drive-store';
import type { DriveRecord, ItemRecord } from '../../../dev/graph/drive-store';
import type { FilingJournalPort, JournalEntry } from '../../../src/core/archive/journal';
import { LANGS } from '../../../src/core/model';
import type {
  ArchiveConnector,
  ArchiveDocument,
  FilingOutcome,
  FilingProgress,
  FilingRequest,
} from '../../../src/core/ports';
import { memoryDocument } from '../../../src/services/filing';
import { systemClock } from '../../../src/services/clock';
import { createGraphClient } from '../../../src/services/graph/client';
import {
  ArchiveFailure,
  SHAREPOINT_COLUMNS as C,
  createSharePointConnector,
  describeArchiveFailure,
} from '../../../src/services/archive';
import type { SharePointOptions } from '../../../src/services/archive';

const NOW = new Date('2026-03-02T08:00:00Z');
const ERIK = 'erik.johansson@mellerud.se';
const MARIA = 'maria.karlsson@mellerud.se';
const KARI = 'kari.nordmann@ha.kommune.no';
const SITE = 'mellerud.sharepoint.com:/sites/diarium';
const MSGID = '<CAF=ab12+cd34@mail.example.se>';
const KiB = 1024;
const RANGE = 10 * 320 * KiB;

// ---------------------------------------------------------------- the message

type TestDocument = ArchiveDocument & { readonly bytes: Uint8Array };

function document(
  name: string,
  mimeType: string,
  bytes: Uint8Array,
  role: ArchiveDocument['role'] = 'attachment',
): TestDocument {
  return { ...memoryDocument(name, mimeType, role, bytes), bytes };
}

/** The message as Exchange would hand it out (lines end in CRLF). */
function eml(messageId: string, subject: string): Uint8Array {
  const text = `From: Anders Lund <anders.lund@example.se>
To: Melleruds kommun <kommunen@mellerud.se>
Subject: ${subject}
Message-ID: ${messageId}
Date: Mon, 2 Mar 2026 07:55:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hej! Här kommer min ansökan om bygglov med ritning och foto av tomten.
`;
  return new TextEncoder().encode(text.replace(/\n/g, '\r\n'));
}

/** The .eml and three attachments: the ritning is 6 MB (an upload session of two ranges). */
function documents(messageId = MSGID, subject = 'Ansökan om bygglov Storgatan 1') {
  return [
    document(`${subject}.eml`, 'message/rfc822', eml(messageId, subject), 'main'),
    document('Ansökan.pdf', 'application/pdf', randomBytes(40 * KiB)),
    document('Ritning.pdf', 'application/pdf', randomBytes(6_000_000)),
    document('Foto: tomten?.jpg', 'image/jpeg', randomBytes(30 * KiB)),
  ];
}

function request(over: Partial<FilingRequest> = {}, restricted = true): FilingRequest {
  return {
    messageId: MSGID,
    case: { kind: 'new', title: 'Bygglov Storgatan 1' },
    documentType: 'I',
    title: 'Ansökan om bygglov Storgatan 1',
    ...(restricted ? { restriction: { code: 'S', basis: 'OSL 21 kap. 7 §' } } : {}),
    parties: [
      { name: 'Anders Lund', address: 'anders.lund@example.se', role: 'sender' },
      { name: 'Melleruds kommun', address: 'kommunen@mellerud.se', role: 'recipient' },
    ],
    documents: documents(),
    date: '2026-03-02T06:55:00Z',
    ...over,
  };
}

// ---------------------------------------------------------------- the library

let emulator: GraphEmulator;

beforeAll(async () => {
  emulator = await createGraphEmulator({ now: () => NOW });
});

afterAll(() => emulator?.close());

beforeEach(() => emulator.reset());

type Fetch = (input: RequestInfo, init?: RequestInit) => Promise<Response>;

function connector(o: Partial<SharePointOptions> & { as?: string; fetch?: Fetch } = {}): {
  c: ArchiveConnector;
  waits: number[];
} {
  const waits: number[] = [];
  const graph = createGraphClient({
    clock: systemClock,
    baseUrl: 'http://graph.emulator.invalid/graph',
    token: async () => testToken(o.as ?? ERIK),
    fetch: o.fetch ?? ((input, init) => emulator.fetch(input as string, init)),
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  const c = createSharePointConnector({
    graph,
    site: SITE,
    library: 'Ärenden',
    clock: { now: () => NOW },
    ...o,
  });
  return { c, waits };
}

function ärenden(): DriveRecord {
  return drivesOf(emulator.store).sites[0]?.drives[1] as DriveRecord;
}

function folder(name: string): ItemRecord {
  const f = ärenden().root.children.get(name.toLowerCase());
  if (!f) throw new Error(`no folder ${name}`);
  return f;
}

const filesIn = (f: ItemRecord): ItemRecord[] =>
  [...f.children.values()].sort((a, b) => a.listItemId - b.listItemId);

/** Requests that change the library, from the log. */
const writes = () => emulator.log.filter((r) => r.method !== 'GET' && r.status !== 'dropped');

/**
 * Two connectors' fetches: the first request of each that matches `what`
 * waits until the other's has come too, so both have read the library
 * before either writes.
 */
function together(what: RegExp): [Fetch, Fetch] {
  const arrived: (() => void)[] = [];
  const one = (): Fetch => {
    let first = true;
    return async (input, init) => {
      const url = typeof input === 'string' ? input : (input as Request).url;
      if (first && what.test(`${init?.method ?? 'GET'} ${url}`)) {
        first = false;
        await new Promise<void>((go) => {
          arrived.push(go);
          if (arrived.length === 2) for (const g of arrived) g();
        });
      }
      return emulator.fetch(input as string, init);
    };
  };
  return [one(), one()];
}

async function failure(p: Promise<unknown>): Promise<ArchiveFailure> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ArchiveFailure);
  return e as ArchiveFailure;
}

/** The case's folder holds exactly these documents' bytes, named with the record's number. */
function expectFiled(caseFolder: string, docNumber: string, docs: readonly TestDocument[]): void {
  const files = filesIn(folder(caseFolder));
  expect(files.map((f) => f.name)).toEqual(
    docs.map(
      (d) => `${docNumber} ${d.name === 'Foto: tomten?.jpg' ? 'Foto - tomten.jpg' : d.name}`,
    ),
  );
  for (const [i, f] of files.entries()) {
    expect(Buffer.from(f.content).equals(Buffer.from((docs[i] as TestDocument).bytes))).toBe(true);
  }
}

// ---------------------------------------------------------------- filing

describe('filing an e-mail into a new case', () => {
  it('makes the case folder, four files with their bytes and every column', async () => {
    const { c } = connector();
    const req = request();
    const progress: FilingProgress[] = [];
    const outcome = await c.file(req, (p) => progress.push(p));

    expect(outcome).toEqual({
      kind: 'filed',
      reference: '2026/8-1',
      case: { id: expect.any(String), number: '2026/8', title: 'Bygglov Storgatan 1' },
    });
    const f = folder('2026-8 Bygglov Storgatan 1');
    expect(f.id).toBe(outcome.kind === 'filed' ? outcome.case.id : '');
    expect(Object.fromEntries(f.fields)).toEqual({
      Title: 'Bygglov Storgatan 1',
      [C.caseNumber]: '2026/8',
      [C.messageId]: MSGID,
    });
    const docs = req.documents as TestDocument[];
    expectFiled('2026-8 Bygglov Storgatan 1', '2026-8-1', docs);
    const files = filesIn(f);
    expect(files.map((x) => x.name)).toEqual([
      '2026-8-1 Ansökan om bygglov Storgatan 1.eml',
      '2026-8-1 Ansökan.pdf',
      '2026-8-1 Ritning.pdf',
      '2026-8-1 Foto - tomten.jpg',
    ]);
    const common = {
      [C.caseNumber]: '2026/8',
      [C.documentNumber]: '2026/8-1',
      [C.documentType]: 'I',
      [C.restriction]: 'S – OSL 21 kap. 7 §',
      [C.sender]: 'Anders Lund <anders.lund@example.se>',
      [C.received]: '2026-03-02T06:55:00Z',
      [C.messageId]: MSGID,
    };
    expect(Object.fromEntries(files[0]?.fields ?? [])).toEqual({
      ...common,
      Title: 'Ansökan om bygglov Storgatan 1',
      [C.attachments]: 3,
    });
    for (const [i, x] of files.slice(1).entries()) {
      expect(Object.fromEntries(x.fields)).toEqual({ ...common, Title: docs[i + 1]?.name });
    }

    // The 6 MB file in an upload session of two ranges; the others in one PUT each.
    const log = emulator.log;
    expect(log.filter((r) => /createUploadSession$/.test(r.path))).toHaveLength(1);
    expect(log.filter((r) => r.path.startsWith('/upload/drive/'))).toHaveLength(2);
    expect(log.filter((r) => r.method === 'PUT' && /\/content$/.test(r.path))).toHaveLength(3);
    const total = docs.reduce((n, d) => n + d.size, 0);
    expect(progress.map((p) => p.step)).toEqual(expect.arrayContaining(['case', 'record']));
    expect(progress.at(-1)).toEqual({ step: 'documents', bytes: total, totalBytes: total });
    const bytes = progress.filter((p) => p.step === 'documents').map((p) => p.bytes);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
  });

  it('files a message written just now, whose time has milliseconds the library does not keep', async () => {
    const { c } = connector();
    const outcome = await c.file(
      request({ date: '2026-03-02T06:55:00.987Z', documentType: 'U' }, false),
    );
    expect(outcome).toMatchObject({ kind: 'filed', reference: '2026/8-1' });
    const eml = filesIn(folder('2026-8 Bygglov Storgatan 1'))[0];
    expect(eml?.fields.get(C.received)).toBe('2026-03-02T06:55:00Z');
    // Never retried as if another had changed them: the case folder's columns,
    // each file's once, and the .eml's number of attachments last.
    const patches = writes().filter((r) => r.method === 'PATCH' && r.path.endsWith('/fields'));
    expect(patches).toHaveLength(1 + 4 + 1);
  });

  it('files the same message again as already filed, writing nothing', async () => {
    const { c } = connector();
    const req = request();
    await c.file(req);
    const before = writes().length;
    const again = await connector().c.file({ ...req, documents: req.documents });
    expect(again).toEqual({ kind: 'already-filed', reference: '2026/8-1' });
    expect(writes()).toHaveLength(before);
    expect(filesIn(folder('2026-8 Bygglov Storgatan 1'))).toHaveLength(4);
    expect((await c.findFiled(MSGID))?.reference).toBe('2026/8-1');
  });

  it('finds what was filed before by Message-ID, and nothing for a message it has not seen', async () => {
    const { c } = connector();
    expect((await c.findFiled('<gatubelysning.20260202@example.net>'))?.reference).toBe('2026/7-1');
    expect(await c.findFiled('<aldrig@example.se>')).toBeNull();
  });

  it('files into an existing case with the next document number, without restriction', async () => {
    const { c } = connector();
    const [existing] = await c.searchCases('2026/7');
    expect(existing).toEqual({
      id: folder('2026-7 Gatubelysning Storgatan').id,
      number: '2026/7',
      title: 'Gatubelysning Storgatan',
    });
    const docs = [
      document('Svar.eml', 'message/rfc822', eml('<svar@mellerud.se>', 'Svar'), 'main'),
    ];
    const outcome = await c.file(
      request(
        {
          messageId: '<svar@mellerud.se>',
          case: { kind: 'existing', case: existing as NonNullable<typeof existing> },
          documentType: 'U',
          title: 'Svar om gatubelysningen',
          documents: docs,
          parties: [{ name: '', address: 'kommunen@mellerud.se', role: 'sender' }],
        },
        false,
      ),
    );
    expect(outcome).toMatchObject({ kind: 'filed', reference: '2026/7-2' });
    const [, answer] = filesIn(folder('2026-7 Gatubelysning Storgatan'));
    expect(answer?.name).toBe('2026-7-2 Svar.eml');
    expect(Object.fromEntries(answer?.fields ?? [])).toMatchObject({
      [C.documentType]: 'U',
      [C.sender]: 'kommunen@mellerud.se',
      [C.attachments]: 0,
    });
    expect(answer?.fields.has(C.restriction)).toBe(false);
  });

  it('waits as Retry-After says when the library throttles, and files once', async () => {
    const { c, waits } = connector();
    emulator.faults.add({ kind: 'throttle', method: 'PUT', path: '/content$', retryAfter: 2 });
    emulator.faults.add({
      kind: 'unavailable',
      method: 'PUT',
      path: '^/upload/drive/',
      retryAfter: 1,
    });
    const req = request();
    const outcome = await c.file(req);
    expect(outcome.kind).toBe('filed');
    expect(waits).toEqual([2000, 1000]);
    expectFiled('2026-8 Bygglov Storgatan 1', '2026-8-1', req.documents as TestDocument[]);
  });
});

// ---------------------------------------------------------------- dropped connections

describe('after a dropped connection', () => {
  /** A fetch that lets the library see `n` ranges of an upload session, then drops the next ones. */
  function dropAfterRanges(n: number, rule: { when?: 'before' | 'after'; times: number }): Fetch {
    let ranges = 0;
    return async (input, init) => {
      const res = await emulator.fetch(input as string, init);
      const url = typeof input === 'string' ? input : (input as Request).url;
      if (init?.method === 'PUT' && url.includes('/upload/drive/') && ++ranges === n) {
        emulator.faults.add({ kind: 'drop', method: 'PUT', path: '^/upload/drive/', ...rule });
      }
      return res;
    };
  }

  it('a retry resumes the upload session at the second range, with no file twice', async () => {
    // Six drops: the range and its two repeats, and again after the session said where it stands.
    const { c } = connector({ fetch: dropAfterRanges(1, { times: 6 }) });
    const req = request();
    const lost = await failure(c.file(req));
    expect(lost.kind).toBe('network');
    expect(LANGS.map((l) => describeArchiveFailure(lost, l)).every((s) => s.length > 20)).toBe(
      true,
    );
    const name = '2026-8 Bygglov Storgatan 1';
    expect(filesIn(folder(name)).map((f) => f.name)).toEqual([
      '2026-8-1 Ansökan om bygglov Storgatan 1.eml',
      '2026-8-1 Ansökan.pdf',
    ]);
    const [session] = drivesOf(emulator.store).snapshot().uploadSessions;
    expect(session?.received).toBe(RANGE);

    const sent = emulator.log.length;
    const outcome = await c.file(req);
    expect(outcome).toMatchObject({ kind: 'filed', reference: '2026/8-1' });
    expectFiled(name, '2026-8-1', req.documents as TestDocument[]);
    const retry = emulator.log.slice(sent);
    // Only the second range went again; the files already there were not sent again.
    const ranges = retry.filter((r) => r.method === 'PUT' && r.path.startsWith('/upload/drive/'));
    expect(ranges).toHaveLength(1);
    expect(retry.filter((r) => /createUploadSession$/.test(r.path))).toHaveLength(0);
    expect(retry.filter((r) => r.method === 'PUT' && /\/content$/.test(r.path))).toHaveLength(1);
    expect([...ärenden().root.children.keys()]).toEqual([
      '2026-7 gatubelysning storgatan',
      name.toLowerCase(),
    ]);
    expect((await c.findFiled(MSGID))?.reference).toBe('2026/8-1');
  });

  it('a retry from another session of the add-in keeps the case and the document number', async () => {
    const { c } = connector({ fetch: dropAfterRanges(1, { times: 6 }) });
    const req = request();
    await failure(c.file(req));
    const outcome = await connector().c.file(req);
    expect(outcome).toMatchObject({ kind: 'filed', reference: '2026/8-1' });
    expectFiled('2026-8 Bygglov Storgatan 1', '2026-8-1', req.documents as TestDocument[]);
    expect(ärenden().root.children.size).toBe(2);
  });

  it('repeats a range whose answer was lost and goes on from where the library is (416)', async () => {
    const { c } = connector();
    emulator.faults.add({ kind: 'drop', when: 'after', method: 'PUT', path: '^/upload/drive/' });
    const req = request();
    const outcome = await c.file(req);
    expect(outcome).toMatchObject({ kind: 'filed', reference: '2026/8-1' });
    expectFiled('2026-8 Bygglov Storgatan 1', '2026-8-1', req.documents as TestDocument[]);
    const statuses = emulator.log
      .filter((r) => r.path.startsWith('/upload/drive/'))
      .map((r) => [r.method, r.status]);
    expect(statuses).toEqual([
      ['PUT', 'dropped'],
      ['PUT', 416],
      ['GET', 200],
      ['PUT', 201],
    ]);
  });

  it('finds the file made by a last range whose answer was lost', async () => {
    const { c } = connector({ fetch: dropAfterRanges(1, { when: 'after', times: 1 }) });
    const req = request();
    const outcome = await c.file(req);
    expect(outcome).toMatchObject({ kind: 'filed', reference: '2026/8-1' });
    expectFiled('2026-8 Bygglov Storgatan 1', '2026-8-1', req.documents as TestDocument[]);
  });
});

// ---------------------------------------------------------------- cases

describe('cases', () => {
  it('are found by number (2026/8, 2026-8) and by words of the title', async () => {
    const { c } = connector();
    await c.file(request());
    const bygglov = {
      id: folder('2026-8 Bygglov Storgatan 1').id,
      number: '2026/8',
      title: 'Bygglov Storgatan 1',
    };
    expect(await c.searchCases('2026/8')).toEqual([bygglov]);
    expect(await c.searchCases(' 2026-8 ')).toEqual([bygglov]);
    expect(await c.searchCases('2026/8-1')).toEqual([bygglov]);
    expect(await c.searchCases('bygglov storg')).toEqual([bygglov]);
    expect((await c.searchCases('storgatan')).map((x) => x.number)).toEqual(['2026/8', '2026/7']);
    expect(await c.searchCases('2026/99')).toEqual([]);
    expect(await c.searchCases('simhall')).toEqual([]);
    expect(await c.searchCases('   ')).toEqual([]);
  });

  it('finds a case folder made by hand, without its column, by the number in its name', async () => {
    const { c } = connector();
    const drive = ärenden();
    const who = { id: 'x', displayName: 'Maria', email: MARIA };
    drivesOf(emulator.store).createFolder(
      drive.root,
      '2026-12 Detaljplan',
      'fail',
      who,
      NOW.getTime(),
    );
    expect(await c.searchCases('2026/12')).toEqual([
      { id: folder('2026-12 Detaljplan').id, number: '2026/12', title: 'Detaljplan' },
    ]);
  });

  /** Requests of a method whose path ends so, by their answer. */
  const answered = (method: string, end: RegExp) =>
    emulator.log.filter((r) => r.method === method && end.test(r.path)).map((r) => r.status);

  it.each([
    // Each folder is made under its own claim name; the second to take the same
    // case name is told 409 and takes the next number.
    ['the same title', 'Bygglov Storgatan 1', 'Bygglov Storgatan 1', 'PATCH', /\/items\/\w+$/, 409],
    // Both names are made; the later folder (list item id) moves to the next number.
    [
      'different titles',
      'Bygglov Storgatan 1',
      'Strandskydd Kasen 1:23',
      'PATCH',
      /\/items\/\w+$/,
      200,
    ],
  ])(
    'made at once with %s get different numbers',
    async (_how, first, second, method, end, status) => {
      // Both have listed the library before either makes its folder.
      const [ta, tb] = together(/^POST .*\/children$/);
      const a = connector({ as: ERIK, fetch: ta }).c;
      const b = connector({ as: MARIA, fetch: tb }).c;
      const small = (id: string, subject: string) => [
        document(`${subject}.eml`, 'message/rfc822', eml(id, subject), 'main'),
      ];
      const [x, y] = (await Promise.all([
        a.file(
          request({
            messageId: '<a@x>',
            case: { kind: 'new', title: first },
            documents: small('<a@x>', 'A'),
          }),
        ),
        b.file(
          request({
            messageId: '<b@x>',
            case: { kind: 'new', title: second },
            documents: small('<b@x>', 'B'),
          }),
        ),
      ])) as Extract<FilingOutcome, { kind: 'filed' }>[];
      expect(new Set([x?.case.number, y?.case.number])).toEqual(new Set(['2026/8', '2026/9']));
      for (const o of [x, y]) {
        const f = [...ärenden().root.children.values()].find(
          (i) => i.id === o?.case.id,
        ) as ItemRecord;
        expect(f.name.startsWith(`${(o?.case.number ?? '').replace('/', '-')} `)).toBe(true);
        expect(f.fields.get(C.caseNumber)).toBe(o?.case.number);
        expect(filesIn(f).map((i) => i.fields.get(C.documentNumber))).toEqual([
          `${o?.case.number}-1`,
        ]);
      }
      expect(ärenden().root.children.size).toBe(3);
      expect(answered(method, end)).toContain(status);
    },
  );

  it('two messages filed into one case at once get different document numbers', async () => {
    const { c } = connector();
    const [existing] = await c.searchCases('2026/7');
    const one = (id: string, subject: string) =>
      request({
        messageId: id,
        case: { kind: 'existing', case: existing as NonNullable<typeof existing> },
        title: subject,
        documents: [document(`${subject}.eml`, 'message/rfc822', eml(id, subject), 'main')],
      });
    // Both have read the case folder before either uploads its .eml.
    const [ta, tb] = together(/^PUT .*\/content\?/);
    const [x, y] = await Promise.all([
      connector({ as: ERIK, fetch: ta }).c.file(one('<x@y>', 'Fråga ett')),
      connector({ as: MARIA, fetch: tb }).c.file(one('<z@y>', 'Fråga två')),
    ]);
    const refs = [x, y].map((o) => (o as { reference: string }).reference).sort();
    expect(refs).toEqual(['2026/7-2', '2026/7-3']);
    const numbers = filesIn(folder('2026-7 Gatubelysning Storgatan')).map((f) =>
      f.fields.get(C.documentNumber),
    );
    expect(numbers.sort()).toEqual(['2026/7-1', '2026/7-2', '2026/7-3']);
    // Both uploaded as number 2; the later .eml was renamed to 3.
    const renames = emulator.log.filter(
      (r) => r.method === 'PATCH' && /\/items\/\w+$/.test(r.path),
    );
    expect(renames.map((r) => r.status)).toEqual([200]);
  });

  it('files a case title and file names with characters SharePoint forbids', async () => {
    const { c } = connector();
    const title = 'Bygglov: Storgatan 1/3 "Kvarnen" <ny>?';
    const outcome = await c.file(request({ case: { kind: 'new', title } }));
    expect(outcome).toMatchObject({ kind: 'filed', case: { number: '2026/8', title } });
    const made = [...ärenden().root.children.values()].find(
      (f) => f.fields.get(C.caseNumber) === '2026/8',
    );
    expect(made?.name).toBe('2026-8 Bygglov - Storgatan 1-3 Kvarnen ny');
    expect(made?.fields.get('Title')).toBe(title);
    expect(filesIn(made as ItemRecord).map((f) => f.name)).toContain('2026-8-1 Foto - tomten.jpg');
    expect(await c.searchCases('2026/8')).toEqual([{ id: made?.id, number: '2026/8', title }]);
  });
});

// ---------------------------------------------------------------- failures

describe('failures', () => {
  it('names the library that is not in the site, in every language', async () => {
    const { c } = connector({ library: 'Diarium' });
    const f = await failure(c.searchCases('2026/7'));
    expect([f.kind, f.reason]).toEqual(['not-found', 'library']);
    for (const lang of LANGS) expect(describeArchiveFailure(f, lang)).toContain('Diarium');
    expect(describeArchiveFailure(f, 'sv')).toMatch(
      /^Arkivpost hittar inte SharePoint-webbplatsen/,
    );
  });

  it('names the site that is not there', async () => {
    const f = await failure(
      connector({ site: 'mellerud.sharepoint.com:/sites/arkiv' }).c.findFiled(MSGID),
    );
    expect(f.reason).toBe('library');
    expect(describeArchiveFailure(f, 'nb')).toContain('mellerud.sharepoint.com:/sites/arkiv');
  });

  it('names the columns a library lacks', async () => {
    const f = await failure(connector({ library: 'Dokument' }).c.file(request()));
    expect([f.kind, f.reason]).toEqual(['not-found', 'relation']);
    expect(describeArchiveFailure(f, 'en')).toContain(`${C.caseNumber}, ${C.documentNumber}`);
    expect(writes()).toHaveLength(0);
  });

  it('is forbidden to a user of another organisation, and nothing is made', async () => {
    const f = await failure(connector({ as: KARI }).c.file(request()));
    expect(f.kind).toBe('forbidden');
    expect(describeArchiveFailure(f, 'nn')).toMatch(/Arkivet gjev deg ikkje lov/);
    expect(writes()).toHaveLength(0);
  });

  it('refuses a bytes-changed document as a checksum failure', async () => {
    const docs = documents();
    let reads = 0;
    // Read as a stream (its bytes not in memory), other bytes the second time.
    const { bytes: inMemory, ...streamed } = docs[1] as TestDocument;
    const flaky: ArchiveDocument = {
      ...streamed,
      async *chunks() {
        const b = Uint8Array.from(inMemory);
        if (reads++ > 0) b[0] = (b[0] as number) ^ 1;
        yield b;
      },
    };
    const f = await failure(
      connector().c.file(request({ documents: [docs[0] as TestDocument, flaky] })),
    );
    expect(f.reason).toBe('checksum');
  });
});

// ---------------------------------------------------------------- the filing journal

describe('the filing journal', () => {
  /** A journal as the item keeps it: it outlives the pane. */
  function journal() {
    const steps = new Map<string, JournalEntry>();
    const port: FilingJournalPort = {
      get: (step) => steps.get(step),
      note: (entry) => {
        steps.set(entry.step, entry);
        return Promise.resolve();
      },
    };
    return { steps, port };
  }

  const caseFolders = () =>
    [...ärenden().root.children.values()].filter((f) => f.kind === 'folder').map((f) => f.name);

  it.each([
    ['the answer to making the folder is lost', { kind: 'drop', when: 'after' }],
    ['the gateway gives up after the folder is made', { kind: 'gateway-timeout', when: 'after' }],
  ] as const)(
    'a pane opened again after %s files into the one folder made',
    async (_what, fault) => {
      const j = journal();
      emulator.faults.add({ ...fault, method: 'POST', path: '/children$', times: 3 });
      const req = request();
      const first = await c0()
        .file(req, undefined, j.port)
        .catch((e: unknown) => e);
      // The folder exists under its claim name, and the journal says it was about to be made.
      expect(j.steps.get('case')?.key?.['claim']).toMatch(/^Arkivpost [a-z2-7]{10}$/);
      const outcome =
        first instanceof ArchiveFailure ? await c0().file(req, undefined, j.port) : first;
      expect(outcome).toMatchObject({ kind: 'filed', reference: '2026/8-1' });
      expect(caseFolders()).toEqual([
        '2026-7 Gatubelysning Storgatan',
        '2026-8 Bygglov Storgatan 1',
      ]);
      expectFiled('2026-8 Bygglov Storgatan 1', '2026-8-1', req.documents as TestDocument[]);
      expect(j.steps.get('case')?.made).toEqual({
        id: folder('2026-8 Bygglov Storgatan 1').id,
        ref: '2026/8',
      });
      expect(j.steps.get('record')?.made?.ref).toBe('2026/8-1');
      expect([0, 1, 2, 3].map((i) => j.steps.get(`document:${i}`)?.confirmed)).toEqual([
        true,
        true,
        true,
        true,
      ]);
    },
  );

  it('a lookup that fails stops the filing; it is never taken as "no folder" and a second one made', async () => {
    const j = journal();
    emulator.faults.add({
      kind: 'drop',
      when: 'after',
      method: 'POST',
      path: '/children$',
      times: 3,
    });
    await failure(c0().file(request(), undefined, j.port));
    const made = caseFolders();
    // The claim name is looked up; that lookup fails every time.
    emulator.faults.add({ kind: 'unavailable', method: 'GET', path: ':$', times: 'always' });
    const f = await failure(c0().file(request(), undefined, j.port));
    expect(f.kind).toBe('unavailable');
    expect(caseFolders()).toEqual(made);
    emulator.faults.clear();
    expect(await c0().file(request(), undefined, j.port)).toMatchObject({
      kind: 'filed',
      reference: '2026/8-1',
    });
    expect(caseFolders()).toEqual(['2026-7 Gatubelysning Storgatan', '2026-8 Bygglov Storgatan 1']);
  });

  it('a renamed-away or removed folder of the journal is found by id, or made again when gone', async () => {
    const j = journal();
    emulator.faults.add({ kind: 'drop', method: 'PATCH', path: '/fields$', times: 3 });
    await failure(c0().file(request(), undefined, j.port));
    const id = j.steps.get('case')?.made?.id;
    expect(folder('2026-8 Bygglov Storgatan 1').id).toBe(id);
    // Someone removes the empty folder before the retry.
    drivesOf(emulator.store).remove(folder('2026-8 Bygglov Storgatan 1'));
    const outcome = await c0().file(request(), undefined, j.port);
    expect(outcome).toMatchObject({ kind: 'filed', reference: '2026/8-1' });
    expect(j.steps.get('case')?.made?.id).not.toBe(id);
    expect(caseFolders()).toEqual(['2026-7 Gatubelysning Storgatan', '2026-8 Bygglov Storgatan 1']);
  });

  it('keeps the fingerprint on the .eml and finds it again; another message with the Message-ID is not this one', async () => {
    const { c } = connector();
    const fingerprint = 'a'.repeat(64);
    await c.file(request({ fingerprint }));
    const [main] = filesIn(folder('2026-8 Bygglov Storgatan 1'));
    expect(main?.fields.get(C.fingerprint)).toBe(fingerprint);
    expect(await c.findFiled(MSGID)).toEqual({ reference: '2026/8-1', fingerprint });
    // An older record, filed without one: null.
    expect(await c.findFiled('<gatubelysning.20260202@example.net>')).toEqual({
      reference: '2026/7-1',
      fingerprint: null,
    });
    // A different message under the same Message-ID into the same case: its own record,
    // the first one's files untouched.
    const [existing] = await c.searchCases('2026/8');
    const before = Uint8Array.from(main?.content ?? []);
    const other = document(
      'Ansökan om bygglov Storgatan 1.eml',
      'message/rfc822',
      eml(MSGID, 'Ansökan om bygglov, ny version'),
      'main',
    );
    const outcome = await c.file(
      request({
        fingerprint: 'b'.repeat(64),
        case: { kind: 'existing', case: existing as NonNullable<typeof existing> },
        documents: [other],
      }),
    );
    expect(outcome).toMatchObject({ kind: 'filed', reference: '2026/8-2' });
    const files = filesIn(folder('2026-8 Bygglov Storgatan 1'));
    expect(Buffer.from(files[0]?.content ?? []).equals(Buffer.from(before))).toBe(true);
    expect(files[4]?.name).toBe('2026-8-2 Ansökan om bygglov Storgatan 1.eml');
    expect(Buffer.from(files[4]?.content ?? []).equals(Buffer.from(other.bytes))).toBe(true);
    // A new case for another one is its own, not the folder the first one opened.
    const third = await c.file(
      request({
        fingerprint: 'c'.repeat(64),
        documents: [document('C.eml', 'message/rfc822', eml(MSGID, 'Tredje'), 'main')],
      }),
    );
    expect(third).toMatchObject({ kind: 'filed', reference: '2026/9-1' });
  });
});

/** A new pane's connector: nothing in memory from the last one. */
function c0(): ArchiveConnector {
  return connector().c;
}
