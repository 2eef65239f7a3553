import { ATTACHMENT_CODES } from '../../../src/core/attachments';
import { MESSAGE_CLASSES } from '../../../src/core/classify/classify';
import { describeFinding } from '../../../src/core/compose/render';
import { hasMessage, t } from '../../../src/core/i18n/catalog';
import { hasSendMessage } from '../../../src/core/i18n/send-catalog';
import { ID_CODES } from '../../../src/core/ids';
import { KEYWORD_CODES, categoryOf } from '../../../src/core/keywords';
import { LANGS } from '../../../src/core/model';
import type { Finding } from '../../../src/core/model';
import { CHECK_IDS } from '../../../src/core/profile/types';

const PRACTICE = [
  'practice.subject-empty',
  'practice.subject-vague',
  'practice.many-recipients',
  'practice.reply-all',
  'practice.internal-attachments',
  'practice.signature-missing',
  'scan.time-limit',
];

describe('every code the engine emits has text in nb, nn, sv and en', () => {
  it.each(LANGS)('reports and classification (%s)', (lang) => {
    const keys = [
      ...ID_CODES,
      ...KEYWORD_CODES,
      ...ATTACHMENT_CODES,
      ...PRACTICE,
      ...MESSAGE_CLASSES.map((c) => `class.${c}`),
      ...CHECK_IDS.filter((c) => c !== 'good-practice' && c !== 'personal-mailbox').map(
        (c) => `check.${c}`,
      ),
    ];
    expect(keys.filter((k) => !hasMessage(lang, k))).toEqual([]);
  });

  it.each(LANGS)('the send check, from its own smaller catalog (%s)', (lang) => {
    const labelled = [
      ...ID_CODES,
      ...KEYWORD_CODES.filter((c) => !c.startsWith('confidentiality.')),
    ];
    expect(labelled.filter((c) => !hasSendMessage(lang, `label.${c}`))).toEqual([]);
    expect(ATTACHMENT_CODES.filter((c) => !hasSendMessage(lang, c))).toEqual([]);
  });

  it.each(LANGS)(
    'turns every detector finding into a sentence without placeholders (%s)',
    (lang) => {
      const findings: Finding[] = [
        ...ID_CODES.map((code) => ({
          code,
          category: 'national-id' as const,
          check: 'national-id',
        })),
        ...KEYWORD_CODES.map((code) => ({
          code,
          category: categoryOf(code),
          check: 'special-category',
        })),
      ].map((f) => ({
        ...f,
        severity: 'block',
        part: 'body',
        text: '13097248022',
        params: { masked: '130972*****', keyword: 'x', basis: 'Offl. § 13' },
      }));
      for (const f of findings) {
        const s = describeFinding(f, lang);
        expect(s).not.toMatch(/\{[a-zA-Z]+\}|label\.|check\./);
      }
    },
  );

  it('has different texts in different languages', () => {
    expect(new Set(LANGS.map((l) => t(l, 'class.archive-worthy'))).size).toBeGreaterThan(2);
  });
});
