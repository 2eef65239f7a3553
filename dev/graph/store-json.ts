/**
 * The Graph JSON of the emulator's users and messages (store.ts): default
 * and selectable properties, etags, flags, body previews and the message
 * resource as Graph returns it.
 */

import { htmlBodyToText, htmlDocument, textToHtmlFragment } from '../emulator/body';
import type { ExtendedProperty } from './props';
import { toDateTimeTimeZone, dateTimeOffset } from './time';
import type {
  FlagRecord,
  MailboxRecord,
  MessageRecord,
  Recipient,
  UserRecord,
} from './store-records';

// ---------------------------------------------------------------- JSON shapes

export const USER_DEFAULT = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
] as const;

export const USER_SELECTABLE = [...USER_DEFAULT, 'accountEnabled', 'mailNickname'] as const;

export function userJson(u: UserRecord, select: readonly string[] | null): Record<string, unknown> {
  const all: Record<string, unknown> = {
    businessPhones: [],
    displayName: u.displayName,
    givenName: u.givenName,
    jobTitle: u.jobTitle,
    mail: u.mail,
    mobilePhone: null,
    officeLocation: u.officeLocation,
    preferredLanguage: u.preferredLanguage,
    surname: u.surname,
    userPrincipalName: u.userPrincipalName,
    id: u.id,
    accountEnabled: u.accountEnabled,
    mailNickname: u.mail.split('@')[0] ?? u.mail,
  };
  const keys: readonly string[] = select ?? USER_DEFAULT;
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = all[k];
  return out;
}

/** Graph's order of a message's properties. */
export const MESSAGE_PROPERTIES = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'categories',
  'receivedDateTime',
  'sentDateTime',
  'hasAttachments',
  'internetMessageId',
  'subject',
  'bodyPreview',
  'importance',
  'parentFolderId',
  'conversationId',
  'isDeliveryReceiptRequested',
  'isReadReceiptRequested',
  'isRead',
  'isDraft',
  'webLink',
  'inferenceClassification',
  'body',
  'sender',
  'from',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'flag',
] as const;

/** Selectable but not in the default set. */
export const MESSAGE_SELECTABLE: readonly string[] = [
  ...MESSAGE_PROPERTIES,
  'uniqueBody',
  'singleValueExtendedProperties',
  // Graph gives the headers only when $select names them.
  'internetMessageHeaders',
];

export function etag(m: MessageRecord): string {
  return `W/"${m.changeKey}"`;
}

function recipientJson(r: Recipient): { emailAddress: { name: string; address: string } } {
  return { emailAddress: { name: r.name, address: r.address } };
}

export function flagJson(f: FlagRecord, zone: string): Record<string, unknown> {
  const out: Record<string, unknown> = { flagStatus: f.flagStatus };
  if (f.completed !== null) out['completedDateTime'] = toDateTimeTimeZone(f.completed, zone);
  if (f.due !== null) out['dueDateTime'] = toDateTimeTimeZone(f.due, zone);
  if (f.start !== null) out['startDateTime'] = toDateTimeTimeZone(f.start, zone);
  return out;
}

export function bodyPreview(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}

export interface MessageView {
  /** null: every default property. */
  readonly select: readonly string[] | null;
  /** Which extended properties to expand: none, those a filter keeps, or all (state dump). */
  readonly extended: 'none' | 'all' | ((p: ExtendedProperty) => boolean);
  /** Zone for dateTimeTimeZone values (Prefer: outlook.timezone). */
  readonly zone: string;
  /** Prefer: outlook.body-content-type; null: the message's own. */
  readonly bodyType: 'text' | 'html' | null;
}

export function messageJson(
  mb: MailboxRecord,
  m: MessageRecord,
  view: MessageView,
): Record<string, unknown> {
  const body = (): { contentType: string; content: string } => {
    if (view.bodyType === 'text') {
      return {
        contentType: 'text',
        content: m.html !== null && m.text === '' ? htmlBodyToText(m.html) : m.text,
      };
    }
    if (view.bodyType === 'html' || (view.bodyType === null && m.html !== null)) {
      return { contentType: 'html', content: m.html ?? htmlDocument(textToHtmlFragment(m.text)) };
    }
    return { contentType: 'text', content: m.text };
  };
  const folder = mb.folders.get(m.folder);
  const value = (k: string): unknown => {
    switch (k) {
      case 'id':
        return m.id;
      case 'createdDateTime':
        return dateTimeOffset(m.createdDateTime);
      case 'lastModifiedDateTime':
        return dateTimeOffset(m.lastModifiedDateTime);
      case 'changeKey':
        return m.changeKey;
      case 'categories':
        return [...m.categories];
      case 'receivedDateTime':
        return dateTimeOffset(m.receivedDateTime);
      case 'sentDateTime':
        return dateTimeOffset(m.sentDateTime);
      case 'hasAttachments':
        return m.attachments.some((a) => !a.isInline);
      case 'internetMessageId':
        return m.internetMessageId;
      case 'internetMessageHeaders':
        return [
          { name: 'Message-ID', value: m.internetMessageId },
          ...m.headers.map((h) => ({ name: h.name, value: h.value })),
        ];
      case 'subject':
        return m.subject;
      case 'bodyPreview':
        return bodyPreview(m.text !== '' || m.html === null ? m.text : htmlBodyToText(m.html));
      case 'importance':
        return m.importance;
      case 'parentFolderId':
        return folder?.id ?? null;
      case 'conversationId':
        return m.conversationId;
      case 'isDeliveryReceiptRequested':
        return m.isDeliveryReceiptRequested;
      case 'isReadReceiptRequested':
        return m.isReadReceiptRequested;
      case 'isRead':
        return m.isRead;
      case 'isDraft':
        return m.isDraft;
      case 'webLink':
        return `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(m.id)}&exvsurl=1&viewmodel=ReadMessageItem`;
      case 'inferenceClassification':
        return m.inferenceClassification;
      case 'body':
        return body();
      case 'uniqueBody':
        return body();
      case 'sender':
        return m.sender ? recipientJson(m.sender) : null;
      case 'from':
        return m.from ? recipientJson(m.from) : null;
      case 'toRecipients':
        return m.toRecipients.map(recipientJson);
      case 'ccRecipients':
        return m.ccRecipients.map(recipientJson);
      case 'bccRecipients':
        return m.bccRecipients.map(recipientJson);
      case 'replyTo':
        return m.replyTo.map(recipientJson);
      case 'flag':
        return flagJson(m.flag, view.zone);
      default:
        return undefined;
    }
  };
  const out: Record<string, unknown> = { '@odata.etag': etag(m) };
  const keys = view.select
    ? ['id', ...view.select.filter((k) => k !== 'id' && k !== 'singleValueExtendedProperties')]
    : MESSAGE_PROPERTIES;
  for (const k of keys) out[k] = value(k);
  // Graph leaves singleValueExtendedProperties out when none matches.
  if (view.extended !== 'none') {
    const keep = view.extended;
    const props = [...m.extended.values()].filter((p) => keep === 'all' || keep(p));
    if (props.length > 0) out['singleValueExtendedProperties'] = props.map((p) => ({ ...p }));
  }
  return out;
}
