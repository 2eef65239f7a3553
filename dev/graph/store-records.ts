/**
 * The records the Graph emulator's store (store.ts) keeps: users, groups,
 * mailboxes, folders, messages with their attachments, flags and
 * categories, uploads and outbound mail, and the snapshot of a store.
 */

import type { Lang } from '../../src/core/model';
import type { ExtendedProperty } from './props';

// ---------------------------------------------------------------- records

/** A well-known folder, by the name Graph takes in place of its id. */
export type WellKnownFolder = 'inbox' | 'sentitems' | 'drafts' | 'deleteditems' | 'archive';
/** A folder a user or an add-in made (`POST …/mailFolders`): no well-known name, only its id. */
export type UserFolderName = `user:${string}`;
export type FolderName = WellKnownFolder | UserFolderName;

export const FOLDERS: readonly WellKnownFolder[] = [
  'inbox',
  'sentitems',
  'drafts',
  'deleteditems',
  'archive',
];

export const FOLDER_NAMES: Readonly<Record<Lang, Readonly<Record<WellKnownFolder, string>>>> = {
  nb: {
    inbox: 'Innboks',
    sentitems: 'Sendte elementer',
    drafts: 'Utkast',
    deleteditems: 'Slettede elementer',
    archive: 'Arkiv',
  },
  nn: {
    inbox: 'Innboks',
    sentitems: 'Sende element',
    drafts: 'Utkast',
    deleteditems: 'Sletta element',
    archive: 'Arkiv',
  },
  sv: {
    inbox: 'Inkorgen',
    sentitems: 'Skickat',
    drafts: 'Utkast',
    deleteditems: 'Borttaget',
    archive: 'Arkiv',
  },
  en: {
    inbox: 'Inbox',
    sentitems: 'Sent Items',
    drafts: 'Drafts',
    deleteditems: 'Deleted Items',
    archive: 'Archive',
  },
};

export interface Recipient {
  readonly name: string;
  readonly address: string;
}

export interface UserRecord {
  readonly id: string;
  readonly displayName: string;
  readonly givenName: string | null;
  readonly surname: string | null;
  readonly mail: string;
  readonly userPrincipalName: string;
  readonly jobTitle: string | null;
  readonly officeLocation: string | null;
  readonly preferredLanguage: string | null;
  /** Shared (function) mailboxes have a user object whose sign-in is disabled. */
  readonly accountEnabled: boolean;
  readonly kind: 'personal' | 'shared';
  readonly profile: string;
  readonly language: Lang;
}

export interface GroupRecord {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly mailNickname: string;
  /** The function mailbox the group's members have Full Access to. */
  readonly grants: string;
  readonly members: string[];
}

export interface CategoryRecord {
  readonly id: string;
  readonly displayName: string;
  readonly color: string;
}

export interface FlagRecord {
  flagStatus: 'notFlagged' | 'flagged' | 'complete';
  start: number | null;
  due: number | null;
  completed: number | null;
}

/** An attachment as it comes in: parsed from a sample's .eml, posted, uploaded or delivered. */
export interface AttachmentInfo {
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly isInline: boolean;
  /** The file's bytes (for an item attachment: the attached message's MIME). */
  readonly bytes: Uint8Array;
  readonly contentId?: string | null;
  /** `item`: an attached message (Graph's itemAttachment); default `file`. */
  readonly kind?: 'file' | 'item';
}

/** An attachment on a message in the store. */
export interface AttachmentRecord {
  readonly id: string;
  readonly kind: 'file' | 'item';
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly isInline: boolean;
  readonly contentId: string | null;
  readonly lastModifiedDateTime: number;
  readonly bytes: Uint8Array;
}

export interface MessageRecord {
  readonly id: string;
  folder: FolderName;
  readonly createdDateTime: number;
  lastModifiedDateTime: number;
  receivedDateTime: number;
  sentDateTime: number;
  /** Drafts may change their subject, body and recipients (PATCH); sent mail may not. */
  subject: string;
  text: string;
  html: string | null;
  from: Recipient | null;
  sender: Recipient | null;
  toRecipients: readonly Recipient[];
  ccRecipients: readonly Recipient[];
  bccRecipients: readonly Recipient[];
  replyTo: readonly Recipient[];
  readonly internetMessageId: string;
  /** Custom Internet headers (`x-…`) the sender set, which travel with the mail. */
  readonly headers: readonly InternetHeader[];
  readonly conversationId: string;
  readonly attachments: AttachmentRecord[];
  importance: 'low' | 'normal' | 'high';
  inferenceClassification: 'focused' | 'other';
  isRead: boolean;
  isDraft: boolean;
  readonly isReadReceiptRequested: boolean;
  readonly isDeliveryReceiptRequested: boolean;
  categories: string[];
  flag: FlagRecord;
  /** Single-value extended properties by canonical key (see props.ts). */
  readonly extended: Map<string, ExtendedProperty>;
  changeKey: string;
  /** How many times the message was updated since the store was built. */
  version: number;
  /** The sample .eml (relative to dev/mailbox) it was read from; null for mail that arrived later. */
  readonly source: string | null;
  /**
   * The message's MIME as `$value` answers it: the sample's .eml byte for
   * byte, or what the emulator wrote when the message was delivered; null
   * for drafts and the sender's copy, whose MIME is written when asked for.
   */
  mime: Uint8Array | null;
}

