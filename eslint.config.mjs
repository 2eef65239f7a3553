// Layering rules live here, not only in prose: each folder may import only what
// the architecture allows, and the pure core may not reach for hosts or clocks.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
              group: [
                '**/host/**',
                '**/services/**',
                '**/taskpane/**',
                '**/runtime/**',
                '**/cli/**',
              ],
              message: 'src/core imports nothing from the other layers.',
            },
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
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx', 'src/services/**/*.ts'],
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
    // Only the composition root (index.tsx) wires the host adapters in.
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    ignores: ['src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/host/**', '**/runtime/**', '**/cli/**'],
              message: 'Components get capabilities through props and context (src/core/ports.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/host/**', '**/taskpane/**', '**/runtime/**'],
              message: 'The command line builds on core and services only.',
            },
          ],
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
