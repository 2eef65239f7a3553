/**
 * The local Noark 5 emulator (dev/noark): followed from the API root by its
 * `_links` as the archive connector will, over real HTTP on 127.0.0.1 and
 * through the in-process fetch — cases and their numbers, `$filter`,
 * journalposter with korrespondanseparter, skjerming and external ids, files
 * in one piece and in chunks with their checksums and bytes on disk, ETag
 * conflicts, error bodies, authentication, faults, 413, and a restart.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNoarkEmulator, noarkToken, startNoarkEmulator } from '../../dev/noark';
import type { RunningNoarkEmulator } from '../../dev/noark';

const REL = 'https://rel.arkivverket.no/noark5/v5/api/';
const NOARK = 'application/vnd.noark5+json';
const KARI = 'kari.nordmann@ha.kommune.no';
const MSGID = '<CAF=ab12+cd34@mail.ha.kommune.no>';
const NOW = new Date('2026-03-02T08:00:00Z');
const MAX_BODY = 300 * 1024;
const BULK = 200 * 1024;

type Json = Record<string, unknown> & { _links: Record<string, { href: string }> };

let dir: string;
let server: RunningNoarkEmulator;

async function start(): Promise<void> {
  server = await startNoarkEmulator({
    port: 0,
    dir,
    now: () => NOW,
    maxBodyBytes: MAX_BODY,
    bulkgrense: BULK,
    pageSize: 3,
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'noark-test-'));
  await start();
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  const r = await fetch(`${server.origin}/noark5v5/_emulator/reset`, { method: 'POST' });
  expect(r.status).toBe(204);
});

interface Call {
  readonly method?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** null: no Authorization header. */
  readonly as?: string | null;
}

async function call(href: string, c: Call = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: NOARK, ...c.headers };
  const as = c.as === undefined ? KARI : c.as;
  if (as !== null) headers['authorization'] = `Bearer ${noarkToken(as)}`;
  let body: string | Uint8Array | undefined;
  if (c.body instanceof Uint8Array || typeof c.body === 'string') body = c.body;
  else if (c.body !== undefined) {
    body = JSON.stringify(c.body);
    headers['content-type'] ??= NOARK;
  }
  return fetch(href, {
    method: c.method ?? 'GET',
    headers,
    ...(body ? { body: body as BodyInit } : {}),
  });
}

async function json(
  href: string,
  c: Call = {},
): Promise<{ status: number; body: Json; res: Response }> {
  const res = await call(href, c);
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Json, res };
}

/** The href of a relation, without its `{?…}` template. */
function link(obj: Json, rel: string): string {
  const l =
    obj._links[rel.startsWith('http') || rel === 'self' || rel === 'next' ? rel : REL + rel];
  if (!l) throw new Error(`No relation ${rel} in ${Object.keys(obj._links).join(', ')}`);
  return l.href.split('{')[0] as string;
}

/** POST a JSON body to the href of a relation (a `ny-…` creation). */
function post(
  obj: Json,
  rel: string,
  body: unknown,
): Promise<{ status: number; body: Json; res: Response }> {
  return json(link(obj, rel), { method: 'POST', body });
}

async function follow(obj: Json, rel: string, c: Call = {}): Promise<Json> {
  const r = await json(link(obj, rel), c);
  expect(r.status).toBeLessThan(300);
  return r.body;
}

/** From the root to the one arkivdel, by relations only. */
async function arkivdel(): Promise<Json> {
  const root = (await json(server.url)).body;
  const structure = await follow(root, 'arkivstruktur/');
  const list = await follow(structure, 'arkivstruktur/arkivdel/');
  expect(list['count']).toBe(1);
  return (list['results'] as Json[])[0] as Json;
}

async function newCase(tittel: string, extra: Record<string, unknown> = {}): Promise<Json> {
  const r = await json(link(await arkivdel(), 'sakarkiv/ny-saksmappe/'), {
    method: 'POST',
    body: { tittel, ...extra },
  });
  expect(r.status).toBe(201);
  return r.body;
}

const incoming = (tittel: string): Record<string, unknown> => ({
  tittel,
  offentligTittel: 'Søknad om barnehageplass for ****',
  journalposttype: { kode: 'I', kodenavn: 'Inngående dokument' },
  journalstatus: { kode: 'S' },
  skjerming: {
    tilgangsrestriksjon: { kode: '13' },
    skjermingshjemmel: 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1',
    skjermingMetadata: [{ kode: 'TRO' }],
  },
});

async function newRecord(
  saksmappe: Json,
  tittel = 'Søknad om barnehageplass for Ola',
): Promise<Json> {
  const r = await post(saksmappe, 'sakarkiv/ny-journalpost/', incoming(tittel));
  expect(r.status).toBe(201);
  return r.body;
}

