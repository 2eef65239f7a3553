// Layering rules live here, not only in prose: each folder may import only what
// the architecture allows, and the pure core may not reach for hosts or clocks.
import js from '@eslint/js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

// The layering table: each folder → the folders its files may import (besides its
// own). The longest folder that contains a file is its row; packages are not in it.
// A file in no row is an error too, so a new folder must say where it stands.
const LAYERS = {
  // The policy engine: pure, runs in the send runtime, the pane, the CLI and tests.
  'src/core': [],
  // Graph, the archives and the network layer, built on core's model and ports.
  'src/services': ['src/core'],
  // Office.js adapters behind core's ports; they know Office, not Graph or archives.
  'src/host': ['src/core'],
  // React-free use cases: core's rules, driven through services' ports.
  'src/app': ['src/core', 'src/services'],
  // The React pane: capabilities come through props and context, not from host.
  'src/taskpane': ['src/core', 'src/services', 'src/app'],
  // The pane's composition root is the one place that wires the host adapters in.
  'src/taskpane/index.tsx': ['src/core', 'src/services', 'src/app', 'src/host', 'src/taskpane'],
  // The oversight page (Tilsyn): React like the pane, and the pane's shell (theme, failures).
  'src/oversight': ['src/core', 'src/services', 'src/app', 'src/taskpane'],
  // Its composition root wires the host adapters in.
  'src/oversight/index.tsx': [
    'src/core',
    'src/services',
    'src/app',
    'src/host',
    'src/taskpane',
    'src/oversight',
  ],
  // The send handler: the engine plus the Office adapters it needs at send time.
  'src/runtime': ['src/core', 'src/host'],
  // The command line: the engine, the services and the use cases, no Office and no React.
  'src/cli': ['src/core', 'src/services', 'src/app'],
  // Entry points of the small pages (the sign-in dialog): composition roots.
  'src/pages': ['src/core', 'src/services', 'src/host'],
  // Emulators and the workbench: the product's model and pure codecs, never tests; the
  // development server serves the manifest rewritten for its host and port as
  // `npm run manifest` does (scripts/manifest-host.mjs).
  dev: ['src/core', 'src/services', 'scripts'],
  // Helpers shared by tests and benches: fixture builders, the browser launcher.
  'test/support': ['src', 'dev'],
  // Hostile-input generators, shared by the linearity tests and the readers bench.
  'test/adversarial': ['src', 'dev', 'test/support'],
  // Tests may reach everything they test, and the bench they check.
  test: ['src', 'dev', 'bench'],
  // Benches measure the product against the emulators, with the tests' builders.
  bench: ['src', 'dev', 'test/support', 'test/adversarial'],
  // Build and tooling scripts see the code through esbuild's entry points only.
  scripts: [],
  // The root's configuration files (eslint, jest, webpack).
  '.': [],
};

const within = (file, folder) =>
  folder === '.' ? !file.includes('/') : file === folder || file.startsWith(`${folder}/`);
const rowOf = (file) =>
  Object.keys(LAYERS)
    .filter((folder) => within(file, folder))
    .sort((a, b) => b.length - a.length)[0];

const layering = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only what the layering table allows.' },
    schema: [],
  },
  create(context) {
    const file = path.relative(repoRoot, context.filename).split(path.sep).join('/');
    const row = rowOf(file);
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path
        .relative(repoRoot, path.resolve(path.dirname(context.filename), spec))
        .split(path.sep)
        .join('/');
      if (row === undefined) return;
      const targetRow = rowOf(target) ?? target;
      if (targetRow === row || within(target, row === '.' ? '.' : row)) return;
      if (LAYERS[row].some((folder) => within(target, folder))) return;
      context.report({
        node,
        message: `${row} may not import ${targetRow} (layering table in eslint.config.mjs; docs/ARCHITECTURE.md).`,
      });
    };
    return {
      Program(node) {
        if (row === undefined) {
          context.report({ node, message: `${file} is in no row of the layering table.` });
        }
      },
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node.source, node.source.value),
      CallExpression: (node) =>
        node.callee.type === 'Identifier' &&
        node.callee.name === 'require' &&
        node.arguments[0]?.type === 'Literal' &&
        check(node.arguments[0], node.arguments[0].value),
    };
  },
};

const coreGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
  'Office',
  'OfficeRuntime',
  'Buffer',
  'process',
  'require',
  'setTimeout',
  'setInterval',
  '__dirname',
].map((name) => ({ name, message: 'src/core is pure: pass it in through a port instead.' }));

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'coverage/', 'bench/results/', 'bin/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.cjs', '**/*.js'],
    plugins: { arkivpost: { rules: { layering } } },
    rules: { 'arkivpost/layering': 'error' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...coreGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time comes from an injected clock.' },
        { object: 'Math', property: 'random', message: 'The core is deterministic.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time comes from an injected clock.',
        },
        {
          selector: 'Literal[regex.flags=/s/]',
          message: 'The send runtime may predate ES2018 regex flags.',
        },
        {
          selector: 'Literal[regex.pattern=/\\(\\?<[=!]|\\(\\?<[a-zA-Z]|\\\\p\\{/]',
          message:
            'Lookbehind, named groups and \\p{} are ES2018: the send runtime may not have them.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'zlib', 'buffer', 'os'],
              message: 'No Node built-ins in core.',
            },
          ],
        },
      ],
    },
  },
  {
    // React gets capabilities through props and context, never Office itself.
    files: [
      'src/taskpane/**/*.ts',
      'src/taskpane/**/*.tsx',
      'src/services/**/*.ts',
      'src/oversight/**/*.ts',
      'src/oversight/**/*.tsx',
    ],
    ignores: ['src/oversight/index.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'Office',
          message: 'Only src/host/office (and the runtime root) may touch Office.',
        },
      ],
    },
  },
  {
    // reason: webpack, jest and jest's transform load CommonJS.
    files: ['webpack.config.js', 'jest.config.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        __filename: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        performance: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
      },
    },
  },
);
