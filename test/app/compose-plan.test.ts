import { checkCompose } from '../../src/core/compose/decide';
import { describeFinding } from '../../src/core/compose/render';
import { LANGS } from '../../src/core/model';
import type { Finding, Lang } from '../../src/core/model';
import type { Profile } from '../../src/core/profile/types';
import { cardText } from '../../src/taskpane/compose/cardText';
import type { AdviceKey } from '../../src/taskpane/compose/cardMessages';
import { planActions } from '../../src/app/compose-plan';
import type { Card, CardKind, PaneAction } from '../../src/app/compose-plan';
import { buildDocx, del, ins, p } from '../support/docx-builder';
import { loadProfile } from '../support/profiles';
import { snapshot } from '../support/snapshot';
import { F, bodyId, confidential, health, legalForm, result, threat } from '../taskpane/findings';

const ha = loadProfile('ha-kommune');
const withTag: Profile = loadProfile('kommune-nb'); // encryptionTags: ["[sikker]"]

function onlyCard(findings: Finding[], profile: Profile = ha): Card {
  const cards = planActions(result(findings), profile).groups.flatMap((g) => g.cards);
  expect(cards).toHaveLength(1);
  const card = cards[0];
  if (!card) throw new Error('no card');
  return card;
}

interface Expected {
  kind: CardKind;
  severity: Card['severity'];
  advice: AdviceKey | null;
  actions: PaneAction[];
}

const CASES: [string, Finding, Profile, Expected][] = [
  [
    'a personal mailbox: says which function mailbox to choose',
    F.personal(),
    ha,
    { kind: 'mailbox', severity: 'warn', advice: 'advice.mailbox', actions: [] },
  ],
  [
    'a personal mailbox with no function mailbox to suggest: says how to choose one',
    F.personal(''),
    ha,
    { kind: 'mailbox', severity: 'warn', advice: 'advice.mailbox.any', actions: [] },
  ],
  [
    'an ID number in the subject: a button removes exactly that text',
    F.subjectId(),
    ha,
    {
      kind: 'subject',
      severity: 'block',
      advice: 'advice.subject',
      actions: [{ kind: 'remove-from-subject', start: 11, end: 22, text: '13097248022' }],
    },
  ],
  [
    'health data in the subject: a button removes exactly that text',
    F.subjectHealth(),
    ha,
    {
      kind: 'subject',
      severity: 'block',
      advice: 'advice.subject',
      actions: [{ kind: 'remove-from-subject', start: 16, end: 36, text: 'psykiatrisk avdeling' }],
    },
  ],
  [
    '"unntatt offentlighet" to an external recipient, profile with an encryption tag: a button adds it',
    F.exempt(),
    withTag,
    {
      kind: 'encrypt',
      severity: 'block',
      advice: 'advice.encrypt.tag',
      actions: [{ kind: 'add-subject-tag', tag: '[sikker]' }],
    },
  ],
  [
    '"unntatt offentlighet" to an external recipient, profile without a tag: advises encryption',
    F.exempt(),
    ha,
    { kind: 'encrypt', severity: 'block', advice: 'advice.encrypt', actions: [] },
  ],
  [
    'a draft document: advises the signed version and offers to remove it',
    F.draft(),
    ha,
    {
      kind: 'attachment',
      severity: 'warn',
      advice: 'advice.draft',
      actions: [{ kind: 'remove-attachment', name: 'vedtak.docx' }],
    },
  ],
  [
    'an unsigned PDF: advises the signed version and offers to remove it',
    F.unsignedPdf(),
    ha,
    {
      kind: 'attachment',
      severity: 'warn',
      advice: 'advice.draft',
      actions: [{ kind: 'remove-attachment', name: 'vedtak.pdf' }],
    },
  ],
  [
    'a risky attachment: its sentence and a button to remove it',
    F.risky(),
    ha,
    {
      kind: 'attachment',
      severity: 'warn',
      advice: null,
      actions: [{ kind: 'remove-attachment', name: 'faktura.pdf.exe' }],
    },
  ],
  [
    'a legal-form message: a sentence',
    legalForm(),
    ha,
    { kind: 'content', severity: 'warn', advice: null, actions: [] },
  ],
  [
    'threatening language: a sentence',
    threat(),
    ha,
    { kind: 'content', severity: 'warn', advice: null, actions: [] },
  ],
  [
    'special categories in the body: a sentence',
    health(),
    ha,
    { kind: 'content', severity: 'block', advice: null, actions: [] },
  ],
  [
    'a confidential marking: a sentence',
    confidential(),
    ha,
    { kind: 'content', severity: 'block', advice: null, actions: [] },
  ],
  [
    'an ID number in the body: a sentence',
    bodyId(),
    ha,
    { kind: 'content', severity: 'warn', advice: null, actions: [] },
  ],
  [
    'a good-practice hint: secondary, no buttons',
    F.hint(),
    ha,
    { kind: 'hint', severity: 'info', advice: null, actions: [] },
  ],
  [
    'a note about an attachment that could not be read fully: no remove button',
    F.attachmentNote(),
    ha,
    { kind: 'attachment', severity: 'info', advice: null, actions: [] },
  ],
  [
    'attachments left unchecked for time: a note',
    F.timeLimit(),
    ha,
    { kind: 'hint', severity: 'info', advice: null, actions: [] },
  ],
];

