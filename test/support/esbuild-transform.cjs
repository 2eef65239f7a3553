// Jest transform: esbuild strips types and turns modules into CommonJS.
// Types are checked separately by `npm run typecheck`.
const { transformSync } = require('esbuild');

module.exports = {
  process(source, file) {
    const loader = file.endsWith('.tsx') ? 'tsx' : file.endsWith('.ts') ? 'ts' : 'js';
    const { code, map } = transformSync(source, {
      loader,
      format: 'cjs',
      target: 'node20',
      sourcemap: 'external',
      sourcefile: file,
    });
    return { code, map };
  },
};
