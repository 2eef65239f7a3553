/**
 * The compose decision (R2, R14–R20): from a snapshot of a message being
 * sent and an organisation profile, decide block / warn / allow with the
 * findings that explain it. Pure: the send runtime, the task pane and the
 * command line all call this same function.
 */
import { inspectAttachment } from '../attachments';
import type { AttachmentReport, InspectLimits, InspectOptions } from '../attachments';
import type { Clock, Finding, Part, Severity, TextMatch } from '../model';
import { inspectionInput } from '../message';
import type { Address, ComposeSnapshot } from '../message';
import { isInternal, mailboxOf } from '../profile/mailboxes';
import type { CheckId, FunctionMailbox, Profile } from '../profile/types';
import { scanText } from '../scan';
import { unjournaledCaseDocument } from './case-document';
import { findCaseReference } from './case-ref';
import { DEFAULT_CHECKS, severityOf, worst } from './checks';
import { goodPracticeFindings } from './good-practice';

export type Decision = 'block' | 'warn' | 'allow';

export interface ComposeResult {
  readonly decision: Decision;
  readonly findings: readonly Finding[];
  /** External recipients (not in the organisation's domains). */
  readonly external: readonly string[];
  /** The attachment reports, for panes that show details. */
  readonly attachments: readonly AttachmentReport[];
}

export interface ComposeOptions {
  readonly limits?: Partial<InspectLimits>;
  /** E.g. a full MIME parser for attached messages, where the host has one. */
  readonly inspect?: InspectOptions;
  /**
   * Time guard: with a clock, attachments are no longer inspected once this
   * many milliseconds have passed (the send check must answer quickly).
   */
  readonly budgetMs?: number;
  readonly clock?: Clock;
}

/** Tenants often encrypt a message when its subject carries a tag such as "[sikker]". */
export function hasEncryptionTag(subject: string, profile: Profile): boolean {
  const lower = subject.toLowerCase();
  return (profile.encryptionTags ?? []).some(
    (t) => t.length > 0 && lower.includes(t.toLowerCase()),
  );
}

export function recipientsOf(s: ComposeSnapshot): Address[] {
  return [...s.to, ...s.cc, ...s.bcc];
}

/** Which check a text match falls under, given where it was found. */
function checkForMatch(m: TextMatch, part: Part, hasExternal: boolean): CheckId | null {
  if (part === 'subject' && (m.category === 'national-id' || m.category === 'special-category')) {
    return 'subject-sensitive';
  }
  switch (m.category) {
    case 'national-id':
      return 'national-id';
    case 'special-category':
      return 'special-category';
    case 'confidentiality':
      if (m.code.startsWith('confidentiality.exempt'))
        return hasExternal ? 'exempt-external' : null;
      return 'confidential';
    case 'legal-form':
      // The law wants these in writing to the party: only outgoing to externals (R18).
      return hasExternal ? 'legal-form' : null;
    case 'threat':
      return 'threat';
  }
}

/** The severity a match would get by default, in a body going to an external recipient. */
export function defaultSeverityOfMatch(m: TextMatch): Severity {
  const check = checkForMatch(m, 'body', true);
  const setting = check === null ? 'info' : DEFAULT_CHECKS[check];
  return setting === 'off' ? 'info' : setting;
}

function attachmentCheck(code: string, hasExternal: boolean): CheckId | null {
  if (code.startsWith('attachment.pdf.') || code.startsWith('attachment.draft.')) {
    // 000 §11: drafts shared internally for co-writing are allowed.
    return hasExternal ? 'draft-attachment' : null;
  }
  if (code.startsWith('attachment.risky.') || code === 'attachment.zip-bomb') {
    return 'risky-attachment';
  }
  return null;
}

