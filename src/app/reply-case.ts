/**
 * Replies that belong to a case ("Svar i sak 2026/123"), without React: the
 * case a received message answers, found
 *
 * 1. by its `In-Reply-To` / `References`: our own sent message with that
 *    Message-ID in the function mailbox's Sent Items, else in the signed-in
 *    user's own, and the case that message carries (services/reply-case);
 * 2. else by a reference in its subject or body (core/archive/reply-case).
 *
 * Only a case the organisation's archive knows counts: the archive's
 * connector is asked for it by number. Where the archive cannot be asked
 * (the registry mailbox has no case search) the case is offered as read,
 * and the pane says it was not checked; a number the archive does not know
 * is not offered at all.
 *
 * A Sent Items lookup that fails (no access, throttled, down) does not stop
 * the rest: the subject and body are still read, and the result says a
 * lookup failed.
 */
import { normaliseCaseNumber } from '../core/archive/case-number';
import { lookupOrder, replyCase } from '../core/archive/reply-case';
import type { CaseRef, ReplyCase, ReplyInput } from '../core/archive/reply-case';
import { checkTitle, screenedWords, suggestRestriction, titleFromSubject } from '../core/archive';
import { suggestedType } from '../core/archive/document-type';
import type { IncomingMessage } from '../core/message';
import type { ArchiveCase, ArchiveConnector } from '../core/ports';
import type { Profile } from '../core/profile/types';
import type { FilingChoice } from '../services/filing';
import type { GraphClient } from '../services/graph/client';
import { caseOfSent, findSentCopies } from '../services/reply-case';
import type { MessageFacts } from './read-facts';

/** The most Message-IDs looked up in Sent Items for one message (in one request per Sent Items). */
export const MAX_SENT_LOOKUPS = 5;

export interface ReplyCaseDeps {
  readonly graph: GraphClient;
  /** The mailbox the message is in (a function mailbox, or the user's own). */
  readonly mailbox: string;
  /** The signed-in user's own address: their Sent Items are looked in second. */
  readonly user?: string | undefined;
  /** The archive's connector, or null when it cannot be reached. */
  readonly connect: () => Promise<ArchiveConnector | null>;
}

export type ReplyCaseResult =
  | { readonly kind: 'none'; readonly lookupFailed: boolean }
  /** Found, but the archive does not know the case: not offered. */
  | { readonly kind: 'unknown-case'; readonly found: ReplyCase; readonly lookupFailed: boolean }
  | {
      readonly kind: 'found';
      readonly found: ReplyCase;
      /** The case to file into (for the registry mailbox: the number as read). */
      readonly archiveCase: ArchiveCase;
      /** `archive`: the archive knows it; `unchecked`: the archive cannot be asked. */
      readonly confirmed: 'archive' | 'unchecked';
      readonly lookupFailed: boolean;
      readonly connector: ArchiveConnector;
    }
  /** Found, but the archive could not be asked now (it failed): nothing to file into yet. */
  | {
      readonly kind: 'archive-failed';
      readonly found: ReplyCase;
      readonly error: unknown;
      readonly lookupFailed: boolean;
    };

/** What the rule reads of a received message. */
export function replyInputOf(message: IncomingMessage): ReplyInput {
  const h = message.headers;
  return {
    ...(h['in-reply-to'] ? { inReplyTo: h['in-reply-to'] } : {}),
    ...(h['references'] ? { references: h['references'] } : {}),
    subject: message.subject,
    body: message.body,
  };
}

async function sentCases(
  deps: ReplyCaseDeps,
  ids: readonly string[],
): Promise<{ known: Map<string, CaseRef>; failed: boolean }> {
  const known = new Map<string, CaseRef>();
  let failed = false;
  const boxes: (string | undefined)[] = [deps.mailbox];
  if (!deps.user || deps.user.toLowerCase() !== deps.mailbox.toLowerCase()) boxes.push(undefined);
  let wanted = ids.slice(0, MAX_SENT_LOOKUPS);
  // One request per Sent Items: the function mailbox's, then the user's own for what is left.
  for (const box of boxes) {
    if (wanted.length === 0) break;
    try {
      const copies = await findSentCopies(deps.graph, box, wanted);
      for (const [id, copy] of copies) {
        const ref = caseOfSent(copy);
        if (ref) known.set(id, ref);
      }
    } catch {
      // No access to that Sent Items, throttled, down: the next place, and the subject and body.
      failed = true;
    }
    wanted = wanted.filter((id) => !known.has(id));
  }
  return { known, failed };
}

/** The case `number` as the archive has it, or null when it does not know it. */
async function inArchive(connector: ArchiveConnector, number: string): Promise<ArchiveCase | null> {
  const cases = await connector.searchCases(number);
  return cases.find((c) => normaliseCaseNumber(c.number) === number) ?? null;
}

/** The case the message answers, checked with the archive. */
export async function findReplyCase(
  deps: ReplyCaseDeps,
  message: IncomingMessage,
): Promise<ReplyCaseResult> {
  const input = replyInputOf(message);
  const { known, failed } = await sentCases(deps, lookupOrder(input));
  const found = replyCase(input, (id) => known.get(id) ?? null);
  if (found === null) return { kind: 'none', lookupFailed: failed };
  let connector: ArchiveConnector | null;
  let archiveCase: ArchiveCase | null;
  try {
    connector = await deps.connect();
    if (connector === null) throw new Error('the archive cannot be reached from here');
    if (connector.kind === 'registry-mailbox') {
      // No case search: the registrar files it under the number given.
      return {
        kind: 'found',
        found,
        archiveCase: { id: found.case, number: found.case, title: '' },
        confirmed: 'unchecked',
        lookupFailed: failed,
        connector,
      };
    }
    archiveCase = await inArchive(connector, found.case);
  } catch (error) {
    return { kind: 'archive-failed', found, error, lookupFailed: failed };
  }
  if (archiveCase === null) return { kind: 'unknown-case', found, lookupFailed: failed };
  return {
    kind: 'found',
    found,
    archiveCase,
    confirmed: 'archive',
    lookupFailed: failed,
    connector,
  };
}

/**
 * "Lagre i same sak" as the filing form would fill it, with no form: into
 * `archiveCase`, the document type and the restriction the form suggests,
 * the title from the subject, every attachment. Null when the title cannot
 * be filed as it is (the form is needed to name it).
 */
export function sameCaseChoice(
  archiveCase: ArchiveCase,
  facts: MessageFacts,
  profile: Profile,
): FilingChoice | null {
  const title = titleFromSubject(facts.subject);
  if (checkTitle(title, profile.keywords).length > 0) return null;
  const suggestion = suggestRestriction(facts.sensitive ?? [], profile);
  const screened = screenedWords(
    { findings: facts.sensitive ?? [], correspondents: facts.people ?? [] },
    profile,
  );
  const seen = new Map<string, number>();
  const attachments = (facts.attachments ?? []).map((a) => {
    const occurrence = seen.get(a.name) ?? 0;
    seen.set(a.name, occurrence + 1);
    return { name: a.name, occurrence };
  });
  return {
    case: { kind: 'existing', case: archiveCase },
    documentType: suggestedType(facts, profile),
    title,
    ...(suggestion
      ? {
          restriction: {
            code: suggestion.restriction.code,
            basis: suggestion.restriction.basis,
            ...(screened.length > 0 ? { screenedWords: screened } : {}),
          },
        }
      : {}),
    attachments,
  };
}
