/**
 * What the read pane shows for a classification (src/taskpane/readView.ts):
 * every class, every warning kind, the due date and disposal, in every
 * language. Issue 4, "The pane".
 */
import { MESSAGE_CLASSES } from '../../src/core/classify/classify';
import type { Classification, MessageClass, Reason } from '../../src/core/classify/classify';
import { describeFinding } from '../../src/core/compose/render';
import { describeCode, t } from '../../src/taskpane/shell/catalog';
import { LANGS } from '../../src/core/model';
import type { Finding, Lang } from '../../src/core/model';
import { dueLabel } from '../../src/core/state/describe';
import { tp } from '../../src/taskpane/shell/messages';
import { tRead } from '../../src/taskpane/read/readMessages';
import { readView } from '../../src/taskpane/read/readView';
import { warningCases } from './read-fixtures';

const OSLO = 'Europe/Oslo';
const NOW = new Date('2026-03-02T09:00:00Z');

const base: Classification = {
  class: 'official',
  reasons: [],
  findings: [],
  due: null,
  disposable: false,
  mustNotDispose: false,
};

const REASONS: Record<MessageClass, Reason[]> = {
  'archive-worthy': [
    { code: 'class.reason.external' },
    { code: 'class.reason.case-reference', params: { reference: '2026/00123' } },
  ],
  official: [{ code: 'class.reason.external' }],
  internal: [{ code: 'class.reason.internal' }],
  ephemeral: [{ code: 'class.reason.newsletter' }],
  private: [{ code: 'class.reason.private', params: { word: 'middag' } }],
};

