/**
 * R22: a mailbox's traffic log for a period. Preferably Exchange's message
 * trace through Graph (`GET /admin/exchange/tracing/messageTraces`, v1.0,
 * ExchangeMessageTrace.Read.All): at most 10 days per query, so a longer
 * period is asked in slices; 90 days back at most; pages of up to 5,000
 * rows through @odata.nextLink; 429 and Retry-After are the Graph client's
 * policy. Otherwise the mailbox's own folders (Inbox, Sent Items, Deleted
 * Items), which miss what was deleted for good: the result says which.
 */
import type { Clock } from '../../core/model';
import type { TrafficRow } from '../../core/oversight/log-review';
import type { TrafficSource } from '../../core/oversight/export';
import type { GraphClient } from '../graph/client';
import { GraphFailure } from '../graph/errors';
import { odataString } from '../odata';

const DAY = 86_400_000;
/** The longest period one trace query may cover. */
export const TRACE_WINDOW_MS = 10 * DAY;
/** How far back the trace reaches. */
export const TRACE_DAYS_BACK = 90;
const PAGE = 5000;
const FOLDER_PAGE = 500;

export interface Period {
  readonly from: Date;
  readonly to: Date;
}

export type TraceRefusal = 'too-old' | 'empty-period';

/** The trace cannot answer for this period (nothing was asked of Graph). */
export class TraceRefused extends Error {
  constructor(
    readonly reason: TraceRefusal,
    /** The oldest instant the trace reaches, for the sentence shown. */
    readonly oldest: Date,
  ) {
    super(`message trace refused: ${reason}`);
    this.name = 'TraceRefused';
  }
}

/** The period in slices of at most 10 days, oldest first; the end is clamped to now. */
export function traceWindows(period: Period, clock: Clock): Period[] {
  const now = clock.now().getTime();
  const oldest = now - TRACE_DAYS_BACK * DAY;
  const from = period.from.getTime();
  const to = Math.min(period.to.getTime(), now);
  if (!(from < to)) throw new TraceRefused('empty-period', new Date(oldest));
  if (from < oldest) throw new TraceRefused('too-old', new Date(oldest));
  const out: Period[] = [];
  for (let start = from; start < to; start += TRACE_WINDOW_MS) {
    out.push({ from: new Date(start), to: new Date(Math.min(start + TRACE_WINDOW_MS, to)) });
  }
  return out;
}

interface Page<T> {
  readonly value: readonly T[];
  readonly '@odata.nextLink'?: string;
}

/** The published exchangeMessageTrace, as far as the log needs it. */
interface ExchangeMessageTrace {
  readonly id: string;
  readonly senderAddress?: string | null;
  readonly recipientAddress?: string | null;
  readonly receivedDateTime?: string | null;
  readonly subject?: string | null;
  readonly status?: string | null;
  readonly messageId?: string | null;
}

/** Every page of a collection; a next link must stay on Graph's v1.0. */
async function all<T>(graph: GraphClient, path: string, each: (item: T) => void): Promise<void> {
  for (let next: string | null = path; next !== null;) {
    const page: Page<T> = (await graph.request<Page<T>>('GET', next)).value;
    for (const item of page.value ?? []) each(item);
    const link = page['@odata.nextLink'];
    if (link === undefined) next = null;
    else {
      const at = link.indexOf('/v1.0/');
      if (at < 0) throw new GraphFailure('unknown', 0, 'badNextLink', null, 'next link off Graph');
      next = link.slice(at + '/v1.0'.length);
    }
  }
}

const iso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The message trace for the mailbox: what came in (recipientAddress) and
 * what went out (senderAddress, one row per message with its recipients).
 * Throws TraceRefused before asking anything, GraphFailure from Graph.
 */
