/** Findings and results shaped as the compose check makes them, for the pane's tests. */
import type { ComposeResult, Decision } from '../../src/core/compose/decide';
import type { Finding } from '../../src/core/model';

export const F = {
  personal: (mailbox = 'post@ha.kommune.no'): Finding => ({
    code: 'mailbox.personal',
    check: 'personal-mailbox',
    category: 'mailbox',
    severity: 'warn',
    part: 'from',
    params: {
      reason: 'external',
      from: 'kari.nordmann@ha.kommune.no',
      mailbox,
      mailboxName: mailbox ? 'Hå kommune – post' : '',
    },
  }),
  subjectId: (subject = 'Vedtak for 13097248022 om barnehageplass'): Finding => {
    const start = subject.indexOf('13097248022');
    return {
      code: 'national-id.no.fnr',
      check: 'subject-sensitive',
      category: 'national-id',
      severity: 'block',
      part: 'subject',
      start,
      end: start + 11,
      text: '13097248022',
    };
  },
  subjectHealth: (): Finding => ({
    code: 'special-category.health',
    check: 'subject-sensitive',
    category: 'special-category',
    severity: 'block',
    part: 'subject',
    start: 16,
    end: 36,
    text: 'psykiatrisk avdeling',
  }),
  exempt: (part: 'body' | 'subject' = 'body'): Finding => ({
    code: 'confidentiality.exempt',
    check: 'exempt-external',
    category: 'confidentiality',
    severity: 'block',
    part,
    start: 0,
    end: 20,
    text: 'Unntatt offentlighet',
    params: { basis: 'offl. § 13' },
  }),
  draft: (attachment = 'vedtak.docx', code = 'attachment.draft.revisions'): Finding => ({
    code,
    check: 'draft-attachment',
    category: 'attachment',
    severity: 'warn',
    part: 'attachment',
    attachment,
    params: { count: 2 },
  }),
  unsignedPdf: (attachment = 'vedtak.pdf'): Finding => ({
    code: 'attachment.pdf.unsigned',
    check: 'draft-attachment',
    category: 'attachment',
    severity: 'warn',
    part: 'attachment',
    attachment,
  }),
  risky: (): Finding => ({
    code: 'attachment.risky.double-extension',
    check: 'risky-attachment',
    category: 'attachment',
    severity: 'warn',
    part: 'attachment',
    attachment: 'faktura.pdf.exe',
    params: { shown: 'pdf', real: 'exe' },
  }),
  text: (
    code: string,
    check: string,
    category: Finding['category'],
    severity: Finding['severity'],
    text: string,
    part: Finding['part'] = 'body',
  ): Finding => ({ code, check, category, severity, part, start: 0, end: text.length, text }),
  hint: (code = 'practice.subject-vague', part: Finding['part'] = 'subject'): Finding => ({
    code,
    check: 'good-practice',
    category: 'practice',
    severity: 'info',
    part,
  }),
  attachmentNote: (): Finding => ({
    code: 'attachment.too-large',
    category: 'attachment',
    severity: 'info',
    part: 'attachment',
    attachment: 'kart.zip',
    params: { limitMb: 8, bound: 'host', sizeMb: 12 },
  }),
  timeLimit: (): Finding => ({
    code: 'scan.time-limit',
    category: 'scan',
    severity: 'info',
    part: 'attachment',
    params: { names: 'fil3.txt', seconds: 0.8 },
  }),
};

export const legalForm = (): Finding =>
  F.text('legal-form.advance-notice', 'legal-form', 'legal-form', 'warn', 'Forhåndsvarsel');
export const threat = (): Finding =>
  F.text('threat.violence', 'threat', 'threat', 'warn', 'eg skal drepe deg');
export const health = (): Finding =>
  F.text('special-category.health', 'special-category', 'special-category', 'block', 'innlagt');
export const confidential = (): Finding =>
  F.text('confidentiality.secret', 'confidential', 'confidentiality', 'block', 'Taushetsbelagt');
export const bodyId = (): Finding =>
  F.text('national-id.no.fnr', 'national-id', 'national-id', 'warn', '13097248022');

export function result(findings: readonly Finding[]): ComposeResult {
  const decision: Decision = findings.some((f) => f.severity === 'block')
    ? 'block'
    : findings.some((f) => f.severity === 'warn')
      ? 'warn'
      : 'allow';
  return { decision, findings, external: ['ola.innbyggjar@example.net'], attachments: [] };
}