async function newDocument(
  record: Json,
  kode: 'H' | 'V',
  extra: Record<string, unknown> = {},
): Promise<Json> {
  const r = await post(record, 'arkivstruktur/ny-dokumentbeskrivelse/', {
    tittel: 'E-post',
    tilknyttetRegistreringSom: { kode },
    ...extra,
  });
  expect(r.status).toBe(201);
  return r.body;
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

const EML = new TextEncoder().encode(
  `Message-ID: ${MSGID}\r\nFrom: Ola <ola@example.no>\r\nSubject: Søknad\r\n\r\nHei!\r\n`,
);

async function newObject(document: Json, extra: Record<string, unknown> = {}): Promise<Json> {
  const r = await post(document, 'arkivstruktur/ny-dokumentobjekt/', {
    versjonsnummer: 1,
    variantformat: { kode: 'P' },
    ...extra,
  });
  expect(r.status).toBe(201);
  return r.body;
}

/** A case with one record, its message as hoveddokument, the .eml uploaded. */
async function fileMessage(tittel: string): Promise<Record<'c' | 'jp' | 'doc' | 'obj', Json>> {
  const c = await newCase(tittel);
  const jp = await newRecord(c);
  const doc = await newDocument(jp, 'H');
  const obj = await newObject(doc, { filnavn: 'melding.eml' });
  const r = await call(link(obj, 'arkivstruktur/fil/'), {
    method: 'POST',
    body: EML,
    headers: { 'content-type': 'message/rfc822' },
  });
  expect(r.status).toBe(201);
  return { c, jp, doc, obj };
}

// ---------------------------------------------------------------- root and auth

describe('the root and authentication', () => {
  it('lists only itself before signing in, and the packages after', async () => {
    const anon = await json(server.url, { as: null });
    expect(anon.status).toBe(200);
    expect(Object.keys(anon.body._links)).toEqual(['self']);
    const root = await json(server.url);
    expect(root.res.headers.get('content-type')).toMatch(/^application\/vnd\.noark5\+json/);
    expect(Object.keys(root.body._links)).toEqual([
      `${REL}admin/system/`,
      `${REL}arkivstruktur/`,
      `${REL}metadata/`,
      `${REL}sakarkiv/`,
      'self',
    ]);
    const sakarkiv = await follow(root.body, 'sakarkiv/');
    expect(sakarkiv._links[`${REL}sakarkiv/saksmappe/`]).toMatchObject({ templated: true });
    expect(sakarkiv._links[`${REL}sakarkiv/saksmappe/`]?.href).toContain('{?$filter');
    const system = await follow(root.body, 'admin/system/');
    expect(system).toMatchObject({ bulkgrense: BULK, protokollversjon: '1.1' });
  });

  it('answers 401 with the feil body and a challenge without a test token', async () => {
    for (const token of [null, 'someone']) {
      const r = await json(`${server.url}api/arkivstruktur/`, {
        as: null,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ feil: { kode: 401, beskrivelse: expect.any(String) } });
      expect(r.res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });
});

// ---------------------------------------------------------------- cases

describe('saksmappe', () => {
  it('offers a template, creates with 201, Location and ETag, and numbers per year', async () => {
    const del = await arkivdel();
    const template = await follow(del, 'sakarkiv/ny-saksmappe/');
    expect(template['saksstatus']).toEqual({ kode: 'B', kodenavn: 'Under behandling' });
    expect(template._links['self']).toBeUndefined();
    const first = await post(del, 'sakarkiv/ny-saksmappe/', {
      ...template,
      _links: undefined,
      tittel: 'Søknad om barnehageplass',
    });
    expect(first.status).toBe(201);
    expect(first.res.headers.get('etag')).toBe('"0"');
    expect(first.res.headers.get('location')).toBe(link(first.body, 'self'));
    expect(first.body).toMatchObject({
      saksaar: 2026,
      sakssekvensnummer: 1,
      mappeID: '2026/1',
      opprettetAv: KARI,
      saksstatus: { kode: 'B' },
    });
    expect(first.body['systemID']).toMatch(/^[0-9a-f-]{36}$/);
    expect(link(first.body, 'arkivstruktur/arkivdel/')).toBe(link(del, 'self'));
    const second = await newCase('Byggesak Storgata 1');
    expect(second).toMatchObject({ sakssekvensnummer: 2, mappeID: '2026/2' });
    const again = await json(first.res.headers.get('location') as string);
    expect(again.status).toBe(200);
    expect(again.body['tittel']).toBe('Søknad om barnehageplass');
    expect(again.res.headers.get('etag')).toBe('"0"');
  });

  it('is found by saksnummer and by title with $filter, paged with $top, $skip and next', async () => {
    for (const t of [
      'Barnehageplass Ola',
      'Byggesak Storgata 1',
      'Barnehageplass Kari',
      'Startlån',
    ])
      await newCase(t);
    const root = (await json(server.url)).body;
    const list = link(await follow(root, 'sakarkiv/'), 'sakarkiv/saksmappe/');
    const q = (filter: string): Promise<{ status: number; body: Json }> =>
      json(`${list}?$filter=${encodeURIComponent(filter)}`);
    const byNumber = await q('saksaar eq 2026 and sakssekvensnummer eq 2');
    expect(byNumber.body['count']).toBe(1);
    expect((byNumber.body['results'] as Json[])[0]?.['tittel']).toBe('Byggesak Storgata 1');
    expect((await q("mappeID eq '2026/4'")).body['count']).toBe(1);
    const byTitle = await q("contains(tittel,'BARNEHAGE')");
    expect((byTitle.body['results'] as Json[]).map((r) => r['mappeID'])).toEqual([
      '2026/1',
      '2026/3',
    ]);
    const none = await q("tittel eq 'Ingen slik sak'");
    expect(none.body).toEqual({ count: 0, _links: expect.any(Object) });
    const typo = await q('saksnummer eq 2');
    expect(typo.status).toBe(400);
    expect(typo.body['feil']).toMatchObject({ kode: 400 });
    // pageSize is 3 here: the server pages with a next link.
    const page1 = (await json(list)).body;
    expect(page1['count']).toBe(4);
    expect((page1['results'] as Json[]).length).toBe(3);
    const page2 = await follow(page1, 'next');
    expect((page2['results'] as Json[]).map((r) => r['mappeID'])).toEqual(['2026/4']);
    const desc = (await json(`${list}?$orderby=sakssekvensnummer desc&$top=2&$skip=1`)).body;
    expect((desc['results'] as Json[]).map((r) => r['mappeID'])).toEqual(['2026/3', '2026/2']);
  });

  it('updates with If-Match: 200 and a new ETag, 409 when stale, 400 without', async () => {
    const c = await newCase('Barnehageplass');
    const self = link(c, 'self');
    const body = { ...c, _links: undefined, tittel: 'Barnehageplass, Ola Nordmann' };
    const ok = await json(self, { method: 'PUT', body, headers: { 'if-match': '"0"' } });
    expect(ok.status).toBe(200);
    expect(ok.res.headers.get('etag')).toBe('"1"');
    expect(ok.body).toMatchObject({ tittel: 'Barnehageplass, Ola Nordmann', endretAv: KARI });
    const stale = await json(self, { method: 'PUT', body, headers: { 'if-match': '"0"' } });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({ feil: { kode: 409, beskrivelse: expect.stringMatching(/ETag/) } });
    const bare = await json(self, { method: 'PUT', body });
    expect(bare.status).toBe(400);
    const patch = await json(self, {
      method: 'PATCH',
      body: { saksansvarlig: 'Per Hansen' },
      headers: { 'if-match': '"1"', 'content-type': 'application/merge-patch+json' },
    });
    expect(patch.status).toBe(200);
    expect(patch.body).toMatchObject({
      saksansvarlig: 'Per Hansen',
      tittel: 'Barnehageplass, Ola Nordmann',
    });
    const renumber = await json(self, {
      method: 'PATCH',
      body: { sakssekvensnummer: 9 },
      headers: { 'if-match': '"2"' },
    });
    expect(renumber.status).toBe(400);
    expect((await json(self)).res.headers.get('etag')).toBe('"2"');
  });

  it('answers errors in the standard feil shape', async () => {
    const del = await arkivdel();
    const ny = link(del, 'sakarkiv/ny-saksmappe/');
    const cases: [Call, number, RegExp][] = [
      [{ method: 'POST', body: { tittel: 'X', saksaar: 2020 } }, 400, /assigned by the archive/],
      [{ method: 'POST', body: { tittel: 'X', sakstittel: 'Y' } }, 400, /no field "sakstittel"/],
      [{ method: 'POST', body: {} }, 400, /tittel is required/],
      [{ method: 'POST', body: { tittel: 'X', saksstatus: { kode: 'Q' } } }, 400, /code list/],
      [{ method: 'POST', body: { tittel: 'X', saksdato: '2026-03-02T08:00:00' } }, 400, /zone/],
      [
        { method: 'POST', body: 'tittel=X', headers: { 'content-type': 'text/plain' } },
        415,
        /Content-Type/,
      ],
      [{ method: 'POST', body: '{', headers: { 'content-type': NOARK } }, 400, /not valid JSON/],
    ];
    for (const [c, status, message] of cases) {
      const r = await json(ny, c);
      expect([r.status, r.body['feil']]).toEqual([
        status,
        { kode: status, beskrivelse: expect.stringMatching(message) },
      ]);
    }
    const missing = await json(
      `${server.url}api/sakarkiv/saksmappe/00000000-0000-4000-8000-00000000abcd/`,
    );
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      feil: { kode: 404, beskrivelse: expect.stringMatching(/^Not Found/) },
    });
    expect((await json(`${server.url}api/sakarkiv/saksmappe/?$search=x`)).status).toBe(501);
  });
});

// ---------------------------------------------------------------- records

describe('journalpost', () => {
  it('numbers records in the case, with korrespondansepart, skjerming and eksternId', async () => {
    const c = await newCase('Barnehageplass');
    const template = await follow(c, 'sakarkiv/ny-journalpost/');
    expect(template).toMatchObject({
      journalposttype: { kode: 'I' },
      journalstatus: { kode: 'J' },
    });
    const jp = await newRecord(c);
    expect(jp).toMatchObject({
      registreringsID: '2026/1-1',
      journalaar: 2026,
      journalsekvensnummer: 1,
      journalpostnummer: 1,
      journalposttype: { kode: 'I', kodenavn: 'Inngående dokument' },
      journalstatus: { kode: 'S', kodenavn: 'Saksbehandler har registrert innkommet dokument' },
      skjerming: {
        tilgangsrestriksjon: { kode: '13', kodenavn: 'Taushetsplikt etter offentleglova § 13' },
        skjermingshjemmel: 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1',
        skjermingMetadata: [{ kode: 'TRO', kodenavn: expect.any(String) }],
      },
    });
    expect(link(jp, 'arkivstruktur/mappe/')).toBe(link(c, 'self'));
    const other = await newCase('Byggesak');
    expect((await newRecord(other, 'Nabovarsel'))['registreringsID']).toBe('2026/2-1');
    expect(await newRecord(c, 'Svar på søknad')).toMatchObject({
      registreringsID: '2026/1-2',
      journalsekvensnummer: 3,
    });

    const part = await post(jp, 'arkivstruktur/ny-korrespondansepartperson/', {
      korrespondanseparttype: { kode: 'EA' },
      navn: 'Ola Nordmann',
      kontaktinformasjon: { epostadresse: 'ola@example.no' },
    });
    expect(part.status).toBe(201);
    expect(part.body['korrespondanseparttype']).toEqual({ kode: 'EA', kodenavn: 'Avsender' });
    const unit = await post(jp, 'arkivstruktur/ny-korrespondansepartenhet/', {
      korrespondanseparttype: { kode: 'EM' },
      navn: 'Hå kommune',
      enhetsidentifikator: { organisasjonsnummer: '964969590' },
    });
    expect(unit.status).toBe(201);
    const parts = await follow(jp, 'arkivstruktur/korrespondansepart/');
    expect((parts['results'] as Json[]).map((p) => p['navn'])).toEqual([
      'Ola Nordmann',
      'Hå kommune',
    ]);

    const ext = await post(jp, 'arkivstruktur/ny-eksternId/', {
      eksternID: MSGID,
      eksternSystem: 'Arkivpost',
    });
    expect(ext.status).toBe(201);
    expect(link(ext.body, 'arkivstruktur/registrering/')).toBe(link(jp, 'self'));

    const folder = join(dir, 'saksmappe', '2026-1', 'journalpost-1');
    const onDisk = JSON.parse(readFileSync(join(folder, 'journalpost.json'), 'utf8'));
    expect(onDisk).toMatchObject({
      registreringsID: '2026/1-1',
      tittel: 'Søknad om barnehageplass for Ola',
    });
    expect(JSON.parse(readFileSync(join(folder, 'eksternId-1.json'), 'utf8'))['eksternID']).toBe(
      MSGID,
    );
    expect(existsSync(join(folder, 'korrespondansepart-2.json'))).toBe(true);
  });

  it('refuses a record without its type, a screened title without the public one, an unknown code', async () => {
    const c = await newCase('Barnehageplass');
    const ny = link(c, 'sakarkiv/ny-journalpost/');
    const noType = await json(ny, {
      method: 'POST',
      body: { ...incoming('X'), journalposttype: undefined },
    });
    expect(noType.status).toBe(400);
    expect(noType.body['feil']).toMatchObject({
      beskrivelse: expect.stringMatching(/journalposttype is required/),
    });
    const noPublic = await json(ny, {
      method: 'POST',
      body: { ...incoming('X'), offentligTittel: undefined },
    });
    expect(noPublic.body['feil']).toMatchObject({
      beskrivelse: expect.stringMatching(/offentligTittel/),
    });
    const badCode = await json(ny, {
      method: 'POST',
      body: { ...incoming('X'), journalposttype: { kode: 'E' } },
    });
    expect(badCode.status).toBe(400);
    const badName = await json(ny, {
      method: 'POST',
      body: { ...incoming('X'), journalposttype: { kode: 'U', kodenavn: 'Inngående dokument' } },
    });
    expect(badName.status).toBe(400);
    const noHjemmel = await json(ny, {
      method: 'POST',
      body: { ...incoming('X'), skjerming: { tilgangsrestriksjon: { kode: '13' } } },
    });
    expect(noHjemmel.body['feil']).toMatchObject({
      beskrivelse: expect.stringMatching(/skjermingshjemmel/),
    });
    expect((await follow(c, 'sakarkiv/journalpost/'))['count']).toBe(0);
  });

  it('is found again by its external id, so a second filing is not repeated', async () => {
    const c = await newCase('Barnehageplass');
    const jp = await newRecord(c);
    await post(jp, 'arkivstruktur/ny-eksternId/', { eksternID: MSGID, eksternSystem: 'Arkivpost' });
    await newRecord(c, 'Annen e-post');
    const root = (await json(server.url)).body;
    const records = link(await follow(root, 'sakarkiv/'), 'sakarkiv/journalpost/');
    const find = async (filter: string): Promise<Json[]> => {
      const r = await json(`${records}?$filter=${encodeURIComponent(filter)}`);
      expect(r.status).toBe(200);
      return (r.body['results'] as Json[] | undefined) ?? [];
    };
    const quoted = MSGID.replace(/'/g, "''");
    const hit = await find(`eksternId/eksternID eq '${quoted}'`);
    expect(hit.map((r) => r['registreringsID'])).toEqual(['2026/1-1']);
    expect(await find(`eksternId/any(e: e/eksternID eq '${quoted}')`)).toHaveLength(1);
    expect(await find(`eksternId/eksternID eq '<other@example.no>'`)).toHaveLength(0);
    expect(await find("korrespondansepart/navn eq 'Ingen'")).toHaveLength(0);
    expect(await find("journalposttype/kode eq 'I' and journalpostnummer eq 2")).toHaveLength(1);
  });
});

// ---------------------------------------------------------------- documents and files

describe('documents and files', () => {
  it('uploads the message in one piece, checks the checksum and keeps the bytes on disk', async () => {
    const jp = await newRecord(await newCase('Barnehageplass'));
    const template = await follow(jp, 'arkivstruktur/ny-dokumentbeskrivelse/');
    expect(template).toMatchObject({ tilknyttetRegistreringSom: { kode: 'H' }, dokumentnummer: 1 });
    const doc = await newDocument(jp, 'H', {
      eksternReferanse: MSGID,
      dokumentstatus: { kode: 'F' },
    });
    expect(doc).toMatchObject({ dokumentnummer: 1, tilknyttetAv: KARI });
    const obj = await newObject(doc, {
      filnavn: 'melding.eml',
      mimeType: 'message/rfc822',
      filstoerrelse: EML.length,
      sjekksum: sha256(EML),
      sjekksumAlgoritme: 'SHA-256',
    });
    expect(obj['referanseDokumentfil']).toBeUndefined();
    const upload = await json(link(obj, 'arkivstruktur/fil/'), {
      method: 'POST',
      body: EML,
      headers: { 'content-type': 'message/rfc822' },
    });
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({
      systemID: obj['systemID'],
      filnavn: 'melding.eml',
      filstoerrelse: EML.length,
      sjekksum: sha256(EML),
      sjekksumAlgoritme: 'SHA-256',
      format: { kode: 'fmt/950', kodenavn: 'Email RFC 2045 MIME message' },
      referanseDokumentfil: link(obj, 'arkivstruktur/fil/'),
    });
    expect(upload.res.headers.get('etag')).toBe('"1"');
    const onDisk = join(dir, 'saksmappe', '2026-1', 'journalpost-1', 'dokument-1', 'melding.eml');
    expect(readFileSync(onDisk)).toEqual(Buffer.from(EML));
    const back = await call(link(obj, 'arkivstruktur/fil/'), { headers: { accept: '*/*' } });
    expect(back.status).toBe(200);
    expect(back.headers.get('content-type')).toBe('message/rfc822');
    expect(Buffer.from(await back.arrayBuffer())).toEqual(Buffer.from(EML));
    const again = await json(link(obj, 'arkivstruktur/fil/'), {
      method: 'POST',
      body: EML,
      headers: { 'content-type': 'message/rfc822' },
    });
    expect(again.status).toBe(409);
    // found by its external reference too (the standard's own field)
    const root = (await json(server.url)).body;
    const docs = link(await follow(root, 'arkivstruktur/'), 'arkivstruktur/dokumentbeskrivelse/');
    const found = await json(
      `${docs}?$filter=${encodeURIComponent(`eksternReferanse eq '${MSGID}'`)}`,
    );
    expect(found.body['count']).toBe(1);
    const registrering = await follow(
      (found.body['results'] as Json[])[0] as Json,
      'arkivstruktur/registrering/',
    );
    expect((registrering['results'] as Json[])[0]?.['registreringsID']).toBe('2026/1-1');
  });

  it('refuses a file that does not match its dokumentobjekt and keeps nothing of it', async () => {
    const doc = await newDocument(await newRecord(await newCase('Sak')), 'H');
    const obj = await newObject(doc, {
      filnavn: 'melding.eml',
      sjekksum: sha256(new Uint8Array([1])),
    });
    const r = await json(link(obj, 'arkivstruktur/fil/'), {
      method: 'POST',
      body: EML,
      headers: { 'content-type': 'message/rfc822' },
    });
    expect(r.status).toBe(400);
    expect(r.body['feil']).toMatchObject({ beskrivelse: expect.stringMatching(/sjekksum/) });
    expect(
      existsSync(join(dir, 'saksmappe', '2026-1', 'journalpost-1', 'dokument-1', 'melding.eml')),
    ).toBe(false);
    expect((await json(link(obj, 'self'))).body['filstoerrelse']).toBeUndefined();
  });

  it('keeps one hoveddokument per record; attachments are vedlegg, uploaded from the description', async () => {
    const jp = await newRecord(await newCase('Sak'));
    await newDocument(jp, 'H');
    const twice = await post(jp, 'arkivstruktur/ny-dokumentbeskrivelse/', {
      tittel: 'Vedlegg',
      tilknyttetRegistreringSom: { kode: 'H' },
    });
    expect(twice.status).toBe(409);
    const vedlegg = await newDocument(jp, 'V', { tittel: 'Vedlegg: søknad.pdf' });
    expect(vedlegg['dokumentnummer']).toBe(2);
    const pdf = randomBytes(5000);
    const r = await json(link(vedlegg, 'arkivstruktur/fil/'), {
      method: 'POST',
      body: pdf,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': "attachment; filename*=UTF-8''s%C3%B8knad.pdf",
      },
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      filnavn: 'søknad.pdf',
      mimeType: 'application/pdf',
      versjonsnummer: 1,
      variantformat: { kode: 'P', kodenavn: 'Produksjonsformat' },
      format: { kode: 'av/0' },
      sjekksum: sha256(pdf),
    });
    expect(r.res.headers.get('location')).toBe(link(r.body, 'self'));
    const file = join(dir, 'saksmappe', '2026-1', 'journalpost-1', 'dokument-2', 'søknad.pdf');
    expect(readFileSync(file)).toEqual(pdf);
    expect((await follow(vedlegg, 'arkivstruktur/dokumentobjekt/'))['count']).toBe(1);
  });

  it('deletes what a failed filing left behind, but not a case with records', async () => {
    const { c, jp, doc, obj } = await fileMessage('Sak');
    const folder = join(dir, 'saksmappe', '2026-1', 'journalpost-1', 'dokument-1');
    expect(existsSync(join(folder, 'melding.eml'))).toBe(true);
    const keep = await call(link(c, 'self'), { method: 'DELETE' });
    expect(keep.status).toBe(409);
    const stale = await call(link(doc, 'self'), {
      method: 'DELETE',
      headers: { 'if-match': '"7"' },
    });
    expect(stale.status).toBe(409);
    expect((await call(link(doc, 'self'), { method: 'DELETE' })).status).toBe(204);
    expect(existsSync(folder)).toBe(false);
    expect((await json(link(obj, 'self'))).status).toBe(404);
    expect((await follow(jp, 'arkivstruktur/dokumentbeskrivelse/'))['count']).toBe(0);
    expect((await newDocument(jp, 'H'))['dokumentnummer']).toBe(1);
  });

  it('uploads a large file in chunks following Location, verified by SHA-256', async () => {
    const doc = await newDocument(await newRecord(await newCase('Sak')), 'H');
    const bytes = randomBytes(700 * 1024);
    const obj = await newObject(doc, {
      filnavn: 'stor.pdf',
      mimeType: 'application/pdf',
      filstoerrelse: bytes.length,
      sjekksum: sha256(bytes),
    });
    const fil = link(obj, 'arkivstruktur/fil/');
    const whole = await json(fil, {
      method: 'POST',
      body: bytes,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(whole.status).toBe(403);
    const begin = await call(fil, {
      method: 'POST',
      headers: {
        'content-length': '0',
        'x-upload-content-type': 'application/pdf',
        'x-upload-content-length': String(bytes.length),
      },
    });
    expect(begin.status).toBe(200);
    let location = begin.headers.get('location') as string;
    expect(location).toContain('referanseFil?ref=');
    const size = 256 * 1024;
    let last: Response | null = null;
    for (let lo = 0; lo < bytes.length; lo += size) {
      const hi = Math.min(lo + size, bytes.length) - 1;
      const put = (): Promise<Response> =>
        call(location, {
          method: 'PUT',
          body: bytes.subarray(lo, hi + 1),
          headers: {
            'content-type': 'application/pdf',
            'content-range': `${lo}-${hi}/${bytes.length}`,
          },
        });
      last = await put();
      if (hi < bytes.length - 1) {
        expect(last.status).toBe(200);
        expect(last.headers.get('range')).toBe(`0-${hi}`);
        if (lo === 0) {
          // The same chunk again (its answer was lost): nothing changes.
          const repeat = await put();
          expect([repeat.status, repeat.headers.get('range')]).toEqual([200, `0-${hi}`]);
        }
        location = last.headers.get('location') as string;
      }
    }
    const done = (await (last as Response).json()) as Json;
    expect((last as Response).status).toBe(201);
    expect(done).toMatchObject({ sjekksum: sha256(bytes), filstoerrelse: bytes.length });
    const file = join(dir, 'saksmappe', '2026-1', 'journalpost-1', 'dokument-1', 'stor.pdf');
    expect(readFileSync(file).equals(bytes)).toBe(true);
    const state = (await (await fetch(`${server.origin}/noark5v5/_emulator/state`)).json()) as {
      uploads: unknown[];
    };
    expect(state.uploads).toEqual([]);
  });

  it('answers 400 with the Range received for a chunk out of order, and 413 for one over the limit', async () => {
    const doc = await newDocument(await newRecord(await newCase('Sak')), 'H');
    const obj = await newObject(doc);
    const total = 500 * 1024;
    const begin = await call(link(obj, 'arkivstruktur/fil/'), {
      method: 'POST',
      headers: {
        'x-upload-content-type': 'application/pdf',
        'x-upload-content-length': String(total),
      },
    });
    const location = begin.headers.get('location') as string;
    const first = await call(location, {
      method: 'PUT',
      body: randomBytes(1000),
      headers: { 'content-type': 'application/pdf', 'content-range': `0-999/${total}` },
    });
    expect(first.status).toBe(200);
    const gap = await call(first.headers.get('location') as string, {
      method: 'PUT',
      body: randomBytes(1000),
      headers: { 'content-type': 'application/pdf', 'content-range': `5000-5999/${total}` },
    });
    expect(gap.status).toBe(400);
    expect(gap.headers.get('range')).toBe('0-999');
    const big = MAX_BODY + 1024;
    const tooBig = await call(first.headers.get('location') as string, {
      method: 'PUT',
      body: randomBytes(big),
      headers: { 'content-type': 'application/pdf', 'content-range': `1000-${999 + big}/${total}` },
    });
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toEqual({ feil: { kode: 413, beskrivelse: expect.any(String) } });
    const state = (await (await fetch(`${server.origin}/noark5v5/_emulator/state`)).json()) as {
      uploads: { received: number }[];
    };
    expect(state.uploads).toEqual([expect.objectContaining({ received: 1000, total })]);
  });
});

// ---------------------------------------------------------------- faults

describe('faults', () => {
  it('throttles with Retry-After and applies nothing; set over HTTP', async () => {
    const del = await arkivdel();
    const add = await fetch(`${server.origin}/noark5v5/_emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'throttle',
        retryAfter: 3,
        method: 'POST',
        path: '/ny-saksmappe',
      }),
    });
    expect(add.status).toBe(201);
    const r = await post(del, 'sakarkiv/ny-saksmappe/', { tittel: 'Sak' });
    expect(r.status).toBe(429);
    expect(r.res.headers.get('retry-after')).toBe('3');
    expect(r.body['feil']).toMatchObject({ kode: 429 });
    expect(existsSync(join(dir, 'saksmappe'))).toBe(false);
    const state = (await (await fetch(`${server.origin}/noark5v5/_emulator/state`)).json()) as {
      requests: { method: string; status: number; fault: string; applied: boolean }[];
    };
    expect(state.requests.at(-1)).toMatchObject({
      method: 'POST',
      status: 429,
      fault: 'throttle',
      applied: false,
    });
    expect((await newCase('Sak'))['mappeID']).toBe('2026/1');
    const claims = await fetch(`${server.origin}/noark5v5/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ kind: 'claims-challenge' }),
    });
    expect(claims.status).toBe(400);
  });

  it('drops the connection after applying: no answer, but the record is there', async () => {
    const c = await newCase('Sak');
    server.emulator.faults.add({
      kind: 'drop',
      when: 'after',
      method: 'POST',
      path: 'ny-journalpost',
    });
    await expect(
      call(link(c, 'sakarkiv/ny-journalpost/'), { method: 'POST', body: incoming('E-post') }),
    ).rejects.toThrow();
    const records = await follow(c, 'sakarkiv/journalpost/');
    expect(records['count']).toBe(1);
    expect(server.emulator.log.at(-2)).toMatchObject({
      status: 'dropped',
      fault: 'drop',
      applied: true,
    });
    server.emulator.faults.add({ kind: 'unavailable', retryAfter: 5, times: 2 });
    const down = await json(link(c, 'self'));
    expect([down.status, down.res.headers.get('retry-after')]).toEqual([503, '5']);
  });
});