describe.each(LANGS)('the read view in %s', (lang) => {
  it.each(MESSAGE_CLASSES)('names the class %s and gives its reasons', (cls) => {
    const view = readView({ ...base, class: cls, reasons: REASONS[cls] }, lang, NOW, OSLO, 'NO');
    expect(view.class).toBe(cls);
    expect(view.classLabel).toBe(t(lang, `class.${cls}`));
    expect(view.classLabel).not.toContain('class.');
    expect(view.reasons).toEqual(REASONS[cls].map((r) => describeCode(lang, r.code, r.params)));
    for (const r of view.reasons) {
      expect(r).not.toMatch(/class\.reason|\{/);
    }
    expect(view.warnings).toEqual([]);
  });

  it('fills a reason with what was found (the case reference)', () => {
    const view = readView(
      { ...base, class: 'archive-worthy', reasons: REASONS['archive-worthy'] },
      lang,
      NOW,
      OSLO,
      'NO',
    );
    expect(view.reasons[1]).toContain('2026/00123');
  });

  it.each([
    ['the evening of the due day', '2026-04-07T21:59:00Z', false],
    ['just after midnight, local time', '2026-04-07T22:00:01Z', true],
    ['a week later', '2026-04-14T10:00:00Z', true],
    ['the day it arrived', '2026-03-31T08:00:00Z', false],
  ] as const)('shows the answer-by date, seen on %s', (_when, now, overdue) => {
    const due = { due: '2026-04-07', dueAt: '2026-04-07T21:59:59.999Z', received: '2026-03-31' };
    const view = readView({ ...base, due }, lang, new Date(now), OSLO, 'NO');
    expect(view.due).toEqual({
      date: '2026-04-07',
      overdue,
      label: dueLabel('2026-04-07', overdue, lang),
    });
    expect(view.due?.label).toContain(
      { nb: '07.04.2026', nn: '07.04.2026', sv: '2026-04-07', en: '7 April 2026' }[lang],
    );
  });

  it('shows no due date for mail that needs no answer', () => {
    expect(readView(base, lang, NOW, OSLO, 'NO').due).toBeNull();
  });

  it.each([
    ['may be disposed of', { disposable: true }, 'disposable', 'class.disposable'],
    [
      'must not be disposed of',
      { mustNotDispose: true },
      'must-not-dispose',
      'class.must-not-dispose',
    ],
  ] as const)('says when a message %s', (_what, flags, kind, key) => {
    const view = readView({ ...base, ...flags }, lang, NOW, OSLO, 'NO');
    expect(view.disposal).toEqual({ kind, text: t(lang, key) });
  });

  it('says nothing about disposal otherwise', () => {
    expect(readView(base, lang, NOW, OSLO, 'NO').disposal).toBeNull();
  });
});

describe.each(LANGS)('warnings on incoming content in %s', (lang) => {
  let cases: Awaited<ReturnType<typeof warningCases>>;
  beforeAll(async () => {
    cases = await warningCases();
  });

  it('warns of sensitive personal data: do not forward or reply, move it into the case system', () => {
    const [w, ...rest] = readView(cases.sensitive, lang, NOW, OSLO, 'NO').warnings;
    expect(rest).toEqual([]);
    expect(w?.kind).toBe('sensitive');
    expect(w?.title).toBe(tRead(lang, 'read.warning.sensitive.title'));
    expect(w?.advice).toEqual([tRead(lang, 'read.warning.sensitive.advice')]);
    // One sentence per distinct finding, with the number masked as the detector masks it.
    const sentences = new Set(
      cases.sensitive.findings.map((f) => describeFinding(f, lang, describeCode)),
    );
    expect(cases.sensitive.findings.every((f) => f.attachment === undefined)).toBe(true);
    expect(w?.details).toEqual([...sentences]);
    expect(w?.details.join(' ')).not.toMatch(/\d{11}/);
  });

  it.each([
    ['NO', 'politiet.no'],
    ['SE', 'polisen.se'],
  ] as const)(
    'warns of a likely threat: keep it as evidence, tell the manager, report it (%s: %s)',
    (country, site) => {
      const [w] = readView(cases.threat, lang, NOW, OSLO, country).warnings;
      expect(w?.kind).toBe('threat');
      expect(w?.title).toBe(tRead(lang, 'read.warning.threat.title'));
      expect(w?.advice).toEqual([
        tRead(lang, 'read.warning.threat.advice'),
        tRead(lang, `read.warning.threat.police.${country}`),
      ]);
      expect(w?.advice[1]).toContain(site);
      expect(w?.advice[1]).toContain('112');
      expect(w?.details.length).toBeGreaterThan(0);
    },
  );

  it('warns of a risky attachment from an external sender', () => {
    const [w, ...rest] = readView(cases.risky, lang, NOW, OSLO, 'NO').warnings;
    expect(rest).toEqual([]);
    expect(w?.kind).toBe('risky-attachment');
    expect(w?.title).toBe(tRead(lang, 'read.warning.attachment.title'));
    expect(w?.advice).toEqual([tRead(lang, 'read.warning.attachment.advice')]);
    expect(w?.details).toEqual([
      expect.stringContaining(tp(lang, 'title.attachment.named', { attachment: 'faktura.exe' })),
    ]);
  });

  it('does not warn of the same attachment from a colleague', () => {
    expect(readView(cases.riskyInternal, lang, NOW, OSLO, 'NO').warnings).toEqual([]);
  });

  it('puts the most serious warning first', () => {
    const all: Classification = {
      ...base,
      findings: [...cases.risky.findings, ...cases.sensitive.findings, ...cases.threat.findings],
    };
    const kinds = readView(all, lang, NOW, OSLO, 'NO').warnings.map((w) => w.kind);
    expect(kinds).toEqual(['threat', 'sensitive', 'risky-attachment']);
  });

  it('has no untranslated codes or empty placeholders in any warning', () => {
    for (const c of [cases.threat, cases.sensitive, cases.risky]) {
      for (const w of readView(c, lang, NOW, OSLO, 'SE').warnings) {
        for (const s of [w.title, ...w.advice, ...w.details]) {
          expect(s).not.toMatch(/\{\w+\}|^(read|class|national-id|threat|attachment)\./);
        }
      }
    }
  });
});

describe('issue 10: what the pane did not inspect is a warning naming it', () => {
  const finding = (over: Partial<Finding>): Finding => ({
    code: 'attachment.not-inspected',
    category: 'attachment',
    severity: 'warn',
    part: 'attachment',
    attachment: 'rapport.docx',
    params: { reason: 'time' },
    ...over,
  });
  const sentences: ReadonlyArray<readonly [string, Finding, Readonly<Record<Lang, string>>]> = [
    [
      'an attachment, for time',
      finding({}),
      {
        nb: 'Vedlegget «\u2068rapport.docx\u2069» ble ikke kontrollert: tiden gikk ut.',
        nn: 'Vedlegget «\u2068rapport.docx\u2069» blei ikkje kontrollert: tida gjekk ut.',
        sv: 'Bilagan ”\u2068rapport.docx\u2069” kontrollerades inte: tiden tog slut.',
        en: 'The attachment “\u2068rapport.docx\u2069” was not checked: time ran out.',
      },
    ],
    [
      'a message inside an attachment, for nesting',
      finding({
        attachment: 'videresendt.eml',
        params: { reason: 'nesting', entry: 'indre.eml' },
      }),
      {
        nb: '«\u2068indre.eml\u2069» i vedlegget «\u2068videresendt.eml\u2069» ble ikke kontrollert: for mange nivåer med vedlegg i vedlegg.',
        nn: '«\u2068indre.eml\u2069» i vedlegget «\u2068videresendt.eml\u2069» blei ikkje kontrollert: for mange nivå med vedlegg i vedlegg.',
        sv: '”\u2068indre.eml\u2069” i bilagan ”\u2068videresendt.eml\u2069” kontrollerades inte: för många nivåer av bilagor i bilagor.',
        en: '“\u2068indre.eml\u2069” in the attachment “\u2068videresendt.eml\u2069” was not checked: too many levels of attachments within attachments.',
      },
    ],
    [
      'an attachment too large',
      finding({
        code: 'attachment.too-large',
        attachment: 'kart.pdf',
        params: { limitMb: 8, bound: 'host', sizeMb: 20 },
      }),
      {
        nb: 'Vedlegget «\u2068kart.pdf\u2069» ble ikke kontrollert: bare de første 8 MB ble lest.',
        nn: 'Vedlegget «\u2068kart.pdf\u2069» blei ikkje kontrollert: berre dei første 8 MB blei lesne.',
        sv: 'Bilagan ”\u2068kart.pdf\u2069” kontrollerades inte: bara de första 8 MB lästes.',
        en: 'The attachment “\u2068kart.pdf\u2069” was not checked: only the first 8 MB were read.',
      },
    ],
    [
      'the text of the message, for time',
      {
        code: 'scan.not-inspected',
        category: 'scan',
        severity: 'warn',
        part: 'body',
        params: { reason: 'time' },
      },
      {
        nb: 'Meldingsteksten ble ikke kontrollert: tiden gikk ut.',
        nn: 'Meldingsteksten blei ikkje kontrollert: tida gjekk ut.',
        sv: 'Meddelandetexten kontrollerades inte: tiden tog slut.',
        en: 'The message text was not checked: time ran out.',
      },
    ],
  ];

  describe.each(sentences)('%s', (_what, f, expected) => {
    it.each(LANGS)('in %s', (lang) => {
      const warnings = readView({ ...base, findings: [f] }, lang, NOW, OSLO, 'NO').warnings;
      expect(warnings).toEqual([
        {
          kind: 'uninspected',
          title: tRead(lang, 'read.warning.uninspected.title'),
          details: [expected[lang]],
          advice: [tRead(lang, 'read.warning.uninspected.advice')],
        },
      ]);
    });
  });

  it('keeps a name on one line with its direction closed', () => {
    const f = finding({ attachment: 'faktura\u202Efdp.exe\n# Overskrift' });
    const [w] = readView({ ...base, findings: [f] }, 'nn', NOW, OSLO, 'NO').warnings;
    expect(w?.details).toEqual([
      'Vedlegget «\u2068fakturafdp.exe # Overskrift\u2069» blei ikkje kontrollert: tida gjekk ut.',
    ]);
  });

  describe.each(LANGS)('a hostile page past the pane’s time, in %s', (lang) => {
    let cases: Awaited<ReturnType<typeof warningCases>>;
    beforeAll(async () => {
      cases = await warningCases();
    });

    it('is named, after what was found in the other attachment and the risk of its type', () => {
      const warnings = readView(cases.uninspected, lang, NOW, OSLO, 'NO').warnings;
      expect(warnings.map((w) => w.kind)).toEqual(['sensitive', 'risky-attachment', 'uninspected']);
      const sensitive = warnings[0];
      expect(sensitive?.details.join(' ')).toContain(
        tp(lang, 'title.attachment.named', { attachment: 'liste.txt' }),
      );
      const uninspected = warnings[2];
      expect(uninspected?.details).toHaveLength(1);
      expect(uninspected?.details[0]).toContain('\u2068side.html\u2069');
      expect(uninspected?.details[0]).toContain(t(lang, 'reason.time'));
    });
  });
});
