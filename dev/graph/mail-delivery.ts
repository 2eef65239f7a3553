/**
 * Sending in the Graph emulator (mail.ts): `sendMail`, a draft's `send`
 * and `forward`, delivered at once to every recipient who has a mailbox
 * here, attachments and MIME included, with a copy kept in Sent Items.
 */

import { GraphError, noProperty, badRequest } from './errors';
import { reRender, writeMime, rfc5322Date } from './mime';
import type { ExtendedProperty } from './props';
import { requireMailAccess, allowOptions, jsonObject, noBoolean, readRecipients } from './context';
import type { Ctx, Answer } from './context';
import { stableGuid } from './store';
import type {
  MailboxRecord,
  Recipient,
  InternetHeader,
  AttachmentInfo,
  NewMessage,
  MessageRecord,
} from './store';
import { readMessage } from './mail-input';

function noRecipients(): GraphError {
  return new GraphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
}

// ---------------------------------------------------------------- delivery

export function newInternetMessageId(ctx: Ctx, box: MailboxRecord): string {
  const domain = box.address.split('@')[1] ?? 'emulator.invalid';
  const seed = `${box.address}:${ctx.now.getTime()}:${ctx.store.nextChangeKey()}`;
  return `<${stableGuid(seed).replace(/-/g, '')}@${domain}>`;
}

interface Outgoing {
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
  readonly from: Recipient;
  readonly to: readonly Recipient[];
  readonly cc: readonly Recipient[];
  readonly bcc: readonly Recipient[];
  readonly replyTo: readonly Recipient[];
  readonly importance: 'low' | 'normal' | 'high';
  readonly internetMessageId: string;
  readonly headers: readonly InternetHeader[];
  readonly attachments: readonly AttachmentInfo[];
}

/** A sent message's fields as the store takes them (the sender's copy keeps Bcc). */
function fields(out: Outgoing, now: number): Omit<NewMessage, 'folder'> {
  return {
    subject: out.subject,
    text: out.text,
    html: out.html,
    from: out.from,
    sender: out.from,
    toRecipients: out.to,
    ccRecipients: out.cc,
    bccRecipients: out.bcc,
    replyTo: out.replyTo,
    receivedDateTime: now,
    sentDateTime: now,
    internetMessageId: out.internetMessageId,
    headers: out.headers,
    importance: out.importance,
    attachments: out.attachments,
  };
}

/**
 * What a recipient's mailbox gets of an attachment. Exchange keeps an
 * attached message as an item, and what it answers for the item is MIME it
 * writes again: the bytes that were attached are not kept.
 */
async function received(a: AttachmentInfo): Promise<AttachmentInfo> {
  if (a.kind === 'item' || a.contentType.toLowerCase() !== 'message/rfc822') return a;
  const bytes = await reRender(a.bytes);
  return { ...a, kind: 'item', bytes, size: bytes.byteLength };
}

/**
 * Deliver at once to every recipient with a mailbox here (inbox, unread,
 * with the MIME their server would keep); others are outbound mail.
 * Categories and extended properties stay with the sender's copy.
 */
async function deliver(ctx: Ctx, out: Outgoing): Promise<void> {
  const now = ctx.now.getTime();
  const attachments = await Promise.all(out.attachments.map(received));
  const outside: string[] = [];
  const seen = new Set<string>();
  for (const r of [...out.to, ...out.cc, ...out.bcc]) {
    const key = r.address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const target = ctx.store.mailbox(r.address);
    if (!target) {
      outside.push(r.address);
      continue;
    }
    const copy = ctx.store.addMessage(target, {
      ...fields(out, now),
      folder: 'inbox',
      bccRecipients: [],
      attachments,
      isRead: false,
    });
    copy.mime = writeMime(copy, { by: target.address, at: now });
  }
  if (outside.length > 0) {
    ctx.store.outbound.push({
      from: out.from.address,
      to: outside,
      subject: out.subject,
      internetMessageId: out.internetMessageId,
      sentDateTime: new Date(now).toISOString(),
    });
  }
  ctx.applied = true;
}

/** The sender's copy in Sent Items: a message of its own, with a new id. */
function keepSent(
  ctx: Ctx,
  box: MailboxRecord,
  out: Outgoing,
  extra: {
    categories?: readonly string[];
    extended?: readonly ExtendedProperty[];
    conversationId?: string;
  },
): MessageRecord {
  return ctx.store.addMessage(box, {
    ...fields(out, ctx.now.getTime()),
    folder: 'sentitems',
    isRead: true,
    ...extra,
  });
}

export function senderOf(box: MailboxRecord): Recipient {
  return { name: box.user.displayName, address: box.address };
}

// ---------------------------------------------------------------- sendMail

