/**
 * The send runtime of classic Outlook may only have ES2016. ESLint checks the
 * regex literals in core; this checks the patterns built from strings with
 * `new RegExp(...)`, which no lint rule sees.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', '..', '..', 'src', 'core', 'keywords');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const files = sources(DIR).map((path) => [path.slice(DIR.length + 1), readFileSync(path, 'utf8')]);

describe('regexes in the keyword detectors are ES2016-safe', () => {
  it.each(files)('%s has no lookbehind, named group or \\p{}', (_name, src) => {
    expect(src).not.toMatch(/\(\?<[=!a-zA-Z]/);
    expect(src).not.toMatch(/\\\\?p\{/);
  });

  it('builds regexes from strings only with flags from ES2015 or older', () => {
    const built = files.flatMap(([, src]) => [
      ...src!.matchAll(/new RegExp\([^;]*?,\s*'([a-z]*)'\s*,?\s*\)/g),
    ]);
    expect(built.length).toBeGreaterThan(3);
    for (const m of built) expect(m[1]).toMatch(/^[gimuy]*$/);
  });
});
