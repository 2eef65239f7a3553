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
  'src/oversight/oversikt.html',
];
/** Microsoft Graph for the add-in; the workbench's own emulator (same origin) for its copies. */
const GRAPH_URL = 'https://graph.microsoft.com';
const WORKBENCH_GRAPH_URL = '/graph';
/** Entra ID for the oversight page's redirect sign-in: Microsoft's, or the workbench's emulator. */
const AUTHORITY = 'https://login.microsoftonline.com';
const WORKBENCH_AUTHORITY = '/entra';

const tsRule = (target) => ({
  test: /\.tsx?$/,
  loader: 'esbuild-loader',
  options: { loader: 'tsx', target, jsx: 'automatic' },
});
const GRIFFEL_AOT = path.resolve(__dirname, 'scripts', 'griffel-aot.cjs');
/** The pane's makeStyles() compiled at build time (scripts/griffel-aot.cjs). */
const stylesRule = {
  test: /\.styles\.ts$/,
  include: path.resolve(__dirname, 'src'),
  enforce: 'pre',
  loader: GRIFFEL_AOT,
};
/** Theme tokens Fluent's modules read at run time, written in place (the same loader). */
const fluentTokensRule = {
  test: /\.js$/,
  include: path.resolve(__dirname, 'node_modules', '@fluentui'),
  exclude: path.resolve(__dirname, 'node_modules', '@fluentui', 'tokens'),
  loader: GRIFFEL_AOT,
  options: { tokens: true },
};

/** The profile's parts (scripts/profile-part.cjs): what the first screen needs, and the rest. */
const profilePartRule = {
  test: /\.json$/,
  resourceQuery: /[?&]part=/,
  type: 'json',
  loader: path.resolve(__dirname, 'scripts', 'profile-part.cjs'),
};

/** A plugin that does one step on a compilation's assets, at one stage of processing them. */
function assetStep(name, stage, step) {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap(name, (compilation) => {
        compilation.hooks.processAssets.tap({ name, stage }, () => step(compilation));
      });
    },
  };
}

/** The origin of the profile's Noark 5 archive when it is not the add-in's own server. */
function archiveOrigin(profile) {
  const p = JSON.parse(fs.readFileSync(path.resolve(__dirname, profile), 'utf8'));
  const url = p.archive && p.archive.kind === 'noark5' ? p.archive.url : '';
  return typeof url === 'string' && url.startsWith('https://') ? new URL(url).origin : null;
}

/**
 * The add-in's static pages next to its scripts. A page's
 * `<script defer src="<entry>.js">` stands for all of that entry's scripts,
 * in order (the task pane's is in three: see `firstScreenSplit`).
 */
const copyPages = (profile) =>
  assetStep('CopyPages', webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL, (compilation) => {
    const archive = archiveOrigin(profile);
    for (const page of PAGES) {
      let html = fs.readFileSync(path.resolve(__dirname, page), 'utf8');
      // The pages' Content-Security-Policy lets the pane reach the profile's archive.
      if (archive) html = html.replace("connect-src 'self'", `connect-src 'self' ${archive}`);
      for (const [name, entry] of compilation.entrypoints) {
        const tag = `<script defer src="${name}.js"></script>`;
        const tags = entry
          .getFiles()
          .filter((file) => file.endsWith('.js'))
          .map((file) => `<script defer src="${file}"></script>`);
        html = html.replace(tag, () => tags.join('\n    '));
      }
      compilation.emitAsset(path.basename(page), new webpack.sources.RawSource(html));
    }
  });