/** `POST /{mb}/sendMail`: 202, delivered with its attachments; a copy in Sent Items unless told not to. */
export async function sendMail(ctx: Ctx, mb: MailboxRecord): Promise<Answer> {
  requireMailAccess(ctx, mb);
  allowOptions(ctx, []);
  const body = jsonObject(ctx.body);
  for (const k of Object.keys(body)) {
    if (k !== 'message' && k !== 'saveToSentItems') throw noProperty(k, 'sendMail');
  }
  const msg = body['message'];
  if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) {
    throw new GraphError(400, 'ErrorInvalidParameter', "The parameter 'message' is required.");
  }
  const save = body['saveToSentItems'];
  if (save !== undefined && typeof save !== 'boolean' && save !== 'true' && save !== 'false') {
    throw noBoolean('saveToSentItems');
  }
  const m = readMessage(ctx, mb, msg as Record<string, unknown>);
  if (m.to.length + m.cc.length + m.bcc.length === 0) throw noRecipients();
  const out: Outgoing = {
    ...m,
    from: senderOf(m.fromBox),
    internetMessageId: newInternetMessageId(ctx, m.fromBox),
  };
  await deliver(ctx, out);
  if (save !== false && save !== 'false') {
    keepSent(ctx, m.fromBox, out, { categories: m.categories, extended: m.extended });
  }
  return { status: 202 };
}

// ---------------------------------------------------------------- send, forward

/** `POST …/messages/{id}/send`: 202; delivered, and the draft becomes a message in Sent Items (a new id). */
export async function sendDraft(ctx: Ctx, mb: MailboxRecord, m: MessageRecord): Promise<Answer> {
  allowOptions(ctx, []);
  if (!m.isDraft) {
    throw new GraphError(
      400,
      'ErrorInvalidOperation',
      'Only a draft can be sent; this message was sent already.',
    );
  }
  if (m.toRecipients.length + m.ccRecipients.length + m.bccRecipients.length === 0) {
    throw noRecipients();
  }
  const from = m.from ?? senderOf(mb);
  const fromBox = ctx.store.mailbox(from.address) ?? mb;
  const out: Outgoing = {
    subject: m.subject,
    text: m.text,
    html: m.html,
    from,
    to: m.toRecipients,
    cc: m.ccRecipients,
    bcc: m.bccRecipients,
    replyTo: m.replyTo,
    importance: m.importance,
    internetMessageId: m.internetMessageId,
    headers: m.headers,
    attachments: m.attachments,
  };
  await deliver(ctx, out);
  mb.messages.delete(m.id);
  keepSent(ctx, fromBox, out, {
    categories: m.categories,
    extended: [...m.extended.values()],
    conversationId: m.conversationId,
  });
  return { status: 202 };
}

function quoted(m: MessageRecord): string {
  const names = (list: readonly Recipient[]): string => list.map((r) => r.name).join('; ');
  const body = m.text !== '' || m.html === null ? m.text : m.html.replace(/<[^>]*>/g, '');
  return [
    '________________________________',
    `From: ${m.from?.name ?? ''}`,
    `Sent: ${rfc5322Date(m.sentDateTime)}`,
    `To: ${names(m.toRecipients)}`,
    ...(m.ccRecipients.length > 0 ? [`Cc: ${names(m.ccRecipients)}`] : []),
    `Subject: ${m.subject}`,
    '',
    body,
  ].join('\r\n');
}

/** `POST …/messages/{id}/forward` with `comment` and `toRecipients` (or a `message`): 202. */
export async function forward(ctx: Ctx, mb: MailboxRecord, m: MessageRecord): Promise<Answer> {
  allowOptions(ctx, []);
  const body = jsonObject(ctx.body);
  for (const k of Object.keys(body)) {
    if (!['comment', 'toRecipients', 'message'].includes(k)) throw noProperty(k, 'forward');
  }
  const comment = body['comment'] ?? '';
  if (typeof comment !== 'string')
    throw new GraphError(400, 'RequestBodyRead', 'comment must be a string.');
  const msg = body['message'];
  const extra =
    msg === undefined || msg === null
      ? null
      : typeof msg === 'object' && !Array.isArray(msg)
        ? readMessage(ctx, mb, msg as Record<string, unknown>)
        : (() => {
            throw new GraphError(400, 'RequestBodyRead', 'message must be an object.');
          })();
  if (comment !== '' && extra && (extra.text !== '' || extra.html !== null)) {
    // Documented: specify either a comment or the message's body, not both.
    throw badRequest("Specify either 'comment' or the body of 'message', not both.");
  }
  const to = [...readRecipients(body['toRecipients'], 'toRecipients'), ...(extra?.to ?? [])];
  if (to.length === 0) throw noRecipients();
  const fromBox = extra?.fromBox ?? mb;
  const from = senderOf(fromBox);
  const intro = extra && extra.text !== '' ? extra.text : comment;
  const out: Outgoing = {
    subject: `FW: ${m.subject}`,
    text: `${intro}\r\n\r\n${quoted(m)}`,
    html: null,
    from,
    to,
    cc: extra?.cc ?? [],
    bcc: extra?.bcc ?? [],
    replyTo: extra?.replyTo ?? [],
    importance: extra?.importance ?? 'normal',
    internetMessageId: newInternetMessageId(ctx, fromBox),
    headers: extra?.headers ?? [],
    attachments: [...m.attachments, ...(extra?.attachments ?? [])],
  };
  await deliver(ctx, out);
  keepSent(ctx, fromBox, out, {
    ...(extra ? { categories: extra.categories, extended: extra.extended } : {}),
  });
  return { status: 202 };
}
