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
import { nameBefore } from '../archive/persons';
import { inspectAttachment } from '../attachments';
import type { AttachmentReport, InspectLimits, InspectOptions } from '../attachments';
import { deepCost, firstLook } from '../attachments/first-look';
import { InspectionOutOfTime } from '../attachments/inspect';
import { IMAGE_EXTENSIONS } from '../attachments/names';
import { sniff } from '../attachments/sniff';
import { dueDate } from '../calendar';
import type { DueDate } from '../calendar';
import { MAX_YEAR, MIN_YEAR } from '../calendar';
import { findCaseReference } from '../compose/case-ref';
import type { CaseReference } from '../compose/case-ref';
import type { Clock, Finding, Params, Part, TextMatch } from '../model';
import { inspectionInput } from '../message';
import type { IncomingMessage, MessageAttachment } from '../message';
import { deadlineOptions, isInternal, mailboxOf } from '../profile/mailboxes';
import type { Profile } from '../profile/types';
import { scanInTime } from '../scan';
import { normalizeText } from '../text/normalize';
import { OutOfTime } from '../metering/meter';
import type { Meter } from '../metering/meter';
import { timingOf } from '../metering/timing';
import { signatureRequirement } from './signature';
import type { SignatureRequirement } from './signature';
import { findSignals } from './signals';
import type { Signal, SignalKind } from './signals';

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
  /** R9: what by law needs a signature the message does not carry (profile `signature`); null: nothing. */
  readonly signature?: SignatureRequirement | null;
}

export interface ClassifyOptions {
  readonly limits?: Partial<InspectLimits>;
  readonly inspect?: InspectOptions;
  /**
   * Time guard, as the send check has it: with a clock, deep inspection is
   * abandoned this many milliseconds after classification started; what was
   * not inspected by then is a warning naming it.
   */
  readonly budgetMs?: number;
  readonly clock?: Clock;
  /** The time (ms on `clock`) by which inspection must be done, instead of `budgetMs`. */
  readonly deadline?: number;
  /** Counts the work (steps, for tests); without a clock it never stops it. */
  readonly meter?: Meter;
  /**
   * Hands control back to the host's event loop (a macrotask: core has no
   * timers), awaited between stages and between attachments, so the pane
   * stays alive while a large message is read.
   */
  readonly yield?: () => Promise<void>;
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

/**
 * R10/R11: what the reader must be warned about in incoming content. An ID
 * number carries the name written next to it, if any (`holder`): filing
 * screens it in the public journal (core/archive/suggest).
 */
function contentFindings(
  text: string,
  matches: readonly TextMatch[],
  part: Part,
  attachment?: string,
): Finding[] {
  const out: Finding[] = [];
  for (const m of matches) {
    const sensitive = m.category === 'national-id' || m.category === 'special-category';
    if (!sensitive && m.category !== 'threat' && m.category !== 'confidentiality') continue;
    const holder = m.category === 'national-id' ? nameBefore(text, m.start) : null;
    const params = holder !== null ? { ...m.params, holder } : m.params;
    out.push({
      code: m.code,
      category: m.category,
      severity: sensitive || m.category === 'threat' ? 'warn' : 'info',
      ...where(part, attachment),
      start: m.start,
      end: m.end,
      text: m.text,
      ...(params ? { params } : {}),
    });
  }
  return out;
}

/** Attachment findings that say an attachment, or part of it, was not inspected. */
const UNINSPECTED_CODES: ReadonlySet<string> = new Set([
  'attachment.not-inspected',
  'attachment.too-large',
  'attachment.truncated',
  'attachment.unreadable',
]);

/** Kinds of attachment that make a message one with documents (R4). */
const DOCUMENT_KINDS: ReadonlySet<string> = new Set([
  'pdf',
  'docx',
  'xlsx',
  'pptx',
  'eml',
  'image',
]);

const EXTENSION_KINDS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['pdf', 'pdf'],
      ['eml', 'eml'],
      ['msg', 'eml'],
      ['docx', 'docx'],
      ['docm', 'docx'],
      ['dotx', 'docx'],
      ['dotm', 'docx'],
      ['xlsx', 'xlsx'],
      ['xlsm', 'xlsx'],
      ['xltx', 'xlsx'],
      ['xltm', 'xlsx'],
      ['pptx', 'pptx'],
      ['pptm', 'pptx'],
      ['potx', 'pptx'],
      ['ppsx', 'pptx'],
    ] as const
  ).map(([e, k]) => [e, k]),
);

