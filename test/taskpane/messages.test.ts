import { LANGS } from '../../src/core/model';
import { paneMessages, tp } from '../../src/taskpane/messages';

const placeholders = (s: string): string[] =>
  [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe("the task pane's catalog", () => {
  const keys = Object.keys(paneMessages.en).sort();

  it.each(LANGS)('has every key in %s, and no others', (lang) => {
    expect(Object.keys(paneMessages[lang]).sort()).toEqual(keys);
  });

  it.each(LANGS)('has no empty text in %s', (lang) => {
    const table: Readonly<Record<string, string>> = paneMessages[lang];
    expect(keys.filter((k) => (table[k] ?? '').trim() === '')).toEqual([]);
  });

  it.each(LANGS.filter((l) => l !== 'en'))(
    'uses the same placeholders in %s as in English',
    (lang) => {
      const table: Readonly<Record<string, string>> = paneMessages[lang];
      const en: Readonly<Record<string, string>> = paneMessages.en;
      const differing = keys.filter(
        (k) => placeholders(table[k] ?? '').join() !== placeholders(en[k] ?? '').join(),
      );
      expect(differing).toEqual([]);
    },
  );

  it('fills placeholders', () => {
    expect(tp('nn', 'action.remove-attachment', { name: 'vedtak.docx' })).toBe(
      'Fjern vedlegget «vedtak.docx»',
    );
    expect(tp('sv', 'group.heading', { title: 'Tips', count: 2 })).toBe('Tips (2)');
  });

  it('writes nynorsk, not bokmål, in nn', () => {
    const nb: Readonly<Record<string, string>> = paneMessages.nb;
    const nn: Readonly<Record<string, string>> = paneMessages.nn;
    const same = keys.filter((k) => nb[k] === nn[k] && /[a-zæøå]{4}/i.test(nb[k] ?? ''));
    // Only words the two written standards share may be identical.
    expect(same).toEqual(
      expect.not.arrayContaining([
        'decision.block.body',
        'advice.mailbox',
        'read.warning.sensitive.advice',
      ]),
    );
  });
});
