// Bundle the benchmarks with esbuild and run them with the collector exposed,
// so memory figures start from a clean heap.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

// Measure the bundles as they ship, and the workbench as `npm start` serves it.
const built = spawnSync(process.execPath, ['scripts/build-addin.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
await build({
  entryPoints: ['bench/run.ts'],
  outfile: 'dist/bench/run.cjs',
  bundle: true,
  platform: 'node',
  external: ['playwright-core'],
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
