/**
 * The overview's lists as the grid shows them: every row with its mailbox,
 * filtered by mailbox, list, assignee and text, summed per list. Pure.
 */
import { COUNT_KEYS } from '../core/oversight';
import type { MailboxOverview, OverviewCounts, OverviewRow } from '../core/oversight';

/** The overview's lists, in the order every table shows them. */
export const LISTS = COUNT_KEYS;
export type ListName = (typeof LISTS)[number];

/** One row of the grid: a message of one list in one mailbox. */
export interface GridRow extends OverviewRow {
  /** Unique in the grid: mailbox, list and id. */
  readonly key: string;
  readonly mailbox: string;
  readonly list: ListName;
  /** Working days since received (the not-started list only). */
  readonly ageWorkingDays?: number;
}

export interface RowFilter {
  /** '' for every mailbox. */
  readonly mailbox: string;
  readonly list: ListName;
  /** '' for everyone, NOBODY for the unassigned, else an address. */
  readonly assignee: string;
  /** Words to find in the subject or the sender, any case. */
  readonly text: string;
}

export const NOBODY = '-';

const key = (s: string): string => s.trim().toLowerCase();

/** The counts of the mailboxes the filter keeps, summed. */
export function countsOf(
  mailboxes: readonly MailboxOverview[],
  mailbox: string,
): Omit<OverviewCounts, 'address'> {
  const sum = {
    unassigned: 0,
    notStarted: 0,
    overdue: 0,
    notArchived: 0,
    awaitingRegistration: 0,
    onHold: 0,
    disposable: 0,
  };
  for (const m of mailboxes) {
    if (mailbox !== '' && key(m.counts.address) !== key(mailbox)) continue;
    for (const list of LISTS) sum[list] += m.counts[list];
  }
  return sum;
}

/** The rows the filter keeps, in the lists' own order (oldest first). Linear in the rows. */
export function filterRows(mailboxes: readonly MailboxOverview[], f: RowFilter): GridRow[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 20);
  const out: GridRow[] = [];
  for (const m of mailboxes) {
    const address = m.counts.address;
    if (f.mailbox !== '' && key(address) !== key(f.mailbox)) continue;
    for (const row of m.lists[f.list]) {
      if (f.assignee === NOBODY && row.assignee) continue;
      if (
        f.assignee !== '' &&
        f.assignee !== NOBODY &&
        key(row.assignee?.address ?? '') !== key(f.assignee)
      )
        continue;
      if (words.length > 0) {
        const hay = `${row.subject} ${row.from}`.toLowerCase();
        if (!words.every((w) => hay.includes(w))) continue;
      }
      const aged = row as OverviewRow & { ageWorkingDays?: number };
      out.push({
        ...row,
        key: `${address}|${f.list}|${row.id}`,
        mailbox: address,
        list: f.list,
        ...(typeof aged.ageWorkingDays === 'number' ? { ageWorkingDays: aged.ageWorkingDays } : {}),
      });
    }
  }
  return out;
}

/** Everyone with work in the mailboxes, for the assignee filter: by name. */
export function assigneesOf(
  mailboxes: readonly MailboxOverview[],
): { readonly address: string; readonly name: string }[] {
  const seen = new Map<string, { address: string; name: string }>();
  for (const m of mailboxes)
    for (const w of m.workload) seen.set(key(w.assignee.address), { ...w.assignee });
  for (const m of mailboxes)
    for (const list of LISTS)
      for (const r of m.lists[list])
        if (r.assignee && !seen.has(key(r.assignee.address)))
          seen.set(key(r.assignee.address), { ...r.assignee });
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Outlook on the web's link to a message, for the page in a browser tab:
 * the REST id URL-encoded, in the mailbox it lives in.
 */
export function owaLink(restId: string, mailbox: string): string {
  const id = encodeURIComponent(restId);
  return `https://outlook.office.com/mail/${encodeURIComponent(mailbox)}/deeplink/read/${id}`;
}
