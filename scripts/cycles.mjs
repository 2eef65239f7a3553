// Import cycles: reads every source file's imports (static, type-only, dynamic and
// require) with the TypeScript parser, resolves the relative ones, and reports each
// strongly connected component of more than one file. A cycle is an error: break it
// by moving the shared piece into a module of its own.
//
//   npm run cycles            exit 1 and list the cycles when there are any
//   npm run cycles -- --why   also print, per cycle, the imports that close it
//   npm run cycles -- --root D  read another tree (the tests' fixtures)
//   npm run cycles -- --folders  also list knots between folders (for information:
//                             folders that import each other through different files)
import { readFileSync, existsSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import ts from 'typescript';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const roots = ['src', 'dev', 'bench', 'scripts', 'test'];
const sourceExt = /\.(ts|tsx|mts|cts|mjs|cjs|js)$/;
const tryExt = ['', '.ts', '.tsx', '.d.ts', '.mjs', '.cjs', '.js', '/index.ts', '/index.tsx'];

function listFiles(root) {
  const out = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', ...roots],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return out
    .split('\n')
    .filter((f) => sourceExt.test(f) && existsSync(path.join(root, f)))
    .sort();
}

function resolve(root, fromFile, spec) {
  if (!spec.startsWith('.')) return null;
  const base = path.join(path.dirname(fromFile), spec);
  // Bundler resolution: `./x.js` may name `./x.ts`.
  const candidates = [base, base.replace(/\.js$/, '')];
  for (const c of candidates) {
    for (const ext of tryExt) {
      const f = c + ext;
      const abs = path.join(root, f);
      if (existsSync(abs) && statSync(abs).isFile() && sourceExt.test(f)) return path.normalize(f);
    }
  }
  return null;
}

/** file → files it imports (relative imports only; packages are not part of a cycle). */
export function importGraph(root = repoRoot) {
  const files = listFiles(root);
  const graph = new Map();
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const info = ts.preProcessFile(text, true, true);
    const deps = new Set();
    for (const ref of info.importedFiles) {
      const target = resolve(root, file, ref.fileName);
      if (target && target !== file) deps.add(target);
    }
    graph.set(file, [...deps].sort());
  }
  return graph;
}

/** Tarjan's algorithm, iterative: linear in files plus imports. */
export function stronglyConnected(graph) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const components = [];
  for (const start of graph.keys()) {
    if (idx.has(start)) continue;
    const work = [[start, 0]];
    idx.set(start, index);
    low.set(start, index);
    index++;
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, i] = frame;
      const deps = graph.get(node) ?? [];
      if (i < deps.length) {
        frame[1]++;
        const next = deps[i];
        if (!graph.has(next)) continue;
        if (!idx.has(next)) {
          idx.set(next, index);
          low.set(next, index);
          index++;
          stack.push(next);
          onStack.add(next);
          work.push([next, 0]);
        } else if (onStack.has(next)) {
          low.set(node, Math.min(low.get(node), idx.get(next)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === idx.get(node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        if (component.length > 1) components.push(component.sort());
      }
    }
  }
  return components.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The import graph between folders: a folder imports another when one of its files does. */
export function folderGraph(graph) {
  const folders = new Map();
  const add = (folder) => folders.get(folder) ?? folders.set(folder, new Set()).get(folder);
  for (const [file, deps] of graph) {
    const from = add(path.dirname(file));
    for (const dep of deps) {
      const to = path.dirname(dep);
      add(to);
      if (to !== path.dirname(file)) from.add(to);
    }
  }
  return new Map([...folders].map(([folder, deps]) => [folder, [...deps].sort()]));
}

function main() {
  const why = process.argv.includes('--why');
  const at = process.argv.indexOf('--root');
  const graph = importGraph(at > 0 ? path.resolve(process.argv[at + 1]) : repoRoot);
  const cycles = stronglyConnected(graph);
  if (process.argv.includes('--folders')) {
    for (const knot of stronglyConnected(folderGraph(graph))) {
      console.log(`Folders that import each other: ${knot.join(', ')}`);
    }
  }
  if (cycles.length === 0) {
    console.log(`No import cycles among ${graph.size} files.`);
    return;
  }
  console.error(`${cycles.length} import cycle(s):`);
  for (const cycle of cycles) {
    const members = new Set(cycle);
    console.error(`\n  ${cycle.length} files:`);
    for (const file of cycle) {
      console.error(`    ${file}`);
      if (why) {
        for (const dep of graph.get(file) ?? []) {
          if (members.has(dep)) console.error(`      → ${dep}`);
        }
      }
    }
  }
  console.error('\nMove the shared piece into a module of its own.');
  process.exitCode = 1;
}

if (
  process.argv[1] &&
  path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)
) {
  main();
}
