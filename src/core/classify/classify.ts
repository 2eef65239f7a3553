/**
 * R4: classify an incoming message, with the reasons, following the seeds.
 *
 * - External mail to a public body is a public record (allmän handling; 003:
 *   "I princip är all inkommande och utgående post till en myndighet en
 *   allmän handling"); whether it is archive-worthy depends on content.
 * - Mail between colleagues is not, at first (003: "e-post som skickas mellan
 *   kollegor ... inte inledningsvis räknas som allmänna handlingar").
 * - Ads, newsletters, auto-replies and delivery reports are of little or
 *   temporary importance and may be disposed of (003, R13).
 */
import { inspectAttachment } from '../attachments';
import type { InspectLimits, InspectOptions } from '../attachments';
import { dueDate } from '../calendar';
import type { DueDate } from '../calendar';
import { MAX_YEAR, MIN_YEAR } from '../calendar';
import { findCaseReference } from '../compose/case-ref';
import type { Finding, Params, Part, TextMatch } from '../model';
import { inspectionInput } from '../message';
import type { IncomingMessage } from '../message';
import { deadlineOptions, isInternal, mailboxOf } from '../profile/mailboxes';
import type { Profile } from '../profile/types';
import { scanText } from '../scan';
import { normalizeText } from '../text/normalize';
import { findSignals } from './signals';
import type { SignalKind } from './signals';

export const MESSAGE_CLASSES = [
  'archive-worthy',
  'official',
  'internal',
  'ephemeral',
  'private',
] as const;
export type MessageClass = (typeof MESSAGE_CLASSES)[number];

export interface Reason {
  readonly code: string;
  readonly params?: Params;
}

export interface Classification {
  readonly class: MessageClass;
  readonly reasons: readonly Reason[];
  /** Warnings on the content (R10 sensitive data, R11 threats, R12 risky attachments). */
  readonly findings: readonly Finding[];
  /** Answer-by date (R8) for mail that needs an answer; null otherwise. */
  readonly due: DueDate | null;
  /** R13: of little or temporary importance, may be disposed of. */
  readonly disposable: boolean;
  /** R13: a request for access is pending, or evidence: must not be disposed of. */
  readonly mustNotDispose: boolean;
}

export interface ClassifyOptions {
  readonly limits?: Partial<InspectLimits>;
  readonly inspect?: InspectOptions;
}

const AUTO_SUBJECT =
  /^\s*(?:automatisk svar|autosvar|automatic reply|auto(?:matic)?[- ]?reply|out of (?:the )?office|fråværsmelding|fraværsmelding|fråvær|frånvaro|abwesenheitsnotiz|ikke til stede|ikkje til stades|ej på plats)\b/i;
const REPORT_SUBJECT =
  /^\s*(?:undeliverable|undelivered mail|delivery status notification|mail delivery (?:failed|failure)|returned mail|levering mislyktes|kan ikke leveres|kunne ikkje leverast|ej levererat|kan inte levereras|olevererbart|read:|lest:|läst:|delivered:|levert:|levererat:)/i;

function header(msg: IncomingMessage, name: string): string {
  return (msg.headers[name] ?? '').toLowerCase();
}

function ephemeralReason(msg: IncomingMessage): Reason | null {
  const contentType = header(msg, 'content-type');
  const from = (msg.from?.address ?? '').toLowerCase();
  if (
    /multipart\/report/.test(contentType) ||
    /^(?:mailer-daemon|postmaster|microsoftexchange[0-9a-f]*)@/.test(from) ||
    REPORT_SUBJECT.test(msg.subject)
  ) {
    return { code: 'class.reason.delivery-report' };
  }
  const auto = header(msg, 'auto-submitted');
  if (
    (auto !== '' && auto !== 'no') ||
    'x-autoreply' in msg.headers ||
    'x-autorespond' in msg.headers ||
    /^auto-?reply|^oof$/.test(header(msg, 'x-auto-response-suppress')) ||
    AUTO_SUBJECT.test(msg.subject)
  ) {
    return { code: 'class.reason.auto-reply' };
  }
  if ('list-unsubscribe' in msg.headers || 'list-id' in msg.headers) {
    return { code: 'class.reason.newsletter' };
  }
  if (/^(?:bulk|list|junk)$/.test(header(msg, 'precedence'))) {
    return { code: 'class.reason.bulk' };
  }
  return null;
}

function where(part: Part, attachment?: string): { part: Part; attachment?: string } {
  return attachment === undefined ? { part } : { part, attachment };
}

/** R10/R11: what the reader must be warned about in incoming content. */
function contentFindings(
  matches: readonly TextMatch[],
  part: Part,
  attachment?: string,
): Finding[] {
  const out: Finding[] = [];
  for (const m of matches) {
    const sensitive = m.category === 'national-id' || m.category === 'special-category';
    if (!sensitive && m.category !== 'threat' && m.category !== 'confidentiality') continue;
    out.push({
      code: m.code,
      category: m.category,
      severity: sensitive || m.category === 'threat' ? 'warn' : 'info',
      ...where(part, attachment),
      start: m.start,
      end: m.end,
      text: m.text,
      ...(m.params ? { params: m.params } : {}),
    });
  }
  return out;
}

