import { LANGS } from '../../src/core/model';
import type { Lang } from '../../src/core/model';
import { cardMessages, tCard } from '../../src/taskpane/compose/cardMessages';
import { composeMessages } from '../../src/taskpane/compose/composeMessages';
import { filesMessages } from '../../src/taskpane/shell/filesMessages';
import { paneMessages, tp } from '../../src/taskpane/shell/messages';
import { readMessages, tRead } from '../../src/taskpane/read/readMessages';

const placeholders = (s: string): string[] =>
  [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

type Table = Readonly<Record<Lang, Readonly<Record<string, string>>>>;

/** The pane's catalogs: the shared one, and each pane's own (in that pane's chunk). */
const CATALOGS: [string, Table, readonly string[]][] = [
  ['shared', paneMessages, ['status.checking', 'error.unexpected']],
  ['compose', composeMessages, ['decision.block.body']],
  ['card', cardMessages, ['advice.mailbox']],
  ['read', readMessages, ['read.warning.sensitive.advice']],
  ['files', filesMessages, []],
];

describe.each(CATALOGS)("the task pane's %s catalog", (_name, catalog, distinct) => {
  const keys = Object.keys(catalog.en).sort();

  it.each(LANGS)('has every key in %s, and no others', (lang) => {
    expect(Object.keys(catalog[lang]).sort()).toEqual(keys);
  });

  it.each(LANGS)('has no empty text in %s', (lang) => {
    expect(keys.filter((k) => (catalog[lang][k] ?? '').trim() === '')).toEqual([]);
  });

  it.each(LANGS.filter((l) => l !== 'en'))(
    'uses the same placeholders in %s as in English',
    (lang) => {
      const differing = keys.filter(
        (k) =>
          placeholders(catalog[lang][k] ?? '').join() !== placeholders(catalog.en[k] ?? '').join(),
      );
      expect(differing).toEqual([]);
    },
  );

  it('writes nynorsk, not bokmål, in nn', () => {
    const same = keys.filter(
      (k) => catalog.nb[k] === catalog.nn[k] && /[a-zæøå]{4}/i.test(catalog.nb[k] ?? ''),
    );
    // Only words the two written standards share may be identical.
    for (const k of distinct) expect(same).not.toContain(k);
  });
});

describe("the task pane's catalogs together", () => {
  it('never have a key in two catalogs', () => {
    const all = CATALOGS.flatMap(([, catalog]) => Object.keys(catalog.en));
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
  });

  it('fill placeholders', () => {
    expect(tCard('nn', 'action.remove-attachment', { name: 'vedtak.docx' })).toBe(
      'Fjern vedlegget «vedtak.docx»',
    );
    expect(tCard('sv', 'group.heading', { title: 'Tips', count: 2 })).toBe('Tips (2)');
    expect(tp('en', 'pane.profile', { name: 'Hå kommune' })).toBe('Rules of Hå kommune');
    expect(tRead('nb', 'read.warnings.heading', { count: 2 })).toBe('Advarsler (2)');
  });
});
