// webpack loader (webpack.config.js): the pane's own Griffel styles compiled
// at build time. A `*.styles.ts` module whose exports are makeStyles() calls
// becomes the __styles() calls Fluent's components ship with, so the task
// pane carries no CSS compiler (stylis, rtl-css-js) and runs none on load.
// The class names and CSS are those makeStyles() would make in the browser.
// A module the loader cannot evaluate on its own is left as it is, with a
// warning: it still works, with the compiler in the bundle.
// With `tokens: true` it takes Fluent's own modules instead, whose styles
// ship compiled: theme tokens they read at run time are written in place
// (`inlineTokens`).
const { transformSync } = require('esbuild');
const { resolveStyleRulesForSlots } = require('@griffel/core');
const { parse } = require('acorn');

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

/** Where Fluent's modules import the theme's tokens from. */
const TOKEN_SOURCES = new Set(['@fluentui/react-theme', '@fluentui/tokens', FLUENT]);

/** Every node of an ESTree, depth first, with its parent. */
function walk(node, visit, parent = null) {
  visit(node, parent);
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child.type === 'string') walk(child, visit, node);
    }
  }
}

/**
 * Fluent's own styles ship compiled, but a few still read one theme token
 * at run time (the button's `tokens.strokeWidthThin`), and with it comes the
 * map of all 459 tokens. Each token's value is `var(--name)`: written in
 * place, the map is left out. Any other use of `tokens` (computed, passed
 * on) leaves the module as it is.
 */
function inlineTokens(source) {
  if (!source.includes('tokens')) return source;
  const { tokens } = require('@fluentui/tokens');
  let tree;
  try {
    tree = parse(source, { ecmaVersion: 'latest', sourceType: 'module', ranges: true });
  } catch {
    return source;
  }
  const locals = new Set();
  for (const node of tree.body) {
    if (node.type !== 'ImportDeclaration' || !TOKEN_SOURCES.has(node.source.value)) continue;
    for (const s of node.specifiers) {
      if (s.type === 'ImportSpecifier' && s.imported.name === 'tokens') locals.add(s.local.name);
    }
  }
  if (locals.size === 0) return source;
  const edits = [];
  let other = false;
  walk(tree, (node, parent) => {
    if (node.type !== 'Identifier' || !locals.has(node.name)) return;
    if (parent?.type === 'ImportSpecifier') return;
    const name = parent?.type === 'MemberExpression' && !parent.computed && parent.property.name;
    if (parent?.object === node && name && tokens[name] === `var(--${name})`) {
      edits.push([parent.start, parent.end, JSON.stringify(tokens[name])]);
    } else {
      other = true;
    }
  });
  if (other || edits.length === 0) return source;
  let out = source;
  for (const [start, end, text] of edits.sort((x, y) => y[0] - x[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

module.exports = function griffelAot(source) {
  if (this.getOptions().tokens) return inlineTokens(source);
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
