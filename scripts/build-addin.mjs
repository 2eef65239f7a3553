// Builds the add-in (dist/addin) and the workbench (dist/workbench): the
// send handler runtime.js with esbuild (docs/adr/0005), everything else with
// webpack. The add-in gets ARKIVPOST_PROFILE (default Hå kommune); the
// workbench gets one add-in per example profile, as four deployments.
//
// Beside them, dist/chunk-groups.json names the scripts of each chunk group
// of each build ({ addin: { taskpane: ['react-dom.js', …], … }, … }): what a
// page fetches for each of its parts (test/build/pane-bundle.test.ts).
//
// --cache keeps webpack's cache on disk (node_modules/.cache/webpack, one per
// checkout), so that a build after a small change takes seconds: the browser
// tests build this way.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import webpack from 'webpack';
import { buildRuntime, DEFAULT_PROFILE } from './build-send.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const mode = process.argv.includes('--development') ? 'development' : 'production';
const cache = process.argv.includes('--cache');
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

const { default: webpackConfig } = await import(
  pathToFileURL(join(ROOT, 'webpack.config.js')).href
);
const configs = webpackConfig({}, { mode });
if (cache) {
  // One cache per checkout: checkouts may share one node_modules.
  const checkout = createHash('sha256').update(realpathSync(ROOT)).digest('hex').slice(0, 12);
  for (const config of configs) {
    config.cache = {
      type: 'filesystem',
      cacheDirectory: join(ROOT, 'node_modules', '.cache', 'webpack'),
      name: `${checkout}-${config.name}-${mode}`,
      buildDependencies: {
        config: [join(ROOT, 'webpack.config.js'), join(ROOT, 'scripts', 'griffel-aot.cjs')],
      },
    };
  }
}

const compiler = webpack(configs);
const stats = await new Promise((ok, fail) =>
  compiler.run((error, result) => (error || !result ? fail(error) : ok(result))),
);
await new Promise((ok) => compiler.close(ok));
console.log(stats.toString({ preset: 'normal', colors: process.stdout.isTTY === true }));

const groups = {};
for (const child of stats.stats) {
  const { namedChunkGroups = {} } = child.toJson({ all: false, chunkGroups: true });
  groups[child.compilation.name] = Object.fromEntries(
    Object.entries(namedChunkGroups).map(([name, group]) => [
      name,
      (group.assets ?? []).map((a) => a.name),
    ]),
  );
}
mkdirSync(DIST, { recursive: true });
writeFileSync(join(DIST, 'chunk-groups.json'), `${JSON.stringify(groups, null, 2)}\n`);
process.exitCode = stats.hasErrors() ? 1 : 0;
