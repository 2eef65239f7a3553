/**
 * The workbench's mailbox, as the Graph emulator (dev/graph) holds it: who
 * may open which mailbox (the (mailbox, signed-in user) choices), a Graph
 * message as the Office emulator's read item, and a sent message as a Graph
 * sendMail request. DOM-free, so jest tests it in node.
 */
import type { Lang } from '../../src/core/model';
import { htmlBodyToText } from '../emulator/body';
import { readItemFromEml } from '../emulator/mailbox';
import type { SampleMailboxIndex } from '../emulator/mailbox';
import type {
  AttachmentState,
  ComposeItemState,
  EmailAddress,
  MailboxIdentity,
  ReadItemState,
  RecipientInput,
} from '../emulator/types';
import { encodeBase64, toEwsId, utf8 } from '../emulator/util';

// ---------------------------------------------------------------- the state

/** What the workbench reads of `GET /graph/_emulator/state`. */
export interface EmulatorState {
  readonly users: readonly {
    readonly id: string;
    readonly displayName: string;
    readonly userPrincipalName: string;
    readonly mail: string;
    readonly accountEnabled: boolean;
  }[];
  readonly groups: readonly {
    readonly id: string;
    readonly grants: string;
    /** UPNs. */
    readonly members: readonly string[];
  }[];
  readonly mailboxes: readonly {
    readonly address: string;
    readonly displayName: string;
    readonly kind: 'personal' | 'shared';
    readonly profile: string;
    readonly language: Lang;
    readonly messages: readonly { readonly id: string; readonly source: string | null }[];
  }[];
}

export interface SignedInUser {
  readonly emailAddress: string;
  readonly displayName: string;
}

/** One entry of the workbench's mailbox list: a mailbox opened by a user. */
export interface MailboxChoice {
  /**
   * The `<option>` value: the mailbox (its sample id, e.g. `ha-post`, or its
   * address), then `/<upn>` unless the user is the one who opens it in the
   * sample (the owner, or `openedBy`): `ha-post` (Kari Nordmann),
   * `ha-post/per.hansen@ha.kommune.no`, `per.hansen@ha.kommune.no`.
   */
  readonly value: string;
  readonly label: string;
  readonly profile: string;
  readonly language: Lang;
  readonly mailbox: MailboxIdentity;
  readonly user: SignedInUser;
}

/**
 * Every (mailbox, user) pair the directory allows, by profile: each
 * personal mailbox opened by its owner, each function mailbox once for each
 * member of the group that has Full Access to it. Function mailboxes first,
 * as Outlook lists a shared mailbox above the folders of one's own.
 */
export function mailboxChoices(
  state: EmulatorState,
  index?: Pick<SampleMailboxIndex, 'mailboxes'>,
): MailboxChoice[] {
  const lower = (s: string): string => s.toLowerCase();
  const users = new Map(state.users.map((u) => [lower(u.userPrincipalName), u]));
  const sample = new Map((index?.mailboxes ?? []).map((m) => [lower(m.address), m]));
  const sampleById = new Map((index?.mailboxes ?? []).map((m) => [m.id, m]));
  const choice = (
    mb: EmulatorState['mailboxes'][number],
    upn: string,
  ): MailboxChoice | undefined => {
    const u = users.get(lower(upn));
    if (!u || !u.accountEnabled) return undefined;
    const s = sample.get(lower(mb.address));
    // Who opens the mailbox in the sample: its owner, or the function mailbox's `openedBy`.
    const opener = mb.kind === 'personal' ? mb.address : sampleById.get(s?.openedBy ?? '')?.address;
    const usual = opener !== undefined && lower(opener) === lower(u.userPrincipalName);
    const key = s?.id ?? mb.address;
    return {
      value: usual ? key : `${key}/${u.userPrincipalName}`,
      label:
        mb.kind === 'shared'
          ? `${mb.displayName} (${u.displayName})`
          : `${mb.displayName} <${mb.address}>`,
      profile: mb.profile,
      language: mb.language,
      mailbox: { emailAddress: mb.address, displayName: mb.displayName, kind: mb.kind },
      user: { emailAddress: u.userPrincipalName, displayName: u.displayName },
    };
  };
  const out: MailboxChoice[] = [];
  const shared = state.mailboxes.filter((m) => m.kind === 'shared');
  for (const mb of shared) {
    for (const g of state.groups.filter((x) => lower(x.grants) === lower(mb.address))) {
      for (const member of g.members) {
        const c = choice(mb, member);
        if (c) out.push(c);
      }
    }
  }
  for (const mb of state.mailboxes.filter((m) => m.kind === 'personal')) {
    const c = choice(mb, mb.address);
    if (c) out.push(c);
  }
  // Stable within a profile, profiles in the order the state has them.
  const profiles = [...new Set(state.mailboxes.map((m) => m.profile))];
  return profiles.flatMap((p) => out.filter((c) => c.profile === p));
}

