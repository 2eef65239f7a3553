/**
 * The journal side of the log review through the connector interface: each
 * Message-ID of the log asked of the archive (`findFiled`: a Noark 5
 * journalpost's external id, the registry mailbox's forward of the
 * original, SharePoint's Message-ID column). Each distinct Message-ID once,
 * a few at a time. A failure is thrown: a review with holes in the journal
 * would list registered mail as never registered.
 */
import type { JournalEntry, TrafficRow } from '../../core/oversight/log-review';
import { messageIdKey } from '../../core/oversight/log-review';
import type { ArchiveConnector } from '../../core/ports';

export async function journalByMessageId(
  connector: ArchiveConnector,
  rows: readonly TrafficRow[],
  concurrency = 4,
): Promise<JournalEntry[]> {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const k = messageIdKey(r.messageId);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    ids.push(r.messageId.trim());
  }
  const found: JournalEntry[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < ids.length) {
      const id = ids[next++] as string;
      const record = await connector.findFiled(id);
      if (record)
        found.push({ source: connector.kind, reference: record.reference, messageId: id });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, ids.length)) }, worker));
  return found;
}
