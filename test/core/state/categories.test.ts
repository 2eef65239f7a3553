import { LANGS } from '../../../src/core/model';
import type { Lang } from '../../../src/core/model';
import {
  MAX_CATEGORY_LENGTH,
  assignedCategory,
  categoriesFor,
  categoryHints,
  categoryText,
  isArkivpostCategory,
  masterCategories,
  mergeCategories,
} from '../../../src/core/state';
import type { ItemState } from '../../../src/core/state';

const KARI = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const ANNA = { address: 'anna.andersson@vara.se', name: 'Anna Andersson' };

describe('categoriesFor', () => {
  it.each<[string, ItemState, Lang, string[]]>([
    ['a new message carries none', { status: 'new' }, 'nn', []],
    [
      'an assigned new message carries only the assignee',
      { status: 'new', assignee: KARI },
      'nn',
      ['Tildelt: Kari Nordmann'],
    ],
    [
      'in progress in Norwegian',
      { status: 'in-progress', assignee: KARI },
      'nb',
      ['Tildelt: Kari Nordmann', 'Under behandling'],
    ],
    [
      'in progress in Swedish',
      { status: 'in-progress', assignee: ANNA },
      'sv',
      ['Tilldelad: Anna Andersson', 'Under handläggning'],
    ],
    [
      'in progress in English',
      { status: 'in-progress', assignee: ANNA },
      'en',
      ['Assigned: Anna Andersson', 'In progress'],
    ],
    [
      'done in Nynorsk, as seed 001 says "Ferdig"',
      { status: 'done', assignee: KARI },
      'nn',
      ['Tildelt: Kari Nordmann', 'Ferdig'],
    ],
    ['done in Swedish', { status: 'done' }, 'sv', ['Klar']],
    [
      'archived with its reference',
      { status: 'archived', archiveRef: '2026/123-4' },
      'nb',
      ['Arkivert 2026/123-4'],
    ],
    [
      'archived in Swedish',
      { status: 'archived', archiveRef: '26/00123' },
      'sv',
      ['Diarieförd 26/00123'],
    ],
    ['archived without a reference', { status: 'archived' }, 'nn', ['Arkivert']],
    [
      'a confirmed archive-worthy message not yet archived',
      { status: 'in-progress', class: { value: 'archive-worthy', confirmed: true } },
      'nb',
      ['Under behandling', 'Arkivverdig'],
    ],
    [
      'an archive-worthy suggestion nobody confirmed',
      { status: 'in-progress', class: { value: 'archive-worthy', confirmed: false } },
      'nb',
      ['Under behandling'],
    ],
    [
      'an archived archive-worthy message, which no longer needs the reminder',
      {
        status: 'archived',
        archiveRef: '2026/1',
        class: { value: 'archive-worthy', confirmed: true },
      },
      'nb',
      ['Arkivert 2026/1'],
    ],
    [
      'other classes, which get no category',
      { status: 'new', class: { value: 'private', confirmed: true } },
      'nb',
      [],
    ],
    [
      'a person the directory names "Last, First"',
      { status: 'new', assignee: { address: 'per@ha.kommune.no', name: 'Hansen, Per' } },
      'nb',
      ['Tildelt: Per Hansen'],
    ],
    [
      'a person without a name, shown by address',
      { status: 'new', assignee: { address: 'per@ha.kommune.no', name: '' } },
      'nb',
      ['Tildelt: per@ha.kommune.no'],
    ],
  ])('%s', (_name, state, lang, expected) => {
    expect(categoriesFor(state, lang)).toEqual(expected);
  });

  it('uses the organisation language it is given, whoever reads', () => {
    const state: ItemState = { status: 'done', assignee: KARI };
    expect(categoriesFor(state, 'nn')).toEqual(['Tildelt: Kari Nordmann', 'Ferdig']);
    expect(categoriesFor(state, 'sv')).toEqual(['Tilldelad: Kari Nordmann', 'Klar']);
  });

  it('keeps a very long name within Outlook’s 255 characters', () => {
    const long = assignedCategory({ address: 'a@b.no', name: 'N'.repeat(400) }, 'nb');
    expect(long.length).toBeLessThanOrEqual(MAX_CATEGORY_LENGTH);
    expect(long.startsWith('Tildelt: NNN')).toBe(true);
  });
});

describe('categoryText', () => {
  it.each([
    ['Nordmann, Kari', 'Kari Nordmann'],
    ['  Kari   Nordmann ', 'Kari Nordmann'],
    ['A; B, C', 'A B C'],
    ['Kari\tNordmann', 'Kari Nordmann'],
    ['Kari\u0000Nordmann', 'Kari Nordmann'],
    [', Kari', 'Kari'],
  ])('turns %j into %j', (input, output) => {
    expect(categoryText(input)).toBe(output);
  });
});

