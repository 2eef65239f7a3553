// Jest transform: esbuild strips types and turns modules into CommonJS.
// Types are checked separately by `npm run typecheck`.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { transformSync, version } = require('esbuild');

// Jest caches transformed files; a change to this file must invalidate them.
const SELF = createHash('sha256').update(readFileSync(__filename)).update(version).digest('hex');

module.exports = {
  getCacheKey(source, file) {
    return createHash('sha256').update(SELF).update(file).update(source).digest('hex');
  },
  process(source, file) {
    const loader = file.endsWith('.tsx') ? 'tsx' : file.endsWith('.ts') ? 'ts' : 'js';
    const { code, map } = transformSync(source, {
      loader,
      format: 'cjs',
      target: 'node20',
      // jest runs CommonJS: turn import() into require() as well.
      supported: { 'dynamic-import': false },
      sourcemap: 'external',
      sourcefile: file,
    });
    return { code, map };
  },
};