describe('what the pane offers for each kind of finding', () => {
  it.each(CASES)('%s', (_name, finding, profile, expected) => {
    const card = onlyCard([finding], profile);
    expect({
      kind: card.kind,
      severity: card.severity,
      advice: card.advice?.key ?? null,
      actions: card.actions,
    }).toEqual(expected);
  });
});

describe.each(LANGS)('the words on each card in %s', (lang: Lang) => {
  it.each(CASES)('%s', (_name, finding, profile) => {
    const text = cardText(onlyCard([finding], profile), lang, describeFinding);
    const all = [
      text.title,
      ...text.sentences,
      text.advice ?? '',
      ...text.actions.map((a) => a.label),
    ];
    expect(text.title.length).toBeGreaterThan(0);
    expect(text.sentences.length).toBeGreaterThan(0);
    // Every placeholder filled, and no catalog key shown instead of text.
    expect(all.filter((s) => /\{\w+\}/.test(s))).toEqual([]);
    expect(
      all.filter((s) => /^(advice|check|label|title|action|mailbox)\.[\w.-]+$/.test(s)),
    ).toEqual([]);
  });

  it('names the function mailbox to send from, in the sentence and in the advice', () => {
    const text = cardText(onlyCard([F.personal()]), lang, describeFinding);
    expect(text.sentences.join(' ')).toContain('post@ha.kommune.no');
    expect(text.advice).toContain('post@ha.kommune.no');
  });

  it('quotes the text to remove, the tag to add and the file to remove on the buttons', () => {
    expect(cardText(onlyCard([F.subjectId()]), lang, describeFinding).actions[0]?.label).toContain(
      '13097248022',
    );
    expect(
      cardText(onlyCard([F.exempt()], withTag), lang, describeFinding).actions[0]?.label,
    ).toContain('[sikker]');
    expect(cardText(onlyCard([F.draft()]), lang, describeFinding).actions[0]?.label).toContain(
      'vedtak.docx',
    );
  });

  it('says the same as the Smart Alert for a finding (one source of sentences)', () => {
    const sentences = cardText(onlyCard([F.subjectId()]), lang, describeFinding).sentences;
    expect(sentences).toHaveLength(1);
    expect(sentences[0]).toMatch(
      /13097248022|fødselsnummer|födelsenummer|personnummer|identity number/,
    );
  });
});

