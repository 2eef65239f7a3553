/**
 * Our own sent message a received reply answers, found in Sent Items by its
 * Message-ID (Graph `$filter=internetMessageId eq '…'`): the function
 * mailbox's Sent Items first, then the signed-in user's own. What it says of
 * its case: the case Arkivpost stored on the draft when it was journaled
 * before sending (the `X-Arkivpost-Case` internet header, which Exchange
 * keeps on the Sent Items copy as a named property), else our reference in
 * its subject ("Vår ref. 2026/1-1").
 *
 * The Message-ID comes from the reply's headers: untrusted. It goes into the
 * filter as an OData string literal (a quote doubled) and the whole query
 * is percent-encoded.
 */
import { parseCaseNumber } from '../core/archive/case-number';
import { ourReferenceOf } from '../core/archive/reference';
import type { CaseRef } from '../core/archive/reply-case';
import type { GraphClient } from './graph/client';
import { mailboxPath } from './graph/paths';
import { odataString } from './odata';

/** The internet header "Journalfør før sending" sets on the draft: the record's reference. */
export const CASE_HEADER = 'X-Arkivpost-Case';
/**
 * The same header as Graph reads it on the sent message: a named property in
 * PS_INTERNET_HEADERS, named in lower case.
 */
export const CASE_HEADER_PROPERTY =
  'String {00020386-0000-0000-C000-000000000046} Name x-arkivpost-case';

/** What a sent message of ours says about its case. */
export interface SentCopy {
  readonly subject: string;
  /** The reference stored on the draft, as stored. */
  readonly stored: string | null;
}

interface GraphSent {
  readonly subject?: unknown;
  readonly internetMessageId?: unknown;
  readonly singleValueExtendedProperties?: unknown;
}

function storedOf(m: GraphSent): string | null {
  const list = Array.isArray(m.singleValueExtendedProperties)
    ? m.singleValueExtendedProperties
    : [];
  for (const p of list as { id?: unknown; value?: unknown }[]) {
    if (
      typeof p.id === 'string' &&
      p.id.toLowerCase() === CASE_HEADER_PROPERTY.toLowerCase() &&
      typeof p.value === 'string'
    )
      return p.value;
  }
  return null;
}

/** The query that finds messages by their Message-IDs in a Sent Items folder (one request). */
export function sentQuery(messageIds: readonly string[]): string {
  const filter = messageIds.map((id) => `internetMessageId eq ${odataString(id)}`).join(' or ');
  return [
    `$filter=${encodeURIComponent(filter)}`,
    `$expand=${encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${CASE_HEADER_PROPERTY}')`)}`,
    '$select=subject,internetMessageId',
    `$top=${Math.min(50, messageIds.length * 2)}`,
  ].join('&');
}

/**
 * Our sent messages with these Message-IDs in the Sent Items of `mailbox`
 * (undefined: the signed-in user's own), by Message-ID as asked, in one
 * request. A failing request throws (GraphFailure): it is never answered
 * "not found".
 */
export async function findSentCopies(
  graph: GraphClient,
  mailbox: string | undefined,
  messageIds: readonly string[],
): Promise<Map<string, SentCopy>> {
  const found = new Map<string, SentCopy>();
  if (messageIds.length === 0) return found;
  const { value } = await graph.request<{ value?: GraphSent[] }>(
    'GET',
    `${mailboxPath(mailbox)}/mailFolders/sentitems/messages?${sentQuery(messageIds)}`,
  );
  const list = Array.isArray(value?.value) ? value.value : [];
  const asked = new Map(messageIds.map((id) => [id.toLowerCase(), id]));
  for (const m of list) {
    // Only a message with exactly an id asked for (a server that matched loosely is not trusted).
    if (typeof m.internetMessageId !== 'string') continue;
    const id = asked.get(m.internetMessageId.toLowerCase());
    if (id === undefined || found.has(id)) continue;
    found.set(id, {
      subject: typeof m.subject === 'string' ? m.subject : '',
      stored: storedOf(m),
    });
  }
  return found;
}

/** The case a sent copy belongs to: the stored reference first, else "Vår ref." in its subject. */
export function caseOfSent(copy: SentCopy): CaseRef | null {
  for (const raw of [copy.stored, ourReferenceOf(copy.subject.slice(0, 1000))]) {
    if (raw === null || raw.length > 64) continue;
    const n = parseCaseNumber(raw);
    if (n) return { case: `${n.year}/${n.seq}`, ...(n.doc !== null ? { document: n.doc } : {}) };
  }
  return null;
}
