/**
 * `arkivpost check` decides as the send check in Outlook would: the same
 * snapshot of the message (built here from an .eml as the Outlook host
 * builds it from the compose item, src/host/office/compose.ts), the same
 * checkCompose call with the same limits (core/compose/limits.ts), and the
 * same MIME reader for attached messages (core/mime/read.ts).
 */
import type { ComposeOptions } from '../core/compose/decide';
import { MAX_ATTACHMENT_BYTES } from '../core/compose/limits';
import type { Address, ComposeSnapshot, MessageAttachment } from '../core/message';
import { isInlinePart, isMessagePart } from '../core/mime/eml';
import { readSubject } from '../core/mime/read';
import type { MimeAttachment, MimeMessage } from '../core/mime/read';

/**
 * An attached message is an item in Outlook, named by its subject, and the
 * host names it like a file ("<subject>.eml", see snapshotName).
 */
function itemName(a: MimeAttachment): string {
  const base = readSubject(a.bytes).trim() || a.name || 'message';
  return /\.(eml|msg)$/i.test(base) ? base : `${base}.eml`;
}

/**
 * The attachments as Outlook's getAttachmentsAsync and
 * getAttachmentContentAsync give them to the send check: each with its name,
 * size and inline flag, its content decoded up to MAX_ATTACHMENT_BYTES, and
 * no content type (the host does not pass one on).
 */
function attachmentsOf(mime: MimeMessage): MessageAttachment[] {
  return mime.attachments.map((a, i) => {
    const name = isMessagePart(a) ? itemName(a) : (a.name ?? `attachment-${i + 1}`);
    const bytes =
      a.bytes.length > MAX_ATTACHMENT_BYTES ? a.bytes.subarray(0, MAX_ATTACHMENT_BYTES) : a.bytes;
    return {
      name,
      size: a.size,
      bytes,
      ...(isInlinePart(a) ? { inline: true } : {}),
    };
  });
}

/**
 * The compose snapshot of a message read from an .eml. `from` stands for
 * the mailbox it is sent from when given (item.from in Outlook); a message
 * with In-Reply-To is a reply, as getComposeTypeAsync would say.
 */
export function snapshotFromEml(mime: MimeMessage, from?: string): ComposeSnapshot {
  const sender: Address =
    from !== undefined ? { address: from } : (mime.from[0] ?? { address: '' });
  const recipients = mime.to.length + mime.cc.length;
  return {
    from: sender,
    to: mime.to,
    cc: mime.cc,
    bcc: mime.bcc,
    subject: mime.subject,
    body: mime.text,
    attachments: attachmentsOf(mime),
    ...(mime.inReplyTo !== undefined
      ? { replyTo: { replyAll: recipients > 1, originalRecipients: recipients } }
      : {}),
  };
}

/**
 * checkCompose's options as the send handler in Outlook passes them
 * (src/runtime/send.ts): each attachment inspected up to
 * MAX_ATTACHMENT_BYTES, attached messages read by core's own reader. With
 * `budgetMs` the check also has the handler's time limit on this machine's
 * clock (SEND_BUDGET_MS for `--outlook`).
 */
export function outlookCheckOptions(
  budgetMs?: number,
  now = (): Date => new Date(),
): ComposeOptions {
  const limits = { maxScanBytes: MAX_ATTACHMENT_BYTES };
  if (budgetMs === undefined) return { limits };
  return { limits, budgetMs, clock: { now } };
}
