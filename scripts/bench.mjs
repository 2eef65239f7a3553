// Bundle the benchmarks with esbuild and run them with the collector exposed,
// so memory figures start from a clean heap.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { buildRuntime } from './build-send.mjs';

// Measure the bundles as they ship.
await buildRuntime();
await build({
  entryPoints: ['bench/run.ts'],
  outfile: 'dist/bench/run.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});
const r = spawnSync(
  process.execPath,
  ['--expose-gc', 'dist/bench/run.cjs', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exitCode = r.status ?? 1;
