/**
 * A received message in read mode (Office.MessageRead). Unlike compose mode,
 * most properties are plain values: `subject` is a string, `to` an array.
 */
import { textToHtml } from './body';
import {
  attachmentContentType,
  attachmentSize,
  commonMembers,
  details,
  getAttachmentContentAsync,
  getter,
  handlerMembers,
  settleAttachments,
} from './common';
import type { AttachmentRecord, ItemEnv, ItemRuntime } from './common';
import { CoercionType, MailboxEnums } from './enums';
import { sysError } from './errors';
import { ok, parseCommonArgs, since } from './host';
import type { ReadItemState } from './types';

export interface ReadData {
  readonly state: ReadItemState;
  readonly attachments: AttachmentRecord[];
}

export function readData(state: ReadItemState): ReadData {
  return { state, attachments: settleAttachments(state.attachments, state.itemId) };
}

/** "SV: VS: Re: Fw: Sv: Vb:" and similar prefixes, as Outlook strips them for normalizedSubject. */
export function normalizeSubject(subject: string): string {
  return subject
    .replace(/^(?:\s*(?:re|sv|vs|fw|fwd|vb|aw|wg|tr|rv)\s*(?:\[\d+\])?\s*:\s*)+/i, '')
    .trim();
}

function readAttachmentDetails(a: AttachmentRecord): Record<string, unknown> {
  return {
    id: a.id,
    name: a.name,
    contentType: attachmentContentType(a),
    size: attachmentSize(a),
    attachmentType: a.attachmentType,
    isInline: a.isInline ?? false,
    ...(a.contentId !== undefined ? { contentId: a.contentId } : {}),
  };
}

/** What displayReplyForm asks Outlook to open. */
export interface ReplyFormRequest {
  readonly all: boolean;
  readonly htmlBody: string;
  readonly attachments: readonly unknown[];
}

/** Build `Office.context.mailbox.item` for a received message. */
export function readItem(
  env: ItemEnv,
  r: ReadData,
  rt: ItemRuntime,
  openReplyForm: (request: ReplyFormRequest) => void,
): Record<string, unknown> {
  const { host } = env;
  const s = r.state;
  const domains = env.organizationDomains();
  const from = s.from ? details(s.from, null) : undefined;
  const sender = s.sender === undefined ? from : s.sender ? details(s.sender, null) : undefined;

  const body: Record<string, unknown> = {};
  since(host, body, '1.3', {
    getAsync(coercionType: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, true);
      if (coercionType !== CoercionType.Text && coercionType !== CoercionType.Html)
        throw sysError('Sys.ArgumentException', 'coercionType');
      host.answer('body.getAsync', args, () =>
        ok(
          coercionType === CoercionType.Text
            ? s.body.text
            : (s.body.html ?? textToHtml(s.body.text)),
        ),
      );
    },
  });

  const replyForm =
    (all: boolean) =>
    (formData: unknown): void => {
      if (typeof formData === 'string') {
        if (formData.length > 32 * 1024)
          throw sysError('Sys.ArgumentOutOfRangeException', 'htmlBody');
        openReplyForm({ all, htmlBody: formData, attachments: [] });
        return;
      }
      if (typeof formData !== 'object' || formData === null)
        throw sysError('Sys.ArgumentException');
      const f = formData as Record<string, unknown>;
      const htmlBody = f['htmlBody'] ?? '';
      if (typeof htmlBody !== 'string') throw sysError('Sys.ArgumentTypeException', 'htmlBody');
      if (htmlBody.length > 32 * 1024)
        throw sysError('Sys.ArgumentOutOfRangeException', 'htmlBody');
      const attachments = f['attachments'] ?? [];
      if (!Array.isArray(attachments)) throw sysError('Sys.ArgumentException', 'attachments');
      openReplyForm({ all, htmlBody, attachments });
    };
  const replyFormAsync =
    (all: boolean) =>
    (formData: unknown, ...rest: unknown[]): void => {
      // The callback may also sit inside formData (Mailbox 1.9).
      const inner =
        typeof formData === 'object' && formData !== null
          ? (formData as Record<string, unknown>)
          : {};
      const innerArgs = [inner['options'], inner['callback']].filter((x) => x !== undefined);
      const args = parseCommonArgs(innerArgs.length > 0 ? innerArgs : rest, false);
      replyForm(all)(formData);
      host.answer(all ? 'displayReplyAllFormAsync' : 'displayReplyFormAsync', args, () => ok());
    };

  const item: Record<string, unknown> = {
    itemType: MailboxEnums.ItemType.Message,
    itemId: s.itemId,
    itemClass: 'IPM.Note',
    subject: s.subject,
    normalizedSubject: normalizeSubject(s.subject),
    from,
    sender,
    to: s.to.map((a) => details(a, domains)),
    cc: s.cc.map((a) => details(a, domains)),
    dateTimeCreated: new Date(s.dateTimeCreated.getTime()),
    dateTimeModified: new Date((s.dateTimeModified ?? s.dateTimeCreated).getTime()),
    internetMessageId: s.internetMessageId,
    conversationId: s.conversationId,
    attachments: r.attachments.map(readAttachmentDetails),
    body,
    displayReplyForm: replyForm(false),
    displayReplyAllForm: replyForm(true),
  };
  since(host, item, '1.8', {
    getAttachmentContentAsync: getAttachmentContentAsync(env, () => r.attachments),
    getAllInternetHeadersAsync: getter(env, 'getAllInternetHeadersAsync', () => ok(s.headers)),
  });
  since(host, item, '1.9', {
    displayReplyFormAsync: replyFormAsync(false),
    displayReplyAllFormAsync: replyFormAsync(true),
  });
  since(host, item, '1.10', handlerMembers(env, rt, false));
  commonMembers(env, rt, item);
  return item;
}
