/**
 * `GET /admin/exchange/tracing/messageTraces` (v1.0), answered from the mail
 * store: one exchangeMessageTrace per sender and recipient of every message
 * that is not a draft, as Exchange Online traces it.
 *
 * As documented: application permission (ExchangeMessageTrace.Read.All; a
 * delegated token here gets 403, as a user without an Exchange role does),
 * `$filter` on receivedDateTime (ge, le, both required), senderAddress,
 * recipientAddress and messageId (eq); at most 10 days per query and 90
 * days back (else 400); 100 queries in 5 minutes (else 429 with
 * Retry-After); `$top` 1–5000, default 1000; `$skiptoken` and
 * `@odata.nextLink` for the next page. Newest first.
 */
import { badRequest, GraphError, segmentNotFound } from './errors';
import { allowOptions, ctxUrl, ok, q, requireMethod } from './context';
import type { Ctx, Answer } from './context';
import { nextLink } from './routes-messages';
import type { GraphStore } from './store';

const DAY = 86_400_000;
const MAX_WINDOW = 10 * DAY;
const MAX_BACK = 90 * DAY;
/** Exchange's limit: 100 trace queries in any 5 minutes, per tenant. */
const QUOTA = 100;
const QUOTA_WINDOW = 5 * 60_000;

/** When each store's recent trace queries came (a reset makes a new store, and a new quota). */
const recent = new WeakMap<GraphStore, number[]>();

function charge(ctx: Ctx): void {
  const now = ctx.now.getTime();
  let list = recent.get(ctx.store);
  if (!list) recent.set(ctx.store, (list = []));
  let old = 0;
  while (old < list.length && (list[old] as number) <= now - QUOTA_WINDOW) old++;
  if (old > 0) list.splice(0, old);
  if (list.length >= QUOTA) {
    const wait = Math.max(1, Math.ceil(((list[0] as number) + QUOTA_WINDOW - now) / 1000));
    throw new GraphError(
      429,
      'ApplicationThrottled',
      'Too many requests: at most 100 message trace queries in 5 minutes.',
      { 'Retry-After': String(wait) },
    );
  }
  list.push(now);
}

interface TraceFilter {
  from: number | null;
  to: number | null;
  sender: string | null;
  recipient: string | null;
  messageId: string | null;
}

const CLAUSE =
  /^\s*(receivedDateTime|senderAddress|recipientAddress|messageId)\s+(ge|le|eq)\s+('(?:[^']|'')*'|[0-9T:.+\-Z]+)\s*$/i;

function parseFilter(text: string | null): TraceFilter {
  const f: TraceFilter = { from: null, to: null, sender: null, recipient: null, messageId: null };
  if (text === null || text.trim() === '') return f;
  if (text.length > 2000) throw badRequest('The $filter is too long.');
  for (const part of text.split(/\s+and\s+/i)) {
    const m = CLAUSE.exec(part);
    if (!m) throw badRequest(`Invalid filter clause: ${part.trim()}`);
    const name = m[1]!.toLowerCase();
    const op = m[2]!.toLowerCase();
    const raw = m[3]!;
    const value = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    if (name === 'receiveddatetime') {
      const t = Date.parse(value);
      if (!Number.isFinite(t) || op === 'eq')
        throw badRequest(`Invalid filter clause: ${part.trim()}`);
      if (op === 'ge') f.from = t;
      else f.to = t;
    } else {
      if (op !== 'eq') throw badRequest(`Invalid filter clause: ${part.trim()}`);
      const v = value.toLowerCase();
      if (name === 'senderaddress') f.sender = v;
      else if (name === 'recipientaddress') f.recipient = v;
      else f.messageId = value;
    }
  }
  return f;
}

export interface TraceJson {
  readonly id: string;
  readonly senderAddress: string;
  readonly recipientAddress: string;
  readonly receivedDateTime: string;
  readonly subject: string;
  readonly status: 'delivered';
  readonly messageId: string;
  readonly size: number;
  readonly fromIP: string;
  readonly toIP: string;
}

