import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { SEND_BUDGET_MS } from '../../src/core/compose/limits';
import type { Io } from '../../src/cli/main';
import { basePdf, signedPdf } from '../support/pdf-builder';

const ROOT = join(__dirname, '..', '..');
const MESSAGES = join(ROOT, 'test', 'fixtures', 'messages');
const PROFILES = join(ROOT, 'profiles');

async function cli(
  args: string[],
  stdin = '',
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readStdin: async () => new TextEncoder().encode(stdin),
    clock: { now: () => new Date() },
    env: {},
  };
  const code = await run(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('arkivpost scan', () => {
  it('reports findings as JSON with categories and offsets', async () => {
    const text =
      'Gjeld Ola, fnr 130972 48022, som er innlagt på psykiatrisk. Unntatt offentlighet.';
    const r = await cli(['scan', '-', '--json'], text);
    expect(r.code).toBe(0);
    const { findings } = JSON.parse(r.out) as { findings: Array<Record<string, unknown>> };
    const fnr = findings.find((f) => f['code'] === 'national-id.no.fnr');
    expect(fnr).toMatchObject({ category: 'national-id', text: '130972 48022' });
    expect(text.slice(Number(fnr?.['start']), Number(fnr?.['end']))).toBe('130972 48022');
    expect(findings.map((f) => f['category'])).toEqual(
      expect.arrayContaining(['national-id', 'special-category', 'confidentiality']),
    );
    for (const f of findings)
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(['code', 'category', 'severity', 'start', 'end', 'text']),
      );
  });

  it('speaks the chosen language', async () => {
    const r = await cli(['scan', '-', '--lang', 'sv'], 'Inget här.');
    expect(r.out).toBe('Inga fynd.');
  });
});

describe('arkivpost classify and check', () => {
  it('classifies a citizen application with reasons and due date', async () => {
    const r = await cli([
      'classify',
      join(MESSAGES, 'nn-soknad-citizen.eml'),
      '--profile',
      join(PROFILES, 'ha-kommune.json'),
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ class: 'archive-worthy', due: '2026-03-31' });
  });

  it('blocks a message with a fødselsnummer in the subject, in nynorsk', async () => {
    const r = await cli([
      'check',
      join(MESSAGES, 'nn-fnr-in-subject.eml'),
      '--profile',
      join(PROFILES, 'ha-kommune.json'),
      '--from',
      'post@ha.kommune.no',
      '--json',
      '--lang',
      'nn',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { decision: string; message: string; findings: unknown[] };
    expect(out.decision).toBe('block');
    expect(out.message).toContain('Emnefeltet inneheld eit fødselsnummer');
    expect(out.message.length).toBeLessThanOrEqual(500);
  });

  it('names the function mailbox when the same message leaves from a personal mailbox', async () => {
    const r = await cli([
      'check',
      join(MESSAGES, 'nn-fnr-in-subject.eml'),
      '--profile',
      join(PROFILES, 'ha-kommune.json'),
      '--json',
    ]);
    const out = JSON.parse(r.out) as {
      findings: Array<{ code: string; params?: Record<string, string> }>;
    };
    expect(out.findings.find((f) => f.code === 'mailbox.personal')?.params?.['mailbox']).toBe(
      'post@ha.kommune.no',
    );
  });
});

describe('arkivpost deadline', () => {
  it.each([
    [['2026-04-03', '--country', 'NO'], '2026-04-08'],
    [['2026-04-03T10:00', '--country', 'SE', '--days', '1'], '2026-04-07'],
    [['2026-12-23T16:00+01:00', '--country', 'SE'], '2026-12-29'],
    [['2026-05-15T23:30', '--country', 'NO', '--days', '2'], '2026-05-19'],
  ])('%j is due %s', async (args, due) => {
    const r = await cli(['deadline', ...args, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ due });
  });

  it.each([
    ['nb', 'Svarfrist: 08.04.2026'],
    ['nn', 'Svarfrist: 08.04.2026'],
    ['sv', 'Svara senast: 2026-04-08'],
    ['en', 'Answer by: 8 April 2026'],
  ])('says the answer-by date as %s writes dates (the JSON keeps ISO)', async (lang, line) => {
    const r = await cli(['deadline', '2026-04-03', '--country', 'NO', '--lang', lang]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(line);
  });
});

describe('arkivpost profile validate', () => {
  it('accepts the example profiles', async () => {
    for (const p of ['ha-kommune', 'vara-kommun', 'melleruds-kommun', 'kommune-nb']) {
      const r = await cli(['profile', 'validate', join(PROFILES, `${p}.json`)]);
      expect(r.code).toBe(0);
    }
  });

  it('lists every error with its path, exit 1', async () => {
    const broken = join(ROOT, 'test', 'fixtures', 'profiles', 'broken.json');
    const r = await cli(['profile', 'validate', broken, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out) as {
      valid: boolean;
      errors: Array<{ path: string; message: string }>;
    };
    expect(out.valid).toBe(false);
    expect(out.errors.length).toBeGreaterThanOrEqual(3);
    expect(out.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['country', 'mailboxes[0].address']),
    );
  });
});

describe('bad usage and unreadable input exit 2 with a clear message', () => {
  it.each([
    [['frobnicate'], 'Unknown command'],
    [['scan', '--colour'], 'Unknown option'],
    [['deadline', '2026-02-30', '--country', 'NO'], 'Cannot read the time'],
    [['deadline', '2026-02-03', '--country', 'DK'], 'Unknown country'],
    [['deadline', '2026-02-03', '--country', 'NO', '--days', 'x'], 'whole number'],
    [['inspect', '/nonexistent/file.pdf'], 'Cannot read'],
    [['classify', join(MESSAGES, 'nn-soknad-citizen.eml')], 'Missing --profile'],
    [
      [
        'classify',
        join(MESSAGES, 'not-a-message.eml'),
        '--profile',
        join(PROFILES, 'ha-kommune.json'),
      ],
      'not a readable e-mail message',
    ],
    [['scan', '--lang', 'de'], 'Unknown language'],
  ])('%j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

describe('the installed command', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT });
  });

  it('runs through bin/arkivpost.js with exit codes and stdin', () => {
    const ok = spawnSync(process.execPath, [join(ROOT, 'bin', 'arkivpost.js'), 'scan', '--json'], {
      input: 'Personnummer 19570428-9999',
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).findings[0]).toMatchObject({ code: 'national-id.se.pnr' });
    const bad = spawnSync(process.execPath, [join(ROOT, 'bin', 'arkivpost.js'), 'nope'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
  });

  it('answers a deadline in 9999 with a message, not a stack trace (issue 10)', () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'arkivpost.js'), 'deadline', '9999-12-31T23:59', '--country', 'NO'],
      { encoding: 'utf8', env: { ...process.env, LANG: 'nb_NO.UTF-8' } },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Svarfrister regnes for årene 1950–2100');
    expect(r.stderr).not.toContain('RangeError');
  });
});

