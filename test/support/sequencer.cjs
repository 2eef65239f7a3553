// The order of a test run: a suite that failed last time first, then the
// longest first, by the times of the last run (jest's own order). A suite
// without a time yet (a fresh clone, CI) counts as long when it raises its
// time limit or drives the browser, else as short, so that the long ones
// still start first rather than last. The suites that need the workbench
// build (they import test/support/browser.ts) wait while it is made: when it
// is not there yet, it starts in the background as the run starts
// (test/support/global-setup.cjs) and those suites come after enough other
// work to keep both workers busy meanwhile, instead of waiting for it first.
const { spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const ROOT = join(__dirname, '..', '..');
/** Worker seconds of other suites to run before the first that needs the build. */
const AHEAD_S = 120;

/** Seconds a suite without a time yet is taken to need. */
const LONG_S = 30;
const SHORT_S = 1;

const needsBuild = (text) => /\/support\/browser['"]/.test(text);
const long = (text) => needsBuild(text) || /jest\.setTimeout\(/.test(text);

function buildIsThere() {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'test-build.mjs'), '--check'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return r.status === 0 && r.stdout.trim() !== '';
}

class ArkivpostSequencer extends Sequencer {
  sort(tests) {
    // As jest's own: the times also tell it whether to run in band.
    for (const t of tests) t.duration = this.time(t);
    const text = new Map(tests.map((t) => [t, readFileSync(t.path, 'utf8')]));
    const seconds = new Map(
      tests.map((t) => {
        const ms = t.duration;
        return [t, ms != null ? ms / 1000 : long(text.get(t)) ? LONG_S : SHORT_S];
      }),
    );
    const failed = (t) => (this.hasFailed(t) ? 1 : 0);
    const sorted = [...tests].sort(
      (a, b) =>
        failed(b) - failed(a) ||
        seconds.get(b) - seconds.get(a) ||
        text.get(b).length - text.get(a).length,
    );
    const users = sorted.filter((t) => needsBuild(text.get(t)));
    if (users.length === 0 || buildIsThere()) return sorted;
    process.env.ARKIVPOST_BUILD_IN_BACKGROUND = '1';
    const others = sorted.filter((t) => !users.includes(t));
    let ahead = 0;
    let at = 0;
    while (at < others.length && ahead < AHEAD_S) ahead += seconds.get(others[at++]);
    return [...others.slice(0, at), ...users, ...others.slice(at)];
  }
}

module.exports = ArkivpostSequencer;
