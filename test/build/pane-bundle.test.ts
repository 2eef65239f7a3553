/**
 * The task pane as webpack builds it for users (webpack.config.js's add-in,
 * as built for the browser tests): what each mode fetches before its first
 * screen, and how the page asks for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_TIMEOUT_MS, buildWorkbench } from '../support/browser';

/**
 * Three quarters of the official React task-pane template's first script
 * (169 kB gzip, ../shared/anchors/taskpane-peers.json): the aim.
 */
const BUDGET = 0.75 * 168_909;
const HINT = '//# allFunctionsCalledOnLoad\n';

let out = '';
let groups: Record<string, string[]> = {};

beforeAll(() => {
  // The add-in of the browser tests' build (scripts/test-build.mjs, made once for
  // all suites): webpack.config.js's add-in, default profile, production mode.
  const dist = buildWorkbench();
  out = join(dist, 'addin');
  const all = JSON.parse(readFileSync(join(dist, 'chunk-groups.json'), 'utf8')) as Record<
    string,
    Record<string, string[]>
  >;
  groups = all['addin'] ?? {};
}, BUILD_TIMEOUT_MS);

const scriptsOf = (group: string): string[] =>
  (groups[group] ?? []).filter((f) => f.endsWith('.js'));
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

describe('the oversight page (Tilsyn)', () => {
  it('is an entry of its own: nothing of it before either mode’s first screen', () => {
    expect(scriptsOf('oversikt')).toContain('oversikt.js');
    // A sentence of the page's catalog, as the minified catalog keeps it.
    const text = 'Arbeidsmengd per saksbehandlar';
    for (const mode of ['compose', 'read'] as const) {
      expect(firstScreen(mode)).not.toContain('oversikt.js');
      expect(firstScreen(mode).filter((f) => read(f).includes(text))).toEqual([]);
    }
    expect(read('oversikt.js').includes(text)).toBe(true);
    // The read pane's button and its words come after the first screen too.
    expect(
      firstScreen('read').filter((f) => read(f).includes('Tillsynet kunde inte öppnas')),
    ).toEqual([]);
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

  it.each([
    // Words of Hå kommune's reply template (profiles/ha-kommune.json), ASCII as the build keeps them.
    ['signature settings (R9)', 'vere underteikna, og ein e-post utan underskrift'],
    ['security contact (R11)', 'beredskap@ha.kommune.no'],
  ])(
    "the profile's %s: with the read engine and the case panel, not the first screen",
    (_part, text) => {
      for (const mode of ['compose', 'read'] as const) {
        expect(firstScreen(mode).filter((f) => read(f).includes(text))).toEqual([]);
      }
      const later = [...new Set(['read-engine', 'case'].flatMap(scriptsOf))];
      expect(later.some((f) => read(f).includes(text))).toBe(true);
    },
  );

  it("the map of Fluent's theme tokens is not shipped at all", () => {
    const everything = Object.keys(groups).flatMap(scriptsOf);
    const map = 'colorNeutralForeground1Hover:"var(--colorNeutralForeground1Hover)"';
    expect(everything.length).toBeGreaterThan(5);
    expect([...new Set(everything)].filter((f) => read(f).includes(map))).toEqual([]);
  });
});
