// Builds for the browser-side parts of Arkivpost.
//
// core-send: the policy engine as Outlook's JavaScript-only send runtime gets
// it: one file, no imports at run time, syntax lowered to ES2016 (classic
// Outlook for Windows before build 2403 accepts nothing newer), minified,
// within the 150 KB budget. A test parses it as ES2016 and runs it in a bare
// JavaScript context with no DOM and no Node built-ins.
const path = require('node:path');
const { EsbuildPlugin } = require('esbuild-loader');

const tsRule = (target) => ({
  test: /\.tsx?$/,
  loader: 'esbuild-loader',
  options: { loader: 'tsx', target },
});

module.exports = (_env, argv = {}) => {
  const mode = argv.mode ?? 'production';
  return [
    {
      name: 'core-send',
      mode,
      target: ['web', 'es2016'],
      entry: { 'arkivpost-core': './src/core/send-entry.ts' },
      output: {
        path: path.resolve(__dirname, 'dist/core'),
        filename: '[name].js',
        library: { name: 'ArkivpostCore', type: 'var' },
        clean: true,
      },
      resolve: { extensions: ['.ts', '.js'] },
      module: {
        rules: [
          tsRule('es2016'),
          // Libraries ship modern syntax too: lower them as well.
          { test: /\.[cm]?js$/, loader: 'esbuild-loader', options: { loader: 'js', target: 'es2016' } },
        ],
      },
      optimization: {
        minimize: mode === 'production',
        minimizer: [new EsbuildPlugin({ target: 'es2016' })],
      },
      devtool: false,
      performance: { maxEntrypointSize: 150 * 1024, maxAssetSize: 150 * 1024, hints: 'error' },
    },
    {
      // The workbench (`npm start`): the engine in a browser with the example profiles.
      name: 'workbench',
      mode,
      target: ['web', 'es2020'],
      entry: { workbench: './dev/workbench/main.ts' },
      output: { path: path.resolve(__dirname, 'dist/workbench'), filename: '[name].js', clean: true },
      resolve: { extensions: ['.ts', '.js'] },
      module: { rules: [tsRule('es2020')] },
      optimization: { minimizer: [new EsbuildPlugin({ target: 'es2020' })] },
      devtool: mode === 'production' ? false : 'source-map',
      performance: { hints: false },
    },
  ];
};
