/**
 * The task pane as a user first meets it, next to the official React
 * task-pane template's figures in ../shared/anchors/taskpane-peers.json (read
 * at run time; without that file the rows carry no ratios, and the bench
 * says so), measured the way the anchors were:
 *
 * - dist/addin/taskpane.html, the production build users get, opened as the
 *   page itself in a 350×800 window, served over http from a small static
 *   server here, with Office.js replaced by a stub (office-stub.ts, served
 *   where the page names Microsoft's office.js);
 * - cold cache: a fresh browser context for every load, and the server says
 *   no-store;
 * - the median of 5 loads after one warm-up, in headless Chromium, with and
 *   without 4× CPU slowdown (DevTools' Emulation.setCPUThrottlingRate, set
 *   before the page is requested);
 * - milliseconds from navigation start.
 *
 * Figures, like for like with the template's:
 * - initial JavaScript: the add-in's scripts the pane had fetched by its
 *   first render, sized with gzip -9; its other chunks are counted apart, as
 *   loaded later;
 * - first contentful paint (the browser's own paint timing);
 * - first React render: the first commit into #root.
 * And one of our own, stricter: interactive, when the pane's first screen is
 * there (its main landmark; in compose mode with its first button) and the
 * task that rendered it has ended, so input is handled from then on. The
 * time to the first result (compose's decision, read's assessment) goes
 * with it, as detail.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { CHROMIUM, hasChromium, launch } from '../test/support/browser';
import { fileSize, median, ROOT } from './util';
import type { Row } from './util';

const ANCHORS = join(ROOT, '..', 'shared', 'anchors', 'taskpane-peers.json');
const ANCHORS_SHOWN = '../shared/anchors/taskpane-peers.json';
const TEMPLATE = 'office-addin-taskpane-react';
const ADDIN = join(ROOT, 'dist', 'addin');
/** office-stub.ts as scripts/bench.mjs builds it. */
const STUB = join(ROOT, 'dist', 'bench', 'office-stub.js');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const STUB_PATH = '/office-stub.js';
const RUNS = 5;
const RATES = [1, 4] as const;
type Rate = (typeof RATES)[number];
const MODES = ['compose', 'read'] as const;
type Mode = (typeof MODES)[number];

type PerRate = { readonly cpu1x: number; readonly cpu4x: number };

interface Template {
  readonly gzip: number;
  readonly firstPaintMs: PerRate;
  readonly firstRenderMs: PerRate;
}

/** The template's figures, or null (said plainly) when the anchors are not there. */
function template(): Template | null {
  if (!existsSync(ANCHORS)) {
    console.warn(
      `Peer figures not found (${ANCHORS_SHOWN}, next to the repository): ` +
        'the task pane is measured, but its rows have no ratios.',
    );
    return null;
  }
  const peers = (JSON.parse(readFileSync(ANCHORS, 'utf8')) as { peers?: Record<string, unknown> })
    .peers;
  const peer = peers?.[TEMPLATE] as Record<string, Record<string, unknown> | undefined> | undefined;
  const perRate = (key: string): PerRate | null => {
    const v = peer?.[key];
    return typeof v?.['cpu1x'] === 'number' && typeof v['cpu4x'] === 'number'
      ? { cpu1x: v['cpu1x'], cpu4x: v['cpu4x'] }
      : null;
  };
  const gzip = peer?.['taskpaneEntryBytes']?.['gzip'];
  const firstPaintMs = perRate('firstContentfulPaintMs');
  const firstRenderMs = perRate('firstReactRenderMs');
  if (typeof gzip !== 'number' || !firstPaintMs || !firstRenderMs) {
    console.warn(
      `${ANCHORS_SHOWN} has no figures for ${TEMPLATE}: the task pane rows have no ratios.`,
    );
    return null;
  }
  return { gzip, firstPaintMs, firstRenderMs };
}

/** What the page records about its own load, in ms from navigation start. */
interface Marks {
  fcp?: number;
  /** The first commit into #root. */
  firstRender?: number;
  /** Paths of the scripts fetched completely by the first render. */
  scripts?: string[];
  /** The first screen was there: the main landmark (compose: with its first button). */
  firstScreen?: number;
  /** The task that rendered it had ended: the next task ran. */
  interactive?: number;
  /** The first result: compose's decision, read's assessment (or why there is none). */
  result?: number;
  /** What that result was (a decision, a class, a status). */
  outcome?: string;
}

declare global {
  interface Window {
    __paneMarks?: Marks;
  }
}

