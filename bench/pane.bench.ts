/**
 * The task pane as a user first meets it, next to the official React
 * task-pane template's figures in ../shared/anchors/taskpane-peers.json (read
 * at run time; without that file the rows carry no ratios):
 *
 * - initial JavaScript: the add-in's scripts the pane had fetched by its
 *   first render, sized with gzip -9 from dist/addin, the build users get;
 *   the pane's other chunks are counted apart as loaded later;
 * - load → interactive: milliseconds from the pane frame's navigation start
 *   until its main landmark is rendered and the task that rendered it has
 *   ended (from then on, input is handled), in headless Chromium, with and
 *   without 4× CPU slowdown (DevTools' Emulation.setCPUThrottlingRate).
 *
 * Measured as the anchors were: production build, cold cache (a fresh
 * browser context for every load, and the server says no-store), a 350×800
 * pane, Office.js replaced by a stub (the workbench's emulator), median of 5
 * loads after one warm-up. The template's figure is its first React render;
 * ours also waits for the end of the rendering task, so it is the stricter.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { CHROMIUM, hasChromium, launch, startWorkbench } from '../test/support/browser';
import { fileSize, median, openWorkbench, ROOT } from './util';
import type { Row } from './util';

const ANCHORS = join(ROOT, '..', 'shared', 'anchors', 'taskpane-peers.json');
const ANCHORS_SHOWN = '../shared/anchors/taskpane-peers.json';
const TEMPLATE = 'office-addin-taskpane-react';
const ADDIN = join(ROOT, 'dist', 'addin');
/** The profile dist/addin is built with (webpack.config.js): its workbench copy is timed. */
const PROFILE = basename(process.env['ARKIVPOST_PROFILE'] || 'ha-kommune.json', '.json');
const RUNS = 5;
const RATES = [1, 4] as const;
const MODES = ['compose', 'read'] as const;
type Mode = (typeof MODES)[number];

interface Template {
  readonly gzip: number;
  readonly renderMs: { readonly cpu1x: number; readonly cpu4x: number };
}

interface Peer {
  readonly taskpaneEntryBytes?: { readonly gzip?: unknown };
  readonly firstReactRenderMs?: { readonly cpu1x?: unknown; readonly cpu4x?: unknown };
}

/** The template's figures, or null (said plainly) when the anchors are not there. */
function template(): Template | null {
  if (!existsSync(ANCHORS)) {
    console.warn(`Peer figures not found (${ANCHORS_SHOWN}): the task pane rows have no ratios.`);
    return null;
  }
  const peers = (JSON.parse(readFileSync(ANCHORS, 'utf8')) as { peers?: Record<string, Peer> })
    .peers;
  const peer = peers?.[TEMPLATE];
  const gzip = peer?.taskpaneEntryBytes?.gzip;
  const render = peer?.firstReactRenderMs;
  if (
    typeof gzip !== 'number' ||
    typeof render?.cpu1x !== 'number' ||
    typeof render.cpu4x !== 'number'
  ) {
    console.warn(
      `${ANCHORS_SHOWN} has no figures for ${TEMPLATE}: the task pane rows have no ratios.`,
    );
    return null;
  }
  return { gzip, renderMs: { cpu1x: render.cpu1x, cpu4x: render.cpu4x } };
}

/** What the pane frame records about its own load, in ms from its navigation start. */
interface Marks {
  /** The main landmark was rendered. */
  rendered?: number;
  /** The task that rendered it had ended: the next task ran. */
  interactive?: number;
  /** The first result: compose's decision, read's class (or why there is none). */
  result?: number;
  /** What that result was (a decision, a class, a status). */
  outcome?: string;
  fcp?: number;
  /** Paths of the scripts fetched completely by the first render. */
  scripts?: string[];
  done?: boolean;
}

declare global {
  interface Window {
    __paneMarks?: Marks;
  }
}

/** Runs in every frame before its own scripts; records only in the task pane's. */
function instrument(): void {
  if (!location.pathname.endsWith('/taskpane.html')) return;
  const marks: Marks = {};
  window.__paneMarks = marks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  const observer = new MutationObserver(() => {
    if (marks.rendered === undefined && document.querySelector('main')) {
      const rendered = performance.now();
      marks.rendered = rendered;
      marks.scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.initiatorType === 'script' && e.responseEnd <= rendered)
        .map((e) => new URL(e.name).pathname);
      const channel = new MessageChannel();
      channel.port1.onmessage = (): void => {
        marks.interactive = performance.now();
        finish();
      };
      channel.port2.postMessage(null);
    }
    const result = document.querySelector('[data-decision], [data-section="class"], [data-status]');
    if (marks.result === undefined && result) {
      marks.result = performance.now();
      marks.outcome =
        result.getAttribute('data-decision') ??
        result.querySelector('[data-class]')?.getAttribute('data-class') ??
        result.getAttribute('data-status') ??
        '';
      finish();
    }
  });
  function finish(): void {
    if (marks.interactive === undefined || marks.result === undefined) return;
    marks.done = true;
    observer.disconnect();
  }
  observer.observe(document, { childList: true, subtree: true });
}

interface Controller {
  newMessage(init: Record<string, unknown>): void;
  setItem(item: Record<string, unknown>): void;
}

