// The local server of `npm start`: the add-in's files for sideloading, and
// the workbench that runs the same files over an emulated Office.js.
//
// https://localhost:3000/                     the workbench
// https://localhost:3000/taskpane.html etc.   the add-in as manifest.xml names it
// https://localhost:3000/graph/v1.0/…        Microsoft Graph, emulated (dev/graph), with
//                                             the sample traffic of dev/sample
// https://localhost:3000/noark5v5/           a Noark 5 archive API, emulated (dev/noark),
//                                             kept in .noark/ (not committed)
// https://localhost:3000/entra/<tenant>/…    Microsoft Entra ID, emulated (dev/entra):
//                                             MSAL's redirect sign-in for /oversikt
// https://localhost:3000/oversikt             the oversight page in a browser tab
//                                             (?profile=<id>, default ha-kommune)
// https://localhost:3000/workbench/addin/<profile>/…
//                                             the add-in built for each example
//                                             profile, with the emulator in
//                                             place of Microsoft's office.js
//
// Outlook only loads add-ins over https, so the server speaks https with a
// certificate made for localhost on first start (.cert/, not committed).
import { createServer } from 'node:https';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rehost } from '../scripts/manifest-host.mjs';
import { policyHeader } from './csp.mjs';
import { entraHandler } from './entra/load.mjs';
import { graphHandler, loadGraphEmulator, seedSampleTraffic } from './graph/load.mjs';
import { NOARK_DIR, NOARK_PREFIX, loadNoarkEmulator, noarkHandler } from './noark/load.mjs';

const top = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.eml': 'message/rfc822',
  '.xml': 'application/xml; charset=utf-8',
};

/** What scripts/build-addin.mjs built: dist, or ARKIVPOST_DIST as it was built with. */
const dist = resolve(top, process.env.ARKIVPOST_DIST || 'dist');

/** URL prefix → folders searched in order. */
const MOUNTS = [
  ['/assets/', [resolve(top, 'assets')]],
  ['/mailbox/', [resolve(top, 'dev', 'mailbox')]],
  ['/profiles/', [resolve(top, 'profiles')]],
  ['/workbench/', [resolve(dist, 'workbench'), resolve(top, 'dev', 'workbench')]],
  ['/', [resolve(dist, 'addin'), resolve(dist, 'workbench'), resolve(top, 'dev', 'workbench')]],
];

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The workbench loads the add-in's pages with its emulator instead of office.js. */
function forWorkbench(html) {
  return html.replace(OFFICE_JS, '/workbench/office-bridge.js');
}

async function certificate() {
  const dir = resolve(top, '.cert');
  const keyFile = join(dir, 'localhost.key');
  const certFile = join(dir, 'localhost.crt');
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    const { generate } = await import('selfsigned');
    const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
      days: 825,
      keySize: 2048,
      algorithm: 'sha256',
      extensions: [
        { name: 'basicConstraints', cA: false },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            { type: 7, ip: '127.0.0.1' },
          ],
        },
      ],
    });
    mkdirSync(dir, { recursive: true });
    writeFileSync(keyFile, pems.private, { mode: 0o600 });
    writeFileSync(certFile, pems.cert);
  }
  return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
}

async function find(pathname) {
  for (const [prefix, roots] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    let rel = normalize(pathname.slice(prefix.length)).replace(/^([/\\])+/, '');
    if (rel === '' || rel === '.' || rel.endsWith('/')) rel = `${rel === '.' ? '' : rel}index.html`;
    for (const root of roots) {
      const candidate = join(root, rel);
      if (!candidate.startsWith(root)) return null;
      const info = await stat(candidate).catch(() => null);
      if (info && info.isFile() && !candidate.endsWith('.ts')) return candidate;
    }
    return null;
  }
  return null;
}

/** https://localhost:<the port the server listens on>. */
function origin(server) {
  const address = server.address();
  return `https://localhost:${typeof address === 'object' && address ? address.port : 3000}`;
}

/**
 * ARKIVPOST_SAMPLE=off starts without the sample traffic (dev/sample): the
 * function mailboxes then hold only the workbench's own sample mailbox, until
 * `POST /graph/_emulator/sample` and `POST /noark5v5/_emulator/sample` ask
 * for it (the browser tests start so, see test/support/browser.ts).
 */
const SAMPLE = (process.env.ARKIVPOST_SAMPLE ?? 'on').toLowerCase() !== 'off';

export async function startServer({ port = 3000, host = '127.0.0.1', sample = SAMPLE } = {}) {
  // Microsoft Graph, emulated on the same origin: /graph/v1.0/… (no CORS).
  const started = new Date();
  await loadGraphEmulator();
  // Three months of traffic in the example function mailboxes and their
  // archives, as of now (deterministic; the archive on disk gains only what
  // is new on a restart).
  await seedSampleTraffic(await loadNoarkEmulator(), started, { defer: !sample });
  const server = createServer(await certificate(), async (req, res) => {
    if (graphHandler(req, res)) return;
    // The Noark 5 archive API, emulated: /noark5v5/… (dev/noark/README.md).
    if (noarkHandler(req, res)) return;
    // Microsoft Entra ID, emulated: /entra/… (dev/entra).
    if (entraHandler(req, res)) return;
    try {
      const url = new URL(req.url ?? '/', 'https://localhost');
      const pathname = decodeURIComponent(url.pathname);
      if (pathname === '/oversikt' || pathname === '/oversikt/') {
        // The oversight page in a browser tab, as built for a profile with the
        // emulators (Graph, Entra ID): ?profile=<id>, the rest of the query kept.
        const id = url.searchParams.get('profile') ?? 'ha-kommune';
        if (!/^[a-z0-9-]{1,64}$/.test(id)) {
          res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad profile');
          return;
        }
        url.searchParams.delete('profile');
        res.writeHead(302, {
          location: `/workbench/addin/${id}/oversikt.html${url.search}`,
          'cache-control': 'no-store',
        });
        res.end();
        return;
      }
      const file =
        pathname === '/manifest.xml'
          ? resolve(top, 'manifest.xml')
          : pathname === '/favicon.ico'
            ? resolve(top, 'assets', 'icon-32.png')
            : await find(pathname);
      if (file === null) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      let body = await readFile(file);
      if (pathname === '/manifest.xml') {
        // The add-in's URLs on this server's own port (PORT), not manifest.xml's 3000.
        body = Buffer.from(rehost(body.toString('utf8'), origin(server)).xml);
      }
      if (pathname.startsWith('/workbench/addin/') && file.endsWith('.html')) {
        body = Buffer.from(forWorkbench(body.toString('utf8')));
      }
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      };
      if (file.endsWith('.html')) {
        // The workbench's own page (at / and /workbench/) is not an add-in page.
        const workbench = file === resolve(top, 'dev', 'workbench', 'index.html');
        headers['content-security-policy'] = policyHeader(body.toString('utf8'), { workbench });
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(e));
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const port = Number(process.env.PORT ?? 3000);
  const server = await startServer({ port });
  const address = server.address();
  console.log(`Arkivpost workbench: https://localhost:${address.port}/`);
  console.log(
    `Noark 5 archive (emulated): https://localhost:${address.port}${NOARK_PREFIX}/ (stored in ${NOARK_DIR})`,
  );
  console.log(
    address.port === 3000
      ? `Add-in for sideloading: manifest.xml (https://localhost:${address.port}/taskpane.html)`
      : `Add-in for sideloading: https://localhost:${address.port}/manifest.xml (manifest.xml with port ${address.port})`,
  );
}
