/**
 * The checks every message table gets: each of nb, nn, sv and en has every
 * key and no empty text, every language uses the same placeholders, and no
 * English sentence is left untranslated in the Scandinavian languages.
 */
import { LANGS } from '../../src/core/model';

type Table = Readonly<Record<string, Readonly<Record<string, string>>>>;

export function placeholders(text: string): string[] {
  return (text.match(/\{[a-zA-Z0-9_]+\}/g) ?? []).sort();
}

export function describeCatalog(name: string, messages: object): void {
  const table = messages as Table;
  const keys = Object.keys(table['en'] ?? {});

  describe(`${name} messages`, () => {
    it.each(LANGS.map((l) => [l]))('has every key in %s, none of them empty', (lang) => {
      expect(Object.keys(table[lang] ?? {}).sort()).toEqual([...keys].sort());
      for (const key of keys) expect((table[lang]?.[key] ?? '').trim()).not.toBe('');
    });

    it('uses the same placeholders in every language', () => {
      const differ: string[] = [];
      for (const key of keys) {
        const en = placeholders(table['en']?.[key] ?? '');
        for (const lang of LANGS) {
          if (placeholders(table[lang]?.[key] ?? '').join() !== en.join())
            differ.push(`${lang} ${key}`);
        }
      }
      expect(differ).toEqual([]);
    });

    it('does not leave an English sentence untranslated in the Scandinavian languages', () => {
      const same: string[] = [];
      for (const key of keys) {
        const en = table['en']?.[key] ?? '';
        // Short names such as "1. mai" may rightly be the same; sentences may not.
        if (en.length < 20) continue;
        for (const lang of ['nb', 'nn', 'sv'])
          if (table[lang]?.[key] === en) same.push(`${lang} ${key}`);
      }
      expect(same).toEqual([]);
    });
  });
}
