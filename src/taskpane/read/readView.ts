/**
 * What the read pane shows for a classification, in the user's language:
 * codes in, text out. A plain function (no React, no Office, no clock: `now`
 * is passed in), so every class, warning and language is tested as a table.
 */
import { distinctSentences, groupSameFindings } from '../../app/finding-groups';
import type { SameFindings } from '../../app/finding-groups';
import { sensitiveFindings } from '../../core/archive/suggest';
import type { Classification, MessageClass } from '../../core/classify/classify';
import type { SignatureRequirement } from '../../core/classify/signature';
import { FSI, isolateName } from '../../core/compose/names';
import { describeFinding } from '../../core/compose/render';
import { hasKey } from '../../core/i18n/describe';
import { describeCode, t } from '../shell/catalog';
import type { Country, Finding, Lang } from '../../core/model';
import { dueLabel } from '../../core/state/describe';
import { isOverdue } from '../../core/state/flag';
import { fileList } from '../shell/fileList';
import { tFiles } from '../shell/filesMessages';
import { tp } from '../shell/messages';
import { tRead } from './readMessages';
import type { ReadKey } from './readMessages';

export const WARNING_KINDS = ['threat', 'sensitive', 'risky-attachment', 'uninspected'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export interface ReadWarning {
  readonly kind: WarningKind;
  readonly title: string;
  /** What was found, one sentence each (identity numbers masked by the detectors). */
  readonly details: readonly string[];
  /** What to do, in order. */
  readonly advice: readonly string[];
}

export interface ReadDue {
  /** `YYYY-MM-DD` in the organisation's zone. */
  readonly date: string;
  readonly overdue: boolean;
  /** "Svarfrist 7.4.2026", or "Forfalt: svarfrist 7.4.2026". */
  readonly label: string;
}

export interface ReadDisposal {
  readonly kind: 'disposable' | 'must-not-dispose';
  readonly text: string;
}

export interface ReadView {
  readonly class: MessageClass;
  readonly classLabel: string;
  readonly reasons: readonly string[];
  readonly due: ReadDue | null;
  readonly disposal: ReadDisposal | null;
  /** Most serious first: threat, sensitive data, risky attachment, what was not inspected. */
  readonly warnings: readonly ReadWarning[];
  /**
   * What the engine found that asks for an access restriction (ID numbers,
   * special categories, confidentiality markings): the filing form suggests
   * the restriction from it (core/archive/suggest).
   */
  readonly sensitive?: readonly Finding[];
  /** R9: what by law needs a signature the message does not carry (the case panel offers the reply). */
  readonly signature?: SignatureRequirement;
}

/** Findings that say an attachment or a part of the message was not, or not wholly, inspected. */
const UNINSPECTED_CODES: ReadonlySet<string> = new Set([
  'attachment.not-inspected',
  'attachment.too-large',
  'attachment.truncated',
  'attachment.unreadable',
  'scan.not-inspected',
]);

function warningKind(f: Finding): WarningKind | null {
  if (f.category === 'threat') return 'threat';
  if (f.category === 'national-id' || f.category === 'special-category') return 'sensitive';
  if (
    f.category === 'attachment' &&
    (f.code.startsWith('attachment.risky.') || f.code === 'attachment.zip-bomb')
  ) {
    // classifyMessage only reports these for senders outside the organisation.
    return 'risky-attachment';
  }
  if (UNINSPECTED_CODES.has(f.code) && f.severity !== 'info') return 'uninspected';
  return null;
}

const WARNING_TEXT: Record<WarningKind, { title: ReadKey; advice: ReadKey }> = {
  threat: { title: 'read.warning.threat.title', advice: 'read.warning.threat.advice' },
  sensitive: { title: 'read.warning.sensitive.title', advice: 'read.warning.sensitive.advice' },
  'risky-attachment': {
    title: 'read.warning.attachment.title',
    advice: 'read.warning.attachment.advice',
  },
  uninspected: {
    title: 'read.warning.uninspected.title',
    advice: 'read.warning.uninspected.advice',
  },
};

/** Why something was not inspected, in words (the send check's own words for it). */
function reasonOf(f: Finding, lang: Lang): string {
  switch (f.code) {
    case 'attachment.too-large':
      return f.params?.['bound'] === 'text'
        ? t(lang, 'reason.too-large.text')
        : t(lang, 'reason.too-large', { limitMb: f.params?.['limitMb'] ?? '' });
    case 'attachment.truncated':
      return t(lang, 'reason.truncated');
    case 'attachment.unreadable':
      return t(lang, 'reason.unreadable');
    default: {
      const reason = `reason.${String(f.params?.['reason'] ?? 'other')}`;
      return t(lang, hasKey(t, reason) ? reason : 'reason.other');
    }
  }
}

/**
 * "Vedlegget «x» vart ikkje kontrollert: tida gjekk ut." — naming the
 * attachment (and the file inside it) on one line, its direction closed.
 */
function uninspectedSentence(f: Finding, lang: Lang): string {
  const entry = f.params?.['entry'];
  const names = {
    attachment: isolateName(f.attachment ?? ''),
    ...(entry !== undefined ? { entry: isolateName(String(entry)) } : {}),
  };
  const where =
    entry !== undefined && f.attachment !== undefined
      ? t(lang, 'part.entry', names)
      : describeCode(lang, `part.${f.part}`, names);
  return capitalise(
    tRead(lang, 'read.warning.uninspected.detail', { where, what: reasonOf(f, lang) }),
  );
}

function capitalise(s: string): string {
  // A sentence may begin with a name (FSI first): capitalise the first letter after it.
  const i = s.charAt(0) === FSI ? 1 : 0;
  return s.length <= i ? s : s.slice(0, i) + s.charAt(i).toLocaleUpperCase() + s.slice(i + 1);
}

const POLICE: Record<Country, ReadKey> = {
  NO: 'read.warning.threat.police.NO',
  SE: 'read.warning.threat.police.SE',
};

/** "Vedlegg: «a», «b» og 3 til" for a group, "Vedlegg: a" for one file. */
function filesTitle(files: readonly string[], lang: Lang): string {
  return files.length > 1
    ? tFiles(lang, 'title.attachments.named', { names: fileList(files, lang) })
    : tp(lang, 'title.attachment.named', { attachment: files[0] ?? '' });
}

/** One line for findings that say the same thing: the files they are about named once. */
function detail(kind: WarningKind, same: SameFindings, lang: Lang): string {
  const [f] = same.findings;
  if (f === undefined) return '';
  const files = same.attachments;
  if (kind === 'uninspected') {
    return files.length > 1
      ? tRead(lang, 'read.warning.uninspected.many', {
          names: fileList(files, lang),
          what: reasonOf(f, lang),
        })
      : uninspectedSentence(f, lang);
  }
  const sentence = describeFinding(f, lang, describeCode);
  // The detectors' attachment sentences say "the file": name which one.
  return files.length === 0 ? sentence : `${filesTitle(files, lang)}. ${sentence}`;
}

function warnings(findings: readonly Finding[], lang: Lang, country: Country): ReadWarning[] {
  const byKind = new Map<WarningKind, Finding[]>();
  for (const f of findings) {
    const kind = warningKind(f);
    if (kind === null) continue;
    const list = byKind.get(kind) ?? [];
    list.push(f);
    byKind.set(kind, list);
  }
  const out: ReadWarning[] = [];
  for (const kind of WARNING_KINDS) {
    const found = byKind.get(kind);
    if (!found) continue;
    // Files with the same problem on one line; no sentence twice in one warning.
    const details = distinctSentences(groupSameFindings(found).map((g) => detail(kind, g, lang)));
    const text = WARNING_TEXT[kind];
    const advice = [tRead(lang, text.advice)];
    if (kind === 'threat') advice.push(tRead(lang, POLICE[country]));
    out.push({ kind, title: tRead(lang, text.title), details, advice });
  }
  return out;
}

function due(result: Classification, lang: Lang, now: Date, timeZone: string): ReadDue | null {
  if (!result.due) return null;
  const date = result.due.due;
  let overdue: boolean;
  try {
    // Not yet handled as far as this pane knows: the shared status comes with sign-in.
    overdue = isOverdue({ status: 'new', due: date }, now, timeZone);
  } catch {
    // An unknown zone (the profile is validated, so a bug): show the date, not "overdue".
    overdue = false;
  }
  return { date, overdue, label: dueLabel(date, overdue, lang) };
}

function disposal(result: Classification, lang: Lang): ReadDisposal | null {
  if (result.mustNotDispose) {
    return { kind: 'must-not-dispose', text: t(lang, 'class.must-not-dispose') };
  }
  if (result.disposable) return { kind: 'disposable', text: t(lang, 'class.disposable') };
  return null;
}

/**
 * The classification as the pane shows it. `now` decides "overdue";
 * `timeZone` and `country` are the organisation's (profile.timeZone,
 * profile.country: where to report a threat).
 */
export function readView(
  result: Classification,
  lang: Lang,
  now: Date,
  timeZone: string,
  country: Country,
): ReadView {
  return {
    class: result.class,
    classLabel: t(lang, `class.${result.class}`),
    reasons: [...new Set(result.reasons.map((r) => describeCode(lang, r.code, r.params)))],
    due: due(result, lang, now, timeZone),
    disposal: disposal(result, lang),
    warnings: warnings(result.findings, lang, country),
    sensitive: sensitiveFindings(result.findings),
    ...(result.signature ? { signature: result.signature } : {}),
  };
}
