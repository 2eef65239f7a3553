/**
 * A strict Content-Security-Policy on every page we serve (issue 10): the
 * task pane, the event runtime's page, the sign-in dialog, the support page
 * and the workbench. Each page carries its policy in a <meta http-equiv>
 * (the same wherever it is hosted); the server sends it as a header with
 * frame-ancestors, which only a header can set. In Chromium, the workbench
 * runs a send, the Smart Alert, the task pane and the read pane without a
 * single violation.
 */
import { get } from 'node:https';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import {
  BROWSER_STEP_MS,
  BROWSER_TIMEOUT_MS,
  BUILD_TIMEOUT_MS,
  buildWorkbench,
  describeBrowser,
  launch,
  ROOT,
  startWorkbench,
} from '../support/browser';
import type { Server } from '../support/browser';

interface ServerModule {
  readonly FRAME_ANCESTORS: readonly string[];
  policyHeader(html: string, options?: { workbench?: boolean }): string;
}

const PAGES = [
  'src/taskpane/taskpane.html',
  'src/pages/commands.html',
  'src/pages/auth.html',
  'src/pages/support.html',
  'dev/workbench/index.html',
] as const;

const OFFICE_JS = 'https://appsforoffice.microsoft.com';

/** The policy's directives, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name, sources);
  }
  return out;
}

function metaPolicy(html: string): string {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
  if (!m) throw new Error('no Content-Security-Policy meta');
  return m[1] as string;
}

/** Where a script may come from, by its directive (script-src, or default-src without it). */
function scriptSources(d: Map<string, string[]>): string[] {
  return d.get('script-src') ?? d.get('default-src') ?? [];
}

describe('issue 10: every page carries a strict policy', () => {
  it.each(PAGES)('%s', (page) => {
    const html = readFileSync(join(ROOT, page), 'utf8');
    const d = directives(metaPolicy(html));
    expect(['self', 'none']).toContain((d.get('default-src') ?? [])[0]?.replace(/'/g, ''));
    expect(d.get('base-uri')).toEqual(["'none'"]);
    if (page !== 'src/pages/support.html') expect(d.get('object-src')).toEqual(["'none'"]);
    const scripts = scriptSources(d);
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts.filter((s) => s !== "'self'" && s !== "'none'")).toEqual(
      page.startsWith('src/') && page !== 'src/pages/support.html' ? [OFFICE_JS] : [],
    );
    // Every script the page loads is allowed, and none is written inline.
    for (const m of html.matchAll(/<script([^>]*)>/g)) {
      const src = /\ssrc="([^"]+)"/.exec(m[1] as string)?.[1];
      expect(src).toBeDefined();
      if (src?.startsWith('https://')) expect(scripts).toContain(new URL(src).origin);
      else expect(scripts).toContain("'self'");
    }
    // The pages' network: only here, Graph and sign-in.
    for (const s of d.get('connect-src') ?? []) {
      expect([
        "'self'",
        'https://graph.microsoft.com',
        'https://login.microsoftonline.com',
      ]).toContain(s);
    }
  });
});

describe('the server sends the policy as a header', () => {
  let server: ServerModule;
  beforeAll(async () => {
    server = (await import(join(ROOT, 'dev', 'csp.mjs'))) as ServerModule;
  });

  it('adds where an add-in page may be framed: Outlook and Office, and the workbench', () => {
    const html = readFileSync(join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
    const header = server.policyHeader(html);
    expect(header.startsWith(metaPolicy(html))).toBe(true);
    expect(directives(header).get('frame-ancestors')).toEqual([
      "'self'",
      'https://*.office.com',
      'https://*.office365.com',
      'https://*.microsoft.com',
      'https://*.cloud.microsoft',
      'https://outlook.live.com',
    ]);
  });

  it('lets nobody but itself frame the workbench', () => {
    const html = readFileSync(join(ROOT, 'dev/workbench/index.html'), 'utf8');
    expect(
      directives(server.policyHeader(html, { workbench: true })).get('frame-ancestors'),
    ).toEqual(["'self'"]);
  });

  it('gives a page without a policy of its own a strict one', () => {
    const d = directives(server.policyHeader('<html></html>'));
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
  });
});

/** GET a path of the workbench over https (its certificate is its own). */
function fetchHeaders(url: string): Promise<{ status: number; csp: string | undefined }> {
  return new Promise((resolve, reject) => {
    get(url, { rejectUnauthorized: false }, (res) => {
      res.resume();
      const csp = res.headers['content-security-policy'];
      resolve({ status: res.statusCode ?? 0, csp: Array.isArray(csp) ? csp[0] : csp });
    }).on('error', reject);
  });
}

describeBrowser('the policy in the browser', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  jest.setTimeout(BROWSER_TIMEOUT_MS);
  beforeAll(async () => {
    [server, browser] = await Promise.all([startWorkbench(buildWorkbench()), launch()]);
  }, BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    server?.stop();
  }, BROWSER_TIMEOUT_MS);

  const SERVED = [
    '/',
    '/taskpane.html',
    '/commands.html',
    '/auth.html',
    '/support.html',
    '/workbench/addin/ha-kommune/taskpane.html',
    '/workbench/addin/ha-kommune/commands.html',
    '/workbench/addin/vara-kommun/taskpane.html',
  ];

  it.each(SERVED)('serves %s with the policy', async (path) => {
    const { status, csp } = await fetchHeaders(new URL(path, server?.url).href);
    expect(status).toBe(200);
    const d = directives(csp ?? '');
    expect(d.get('default-src')?.length).toBeGreaterThan(0);
    expect(d.get('frame-ancestors')?.length).toBeGreaterThan(0);
    expect(scriptSources(d)).not.toContain("'unsafe-eval'");
  });

  it('runs a send, the alert, the task pane and the read pane without a violation', async () => {
    if (!browser || !server) throw new Error('the workbench did not start');
    const page: Page = await browser.newPage({
      ignoreHTTPSErrors: true,
      viewport: { width: 1400, height: 900 },
    });
    page.setDefaultTimeout(BROWSER_STEP_MS);
    const violations: string[] = [];
    page.on('console', (m: ConsoleMessage) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Innboks' }).waitFor();
    // Every frame reports violations to the page too.
    await page.evaluate(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.getByRole('button', { name: 'Ny melding' }).click();
    await page.getByLabel('Til', { exact: true }).fill('ola.innbyggjar@example.net');
    await page.getByLabel('Emne').fill('Vedtak for 13097248022');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Emnefeltet inneheld eit fødselsnummer');
    await dialog.getByRole('button', { name: 'Vis detaljar' }).click();
    const pane = page.frameLocator('iframe[title="Arkivpost-panel"]');
    await pane.getByRole('button', { name: /Fjern «.*13097248022.*» frå emnet/ }).waitFor();
    // "Vis detaljar" closed the alert; one still open is closed (no wait for one that is not).
    const dontSend = page.getByRole('button', { name: 'Ikkje send' });
    if (await dontSend.isVisible()) await dontSend.click();
    // A received message in the read pane.
    await page.goto(server.url);
    await page.getByRole('button', { name: /startlån/ }).click();
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await page
      .frameLocator('iframe[title="Arkivpost-panel"]')
      .getByRole('heading', { name: 'Arkivverdig' })
      .waitFor();
    await page.close();
    expect(violations).toEqual([]);
  }, 120_000);
});
