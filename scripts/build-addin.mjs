// Builds the add-in (dist/addin) and the workbench (dist/workbench): the
// send handler runtime.js with esbuild (docs/adr/0005), everything else with
// webpack. The add-in gets ARKIVPOST_PROFILE (default Hå kommune); the
// workbench gets one add-in per example profile, as four deployments.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { buildRuntime, DEFAULT_PROFILE } from './build-send.mjs';

const mode = process.argv.includes('--development') ? 'development' : 'production';
// The browser tests' record of what they built (test/support/browser.ts) no longer holds.
rmSync('dist/.workbench-build', { force: true });
rmSync('dist/addin', { recursive: true, force: true });
rmSync('dist/workbench', { recursive: true, force: true });

const profiles = readdirSync('profiles').filter(
  (f) => f.endsWith('.json') && f !== 'profile.schema.json',
);
await buildRuntime({
  outfile: 'dist/addin/runtime.js',
  profile: process.env.ARKIVPOST_PROFILE || DEFAULT_PROFILE,
});
for (const f of profiles) {
  const id = f.replace(/\.json$/, '');
  await buildRuntime({
    outfile: `dist/workbench/addin/${id}/runtime.js`,
    profile: `profiles/${f}`,
  });
}

const r = spawnSync(process.execPath, ['node_modules/webpack/bin/webpack.js', '--mode', mode], {
  stdio: 'inherit',
});
process.exitCode = r.status ?? 1;