/**
 * The choice a value names: an option value, or `<mailbox>[/<upn>]` with the
 * mailbox by sample id or address (as `?mailbox=` may give it).
 */
export function findChoice(
  choices: readonly MailboxChoice[],
  value: string,
): MailboxChoice | undefined {
  const exact = choices.find((c) => c.value === value);
  if (exact) return exact;
  const lower = value.toLowerCase();
  const [mb = '', upn] = lower.split('/');
  const here = choices.filter(
    (c) =>
      c.mailbox.emailAddress.toLowerCase() === mb || c.value.split('/')[0]?.toLowerCase() === mb,
  );
  if (upn === undefined) return here.find((c) => !c.value.includes('/')) ?? here[0];
  return here.find((c) => c.user.emailAddress.toLowerCase() === upn);
}

/** The sample .eml of each message of a mailbox that has one, by Graph id. */
export function sampleSources(state: EmulatorState, address: string): Map<string, string> {
  const mb = state.mailboxes.find((m) => m.address.toLowerCase() === address.toLowerCase());
  const out = new Map<string, string>();
  for (const m of mb?.messages ?? []) if (m.source) out.set(m.id, m.source);
  return out;
}

// ---------------------------------------------------------------- messages

interface GraphRecipient {
  readonly emailAddress: { readonly name?: string; readonly address: string };
}

interface DateTimeTimeZone {
  readonly dateTime: string;
  readonly timeZone: string;
}

/** A message as Graph answers it (the properties the workbench reads). */
export interface GraphMessage {
  readonly id: string;
  readonly subject?: string | null;
  readonly from?: GraphRecipient | null;
  readonly sender?: GraphRecipient | null;
  readonly toRecipients?: readonly GraphRecipient[];
  readonly ccRecipients?: readonly GraphRecipient[];
  readonly replyTo?: readonly GraphRecipient[];
  readonly receivedDateTime?: string;
  readonly sentDateTime?: string;
  readonly lastModifiedDateTime?: string;
  readonly internetMessageId?: string;
  readonly conversationId?: string;
  readonly body?: { readonly contentType: string; readonly content: string };
  readonly categories?: readonly string[];
  readonly isRead?: boolean;
  readonly hasAttachments?: boolean;
  readonly flag?: {
    readonly flagStatus: 'notFlagged' | 'flagged' | 'complete';
    readonly dueDateTime?: DateTimeTimeZone;
    readonly completedDateTime?: DateTimeTimeZone;
  };
}

/** What the inbox list asks for: enough to show it as Outlook's message list does. */
export const LIST_SELECT = [
  'subject',
  'from',
  'receivedDateTime',
  'categories',
  'flag',
  'isRead',
  'hasAttachments',
] as const;

/** The Graph path of a mailbox's inbox, newest first. */
export function inboxPath(address: string): string {
  const query = `$top=100&$orderby=receivedDateTime desc&$select=${LIST_SELECT.join(',')}`;
  return `/users/${encodeURIComponent(address)}/mailFolders/inbox/messages?${query}`;
}

function address(r: GraphRecipient | null | undefined): EmailAddress | null {
  if (!r?.emailAddress?.address) return null;
  const { name, address: a } = r.emailAddress;
  return name && name !== a ? { emailAddress: a, displayName: name } : { emailAddress: a };
}

function addresses(list: readonly GraphRecipient[] | undefined): EmailAddress[] {
  return (list ?? []).map(address).filter((a): a is EmailAddress => a !== null);
}