/** What the page logs once all is recorded (a console message costs the page nothing more). */
const DONE = 'arkivpost-bench: pane loaded';

/** Runs in the page before its own scripts. */
function instrument({ firstScreen, done }: { firstScreen: string; done: string }): void {
  const marks: Marks = {};
  window.__paneMarks = marks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  const finish = (): void => {
    if (marks.interactive === undefined || marks.result === undefined) return;
    observer.disconnect();
    console.debug(done);
  };
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (marks.firstRender === undefined && document.getElementById('root')?.firstChild) {
      marks.firstRender = now;
      marks.scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.initiatorType === 'script' && e.responseEnd <= now)
        .map((e) => new URL(e.name).pathname);
    }
    if (marks.firstScreen === undefined && document.querySelector(firstScreen)) {
      marks.firstScreen = now;
      const channel = new MessageChannel();
      channel.port1.onmessage = (): void => {
        marks.interactive = performance.now();
        finish();
      };
      channel.port2.postMessage(null);
    }
    const result = document.querySelector('[data-decision], [data-section="class"], [data-status]');
    if (marks.result === undefined && result) {
      marks.result = now;
      marks.outcome =
        result.getAttribute('data-decision') ??
        result.querySelector('[data-class]')?.getAttribute('data-class') ??
        result.getAttribute('data-status') ??
        '';
      finish();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** The pane's first screen: compose mode has its re-check button; read mode says it is reading. */
const FIRST_SCREEN: Record<Mode, string> = { compose: 'main button', read: 'main' };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** dist/addin over http, office.js replaced by the stub, nothing cached. */
function serveAddin(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = path === STUB_PATH ? STUB : join(ADDIN, normalize(path).replace(/^[/\\]+/, ''));
    if (!file.startsWith(ADDIN) && file !== STUB) return void res.writeHead(403).end();
    if (!existsSync(file)) return void res.writeHead(404).end();
    const bytes = readFileSync(file);
    const body = file.endsWith('.html')
      ? bytes.toString('utf8').replace(OFFICE_JS, STUB_PATH)
      : bytes;
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ok({ url: `http://127.0.0.1:${port}/`, server });
    }),
  );
}

