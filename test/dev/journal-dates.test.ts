/**
 * The journal by period, as the log review reads it: Noark 5 journalposts
 * whose journaldato lies in a period (a date without a time is the whole
 * day in Oslo) or that carry a Message-ID as eksternId, written by the
 * sample's record seeder and found by the real connector; and SharePoint
 * list items by a date column, which needs the Prefer header Graph asks for
 * on columns that are not indexed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph';
import { drivesOf } from '../../dev/graph/drive-store';
import {
  JournalSeeder,
  addJournalRecord,
  createNoarkEmulator,
  externalIds,
  noarkToken,
} from '../../dev/noark';
import type { NoarkEmulator } from '../../dev/noark';
import { createNoark5Connector } from '../../src/services/archive';

const KARI = 'kari.nordmann@ha.kommune.no';
const NOW = new Date('2026-04-10T08:00:00Z');

let dir: string;
let noark: NoarkEmulator;

function record(id: string, journaldato: string, caseTitle = 'Byggesak Nærbø') {
  return {
    caseTitle,
    tittel: `Spørsmål ${id}`,
    journaldato,
    journalposttype: 'I' as const,
    eksternID: `<${id}@innbygger.example>`,
    correspondent: { name: 'Ola Innbygger', address: 'ola@innbygger.example' },
    eml: `Message-ID: <${id}@innbygger.example>\r\nSubject: Spørsmål ${id}\r\n\r\nHei\r\n`,
    by: KARI,
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'noark-dates-'));
  noark = createNoarkEmulator({ dir, now: () => NOW });
});
afterEach(() => {
  noark.close();
  rmSync(dir, { recursive: true, force: true });
});

async function journal(filter: string): Promise<string[]> {
  const r = await noark.fetch(
    `/noark5v5/api/sakarkiv/journalpost/?$filter=${encodeURIComponent(filter)}`,
    { headers: { authorization: `Bearer ${noarkToken(KARI)}` } },
  );
  const body = (await r.json()) as { results?: { tittel: string }[]; feil?: unknown };
  if (r.status !== 200) throw new Error(`${r.status} ${JSON.stringify(body)}`);
  return (body.results ?? []).map((j) => j.tittel).sort();
}

describe('Noark 5 journal by period', () => {
  beforeEach(() => {
    const seeder = new JournalSeeder(noark.store);
    // 1 March 00:30 in Oslo is still 28 February in UTC; 31 March 23:30 in Oslo (summer time) is 21:30 UTC.
    seeder.add(record('feb', '2026-02-27T10:00:00Z'));
    seeder.add(record('mar1', '2026-02-28T23:30:00Z'));
    seeder.add(record('mid', '2026-03-16T09:00:00Z', 'Skuleskyss'));
    seeder.add(record('mar31', '2026-03-31T21:30:00Z'));
    seeder.add(record('apr1', '2026-03-31T22:30:00Z'));
  });

  it('takes a date without a time as the whole day in Oslo', async () => {
    expect(await journal('journaldato ge 2026-03-01 and journaldato le 2026-03-31')).toEqual([
      'Spørsmål mar1',
      'Spørsmål mar31',
      'Spørsmål mid',
    ]);
    expect(await journal('journaldato eq 2026-03-16')).toEqual(['Spørsmål mid']);
    expect(await journal('journaldato gt 2026-03-31')).toEqual(['Spørsmål apr1']);
    expect(await journal('journaldato lt 2026-03-01')).toEqual(['Spørsmål feb']);
    // With a time, an instant as before.
    expect(await journal('journaldato ge 2026-03-31T22:00:00Z')).toEqual(['Spørsmål apr1']);
  });

  it('finds by the created date and by eksternId, with the period', async () => {
    expect(await journal('opprettetDato ge 2026-03-16 and opprettetDato le 2026-03-16')).toEqual([
      'Spørsmål mid',
    ]);
    expect(
      await journal(
        "eksternId/eksternID eq '<mid@innbygger.example>' and journaldato ge 2026-03-01",
      ),
    ).toEqual(['Spørsmål mid']);
    expect(
      await journal(
        "eksternId/eksternID eq '<mid@innbygger.example>' and journaldato ge 2026-03-17",
      ),
    ).toEqual([]);
  });

  it('numbers the records by year and case, and the connector finds each whole', async () => {
    const ids = noark.store
      .all('journalpost')
      .map((j) => j.fields['registreringsID'])
      .sort();
    expect(ids).toEqual(['2026/1-1', '2026/1-2', '2026/1-3', '2026/1-4', '2026/2-1']);
    const connector = createNoark5Connector({
      baseUrl: 'http://arkiv.test/noark5v5/',
      token: async () => `test:${KARI}`,
      fetch: (input, init) => noark.fetch(String(input).replace('http://arkiv.test', ''), init),
      sleep: async () => undefined,
      clock: { now: () => NOW },
    });
    const found = await connector.findFiled('<mid@innbygger.example>');
    expect(found?.reference).toBe('2026/2-1');
    expect(await connector.findFiled('<never@innbygger.example>')).toBeNull();
  });

  it('does not write a record twice, also after a restart', () => {
    expect(addJournalRecord(noark.store, record('mid', '2026-03-16T09:00:00Z'))).toBeNull();
    noark.close();
    noark = createNoarkEmulator({ dir, now: () => NOW });
    expect(noark.store.all('journalpost')).toHaveLength(5);
    expect(addJournalRecord(noark.store, record('mar31', '2026-03-31T21:30:00Z'))).toBeNull();
    expect(addJournalRecord(noark.store, record('new', '2026-04-02T09:00:00Z'))).toBe('2026/1-5');
    expect(noark.store.all('journalpost')).toHaveLength(6);
    expect(externalIds(noark.store).has('<new@innbygger.example>')).toBe(true);
    // A case and record number asked for are kept; a taken record number gives the next.
    const seeder = new JournalSeeder(noark.store);
    expect(
      seeder.add({ ...record('n1', '2026-04-03T09:00:00Z'), caseNumber: 40, recordNumber: 7 }),
    ).toBe('2026/40-7');
    expect(
      seeder.add({ ...record('n2', '2026-04-03T09:00:00Z'), caseNumber: 40, recordNumber: 7 }),
    ).toBe('2026/40-8');
  });
});

describe('SharePoint list items by date', () => {
  let graph: GraphEmulator;
  const MARIA = 'maria.karlsson@mellerud.se';
  const SITE = '/graph/v1.0/sites/mellerud.sharepoint.com:/sites/diarium';

  beforeEach(async () => {
    graph = await createGraphEmulator({ now: () => NOW });
    const drives = drivesOf(graph.store);
    for (const [n, day] of [
      [8, '2026-03-03'],
      [9, '2026-03-20'],
      [10, '2026-04-02'],
    ] as const) {
      const folder = `2026-${n} Ärende ${n}`;
      const at = `${day}T09:00:00Z`;
      expect(
        drives.seedItem('mellerud.sharepoint.com', '/sites/diarium', 'Ärenden', {
          path: folder,
          kind: 'folder',
          created: at,
          createdBy: MARIA,
          fields: { Title: `Ärende ${n}`, ArkivpostCaseNumber: `2026/${n}` },
        }),
      ).toBe(true);
      drives.seedItem('mellerud.sharepoint.com', '/sites/diarium', 'Ärenden', {
        path: `${folder}/2026-${n}-1 Fråga.eml`,
        kind: 'file',
        content: 'Subject: Fråga\r\n\r\nHej\r\n',
        mimeType: 'message/rfc822',
        created: at,
        createdBy: MARIA,
        fields: {
          Title: 'Fråga',
          ArkivpostDocumentNumber: `2026/${n}-1`,
          ArkivpostReceived: at,
          ArkivpostMessageId: `<fraga${n}@example.se>`,
          ArkivpostAttachments: 0,
        },
      });
    }
    // The same path again is not added twice.
    expect(
      drives.seedItem('mellerud.sharepoint.com', '/sites/diarium', 'Ärenden', {
        path: '2026-8 Ärende 8',
        kind: 'folder',
        created: '2026-03-03T09:00:00Z',
        createdBy: MARIA,
      }),
    ).toBe(false);
  });
  afterEach(() => graph.close());

  async function items(
    filter: string,
    prefer = true,
  ): Promise<{ status: number; titles: string[]; code?: string }> {
    const r = await graph.fetch(
      `${SITE}:/lists/${encodeURIComponent('Ärenden')}/items?$expand=fields&$filter=${encodeURIComponent(filter)}`,
      {
        headers: {
          authorization: `Bearer ${testToken(MARIA)}`,
          ...(prefer ? { prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } : {}),
        },
      },
    );
    const body = (await r.json()) as {
      value?: { fields: { Title: string } }[];
      error?: { code: string };
    };
    return {
      status: r.status,
      titles: (body.value ?? []).map((v) => v.fields.Title).sort(),
      ...(body.error ? { code: body.error.code } : {}),
    };
  }

  it('filters on Created in a period, quoted as SharePoint writes it, only with the Prefer header', async () => {
    const march = "fields/Created ge '2026-03-01T00:00:00Z' and fields/Created lt '2026-04-01'";
    expect(await items(march, false)).toMatchObject({ status: 400, code: 'invalidRequest' });
    const r = await items(march);
    expect(r.status).toBe(200);
    expect(r.titles).toEqual(['Fråga', 'Fråga', 'Ärende 8', 'Ärende 9']);
    expect((await items("fields/Created ge 'yesterday'")).status).toBe(400);
  });

  it('filters on the Message-ID column and the received date together', async () => {
    const hit = await items(
      "fields/ArkivpostMessageId eq '<fraga9@example.se>' and fields/ArkivpostReceived ge 2026-03-01T00:00:00Z",
    );
    expect(hit).toMatchObject({ status: 200, titles: ['Fråga'] });
    const miss = await items(
      "fields/ArkivpostMessageId eq '<fraga9@example.se>' and fields/ArkivpostReceived ge '2026-03-21'",
    );
    expect(miss).toMatchObject({ status: 200, titles: [] });
  });
});
