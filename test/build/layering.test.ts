/**
 * The layering table (eslint.config.mjs) and the cycle check
 * (scripts/cycles.mjs) as a newcomer meets them: an import across the
 * table is an error naming both folders, a file in no row is an error, and
 * a cycle is found and named. Both run in a child Node, as `npm run lint`
 * runs them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

interface Finding {
  readonly file: string;
  readonly messages: readonly string[];
}

/** Lints each file's text as if it lived at that path, with the project's config. */
function lint(files: Record<string, string>): Finding[] {
  const script = `
    import { ESLint } from 'eslint';
    const files = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const [file, code] of Object.entries(files)) {
      const [result] = await eslint.lintText(code, { filePath: file });
      out.push({
        file,
        messages: result.messages
          .filter((m) => m.ruleId === 'arkivpost/layering')
          .map((m) => m.message),
      });
    }
    console.log(JSON.stringify(out));
  `;
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(files)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Finding[];
}

const use = (spec: string): string => `import { x } from '${spec}';\nexport const y = x;\n`;

describe('the layering table', () => {
  let found: Finding[];
  beforeAll(() => {
    found = lint({
      'src/host/office/a.ts': use('../../services/filing'),
      'src/host/office/b.ts': use('../../core/auth'),
      'src/core/a.ts': use('../taskpane/App'),
      'src/taskpane/a.ts': use('../host/office/read'),
      'src/taskpane/index.tsx': use('../host/office/read'),
      'src/cli/a.ts': use('../taskpane/App'),
      'src/services/a.ts': use('./graph/client'),
      'dev/graph/a.ts': use('../../test/support/browser'),
      'bench/a.ts': use('../test/support/browser'),
      'test/support/a.ts': use('../../bench/util'),
      'other/a.ts': 'export const z = 1;\n',
    });
  }, 120_000);

  const at = (file: string): readonly string[] => found.find((f) => f.file === file)!.messages;

  it('refuses an import the table does not allow, naming both folders', () => {
    expect(at('src/host/office/a.ts')).toEqual([
      expect.stringContaining('src/host may not import src/services'),
    ]);
    expect(at('src/core/a.ts')).toEqual([
      expect.stringContaining('src/core may not import src/taskpane'),
    ]);
    expect(at('src/cli/a.ts')).toEqual([expect.stringContaining('src/cli may not import')]);
    expect(at('dev/graph/a.ts')).toEqual([
      expect.stringContaining('dev may not import test/support'),
    ]);
    expect(at('test/support/a.ts')).toEqual([
      expect.stringContaining('test/support may not import bench'),
    ]);
  });

  it('lets the pane reach the host only through its composition root', () => {
    expect(at('src/taskpane/a.ts')).toEqual([
      expect.stringContaining('src/taskpane may not import src/host'),
    ]);
    expect(at('src/taskpane/index.tsx')).toEqual([]);
  });

  it('allows what the table allows', () => {
    expect(at('src/host/office/b.ts')).toEqual([]);
    expect(at('src/services/a.ts')).toEqual([]);
    expect(at('bench/a.ts')).toEqual([]);
  });

  it('refuses a file in a folder the table does not know', () => {
    expect(at('other/a.ts')).toEqual([expect.stringContaining('in no row of the layering table')]);
  });
});

describe('npm run cycles', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cycles-'));
    spawnSync('git', ['init', '-q'], { cwd: dir });
    mkdirSync(join(dir, 'src', 'a'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const cycles = () =>
    spawnSync(process.execPath, [join(ROOT, 'scripts', 'cycles.mjs'), '--root', dir], {
      encoding: 'utf8',
    });

  it('names the files of a cycle, type-only imports included, and fails', () => {
    writeFileSync(join(dir, 'src', 'a', 'one.ts'), "import type { T } from './two';\n");
    writeFileSync(join(dir, 'src', 'a', 'two.ts'), "import { t } from '../b';\n");
    writeFileSync(join(dir, 'src', 'b.ts'), "export { u } from './a/one';\n");
    writeFileSync(join(dir, 'src', 'c.ts'), "import { t } from './b';\n");
    const run = cycles();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('1 import cycle(s)');
    expect(run.stderr).toContain('src/a/one.ts');
    expect(run.stderr).toContain('src/a/two.ts');
    expect(run.stderr).toContain('src/b.ts');
    expect(run.stderr).not.toContain('src/c.ts');
  });

  it('passes a tree without one', () => {
    writeFileSync(join(dir, 'src', 'a', 'one.ts'), "import type { T } from './two';\n");
    writeFileSync(join(dir, 'src', 'a', 'two.ts'), "import { t } from '../b';\n");
    writeFileSync(join(dir, 'src', 'b.ts'), 'export const t = 1;\n');
    const run = cycles();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No import cycles among 3 files.');
  });

  it('finds none in this repository', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'cycles.mjs')], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});
