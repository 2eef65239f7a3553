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
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../../src/core/model';
import { parseEml } from '../../src/core/mime/eml';
import { htmlDocument, htmlBodyToText, textToHtmlFragment } from '../emulator/body';
import { readItemFromEml } from '../emulator/mailbox';
import type { SampleMailboxIndex } from '../emulator/mailbox';
import type { EmailAddress } from '../emulator/types';
import {
  encodeBase64,
  ewsId,
  hashBytes,
  stableGuid,
  toRestId,
  userObjectId,
} from '../emulator/util';
import { canonicalPropertyId } from './props';
import type { ExtendedProperty } from './props';
import { dateTimeOffset, toDateTimeTimeZone } from './time';

// ---------------------------------------------------------------- ids

export { stableGuid, toEwsId, toRestId } from '../emulator/util';

// ---------------------------------------------------------------- records

export type FolderName = 'inbox' | 'sentitems' | 'drafts' | 'deleteditems' | 'archive';
export const FOLDERS: readonly FolderName[] = [
  'inbox',
  'sentitems',
  'drafts',
  'deleteditems',
  'archive',
];

const FOLDER_NAMES: Readonly<Record<Lang, Readonly<Record<FolderName, string>>>> = {
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
  readonly folders: ReadonlyMap<FolderName, FolderRecord>;
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

// ---------------------------------------------------------------- seed

export interface SeedUser {
  readonly displayName: string;
  readonly address: string;
  readonly kind: 'personal' | 'shared';
  readonly profile: string;
  readonly language: Lang;
  readonly jobTitle?: string;
}

export interface SeedGroup {
  /** The function mailbox (address) the group grants access to. */
  readonly mailbox: string;
  /** Member addresses (personal mailboxes). */
  readonly members: readonly string[];
}

export interface SeedMessage {
  readonly mailbox: string;
  readonly folder: FolderName;
  /** Office item id (EWS); the Graph id is its REST form. */
  readonly itemId: string;
  readonly subject: string;
  readonly from: Recipient | null;
  readonly to: readonly Recipient[];
  readonly cc: readonly Recipient[];
  readonly replyTo: readonly Recipient[];
  readonly received: number;
  readonly sent: number;
  readonly internetMessageId: string;
  readonly conversationId: string;
  readonly text: string;
  readonly html: string | null;
  readonly attachments: readonly AttachmentInfo[];
  readonly categories?: readonly string[];
  /** The sample's .eml file, relative to the sample mailbox folder. */
  readonly source?: string;
  /** The sample's .eml bytes. */
  readonly mime?: Uint8Array;
}

export interface GraphSeed {
  readonly users: readonly SeedUser[];
  readonly groups: readonly SeedGroup[];
  readonly messages: readonly SeedMessage[];
  /** Master categories present from the start, by mailbox address. */
  readonly categories?: Readonly<Record<string, readonly { displayName: string; color: string }[]>>;
}

/** A second user of a function mailbox, so that "A assigns to B" has a B. */
export interface Colleague {
  /** The function mailbox, by sample id (`ha-post`) or address. */
  readonly mailbox: string;
  readonly displayName: string;
  readonly address: string;
}

/** One colleague per example function mailbox; Per Hansen shares Hå's post@ with Kari Nordmann. */
export const DEFAULT_COLLEAGUES: readonly Colleague[] = [
  { mailbox: 'ha-post', displayName: 'Per Hansen', address: 'per.hansen@ha.kommune.no' },
  {
    mailbox: 'nb-postmottak',
    displayName: 'Ingrid Berg',
    address: 'ingrid.berg@kommune.example.no',
  },
  { mailbox: 'vara-kommun', displayName: 'Lars Svensson', address: 'lars.svensson@vara.se' },
  {
    mailbox: 'mellerud-kommunen',
    displayName: 'Maria Karlsson',
    address: 'maria.karlsson@mellerud.se',
  },
  // Vara's registrar, who reads what is sent on to the registry mailbox, and
  // the kommun's own mailbox, where her registration marks the original.
  { mailbox: 'vara-kommun', displayName: 'Eva Lind', address: 'eva.lind@vara.se' },
  { mailbox: 'arkivet@vara.se', displayName: 'Eva Lind', address: 'eva.lind@vara.se' },
];

/** Someone in the organisation who has no access to its function mailbox. */
export interface OtherUser {
  /** The example profile (tenant). */
  readonly profile: string;
  readonly displayName: string;
  readonly address: string;
}

/** Silje Vik works in Hå kommune but is not a member of post@: the directory is more than the mailbox. */
export const DEFAULT_OTHERS: readonly OtherUser[] = [
  { profile: 'ha-kommune', displayName: 'Silje Vik', address: 'silje.vik@ha.kommune.no' },
];

function recipient(a: EmailAddress): Recipient {
  return { name: a.displayName ?? a.emailAddress, address: a.emailAddress };
}

export interface LoadOptions {
  /** The sample mailbox folder (with index.json). */
  readonly mailboxDir: string;
  /** Default: `mailboxDir`/index.json. */
  readonly index?: SampleMailboxIndex;
  /** Default: DEFAULT_COLLEAGUES (one per function mailbox that has none). */
  readonly colleagues?: readonly Colleague[];
  /** Default: DEFAULT_OTHERS (for the profiles the index has). */
  readonly others?: readonly OtherUser[];
  readonly categories?: GraphSeed['categories'];
  /**
   * The example profiles, whose registry mailboxes (`"registry": true`) the
   * index may not have; default: `profiles` two folders above `mailboxDir`.
   */
  readonly profilesDir?: string;
}

interface SharedBox {
  readonly id: string;
  readonly address: string;
  readonly profile: string;
  readonly language: Lang;
  readonly openedBy?: string;
}

interface RegistryBox {
  readonly address: string;
  readonly displayName: string;
  readonly profile: string;
}

function defaultProfilesDir(options: LoadOptions): string {
  return join(options.mailboxDir, '..', '..', 'profiles');
}

/** The mailbox each example profile marks `"registry": true`; none when the folder is missing. */
async function registryMailboxes(dir: string): Promise<RegistryBox[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.includes('schema'));
  } catch {
    return [];
  }
  const out: RegistryBox[] = [];
  for (const name of names.sort()) {
    const p = JSON.parse(await readFile(join(dir, name), 'utf8')) as {
      id?: unknown;
      mailboxes?: { address?: unknown; name?: unknown; registry?: unknown }[];
    };
    if (typeof p.id !== 'string') continue;
    for (const m of p.mailboxes ?? []) {
      if (m.registry === true && typeof m.address === 'string') {
        const displayName = typeof m.name === 'string' ? m.name : m.address;
        out.push({ address: m.address, displayName, profile: p.id });
      }
    }
  }
  return out;
}

