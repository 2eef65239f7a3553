/**
 * The Graph emulator's seed (store.ts): users, colleagues, groups and
 * messages read from the workbench's sample mailbox (dev/mailbox/index.json
 * and its .eml files) and the profiles' registry mailboxes.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../../src/core/model';
import { parseEml } from '../../src/core/mime/eml';
import { readItemFromEml } from '../emulator/mailbox';
import type { SampleMailboxIndex } from '../emulator/mailbox';
import type { EmailAddress } from '../emulator/types';
import { toRestId } from '../emulator/util';
import type { AttachmentInfo, FolderName, Recipient } from './store-records';

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
  /** Who each user's manager is (`/me/manager`), user address → manager address. */
  readonly managers?: Readonly<Record<string, string>>;
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

/**
 * Each owner of a sample personal mailbox has a manager in the directory
 * (`GET /me/manager`), except Erik Johansson in Mellerud (whose profile sends
 * the notice of a threat to its security contact) and the colleagues.
 */
export const DEFAULT_MANAGERS: Readonly<Record<string, string>> = {
  'kari.nordmann@ha.kommune.no': 'silje.vik@ha.kommune.no',
  'ola.nordmann@kommune.example.no': 'ingrid.berg@kommune.example.no',
  'anna.andersson@vara.se': 'lars.svensson@vara.se',
};

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
  /** Default: DEFAULT_MANAGERS (those whose users and managers are in the seed). */
  readonly managers?: GraphSeed['managers'];
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
  const known = (a: string): boolean =>
    users.some((u) => u.address.toLowerCase() === a.toLowerCase());
  const managers = Object.fromEntries(
    Object.entries(options.managers ?? DEFAULT_MANAGERS).filter(([u, m]) => known(u) && known(m)),
  );
  return {
    users,
    groups,
    messages,
    managers,
    ...(options.categories !== undefined ? { categories: options.categories } : {}),
  };
}
