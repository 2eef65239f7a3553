/**
 * Mail that moves in the Graph emulator, shaped from Graph v1.0's
 * documentation: drafts (create, PATCH, DELETE), a message's MIME
 * (`$value`), its attachments (list, get, raw `$value`, add under 3 MB,
 * delete), upload sessions for larger files, and sending (a draft's
 * `send`, `forward`, `sendMail`), delivered at once to every recipient
 * who has a mailbox here, attachments and MIME included.
 *
 * Limits as Graph documents them: an attachment added in one POST is
 * under 3 MB; an upload session is for 3 MB to 150 MB, in ranges of up to
 * 4 MB, to a pre-authenticated URL that refuses an Authorization header.
 */

import { GraphError, segmentNotFound } from './errors';
import { writeMime } from './mime';
import {
  requireMailAccess,
  allowOptions,
  jsonObject,
  ctxUrl,
  usersRef,
  readRecipients,
  findMessage,
  requireMethod,
} from './context';
import type { Ctx, Answer } from './context';
import { messageJson } from './store';
import type { MailboxRecord, FolderRecord, FolderName, MessageRecord } from './store';
import { readBody, readMessage, readSubject } from './mail-input';
import { forward, newInternetMessageId, sendDraft, senderOf } from './mail-delivery';
import {
  addAttachment,
  createUploadSession,
  listAttachments,
  oneAttachment,
} from './mail-attachments';
import { moveMessage } from './mail-move';

export { sendMail } from './mail-delivery';
export {
  LARGE_ATTACHMENT_LIMIT,
  RANGE_LIMIT,
  SMALL_ATTACHMENT_LIMIT,
  attachmentUpload,
} from './mail-attachments';

// ---------------------------------------------------------------- drafts

/** `POST /{mb}/messages` (or a folder's messages): 201, a draft (in Drafts unless a folder is named). */
export function createDraft(ctx: Ctx, mb: MailboxRecord, folder: FolderRecord | null): Answer {
  requireMailAccess(ctx, mb);
  allowOptions(ctx, []);
  const m = readMessage(ctx, mb, jsonObject(ctx.body));
  const now = ctx.now.getTime();
  const from = senderOf(m.fromBox);
  const draft = ctx.store.addMessage(mb, {
    folder: (folder?.name ?? 'drafts') as FolderName,
    subject: m.subject,
    text: m.text,
    html: m.html,
    from,
    sender: from,
    toRecipients: m.to,
    ccRecipients: m.cc,
    bccRecipients: m.bcc,
    replyTo: m.replyTo,
    receivedDateTime: now,
    sentDateTime: now,
    internetMessageId: newInternetMessageId(ctx, m.fromBox),
    headers: m.headers,
    importance: m.importance,
    categories: m.categories,
    extended: m.extended,
    attachments: m.attachments,
    isRead: true,
    isDraft: true,
  });
  ctx.applied = true;
  return {
    status: 201,
    json: {
      '@odata.context': ctxUrl(ctx, `${usersRef(mb)}/messages/$entity`),
      ...messageJson(mb, draft, { select: null, extended: 'none', zone: 'UTC', bodyType: null }),
    },
  };
}

/**
 * A PATCH of a draft's subject, body or recipients: checked now, applied by
 * the returned step (with the rest of the PATCH, or not at all).
 */
export function draftUpdate(m: MessageRecord, key: string, v: unknown): () => void {
  switch (key) {
    case 'subject': {
      const subject = readSubject(v);
      return () => (m.subject = subject);
    }
    case 'body': {
      const { text, html } = readBody(v);
      return () => {
        m.text = text;
        m.html = html;
      };
    }
    case 'toRecipients':
    case 'ccRecipients':
    case 'bccRecipients':
    case 'replyTo': {
      const list = readRecipients(v, key);
      return () => (m[key] = list);
    }
    default:
      throw new GraphError(400, 'ErrorInvalidPropertySet', `The property '${key}' is read-only.`);
  }
}

/** `DELETE /{mb}/messages/{id}`: 204; gone from the mailbox's folders. */
export function deleteMessage(
  ctx: Ctx,
  mb: MailboxRecord,
  folder: FolderRecord | null,
  id: string,
): Answer {
  requireMailAccess(ctx, mb);
  const m = findMessage(mb, folder, id);
  mb.messages.delete(m.id);
  ctx.applied = true;
  return { status: 204 };
}

// ---------------------------------------------------------------- below one message

/** `…/messages/{id}/…`: `$value`, attachments, send, forward, move. */
export function messageBelow(
  ctx: Ctx,
  mb: MailboxRecord,
  folder: FolderRecord | null,
  id: string,
  below: readonly string[],
): Answer | Promise<Answer> {
  const [sub, aid, value, ...more] = below as [string, ...string[]];
  if (more.length > 0) throw segmentNotFound(more[0] as string);
  requireMailAccess(ctx, mb);
  const m = findMessage(mb, folder, id);
  switch (sub.toLowerCase()) {
    case '$value':
      if (aid !== undefined) throw segmentNotFound(aid);
      requireMethod(ctx, 'GET');
      allowOptions(ctx, []);
      // Graph documents text/plain for a message's MIME.
      return {
        status: 200,
        bytes: m.mime ?? writeMime(m),
        headers: { 'content-type': 'text/plain' },
      };
    case 'attachments':
      if (aid === undefined)
        return ctx.method === 'POST' ? addAttachment(ctx, mb, m) : listAttachments(ctx, mb, m);
      if (aid.toLowerCase() === 'createuploadsession') {
        if (value !== undefined) throw segmentNotFound(value);
        requireMethod(ctx, 'POST');
        return createUploadSession(ctx, mb, m);
      }
      return oneAttachment(ctx, mb, m, aid, value);
    case 'send':
      if (aid !== undefined) throw segmentNotFound(aid);
      requireMethod(ctx, 'POST');
      return sendDraft(ctx, mb, m);
    case 'forward':
      if (aid !== undefined) throw segmentNotFound(aid);
      requireMethod(ctx, 'POST');
      return forward(ctx, mb, m);
    case 'move':
      if (aid !== undefined) throw segmentNotFound(aid);
      requireMethod(ctx, 'POST');
      return moveMessage(ctx, mb, m);
    default:
      throw segmentNotFound(sub);
  }
}
