// Bundle the benchmarks with esbuild and run them with the collector exposed,
// so memory figures start from a clean heap.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

// Measure the bundles as they ship, and the workbench as `npm start` serves it
// (the filing and oversight rows alone need neither).
const only = (name) => process.argv.slice(2).includes(name);
if (!only('filing') && !only('oversight')) {
  const built = spawnSync(process.execPath, ['scripts/build-addin.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
// The anchors' "Office.js replaced by a stub", for the task pane's page (bench/pane.bench.ts).
await build({
  entryPoints: ['bench/office-stub.ts'],
  outfile: 'dist/bench/office-stub.js',
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  logLevel: 'warning',
});
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
