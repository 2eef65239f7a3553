/**
 * Headless Chromium (Debian's package) driven by playwright-core, and the
 * workbench server started the way `npm start` starts it.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

export const ROOT = join(__dirname, '..', '..');

/**
 * The time limit of one browser test and of each of its hooks. Generous: the
 * suites run on a 2-core machine that other builds share, where a test that
 * takes 5 s alone can take 40 s. Suites whose tests do more say a multiple.
 */
export const BROWSER_TIMEOUT_MS = 120_000;

/** The time limit of one step in a page (a click, a wait for an element), for the same machine. */
export const BROWSER_STEP_MS = 45_000;

/** Building the add-in and the workbench (once for all suites) and starting them. */
export const BUILD_TIMEOUT_MS = 360_000;
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Builds the add-in and the workbench exactly as `npm start` does, once, and
 * returns the folder (scripts/test-build.mjs): browser suites running in
 * parallel share one build (the test run starts it in the background, see
 * test/support/sequencer.cjs), an unchanged tree is not rebuilt, and a build
 * of `npm start` beside them (into dist/) leaves their files alone.
 */
export function buildWorkbench(): string {
  const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'test-build.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: BUILD_TIMEOUT_MS - 30_000,
  });
  const dir = out.trim().split('\n').pop() ?? '';
  if (!dir) throw new Error('the workbench build gave no folder');
  return dir;
}

export interface Server {
  readonly url: string;
  stop(): void;
}

/** The workbench server on a free port, serving `dist` (buildWorkbench's folder; default dist/). */
export function startWorkbench(dist?: string): Promise<Server> {
  const archive = mkdtempSync(join(tmpdir(), 'arkivpost-noark-'));
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'dev', 'server.mjs')], {
    cwd: ROOT,
    // The emulated archive of this server only, not the developer's .noark/.
    env: {
      ...process.env,
      PORT: '0',
      ARKIVPOST_NOARK_DIR: archive,
      // Without the sample traffic unless a suite sets ARKIVPOST_SAMPLE=on (or
      // POSTs /graph/_emulator/sample and /noark5v5/_emulator/sample).
      ARKIVPOST_SAMPLE: process.env['ARKIVPOST_SAMPLE'] ?? 'off',
      ...(dist !== undefined ? { ARKIVPOST_DIST: dist } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`workbench did not start: ${out}`)),
      BROWSER_STEP_MS,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /https:\/\/localhost:\d+\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[0],
          stop: () => {
            child.kill();
            rmSync(archive, { recursive: true, force: true });
          },
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`workbench exited with ${code}: ${out}`)));
  });
}

/**
 * `describe` for browser suites. Without Chromium it registers one test that
 * says plainly the suite did not run (and fails under CI, which installs it).
 */
export function describeBrowser(name: string, fn: () => void): void {
  if (hasChromium()) {
    describe(name, fn);
    return;
  }
  describe(name, () => {
    it(`DID NOT RUN: Chromium not found at ${CHROMIUM} (apt-get install chromium)`, () => {
      console.warn(`[browser] ${name}: Chromium not found, suite did not run`);
      expect(process.env['CI']).not.toBe('true');
    });
  });
}

/**
 * The workbench for a suite of browser tests: built and served as by
 * `npm start`, one Chromium, a fresh page per test opened on the inbox.
 * Returns a getter for the current page.
 */
export function useWorkbench(ready: string): () => Page {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  // Every test of the suite (a suite may set a multiple after this).
  jest.setTimeout(BROWSER_TIMEOUT_MS);
  beforeAll(async () => {
    // The server and Chromium start side by side.
    const [started, launched] = await Promise.all([startWorkbench(buildWorkbench()), launch()]);
    server = started;
    browser = launched;
  }, BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    server?.stop();
  }, BROWSER_TIMEOUT_MS);
  beforeEach(async () => {
    if (!browser || !server) throw new Error('the workbench did not start');
    page = await browser.newPage({
      ignoreHTTPSErrors: true,
      viewport: { width: 1400, height: 900 },
    });
    page.setDefaultTimeout(BROWSER_STEP_MS);
    await page.goto(server.url);
    // Enabled once the first mailbox's Outlook session is open.
    await page.getByRole('button', { name: ready, disabled: false }).waitFor();
  }, BROWSER_TIMEOUT_MS);
  afterEach(async () => {
    await page?.close();
  }, BROWSER_TIMEOUT_MS);
  return () => {
    if (!page) throw new Error('no page: use inside a test');
    return page;
  };
}
