/**
 * The task pane as webpack builds it for users (webpack.config.js, the
 * add-in only, into a folder of its own): what each mode fetches before its
 * first screen, and how the page asks for it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';
import type { Configuration, StatsCompilation } from 'webpack';

const ROOT = join(__dirname, '..', '..');
/**
 * Three quarters of the official React task-pane template's first script
 * (169 kB gzip, ../shared/anchors/taskpane-peers.json): the aim.
 */
const BUDGET = 0.75 * 168_909;
const HINT = '//# allFunctionsCalledOnLoad\n';

let out = '';
let groups: NonNullable<StatsCompilation['namedChunkGroups']> = {};

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'arkivpost-pane-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- reason: the build's config is CommonJS
  const configs = require(join(ROOT, 'webpack.config.js')) as (
    env: Record<string, string>,
    argv: Record<string, string>,
  ) => Configuration[];
  const [config] = configs({ only: 'addin' }, { mode: 'production' });
  const stats = await new Promise<webpack.Stats>((ok, fail) =>
    webpack({ ...config, output: { ...config!.output, path: out } }, (e, s) =>
      e || !s ? fail(e) : s.hasErrors() ? fail(new Error(s.toString('errors-only'))) : ok(s),
    ),
  );
  groups = stats.toJson({ all: false, chunkGroups: true }).namedChunkGroups ?? {};
}, 180_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

const scriptsOf = (group: string): string[] =>
  (groups[group]?.assets ?? []).map((a) => a.name).filter((f) => f.endsWith('.js'));
const firstScreen = (mode: 'compose' | 'read'): string[] => [
  ...new Set([...scriptsOf('taskpane'), ...scriptsOf(mode)]),
];
const read = (file: string): string => readFileSync(join(out, file), 'utf8');

describe("the task pane's page", () => {
  it("names the entry's scripts, deferred, after office.js: React DOM, Fluent, the pane", () => {
    const scripts = [...read('taskpane.html').matchAll(/<script([^>]*)\ssrc="([^"]+)"/g)];
    expect(scripts.map((m) => m[2])).toEqual([
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      'react-dom.js',
      'fluent.js',
      'taskpane.js',
    ]);
    expect(scripts.slice(1).every((m) => / defer\b/.test(m[1] ?? ''))).toBe(true);
    expect(scriptsOf('taskpane').sort()).toEqual(['fluent.js', 'react-dom.js', 'taskpane.js']);
  });
});

describe.each(['compose', 'read'] as const)('%s mode before its first screen', (mode) => {
  it(`fetches at most ${(BUDGET / 1000).toFixed(1)} kB of JavaScript (gzip)`, () => {
    const bytes = firstScreen(mode).reduce(
      (sum, f) => sum + gzipSync(readFileSync(join(out, f)), { level: 9 }).length,
      0,
    );
    expect(bytes).toBeLessThanOrEqual(BUDGET);
  });

  it("fetches only its own pane, and nothing of the engines'", () => {
    const files = firstScreen(mode);
    const other = mode === 'compose' ? 'read' : 'compose';
    expect(files).toContain(`${mode}.js`);
    expect(files).not.toContain(`${other}.js`);
    const engines = ['engine', 'read-engine', 'case'].flatMap(scriptsOf);
    expect(files.filter((f) => engines.includes(f))).toEqual([]);
  });

  it('marks its scripts for eager compiling, and only those', () => {
    for (const f of firstScreen(mode)) expect(read(f).startsWith(HINT)).toBe(true);
    for (const f of scriptsOf('engine')) expect(read(f).startsWith(HINT)).toBe(false);
  });
});

describe('what the pane leaves for later', () => {
  it("the findings' sentences come with the compose engine", () => {
    // A key of the send check's catalog, as the minified catalog keeps it.
    const key = '"check.subject-sensitive"';
    expect(firstScreen('compose').filter((f) => read(f).includes(key))).toEqual([]);
    expect(scriptsOf('engine').some((f) => read(f).includes(key))).toBe(true);
  });

  it("the words for a result (cards, several files, a fix's outcome) come with it too", () => {
    // English texts of the cards' catalog and of the several-files words (the
    // keys themselves are codes the pane's own logic uses too).
    const texts = [
      'Choose the right function mailbox',
      'Outlook could not make the change.',
      '{names} and {count} more',
    ];
    for (const text of texts) {
      expect(firstScreen('compose').filter((f) => read(f).includes(text))).toEqual([]);
      expect(scriptsOf('engine').some((f) => read(f).includes(text))).toBe(true);
    }
  });

  it("the map of Fluent's theme tokens is not shipped at all", () => {
    const everything = Object.keys(groups).flatMap(scriptsOf);
    const map = 'colorNeutralForeground1Hover:"var(--colorNeutralForeground1Hover)"';
    expect(everything.length).toBeGreaterThan(5);
    expect([...new Set(everything)].filter((f) => read(f).includes(map))).toEqual([]);
  });
});
