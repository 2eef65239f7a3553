// The checks before the tests: both type checks (the pure core alone, then
// everything), ESLint, the import cycles and Prettier, two at a time (as many
// as the machine has cores), each one's output printed when it ends.
//
//   node scripts/check.mjs            all of them (npm test runs this, then jest)
//   node scripts/check.mjs typecheck  the two type checks (npm run typecheck)
//   node scripts/check.mjs lint       ESLint, the cycles and Prettier (npm run lint)
//
// tsc, ESLint and Prettier keep what they learnt about unchanged files in
// node_modules/.cache/arkivpost/<checkout>/ (one per checkout: checkouts may
// share node_modules), made when missing; deleting it is always safe.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const hash = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 12);
};
const CACHE = join(ROOT, 'node_modules', '.cache', 'arkivpost', hash(realpathSync(ROOT)));
mkdirSync(CACHE, { recursive: true });
// ESLint's cache knows a rule's options, not its code: the layering rule is
// written in the config file, so a change to that file starts a new cache.
const eslintCache = join(
  CACHE,
  `eslint-${hash(readFileSync(join(ROOT, 'eslint.config.mjs')), readFileSync(join(ROOT, 'package-lock.json')))}`,
);

const bin = (pkg, file) => join(ROOT, 'node_modules', pkg, file);
const TSC = bin('typescript', 'bin/tsc');
const tsc = (project, info) => [
  TSC,
  '-p',
  project,
  '--noEmit',
  '--incremental',
  '--tsBuildInfoFile',
  join(CACHE, info),
];

/** Longest first, so that the short ones fill in beside it. */
const CHECKS = [
  {
    name: 'tsc -p tsconfig.json',
    group: 'typecheck',
    args: tsc('tsconfig.json', 'all.tsbuildinfo'),
  },
  {
    name: 'prettier --check .',
    group: 'lint',
    args: [
      bin('prettier', 'bin/prettier.cjs'),
      '--check',
      '.',
      '--log-level',
      'warn',
      '--cache',
      '--cache-strategy',
      'content',
      '--cache-location',
      join(CACHE, 'prettier'),
    ],
  },
  {
    name: 'eslint .',
    group: 'lint',
    args: [
      bin('eslint', 'bin/eslint.js'),
      '.',
      '--cache',
      '--cache-strategy',
      'content',
      '--cache-location',
      eslintCache,
    ],
  },
  {
    name: 'tsc -p src/core/tsconfig.json',
    group: 'typecheck',
    args: tsc('src/core/tsconfig.json', 'core.tsbuildinfo'),
  },
  { name: 'cycles', group: 'lint', args: [join(ROOT, 'scripts', 'cycles.mjs')] },
];

const wanted = process.argv.slice(2);
const checks = CHECKS.filter((c) => wanted.length === 0 || wanted.includes(c.group));
if (checks.length === 0) {
  console.error(`usage: node scripts/check.mjs [typecheck] [lint]`);
  process.exit(2);
}

function run(check) {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, check.args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Colours as if each wrote to this terminal (their output is collected first).
      env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const ok = code === 0;
      process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${check.name} (${seconds} s)\n`);
      if (out.trim()) process.stdout.write(`${out.trimEnd()}\n`);
      done(ok);
    });
  });
}

const queue = [...checks];
const lanes = Math.max(1, Math.min(availableParallelism(), queue.length));
const results = await Promise.all(
  Array.from({ length: lanes }, async () => {
    const oks = [];
    while (queue.length > 0) oks.push(await run(queue.shift()));
    return oks;
  }),
);
process.exitCode = results.flat().every(Boolean) ? 0 : 1;
