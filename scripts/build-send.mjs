// Builds what Outlook's JavaScript-only send runtime loads: one file, ES2016,
// minified, within 256 KB. The engine's data (keyword dictionaries, message
// tables) is stored deflated and unpacked on first use: see docs/adr/0005.
import { build } from 'esbuild';
import { deflateSync } from 'node:zlib';
import { resolve } from 'node:path';

const PACKED = [
  'src/core/keywords/dictionary/special-category.ts',
  'src/core/keywords/dictionary/threat.ts',
  'src/core/keywords/dictionary/confidentiality.ts',
  'src/core/keywords/dictionary/legal-form.ts',
  'src/core/compose/messages.ts',
  'src/core/compose/labels.ts',
  'src/core/attachments/messages.ts',
  'src/core/attachments/charsets.ts',
  'src/core/attachments/entities.ts',
].map((f) => resolve(f));
const UNPACK = resolve('src/core/packed.ts');

/** Evaluate a data module at build time and emit it as one deflated string. */
const packData = {
  name: 'pack-data',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!PACKED.includes(args.path)) return undefined;
      const r = await build({
        entryPoints: [args.path],
        bundle: true,
        format: 'cjs',
        platform: 'neutral',
        write: false,
        logLevel: 'silent',
      });
      const mod = { exports: {} };
      new Function('module', 'exports', r.outputFiles[0].text)(mod, mod.exports);
      for (const [name, value] of Object.entries(mod.exports)) {
        if (JSON.stringify(value) === undefined || typeof value === 'function') {
          throw new Error(`${args.path}: export ${name} is not plain data and cannot be packed`);
        }
      }
      const packed = deflateSync(Buffer.from(JSON.stringify(mod.exports), 'utf8'), { level: 9 });
      const names = Object.keys(mod.exports);
      return {
        loader: 'ts',
        resolveDir: resolve('src/core'),
        contents:
          `import { unpack } from ${JSON.stringify(UNPACK)};\n` +
          `const d = unpack<Record<string, never>>(${JSON.stringify(packed.toString('base64'))});\n` +
          names.map((n) => `export const ${n} = d[${JSON.stringify(n)}];`).join('\n'),
      };
    });
  },
};

/** `arkivpost:profile`: the organisation profile, compiled in (docs/adr/0006). */
function profilePlugin(profileFile) {
  return {
    name: 'profile',
    setup(b) {
      b.onResolve({ filter: /^arkivpost:profile$/ }, () => ({ path: resolve(profileFile) }));
    },
  };
}

export const DEFAULT_PROFILE = 'profiles/ha-kommune.json';

export async function buildSend({
  entry = 'src/core/send-entry.ts',
  outfile = 'dist/core/arkivpost-core.js',
  globalName = 'ArkivpostCore',
  profile = process.env.ARKIVPOST_PROFILE || DEFAULT_PROFILE,
} = {}) {
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2016',
    minify: true,
    legalComments: 'none',
    metafile: true,
    plugins: [packData, profilePlugin(profile)],
    logLevel: 'warning',
  });
  return result.metafile;
}

/** The OnMessageSend handler as Outlook loads it (manifest: runtime.js). */
export function buildRuntime({ outfile = 'dist/addin/runtime.js', profile } = {}) {
  return buildSend({
    entry: 'src/runtime/send.ts',
    outfile,
    globalName: 'ArkivpostRuntime',
    profile,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildSend();
  await buildRuntime();
}