/** Puts a message in the emulated Outlook for the pane to open on. */
function openItem(mode: Mode): void {
  const w = window as unknown as { ArkivpostWorkbench: { controller(): Controller } };
  const c = w.ArkivpostWorkbench.controller();
  const subject = 'Svar på søknad om løyve til tiltak';
  const body =
    'Kommunen viser til søknaden din om løyve til tiltak på gnr. 12 bnr. 34 og har no ' +
    'behandla saka etter plan- og bygningslova. Vedtaket ligg ved.\n\nMed helsing\nTeknisk';
  const citizen = { emailAddress: 'ola.innbyggjar@example.net', displayName: 'Ola Innbyggjar' };
  if (mode === 'compose') {
    c.newMessage({ bodyType: 'text', subject, body, to: [citizen] });
    return;
  }
  c.setItem({
    mode: 'read',
    itemId: 'bench-1',
    subject: `SV: ${subject}`,
    from: citizen,
    to: [{ emailAddress: 'post@ha.kommune.no', displayName: 'Hå kommune – post' }],
    cc: [],
    dateTimeCreated: new Date(),
    internetMessageId: '<bench-1@example.net>',
    conversationId: 'bench',
    body: { text: 'Takk for svaret. Når kan eg starte arbeidet?\n\nOla' },
    attachments: [],
    headers: '',
  });
}

/** One cold load of the pane, in a fresh browser context. */
async function loadPane(browser: Browser, base: string, mode: Mode, rate: number): Promise<Marks> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1400, height: 900 },
  });
  try {
    await context.addInitScript(instrument);
    const page = await context.newPage();
    await openWorkbench(page, base);
    await page.evaluate(openItem, mode);
    if (rate !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    }
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.id = 'bench-pane';
      frame.title = 'Arkivpost';
      frame.style.cssText =
        'position:fixed;top:0;right:0;width:350px;height:800px;border:0;background:#fff;z-index:9';
      frame.src = src;
      document.body.append(frame);
    }, `${base}workbench/addin/${PROFILE}/taskpane.html?mode=${mode}`);
    const frame = await (await page.waitForSelector('#bench-pane')).contentFrame();
    if (!frame) throw new Error('the pane frame did not open');
    await frame.waitForFunction(() => window.__paneMarks?.done === true, undefined, {
      polling: 100,
      timeout: 60_000,
    });
    return await frame.evaluate(() => window.__paneMarks as Marks);
  } finally {
    await context.close();
  }
}

type Loads = Record<Mode, Record<(typeof RATES)[number], Marks[]>>;

async function timeLoads(): Promise<Loads> {
  const server = await startWorkbench();
  const browser = await launch();
  try {
    const loads = {} as Loads;
    for (const mode of MODES) {
      loads[mode] = { 1: [], 4: [] };
      for (const rate of RATES) {
        await loadPane(browser, server.url, mode, rate); // warm-up
        for (let i = 0; i < RUNS; i++) {
          loads[mode][rate].push(await loadPane(browser, server.url, mode, rate));
        }
      }
    }
    return loads;
  } finally {
    await browser.close();
    server.stop();
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

function timeRows(loads: Loads, peer: Template | null): Row[] {
  const rows: Row[] = [];
  for (const mode of MODES) {
    for (const rate of RATES) {
      const runs = loads[mode][rate];
      const times = runs.map((m) => m.interactive ?? NaN);
      const value = median(times);
      const baseline = peer ? peer.renderMs[rate === 1 ? 'cpu1x' : 'cpu4x'] : undefined;
      rows.push({
        name: `task pane load → interactive, ${mode}, ${rate}× CPU`,
        value,
        unit: 'ms',
        ...(baseline ? { baseline, ratio: value / baseline, ok: value < baseline } : {}),
        target: '< 1× template',
        extra: {
          runs: runs.length,
          minMs: Math.min(...times),
          maxMs: Math.max(...times),
          renderedMs: median(runs.map((m) => m.rendered ?? NaN)),
          firstPaintMs: median(runs.map((m) => m.fcp ?? NaN)),
          firstResultMs: median(runs.map((m) => m.result ?? NaN)),
          firstResult: runs[0]?.outcome ?? null,
        },
      });
    }
  }
  return rows;
}

export async function benchPane(): Promise<Row[]> {
  if (!existsSync(join(ADDIN, 'taskpane.html'))) return [];
  const peer = template();
  if (!hasChromium()) {
    console.warn(`Chromium not found at ${CHROMIUM}: the pane's load was not timed.`);
    const named = scriptsOf('taskpane.html').filter((f) => existsSync(join(ADDIN, f)));
    return byteRows({ compose: named, read: named }, peer, 'the scripts taskpane.html names');
  }
  const loads = await timeLoads();
  const initial = {} as Record<Mode, string[]>;
  const prefix = `/workbench/addin/${PROFILE}/`;
  for (const mode of MODES) {
    const paths = new Set(loads[mode][1].flatMap((m) => m.scripts ?? []));
    initial[mode] = [...paths]
      .filter((p) => p.startsWith(prefix))
      .map((p) => p.slice(prefix.length));
    const missing = initial[mode].filter((f) => !existsSync(join(ADDIN, f)));
    if (missing.length > 0) {
      // The profiles' builds name their chunks alike; if they ever do not, say so.
      throw new Error(`dist/addin lacks scripts its workbench copy loaded: ${missing.join(', ')}`);
    }
  }
  return [
    ...byteRows(initial, peer, 'scripts fetched by the first render'),
    ...timeRows(loads, peer),
  ];
}
