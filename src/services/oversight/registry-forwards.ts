/**
 * The registry mailbox's side of the log review (R22) with the
 * application's permission: the forwards Arkivpost sent to the registrar
 * are kept in the forwarder's Sent Items with the original's Message-ID in
 * an extended property (services/send-on), where the registry connector
 * finds them for the signed-in user (`/me`). Without a user, each
 * forwarder's Sent Items since the period began are read once (`$select`,
 * the two properties expanded, every page), and every forward to the
 * registry mailbox becomes a journal entry for the original.
 *
 * A forwarder whose mailbox cannot be read fails the whole lookup: a review
 * with holes in the journal would list registered mail as never registered.
 */
import type { JournalEntry } from '../../core/oversight/log-review';
import type { GraphClient } from '../graph/client';
import { mailboxPath } from '../graph/paths';
import { odataString } from '../odata';
import { SENT_ON_PROPERTY, SENT_ON_REFERENCE } from '../send-on';
import { LinkTrail } from './read';

type PageOf = { value?: unknown; '@odata.nextLink'?: unknown } | null;

const iso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function propertyValue(props: unknown, id: string): string | null {
  if (!Array.isArray(props)) return null;
  for (const p of props as unknown[]) {
    if (typeof p !== 'object' || p === null) continue;
    const r = p as { id?: unknown; value?: unknown };
    if (typeof r.id === 'string' && r.id.toLowerCase() === id.toLowerCase())
      return typeof r.value === 'string' ? r.value : null;
  }
  return null;
}

export async function readRegistryForwards(
  graph: GraphClient,
  forwarders: readonly string[],
  registry: string,
  since: Date,
): Promise<JournalEntry[]> {
  const to = registry.trim().toLowerCase();
  const expand = `singleValueExtendedProperties($filter=id eq ${odataString(SENT_ON_PROPERTY)} or id eq ${odataString(SENT_ON_REFERENCE)})`;
  const out: JournalEntry[] = [];
  const seen = new Set<string>();
  for (const forwarder of new Set(forwarders.map((f) => f.trim().toLowerCase()))) {
    const first =
      `${mailboxPath(forwarder)}/mailFolders/sentitems/messages?$select=id,toRecipients` +
      `&$filter=${encodeURIComponent(`sentDateTime ge ${iso(since)}`)}` +
      `&$expand=${encodeURIComponent(expand)}&$top=1000`;
    const trail = new LinkTrail(first);
    for (let path: string | null = first; path !== null;) {
      const page: PageOf = (await graph.request<PageOf>('GET', path)).value;
      for (const raw of Array.isArray(page?.value) ? (page.value as unknown[]) : []) {
        if (typeof raw !== 'object' || raw === null) continue;
        const m = raw as { toRecipients?: unknown; singleValueExtendedProperties?: unknown };
        const original = propertyValue(m.singleValueExtendedProperties, SENT_ON_PROPERTY);
        if (!original || seen.has(original)) continue;
        const recipients = Array.isArray(m.toRecipients) ? (m.toRecipients as unknown[]) : [];
        const toRegistry = recipients.some((r) => {
          const a = (r as { emailAddress?: { address?: unknown } } | null)?.emailAddress?.address;
          return typeof a === 'string' && a.trim().toLowerCase() === to;
        });
        if (!toRegistry) continue;
        seen.add(original);
        out.push({
          source: 'registry-mailbox',
          reference: propertyValue(m.singleValueExtendedProperties, SENT_ON_REFERENCE) ?? registry,
          messageId: original,
        });
      }
      const next: unknown = page?.['@odata.nextLink'];
      path = next === undefined ? null : trail.follow(next);
    }
  }
  return out;
}
