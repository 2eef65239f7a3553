import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import type { Io } from '../../src/cli/main';

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
});

describe('human-readable output', () => {
  it('explains each finding in the chosen language, never as a bare code', async () => {
    const r = await cli(['scan', '-', '--lang', 'nn'], 'Mitt fødselsnummer er 010101 00131.');
    expect(r.out).toContain('Teksten inneheld eit fødselsnummer (010101*****).');
  });
});
