/**
 * What the Graph emulator knows: the directory (users and the groups that
 * grant access to function mailboxes), and each mailbox's folders, messages
 * and master categories. Seeded from the workbench's sample mailbox
 * (dev/mailbox/index.json and its .eml files), so that a message the
 * workbench shows through the Office.js emulator is the same message here:
 * its Graph id is `convertToRestId` of the Office item id.
 *
 * Every update gives the message a new `changeKey` (and `@odata.etag`
 * W/"changeKey"); a reset rebuilds the store from the parsed seed.
 */

import type { Lang } from '../../src/core/model';
import {
  userObjectId,
  toRestId,
  ewsId,
  stableGuid,
  hashBytes,
  encodeBase64,
} from '../emulator/util';
import { canonicalPropertyId } from './props';
import type { ExtendedProperty } from './props';
import { FOLDERS, FOLDER_NAMES } from './store-records';
import type {
  AttachmentInfo,
  AttachmentRecord,
  AutoReplyRecord,
  CategoryRecord,
  EventRecord,
  FolderName,
  FolderRecord,
  GroupRecord,
  MailboxRecord,
  MessageRecord,
  NewMessage,
  OutboundRecord,
  StoreSnapshot,
  UploadRecord,
  UserRecord,
} from './store-records';
import type { GraphSeed, SeedGroup, SeedUser } from './store-seed';
import { messageJson, userJson } from './store-json';

export { FOLDERS } from './store-records';
export type {
  AttachmentInfo,
  AttachmentRecord,
  AutoReplyRecord,
  CategoryRecord,
  EventRecord,
  ShowAs,
  FlagRecord,
  FolderName,
  FolderRecord,
  GroupRecord,
  InternetHeader,
  MailboxRecord,
  MessageRecord,
  NewMessage,
  OutboundRecord,
  Recipient,
  StoreSnapshot,
  UploadRecord,
  UserRecord,
} from './store-records';
export { DEFAULT_COLLEAGUES, DEFAULT_MANAGERS, DEFAULT_OTHERS, loadSampleSeed } from './store-seed';
export type {
  Colleague,
  GraphSeed,
  LoadOptions,
  OtherUser,
  SeedGroup,
  SeedMessage,
  SeedUser,
} from './store-seed';
export {
  MESSAGE_PROPERTIES,
  MESSAGE_SELECTABLE,
  USER_DEFAULT,
  USER_SELECTABLE,
  bodyPreview,
  etag,
  flagJson,
  messageJson,
  userJson,
} from './store-json';
export type { MessageView } from './store-json';

// ---------------------------------------------------------------- ids

export { stableGuid, toEwsId, toRestId } from '../emulator/util';

// ---------------------------------------------------------------- the store

const DEFAULT_CATEGORIES: readonly { displayName: string; color: string }[] = [
  { displayName: 'Red category', color: 'preset0' },
  { displayName: 'Orange category', color: 'preset1' },
  { displayName: 'Yellow category', color: 'preset3' },
  { displayName: 'Green category', color: 'preset4' },
  { displayName: 'Blue category', color: 'preset7' },
  { displayName: 'Purple category', color: 'preset8' },
];

const LOCALE: Readonly<Record<Lang, string>> = {
  nb: 'nb-NO',
  nn: 'nn-NO',
  sv: 'sv-SE',
  en: 'en-US',
};

const ACCESS_GROUP: Readonly<Record<Lang, string>> = {
  nb: 'tilgang',
  nn: 'tilgang',
  sv: 'åtkomst',
  en: 'access',
};

let epochs = 0;

const DISABLED_REPLY: AutoReplyRecord = Object.freeze({
  status: 'disabled',
  externalAudience: 'all',
  scheduledStartDateTime: null,
  scheduledEndDateTime: null,
  internalReplyMessage: '',
  externalReplyMessage: '',
});

export class GraphStore {
  readonly users = new Map<string, UserRecord>();
  readonly groups = new Map<string, GroupRecord>();
  /** By lower-case address. */
  readonly mailboxes = new Map<string, MailboxRecord>();
  readonly outbound: OutboundRecord[] = [];
  /** Attachment upload sessions by id. */
  readonly uploads = new Map<string, UploadRecord>();
  /** Automatic replies by lower-case mailbox address; absent: disabled. */
  readonly autoReplies = new Map<string, AutoReplyRecord>();
  /** Calendar events by lower-case mailbox address. */
  readonly events = new Map<string, EventRecord[]>();
  /** Each user's manager (`GET /users/{id}/manager`), by object id; absent: none. */
  readonly managers = new Map<string, string>();
  private seq = 0;
  /** Distinguishes change keys and new ids across resets. */
  private readonly epoch = ++epochs;

