/**
 * Findings that say the same thing, once (issue 12): twenty-five attachments
 * with the same problem are one card listing the files, and no card or
 * warning says a sentence twice — in the compose pane and the read pane, in
 * every language.
 */
import { planActions } from '../../src/app/compose-plan';
import {
  distinctSentences,
  findingsSignature,
  groupSameFindings,
  MAX_NAMED_FILES,
  namedFiles,
  sameFindingKey,
} from '../../src/app/finding-groups';
import type { Classification } from '../../src/core/classify/classify';
import { describeFinding } from '../../src/core/compose/render';
import { LANGS } from '../../src/core/model';
import type { Finding, Lang } from '../../src/core/model';
import { cardText } from '../../src/taskpane/compose/cardText';
import { tCard } from '../../src/taskpane/compose/cardMessages';
import { tRead } from '../../src/taskpane/read/readMessages';
import { readView } from '../../src/taskpane/read/readView';
import { tFiles } from '../../src/taskpane/shell/filesMessages';
import { loadProfile } from '../support/profiles';
import { F, result } from '../taskpane/findings';

const ha = loadProfile('ha-kommune');
const pdfs = (n: number): Finding[] =>
  Array.from({ length: n }, (_, i) => F.unsignedPdf(`vedtak-${i + 1}.pdf`));

/** Every sentence of a text, as a reader takes them apart. */
const sentencesOf = (texts: readonly string[]): string[] =>
  texts.flatMap((x) => x.split(/(?<=[.!?])\s+(?=\p{Lu}|\u2068|«|“|”)/u)).map((s) => s.trim());
const repeated = (texts: readonly string[]): string[] => {
  const seen = new Set<string>();
  return sentencesOf(texts).filter((s) => (seen.has(s) ? true : (seen.add(s), false)));
};

describe('grouping findings that say the same thing', () => {
  it('puts 25 attachments with the same problem in one group, each file once, in order', () => {
    const groups = groupSameFindings([...pdfs(25), F.unsignedPdf('vedtak-3.pdf')]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.findings).toHaveLength(26);
    expect(groups[0]?.attachments).toEqual(
      Array.from({ length: 25 }, (_, i) => `vedtak-${i + 1}.pdf`),
    );
  });

  it.each<[string, Finding, Finding]>([
    ['another code', F.unsignedPdf('a.pdf'), F.draft('b.docx')],
    ['another severity', F.unsignedPdf('a.pdf'), { ...F.unsignedPdf('b.pdf'), severity: 'block' }],
    [
      'another sentence (its parameters)',
      F.draft('a.docx'),
      { ...F.draft('b.docx'), params: { count: 3 } },
    ],
    [
      'another text found in the body',
      F.text('x', 'c', 'special-category', 'warn', 'a'),
      F.text('x', 'c', 'special-category', 'warn', 'b'),
    ],
  ])('keeps apart findings with %s', (_why, a, b) => {
    expect(sameFindingKey(a)).not.toBe(sameFindingKey(b));
    expect(groupSameFindings([a, b])).toHaveLength(2);
  });

  it('lists no files for findings not about a file', () => {
    expect(groupSameFindings([F.personal()])).toEqual([
      { findings: [F.personal()], attachments: [] },
    ]);
  });

  it('gives two attachments with the very same problems one signature, whatever the order', () => {
    const a = [F.draft('a.docx'), F.draft('a.docx', 'attachment.draft.comments')];
    const b = [F.draft('b.docx', 'attachment.draft.comments'), F.draft('b.docx')];
    expect(findingsSignature(a)).toBe(findingsSignature(b));
    expect(findingsSignature(a)).not.toBe(findingsSignature([F.draft('c.docx')]));
  });

  it('names the first files and counts the rest', () => {
    expect(namedFiles(['a', 'b'])).toEqual({ shown: ['a', 'b'], more: 0 });
    expect(namedFiles(['a', 'b', 'c', 'd', 'e'], 3)).toEqual({ shown: ['a', 'b', 'c'], more: 2 });
  });

  it('says every sentence once, keeping the order and what is new', () => {
    expect(
      distinctSentences([
        'Vedlegget «a»: Spora endringar. Saksdokument skal vere ferdige.',
        'Vedlegget «a»: Kommentarar. Saksdokument skal vere ferdige.',
        'Saksdokument skal vere ferdige.',
        'Jf. offl. § 13 er teieplikt. Jf. offl. § 13 er teieplikt.',
      ]),
    ).toEqual([
      'Vedlegget «a»: Spora endringar. Saksdokument skal vere ferdige.',
      'Vedlegget «a»: Kommentarar.',
      'Jf. offl. § 13 er teieplikt.',
    ]);
  });

  it('groups in time linear in the findings', () => {
    const many = pdfs(20_000);
    const started = process.hrtime.bigint();
    const groups = groupSameFindings(many);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(groups[0]?.attachments).toHaveLength(20_000);
    // Quadratic work on 20 000 files would take seconds; linear takes milliseconds.
    expect(ms).toBeLessThan(1500);
  });
});

