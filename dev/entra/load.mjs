// For the workbench server (plain Node): bundles dev/entra with esbuild on
// first use, as dev/graph/load.mjs does, and mounts it at /entra/…, with the
// Graph emulator's users who can sign in (personal mailboxes) to pick from.
//
//   import { entraHandler } from './entra/load.mjs';
//   … in the request handler:  if (entraHandler(req, res)) return;
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadGraphEmulator } from '../graph/load.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const top = resolve(here, '..', '..');
export const ENTRA_PREFIX = '/entra';

let loading = null;

export function loadEntraEmulator() {
  loading ??= (async () => {
    const { build } = await import('esbuild');
    const outfile = resolve(top, 'dist', 'dev', `entra-${process.pid}.mjs`);
    await build({
      entryPoints: [resolve(here, 'index.ts')],
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
    const graph = await loadGraphEmulator();
    return mod.createEntraEmulator({
      prefix: ENTRA_PREFIX,
      // The store is replaced on reset: asked afresh every time.
      users: function* () {
        for (const u of graph.store.users.values()) {
          if (u.kind === 'personal' && u.accountEnabled !== false)
            yield { upn: u.userPrincipalName, displayName: u.displayName, id: u.id };
        }
      },
    });
  })();
  return loading;
}

/** true when the request is the emulator's (under /entra/); it answers it then. */
export function entraHandler(req, res) {
  const path = (req.url ?? '/').split('?')[0];
  if (path !== ENTRA_PREFIX && !path.startsWith(`${ENTRA_PREFIX}/`)) return false;
  loadEntraEmulator().then(
    (entra) => {
      if (!entra.handle(req, res)) res.writeHead(404).end();
    },
    (e) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Entra ID emulator failed to start: ${e}`);
    },
  );
  return true;
}