export async function checkCompose(
  snapshot: ComposeSnapshot,
  profile: Profile,
  options: ComposeOptions = {},
): Promise<ComposeResult> {
  const findings: Finding[] = [];
  const external = recipientsOf(snapshot)
    .map((a) => a.address)
    .filter((a) => !isInternal(a, profile));
  const hasExternal = external.length > 0;
  const encrypted = snapshot.encrypted === true || hasEncryptionTag(snapshot.subject, profile);

  const add = (check: CheckId | null, f: Omit<Finding, 'severity' | 'check'>): void => {
    if (check === null) {
      findings.push({ ...f, severity: 'info' });
      return;
    }
    // R16 is about unencrypted transport: encryption answers it.
    if (check === 'exempt-external' && encrypted) return;
    const severity = severityOf(profile, check);
    if (severity !== null) findings.push({ ...f, check, severity });
  };

  const addText = (text: string, part: Part, attachment?: string): void => {
    for (const m of scanText(text, profile.keywords)) {
      const check = checkForMatch(m, part, hasExternal);
      if (check === null) continue;
      add(check, {
        code: m.code,
        category: m.category,
        part,
        ...(attachment !== undefined ? { attachment } : {}),
        start: m.start,
        end: m.end,
        text: m.text,
        ...(m.params ? { params: m.params } : {}),
      });
    }
  };

  addText(snapshot.subject, 'subject');
  addText(snapshot.body, 'body');

  // Attachments: names first (cheap), then contents within the time guard.
  const reports: AttachmentReport[] = [];
  const started = options.clock?.now().getTime();
  const skipped: string[] = [];
  for (const att of snapshot.attachments) {
    addText(att.name, 'attachment-name', att.name);
    if (
      started !== undefined &&
      options.budgetMs !== undefined &&
      options.clock &&
      options.clock.now().getTime() - started > options.budgetMs
    ) {
      skipped.push(att.name);
      continue;
    }
    const report = await inspectAttachment(inspectionInput(att), options.limits, options.inspect);
    reports.push(report);
    for (const f of report.findings) {
      add(attachmentCheck(f.code, hasExternal), {
        code: f.code,
        category: f.code.startsWith('attachment.') ? 'attachment' : 'scan',
        part: 'attachment',
        attachment: att.name,
        ...(f.params ? { params: f.params } : {}),
      });
    }
    if (report.text) addText(report.text, 'attachment', att.name);
  }
  if (skipped.length > 0) {
    findings.push({
      code: 'scan.time-limit',
      category: 'scan',
      severity: 'info',
      part: 'attachment',
      params: { names: skipped.join(', '), seconds: (options.budgetMs ?? 0) / 1000 },
    });
  }

  addPersonalMailbox(snapshot, profile, hasExternal, add);
  if (severityOf(profile, 'unjournaled-case-document') !== null) {
    const f = unjournaledCaseDocument(snapshot, profile, reports);
    if (f) add('unjournaled-case-document', f);
  }
  for (const f of goodPracticeFindings(snapshot, profile, hasExternal)) add('good-practice', f);

  let top: Severity | null = null;
  for (const f of findings) if (f.severity !== 'info') top = worst(top, f.severity);
  const decision: Decision = top === 'block' ? 'block' : top === 'warn' ? 'warn' : 'allow';
  return { decision, findings, external, attachments: reports };
}

/**
 * R2: official mail (external recipient, reply to mail that came to a
 * function mailbox, or a case reference) must leave from a function mailbox.
 * Compared by address only: display names are free text anyone can set.
 */
function addPersonalMailbox(
  s: ComposeSnapshot,
  profile: Profile,
  hasExternal: boolean,
  add: (check: CheckId, f: Omit<Finding, 'severity' | 'check'>) => void,
): void {
  if (mailboxOf(s.from.address, profile)) return;
  const repliedIn = s.replyTo?.receivedIn ? mailboxOf(s.replyTo.receivedIn, profile) : null;
  const caseRef = findCaseReference(s.subject) ?? findCaseReference(s.body);
  const reason = repliedIn
    ? 'reply-to-function'
    : hasExternal
      ? 'external'
      : caseRef
        ? 'case-reference'
        : null;
  if (reason === null) return;
  // The mailbox the mail came to; otherwise the organisation's main official
  // address, which profiles list first (post@, vara.kommun@, postmottak@).
  const suggestion: FunctionMailbox | null =
    repliedIn ?? profile.mailboxes.find((m) => m.kind === 'function') ?? null;
  add('personal-mailbox', {
    code: 'mailbox.personal',
    category: 'mailbox',
    part: 'from',
    params: {
      reason,
      from: s.from.address,
      mailbox: suggestion?.address ?? '',
      mailboxName: suggestion?.name ?? '',
      ...(caseRef && reason === 'case-reference' ? { reference: caseRef.text } : {}),
    },
  });
}