export interface FolderRecord {
  readonly id: string;
  readonly name: FolderName;
  readonly displayName: string;
}

export interface MailboxRecord {
  readonly user: UserRecord;
  readonly address: string;
  readonly kind: 'personal' | 'shared';
  /** Function mailboxes: the group whose members have access. */
  groupId: string | null;
  /** The well-known folders, then those made since the store was built (a reset drops them). */
  readonly folders: Map<FolderName, FolderRecord>;
  readonly messages: Map<string, MessageRecord>;
  readonly categories: CategoryRecord[];
}

/** An upload session for a large attachment (createUploadSession), until its last range lands. */
export interface UploadRecord {
  readonly id: string;
  /** The `authtoken` in its URL: the URL is the credential. */
  readonly token: string;
  readonly mailbox: string;
  readonly messageId: string;
  readonly name: string;
  readonly contentType: string;
  readonly isInline: boolean;
  readonly contentId: string | null;
  /** The file's whole size, as the session was created with. */
  readonly bytes: Uint8Array;
  /** Bytes received so far, from the start (ranges come in order). */
  received: number;
  readonly expires: number;
}

/** Mail that left the organisation (recipients with no mailbox here). */
export interface OutboundRecord {
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly internetMessageId: string;
  readonly sentDateTime: string;
}

/** Fields of a new message (sendMail, or injected through the emulator's controls). */
/** One `internetMessageHeader`: `{ name, value }`. */
export interface InternetHeader {
  readonly name: string;
  readonly value: string;
}

export interface NewMessage {
  readonly folder: FolderName;
  readonly subject: string;
  readonly text: string;
  readonly html?: string | null;
  readonly from: Recipient | null;
  readonly sender?: Recipient | null;
  readonly toRecipients?: readonly Recipient[];
  readonly ccRecipients?: readonly Recipient[];
  readonly bccRecipients?: readonly Recipient[];
  readonly replyTo?: readonly Recipient[];
  readonly receivedDateTime: number;
  readonly sentDateTime?: number;
  readonly internetMessageId?: string;
  readonly headers?: readonly InternetHeader[];
  readonly conversationId?: string;
  readonly importance?: 'low' | 'normal' | 'high';
  readonly isRead?: boolean;
  readonly categories?: readonly string[];
  readonly extended?: readonly ExtendedProperty[];
  readonly attachments?: readonly AttachmentInfo[];
  /** Seed for the id; default: a counter. Give the Office item id to match the workbench. */
  readonly itemId?: string;
  /** The sample .eml the message was read from. */
  readonly source?: string;
  /** The MIME `$value` answers (a sample's .eml, a delivered message's). */
  readonly mime?: Uint8Array;
  readonly isDraft?: boolean;
}

export interface StoreSnapshot {
  readonly users: readonly Record<string, unknown>[];
  readonly groups: readonly {
    id: string;
    displayName: string;
    grants: string;
    members: string[];
  }[];
  readonly mailboxes: readonly {
    address: string;
    displayName: string;
    kind: 'personal' | 'shared';
    profile: string;
    language: Lang;
    groupId: string | null;
    masterCategories: CategoryRecord[];
    messages: Record<string, unknown>[];
  }[];
  readonly outbound: readonly OutboundRecord[];
}

// ---------------------------------------------------------------- mailbox settings, calendar

/** `automaticRepliesSetting` of a mailbox (instants as ms since the epoch). */
export interface AutoReplyRecord {
  readonly status: 'disabled' | 'alwaysEnabled' | 'scheduled';
  readonly externalAudience: 'none' | 'contactsOnly' | 'all';
  readonly scheduledStartDateTime: number | null;
  readonly scheduledEndDateTime: number | null;
  readonly internalReplyMessage: string;
  readonly externalReplyMessage: string;
}

export type ShowAs = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

/** An event in a mailbox's calendar. An all-day event runs from local midnight to midnight. */
export interface EventRecord {
  readonly id: string;
  readonly subject: string;
  readonly start: number;
  readonly end: number;
  readonly isAllDay: boolean;
  readonly showAs: ShowAs;
  /** The IANA zone the event was made in (an all-day event's midnights are in it). */
  readonly timeZone: string;
  readonly changeKey: string;
}
