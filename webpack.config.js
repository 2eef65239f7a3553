// Browser builds of Arkivpost with webpack:
// - the task pane (React + Fluent UI v9) for the add-in as deployed (dist/addin),
//   with the organisation profile compiled in (ARKIVPOST_PROFILE, docs/adr/0006);
// - the workbench page (dist/workbench) and, for it, the task pane built once
//   per example profile (dist/workbench/addin/<profile>/), as four deployments.
// The send-runtime bundle (runtime.js) is built by scripts/build-send.mjs
// (docs/adr/0005); scripts/build-addin.mjs runs both.
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const { EsbuildPlugin } = require('esbuild-loader');

const DEFAULT_PROFILE = 'profiles/ha-kommune.json';
const PAGES = [
  'src/taskpane/taskpane.html',
  'src/pages/commands.html',
  'src/pages/support.html',
  'src/pages/auth.html',
];
/** Microsoft Graph for the add-in; the workbench's own emulator (same origin) for its copies. */
const GRAPH_URL = 'https://graph.microsoft.com';
const WORKBENCH_GRAPH_URL = '/graph';

const tsRule = (target) => ({
  test: /\.tsx?$/,
  loader: 'esbuild-loader',
  options: { loader: 'tsx', target, jsx: 'automatic' },
});
/** The pane's makeStyles() compiled at build time (scripts/griffel-aot.cjs). */
const stylesRule = {
  test: /\.styles\.ts$/,
  include: path.resolve(__dirname, 'src'),
  enforce: 'pre',
  loader: path.resolve(__dirname, 'scripts', 'griffel-aot.cjs'),
};

/** The add-in's static pages next to its scripts. */
class CopyPages {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CopyPages', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CopyPages', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const page of PAGES) {
            const source = fs.readFileSync(path.resolve(__dirname, page));
            compilation.emitAsset(path.basename(page), new webpack.sources.RawSource(source));
          }
        },
      );
    });
  }
}

function profiles() {
  return fs
    .readdirSync(path.resolve(__dirname, 'profiles'))
    .filter((f) => f.endsWith('.json') && f !== 'profile.schema.json')
    .map((f) => ({ id: f.replace(/\.json$/, ''), file: path.join('profiles', f) }));
}

function taskpane({ name, profile, outDir, mode, graphUrl }) {
  return {
    name,
    mode,
    target: ['web', 'es2020'],
    entry: {
      // preload.ts first: it starts fetching the compose pane's chunk.
      taskpane: ['./src/taskpane/preload.ts', './src/taskpane/index.tsx'],
      auth: './src/host/office/auth-page.ts',
    },
    output: {
      path: path.resolve(__dirname, outDir),
      filename: '[name].js',
      chunkFilename: '[name].js',
      clean: false,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: { rules: [tsRule('es2020'), stylesRule] },
    plugins: [
      // `arkivpost:` reads as a URL scheme to webpack's resolver, so replace the request instead.
      new webpack.NormalModuleReplacementPlugin(
        /^arkivpost:profile$/,
        path.resolve(__dirname, profile),
      ),
      new webpack.DefinePlugin({ ARKIVPOST_GRAPH_URL: JSON.stringify(graphUrl) }),
      new CopyPages(),
    ],
    optimization: { minimizer: [new EsbuildPlugin({ target: 'es2020' })] },
    devtool: false,
    performance: { hints: false },
  };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  const only = env.only; // 'addin' | 'workbench'
  const configs = [];
  if (!only || only === 'addin') {
    configs.push(
      taskpane({
        name: 'addin',
        profile: process.env.ARKIVPOST_PROFILE || DEFAULT_PROFILE,
        outDir: 'dist/addin',
        mode,
        graphUrl: GRAPH_URL,
      }),
    );
  }
  if (!only || only === 'workbench') {
    configs.push({
      name: 'workbench',
      mode,
      target: ['web', 'es2020'],
      entry: {
        workbench: './dev/workbench/main.ts',
        'office-bridge': './dev/workbench/office-bridge.ts',
      },
      output: {
        path: path.resolve(__dirname, 'dist/workbench'),
        filename: '[name].js',
        clean: false,
      },
      resolve: { extensions: ['.ts', '.js'] },
      module: { rules: [tsRule('es2020')] },
      optimization: { minimizer: [new EsbuildPlugin({ target: 'es2020' })] },
      devtool: mode === 'production' ? false : 'source-map',
      performance: { hints: false },
    });
    for (const p of profiles()) {
      configs.push(
        taskpane({
          name: `workbench-${p.id}`,
          profile: p.file,
          outDir: `dist/workbench/addin/${p.id}`,
          mode,
          graphUrl: WORKBENCH_GRAPH_URL,
        }),
      );
    }
  }
  return configs;
};
