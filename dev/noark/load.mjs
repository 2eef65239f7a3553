// For the workbench server (plain Node, which cannot import TypeScript): bundles
// dev/noark with esbuild on first use (in memory: it needs nothing from
// node_modules), imports it and mounts it.
//
//   import { noarkHandler } from './noark/load.mjs';
//   … in the request handler, first:  if (noarkHandler(req, res)) return;
//
// The emulator answers <origin>/noark5v5/… and keeps the archive in .noark/
// at the top of the repository (not committed).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const top = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Where `npm start` keeps the archive (ARKIVPOST_NOARK_DIR moves it: the
 * browser tests keep theirs apart), and where the emulator answers.
 */
export const NOARK_DIR = process.env.ARKIVPOST_NOARK_DIR
  ? resolve(process.env.ARKIVPOST_NOARK_DIR)
  : resolve(top, '.noark');
export const NOARK_PREFIX = '/noark5v5';

let emulator = null;

/** The emulator, bundled and created once; options as createNoarkEmulator's. */
export function loadNoarkEmulator(options = {}) {
  emulator ??= import('esbuild')
    .then(({ build }) =>
      build({
        entryPoints: [resolve(top, 'dev', 'noark', 'index.ts')],
        bundle: true,
        write: false,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        logLevel: 'warning',
      }),
    )
    .then(
      ({ outputFiles: [bundle] }) =>
        import(`data:text/javascript;base64,${Buffer.from(bundle.contents).toString('base64')}`),
    )
    .then(({ createNoarkEmulator }) =>
      createNoarkEmulator({ dir: NOARK_DIR, prefix: NOARK_PREFIX, ...options }),
    );
  return emulator;
}

/** true when the request is the emulator's (under /noark5v5/); it answers it then. */
export function noarkHandler(req, res) {
  const path = (req.url ?? '/').split('?')[0];
  if (path !== NOARK_PREFIX && !path.startsWith(`${NOARK_PREFIX}/`)) return false;
  loadNoarkEmulator().then(
    (e) => e.handle(req, res) || res.writeHead(404).end(),
    (e) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Noark emulator failed to start: ${e}`);
    },
  );
  return true;
}