describe('human-readable output', () => {
  it('explains each finding in the chosen language, never as a bare code', async () => {
    const r = await cli(['scan', '-', '--lang', 'nn'], 'Mitt fødselsnummer er 010101 00131.');
    expect(r.out).toContain('Teksten inneheld eit fødselsnummer (010101*****).');
  });
});

describe('odd dates (issue 10)', () => {
  it.each<[string, string, string]>([
    ['9999-12-31T23:59', 'en', 'Answer-by dates are counted for the years 1950–2100'],
    ['1900-01-01T10:00', 'nb', 'Svarfrister regnes for årene 1950–2100'],
    ['0001-01-01', 'nn', 'Svarfristar blir rekna for åra 1950–2100'],
    ['0050-06-01', 'sv', 'Svarsdatum räknas för åren 1950–2100'],
    ['2100-12-31T12:00', 'en', 'or its answer-by date falls outside them'],
  ])('deadline %s is refused with a clear message in %s', async (when, lang, message) => {
    const r = await cli(['deadline', when, '--country', 'NO', '--lang', lang]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it.each<[string, string]>([
    ['1900', 'Mon, 1 Jan 1900 10:00:00 +0100'],
    ['2100', 'Fri, 31 Dec 2100 10:00:00 +0100'],
    ['the year 1', 'Mon, 1 Jan 0001 00:00:00 +0000'],
    ['9999 far west', 'Fri, 31 Dec 9999 23:59:59 -9959'],
    ['garbage', 'tysdag om ei veke'],
  ])('classifies a message dated %s, without an answer-by date', async (_name, date) => {
    const file = writeMessage(
      `From: ola@example.net\r\nTo: post@ha.kommune.no\r\nSubject: Søknad om løyve\r\nDate: ${date}\r\n\r\nEg søkjer om løyve i sak 2026/123.`,
    );
    const r = await cli([
      'classify',
      file,
      '--profile',
      join(PROFILES, 'ha-kommune.json'),
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ class: 'archive-worthy', due: null });
  });

  it('says why a message from 1900 has no answer-by date', async () => {
    const file = writeMessage(
      'From: ola@example.net\r\nTo: post@ha.kommune.no\r\nSubject: Søknad\r\nDate: 1 Jan 1900 10:00 +0000\r\n\r\nSak 2026/123.',
    );
    const r = await cli([
      'classify',
      file,
      '--profile',
      join(PROFILES, 'ha-kommune.json'),
      '--lang',
      'nn',
    ]);
    expect(r.out).toContain(
      'Meldinga er datert 1900: svarfristar blir berre rekna for åra 1950–2100.',
    );
  });
});

describe('arkivpost check as Outlook decides', () => {
  const check = (file: string, ...more: string[]) =>
    cli([
      'check',
      file,
      '--profile',
      join(PROFILES, 'ha-kommune.json'),
      '--from',
      'post@ha.kommune.no',
      ...more,
    ]);

  it('takes the send check’s time limit with --outlook, or any with --budget', async () => {
    const file = join(MESSAGES, 'nn-fnr-in-subject.eml');
    const outlook = await check(file, '--outlook', '--lang', 'nn');
    expect(outlook.code).toBe(0);
    expect(outlook.out).toContain(`Tidsgrense: ${SEND_BUDGET_MS} ms`);
    const json = JSON.parse((await check(file, '--budget', '1234', '--json')).out) as {
      budgetMs: number;
      decision: string;
    };
    expect(json).toMatchObject({ budgetMs: 1234, decision: 'block' });
    for (const bad of ['0', 'abc', '600001']) {
      const r = await check(file, '--budget', bad);
      expect(r.code).toBe(2);
      expect(r.err).toContain('The time limit must be a whole number of milliseconds');
    }
  });

  it('names an attached message by its subject, as Outlook names an attached item', async () => {
    const r = await check(
      join(ROOT, 'test', 'fixtures', 'attachments', 'videresendt-klage.eml'),
      '--json',
    );
    const out = JSON.parse(r.out) as { findings: Array<{ code: string; attachment?: string }> };
    expect(out.findings.find((f) => f.code === 'national-id.no.fnr')?.attachment).toBe(
      'Søknad om startlån.eml',
    );
  });

  it('warns about what it could not read in the message itself, and lists it', async () => {
    const lines = ['From: post@ha.kommune.no', 'To: ola@example.net', 'Subject: Djupt'];
    for (let i = 0; i < 60; i++)
      lines.push(`Content-Type: multipart/mixed; boundary="n${i}"`, '', `--n${i}`);
    lines.push('Content-Type: text/plain', '', 'Fnr 13097248022');
    const r = await check(writeMessage(lines.join('\r\n')), '--json');
    const out = JSON.parse(r.out) as {
      decision: string;
      notRead: unknown[];
      findings: Array<{ code: string; part: string; params?: Record<string, unknown> }>;
    };
    expect(out.decision).toBe('warn');
    expect(out.notRead).toEqual([{ reason: 'nesting' }]);
    expect(out.findings).toContainEqual(
      expect.objectContaining({
        code: 'attachment.not-inspected',
        part: 'body',
        params: { reason: 'nesting' },
      }),
    );
    const text = await check(writeMessage(lines.join('\r\n')), '--lang', 'nn');
    expect(text.out).toContain('blei ikkje kontrollert');
  });
});

let tmp: string | undefined;

function writeMessage(eml: string): string {
  tmp ??= mkdtempSync(join(tmpdir(), 'arkivpost-cli-'));
  const file = join(tmp, `m${Math.random().toString(36).slice(2)}.eml`);
  writeFileSync(file, eml, 'utf8');
  return file;
}

afterAll(() => {
  if (tmp !== undefined) rmSync(tmp, { recursive: true, force: true });
});

describe('arkivpost inspect', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'arkivpost-inspect-'));
    writeFileSync(join(dir, 'signed.pdf'), signedPdf().bytes());
    writeFileSync(join(dir, 'plain.pdf'), basePdf().endRevision().bytes());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // The state was printed as a raw key ("signature.signed") before.
  it.each([
    ['nb', 'signed.pdf', 'Signatur: signert'],
    ['nn', 'plain.pdf', 'Signatur: ikkje signert'],
    ['sv', 'signed.pdf', 'Signatur: signerad'],
    ['en', 'plain.pdf', 'Signature: not signed'],
  ])('names the signature state in words (%s, %s)', async (lang, file, line) => {
    const r = await cli(['inspect', join(dir, file), '--lang', lang]);
    expect(r.out.split('\n')).toContain(line);
    expect(r.out).not.toMatch(/signature\.|cli\./);
  });
});
