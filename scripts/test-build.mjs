// The browser tests' build of the add-in and the workbench, exactly as
// `npm start` builds them (scripts/build-addin.mjs), apart from its dist/:
// one folder per state of the inputs, dist/test/<hash>/, built once and
// shared by every suite (and every test run) while the inputs stay the same.
//
//   node scripts/test-build.mjs          builds if needed; prints the folder
//   node scripts/test-build.mjs --check  prints the folder if it is built, else nothing
//
// Several may run at once (the test run starts one in the background while
// the first unit tests run; each browser suite asks too): the first builds
// under a lock, the others wait for it. A lock whose builder is gone is taken
// over. The build's output goes to dist/test/<hash>.log.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILDS = join(ROOT, 'dist', 'test');
/** How long a waiter waits for another's build before it gives up. */
const WAIT_MS = 600_000;

/** What the builds read: a change to any of them means a new build. */
const INPUTS = [
  'src',
  'dev',
  'profiles',
  'assets',
  'scripts/build-addin.mjs',
  'scripts/build-send.mjs',
  'scripts/griffel-aot.cjs',
  'scripts/profile-part.cjs',
  'scripts/test-build.mjs',
  'webpack.config.js',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.base.json',
  'manifest.xml',
];

function inputHash() {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    hash.update(relative(ROOT, path));
    hash.update('\0');
    hash.update(readFileSync(path));
  };
  for (const p of INPUTS) visit(join(ROOT, p));
  return hash.digest('hex').slice(0, 16);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** The lock's holder is gone (it recorded its pid), or it never got to record one long ago. */
function abandoned(lock) {
  let pid = 0;
  try {
    pid = Number.parseInt(readFileSync(join(lock, 'pid'), 'utf8'), 10);
  } catch {
    // Not written yet.
  }
  if (pid > 0) return !alive(pid);
  return Date.now() - statSync(lock).mtimeMs > 60_000;
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function build() {
  const wanted = inputHash();
  const dir = join(BUILDS, wanted);
  const complete = join(dir, '.complete');
  if (process.argv.includes('--check')) return existsSync(complete) ? dir : '';
  const lock = `${dir}.lock`;
  mkdirSync(BUILDS, { recursive: true });
  for (const until = Date.now() + WAIT_MS; Date.now() < until;) {
    if (existsSync(complete)) return dir;
    try {
      mkdirSync(lock);
    } catch {
      try {
        if (abandoned(lock)) rmSync(lock, { recursive: true, force: true });
      } catch {
        // The lock went away meanwhile.
      }
      await sleep(500);
      continue;
    }
    try {
      writeFileSync(join(lock, 'pid'), String(process.pid));
      if (existsSync(complete)) return dir;
      rmSync(dir, { recursive: true, force: true });
      // Builds of earlier states of the tree, unused for an hour.
      for (const name of readdirSync(BUILDS)) {
        const old = join(BUILDS, name);
        if (!name.startsWith(wanted) && Date.now() - statSync(old).mtimeMs > 3_600_000)
          rmSync(old, { recursive: true, force: true });
      }
      const env = { ...process.env, ARKIVPOST_DIST: dir };
      // The add-in as deployed with the default profile, whatever the shell says.
      delete env.ARKIVPOST_PROFILE;
      const log = `${dir}.log`;
      const args = [join(ROOT, 'scripts', 'build-addin.mjs')];
      // A cache on disk makes the next build after a change quick; CI builds once.
      if (process.env.CI !== 'true') args.push('--cache');
      const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
      writeFileSync(log, `${r.stdout ?? ''}${r.stderr ?? ''}`);
      if (r.status !== 0) {
        const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.slice(-8_000);
        throw new Error(`the workbench build failed (${log}):\n${tail}`);
      }
      writeFileSync(complete, '');
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  throw new Error(`the workbench build did not finish in ${WAIT_MS / 1000} s`);
}

try {
  process.stdout.write(`${await build()}\n`);
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