  constructor(seed: GraphSeed) {
    for (const u of seed.users) this.addUser(u);
    for (const g of seed.groups) this.addGroup(g);
    for (const [who, manager] of Object.entries(seed.managers ?? {})) {
      const u = this.user(who);
      const m = this.user(manager);
      if (!u || !m) throw new Error(`seed manager ${manager} of ${who}: not a user`);
      this.managers.set(u.id, m.id);
    }
    for (const m of seed.messages) {
      const mb = this.mailbox(m.mailbox);
      if (!mb) throw new Error(`seed message for unknown mailbox ${m.mailbox}`);
      this.addMessage(mb, {
        folder: m.folder,
        itemId: m.itemId,
        subject: m.subject,
        text: m.text,
        html: m.html,
        from: m.from,
        toRecipients: m.to,
        ccRecipients: m.cc,
        replyTo: m.replyTo,
        receivedDateTime: m.received,
        sentDateTime: m.sent,
        internetMessageId: m.internetMessageId,
        conversationId: m.conversationId,
        isRead: m.folder === 'sentitems',
        attachments: m.attachments,
        ...(m.categories ? { categories: m.categories } : {}),
        ...(m.source !== undefined ? { source: m.source } : {}),
        ...(m.mime !== undefined ? { mime: m.mime } : {}),
      });
    }
    for (const [address, list] of Object.entries(seed.categories ?? {})) {
      const mb = this.mailbox(address);
      if (!mb) throw new Error(`seed categories for unknown mailbox ${address}`);
      for (const c of list) this.addCategory(mb, c.displayName, c.color);
    }
  }

  private addUser(u: SeedUser): void {
    const address = u.address.toLowerCase();
    const id = userObjectId(address);
    const words = u.displayName.split(/\s+/).filter(Boolean);
    const personal = u.kind === 'personal';
    const user: UserRecord = {
      id,
      displayName: u.displayName,
      givenName: personal && words.length > 1 ? words.slice(0, -1).join(' ') : null,
      surname: personal && words.length > 1 ? (words[words.length - 1] ?? null) : null,
      mail: u.address,
      userPrincipalName: u.address,
      jobTitle: u.jobTitle ?? null,
      officeLocation: null,
      preferredLanguage: personal ? LOCALE[u.language] : null,
      accountEnabled: personal,
      kind: u.kind,
      profile: u.profile,
      language: u.language,
    };
    this.users.set(id, user);
    const folders = new Map<FolderName, FolderRecord>();
    for (const name of FOLDERS) {
      folders.set(name, {
        id: toRestId(ewsId('item', `folder:${address}:${name}`)),
        name,
        displayName: FOLDER_NAMES[u.language][name],
      });
    }
    const mailbox: MailboxRecord = {
      user,
      address: u.address,
      kind: u.kind,
      groupId: null,
      folders,
      messages: new Map(),
      categories: [],
    };
    this.mailboxes.set(address, mailbox);
    for (const c of DEFAULT_CATEGORIES) this.addCategory(mailbox, c.displayName, c.color);
  }

  private addGroup(g: SeedGroup): void {
    const mb = this.mailbox(g.mailbox);
    if (!mb) throw new Error(`seed group for unknown mailbox ${g.mailbox}`);
    const id = stableGuid(`group:${mb.address.toLowerCase()}`);
    const members: string[] = [];
    for (const a of g.members) {
      const u = this.user(a);
      if (!u) throw new Error(`seed group member ${a} is not a user`);
      members.push(u.id);
    }
    const local = mb.address.split('@')[0] ?? mb.address;
    this.groups.set(id, {
      id,
      displayName: `${mb.user.displayName} (${ACCESS_GROUP[mb.user.language]})`,
      description: `Full Access to the function mailbox ${mb.address}`,
      mailNickname: `${local}-access`,
      grants: mb.address,
      members,
    });
    mb.groupId = id;
  }

