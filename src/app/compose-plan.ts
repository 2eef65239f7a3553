/**
 * From the compose check's findings to what the pane shows: cards, grouped by
 * how serious they are, each with the advice and the buttons that fix it.
 * Pure and language-free (codes in, text out): the components turn cards
 * into sentences with the catalogs.
 */
import type { ComposeResult, Decision } from '../core/compose/decide';
import type { Finding, Params, Part, Severity } from '../core/model';
import { CHECK_IDS } from '../core/profile/types';
import type { CheckId, Profile } from '../core/profile/types';
import { findingsSignature } from './finding-groups';

/** What to do about a card, beyond its findings' sentences: a key of the compose pane's catalog. */
export type AdviceKey =
  | 'advice.mailbox'
  | 'advice.mailbox.any'
  | 'advice.subject'
  | 'advice.encrypt'
  | 'advice.encrypt.tag'
  | 'advice.draft';

/** Something the pane can do for the user through the compose port. */
export type PaneAction =
  | {
      readonly kind: 'remove-from-subject';
      readonly start: number;
      readonly end: number;
      readonly text: string;
    }
  | { readonly kind: 'add-subject-tag'; readonly tag: string }
  | { readonly kind: 'remove-attachment'; readonly name: string }
  /** File the message in the archive before it is sent (R19): the pane opens the filing form. */
  | { readonly kind: 'file-before-send' };

/** The actions the compose port carries out by itself. */
export type PortAction = Exclude<PaneAction, { readonly kind: 'file-before-send' }>;

/**
 * What a card is about:
 * - `mailbox`: sent from a personal mailbox (R2);
 * - `subject`: an ID number or sensitive data in the subject (R14);
 * - `encrypt`: "unntatt offentlighet" to an external recipient (R16);
 * - `attachment`: a draft, unsigned or risky attachment, or a note about one;
 * - `content`: what the text of the message or an attachment contains;
 * - `hint`: good practice (R20), never blocking;
 * - `journal`: an outgoing case document without our reference (R19).
 */
export type CardKind =
  'mailbox' | 'subject' | 'encrypt' | 'attachment' | 'content' | 'hint' | 'journal';

export interface Card {
  /** Stable across re-checks of the same message, for React keys and focus. */
  readonly key: string;
  readonly kind: CardKind;
  readonly check: CheckId | null;
  readonly severity: Severity;
  readonly part: Part;
  /** The attachment the card is about, for attachment cards (the first, when several). */
  readonly attachment?: string;
  /**
   * Attachments with the very same problems share one card: all of them,
   * the first being `attachment`. Absent when the card is about one or none.
   */
  readonly attachments?: readonly string[];
  /** One or more findings, all saying the same kind of thing (≥ 1), for every file. */
  readonly findings: readonly Finding[];
  /** What to do about it, beyond the finding's own sentence. */
  readonly advice?: { readonly key: AdviceKey; readonly params: Params };
  readonly actions: readonly PaneAction[];
}

export interface CardGroup {
  readonly severity: Severity;
  readonly cards: readonly Card[];
}

export interface Plan {
  readonly decision: Decision;
  readonly groups: readonly CardGroup[];
}

const CHECKS: ReadonlySet<string> = new Set<string>(CHECK_IDS);

function checkOf(f: Finding): CheckId | null {
  return f.check !== undefined && CHECKS.has(f.check) ? (f.check as CheckId) : null;
}

function kindOf(f: Finding, check: CheckId | null): CardKind {
  switch (check) {
    case 'personal-mailbox':
      return 'mailbox';
    case 'subject-sensitive':
      return 'subject';
    case 'exempt-external':
      return 'encrypt';
    case 'draft-attachment':
    case 'risky-attachment':
      return 'attachment';
    case 'uninspected':
      // Not inspected: with the attachment it is about, or with the part of the message.
      return f.attachment !== undefined ? 'attachment' : 'content';
    case 'good-practice':
      return 'hint';
    case 'unjournaled-case-document':
      return 'journal';
    case null:
      // Notes outside any check: about one attachment, or about the message.
      return f.attachment !== undefined ? 'attachment' : 'hint';
    default:
      return 'content';
  }
}

/**
 * Findings that say the same thing share a card: the same detector in the
 * same place (two ID numbers in the body), all the findings about one
 * attachment under one check, all "unntatt offentlighet" markings. A subject
 * finding keeps its own card, since each has its own text to remove.
 */
function groupKey(f: Finding, check: CheckId | null, index: number): string {
  const kind = kindOf(f, check);
  switch (kind) {
    case 'mailbox':
      return 'mailbox';
    case 'encrypt':
      return 'encrypt';
    case 'journal':
      return 'journal';
    case 'subject':
      return `subject|${f.start ?? index}|${f.end ?? index}|${f.code}`;
    case 'attachment':
      return `attachment|${check ?? 'note'}|${f.attachment ?? ''}`;
    case 'hint':
      return `hint|${f.code}|${f.attachment ?? ''}`;
    case 'content': {
      // Markings and a profile's own words are quoted in the sentence: keep
      // different wordings apart.
      const quoted =
        f.category === 'confidentiality' || f.code.endsWith('.custom')
          ? (f.text ?? '').trim().toLowerCase()
          : '';
      return `content|${check ?? ''}|${f.code}|${f.part}|${f.attachment ?? ''}|${quoted}`;
    }
  }
}