/** Read index.json and every .eml (with core's parseEml) into a seed. */
export async function loadSampleSeed(options: LoadOptions): Promise<GraphSeed> {
  const index =
    options.index ??
    (JSON.parse(
      await readFile(join(options.mailboxDir, 'index.json'), 'utf8'),
    ) as SampleMailboxIndex);
  const users: SeedUser[] = index.mailboxes.map((m) => ({
    displayName: m.displayName,
    address: m.address,
    kind: m.kind,
    profile: m.profile,
    language: m.language,
  }));
  // The registry mailboxes of the example profiles (arkivet@vara.se) are
  // mailboxes too, so that mail sent on to them arrives and can be read back.
  const registries = await registryMailboxes(options.profilesDir ?? defaultProfilesDir(options));
  const shared: SharedBox[] = index.mailboxes.filter((m) => m.kind === 'shared');
  for (const r of registries) {
    const home = index.mailboxes.find((m) => m.profile === r.profile);
    if (!home || users.some((u) => u.address.toLowerCase() === r.address.toLowerCase())) continue;
    users.push({ ...r, kind: 'shared', language: home.language });
    shared.push({ id: r.address, address: r.address, profile: r.profile, language: home.language });
  }
  const groups: SeedGroup[] = [];
  const colleagues = options.colleagues ?? DEFAULT_COLLEAGUES;
  for (const mb of shared) {
    const members: string[] = [];
    const opener = index.mailboxes.find((m) => m.id === mb.openedBy);
    if (opener) members.push(opener.address);
    let mates = colleagues.filter(
      (c) => c.mailbox === mb.id || c.mailbox.toLowerCase() === mb.address.toLowerCase(),
    );
    if (mates.length === 0 && options.colleagues === undefined) {
      // A function mailbox the defaults do not know: give it a colleague anyway.
      const [local, domain] = mb.address.split('@');
      mates = [
        { mailbox: mb.id, displayName: `Kollega ${local}`, address: `kollega.${local}@${domain}` },
      ];
    }
    for (const c of mates) {
      if (!users.some((u) => u.address.toLowerCase() === c.address.toLowerCase())) {
        users.push({
          displayName: c.displayName,
          address: c.address,
          kind: 'personal',
          profile: mb.profile,
          language: mb.language,
        });
      }
      members.push(c.address);
    }
    groups.push({ mailbox: mb.address, members });
  }
  for (const o of options.others ?? DEFAULT_OTHERS) {
    const home = index.mailboxes.find((m) => m.profile === o.profile);
    if (!home || users.some((u) => u.address.toLowerCase() === o.address.toLowerCase())) continue;
    users.push({
      displayName: o.displayName,
      address: o.address,
      kind: 'personal',
      profile: o.profile,
      language: home.language,
    });
  }
  const messages: SeedMessage[] = [];
  for (const m of index.messages) {
    const mb = index.mailboxes.find((x) => x.id === m.mailbox);
    if (!mb) throw new Error(`index.json: message ${m.file} names no known mailbox`);
    const raw = await readFile(join(options.mailboxDir, ...m.file.split('/')));
    const bytes = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
    // The same id seed as the workbench (dev/workbench/main.ts), so that
    // convertToRestId(item.itemId) is this message's Graph id.
    const item = await readItemFromEml(bytes, { id: m.file });
    const parsed = await parseEml(bytes);
    const received = item.dateTimeCreated.getTime();
    const date = Date.parse(parsed.headers['date'] ?? '');
    messages.push({
      mailbox: mb.address,
      folder: m.folder === 'sent' ? 'sentitems' : 'inbox',
      itemId: item.itemId,
      subject: item.subject,
      from: item.from ? recipient(item.from) : null,
      to: item.to.map(recipient),
      cc: item.cc.map(recipient),
      replyTo: (item.replyTo ?? []).map(recipient),
      received,
      sent: Number.isNaN(date) ? received : date,
      internetMessageId: item.internetMessageId,
      conversationId: toRestId(item.conversationId),
      text: item.body.text,
      html: item.body.html ?? null,
      attachments: parsed.attachments.map((a) => ({
        name: a.name,
        contentType: a.contentType ?? 'application/octet-stream',
        size: a.size,
        isInline: a.inline === true,
        bytes: a.bytes ?? new Uint8Array(0),
        // Exchange keeps an attached message as an item, not a file.
        ...(a.contentType === 'message/rfc822' ? { kind: 'item' as const } : {}),
      })),
      source: m.file,
      mime: bytes,
    });
  }
  return {
    users,
    groups,
    messages,
    ...(options.categories !== undefined ? { categories: options.categories } : {}),
  };
}

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

let epochs = 0;

export class GraphStore {
  readonly users = new Map<string, UserRecord>();
  readonly groups = new Map<string, GroupRecord>();
  /** By lower-case address. */
  readonly mailboxes = new Map<string, MailboxRecord>();
  readonly outbound: OutboundRecord[] = [];
  /** Attachment upload sessions by id. */
  readonly uploads = new Map<string, UploadRecord>();
  private seq = 0;
  /** Distinguishes change keys and new ids across resets. */
  private readonly epoch = ++epochs;

  constructor(seed: GraphSeed) {
    for (const u of seed.users) this.addUser(u);
    for (const g of seed.groups) this.addGroup(g);
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