/** One cold load of the pane, in a fresh browser context. */
async function loadPane(browser: Browser, base: string, mode: Mode, rate: Rate): Promise<Marks> {
  const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
  try {
    await context.addInitScript(instrument, { firstScreen: FIRST_SCREEN[mode], done: DONE });
    const page = await context.newPage();
    const finished = new Promise<void>((ok) =>
      page.on('console', (m) => {
        if (m.text() === DONE) ok();
      }),
    );
    if (rate !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    }
    await page.goto(`${base}taskpane.html?mode=${mode}`, { waitUntil: 'commit' });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      finished,
      new Promise((_, fail) => {
        timer = setTimeout(
          () => fail(new Error(`the ${mode} pane did not finish loading`)),
          60_000,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    return await page.evaluate(() => window.__paneMarks as Marks);
  } finally {
    await context.close();
  }
}

type Loads = Record<Mode, Record<Rate, Marks[]>>;

async function timeLoads(): Promise<Loads> {
  const { url, server } = await serveAddin();
  const browser = await launch();
  try {
    const loads: Loads = { compose: { 1: [], 4: [] }, read: { 1: [], 4: [] } };
    for (const rate of RATES) {
      for (const mode of MODES) await loadPane(browser, url, mode, rate); // warm-up
      // The modes take turns, so that a busy moment of the machine weighs on both alike.
      for (let i = 0; i < RUNS; i++) {
        for (const mode of MODES) loads[mode][rate].push(await loadPane(browser, url, mode, rate));
      }
    }
    return loads;
  } finally {
    await browser.close();
    server.close();
  }
}

const kb = (bytes: number): number => bytes / 1000;

/** The scripts an HTML page of dist/addin names. */
function scriptsOf(page: string): string[] {
  const html = readFileSync(join(ADDIN, page), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)].map((m) => basename(m[1]!));
}

/** Scripts the add-in's other pages load as their own entry (send handler, sign-in page). */
function otherEntries(): Set<string> {
  const pages = readdirSync(ADDIN).filter((f) => f.endsWith('.html') && f !== 'taskpane.html');
  return new Set(pages.flatMap(scriptsOf));
}

function byteRows(initial: Record<Mode, string[]>, peer: Template | null, how: string): Row[] {
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const size = (f: string): { raw: number; gzip: number } => {
    const known = sizes.get(f) ?? fileSize(join(ADDIN, f));
    sizes.set(f, known);
    return known;
  };
  const sum = (files: readonly string[], key: 'raw' | 'gzip'): number =>
    files.reduce((s, f) => s + size(f)[key], 0);
  const listed = (files: readonly string[]): string =>
    files.map((f) => `${f} ${kb(size(f).gzip).toFixed(1)}`).join(', ');
  const rows: Row[] = [];
  for (const mode of MODES) {
    const files = initial[mode];
    const total = sum(files, 'gzip');
    rows.push({
      name: `task pane initial JS, ${mode}`,
      value: kb(total),
      unit: 'kB gz',
      ...(peer
        ? { baseline: kb(peer.gzip), ratio: total / peer.gzip, ok: total <= 0.75 * peer.gzip }
        : {}),
      target: '≤ 0.75× template',
      extra: { files: listed(files), rawKb: kb(sum(files, 'raw')), how },
    });
  }
  const others = otherEntries();
  const first = new Set([...initial.compose, ...initial.read]);
  const later = readdirSync(ADDIN)
    .filter((f) => f.endsWith('.js') && !others.has(f) && !first.has(f))
    .sort((a, b) => size(b).gzip - size(a).gzip);
  rows.push({
    name: 'task pane JS loaded later',
    value: kb(sum(later, 'gzip')),
    unit: 'kB gz',
    extra: { files: listed(later) },
  });
  return rows;
}

/** How the times were taken, for the JSON file. */
const HOW = `taskpane.html as the page, Office.js stub, 350×800, cold cache, median of ${RUNS} after a warm-up`;

const FIGURES = [
  { key: 'fcp', name: 'first contentful paint', peer: 'firstPaintMs' },
  { key: 'firstRender', name: 'first React render', peer: 'firstRenderMs' },
  // Ours is stricter than the template's first render, and compared with it.
  { key: 'interactive', name: 'interactive', peer: 'firstRenderMs' },
] as const;

function timeRows(loads: Loads, peer: Template | null): Row[] {
  const rows: Row[] = [];
  for (const mode of MODES) {
    for (const rate of RATES) {
      const runs = loads[mode][rate];
      const ms = (key: keyof Marks): number[] => runs.map((m) => Number(m[key] ?? NaN));
      for (const figure of FIGURES) {
        const times = ms(figure.key);
        const value = median(times);
        const baseline = peer?.[figure.peer][rate === 1 ? 'cpu1x' : 'cpu4x'];
        rows.push({
          name: `task pane ${figure.name}, ${mode}, ${rate}× CPU`,
          value,
          unit: 'ms',
          ...(baseline ? { baseline, ratio: value / baseline, ok: value < baseline } : {}),
          target: figure.key === 'interactive' ? '< template first render' : '< 1× template',
          extra: {
            how: HOW,
            runs: runs.length,
            minMs: Math.min(...times),
            maxMs: Math.max(...times),
            ...(figure.key === 'interactive'
              ? {
                  firstScreenMs: median(ms('firstScreen')),
                  firstResultMs: median(ms('result')),
                  firstResult: runs[0]?.outcome ?? null,
                }
              : {}),
          },
        });
      }
    }
  }
  return rows;
}

export async function benchPane(): Promise<Row[]> {
  if (!existsSync(join(ADDIN, 'taskpane.html'))) return [];
  const peer = template();
  if (!hasChromium() || !existsSync(STUB)) {
    console.warn(
      hasChromium()
        ? `The Office.js stub is not built (npm run bench builds it): the pane's load was not timed.`
        : `Chromium not found at ${CHROMIUM}: the pane's load was not timed.`,
    );
    const named = scriptsOf('taskpane.html').filter((f) => existsSync(join(ADDIN, f)));
    return byteRows({ compose: named, read: named }, peer, 'the scripts taskpane.html names');
  }
  const loads = await timeLoads();
  const initial = {} as Record<Mode, string[]>;
  for (const mode of MODES) {
    const paths = new Set(loads[mode][1].flatMap((m) => m.scripts ?? []));
    initial[mode] = [...paths]
      .filter((p) => p !== STUB_PATH)
      .map((p) => p.replace(/^\//, ''))
      .filter((f) => existsSync(join(ADDIN, f)));
  }
  return [
    ...byteRows(initial, peer, 'scripts fetched by the first render'),
    ...timeRows(loads, peer),
  ];
}
