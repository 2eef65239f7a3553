/**
 * The received message as core's IncomingMessage, read through Office.js
 * (Office.MessageRead). In read mode most properties are plain values
 * (`subject` is a string, `to` an array); body, attachment content, headers
 * and shared-folder properties are asynchronous.
 */
import type { Address, IncomingMessage, MessageAttachment } from '../../core/message';
import type { HostUser, ItemAddress, ReadPort } from '../../core/ports';
import { officeCall, officeCallOr } from './async';
import { contentBytes, DEFAULT_READ_LIMITS, snapshotName } from './compose';
import type { ReadLimits } from './compose';
import { supportsMailbox } from './context';

type Item = Office.MessageRead;

/** The item the pane was opened on, as a received message. */
export function currentReadItem(): Office.MessageRead {
  const item = Office.context.mailbox.item;
  if (!item) throw new Error('no item');
  return item as Office.MessageRead;
}

function address(d: Office.EmailAddressDetails | null | undefined): Address | null {
  if (!d || typeof d.emailAddress !== 'string' || d.emailAddress === '') return null;
  return d.displayName
    ? { address: d.emailAddress, name: d.displayName }
    : { address: d.emailAddress };
}

function addresses(list: readonly Office.EmailAddressDetails[] | null | undefined): Address[] {
  const out: Address[] = [];
  for (const d of list ?? []) {
    const a = address(d);
    if (a) out.push(a);
  }
  return out;
}

/**
 * A raw header block (getAllInternetHeadersAsync) as lower-case names and the
 * first value of each. Folded lines are joined; the block ends at the first
 * empty line. Values are kept as sent (encoded words are not decoded).
 */
export function parseHeaderBlock(block: string): Record<string, string> {
  // No prototype: a header named "__proto__" or "constructor" is just a header.
  const out = Object.create(null) as Record<string, string>;
  let name: string | null = null;
  let value = '';
  const flush = (): void => {
    if (name !== null && !(name in out)) out[name] = value.trim();
    name = null;
  };
  for (const line of block.split(/\r\n|\n|\r/)) {
    if (line === '') {
      if (name !== null || Object.keys(out).length > 0) break;
      continue;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && name !== null) {
      value += ` ${line.trim()}`;
      continue;
    }
    flush();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    name = line.slice(0, colon).trim().toLowerCase();
    value = line.slice(colon + 1);
  }
  flush();
  return out;
}

async function attachments(item: Item, limits: ReadLimits): Promise<MessageAttachment[]> {
  // getAttachmentContentAsync is Mailbox 1.8; without it only names and sizes are known.
  const canRead = supportsMailbox('1.8') && typeof item.getAttachmentContentAsync === 'function';
  const now = limits.now ?? (() => Date.now());
  const out: MessageAttachment[] = [];
  for (const att of item.attachments ?? []) {
    const base: MessageAttachment = {
      name: snapshotName(att),
      size: att.size,
      ...(att.contentType ? { contentType: att.contentType } : {}),
      ...(att.isInline ? { inline: true } : {}),
    };
    // A cloud attachment is a link: there is no file in the message to read.
    if (att.attachmentType === Office.MailboxEnums.AttachmentType.Cloud) {
      out.push({ ...base, unread: 'link' });
      continue;
    }
    if (!canRead) {
      out.push(base);
      continue;
    }
    if (limits.deadline !== undefined && now() > limits.deadline) {
      out.push({ ...base, unread: 'time' });
      continue;
    }
    const bytes = await officeCall<Office.AttachmentContent>('getAttachmentContentAsync', (cb) =>
      item.getAttachmentContentAsync(att.id, cb),
    )
      .then((content) => contentBytes(content, limits))
      // One attachment Outlook will not hand over (a contact, a task) does not stop the rest;
      // it is said not to have been read.
      .catch(() => undefined);
    out.push(bytes ? { ...base, bytes } : { ...base, unread: 'failed' });
  }
  return out;
}

async function headers(item: Item): Promise<Record<string, string>> {
  // Mailbox 1.8. Without headers, newsletters and auto-replies are told by subject alone.
  if (!supportsMailbox('1.8') || typeof item.getAllInternetHeadersAsync !== 'function') return {};
  const block = await officeCallOr<string>(
    'getAllInternetHeadersAsync',
    (cb) => item.getAllInternetHeadersAsync(cb),
    '',
  );
  return parseHeaderBlock(block);
}

/**
 * The mailbox the item is in. For an item in a shared folder or shared
 * mailbox, getSharedPropertiesAsync (read mode, Mailbox 1.8) names its owner;
 * for the user's own items it fails or is missing, and the item is in the
 * user's own mailbox.
 */
