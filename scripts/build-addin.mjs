// Builds the add-in (dist/addin) and the workbench (dist/workbench): the
// send handler runtime.js with esbuild (docs/adr/0005), everything else with
// webpack. The add-in gets ARKIVPOST_PROFILE (default Hå kommune); the
// workbench gets one add-in per example profile, as four deployments.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { buildRuntime, DEFAULT_PROFILE } from './build-send.mjs';

const mode = process.argv.includes('--development') ? 'development' : 'production';
// ARKIVPOST_DIST: another folder than dist (the browser tests build apart, so
// that a build of `npm start` beside them does not pull their files away).
const DIST = process.env.ARKIVPOST_DIST || 'dist';
rmSync(`${DIST}/addin`, { recursive: true, force: true });
rmSync(`${DIST}/workbench`, { recursive: true, force: true });

const profiles = readdirSync('profiles').filter(
  (f) => f.endsWith('.json') && f !== 'profile.schema.json',
);
await buildRuntime({
  outfile: `${DIST}/addin/runtime.js`,
  profile: process.env.ARKIVPOST_PROFILE || DEFAULT_PROFILE,
});
for (const f of profiles) {
  const id = f.replace(/\.json$/, '');
  await buildRuntime({
    outfile: `${DIST}/workbench/addin/${id}/runtime.js`,
    profile: `profiles/${f}`,
  });
}

const r = spawnSync(process.execPath, ['node_modules/webpack/bin/webpack.js', '--mode', mode], {
  stdio: 'inherit',
});
process.exitCode = r.status ?? 1;
