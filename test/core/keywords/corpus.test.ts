/**
 * Corpora named by their expected result: every line of
 * should-fire/<code>.<lang>.txt must yield <code>, every line of
 * should-not-fire/<lang>.txt must yield nothing at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findKeywords, KEYWORD_CODES } from '../../../src/core/keywords';
import type { KeywordCode } from '../../../src/core/keywords';
import { LANGS } from '../../../src/core/model';
import type { Lang } from '../../../src/core/model';
import { normalizeText } from '../../../src/core/text/normalize';

const ROOT = join(__dirname, '..', '..', 'fixtures', 'keywords');

function lines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

interface FireFile {
  readonly file: string;
  readonly code: KeywordCode;
  readonly lang: Lang;
}

const fireFiles: FireFile[] = readdirSync(join(ROOT, 'should-fire')).map((file) => {
  const m = /^(.+)\.(nb|nn|sv|en)\.txt$/.exec(file);
  if (!m || !(KEYWORD_CODES as readonly string[]).includes(m[1]!)) {
    throw new Error(`fixture ${file} is not named <code>.<lang>.txt`);
  }
  return { file, code: m[1] as KeywordCode, lang: m[2] as Lang };
});

const fireCases = fireFiles.flatMap(({ file, code, lang }) =>
  lines(join(ROOT, 'should-fire', file)).map((line) => [code, lang, line] as const),
);

const quietCases = LANGS.flatMap((lang) =>
  lines(join(ROOT, 'should-not-fire', `${lang}.txt`)).map((line) => [lang, line] as const),
);

const BUILTIN = KEYWORD_CODES.filter((c) => !c.endsWith('.custom'));

describe('lines that must fire', () => {
  it.each(fireCases)('finds %s (%s) in "%s"', (code, _lang, line) => {
    const found = findKeywords(normalizeText(line));
    expect(found.map((m) => m.code)).toContain(code);
  });
});

describe('realistic municipal mail that must stay quiet', () => {
  it.each(quietCases)('finds nothing (%s) in "%s"', (_lang, line) => {
    expect(findKeywords(normalizeText(line))).toEqual([]);
  });
});

describe('the corpora themselves', () => {
  it.each(BUILTIN)('has at least 15 positive lines for %s', (code) => {
    expect(fireCases.filter(([c]) => c === code).length).toBeGreaterThanOrEqual(15);
  });

  it.each(BUILTIN)('has positive lines for %s in all four languages', (code) => {
    const langs = new Set(fireFiles.filter((f) => f.code === code).map((f) => f.lang));
    expect([...langs].sort()).toEqual([...LANGS].sort());
  });

  it('has at least 60 negative lines, some in every language', () => {
    expect(quietCases.length).toBeGreaterThanOrEqual(60);
    for (const lang of LANGS) {
      expect(quietCases.filter(([l]) => l === lang).length).toBeGreaterThanOrEqual(20);
    }
  });
});