async function sharedOwner(item: Item): Promise<string | null> {
  if (!supportsMailbox('1.8') || typeof item.getSharedPropertiesAsync !== 'function') return null;
  const shared = await officeCallOr<Office.SharedProperties | null>(
    'getSharedPropertiesAsync',
    (cb) => item.getSharedPropertiesAsync(cb),
    null,
  );
  return shared && typeof shared.owner === 'string' && shared.owner !== '' ? shared.owner : null;
}

/** The signed-in user from Office's user profile. */
export function officeUser(): HostUser | null {
  const profile = Office.context.mailbox.userProfile;
  const address = profile?.emailAddress;
  if (typeof address !== 'string' || address === '') return null;
  const name = typeof profile.displayName === 'string' ? profile.displayName : '';
  return { address, name: name || address };
}

async function mailboxOf(item: Item): Promise<string | undefined> {
  return (await sharedOwner(item)) ?? officeUser()?.address;
}

/**
 * The message as Graph addresses it. Outlook's item id is an EWS id; Graph
 * wants the REST form (convertToRestId, Mailbox 1.3). A shared item lives in
 * its owner's mailbox: /users/{owner}/messages/{restId}.
 */
export async function itemAddress(item: Item): Promise<ItemAddress | null> {
  const id = item.itemId;
  const mailbox = Office.context.mailbox;
  if (typeof id !== 'string' || id === '' || typeof mailbox.convertToRestId !== 'function') {
    return null;
  }
  const restId = mailbox.convertToRestId(id, Office.MailboxEnums.RestVersion.v2_0);
  const owner = await sharedOwner(item);
  const user = officeUser();
  const box = owner ?? user?.address;
  if (!box || !restId) return null;
  return {
    mailbox: box,
    restId,
    shared: owner !== null && owner.toLowerCase() !== user?.address.toLowerCase(),
  };
}

function receivedAt(item: Item): Date | null {
  // Not `instanceof Date`: Office's objects may come from another realm (a
  // frame), where that test fails for a perfectly good date.
  const d = item.dateTimeCreated as unknown as { getTime?: () => number } | undefined;
  const time = typeof d?.getTime === 'function' ? d.getTime() : NaN;
  return Number.isFinite(time) ? new Date(time) : null;
}

/** Everything classification reads, with body, headers and mailbox asked for in parallel. */
export async function readIncomingMessage(
  item: Item,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<IncomingMessage> {
  const [body, hdrs, mailbox] = await Promise.all([
    officeCall<string>('body.getAsync', (cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
    headers(item),
    mailboxOf(item),
  ]);
  const files = await attachments(item, limits);
  const messageId = item.internetMessageId;
  return {
    from: address(item.from),
    to: addresses(item.to),
    cc: addresses(item.cc),
    subject: typeof item.subject === 'string' ? item.subject : '',
    body,
    attachments: files,
    headers: hdrs,
    receivedAt: receivedAt(item),
    ...(typeof messageId === 'string' && messageId !== '' ? { messageId } : {}),
    ...(mailbox !== undefined ? { mailbox } : {}),
  };
}

export interface ReadPortOptions {
  readonly limits?: ReadLimits;
}

/** The read port over an Office.js received message. */
export function createOfficeReadPort(item: Item, options: ReadPortOptions = {}): ReadPort {
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  return {
    message: () => readIncomingMessage(item, limits),
    address: () => itemAddress(item),
    user: officeUser,
    // Mailbox 1.0; it throws what Outlook refuses (a body over 32 kB).
    replyForm: async (htmlBody) => item.displayReplyForm({ htmlBody }),
  };
}

/**
 * Call `listener` when the user selects another message while the pane is
 * pinned (ItemChanged, Mailbox 1.5). Returns a function that stops it.
 */
export function watchItemChanged(listener: () => void): () => void {
  const mailbox = Office.context.mailbox;
  if (!supportsMailbox('1.5') || !mailbox || typeof mailbox.addHandlerAsync !== 'function') {
    return () => undefined;
  }
  const type = Office.EventType.ItemChanged;
  officeCall<void>('addHandlerAsync(ItemChanged)', (cb) =>
    mailbox.addHandlerAsync(type, listener, cb),
  ).catch(() => undefined);
  return () => {
    officeCall<void>('removeHandlerAsync(ItemChanged)', (cb) =>
      mailbox.removeHandlerAsync(type, cb),
    ).catch(() => undefined);
  };
}
