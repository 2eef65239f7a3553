/**
 * The build-time Griffel loader (scripts/griffel-aot.cjs): the pane's own
 * makeStyles() become Fluent's precompiled __styles(), and theme tokens
 * Fluent's own modules read at run time are written in place.
 */
import { join } from 'node:path';

type Loader = (this: LoaderContext, source: string) => string;
interface LoaderContext {
  readonly resourcePath: string;
  getOptions(): Record<string, unknown>;
  emitWarning(e: Error): void;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- reason: the loader is the build's CommonJS
const loader = require(join(__dirname, '..', '..', 'scripts', 'griffel-aot.cjs')) as Loader;

function run(source: string, options: Record<string, unknown> = {}) {
  const warnings: string[] = [];
  const context: LoaderContext = {
    resourcePath: 'Example.styles.ts',
    getOptions: () => options,
    emitWarning: (e) => warnings.push(e.message),
  };
  return { code: loader.call(context, source), warnings };
}

describe("the pane's styles, compiled at build time", () => {
  const STYLES = `import { makeStyles, tokens } from '@fluentui/react-components';
export const useStyles = makeStyles({
  root: { color: tokens.colorNeutralForeground1, padding: tokens.spacingVerticalM },
});`;

  it('become __styles() with the CSS makeStyles() would make, and no compiler', () => {
    const { code, warnings } = run(STYLES);
    expect(warnings).toEqual([]);
    expect(code).toContain("import { __styles } from '@fluentui/react-components';");
    expect(code).toMatch(/export const useStyles = __styles\(/);
    expect(code).toContain('color:var(--colorNeutralForeground1)');
    expect(code).not.toContain('makeStyles');
  });

  it('are left to run time, with a warning, when they import anything else', () => {
    const source = `import { makeStyles } from '@fluentui/react-components';
import { gap } from './gap';
export const useStyles = makeStyles({ root: { gap } });`;
    const { code, warnings } = run(source);
    expect(code).toBe(source);
    expect(warnings).toEqual([expect.stringContaining('it imports ./gap')]);
  });
});

describe("theme tokens in Fluent's own modules", () => {
  it('are written in place, so the map of all tokens is not needed', () => {
    const source = `import { tokens } from "@fluentui/react-theme";
const thin = \`calc(\${tokens.strokeWidthThin} + 0.25px)\`;
export const edge = [thin, tokens.colorNeutralStroke1];`;
    const { code } = run(source, { tokens: true });
    expect(code).toContain('const thin = `calc(${"var(--strokeWidthThin)"} + 0.25px)`;');
    expect(code).toContain('[thin, "var(--colorNeutralStroke1)"]');
    expect(code).not.toMatch(/tokens\./);
  });

  it('are left alone where the map itself is used, or the name is not a token', () => {
    for (const source of [
      `import { tokens } from "@fluentui/react-theme";\nexport const pick = (k) => tokens[k];`,
      `import { tokens } from "@fluentui/react-theme";\nexport const all = tokens;`,
      `import { tokens } from "@fluentui/react-theme";\nexport const x = tokens.noSuchToken;`,
    ]) {
      expect(run(source, { tokens: true }).code).toBe(source);
    }
  });

  it('leave a local variable of the same name alone', () => {
    const source = `const tokens = { a: 1 };\nexport const a = tokens.a;`;
    expect(run(source, { tokens: true }).code).toBe(source);
  });
});