describe.each(LANGS)('the compose pane’s cards in %s', (lang: Lang) => {
  it('shows 25 attachments with the same problem as one card naming the files, "and N more"', () => {
    const plan = planActions(result(pdfs(25)), ha);
    const cards = plan.groups.flatMap((g) => g.cards);
    expect(cards).toHaveLength(1);
    const card = cards[0]!;
    expect(card.attachments).toHaveLength(25);
    const text = cardText(card, lang, describeFinding);
    expect(text.title).toBe(tFiles(lang, 'title.attachments', { count: 25 }));
    expect(text.sentences).toEqual([describeFinding(F.unsignedPdf('vedtak-1.pdf'), lang)]);
    const more = 24 - MAX_NAMED_FILES;
    expect(text.same).toContain(tFiles(lang, 'files.more', { names: '', count: more }).trim());
    for (const i of [2, 3, 4]) expect(text.same).toContain(`vedtak-${i}.pdf`);
    expect(text.same).not.toContain('vedtak-5.pdf');
    expect(text.same).toMatch(
      new RegExp(`^${tCard(lang, 'card.same', { names: 'X' }).split('X')[0]}`),
    );
    // A button for each file named first, never one for a file the card does not show.
    expect(text.actions.map((a) => a.action)).toEqual(
      [1, 2, 3].map((i) => ({ kind: 'remove-attachment', name: `vedtak-${i}.pdf` })),
    );
  });

  it('names all files of a short group without "more"', () => {
    const plan = planActions(result(pdfs(3)), ha);
    const text = cardText(plan.groups[0]!.cards[0]!, lang, describeFinding);
    expect(text.same).toBe(
      tCard(lang, 'card.same', {
        names: ['vedtak-2.pdf', 'vedtak-3.pdf']
          .map((n) => tFiles(lang, 'files.name', { name: `\u2068${n}\u2069` }))
          .join(', '),
      }),
    );
  });

  it('keeps one card per attachment when their problems differ, and says no sentence twice in one', () => {
    const docx = [
      F.draft('a.docx'),
      F.draft('a.docx', 'attachment.draft.comments'),
      F.draft('a.docx', 'attachment.draft.revisions'),
    ];
    const plan = planActions(result([...docx, F.unsignedPdf('b.pdf')]), ha);
    const cards = plan.groups.flatMap((g) => g.cards);
    expect(cards.map((c) => c.attachment)).toEqual(['a.docx', 'b.pdf']);
    const text = cardText(cards[0]!, lang, describeFinding);
    expect(text.sentences.length).toBeGreaterThan(0);
    expect(repeated(text.sentences)).toEqual([]);
    expect(text.same).toBeNull();
  });
});

describe.each(LANGS)('the read pane’s warnings in %s', (lang: Lang) => {
  const base: Classification = {
    class: 'official',
    reasons: [],
    findings: [],
    due: null,
    disposable: false,
    mustNotDispose: false,
  };
  const view = (findings: Finding[]) =>
    readView({ ...base, findings }, lang, new Date('2026-03-02T09:00:00Z'), 'Europe/Oslo', 'NO');

  it('tells 25 risky attachments as one line naming the files, "and N more"', () => {
    const risky = Array.from({ length: 25 }, (_, i) => ({
      ...F.risky(),
      attachment: `faktura-${i + 1}.pdf.exe`,
    }));
    const w = view(risky).warnings.find((x) => x.kind === 'risky-attachment');
    expect(w?.details).toHaveLength(1);
    expect(w?.details[0]).toContain(
      tFiles(lang, 'files.more', { names: '', count: 25 - MAX_NAMED_FILES }).trim(),
    );
    expect(w?.details[0]).toContain('faktura-1.pdf.exe');
    expect(w?.details[0]).not.toContain('faktura-4.pdf.exe');
    expect(repeated(w?.details ?? [])).toEqual([]);
  });

  it('tells attachments not inspected for the same reason as one line', () => {
    const uninspected = Array.from({ length: 5 }, (_, i) => ({
      code: 'attachment.unreadable',
      category: 'attachment' as const,
      severity: 'warn' as const,
      part: 'attachment' as const,
      attachment: `skann-${i + 1}.pdf`,
    }));
    const w = view(uninspected).warnings.find((x) => x.kind === 'uninspected');
    expect(w?.details).toHaveLength(1);
    const [head] = tRead(lang, 'read.warning.uninspected.many', {
      names: '\u0000',
      what: '',
    }).split('\u0000');
    expect(w?.details[0]?.startsWith(head ?? '')).toBe(true);
    expect(w?.details[0]).toContain('skann-3.pdf');
  });

  it('keeps one line per different problem, and one per attachment alone', () => {
    const w = view([F.risky(), { ...F.risky(), code: 'attachment.zip-bomb', params: {} }]).warnings;
    expect(w.find((x) => x.kind === 'risky-attachment')?.details).toHaveLength(2);
  });
});