/**
 * The scripts of the pane's first screen (the entry and each mode's pane
 * chunk) run nearly every function they hold as soon as they arrive.
 * Chromium (Edge WebView2, Outlook on the web) compiles a script that starts
 * with this comment eagerly, on a background thread while it streams in,
 * rather than function by function on the main thread during start-up:
 * with a 4× slower CPU the pane renders about a fifth sooner. Other
 * browsers read a comment. Added after minification, which drops comments.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const FIRST_SCREEN = ['taskpane', 'compose', 'read'];

const compileHints = () =>
  assetStep('CompileHints', webpack.Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING, (compilation) => {
    const files = new Set();
    for (const name of FIRST_SCREEN) {
      for (const chunk of compilation.namedChunkGroups.get(name)?.chunks ?? []) {
        for (const file of chunk.files) if (file.endsWith('.js')) files.add(file);
      }
    }
    for (const file of files) {
      compilation.updateAsset(
        file,
        (source) => new webpack.sources.ConcatSource(COMPILE_HINT, source),
      );
    }
  });

/**
 * The task pane's entry in three scripts: React DOM; Fluent UI and what it
 * builds on; the pane. The browser fetches and compiles them side by side
 * (Chromium compiles each on a thread of its own as it streams in), where
 * one script would be compiled on one thread while the others wait.
 */
const firstScreenSplit = {
  cacheGroups: {
    'react-dom': {
      test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/,
      name: 'react-dom',
      chunks: (chunk) => chunk.name === 'taskpane',
      enforce: true,
      priority: 2,
    },
    fluent: {
      test: /[\\/]node_modules[\\/]/,
      name: 'fluent',
      chunks: (chunk) => chunk.name === 'taskpane',
      enforce: true,
      priority: 1,
    },
  },
};

function profiles() {
  return fs
    .readdirSync(path.resolve(__dirname, 'profiles'))
    .filter((f) => f.endsWith('.json') && f !== 'profile.schema.json')
    .map((f) => ({ id: f.replace(/\.json$/, ''), file: path.join('profiles', f) }));
}

function taskpane({ name, profile, outDir, mode, graphUrl, authority }) {
  return {
    name,
    mode,
    target: ['web', 'es2020'],
    entry: {
      // preload.ts first: it starts fetching the compose pane's chunk.
      taskpane: ['./src/taskpane/shell/preload.ts', './src/taskpane/index.tsx'],
      auth: './src/pages/auth.ts',
      // The oversight page (Tilsyn): an entry of its own, apart from the pane's first screen.
      oversikt: './src/oversight/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, outDir),
      filename: '[name].js',
      chunkFilename: '[name].js',
      clean: false,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: { rules: [tsRule('es2020'), stylesRule, fluentTokensRule, profilePartRule] },
    plugins: [
      // `arkivpost:` reads as a URL scheme to webpack's resolver, so replace the request instead.
      // The first screen gets the profile without the parts only later chunks use
      // (scripts/profile-part.cjs); the read engine and the case panel get those
      // as a module of their own.
      new webpack.NormalModuleReplacementPlugin(
        /^arkivpost:profile$/,
        `${path.resolve(__dirname, profile)}?part=main`,
      ),
      new webpack.NormalModuleReplacementPlugin(
        /^arkivpost:profile-later$/,
        `${path.resolve(__dirname, profile)}?part=later`,
      ),
      new webpack.DefinePlugin({
        ARKIVPOST_GRAPH_URL: JSON.stringify(graphUrl),
        ARKIVPOST_AUTHORITY: JSON.stringify(authority),
      }),
      copyPages(profile),
      compileHints(),
    ],
    optimization: {
      minimizer: [new EsbuildPlugin({ target: 'es2020' })],
      splitChunks: firstScreenSplit,
    },
    devtool: false,
    performance: { hints: false },
  };
}

/** The output folder: dist, or ARKIVPOST_DIST (scripts/build-addin.mjs). */
const DIST = process.env.ARKIVPOST_DIST || 'dist';

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  const only = env.only; // 'addin' | 'workbench'
  const configs = [];
  if (!only || only === 'addin') {
    configs.push(
      taskpane({
        name: 'addin',
        profile: process.env.ARKIVPOST_PROFILE || DEFAULT_PROFILE,
        outDir: `${DIST}/addin`,
        mode,
        graphUrl: GRAPH_URL,
        authority: AUTHORITY,
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
        path: path.resolve(__dirname, DIST, 'workbench'),
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
          outDir: `${DIST}/workbench/addin/${p.id}`,
          mode,
          graphUrl: WORKBENCH_GRAPH_URL,
          authority: WORKBENCH_AUTHORITY,
        }),
      );
    }
  }
  return configs;
};
