/**
 * `arkivpost oversight …` through the command line's `run()`, against the
 * Graph and Noark 5 emulators on local ports, signed in with their test
 * tokens (`--graph`, `--noark`): the exact `--json` shapes, the tables in
 * the user's language, the CSV, the digest (once per supervisor, HTML
 * escaped), and bad input with localized errors.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGraphEmulator } from '../../dev/graph';
import type { RunningGraphEmulator } from '../../dev/graph';
import { startNoarkEmulator } from '../../dev/noark';
import {
  ABSENT_MEMBER,
  CALENDAR_ABSENT_MEMBER,
  sampleTraffic,
  seedSample,
} from '../../dev/sample/traffic';
import type { RunningNoarkEmulator } from '../../dev/noark';
import { run } from '../../src/cli/main';
import type { Io } from '../../src/cli/main';
import type { Clock } from '../../src/core/model';
import type { ArchiveDocument } from '../../src/core/ports';
import { toExtendedProperties } from '../../src/core/state';
import type { ItemState, Person } from '../../src/core/state';
import { createNoark5Connector } from '../../src/services/archive';
import { memoryDocument } from '../../src/services/filing-request';

jest.setTimeout(120_000);

const NOW = new Date('2026-03-31T12:00:00Z');
const clock: Clock = { now: () => NOW };
const POST = 'post@ha.kommune.no';
const KARI: Person = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const PER: Person = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };
const PROFILE = join(__dirname, '..', '..', 'profiles', 'ha-kommune.json');
const N = 40;
const STATES: readonly ItemState[] = [
  { status: 'new' },
  { status: 'in-progress', assignee: PER, due: '2026-03-20' },
  { status: 'done', assignee: KARI, due: '2026-03-30' },
  { status: 'archived', archiveRef: '2026/7-1' },
  { status: 'new', class: { value: 'ephemeral', confirmed: true } },
];

let graph: RunningGraphEmulator;
let noark: RunningNoarkEmulator;
let dir: string;

async function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readStdin: async () => new Uint8Array(0),
    env,
    clock,
  };
  const code = await run(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const at = (): string[] => ['--graph', graph.url, '--noark', noark.url];

function eml(text: string): ArchiveDocument {
  return memoryDocument('brev.eml', 'message/rfc822', 'main', new TextEncoder().encode(text));
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'arkivpost-cli-oversight-'));
  noark = await startNoarkEmulator({ dir, now: () => NOW });
  graph = await startGraphEmulator({ now: () => NOW });
  const store = graph.emulator.store;
  const mb = store.mailbox(POST)!;
  for (const m of [...mb.messages.values()]) mb.messages.delete(m.id);
  for (let i = 0; i < N; i++) {
    store.addMessage(mb, {
      folder: 'inbox',
      subject: i === 1 ? '<img src=x onerror=alert(1)> & "svar"' : `Søknad ${i}`,
      text: 'Hei',
      from: { name: `Innbyggar ${i}`, address: `ola${i}@trace.example` },
      toRecipients: [{ name: 'Post', address: POST }],
      receivedDateTime: Date.parse('2026-03-02T08:00:00Z') + i * 16 * 3_600_000,
      internetMessageId: `<in${i}@trace.example>`,
      extended: toExtendedProperties(STATES[i % STATES.length] as ItemState),
    });
  }
  const connector = createNoark5Connector({
    baseUrl: noark.url,
    token: async () => 'test:registrator',
    fetch: (input, init) => fetch(input, init),
    sleep: async () => undefined,
    clock,
  });
  const filed = await connector.file({
    messageId: '<in0@trace.example>',
    case: { kind: 'new', title: 'Søknad 0' },
    documentType: 'I',
    title: 'Søknad 0',
    parties: [{ name: 'Ola', address: 'ola0@trace.example', role: 'sender' }],
    documents: [eml('Subject: Søknad 0\r\n\r\nHei')],
    date: NOW.toISOString(),
  });
  expect(filed.kind).toBe('filed');
});

afterEach(async () => {
  await graph.close();
  await noark.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('arkivpost oversight overview', () => {
  it('--json prints exactly the counts per mailbox', async () => {
    const r = await cli([
      'oversight',
      'overview',
      '--profile',
      PROFILE,
      '--mailbox',
      POST,
      '--json',
      ...at(),
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      mailboxes: [
        {
          address: POST,
          unassigned: 16,
          notStarted: 16,
          overdue: 8,
          notArchived: 0,
          awaitingRegistration: 0,
          onHold: 0,
          disposable: 8,
        },
      ],
    });
    expect(r.err).toBe('');
  });

  it('prints a table in the user’s language and says which mailboxes could not be read', async () => {
    const r = await cli(['oversight', 'overview', '--profile', PROFILE, '--lang', 'nn', ...at()]);
    expect(r.code).toBe(0);
    const [head, row] = r.out.split('\n');
    expect(head).toMatch(/^Postkasse\s+Ikkje tildelt\s+Ikkje påbyrja\s+Forfalne/);
    expect(row).toMatch(/^post@ha\.kommune\.no\s+16\s+16\s+8\s+0\s+0\s+0\s+8$/);
    // The profile's other function mailboxes do not exist in the emulator.
    expect(r.err).toContain(
      'teknisk@ha.kommune.no kunne ikkje lesast: Postkassa finst ikkje i Microsoft 365.',
    );
  });

  it('--digest mails the supervisor once per run, in the profile’s language, with the HTML escaped', async () => {
    const inbox = () =>
      [...graph.emulator.store.mailbox(KARI.address)!.messages.values()].filter((m) =>
        m.subject.startsWith('Tilsyn'),
      );
    const r = await cli([
      'oversight',
      'overview',
      '--profile',
      PROFILE,
      '--mailbox',
      POST,
      '--digest',
      '--lang',
      'en',
      ...at(),
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'The oversight digest was sent from post@ha.kommune.no to kari.nordmann@ha.kommune.no.',
    );
    const got = inbox();
    expect(got).toHaveLength(1);
    const mail = got[0]!;
    // The profile's language (nn), not the administrator's.
    expect(mail.subject).toMatch(
      /^Tilsyn 31\. ?mars 2026: 8 forfalne, 16 ikkje tildelte$|^Tilsyn 31\.03\.2026: 8 forfalne, 16 ikkje tildelte$/,
    );
    expect(mail.from?.address).toBe(POST);
    const html = mail.html ?? '';
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;svar&quot;');
    expect(html).not.toContain('<img');
    const text = new TextDecoder().decode(mail.attachments[0]!.bytes);
    expect(mail.attachments[0]?.name).toBe('tilsyn-2026-03-31.txt');
    expect(text).toContain('<img src=x onerror=alert(1)> & "svar"');
    expect(text).toContain('Forfalne');
    await cli([
      'oversight',
      'overview',
      '--profile',
      PROFILE,
      '--mailbox',
      POST,
      '--digest',
      ...at(),
    ]);
    expect(inbox()).toHaveLength(2);
  });

  it('fails with exit 3 when no mailbox could be read', async () => {
    const r = await cli([
      'oversight',
      'overview',
      '--profile',
      PROFILE,
      '--mailbox',
      'teknisk@ha.kommune.no',
      '--lang',
      'sv',
      ...at(),
    ]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(
      'teknisk@ha.kommune.no kunde inte läsas: Brevlådan finns inte i Microsoft 365.',
    );
    expect(r.err).toContain('Ingen av brevlådorna kunde läsas.');
    expect(r.out).toContain('Brevlåda');
  });
});

describe('arkivpost oversight log-review', () => {
  const march = ['--from', '2026-03-01', '--to', '2026-03-31'];

  it('--json prints the review of the message trace against the journal', async () => {
    const r = await cli([
      'oversight',
      'log-review',
      '--profile',
      PROFILE,
      '--mailbox',
      POST,
      ...march,
      '--json',
      ...at(),
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, unknown> & {
      neverRegistered: Array<Record<string, unknown>>;
    };
    expect(Object.keys(j)).toEqual(['source', 'rows', 'neverRegistered', 'subjectHygiene']);
    expect(j['source']).toBe('message-trace');
    expect(j['rows']).toBe(N);
    // Not registered: every letter but the filed one (0), the archived ones (3, 8, …) and the ephemeral ones.
    const expected = Array.from({ length: N }, (_, i) => i)
      .filter((i) => i !== 0 && i % 5 !== 3 && i % 5 !== 4)
      .map((i) => `<in${i}@trace.example>`)
      .sort();
    expect(j.neverRegistered.map((x) => x['messageId']).sort()).toEqual(expected);
    expect(Object.keys(j.neverRegistered[0]!)).toEqual([
      'messageId',
      'from',
      'to',
      'time',
      'subject',
    ]);
  });

  it('--csv writes the export with the headings in the user’s language', async () => {
    const file = join(dir, 'logg.csv');
    const r = await cli([
      'oversight',
      'log-review',
      '--profile',
      PROFILE,
      ...march,
      '--csv',
      file,
      '--lang',
      'sv',
      ...at(),
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Källa: meddelandespårningen i Exchange.');
    expect(r.out).toContain(`Skrev ${file}.`);
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFFTid;Från;Till;Ämne;Message-ID;Status;Referens\r\n')).toBe(true);
    expect(csv.split('\r\n').filter((l) => l.includes(';Ej diarieförd;'))).toHaveLength(23);
  });

  it('says the folders were read, and why, when the period is older than the trace reaches', async () => {
    const r = await cli([
      'oversight',
      'log-review',
      '--profile',
      PROFILE,
      '--from',
      '2025-12-01',
      '--to',
      '2025-12-31',
      '--lang',
      'nb',
      ...at(),
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Kilde: postkassens egne mapper');
    expect(r.out).toContain('Meldingssporingen når bare 90 dager tilbake.');
  });
});

describe('arkivpost oversight absence', () => {
  it('--json prints the mailboxes without an auto-reply and the away members with their open items', async () => {
    const store = graph.emulator.store;
    store.setAutoReply(store.mailbox(PER.address)!, {
      status: 'alwaysEnabled',
      internalReplyMessage: 'Ferie.',
    });
    const r = await cli([
      'oversight',
      'absence',
      '--profile',
      PROFILE,
      '--mailbox',
      POST,
      '--json',
      ...at(),
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      mailboxesWithoutAutoReply: [POST],
      absentMembers: [{ address: PER.address, assignedOpen: 8 }],
    });
    const human = await cli([
      'oversight',
      'absence',
      '--profile',
      PROFILE,
      '--mailbox',
      POST,
      '--lang',
      'nb',
      ...at(),
    ]);
    expect(human.out).toContain('Funksjonspostkasser uten autosvar: post@ha.kommune.no');
    expect(human.out).toContain(
      'Per Hansen <per.hansen@ha.kommune.no> (autosvar på): 8 åpne meldinger',
    );
  });
});

describe('bad input, said in the user’s language', () => {
  const base = ['oversight', 'log-review', '--profile', PROFILE];

  it.each([
    [
      ['--mailbox', 'ukjent@ha.kommune.no', '--from', '2026-03-01', '--to', '2026-03-31'],
      'nb',
      'Postkassen «ukjent@ha.kommune.no» står ikke i profilen',
    ],
    [
      ['--from', '2026-03-31', '--to', '2026-03-01'],
      'nn',
      '--from (2026-03-31) kjem etter --to (2026-03-01).',
    ],
    [
      ['--from', '2026-01-01', '--to', '2026-06-30'],
      'sv',
      'Perioden är 181 dagar. Loggen granskas för högst 92 dagar i taget.',
    ],
    [
      ['--from', '1. mars', '--to', '2026-03-31'],
      'en',
      'Cannot read the date “1. mars” in --from.',
    ],
    [['--from', '2026-03-01'], 'en', 'give both --from DATE and --to DATE'],
    [
      ['--from', '2026-03-01', '--to', '2026-03-31', '--digest'],
      'nb',
      'Valget --digest gjelder ikke «oversight log-review».',
    ],
    [
      ['--from', '2026-03-01', '--to', '2026-03-31', '--graph', 'ftp://x'],
      'nn',
      '«ftp://x» i --graph er ikkje ei http- eller https-adresse.',
    ],
  ])('%j (%s)', async (args, lang, message) => {
    const r = await cli([...base, ...args, '--lang', lang]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(graph.emulator.log).toHaveLength(0);
  });

  it('an unknown --lang is refused, in the environment’s language', async () => {
    const r = await cli([...base, '--lang', 'de', '--from', '2026-03-01', '--to', '2026-03-31']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Unknown language “de”');
    const nb = await cli([...base, '--lang', 'de'], { LANG: 'nb_NO.UTF-8' });
    expect(nb.code).toBe(2);
    expect(nb.err).toContain('Ukjent språk «de». Bruk nb, nn, sv eller en.');
  });

  it('an unknown oversight command is refused', async () => {
    const r = await cli(['oversight', 'tilsyn', '--profile', PROFILE, '--lang', 'nb']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Ukjent oversight-kommando «tilsyn»');
  });

  it('without --graph, the application’s credentials must be in the environment', async () => {
    const r = await cli(['oversight', 'overview', '--profile', PROFILE, '--lang', 'en'], {
      ARKIVPOST_TENANT_ID: '11111111-2222-3333-4444-555555555555',
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'set ARKIVPOST_CLIENT_ID, ARKIVPOST_CLIENT_SECRET | ARKIVPOST_CLIENT_CERT + ARKIVPOST_CLIENT_KEY',
    );
  });
});

describe('against the seeded sample traffic', () => {
  it('March’s never-registered rows are exactly the sample’s unregistered external mail; the away member is found', async () => {
    const now = new Date('2026-04-15T10:00:00Z');
    const sampleDir = mkdtempSync(join(tmpdir(), 'arkivpost-cli-sample-'));
    const g = await startGraphEmulator({ now: () => now });
    const n = await startNoarkEmulator({ dir: sampleDir, now: () => now });
    try {
      seedSample(g.emulator, n.emulator, { now });
      const io = (out: string[]): Io => ({
        stdout: (s) => out.push(s),
        stderr: () => undefined,
        readStdin: async () => new Uint8Array(0),
        env: {},
        clock: { now: () => now },
      });
      const where = ['--graph', g.url, '--noark', n.url];
      const out: string[] = [];
      const code = await run(
        [
          'oversight',
          'log-review',
          '--profile',
          PROFILE,
          '--from',
          '2026-03-01',
          '--to',
          '2026-03-31',
          '--json',
          ...where,
        ],
        io(out),
      );
      expect(code).toBe(0);
      const j = JSON.parse(out.join('\n')) as {
        source: string;
        neverRegistered: { messageId: string }[];
      };
      expect(j.source).toBe('message-trace');
      const traffic = sampleTraffic({ now }).filter((m) => {
        const t = Date.parse(m.received);
        return (
          m.mailbox === POST &&
          t >= Date.parse('2026-02-28T23:00:00Z') &&
          t < Date.parse('2026-03-31T22:00:00Z')
        );
      });
      const ids = new Set(traffic.map((m) => m.internetMessageId));
      const expected = traffic
        .filter((m) => m.external && m.registered === null && m.hint === undefined)
        .map((m) => m.internetMessageId)
        .sort();
      expect(expected.length).toBeGreaterThan(5);
      expect(
        j.neverRegistered
          .map((r) => r.messageId)
          .filter((id) => ids.has(id))
          .sort(),
      ).toEqual(expected);
      // Vara files through the registry mailbox: the forwards in the forwarders' Sent Items.
      const vara: string[] = [];
      expect(
        await run(
          [
            'oversight',
            'log-review',
            '--profile',
            join(__dirname, '..', '..', 'profiles', 'vara-kommun.json'),
            '--from',
            '2026-03-01',
            '--to',
            '2026-03-31',
            '--json',
            ...where,
          ],
          io(vara),
        ),
      ).toBe(0);
      const varaTraffic = sampleTraffic({ now }).filter((m) => {
        const t = Date.parse(m.received);
        return (
          m.mailbox === 'vara.kommun@vara.se' &&
          t >= Date.parse('2026-02-28T23:00:00Z') &&
          t < Date.parse('2026-03-31T22:00:00Z')
        );
      });
      const varaIds = new Set(varaTraffic.map((m) => m.internetMessageId));
      const varaJson = JSON.parse(vara.join('\n')) as { neverRegistered: { messageId: string }[] };
      expect(
        varaJson.neverRegistered
          .map((r) => r.messageId)
          .filter((id) => varaIds.has(id))
          .sort(),
      ).toEqual(
        varaTraffic
          .filter((m) => m.external && m.registered === null && m.hint === undefined)
          .map((m) => m.internetMessageId)
          .sort(),
      );
      const absence: string[] = [];
      await run(
        ['oversight', 'absence', '--profile', PROFILE, '--mailbox', POST, '--json', ...where],
        io(absence),
      );
      const a = JSON.parse(absence.join('\n')) as {
        absentMembers: { address: string; assignedOpen: number }[];
      };
      expect(a.absentMembers.map((m) => m.address)).toEqual([ABSENT_MEMBER]);
      expect(a.absentMembers[0]!.assignedOpen).toBeGreaterThan(0);
      // Vara: Lars Svensson is away by his calendar only.
      const varaAbsence: string[] = [];
      await run(
        [
          'oversight',
          'absence',
          '--profile',
          join(__dirname, '..', '..', 'profiles', 'vara-kommun.json'),
          '--mailbox',
          'vara.kommun@vara.se',
          '--lang',
          'sv',
          ...where,
        ],
        io(varaAbsence),
      );
      expect(varaAbsence.join('\n')).toContain(
        `Lars Svensson <${CALENDAR_ABSENT_MEMBER}> (frånvarande enligt kalendern i dag)`,
      );
    } finally {
      await g.close();
      await n.close();
      rmSync(sampleDir, { recursive: true, force: true });
    }
  });
});