/**
 * What an attachment deep inspection did not get to is, by its first bytes
 * and its name: the kinds that count as documents, or null.
 */
function guessedKind(att: MessageAttachment): string | null {
  const sniffed = att.bytes ? sniff(att.bytes) : null;
  if (sniffed === 'pdf' || sniffed === 'image') return sniffed;
  const name = att.name.toLowerCase();
  const ext = name.slice(name.lastIndexOf('.') + 1);
  return EXTENSION_KINDS.get(ext) ?? (IMAGE_EXTENSIONS.has(ext) ? 'image' : null);
}

const NO_YIELD = (): Promise<void> => Promise.resolve();

/**
 * Classify a received message. The same order and time guard as the send
 * check: subject and text, then every attachment's name, type and first
 * bytes, then deep inspection cheapest first, each attachment within its
 * share of the time left. What was not inspected (time, size, nesting,
 * parts, an unreadable file, a file the host did not hand over) is a
 * warning naming it, never silence; what a reader found before its time ran
 * out still counts.
 */
export async function classifyMessage(
  msg: IncomingMessage,
  profile: Profile,
  options: ClassifyOptions = {},
): Promise<Classification> {
  const timing = timingOf(options);
  const meter = timing.meter;
  /** A share's steps count on the whole meter too (step counts in tests). */
  const settle = (share: Meter): void => {
    if (share === meter) return;
    meter.steps += share.steps;
    share.steps = 0;
  };
  const pause = options.yield ?? NO_YIELD;
  const reasons: Reason[] = [];
  const findings: Finding[] = [];
  const sender = msg.from?.address ?? '';
  const externalSender = sender === '' || !isInternal(sender, profile);

  /** Part of the message was not, or not wholly, inspected: always said, as a warning. */
  const notInspected = (part: Part, reason: string): void => {
    findings.push({
      code: 'scan.not-inspected',
      category: 'scan',
      severity: 'warn',
      part,
      params: { reason },
    });
  };

  /**
   * Scan a text for what the reader must be warned about; false when time
   * ran out before or while it was read. A short text is read even when
   * time is up.
   */
  const scan = (
    text: string,
    part: Part,
    attachment?: string,
    short = false,
    on: Meter = meter,
  ): boolean => {
    const matches = scanInTime(text, profile.keywords, on, short);
    if (matches === null) return false;
    findings.push(...contentFindings(text, matches, part, attachment));
    return true;
  };

  // 1. The subject and the text of the message.
  if (!scan(msg.subject, 'subject', undefined, true)) notInspected('subject', 'time');
  await pause();
  if (!scan(msg.body, 'body')) notInspected('body', 'time');
  await pause();

  // 2. Every attachment's name, type and first bytes: cheap, never skipped.
  const files = msg.attachments.filter((a) => a.inline !== true);
  /** Findings already added per attachment, so deep inspection does not repeat them. */
  const said = files.map(() => new Set<string>());
  const addAttachmentFinding = (i: number, code: string, params?: Params): void => {
    const risky = code.startsWith('attachment.risky.') || code === 'attachment.zip-bomb';
    const uninspected = UNINSPECTED_CODES.has(code);
    // R12: risky types are warned of when they come from outside (003 "Säkerhet").
    if (risky && !externalSender) return;
    if (!risky && !uninspected && !code.startsWith('attachment.encrypted')) return;
    const entry = params?.['entry'];
    const key = entry === undefined ? code : `${code}\u0000${String(entry)}`;
    const seen = said[i] as Set<string>;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push({
      code,
      category: 'attachment',
      severity: risky || uninspected ? 'warn' : 'info',
      part: 'attachment',
      attachment: (files[i] as MessageAttachment).name,
      ...(params ? { params } : {}),
    });
  };
  const kinds: (string | null)[] = files.map(() => null);
  /** R9: a signed PDF is attached. */
  let signed = false;
  /** R9: the PDFs whose signature was read (signed or not); any other PDF may be the signed one. */
  const judged: boolean[] = files.map(() => false);
  const deep: number[] = [];
  files.forEach((att, i) => {
    meter.tick();
    for (const f of firstLook(att)) addAttachmentFinding(i, f.code, f.params);
    kinds[i] = guessedKind(att);
    if (att.bytes !== undefined) deep.push(i);
    else if (att.unread === 'time')
      addAttachmentFinding(i, 'attachment.not-inspected', { reason: 'time' });
    else if (att.unread === 'failed') addAttachmentFinding(i, 'attachment.unreadable');
    // A cloud attachment is a link: there is no file in the message to inspect.
    else if (att.unread !== 'link' && att.size > 0)
      addAttachmentFinding(i, 'attachment.not-inspected', { reason: 'host' });
  });

  // 3. Deep inspection, cheapest first, each attachment within its share of
  // the time left, so one slow file cannot starve the rest.
  const order = deep.map((i) => ({ i, cost: deepCost(files[i] as MessageAttachment) }));
  order.sort((a, b) => a.cost - b.cost || a.i - b.i);
  for (let k = 0; k < order.length; k++) {
    const { i, cost } = order[k] as { i: number; cost: number };
    const att = files[i] as MessageAttachment;
    if (!meter.expired) await pause();
    // A program, an archive or a picture is settled by its first bytes.
    if (cost === 0 && meter.expired) continue;
    const share = timing.share(order.length - k);
    const outOfTime = (): void =>
      addAttachmentFinding(i, 'attachment.not-inspected', { reason: 'time' });
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
      if (e instanceof InspectionOutOfTime) {
        kinds[i] = e.partial.kind;
        for (const f of e.partial.findings) addAttachmentFinding(i, f.code, f.params);
      }
      outOfTime();
      continue;
    } finally {
      settle(share);
    }
    kinds[i] = report.kind;
    if (report.signature === 'signed') signed = true;
    if (report.signature !== null) judged[i] = true;
    // A reader stopped by the clock may report the file as unreadable: say why.
    const stopped = share.expired;
    for (const f of report.findings) {
      if (stopped && f.code === 'attachment.unreadable') outOfTime();
      else addAttachmentFinding(i, f.code, f.params);
    }
    if (report.text) {
      if (!meter.expired) await pause();
      if (!scan(report.text, 'attachment', att.name, false, share)) outOfTime();
      settle(share);
    }
  }
  const documents = kinds.filter((k) => k !== null && DOCUMENT_KINDS.has(k)).length;
  await pause();

  // 4. What kind of mail this is, from its words and case reference.
  const { signals, caseRef } = kindOf(msg, meter);
  const has = (k: SignalKind): boolean => signals.some((s) => s.kind === k);
  const signalWord = (k: SignalKind): string => signals.find((s) => s.kind === k)?.word ?? '';
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
  // R9: mail to be handled that by law needs a signature it does not carry. A PDF
  // not read (too large, out of time, not handed over) may carry it: never say it does not.
  const unread = files.some((a, i) => a.inline !== true && kinds[i] === 'pdf' && !judged[i]);
  const signature =
    (cls === 'archive-worthy' || cls === 'official') && !unread
      ? signatureRequirement(
          {
            subject: msg.subject,
            body: msg.body,
            attachments: files,
            signed,
            headers: msg.headers,
          },
          profile,
        )
      : null;
  return {
    class: cls,
    reasons,
    findings,
    due,
    disposable: cls === 'ephemeral' && !mustNotDispose,
    mustNotDispose,
    ...(signature ? { signature } : {}),
  };
}

/**
 * Characters of the subject and of the text read for what kind of mail this
 * is, once the time is up: where a message says what it is about.
 */
export const CLASSIFY_HEAD_CHARS = 200_000;

/**
 * The words that say what kind of mail this is, and its case reference,
 * from the subject and the text. Read whole while there is time; when time
 * is up before or while they are read, from the head of each (bounded work,
 * so the answer always comes).
 */
function kindOf(
  msg: IncomingMessage,
  meter: Meter,
): { signals: Signal[]; caseRef: CaseReference | null } {
  const read = (
    text: string,
    on?: Meter,
  ): { signals: Signal[]; caseRef: CaseReference | null } => ({
    signals: findSignals(normalizeText(text, on).lower, on),
    caseRef: findCaseReference(text, on),
  });
  if (!meter.expired) {
    try {
      return read(`${msg.subject}\n${msg.body}`, meter);
    } catch (e) {
      if (!(e instanceof OutOfTime)) throw e;
    }
  }
  const head = (s: string): string =>
    s.length > CLASSIFY_HEAD_CHARS ? s.slice(0, CLASSIFY_HEAD_CHARS) : s;
  return read(`${head(msg.subject)}\n${head(msg.body)}`);
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
