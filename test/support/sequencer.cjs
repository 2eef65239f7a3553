// The order of a test run. Jest's own order stays (a suite that failed last
// time first, then the longest first, by the times of the last run), with
// one change: the suites that need the workbench build (they import
// test/support/browser.ts) wait while it is made. When that build is not
// there yet, it starts in the background as the run starts
// (test/support/global-setup.cjs) and those suites come after enough other
// work to keep both workers busy meanwhile, instead of waiting for it first.
const { spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const ROOT = join(__dirname, '..', '..');
/** Worker seconds of other suites (by the last run's times, 1 s if new) before the first that needs the build. */
const AHEAD_S = 120;

const needsBuild = (path) => /\/support\/browser['"]/.test(readFileSync(path, 'utf8'));

function buildIsThere() {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'test-build.mjs'), '--check'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return r.status === 0 && r.stdout.trim() !== '';
}

class ArkivpostSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const users = sorted.filter((t) => needsBuild(t.path));
    if (users.length === 0 || buildIsThere()) return sorted;
    process.env.ARKIVPOST_BUILD_IN_BACKGROUND = '1';
    const others = sorted.filter((t) => !users.includes(t));
    let ahead = 0;
    let at = 0;
    while (at < others.length && ahead < AHEAD_S) ahead += (others[at++].duration ?? 1000) / 1000;
    return [...others.slice(0, at), ...users, ...others.slice(at)];
  }
}

module.exports = ArkivpostSequencer;