// ---------------------------------------------------------------- restart and in-process

describe('the archive folder', () => {
  it('survives a restart: entities, ETags, numbering and files are read back', async () => {
    const { c, obj } = await fileMessage('Barnehageplass');
    const casePath = new URL(link(c, 'self')).pathname;
    const filePath = new URL(link(obj, 'arkivstruktur/fil/')).pathname;
    await server.close();
    await start();
    const back = await json(`${server.origin}${casePath}`);
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ mappeID: '2026/1', tittel: 'Barnehageplass' });
    const records = await follow(back.body, 'sakarkiv/journalpost/');
    expect((records['results'] as Json[])[0]).toMatchObject({ registreringsID: '2026/1-1' });
    const bytes = await call(`${server.origin}${filePath}`, { headers: { accept: '*/*' } });
    expect(Buffer.from(await bytes.arrayBuffer())).toEqual(Buffer.from(EML));
    expect((await newCase('Neste'))['mappeID']).toBe('2026/2');
    expect((await newRecord(back.body))['registreringsID']).toBe('2026/1-2');
  });

  it('is emptied by reset, and reachable without a network through fetch', async () => {
    await newCase('Sak');
    expect(existsSync(join(dir, 'saksmappe', '2026-1', 'saksmappe.json'))).toBe(true);
    const local = mkdtempSync(join(tmpdir(), 'noark-local-'));
    try {
      const emulator = createNoarkEmulator({ dir: local, now: () => NOW, maxBodyBytes: 1024 });
      const headers = { authorization: `Bearer ${noarkToken(KARI)}`, 'content-type': NOARK };
      const del = (await (
        await emulator.fetch('/noark5v5/api/arkivstruktur/arkivdel/', { headers })
      ).json()) as Json;
      const ny = link((del['results'] as Json[])[0] as Json, 'sakarkiv/ny-saksmappe/');
      const made = await emulator.fetch(ny, {
        method: 'POST',
        headers,
        body: JSON.stringify({ tittel: 'Lokal' }),
      });
      expect(made.status).toBe(201);
      const c = (await made.json()) as Json;
      const jp = (await (
        await emulator.fetch(link(c, 'sakarkiv/ny-journalpost/'), {
          method: 'POST',
          headers,
          body: JSON.stringify(incoming('Lokal e-post')),
        })
      ).json()) as Json;
      const doc = (await (
        await emulator.fetch(link(jp, 'arkivstruktur/ny-dokumentbeskrivelse/'), {
          method: 'POST',
          headers,
          body: JSON.stringify({ tittel: 'E-post', tilknyttetRegistreringSom: { kode: 'H' } }),
        })
      ).json()) as Json;
      const tooBig = await emulator.fetch(link(doc, 'arkivstruktur/fil/'), {
        method: 'POST',
        headers: { ...headers, 'content-type': 'message/rfc822' },
        body: new Uint8Array(2048),
      });
      expect(tooBig.status).toBe(403);
      const upload = await emulator.fetch(link(doc, 'arkivstruktur/fil/'), {
        method: 'POST',
        headers: { ...headers, 'content-type': 'message/rfc822' },
        body: EML,
      });
      expect(upload.status).toBe(201);
      expect(((await upload.json()) as Json)['sjekksum']).toBe(sha256(EML));
      expect(
        readFileSync(join(local, 'saksmappe', '2026-1', 'journalpost-1', 'dokument-1', 'dokument')),
      ).toEqual(Buffer.from(EML));
      emulator.reset();
      expect(existsSync(join(local, 'saksmappe'))).toBe(false);
      expect(emulator.store.all('arkivdel')).toHaveLength(1);
    } finally {
      rmSync(local, { recursive: true, force: true });
    }
    server.emulator.reset();
    expect(existsSync(join(dir, 'saksmappe'))).toBe(false);
  });
});
