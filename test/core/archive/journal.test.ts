/**
 * The filing journal's value (issue 11): written compact, read back as
 * written, and anything else — corrupt, foreign, too long — read as none,
 * never thrown, in time bounded by its (bounded) length.
 */
import {
  decodeJournal,
  encodeJournal,
  hasProgress,
  isJournalOf,
  JournalUnwritable,
  MAX_JOURNAL_CHARS,
  MemoryJournal,
  withEntry,
} from '../../../src/core/archive/journal';
import type { FilingJournal } from '../../../src/core/archive/journal';

const FP = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

const JOURNAL: FilingJournal = {
  v: 1,
  connector: 'noark5',
  identity: { messageId: '<x@example.org>', fingerprint: FP, externalId: '<x@example.org>' },
  choice: {
    case: { kind: 'new', title: 'Byggesøknad gnr. 12 bnr. 345' },
    documentType: 'I',
    title: 'Byggesøknad – einebustad',
    restriction: { code: 'U', basis: 'Offl. § 13 jf. fvl. § 13', screenedWords: ['Per Hansen'] },
    attachments: [{ name: 'situasjonsplan.pdf', occurrence: 0 }],
  },
  started: '2026-11-20T09:00:00.000Z',
  by: 'kari.nordmann@ha.kommune.no',
  steps: [{ step: 'case', key: { title: 'Byggesøknad', saksdato: '2026-11-20T09:00:00.000Z' } }],
  pane: '0123456789abcdef',
  at: '2026-11-20T09:00:01.000Z',
};

describe('encodeJournal and decodeJournal', () => {
  it('read back what was written, compact, the same string for the same journal', () => {
    const text = encodeJournal(JOURNAL);
    expect(text).not.toMatch(/\n|": /);
    expect(decodeJournal(text)).toEqual(JOURNAL);
    // Fields in another order give the same encoding.
    const shuffled = JSON.parse(text) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(shuffled).reverse()) as unknown;
    expect(encodeJournal(reordered as FilingJournal)).toBe(text);
  });

  it('read none, never throwing, for what is not a journal of this version', () => {
    const text = encodeJournal(JOURNAL);
    const variants: unknown[] = [
      undefined,
      null,
      42,
      '',
      'null',
      '[]',
      '{',
      text.slice(0, -1),
      text.replace('"v":1', '"v":2'),
      text.replace('"noark5"', '"ftp"'),
      text.replace(FP, FP.toUpperCase()),
      text.replace(FP, 'nope'),
      text.replace('"documentType":"I"', '"documentType":"X"'),
      text.replace('"started":"2026-11-20T09:00:00.000Z"', '"started":"i går"'),
      text.replace('"occurrence":0', '"occurrence":-1'),
      text.replace('"steps":[', '"steps":[{"step":"case"},'),
      text.replace('"step":"case"', '"step":7'),
      text.replace('"key":{', '"key":{"n":1,'),
      text.replace('"at":"2026-11-20T09:00:01.000Z"', '"at":"soon"'),
      JSON.stringify({ ...JSON.parse(text), identity: 'x' }),
      '{"__proto__":{"v":1}}',
      '['.repeat(100_000) + ']'.repeat(100_000),
      'x'.repeat(MAX_JOURNAL_CHARS + 1),
    ];
    for (const v of variants) expect(decodeJournal(v)).toBeNull();
  });

  it('refuses to write a journal it could not read back', () => {
    expect(() => encodeJournal({ ...JOURNAL, started: 'i går' })).toThrow(JournalUnwritable);
    const big = Array.from({ length: 500 }, (_, i) => ({ step: `document:${i}` }));
    expect(() => encodeJournal({ ...JOURNAL, steps: big })).toThrow(JournalUnwritable);
  });

  it('holds a filing of fifty attachments well within its bound', () => {
    let j: FilingJournal = { ...JOURNAL, steps: [] };
    for (const step of ['case', 'record']) {
      j = withEntry(j, {
        step,
        made: {
          id: '1f0c2a4e-8b1d-4c3e-9f00-123456789abc',
          ref: '2026/123-4',
          href: 'https://arkiv.example.no/noark5v5/api/sakarkiv/journalpost/1f0c2a4e-8b1d-4c3e-9f00-123456789abc/',
        },
      });
    }
    for (let n = 1; n <= 51; n++) {
      j = withEntry(j, {
        step: `document:${n}`,
        made: { id: '1f0c2a4e-8b1d-4c3e-9f00-123456789abc' },
        confirmed: true,
      });
      j = withEntry(j, {
        step: `object:${n}`,
        made: { id: '1f0c2a4e-8b1d-4c3e-9f00-123456789abc' },
        confirmed: true,
      });
    }
    const text = encodeJournal(j);
    expect(text.length).toBeLessThan(MAX_JOURNAL_CHARS / 2);
    expect(decodeJournal(text)).toEqual(j);
  });

  it('reads the longest value it takes in time bounded by that length', () => {
    // The worst journal within the bound: as many steps with as many keys as fit.
    const entry = {
      step: 's',
      key: Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`k${i}`, 'v'])),
    };
    let count = 400;
    const withSteps = (n: number): string =>
      encodeJournal({ ...JOURNAL, steps: [] }).replace(
        '"steps":[]',
        `"steps":[${Array.from({ length: n }, (_, k) => JSON.stringify({ ...entry, step: `s${k}` })).join(',')}]`,
      );
    while (withSteps(count).length > MAX_JOURNAL_CHARS) count -= 1;
    const many = withSteps(count);
    expect(decodeJournal(many)?.steps).toHaveLength(count);
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const started = performance.now();
    for (let i = 0; i < 20; i++) decodeJournal(many);
    decodeJournal(huge);
    // Generous for a loaded machine: a linear reader needs a few milliseconds.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('withEntry and friends', () => {
  it('replaces the entry of the same step where it stood, and adds a new step at the end', () => {
    const a = withEntry(JOURNAL, { step: 'record', key: { title: 't' } });
    const b = withEntry(a, { step: 'case', made: { id: '1', ref: '2026/1' } });
    expect(b.steps.map((e) => e.step)).toEqual(['case', 'record']);
    expect(b.steps[0]).toEqual({ step: 'case', made: { id: '1', ref: '2026/1' } });
    expect(JOURNAL.steps).toHaveLength(1);
  });

  it('tells progress and whose journal it is', () => {
    expect(hasProgress(JOURNAL)).toBe(true);
    expect(hasProgress({ ...JOURNAL, steps: [{ step: 'case' }] })).toBe(false);
    expect(isJournalOf(JOURNAL, JOURNAL.identity)).toBe(true);
    expect(isJournalOf(JOURNAL, { ...JOURNAL.identity, fingerprint: FP.replace('a1', 'b2') })).toBe(
      false,
    );
  });

  it('keeps a journal in memory for a connector given none', async () => {
    const m = new MemoryJournal();
    await m.note({ step: 'case', key: { title: 't' } });
    m.defer({ step: 'case', made: { id: '1' } });
    expect(m.get('case')).toEqual({ step: 'case', made: { id: '1' } });
    expect(m.get('record')).toBeUndefined();
  });
});
