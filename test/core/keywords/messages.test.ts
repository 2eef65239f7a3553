import { KEYWORD_CODES, keywordMessages } from '../../../src/core/keywords';
import type { KeywordMessageKey } from '../../../src/core/keywords';
import { format } from '../../../src/core/i18n/types';
import { LANGS } from '../../../src/core/model';

const KEYS: KeywordMessageKey[] = [...KEYWORD_CODES, 'keywords.basis'];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([a-zA-Z0-9_]+)\}/g)].map((m) => m[1]!).sort();
}

describe('keyword messages', () => {
  it.each(KEYS)('%s has a text in every language', (key) => {
    for (const lang of LANGS) expect(keywordMessages[lang][key].trim().length).toBeGreaterThan(10);
  });

  it.each(KEYS)('%s is translated, not copied between languages', (key) => {
    const texts = LANGS.map((lang) => keywordMessages[lang][key]);
    expect(new Set(texts).size).toBe(LANGS.length);
  });

  it.each(KEYS)('%s uses the same placeholders in every language', (key) => {
    const expected = key.endsWith('.custom')
      ? ['keyword']
      : key === 'keywords.basis'
        ? ['basis']
        : [];
    for (const lang of LANGS) expect(placeholders(keywordMessages[lang][key])).toEqual(expected);
  });

  it('fills the configured keyword into a custom finding', () => {
    expect(format(keywordMessages.nb['threat.custom'], { keyword: 'tek deg' })).toBe(
      'Teksten inneholder «tek deg», som virksomheten har definert som truende.',
    );
  });
});
