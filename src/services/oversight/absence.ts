/**
 * R23 over Graph: automatic replies and today's calendar of function
 * mailboxes and their members.
 *
 * - delegated: `POST /me/getMailTips` with `MailTipsOptions: automaticReplies`
 *   (works for any recipient; delegated access to a shared mailbox's
 *   settings is denied);
 * - application: `GET /users/{m}/mailboxSettings/automaticRepliesSetting`
 *   (MailboxSettings.Read);
 * - `GET /users/{m}/calendarView` for today, for an out-of-office event
 *   (Calendars.Read, or the user's delegated access to the calendar).
 *
 * The answers are passed to core's rules (core/oversight/absence) as they
 * came: every field is checked there.
 */
import type { GraphClient } from '../graph/client';
import { mailboxPath } from '../graph/paths';
import { LinkTrail } from './read';

/** getMailTips takes up to 100 addresses; fewer per request keep an answer small. */
const MAIL_TIPS_CHUNK = 50;

export interface MailTip {
  /** The `automaticReplies` mail tip as Graph gave it (core reads it). */
  readonly automaticReplies: unknown;
  /** Graph's error for this recipient, when it could not say. */
  readonly error?: { readonly code: string; readonly message: string };
}

interface MailTipsAnswer {
  readonly value?: ReadonlyArray<{
    readonly emailAddress?: { readonly address?: unknown };
    readonly automaticReplies?: unknown;
    readonly error?: { readonly code?: unknown; readonly message?: unknown } | null;
  }>;
}

/** The automatic-reply mail tips of these addresses, by address in lower case. */
export async function readMailTips(
  graph: GraphClient,
  addresses: readonly string[],
): Promise<Map<string, MailTip>> {
  const out = new Map<string, MailTip>();
  const unique = [...new Set(addresses.map((a) => a.trim().toLowerCase()))].filter((a) => a);
  for (let i = 0; i < unique.length; i += MAIL_TIPS_CHUNK) {
    const chunk = unique.slice(i, i + MAIL_TIPS_CHUNK);
    const answer = (
      await graph.request<MailTipsAnswer>('POST', '/me/getMailTips', {
        body: { EmailAddresses: chunk, MailTipsOptions: 'automaticReplies' },
      })
    ).value;
    for (const tip of Array.isArray(answer?.value) ? answer.value : []) {
      const address = tip?.emailAddress?.address;
      if (typeof address !== 'string') continue;
      const key = address.trim().toLowerCase();
      if (!chunk.includes(key)) continue;
      const e = tip.error;
      out.set(key, {
        automaticReplies: tip.automaticReplies ?? null,
        ...(e && typeof e === 'object'
          ? { error: { code: String(e.code ?? ''), message: String(e.message ?? '') } }
          : {}),
      });
    }
  }
  return out;
}

/** A mailbox's automatic-reply setting (application permission MailboxSettings.Read). */
export async function readAutoReplySetting(graph: GraphClient, address: string): Promise<unknown> {
  return (
    await graph.request<unknown>(
      'GET',
      `${mailboxPath(address)}/mailboxSettings/automaticRepliesSetting`,
    )
  ).value;
}

type PageOf = { value?: unknown; '@odata.nextLink'?: unknown } | null;

const iso = (t: number): string => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The events of a calendar between two instants (every page), as Graph gave them. */
export async function readCalendarView(
  graph: GraphClient,
  address: string,
  window: { readonly start: number; readonly end: number },
): Promise<unknown[]> {
  const first =
    `${mailboxPath(address)}/calendarView?startDateTime=${encodeURIComponent(iso(window.start))}` +
    `&endDateTime=${encodeURIComponent(iso(window.end))}` +
    `&$select=showAs,start,end,isCancelled&$top=100`;
  const trail = new LinkTrail(first);
  const events: unknown[] = [];
  for (let path: string | null = first; path !== null;) {
    const page: PageOf = (
      await graph.request<{ value?: unknown; '@odata.nextLink'?: unknown }>('GET', path, {
        headers: { Prefer: 'outlook.timezone="UTC"' },
      })
    ).value;
    if (Array.isArray(page?.value)) events.push(...(page.value as unknown[]));
    const next: unknown = page?.['@odata.nextLink'];
    path = next === undefined ? null : trail.follow(next);
  }
  return events;
}