function adviceFor(
  kind: CardKind,
  first: Finding,
  profile: Profile,
): { key: AdviceKey; params: Params } | undefined {
  switch (kind) {
    case 'mailbox': {
      const mailbox = first.params?.['mailbox'];
      return mailbox
        ? { key: 'advice.mailbox', params: { mailbox } }
        : { key: 'advice.mailbox.any', params: {} };
    }
    case 'subject':
      return { key: 'advice.subject', params: {} };
    case 'encrypt': {
      const tag = firstTag(profile);
      return tag !== null
        ? { key: 'advice.encrypt.tag', params: { tag } }
        : { key: 'advice.encrypt', params: {} };
    }
    case 'attachment':
      return first.check === 'draft-attachment' ? { key: 'advice.draft', params: {} } : undefined;
    default:
      return undefined;
  }
}

function firstTag(profile: Profile): string | null {
  return (profile.encryptionTags ?? []).find((t) => t.trim().length > 0) ?? null;
}

/** A card for many files offers to remove this many of them, one button each. */
const MAX_REMOVE_ACTIONS = 3;

function actionsFor(
  kind: CardKind,
  check: CheckId | null,
  first: Finding,
  profile: Profile,
  files: readonly string[],
): PaneAction[] {
  switch (kind) {
    case 'subject':
      return first.start !== undefined && first.end !== undefined && first.text !== undefined
        ? [{ kind: 'remove-from-subject', start: first.start, end: first.end, text: first.text }]
        : [];
    case 'encrypt': {
      const tag = firstTag(profile);
      return tag !== null ? [{ kind: 'add-subject-tag', tag }] : [];
    }
    case 'attachment':
      // Only where the attachment itself is the problem; a note (say, a file
      // too large to check) is no reason to remove it.
      return (check === 'draft-attachment' || check === 'risky-attachment') &&
        first.attachment !== undefined
        ? files.slice(0, MAX_REMOVE_ACTIONS).map((name) => ({ kind: 'remove-attachment', name }))
        : [];
    case 'journal':
      // Only where the organisation has an archive to file into.
      return profile.archive ? [{ kind: 'file-before-send' }] : [];
    default:
      return [];
  }
}

const SEVERITY_ORDER: readonly Severity[] = ['block', 'warn', 'info'];

/** Where the user looks, top to bottom: sender, subject, recipients, text, attachments. */
const PART_ORDER: Readonly<Record<Part, number>> = {
  from: 0,
  subject: 1,
  recipients: 2,
  body: 3,
  'attachment-name': 4,
  attachment: 4,
};

/**
 * The cards for a check result, in groups block → warn → info (empty groups
 * left out), each group ordered as the message reads.
 */
export function planActions(result: ComposeResult, profile: Profile): Plan {
  const byKey = new Map<
    string,
    { first: Finding; findings: Finding[]; check: CheckId | null; order: number }
  >();
  result.findings.forEach((f, i) => {
    const check = checkOf(f);
    const key = groupKey(f, check, i);
    const seen = byKey.get(key);
    if (seen) {
      seen.findings.push(f);
      // A card is as serious as its most serious finding.
      if (SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(seen.first.severity)) {
        seen.first = f;
      }
    } else {
      byKey.set(key, { first: f, findings: [f], check, order: i });
    }
  });

  // Attachments with the very same problems under the same check: one card listing them.
  type Entry = { first: Finding; findings: Finding[]; check: CheckId | null; order: number };
  const merged = new Map<string, Entry & { files: string[] }>();
  const entries: (Entry & { key: string; files: string[] })[] = [];
  for (const [key, entry] of byKey) {
    const { first, findings, check } = entry;
    if (kindOf(first, check) !== 'attachment' || first.attachment === undefined) {
      entries.push({ ...entry, key, files: [] });
      continue;
    }
    const signature = `${check ?? 'note'}|${findingsSignature(findings)}`;
    const same = merged.get(signature);
    if (same) {
      same.findings.push(...findings);
      // One entry per attachment and check: each file comes here once.
      same.files.push(first.attachment);
      continue;
    }
    const fresh = { ...entry, findings: [...findings], key, files: [first.attachment] };
    merged.set(signature, fresh);
    entries.push(fresh);
  }

  const cards: (Card & { order: number })[] = [];
  for (const { key, first, findings, check, order, files } of entries) {
    const kind = kindOf(first, check);
    const advice = adviceFor(kind, first, profile);
    cards.push({
      key,
      kind,
      check,
      severity: first.severity,
      part: first.part,
      ...(first.attachment !== undefined ? { attachment: first.attachment } : {}),
      ...(files.length > 1 ? { attachments: files } : {}),
      findings,
      ...(advice ? { advice } : {}),
      actions: actionsFor(kind, check, first, profile, files),
      order,
    });
  }

  const groups: CardGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const inGroup = cards
      .filter((c) => c.severity === severity)
      .sort((a, b) => PART_ORDER[a.part] - PART_ORDER[b.part] || a.order - b.order)
      .map(({ order: _order, ...card }) => card);
    if (inGroup.length > 0) groups.push({ severity, cards: inGroup });
  }
  return { decision: result.decision, groups };
}

/** A stable id for an action, for busy state and test ids. */
export function actionId(cardKey: string, action: PaneAction): string {
  switch (action.kind) {
    case 'remove-from-subject':
      return `${cardKey}#cut`;
    case 'add-subject-tag':
      return `${cardKey}#tag`;
    case 'remove-attachment':
      return `${cardKey}#remove:${action.name}`;
    case 'file-before-send':
      return `${cardKey}#file`;
  }
}