export async function readMessageTrace(
  graph: GraphClient,
  clock: Clock,
  mailbox: string,
  period: Period,
): Promise<TrafficRow[]> {
  const windows = traceWindows(period, clock);
  const me = mailbox.trim().toLowerCase();
  const incoming = new Map<string, TrafficRow>();
  const outgoing = new Map<string, { row: TrafficRow; to: string[]; seen: Set<string> }>();
  for (const w of windows) {
    const range = `receivedDateTime ge ${iso(w.from)} and receivedDateTime le ${iso(w.to)}`;
    for (const side of ['recipientAddress', 'senderAddress'] as const) {
      const filter = `${range} and ${side} eq ${odataString(me)}`;
      const path = `/admin/exchange/tracing/messageTraces?$filter=${encodeURIComponent(filter)}&$top=${PAGE}`;
      await all<ExchangeMessageTrace>(graph, path, (t) => {
        const messageId = t.messageId ?? '';
        const from = t.senderAddress ?? '';
        const recipient = t.recipientAddress ?? '';
        const base = {
          messageId,
          from,
          time: t.receivedDateTime ?? '',
          subject: t.subject ?? '',
        };
        if (side === 'recipientAddress') {
          const key = messageId === '' ? `#${t.id}` : messageId;
          if (!incoming.has(key)) incoming.set(key, { ...base, to: [recipient], direction: 'in' });
          return;
        }
        const key = messageId === '' ? `#${t.id}` : messageId;
        let o = outgoing.get(key);
        if (!o) {
          const to: string[] = [];
          o = { row: { ...base, to, direction: 'out' }, to, seen: new Set() };
          outgoing.set(key, o);
        }
        const r = recipient.toLowerCase();
        if (r !== '' && !o.seen.has(r)) {
          o.seen.add(r);
          o.to.push(recipient);
        }
      });
    }
  }
  // A message to oneself is sent, not received.
  for (const key of outgoing.keys()) incoming.delete(key);
  return byTime([...incoming.values(), ...[...outgoing.values()].map((o) => o.row)]);
}

function byTime(rows: TrafficRow[]): TrafficRow[] {
  return rows.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}

interface FolderMessage {
  readonly internetMessageId?: string | null;
  readonly subject?: string | null;
  readonly receivedDateTime?: string | null;
  readonly sentDateTime?: string | null;
  readonly from?: { readonly emailAddress?: { readonly address?: string | null } } | null;
  readonly toRecipients?: ReadonlyArray<{
    readonly emailAddress?: { readonly address?: string | null };
  }> | null;
  readonly ccRecipients?: ReadonlyArray<{
    readonly emailAddress?: { readonly address?: string | null };
  }> | null;
}

/** The folders the log is read from when the trace is not available. */
export const LOG_FOLDERS = ['inbox', 'sentitems', 'deleteditems'] as const;

/** The mailbox's own folders for the period, each message once. */
export async function readFolders(
  graph: GraphClient,
  mailbox: string,
  period: Period,
): Promise<TrafficRow[]> {
  const me = mailbox.trim().toLowerCase();
  const seen = new Set<string>();
  const rows: TrafficRow[] = [];
  const select =
    'internetMessageId,subject,receivedDateTime,sentDateTime,from,toRecipients,ccRecipients';
  const filter = `receivedDateTime ge ${iso(period.from)} and receivedDateTime le ${iso(period.to)}`;
  for (const folder of LOG_FOLDERS) {
    const path =
      `/users/${encodeURIComponent(mailbox)}/mailFolders/${folder}/messages` +
      `?$select=${select}&$filter=${encodeURIComponent(filter)}&$top=${FOLDER_PAGE}`;
    await all<FolderMessage>(graph, path, (m) => {
      const messageId = m.internetMessageId ?? '';
      if (messageId !== '' && seen.has(messageId)) return;
      if (messageId !== '') seen.add(messageId);
      const from = m.from?.emailAddress?.address ?? '';
      const to = [...(m.toRecipients ?? []), ...(m.ccRecipients ?? [])]
        .map((r) => r.emailAddress?.address ?? '')
        .filter((a) => a !== '');
      const out = folder === 'sentitems' || from.toLowerCase() === me;
      rows.push({
        messageId,
        from,
        to,
        time: (out ? m.sentDateTime : m.receivedDateTime) ?? m.receivedDateTime ?? '',
        subject: m.subject ?? '',
        direction: out ? 'out' : 'in',
      });
    });
  }
  return byTime(rows);
}

export interface TrafficLog {
  readonly source: TrafficSource;
  readonly rows: readonly TrafficRow[];
  /** Why the trace was not used, when the folders were read instead. */
  readonly traceUnavailable: TraceRefusal | 'forbidden' | null;
}

/**
 * The traffic log, from the trace where the caller may read it and the
 * period is within its reach, else from the folders. Other failures of the
 * trace (throttled past the client's retries, unavailable) are thrown: a
 * review from a weaker source must not be passed off silently.
 */
export async function readTrafficLog(
  graph: GraphClient,
  clock: Clock,
  mailbox: string,
  period: Period,
): Promise<TrafficLog> {
  let reason: TrafficLog['traceUnavailable'];
  try {
    const rows = await readMessageTrace(graph, clock, mailbox, period);
    return { source: 'message-trace', rows, traceUnavailable: null };
  } catch (e) {
    if (e instanceof TraceRefused && e.reason === 'too-old') reason = 'too-old';
    else if (e instanceof GraphFailure && e.kind === 'forbidden') reason = 'forbidden';
    else throw e;
  }
  const rows = await readFolders(graph, mailbox, period);
  return { source: 'folders', rows, traceUnavailable: reason };
}
