// `npm run fuzz:filing -- …`: the filing fault fuzz (test/fuzz), bundled with
// esbuild as the benchmarks are and run in Node.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: ['test/fuzz/cli.ts'],
  outfile: 'dist/fuzz/filing.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['dist/fuzz/filing.cjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exitCode = r.status ?? 1;