export async function classifyMessage(
  msg: IncomingMessage,
  profile: Profile,
  options: ClassifyOptions = {},
): Promise<Classification> {
  const reasons: Reason[] = [];
  const findings: Finding[] = [];
  const sender = msg.from?.address ?? '';
  const externalSender = sender === '' || !isInternal(sender, profile);

  const subjectMatches = scanText(msg.subject, profile.keywords);
  const bodyMatches = scanText(msg.body, profile.keywords);
  findings.push(...contentFindings(subjectMatches, 'subject'));
  findings.push(...contentFindings(bodyMatches, 'body'));

  let documents = 0;
  for (const att of msg.attachments) {
    if (att.inline) continue;
    const report = await inspectAttachment(inspectionInput(att), options.limits, options.inspect);
    if (['pdf', 'docx', 'xlsx', 'pptx', 'eml', 'image'].includes(report.kind)) documents += 1;
    // R12: warn on risky types from external senders (003 "Säkerhet").
    for (const f of report.findings) {
      const risky = f.code.startsWith('attachment.risky.') || f.code === 'attachment.zip-bomb';
      if (risky && !externalSender) continue;
      if (!risky && !f.code.startsWith('attachment.encrypted')) continue;
      findings.push({
        code: f.code,
        category: 'attachment',
        severity: risky ? 'warn' : 'info',
        part: 'attachment',
        attachment: att.name,
        ...(f.params ? { params: f.params } : {}),
      });
    }
    if (report.text) {
      findings.push(
        ...contentFindings(scanText(report.text, profile.keywords), 'attachment', att.name),
      );
    }
  }

  const text = `${msg.subject}\n${msg.body}`;
  const signals = findSignals(normalizeText(text).lower);
  const has = (k: SignalKind): boolean => signals.some((s) => s.kind === k);
  const signalWord = (k: SignalKind): string => signals.find((s) => s.kind === k)?.word ?? '';
  const caseRef = findCaseReference(text);
  const sensitive = findings.some(
    (f) => f.category === 'national-id' || f.category === 'special-category',
  );
  const threat = findings.some((f) => f.category === 'threat');
  const accessRequest = has('access-request');

  let cls: MessageClass;
  const ephemeral = accessRequest || threat || caseRef ? null : ephemeralReason(msg);
  if (ephemeral) {
    cls = 'ephemeral';
    reasons.push(ephemeral);
  } else if (
    !externalSender &&
    msg.to.concat(msg.cc).every((a) => isInternal(a.address, profile))
  ) {
    reasons.push({ code: 'class.reason.internal' });
    if (caseRef) {
      // 003: internal mail that adds to a case is to be registered.
      cls = 'archive-worthy';
      reasons.push({ code: 'class.reason.case-reference', params: { reference: caseRef.text } });
    } else {
      cls = 'internal';
    }
  } else {
    const toFunction = msg.to.concat(msg.cc).some((a) => mailboxOf(a.address, profile) !== null);
    const privateHint = has('private') && !toFunction && !caseRef && documents === 0 && !sensitive;
    if (privateHint) {
      cls = 'private';
      reasons.push({ code: 'class.reason.private', params: { word: signalWord('private') } });
    } else if (has('advertising') && !caseRef && !has('case') && !accessRequest) {
      cls = 'ephemeral';
      reasons.push({
        code: 'class.reason.advertising',
        params: { word: signalWord('advertising') },
      });
    } else {
      reasons.push({ code: externalSender ? 'class.reason.external' : 'class.reason.official' });
      cls = 'official';
      if (accessRequest) {
        reasons.push({
          code: 'class.reason.access-request',
          params: { word: signalWord('access-request') },
        });
      }
      if (caseRef)
        reasons.push({ code: 'class.reason.case-reference', params: { reference: caseRef.text } });
      if (has('case'))
        reasons.push({ code: 'class.reason.case-word', params: { word: signalWord('case') } });
      if (documents > 0)
        reasons.push({ code: 'class.reason.documents', params: { count: documents } });
      if (sensitive) reasons.push({ code: 'class.reason.sensitive' });
      if (threat) reasons.push({ code: 'class.reason.threat' });
      if (accessRequest || caseRef || has('case') || documents > 0 || sensitive || threat) {
        cls = 'archive-worthy';
      } else if (profile.country === 'SE' && externalSender) {
        // 003: "Huvudregeln är att all inkommande och utgående e-post är
        // allmän handling och ska därför registreras."
        cls = 'archive-worthy';
        reasons.push({ code: 'class.reason.se-main-rule' });
      }
    }
  }

  const needsAnswer = cls === 'archive-worthy' || cls === 'official';
  const due = needsAnswer && msg.receivedAt ? dueDateOrNull(msg.receivedAt, profile) : null;
  const mustNotDispose = accessRequest || threat;
  return {
    class: cls,
    reasons,
    findings,
    due,
    disposable: cls === 'ephemeral' && !mustNotDispose,
    mustNotDispose,
  };
}

/**
 * The answer-by date, or null when the message's date is not one the
 * calendar can count from (outside 1950–2100, where the holidays are known,
 * or not a date at all): a message dated 1900 or 2100 is classified, not a crash.
 */
function dueDateOrNull(received: Date, profile: Profile): DueDate | null {
  const year = received.getUTCFullYear();
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return null;
  try {
    return dueDate(received, deadlineOptions(profile));
  } catch (e) {
    // The answer-by date falls after 2100.
    if (e instanceof RangeError) return null;
    throw e;
  }
}
