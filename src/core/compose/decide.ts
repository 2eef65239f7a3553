/**
 * The compose decision (R2, R14–R20): from a snapshot of a message being
 * sent and an organisation profile, decide block / warn / allow with the
 * findings that explain it. Pure: the send runtime, the task pane and the
 * command line all call this same function.
 */
import { inspectAttachment } from '../attachments';
import type {
  AttachmentFinding,
  AttachmentReport,
  InspectLimits,
  InspectOptions,
} from '../attachments';
import { deepCost as costOf, firstLook } from '../attachments/first-look';
import type { Clock, Finding, Params, Part, Severity, TextMatch } from '../model';
import { inspectionInput } from '../message';
import type { Address, ComposeSnapshot, MessageAttachment } from '../message';
import { isInternal, mailboxOf } from '../profile/mailboxes';
import type { CheckId, FunctionMailbox, Profile } from '../profile/types';
import { scanInTime } from '../scan';
import { OutOfTime } from '../metering/meter';
import type { Meter } from '../metering/meter';
import { timingOf } from '../metering/timing';
import { unjournaledCaseDocument } from './case-document';
import { findCaseReference } from './case-ref';
import { DEFAULT_CHECKS, severityOf, worst } from './checks';
import { electronicConsent } from './electronic-consent';
import { exemptionKind } from './exempt-kind';
import { goodPracticeFindings } from './good-practice';

export type Decision = 'block' | 'warn' | 'allow';

export interface ComposeResult {
  readonly decision: Decision;
  readonly findings: readonly Finding[];
  /** External recipients (not in the organisation's domains). */
  readonly external: readonly string[];
  /** The attachment reports, for panes that show details (those that were inspected). */
  readonly attachments: readonly AttachmentReport[];
}

export interface ComposeOptions {
  readonly limits?: Partial<InspectLimits>;
  /** E.g. a full MIME parser for attached messages, where the host has one. */
  readonly inspect?: InspectOptions;
  /**
   * Time guard: with a clock, work is abandoned this many milliseconds after
   * the check started; what was not inspected by then is a warning naming it.
   */
  readonly budgetMs?: number;
  readonly clock?: Clock;
  /**
   * The time (ms on `clock`) by which the check must be done, instead of
   * `budgetMs`: the send handler's time started before the message was read.
   */
  readonly deadline?: number;
  /** Counts the check's work (steps, for tests); without a clock it never stops it. */
  readonly meter?: Meter;
  /**
   * Hands control back to the host's event loop (a macrotask: core has no
   * timers), awaited between stages and between attachments, so that a
   * watchdog timer can run. Without it the check runs straight through.
   */
  readonly yield?: () => Promise<void>;
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

/** Attachment findings that say part of an attachment was not inspected. */
const UNINSPECTED_CODES: ReadonlySet<string> = new Set([
  'attachment.not-inspected',
  'attachment.too-large',
  'attachment.truncated',
  'attachment.unreadable',
]);

function attachmentCheck(code: string, hasExternal: boolean): CheckId | null {
  if (code.startsWith('attachment.pdf.') || code.startsWith('attachment.draft.')) {
    // 000 §11: drafts shared internally for co-writing are allowed.
    return hasExternal ? 'draft-attachment' : null;
  }
  if (code.startsWith('attachment.risky.') || code === 'attachment.zip-bomb') {
    return 'risky-attachment';
  }
  if (UNINSPECTED_CODES.has(code)) return 'uninspected';
  return null;
}

/** The findings an attachment reader had made when its time ran out, if it says. */
function partialFindings(e: OutOfTime): readonly AttachmentFinding[] {
  const partial: unknown = (e as { partial?: unknown }).partial;
  if (typeof partial !== 'object' || partial === null) return [];
  const findings: unknown = (partial as { findings?: unknown }).findings;
  return Array.isArray(findings) ? (findings as AttachmentFinding[]) : [];
}

const NO_YIELD = (): Promise<void> => Promise.resolve();

export async function checkCompose(
  snapshot: ComposeSnapshot,
  profile: Profile,
  options: ComposeOptions = {},
): Promise<ComposeResult> {
  const timing = timingOf(options);
  const meter = timing.meter;
  /** A share's steps count on the check's meter too (step counts in tests). */
  const settle = (share: Meter): void => {
    if (share === meter) return;
    meter.steps += share.steps;
    share.steps = 0;
  };
  const pause = options.yield ?? NO_YIELD;
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
    if (severity === null) return;
    // The same rule for both, but the finding says whether the cited section is a duty.
    const exemption = check === 'exempt-external' ? exemptionKind(f.params?.['basis']) : null;
    findings.push(
      exemption === null
        ? { ...f, check, severity }
        : { ...f, check, severity, params: { ...f.params, exemption } },
    );
  };

  /** A part (or an attachment) was not, or not wholly, inspected: always said. */
  const notInspected = (part: Part, reason: string, attachment?: string): void => {
    add('uninspected', {
      code: attachment !== undefined ? 'attachment.not-inspected' : 'scan.not-inspected',
      category: attachment !== undefined ? 'attachment' : 'scan',
      part,
      ...(attachment !== undefined ? { attachment } : {}),
      params: { reason },
    });
  };

