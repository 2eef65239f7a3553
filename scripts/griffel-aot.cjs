// webpack loader (webpack.config.js): the pane's own Griffel styles compiled
// at build time. A `*.styles.ts` module whose exports are makeStyles() calls
// becomes the __styles() calls Fluent's components ship with, so the task
// pane carries no CSS compiler (stylis, rtl-css-js) and runs none on load.
// The class names and CSS are those makeStyles() would make in the browser.
// A module the loader cannot evaluate on its own is left as it is, with a
// warning: it still works, with the compiler in the bundle.
const { transformSync } = require('esbuild');
const { resolveStyleRulesForSlots } = require('@griffel/core');

const FLUENT = '@fluentui/react-components';
const STYLES = Symbol('makeStyles');

/** Fluent as a style module sees it, except that makeStyles() hands back its argument. */
const fluent = new Proxy(
  { makeStyles: (styles) => ({ [STYLES]: styles }) },
  { get: (own, key) => (key in own ? own[key] : require(FLUENT)[key]) },
);

function evaluate(source, file) {
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs', sourcefile: file });
  const module = { exports: {} };
  const load = (id) => {
    if (id === FLUENT) return fluent;
    throw new Error(`it imports ${id}`);
  };
  new Function('module', 'exports', 'require', code)(module, module.exports, load);
  return module.exports;
}

module.exports = function griffelAot(source) {
  const leave = (why) => {
    this.emitWarning(new Error(`left to makeStyles() at run time: ${why}`));
    return source;
  };
  let exported;
  try {
    exported = evaluate(source, this.resourcePath);
  } catch (e) {
    return leave(e instanceof Error ? e.message : String(e));
  }
  const lines = [`import { __styles } from '${FLUENT}';`];
  for (const [name, value] of Object.entries(exported)) {
    if (!value || !value[STYLES]) return leave(`${name} is not a makeStyles() call`);
    const [classes, css] = resolveStyleRulesForSlots(value[STYLES]);
    lines.push(
      `export const ${name} = __styles(${JSON.stringify(classes)}, ${JSON.stringify(css)});`,
    );
  }
  return lines.join('\n');
};
