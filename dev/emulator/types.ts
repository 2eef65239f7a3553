/**
 * The state behind the emulated Outlook: the mailbox, the item on screen
 * (a message being written, or a received one being read) and the options
 * that pick the client being imitated.
 */
import type { ComposeType, Platform, RecipientType } from './enums';
import type { AuthBridgeOptions } from './naa';
import type { MailboxVersion } from './util';

export type { ComposeType, Platform, RecipientType } from './enums';
export type { MailboxVersion } from './util';

export interface EmailAddress {
  readonly emailAddress: string;
  /** Outlook shows the address itself when there is no name. */
  readonly displayName?: string;
  /** Default: `user` inside the organisation's domains, `externalUser` outside. */
  readonly recipientType?: RecipientType;
}

/** How recipients may be given: an address, or address details. */
export type RecipientInput = string | EmailAddress;

interface AttachmentBase {
  /** Assigned by the emulator when missing (Exchange-style, stable for a name). */
  readonly id?: string;
  readonly name: string;
  readonly isInline?: boolean;
  readonly contentId?: string;
}

/** A file: content comes back as base64. */
export interface FileAttachment extends AttachmentBase {
  readonly attachmentType: 'file';
  readonly bytes: Uint8Array;
  readonly contentType?: string;
}

/**
 * An attached Outlook item. A message (`eml`, its MIME text) comes back in
 * `eml` format; without `eml` the item is something else (a contact, a task),
 * for which Outlook answers AttachmentTypeNotSupported.
 */
export interface ItemAttachment extends AttachmentBase {
  readonly attachmentType: 'item';
  readonly eml?: string;
  readonly size?: number;
}

/** A link to OneDrive or SharePoint: content comes back as its URL. */
export interface CloudAttachment extends AttachmentBase {
  readonly attachmentType: 'cloud';
  readonly url: string;
  readonly size?: number;
}

export type AttachmentState = FileAttachment | ItemAttachment | CloudAttachment;

/** A message being written. Everything is optional except `mode`. */
export interface ComposeItemState {
  readonly mode: 'compose';
  /** Default `newMail`. */
  readonly composeType?: ComposeType;
  /** Format of `body`; Outlook on the web writes HTML by default. */
  readonly bodyType?: 'html' | 'text';
  readonly subject?: string;
  readonly body?: string;
  /** Default: the mailbox the item is written in. */
  readonly from?: EmailAddress;
  readonly to?: readonly RecipientInput[];
  readonly cc?: readonly RecipientInput[];
  readonly bcc?: readonly RecipientInput[];
  readonly attachments?: readonly AttachmentState[];
  /** Set once the draft is saved; a new message has none. */
  readonly itemId?: string;
  readonly conversationId?: string;
  /** Message-ID of the message replied to (Mailbox 1.14 `inReplyTo`). */
  readonly inReplyTo?: string;
  readonly internetHeaders?: Readonly<Record<string, string>>;
  readonly categories?: readonly string[];
  readonly clientSignatureEnabled?: boolean;
  /** What `getInitializationContextAsync` returns (a Smart Alerts `contextData`). */
  readonly initializationContext?: string;
  readonly sessionData?: Readonly<Record<string, string>>;
  /** Text added by `body.appendOnSendAsync`, applied when the message is sent. */
  readonly appendOnSend?: readonly string[];
}

/** A received message, as read mode shows it. */
export interface ReadItemState {
  readonly mode: 'read';
  readonly itemId: string;
  readonly subject: string;
  readonly from: EmailAddress | null;
  /** Default: `from`. */
  readonly sender?: EmailAddress | null;
  readonly to: readonly EmailAddress[];
  readonly cc: readonly EmailAddress[];
  /** Reply-To header, used by reply. */
  readonly replyTo?: readonly EmailAddress[];
  readonly dateTimeCreated: Date;
  readonly dateTimeModified?: Date;
  readonly internetMessageId: string;
  readonly conversationId: string;
  readonly body: { readonly text: string; readonly html?: string };
  readonly attachments: readonly AttachmentState[];
  /** The raw header block, as getAllInternetHeadersAsync returns it. */
  readonly headers: string;
  readonly categories?: readonly string[];
}

export type ItemState = ComposeItemState | ReadItemState;

export interface MailboxIdentity {
  readonly emailAddress: string;
  readonly displayName: string;
  /** A personal mailbox, or a shared (function) mailbox the user has opened. */
  readonly kind: 'personal' | 'shared';
}

/** One `<LaunchEvent>` of the manifest: which function handles which event. */
export interface LaunchEventRegistration {
  readonly type: LaunchEventType;
  readonly functionName: string;
  /** Smart Alerts only. */
  readonly sendMode?: SendMode;
}

export type LaunchEventType =
  | 'OnNewMessageCompose'
  | 'OnMessageSend'
  | 'OnMessageRecipientsChanged'
  | 'OnMessageAttachmentsChanged'
  | 'OnMessageFromChanged'
  | 'OnSensitivityLabelChanged';

export type SendMode = 'promptUser' | 'softBlock' | 'block';

export interface EmulatorOptions {
  /** Outlook's display language, e.g. `nn-NO`. */
  readonly displayLanguage: string;
  /** The mailbox the item lives in. */
  readonly mailbox: MailboxIdentity;
  /** The signed-in user; default: the mailbox itself. */
  readonly user?: { readonly emailAddress: string; readonly displayName: string };
  readonly item: ItemState | null;
  /** Highest Mailbox requirement set the client supports; default 1.15. */
  readonly maxMailboxVersion?: MailboxVersion;
  /** Default `OfficeOnline` (Outlook on the web). */
  readonly platform?: Platform;
  /** Domains inside the organisation (recipientType `user`); default: the mailbox's domain. */
  readonly organizationDomains?: readonly string[];
  /** Delay before each callback runs, in milliseconds; default 0 (next macrotask). */
  readonly latencyMs?: number;
  /** The manifest's launch events (see `parseLaunchEvents`). */
  readonly launchEvents?: readonly LaunchEventRegistration[];
  /** How long a launch event may run before Outlook gives up; default 300 000 (5 min). */
  readonly launchEventTimeoutMs?: number;
  /** Shown in Outlook's own fallback messages; default `Arkivpost`. */
  readonly addinName?: string;
  /** Windows time zone name of the user; default `W. Europe Standard Time`. */
  readonly timeZone?: string;
  /** Other requirement sets the client supports, e.g. `{ NestedAppAuth: '1.1' }`. */
  readonly extraRequirementSets?: Readonly<Record<string, string>>;
  /**
   * Nested app authentication, when extraRequirementSets has NestedAppAuth:
   * consent, availability, the consent prompt (the user is the signed-in user).
   */
  readonly auth?: Omit<AuthBridgeOptions, 'user'>;
  /**
   * The origin a dialog's page must be on (the add-in's, as Office requires
   * for displayDialogAsync; 12004 otherwise); default: any https origin.
   */
  readonly dialogOrigin?: string;
}
