// Starts the workbench build in the background when the run needs it and it
// is not there yet (test/support/sequencer.cjs decides): the first suites run
// meanwhile, and each browser suite waits for it (scripts/test-build.mjs).
// It is left to finish if the run ends first: the next run uses it.
const { spawn } = require('node:child_process');
const { join } = require('node:path');

const ROOT = join(__dirname, '..', '..');

module.exports = async () => {
  if (process.env.ARKIVPOST_BUILD_IN_BACKGROUND !== '1') return;
  delete process.env.ARKIVPOST_BUILD_IN_BACKGROUND;
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'test-build.mjs')], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  child.unref();
};