/** A header value, RFC 2047-encoded when it is not ASCII. */
function headerText(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${encodeBase64(utf8(text))}?=`;
}

function headerAddress(a: EmailAddress): string {
  return a.displayName ? `${headerText(a.displayName)} <${a.emailAddress}>` : a.emailAddress;
}

/** The header block Exchange would give a message that has no .eml of its own. */
function headerBlock(m: GraphMessage, from: EmailAddress | null): string {
  const lines: string[] = [];
  const to = addresses(m.toRecipients);
  const cc = addresses(m.ccRecipients);
  if (from) lines.push(`From: ${headerAddress(from)}`);
  if (to.length > 0) lines.push(`To: ${to.map(headerAddress).join(', ')}`);
  if (cc.length > 0) lines.push(`Cc: ${cc.map(headerAddress).join(', ')}`);
  lines.push(`Subject: ${headerText(m.subject ?? '')}`);
  const date = m.sentDateTime ?? m.receivedDateTime;
  if (date) lines.push(`Date: ${new Date(date).toUTCString().replace('GMT', '+0000')}`);
  if (m.internetMessageId) lines.push(`Message-ID: ${m.internetMessageId}`);
  lines.push('MIME-Version: 1.0');
  const html = m.body?.contentType.toLowerCase() === 'html';
  lines.push(`Content-Type: ${html ? 'text/html' : 'text/plain'}; charset="utf-8"`);
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * A message that has no sample .eml (delivered by sendMail, or through the
 * emulator's controls) as the Office emulator's read item. Its item id is
 * the EWS form of the Graph id, so `convertToRestId(item.itemId)` is the
 * Graph id again, as in Outlook. Without its attachments: readDeliveredItem
 * reads them from the message's MIME.
 */
export function readItemFromGraph(m: GraphMessage): ReadItemState {
  const from = address(m.from);
  const html = m.body?.contentType.toLowerCase() === 'html' ? m.body.content : undefined;
  const text = html !== undefined ? htmlBodyToText(html) : (m.body?.content ?? '');
  const received = m.receivedDateTime ? new Date(m.receivedDateTime) : new Date(0);
  const replyTo = addresses(m.replyTo);
  return {
    mode: 'read',
    itemId: toEwsId(m.id),
    subject: m.subject ?? '',
    from,
    sender: m.sender === undefined ? from : address(m.sender),
    to: addresses(m.toRecipients),
    cc: addresses(m.ccRecipients),
    ...(replyTo.length > 0 ? { replyTo } : {}),
    dateTimeCreated: received,
    ...(m.lastModifiedDateTime ? { dateTimeModified: new Date(m.lastModifiedDateTime) } : {}),
    internetMessageId: m.internetMessageId ?? '',
    conversationId: toEwsId(m.conversationId ?? m.id),
    body: { text, ...(html !== undefined ? { html } : {}) },
    attachments: [],
    headers: headerBlock(m, from),
    categories: [...(m.categories ?? [])],
  };
}

/**
 * A message that was delivered in the Graph emulator (sendMail, a sent
 * draft, a forward), read as Outlook would show it: from its MIME
 * (`GET …/$value`), so its attachments come along (an .eml sent on to the
 * registry mailbox arrives as one), with the Graph message's id, arrival
 * and categories.
 */
export async function readDeliveredItem(m: GraphMessage, mime: Uint8Array): Promise<ReadItemState> {
  const item = await readItemFromEml(mime, { id: m.id });
  return {
    ...item,
    itemId: toEwsId(m.id),
    conversationId: toEwsId(m.conversationId ?? m.id),
    ...(m.receivedDateTime ? { dateTimeCreated: new Date(m.receivedDateTime) } : {}),
    categories: [...(m.categories ?? [])],
  };
}

/** The follow-up flag as the message list shows it. */
export type FlagView =
  { readonly kind: 'flagged'; readonly due: string | null } | { readonly kind: 'complete' } | null;

/**
 * The flag of a listed message; `due` is the due date (YYYY-MM-DD) in the
 * time zone the list was asked in (`Prefer: outlook.timezone`).
 */
export function flagView(flag: GraphMessage['flag']): FlagView {
  if (flag?.flagStatus === 'complete') return { kind: 'complete' };
  if (flag?.flagStatus !== 'flagged') return null;
  const due = /^\d{4}-\d{2}-\d{2}/.exec(flag.dueDateTime?.dateTime ?? '')?.[0] ?? null;
  return { kind: 'flagged', due };
}

/**
 * Outlook's category colours (Graph's `preset0` … `preset24`): the light
 * shades Outlook on the web fills a category label with; dark text on all.
 */
const CATEGORY_COLOURS: readonly string[] = [
  '#f4c2c5', // red
  '#fcd5b4', // orange
  '#e3c9b0', // brown
  '#fff1a8', // yellow
  '#c6e7c1', // green
  '#b6e3e0', // teal
  '#dcdcb0', // olive
  '#c2d9f2', // blue
  '#d9c8ee', // purple
  '#ecb8c7', // cranberry
  '#cdd6df', // steel
  '#a9b6c3', // dark steel
  '#dcdcdc', // gray
  '#b5b5b5', // dark gray
  '#9a9a9a', // black
  '#d98a8f', // dark red
  '#f0b27a', // dark orange
  '#c9a27e', // dark brown
  '#e8d36a', // dark yellow
  '#93cc8c', // dark green
  '#86cfc9', // dark teal
  '#c2c27c', // dark olive
  '#92b8e6', // dark blue
  '#b9a0e0', // dark purple
  '#d88ea5', // dark cranberry
];

/** The fill of a category label; null for `none`, an unknown colour or an unknown category. */
export function categoryColour(preset: string | undefined): string | null {
  const m = /^preset(\d+)$/.exec(preset ?? '');
  return m ? (CATEGORY_COLOURS[Number(m[1])] ?? null) : null;
}

// ---------------------------------------------------------------- sending

function recipient(r: RecipientInput): GraphRecipient {
  const a = typeof r === 'string' ? { emailAddress: r } : r;
  return {
    emailAddress: {
      address: a.emailAddress,
      ...(a.displayName ? { name: a.displayName } : {}),
    },
  };
}

function graphAttachment(a: AttachmentState): Record<string, unknown> | null {
  const file = (name: string, contentType: string, bytes: Uint8Array): Record<string, unknown> => ({
    '@odata.type': '#microsoft.graph.fileAttachment',
    name,
    contentType,
    contentBytes: encodeBase64(bytes),
    isInline: a.isInline ?? false,
  });
  if (a.attachmentType === 'file')
    return file(a.name, a.contentType ?? 'application/octet-stream', a.bytes);
  if (a.attachmentType === 'item' && a.eml !== undefined)
    return file(`${a.name}.eml`, 'message/rfc822', utf8(a.eml));
  // Cloud links travel in the body in Outlook; an item that is not a message cannot be sent here.
  return null;
}

/** The body of `POST /users/{mailbox}/sendMail` for a message sent in the workbench. */
export function sendMailRequest(sent: ComposeItemState): {
  message: Record<string, unknown>;
  saveToSentItems: boolean;
} {
  const attachments = (sent.attachments ?? [])
    .map(graphAttachment)
    .filter((a): a is Record<string, unknown> => a !== null);
  // Headers an add-in set on the draft (item.internetHeaders): Exchange sends the x-…
  // ones with the mail and keeps each on the Sent Items copy as a named property in
  // PS_INTERNET_HEADERS, which Graph reads as an extended property.
  const headers = Object.entries(sent.internetHeaders ?? {}).filter(([name]) =>
    /^x-[!-9;-~]{1,74}$/i.test(name),
  );
  return {
    message: {
      ...(headers.length > 0
        ? {
            internetMessageHeaders: headers.map(([name, value]) => ({ name, value })),
            singleValueExtendedProperties: headers.map(([name, value]) => ({
              id: `String {00020386-0000-0000-C000-000000000046} Name ${name.toLowerCase()}`,
              value,
            })),
          }
        : {}),
      subject: sent.subject ?? '',
      body: { contentType: sent.bodyType === 'text' ? 'text' : 'html', content: sent.body ?? '' },
      toRecipients: (sent.to ?? []).map(recipient),
      ccRecipients: (sent.cc ?? []).map(recipient),
      bccRecipients: (sent.bcc ?? []).map(recipient),
      ...(attachments.length > 0 ? { attachments } : {}),
    },
    saveToSentItems: true,
  };
}