  /**
   * Scan a text; false when time ran out before or while it was read. A
   * short text (a subject, a file name) is read even when time is up.
   */
  const addText = (
    text: string,
    part: Part,
    attachment?: string,
    short = false,
    on: Meter = meter,
  ): boolean => {
    const matches = scanInTime(text, profile.keywords, on, short);
    if (matches === null) return false;
    for (const m of matches) {
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
    return true;
  };

  /** Findings already added per attachment (index), so deep inspection does not repeat them. */
  const said: Set<string>[] = snapshot.attachments.map(() => new Set<string>());
  const addAttachmentFinding = (
    i: number,
    att: MessageAttachment,
    code: string,
    params?: Params,
  ): void => {
    const entry = params?.['entry'];
    const key = entry === undefined ? code : `${code}\u0000${String(entry)}`;
    const seen = said[i] as Set<string>;
    if (seen.has(key)) return;
    seen.add(key);
    add(attachmentCheck(code, hasExternal), {
      code,
      category: code.startsWith('attachment.') ? 'attachment' : 'scan',
      part: 'attachment',
      attachment: att.name,
      ...(params ? { params } : {}),
    });
  };

  // 1. The subject and the text of the message.
  if (!addText(snapshot.subject, 'subject', undefined, true)) notInspected('subject', 'time');
  await pause();
  if (!addText(snapshot.body, 'body')) notInspected('body', 'time');
  await pause();

  // 2. Every attachment's name, type, size and first bytes: cheap, never skipped.
  const deep: number[] = [];
  snapshot.attachments.forEach((att, i) => {
    meter.tick();
    if (!addText(att.name, 'attachment-name', att.name, true))
      notInspected('attachment-name', 'time', att.name);
    for (const f of firstLook(att)) addAttachmentFinding(i, att, f.code, f.params);
    if (att.bytes !== undefined) deep.push(i);
    else if (att.unread === 'time')
      addAttachmentFinding(i, att, 'attachment.not-inspected', { reason: 'time' });
    else if (att.unread === 'failed') addAttachmentFinding(i, att, 'attachment.unreadable');
    // A cloud attachment is a link: there is no file in the message to inspect.
    else if (att.unread !== 'link' && att.size > 0)
      addAttachmentFinding(i, att, 'attachment.not-inspected', { reason: 'host' });
  });

  // 3. Deep inspection, cheapest first. Each attachment may use its share of
  // the time left (what is left, divided by the attachments still to go), so
  // one slow file cannot starve the rest; what is not done in time is said.
  const order = deep.map((i) => ({
    i,
    cost: costOf(snapshot.attachments[i] as MessageAttachment),
  }));
  order.sort((a, b) => a.cost - b.cost || a.i - b.i);
  const reports: (AttachmentReport | undefined)[] = snapshot.attachments.map(() => undefined);
  for (let k = 0; k < order.length; k++) {
    const { i, cost } = order[k] as { i: number; cost: number };
    const att = snapshot.attachments[i] as MessageAttachment;
    // Once time is up there is nothing to wait for: the rest is only named.
    if (!meter.expired) await pause();
    // A program, an archive or a picture is settled by its first bytes: when
    // time is up, its deep look is skipped without a word.
    if (cost === 0 && meter.expired) continue;
    const share = timing.share(order.length - k);
    const outOfTime = (): void =>
      addAttachmentFinding(i, att, 'attachment.not-inspected', { reason: 'time' });
    let report: AttachmentReport;
    try {
      share.check();
      report = await inspectAttachment(inspectionInput(att), options.limits, {
        ...options.inspect,
        meter: share,
      });
    } catch (e) {
      if (!(e instanceof OutOfTime)) throw e;
      // What was found before time ran out still counts.
      for (const f of partialFindings(e)) addAttachmentFinding(i, att, f.code, f.params);
      outOfTime();
      continue;
    } finally {
      settle(share);
    }
    reports[i] = report;
    // A reader stopped by the clock may report the file as unreadable: say why.
    const stopped = share.expired;
    for (const f of report.findings) {
      if (stopped && f.code === 'attachment.unreadable') outOfTime();
      else addAttachmentFinding(i, att, f.code, f.params);
    }
    if (report.text) {
      if (!meter.expired) await pause();
      if (!addText(report.text, 'attachment', att.name, false, share)) outOfTime();
      settle(share);
    }
  }

  addPersonalMailbox(snapshot, profile, hasExternal, add);
  const inspected = reports.filter((r): r is AttachmentReport => r !== undefined);
  if (severityOf(profile, 'unjournaled-case-document') !== null) {
    const f = unjournaledCaseDocument(snapshot, profile, inspected);
    if (f) add('unjournaled-case-document', f);
  }
  if (severityOf(profile, 'electronic-consent') !== null) {
    const f = electronicConsent(snapshot, profile);
    if (f) add('electronic-consent', f);
  }
  for (const f of goodPracticeFindings(snapshot, profile, hasExternal)) add('good-practice', f);

  let top: Severity | null = null;
  for (const f of findings) if (f.severity !== 'info') top = worst(top, f.severity);
  const decision: Decision = top === 'block' ? 'block' : top === 'warn' ? 'warn' : 'allow';
  if (options.meter !== undefined && options.meter !== meter) options.meter.steps += meter.steps;
  return { decision, findings, external, attachments: inspected };
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
