import { ATTACHMENT_CODES } from '../../../src/core/attachments';
import { MESSAGE_CLASSES } from '../../../src/core/classify/classify';
import { describeFinding } from '../../../src/core/compose/render';
import { t as cliT } from '../../../src/cli/catalog';
import { tSend } from '../../../src/core/compose/send-catalog';
import { hasKey } from '../../../src/core/i18n/describe';
import { ID_CODES } from '../../../src/core/ids';
import { KEYWORD_CODES, categoryOf } from '../../../src/core/keywords';
import { LANGS } from '../../../src/core/model';
import type { Finding } from '../../../src/core/model';
import { CHECK_IDS } from '../../../src/core/profile/types';
import { t } from '../../../src/taskpane/shell/catalog';

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
  // The pane and the command line join the same core catalogs for their reports.
  it.each([
    ['the pane', t],
    ['the command line', cliT],
  ] as const)('reports and classification, as %s shows them', (_surface, report) => {
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
    expect(keys.filter((k) => !hasKey(report, k))).toEqual([]);
  });

  it('the send check, from its own smaller catalog', () => {
    const labelled = [
      ...ID_CODES,
      ...KEYWORD_CODES.filter((c) => !c.startsWith('confidentiality.')),
    ];
    expect(labelled.filter((c) => !hasKey(tSend, `label.${c}`))).toEqual([]);
    expect(ATTACHMENT_CODES.filter((c) => !hasKey(tSend, c))).toEqual([]);
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
