// Regenerate the workbench's sample mailbox (dev/mailbox) from dev/mailbox/build.ts:
// bundle the generator with esbuild, then run it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: ['dev/mailbox/generate.ts'],
  outfile: 'dist/make-mailbox/generate.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['prettier'],
  logLevel: 'warning',
});
const r = spawnSync(
  process.execPath,
  ['dist/make-mailbox/generate.mjs', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exitCode = r.status ?? 1;
