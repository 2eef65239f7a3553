// For the workbench server (plain Node, which cannot import TypeScript): bundles
// dev/graph with esbuild on first use, imports it and mounts it. The bundle is
// written under dist/dev, inside the project (packages are left out of it and
// would resolve from node_modules; today it needs only Node's own modules),
// one file per process, and removed once imported.
//
//   import { graphHandler } from './graph/load.mjs';
//   … in the request handler, first:  if (graphHandler(req, res)) return;
//
// seedSampleTraffic(noark, now) fills it (and the archive) with the sample
// traffic of dev/sample, as `npm start` does.
//
// The emulator answers <origin>/graph/v1.0/… and <origin>/graph/_emulator/….
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const top = resolve(here, '..', '..');

let loading = null;

/** Build, import and create the emulator once; options as createGraphEmulator's. */
export function loadGraphEmulator(options = {}) {
  loading ??= (async () => {
    const { build } = await import('esbuild');
    const outfile = resolve(top, 'dist', 'dev', `graph-${process.pid}.mjs`);
    await build({
      // The emulator and the sample traffic (dev/sample) in one bundle: the
      // sample writes into the emulator's stores (SharePoint's too, which
      // belong to their Graph store through module state).
      stdin: {
        contents:
          "export * from './index.ts';\nexport { seedSample } from '../sample/traffic.ts';\n",
        resolveDir: here,
        sourcefile: 'graph-and-sample.ts',
        loader: 'ts',
      },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    const mod = await import(pathToFileURL(outfile).href);
    await rm(outfile, { force: true });
    seeder = mod.seedSample;
    return mod.createGraphEmulator({ mailboxDir: resolve(top, 'dev', 'mailbox'), ...options });
  })();
  return loading;
}

let seeder = null;

/**
 * Seed the sample traffic (dev/sample/traffic.ts) as of `now` into the Graph
 * emulator and, when given, the Noark 5 emulator (loadNoarkEmulator's).
 * `defer`: only when asked (`POST …/_emulator/sample`), not now.
 */
export async function seedSampleTraffic(noark, now, { defer = false } = {}) {
  const emulator = await loadGraphEmulator();
  seeder(emulator, noark, { now, defer });
}

/** true when the request is the emulator's (under /graph/); it answers it then. */
export function graphHandler(req, res) {
  const path = (req.url ?? '/').split('?')[0];
  if (path !== '/graph' && !path.startsWith('/graph/')) return false;
  loadGraphEmulator().then(
    (emulator) => {
      if (!emulator.handle(req, res)) res.writeHead(404).end();
    },
    (e) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Graph emulator failed to start: ${e}`);
    },
  );
  return true;
}
