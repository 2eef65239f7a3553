/**
 * Arkivpost's own mark in the log review (R22): the messages of a mailbox
 * in a period (every folder) whose shared state says they were archived,
 * as journal entries keyed by their Internet Message-ID, and what the
 * state says of their kind (ephemeral, private) as hints. Read with
 * `$select` of the Message-ID and the state's properties only; every page
 * followed under the service root.
 */
import type { JournalEntry, TrafficHint } from '../../core/oversight/log-review';
import { messageIdKey } from '../../core/oversight/log-review';
import { fromExtendedProperties, STATE_EXPAND } from '../../core/state';
import type { GraphClient } from '../graph/client';
import { mailboxPath } from '../graph/paths';
import type { Period } from './message-trace';
import { LinkTrail } from './read';

export interface Marks {
  readonly journal: JournalEntry[];
  readonly hints: Map<string, TrafficHint>;
}

type PageOf = { value?: unknown; '@odata.nextLink'?: unknown } | null;

const iso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export async function readMarks(
  graph: GraphClient,
  mailbox: string,
  period: Period,
): Promise<Marks> {
  const filter = `receivedDateTime ge ${iso(period.from)} and receivedDateTime le ${iso(period.to)}`;
  const first =
    `${mailboxPath(mailbox)}/messages?$select=internetMessageId` +
    `&$expand=${encodeURIComponent(STATE_EXPAND)}&$filter=${encodeURIComponent(filter)}&$top=1000`;
  const trail = new LinkTrail(first);
  const journal: JournalEntry[] = [];
  const hints = new Map<string, TrafficHint>();
  for (let path: string | null = first; path !== null;) {
    const page: PageOf = (
      await graph.request<{ value?: unknown; '@odata.nextLink'?: unknown }>('GET', path)
    ).value;
    for (const raw of Array.isArray(page?.value) ? (page.value as unknown[]) : []) {
      if (typeof raw !== 'object' || raw === null) continue;
      const m = raw as Record<string, unknown>;
      const id = typeof m['internetMessageId'] === 'string' ? m['internetMessageId'] : '';
      if (messageIdKey(id) === '') continue;
      const { state } = fromExtendedProperties(m['singleValueExtendedProperties']);
      if (state.status === 'archived') {
        journal.push({ source: 'mark', reference: state.archiveRef ?? '', messageId: id });
      }
      const kind = state.class?.value;
      if (kind === 'ephemeral' || kind === 'private') hints.set(messageIdKey(id), kind);
    }
    const next: unknown = page?.['@odata.nextLink'];
    path = next === undefined ? null : trail.follow(next);
  }
  return { journal, hints };
}