describe('isArkivpostCategory', () => {
  it.each([
    'Tildelt: Kari Nordmann',
    'tildelt:  kari nordmann',
    'Tilldelad: Anna Andersson',
    'Assigned: Someone',
    'Under behandling',
    'UNDER BEHANDLING',
    'Under handläggning',
    'In progress',
    'Ferdig',
    'Klar',
    'Done',
    'Arkivert',
    'Arkivert 2026/123-4',
    'Diarieförd 26/00123',
    'Archived 1',
    'Arkivverdig',
    'Ska diarieföras',
    'To be archived',
  ])('recognises %j as ours in any of the four languages', (name) => {
    expect(isArkivpostCategory(name)).toBe(true);
  });

  it.each([
    'Privat',
    'Viktig',
    'Red category',
    'Tildelt:',
    'Tildelt',
    'Ferdigvare',
    '',
    '   ',
    42,
    null,
  ])('leaves %j to the user', (name) => {
    expect(isArkivpostCategory(name)).toBe(false);
  });

  it('recognises every category it writes, in every language', () => {
    const states: ItemState[] = [
      {
        status: 'in-progress',
        assignee: KARI,
        class: { value: 'archive-worthy', confirmed: true },
      },
      { status: 'done' },
      { status: 'archived', archiveRef: '2026/9' },
      { status: 'archived' },
    ];
    for (const lang of LANGS) {
      for (const s of states) {
        for (const c of categoriesFor(s, lang))
          expect([lang, c, isArkivpostCategory(c)]).toEqual([lang, c, true]);
      }
      for (const m of masterCategories(lang)) expect(isArkivpostCategory(m.displayName)).toBe(true);
    }
  });
});

describe('mergeCategories', () => {
  it.each<[string, unknown, ItemState, Lang, string[]]>([
    [
      'adds ours after the user’s own',
      ['Viktig', 'Purple category'],
      { status: 'in-progress', assignee: KARI },
      'nb',
      ['Viktig', 'Purple category', 'Tildelt: Kari Nordmann', 'Under behandling'],
    ],
    [
      'replaces the old assignee and status, keeping the user’s',
      ['Tildelt: Per Hansen', 'Viktig', 'Under behandling'],
      { status: 'done', assignee: KARI },
      'nn',
      ['Viktig', 'Tildelt: Kari Nordmann', 'Ferdig'],
    ],
    [
      'replaces ours written in another language',
      ['Tilldelad: Anna Andersson', 'Klar', 'Privat'],
      { status: 'in-progress' },
      'nb',
      ['Privat', 'Under behandling'],
    ],
    [
      'removes all of ours when the message is new again',
      ['Tildelt: Kari Nordmann', 'Under behandling', 'Viktig'],
      { status: 'new' },
      'nb',
      ['Viktig'],
    ],
    [
      'does not add a category the message already has in other capitals',
      ['ferdig'],
      { status: 'done' },
      'nb',
      ['Ferdig'],
    ],
    [
      'drops what Graph would refuse and duplicates of the user’s',
      ['Viktig', '', '  ', 7, null, 'viktig'],
      { status: 'new' },
      'nb',
      ['Viktig'],
    ],
    ['copes with no categories at all', undefined, { status: 'done' }, 'sv', ['Klar']],
    ['copes with something that is not a list', 'Ferdig', { status: 'done' }, 'nb', ['Ferdig']],
  ])('%s', (_name, existing, state, lang, expected) => {
    expect(mergeCategories(existing, state, lang)).toEqual(expected);
  });

  it('gives the same answer when applied twice', () => {
    const state: ItemState = { status: 'archived', archiveRef: '2026/5', assignee: KARI };
    const once = mergeCategories(['Viktig', 'Ferdig'], state, 'nb');
    expect(mergeCategories(once, state, 'nb')).toEqual(once);
  });
});

describe('categoryHints', () => {
  it.each<[string, unknown, ReturnType<typeof categoryHints>]>([
    ['a message marked Ferdig by hand in Outlook', ['Ferdig', 'Viktig'], { status: 'done' }],
    [
      'an assignment and status from before Arkivpost',
      ['Tildelt: Kari Nordmann', 'Under behandling'],
      { status: 'in-progress', assigneeName: 'Kari Nordmann' },
    ],
    [
      'an archive reference in Swedish',
      ['Diarieförd 26/00123'],
      { status: 'archived', archiveRef: '26/00123' },
    ],
    [
      'the furthest status when several are set',
      ['Under behandling', 'Ferdig'],
      { status: 'done' },
    ],
    ['only the user’s own', ['Viktig'], {}],
    ['nothing usable', 'Ferdig', {}],
  ])('reads %s', (_name, categories, hints) => {
    expect(categoryHints(categories)).toEqual(hints);
  });
});

describe('masterCategories', () => {
  it('lists the fixed categories with colours, in the organisation language', () => {
    expect(masterCategories('nn')).toEqual([
      { key: 'in-progress', displayName: 'Under behandling', color: 'preset1' },
      { key: 'done', displayName: 'Ferdig', color: 'preset4' },
      { key: 'sent-to-registrar', displayName: 'Sendt til registrator', color: 'preset5' },
      { key: 'archived', displayName: 'Arkivert', color: 'preset7' },
      { key: 'archive-worthy', displayName: 'Arkivverdig', color: 'preset9' },
      { key: 'hold', displayName: 'Innsynskrav pågår – må ikkje slettast', color: 'preset0' },
      { key: 'disposable', displayName: 'Kan slettast', color: 'preset12' },
      { key: 'rejected-signature', displayName: 'Avvist – krev underskrift', color: 'preset3' },
      { key: 'evidence', displayName: 'Bevis', color: 'preset15' },
    ]);
    expect(masterCategories('sv').map((c) => c.displayName)).toEqual([
      'Under handläggning',
      'Klar',
      'Skickad till registrator',
      'Diarieförd',
      'Ska diarieföras',
      'Begäran om utlämnande pågår – får inte gallras',
      'Får gallras',
      'Avvisad – kräver underskrift',
      'Bevis',
    ]);
  });

  it('gives names that are unique and free of list separators in every language', () => {
    for (const lang of LANGS) {
      const names = masterCategories(lang).map((c) => c.displayName.toLowerCase());
      expect(new Set(names).size).toBe(names.length);
      for (const n of names) expect(n).not.toMatch(/[,;]/);
    }
  });
});
