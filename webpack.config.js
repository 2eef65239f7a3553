// Builds for the browser-side parts of Arkivpost. The send-runtime bundle is
// built by scripts/build-send.mjs instead (docs/adr/0005).
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
      // The workbench (`npm start`): the engine in a browser with the example profiles.
      name: 'workbench',
      mode,
      target: ['web', 'es2020'],
      entry: { workbench: './dev/workbench/main.ts' },
      output: {
        path: path.resolve(__dirname, 'dist/workbench'),
        filename: '[name].js',
        clean: true,
      },
      resolve: { extensions: ['.ts', '.js'] },
      module: { rules: [tsRule('es2020')] },
      optimization: { minimizer: [new EsbuildPlugin({ target: 'es2020' })] },
      devtool: mode === 'production' ? false : 'source-map',
      performance: { hints: false },
    },
  ];
};