/** Every trace the store implies, once per (Message-ID, recipient), newest first. */
export function traces(store: GraphStore): TraceJson[] {
  const seen = new Set<string>();
  const out: Array<TraceJson & { at: number }> = [];
  const add = (
    sender: string,
    recipient: string,
    at: number,
    subject: string,
    messageId: string,
    size: number,
  ): void => {
    const key = `${messageId}\u0000${recipient.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      id: `trace-${out.length + 1}`,
      senderAddress: sender,
      recipientAddress: recipient,
      receivedDateTime: new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      subject,
      status: 'delivered',
      messageId,
      size,
      fromIP: '192.0.2.10',
      toIP: '',
      at,
    });
  };
  for (const mb of store.mailboxes.values()) {
    for (const m of mb.messages.values()) {
      if (m.isDraft || m.folder === 'drafts') continue;
      const size = m.text.length + (m.html?.length ?? 0);
      if (m.folder === 'sentitems') {
        const sender = m.from?.address ?? mb.address;
        for (const r of [...m.toRecipients, ...m.ccRecipients, ...m.bccRecipients]) {
          add(sender, r.address, m.sentDateTime, m.subject, m.internetMessageId, size);
        }
      } else if (m.from) {
        add(m.from.address, mb.address, m.receivedDateTime, m.subject, m.internetMessageId, size);
      }
    }
  }
  out.sort((a, b) => b.at - a.at);
  return out.map(({ at: _at, ...t }) => t);
}

/** `/admin/…`: only exchange/tracing/messageTraces here. */
export function adminRoutes(ctx: Ctx, rest: readonly string[]): Answer {
  const path = rest.join('/').toLowerCase();
  if (path !== 'exchange/tracing/messagetraces') throw segmentNotFound(rest[0] ?? 'admin');
  return messageTraces(ctx);
}

function messageTraces(ctx: Ctx): Answer {
  requireMethod(ctx, 'GET');
  if (ctx.principal?.kind !== 'app') {
    throw new GraphError(403, 'Forbidden', 'Missing role permissions on the request.');
  }
  allowOptions(ctx, ['$filter', '$top', '$skiptoken']);
  charge(ctx);
  const f = parseFilter(q(ctx, '$filter'));
  const now = ctx.now.getTime();
  const from = f.from ?? now - 2 * DAY;
  const to = f.to ?? now;
  if (to < from) throw badRequest('The end date must be after the start date.');
  if (to - from > MAX_WINDOW) {
    throw badRequest('The date range cannot be more than 10 days per query.');
  }
  if (from < now - MAX_BACK) {
    throw badRequest('The start date cannot be older than 90 days.');
  }
  const topText = q(ctx, '$top');
  const top = topText === null ? 1000 : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > 5000) {
    throw badRequest('The $top value must be between 1 and 5000.');
  }
  const skipText = q(ctx, '$skiptoken');
  const skip = skipText === null ? 0 : Number(skipText);
  if (!Number.isInteger(skip) || skip < 0) throw badRequest('The $skiptoken is not valid.');
  const all = traces(ctx.store).filter((t) => {
    const at = Date.parse(t.receivedDateTime);
    return (
      at >= from &&
      at <= to &&
      (f.sender === null || t.senderAddress.toLowerCase() === f.sender) &&
      (f.recipient === null || t.recipientAddress.toLowerCase() === f.recipient) &&
      (f.messageId === null || t.messageId === f.messageId)
    );
  });
  const page = all.slice(skip, skip + top);
  return ok({
    '@odata.context': ctxUrl(ctx, 'admin/exchange/tracing/messageTraces'),
    value: page,
    ...(skip + top < all.length
      ? { '@odata.nextLink': nextLink(ctx, '$skiptoken', String(skip + top)) }
      : {}),
  });
}