  /** A user by object id, UPN or mail (case-insensitive). */
  user(idOrUpn: string): UserRecord | undefined {
    const key = idOrUpn.toLowerCase();
    const byId = this.users.get(key);
    if (byId) return byId;
    for (const u of this.users.values()) {
      if (u.userPrincipalName.toLowerCase() === key || u.mail.toLowerCase() === key) return u;
    }
    return undefined;
  }

  /** A mailbox by address or its user's object id. */
  mailbox(idOrAddress: string): MailboxRecord | undefined {
    const direct = this.mailboxes.get(idOrAddress.toLowerCase());
    if (direct) return direct;
    const u = this.user(idOrAddress);
    return u ? this.mailboxes.get(u.mail.toLowerCase()) : undefined;
  }

  /** The function mailboxes a user has Full Access to (through a group). */
  accessGroups(userId: string): GroupRecord[] {
    return [...this.groups.values()].filter((g) => g.members.includes(userId));
  }

  /** A user's manager, when the directory names one. */
  manager(user: UserRecord): UserRecord | undefined {
    const id = this.managers.get(user.id);
    return id === undefined ? undefined : this.users.get(id);
  }

  /** A new folder under the mailbox's root (`POST …/mailFolders`); the caller checks the name is free. */
  addFolder(mb: MailboxRecord, displayName: string): FolderRecord {
    const id = toRestId(
      ewsId('item', `folder:${mb.address.toLowerCase()}:${this.nextChangeKey()}`),
    );
    const folder: FolderRecord = { id, name: `user:${id}`, displayName };
    mb.folders.set(folder.name, folder);
    return folder;
  }

  folder(mb: MailboxRecord, idOrName: string): FolderRecord | undefined {
    const key = idOrName.toLowerCase();
    const named = mb.folders.get(key as FolderName);
    if (named) return named;
    for (const f of mb.folders.values()) if (f.id === idOrName) return f;
    return undefined;
  }

  /** A new change key: never the same twice, for any message, across resets. */
  nextChangeKey(): string {
    const n = ++this.seq;
    const bytes = new Uint8Array(24);
    bytes.set([0x09, 0, 0, 0, 0x16, 0, 0, 0]);
    bytes.set(hashBytes(`ck:${this.epoch}`, 8), 8);
    const view = new DataView(bytes.buffer);
    view.setUint32(16, this.epoch);
    view.setUint32(20, n);
    return encodeBase64(bytes);
  }

  addMessage(mb: MailboxRecord, init: NewMessage): MessageRecord {
    const itemId = init.itemId ?? this.newItemId(mb);
    const id = toRestId(itemId);
    const extended = new Map<string, ExtendedProperty>();
    for (const p of init.extended ?? []) {
      const pid = canonicalPropertyId(p.id);
      if (pid) extended.set(pid.key, { id: pid.id, value: p.value });
    }
    const domain = mb.address.split('@')[1] ?? 'emulator.invalid';
    const m: MessageRecord = {
      id,
      folder: init.folder,
      createdDateTime: init.receivedDateTime,
      lastModifiedDateTime: init.receivedDateTime,
      receivedDateTime: init.receivedDateTime,
      sentDateTime: init.sentDateTime ?? init.receivedDateTime,
      subject: init.subject,
      text: init.text,
      html: init.html ?? null,
      from: init.from,
      sender: init.sender ?? init.from,
      toRecipients: init.toRecipients ?? [],
      ccRecipients: init.ccRecipients ?? [],
      bccRecipients: init.bccRecipients ?? [],
      replyTo: init.replyTo ?? [],
      internetMessageId:
        init.internetMessageId ?? `<${id.slice(6, 22).replace(/[^\w]/g, 'x')}@${domain}>`,
      headers: (init.headers ?? []).map((h) => ({ name: h.name, value: h.value })),
      conversationId: init.conversationId ?? toRestId(ewsId('conversation', id)),
      attachments: [],
      importance: init.importance ?? 'normal',
      inferenceClassification: 'focused',
      isRead: init.isRead ?? false,
      isDraft: init.isDraft ?? false,
      isReadReceiptRequested: false,
      isDeliveryReceiptRequested: false,
      categories: [...(init.categories ?? [])],
      flag: { flagStatus: 'notFlagged', start: null, due: null, completed: null },
      extended,
      changeKey: this.nextChangeKey(),
      version: 0,
      source: init.source ?? null,
      mime: init.mime ?? null,
    };
    for (const a of init.attachments ?? []) this.addAttachment(m, a, init.receivedDateTime);
    mb.messages.set(id, m);
    return m;
  }