describe('grouping', () => {
  it('puts blocking problems first, then warnings, then hints, leaving out empty groups', () => {
    const plan = planActions(result([F.hint(), F.personal(), F.subjectId()]), ha);
    expect(plan.decision).toBe('block');
    expect(plan.groups.map((g) => g.severity)).toEqual(['block', 'warn', 'info']);
    expect(planActions(result([F.hint()]), ha).groups.map((g) => g.severity)).toEqual(['info']);
  });

  it('orders cards as the message reads: sender, subject, text, attachments', () => {
    const plan = planActions(result([F.draft(), bodyId(), F.personal()]), ha);
    expect(plan.groups[0]?.cards.map((c) => c.kind)).toEqual(['mailbox', 'content', 'attachment']);
  });

  it('shows two ID numbers in the body as one card that counts them', () => {
    const card = onlyCard([bodyId(), { ...bodyId(), start: 40, end: 51 }]);
    expect(card.findings).toHaveLength(2);
    expect(cardText(card, 'nb', describeFinding).occurrences).toBe('Funnet 2 steder.');
    expect(cardText(card, 'nb', describeFinding).sentences).toHaveLength(1);
  });

  it('gives each ID number in the subject its own card and button', () => {
    const subject = '13097248022 og 13097248022';
    const second = { ...F.subjectId(subject), start: 15, end: 26 };
    const plan = planActions(result([F.subjectId(subject), second]), ha);
    expect(plan.groups[0]?.cards.map((c) => c.actions[0])).toEqual([
      { kind: 'remove-from-subject', start: 0, end: 11, text: '13097248022' },
      { kind: 'remove-from-subject', start: 15, end: 26, text: '13097248022' },
    ]);
  });

  it('shows everything about one draft attachment on one card with one remove button', () => {
    const card = onlyCard([F.draft(), F.draft('vedtak.docx', 'attachment.draft.comments')]);
    expect(card.actions).toEqual([{ kind: 'remove-attachment', name: 'vedtak.docx' }]);
    expect(cardText(card, 'sv', describeFinding).sentences).toHaveLength(2);
  });

  it('keeps attachments with different problems apart', () => {
    const plan = planActions(
      result([F.draft('a.docx'), F.draft('b.docx', 'attachment.draft.comments')]),
      ha,
    );
    expect(plan.groups[0]?.cards.map((c) => c.attachment)).toEqual(['a.docx', 'b.docx']);
  });

  it('puts attachments with the very same problems on one card listing them', () => {
    const plan = planActions(result([F.draft('a.docx'), F.draft('b.docx')]), ha);
    expect(plan.groups[0]?.cards.map((c) => c.attachments)).toEqual([['a.docx', 'b.docx']]);
  });

  it('offers encryption once for markings in the subject and in the text', () => {
    const card = onlyCard([F.exempt('subject'), F.exempt('body')], withTag);
    expect(card.actions).toEqual([{ kind: 'add-subject-tag', tag: '[sikker]' }]);
  });

  it('gives keys that stay the same when the message is checked again', () => {
    const findings = [F.personal(), F.subjectId(), F.draft(), bodyId(), F.hint()];
    const keys = (): string[] =>
      planActions(result(findings), ha).groups.flatMap((g) => g.cards.map((c) => c.key));
    expect(keys()).toEqual(keys());
    expect(new Set(keys()).size).toBe(findings.length);
  });
});

describe('with the real compose check', () => {
  it('a fødselsnummer in the subject from a personal mailbox (Hå kommune)', async () => {
    const subject = 'Søknad for 13097248022 om barnehageplass';
    const r = await checkCompose(
      snapshot({ subject, from: { address: 'kari.nordmann@ha.kommune.no' } }),
      ha,
    );
    const plan = planActions(r, ha);
    expect(plan.decision).toBe('block');
    const [block, warn] = plan.groups;
    expect(block?.cards.map((c) => c.actions)).toEqual([
      [{ kind: 'remove-from-subject', start: 11, end: 22, text: '13097248022' }],
    ]);
    expect(warn?.cards.map((c) => c.kind)).toEqual(['mailbox']);
    expect(cardText(warn?.cards[0] as Card, 'nn', describeFinding).advice).toContain(
      'post@ha.kommune.no',
    );
  });

  it('"unntatt offentlighet" to an external recipient goes away once the tag is added', async () => {
    const body = 'Unntatt offentlighet, jf. offl. § 13.\n\nVedlagt er notatet.';
    const from = { address: 'postmottak@kommune.example.no' };
    const before = planActions(await checkCompose(snapshot({ body, from }), withTag), withTag);
    const card = before.groups.flatMap((g) => g.cards).find((c) => c.kind === 'encrypt');
    expect(card?.actions).toEqual([{ kind: 'add-subject-tag', tag: '[sikker]' }]);
    const after = planActions(
      await checkCompose(snapshot({ body, from, subject: '[sikker] Notat' }), withTag),
      withTag,
    );
    expect(after.groups.flatMap((g) => g.cards).filter((c) => c.kind === 'encrypt')).toEqual([]);
  });

  it('a draft DOCX to a citizen: one card, remove button', async () => {
    const docx = buildDocx({ body: p('Vedtak') + `<w:p>${ins('ny tekst')}${del('gammal')}</w:p>` });
    const r = await checkCompose(
      snapshot({ attachments: [{ name: 'vedtak.docx', size: docx.length, bytes: docx }] }),
      ha,
    );
    const cards = planActions(r, ha).groups.flatMap((g) => g.cards);
    const draft = cards.find((c) => c.check === 'draft-attachment');
    expect(draft?.actions).toEqual([{ kind: 'remove-attachment', name: 'vedtak.docx' }]);
    expect(cardText(draft as Card, 'nb', describeFinding).title).toBe(
      'Vedlegg: \u2068vedtak.docx\u2069',
    );
  });
});
