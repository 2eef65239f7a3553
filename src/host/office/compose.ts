/**
 * The compose item as core's ComposeSnapshot, read through Office.js.
 * Decided by address only (item.from), never by display names:
 * getSharedPropertiesAsync is unreliable in compose mode.
 */
import type { Address, ComposeSnapshot, MessageAttachment } from '../../core/message';
import { decodeBase64 } from '../../core/text/base64';
import { encodeUtf8 } from '../../core/text/utf8';
import { officeCall, officeCallOr } from './async';
import { supportsMailbox } from './context';

export interface ReadLimits {
  /** Bytes of each attachment decoded for inspection; the rest is not read. */
  readonly maxAttachmentBytes: number;
  /** Attachment contents are not fetched after this time (ms since epoch). */
  readonly deadline?: number;
  readonly now?: () => number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxAttachmentBytes: 8 * 1024 * 1024 };

type Item = Office.MessageCompose;

function addresses(list: readonly Office.EmailAddressDetails[]): Address[] {
  return list
    .filter((d) => typeof d.emailAddress === 'string' && d.emailAddress.length > 0)
    .map((d) =>
      d.displayName
        ? { address: d.emailAddress, name: d.displayName }
        : { address: d.emailAddress },
    );
}

function recipients(item: Item, field: 'to' | 'cc' | 'bcc'): Promise<Address[]> {
  const r = item[field];
  return officeCall<Office.EmailAddressDetails[]>(`${field}.getAsync`, (cb) => r.getAsync(cb)).then(
    addresses,
  );
}

/**
 * The bytes to inspect from getAttachmentContentAsync's answer, up to the
 * bound: files come as base64, attached items as MIME text (.eml), cloud
 * attachments only as a URL (nothing to inspect).
 */
export function contentBytes(
  content: Office.AttachmentContent,
  limits: ReadLimits,
): Uint8Array | undefined {
  switch (content.format) {
    case Office.MailboxEnums.AttachmentContentFormat.Base64:
      return decodeBase64(content.content, limits.maxAttachmentBytes);
    case Office.MailboxEnums.AttachmentContentFormat.Eml:
    case Office.MailboxEnums.AttachmentContentFormat.ICalendar: {
      const bytes = encodeUtf8(content.content);
      return bytes.length > limits.maxAttachmentBytes
        ? bytes.subarray(0, limits.maxAttachmentBytes)
        : bytes;
    }
    default:
      return undefined;
  }
}

async function attachmentBytes(
  item: Item,
  att: Office.AttachmentDetailsCompose,
  limits: ReadLimits,
): Promise<Uint8Array | undefined> {
  const content = await officeCall<Office.AttachmentContent>('getAttachmentContentAsync', (cb) =>
    item.getAttachmentContentAsync(att.id, cb),
  );
  return contentBytes(content, limits);
}

/**
 * The name an attachment has in a snapshot: an attached Outlook item is
 * read as an .eml file, so it is named like one ("<subject>.eml").
 */
export function snapshotName(att: {
  readonly attachmentType: Office.MailboxEnums.AttachmentType | string;
  readonly name: string;
}): string {
  const isItem = att.attachmentType === Office.MailboxEnums.AttachmentType.Item;
  return isItem && !/\.(eml|msg)$/i.test(att.name) ? `${att.name}.eml` : att.name;
}

/**
 * The attachments, in the order Outlook lists them. Contents are fetched
 * smallest first, so that as many as possible are read before the deadline;
 * one not fetched says why (`unread`): time, a failure, or a cloud link.
 */
async function attachments(item: Item, limits: ReadLimits): Promise<MessageAttachment[]> {
  const list = await officeCall<Office.AttachmentDetailsCompose[]>('getAttachmentsAsync', (cb) =>
    item.getAttachmentsAsync(cb),
  );
  const now = limits.now ?? (() => Date.now());
  const out: MessageAttachment[] = list.map((att) => ({
    name: snapshotName(att),
    size: att.size,
    ...(att.isInline ? { inline: true } : {}),
  }));
  const order = list
    .map((att, i) => ({ i, size: att.size }))
    .sort((a, b) => a.size - b.size || a.i - b.i);
  for (const { i } of order) {
    const att = list[i] as Office.AttachmentDetailsCompose;
    const base = out[i] as MessageAttachment;
    if (att.attachmentType === Office.MailboxEnums.AttachmentType.Cloud) {
      out[i] = { ...base, unread: 'link' };
      continue;
    }
    if (limits.deadline !== undefined && now() > limits.deadline) {
      out[i] = { ...base, unread: 'time' };
      continue;
    }
    const bytes = await attachmentBytes(item, att, limits).catch(() => undefined);
    out[i] = bytes ? { ...base, bytes } : { ...base, unread: 'failed' };
  }
  return out;
}

/** Everything the send check needs, read in parallel where Office allows. */
export async function readComposeSnapshot(
  item: Item,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<ComposeSnapshot> {
  const [subject, body, to, cc, bcc, from, composeType] = await Promise.all([
    officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb)),
    officeCall<string>('body.getAsync', (cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
    recipients(item, 'to'),
    recipients(item, 'cc'),
    recipients(item, 'bcc'),
    officeCall<Office.EmailAddressDetails>('from.getAsync', (cb) => item.from.getAsync(cb)),
    // Mailbox 1.10: reply or forward. Optional: older clients simply do not say.
    supportsMailbox('1.10') && typeof item.getComposeTypeAsync === 'function'
      ? officeCallOr<{ composeType: string }>(
          'getComposeTypeAsync',
          (cb) => item.getComposeTypeAsync(cb),
          {
            composeType: 'newMail',
          },
        )
      : Promise.resolve({ composeType: 'newMail' }),
  ]);
  const files = await attachments(item, limits);
  const isReply = composeType.composeType === 'reply';
  return {
    from: { address: from.emailAddress, ...(from.displayName ? { name: from.displayName } : {}) },
    to,
    cc,
    bcc,
    subject,
    body,
    attachments: files,
    ...(isReply
      ? {
          replyTo: {
            replyAll: to.length + cc.length > 1,
            originalRecipients: to.length + cc.length,
          },
        }
      : {}),
  };
}