  /** Attach a file (or an attached message) to a message; its id is new. */
  addAttachment(m: MessageRecord, a: AttachmentInfo, now: number): AttachmentRecord {
    const record: AttachmentRecord = {
      id: toRestId(ewsId('attachment', `${m.id}:${this.epoch}:${++this.seq}`)),
      kind: a.kind ?? 'file',
      name: a.name,
      contentType: a.contentType,
      size: a.size,
      isInline: a.isInline,
      contentId: a.contentId ?? null,
      lastModifiedDateTime: now,
      bytes: a.bytes,
    };
    m.attachments.push(record);
    return record;
  }

  /** A new id that is never the same twice (upload sessions). */
  newId(kind: string): string {
    return stableGuid(`${kind}:${this.epoch}:${++this.seq}`);
  }

  /**
   * A new message id in a mailbox (a sent draft's copy in Sent Items gets
   * one), never one a message in any mailbox has: the seed's hash has 32
   * bits of state, so two seeds can meet, and a message would replace another.
   */
  newItemId(mb: MailboxRecord): string {
    for (;;) {
      const id = ewsId('item', `graph:${mb.address}:${this.epoch}:${++this.seq}`);
      const rest = toRestId(id);
      if (![...this.mailboxes.values()].some((m) => m.messages.has(rest))) return id;
    }
  }

  /** A mailbox's automatic replies (disabled when never set). */
  autoReply(mb: MailboxRecord): AutoReplyRecord {
    return this.autoReplies.get(mb.address.toLowerCase()) ?? DISABLED_REPLY;
  }

  /** Change a mailbox's automatic replies (the fields given; the rest kept). */
  setAutoReply(mb: MailboxRecord, change: Partial<AutoReplyRecord>): AutoReplyRecord {
    const next: AutoReplyRecord = { ...this.autoReply(mb), ...change };
    this.autoReplies.set(mb.address.toLowerCase(), next);
    return next;
  }

  /** Add an event to a mailbox's calendar; the id is stable for the same mailbox, subject and start. */
  addEvent(mb: MailboxRecord, init: Omit<EventRecord, 'id' | 'changeKey'>): EventRecord {
    const key = mb.address.toLowerCase();
    const list = this.events.get(key) ?? [];
    const id = toRestId(ewsId('item', `event:${key}:${init.start}:${init.subject}:${list.length}`));
    const e: EventRecord = { ...init, id, changeKey: this.nextChangeKey() };
    list.push(e);
    this.events.set(key, list);
    return e;
  }

  addCategory(mb: MailboxRecord, displayName: string, color: string): CategoryRecord {
    const c: CategoryRecord = {
      id: stableGuid(`category:${mb.address.toLowerCase()}:${displayName}`),
      displayName,
      color,
    };
    mb.categories.push(c);
    return c;
  }

  /** Everything, as the emulator's state endpoint shows it to tests. */
  snapshot(): StoreSnapshot {
    return {
      users: [...this.users.values()].map((u) => ({
        ...userJson(u, null),
        accountEnabled: u.accountEnabled,
        token: u.accountEnabled ? `test:${u.userPrincipalName}` : null,
      })),
      groups: [...this.groups.values()].map((g) => ({
        id: g.id,
        displayName: g.displayName,
        grants: g.grants,
        members: g.members.map((id) => this.users.get(id)?.userPrincipalName ?? id),
      })),
      mailboxes: [...this.mailboxes.values()].map((mb) => ({
        address: mb.address,
        displayName: mb.user.displayName,
        kind: mb.kind,
        profile: mb.user.profile,
        language: mb.user.language,
        groupId: mb.groupId,
        masterCategories: mb.categories.map((c) => ({ ...c })),
        messages: [...mb.messages.values()].map((m) => ({
          folder: m.folder,
          version: m.version,
          source: m.source,
          attachments: m.attachments.map((a) => ({
            id: a.id,
            name: a.name,
            contentType: a.contentType,
            size: a.size,
          })),
          ...messageJson(mb, m, {
            select: null,
            extended: 'all',
            zone: 'UTC',
            bodyType: 'text',
          }),
        })),
      })),
      outbound: [...this.outbound],
    };
  }
}
