/**
 * SharePoint as the Graph emulator keeps it: sites, their document libraries
 * (a drive, and the list behind it with its columns), folders and files with
 * their bytes in memory, each item's list item fields, and upload sessions.
 *
 * One library store belongs to one GraphStore (`drivesOf`), so the
 * emulator's reset, which makes a new GraphStore, makes a new library from
 * the seed too. Rules SharePoint enforces are enforced here and answered as
 * Graph answers them (GraphError): names SharePoint refuses, names that are
 * taken (`nameAlreadyExists`), columns that do not exist or do not take the
 * value, and upload ranges out of order (`invalidRange`).
 * One class, kept whole: the store and the rules it enforces on each change.
 */

import { stableGuid, hashBytes } from '../emulator/util';
import { GraphError } from './errors';
import { searchTokens } from './odata';
import type { GraphStore } from './store';
import {
  MAX_FILE,
  RANGE_UNIT,
  checkName,
  driveItemNotFound,
  fieldValue,
  freeName,
  hashOf,
  invalidRange,
  invalidRequest,
  itemId,
  nameAlreadyExists,
  urlBase64,
} from './drive-records';
import type {
  ColumnRecord,
  ConflictBehavior,
  DriveRecord,
  DriveSnapshot,
  FieldValue,
  Identity,
  ItemRecord,
  ListRecord,
  SiteRecord,
  UploadSessionRecord,
} from './drive-records';
import { BUILT_IN, DEFAULT_SITES } from './drive-seed';
import type { ItemSeed, LibrarySeed, SiteSeed } from './drive-seed';

export {
  MAX_FILE,
  RANGE_UNIT,
  checkName,
  driveItemNotFound,
  invalidRequest,
  nameAlreadyExists,
  siteAccessDenied,
} from './drive-records';
export type {
  ColumnRecord,
  ColumnType,
  ConflictBehavior,
  DriveRecord,
  DriveSnapshot,
  FieldValue,
  Identity,
  ItemRecord,
  ListRecord,
  SiteRecord,
  UploadSessionRecord,
} from './drive-records';
export { ARKIVPOST_COLUMNS, DEFAULT_SITES } from './drive-seed';
export type { ColumnSeed, ItemSeed, LibrarySeed, SiteSeed } from './drive-seed';

/** An upload session lives this long after its last range. */
const SESSION_LIFETIME_MS = 60 * 60 * 1000;

// ---------------------------------------------------------------- the store

let epochs = 0;

const stores = new WeakMap<GraphStore, DriveStore>();

/** The SharePoint sites of this Graph store (made from DEFAULT_SITES on first use). */
export function drivesOf(store: GraphStore): DriveStore {
  let drives = stores.get(store);
  if (!drives) {
    drives = new DriveStore(DEFAULT_SITES, (upn) => identityOf(store, upn));
    stores.set(store, drives);
  }
  return drives;
}

function identityOf(store: GraphStore, upn: string): Identity {
  const u = store.user(upn);
  return u
    ? { id: u.id, displayName: u.displayName, email: u.mail }
    : { id: stableGuid(`user:${upn}`), displayName: upn, email: upn };
}

export class DriveStore {
  readonly sites: SiteRecord[] = [];
  readonly sessions = new Map<string, UploadSessionRecord>();
  private seq = 0;
  /** Distinguishes new ids across resets. */
  private readonly epoch = ++epochs;

  constructor(
    seeds: readonly SiteSeed[],
    private readonly identity: (upn: string) => Identity,
  ) {
    for (const s of seeds) this.addSite(s);
  }

  // ------------------------------------------------------------ seeding

  private addSite(s: SiteSeed): void {
    const key = `${s.hostname}${s.path}`.toLowerCase();
    const siteCollectionId = stableGuid(`site:${key}`);
    const webId = stableGuid(`web:${key}`);
    const webUrl = `https://${s.hostname}${s.path}`;
    const created = Date.parse(s.created);
    const site: SiteRecord = {
      id: `${s.hostname},${siteCollectionId},${webId}`,
      hostname: s.hostname,
      siteCollectionId,
      webId,
      path: s.path,
      name: s.path.split('/').pop() ?? '',
      displayName: s.displayName,
      description: s.description,
      webUrl,
      createdDateTime: created,
      tenant: s.tenant,
      drives: [],
    };
    this.sites.push(site);
    for (const l of s.libraries) this.addLibrary(site, l, created);
  }

  private addLibrary(site: SiteRecord, l: LibrarySeed, created: number): void {
    const key = `${site.id}:${l.urlName}`;
    const webUrl = `${site.webUrl}/${encodeURI(l.urlName)}`;
    const system: Identity = {
      id: stableGuid('app:sharepoint'),
      displayName: 'System',
      email: null,
    };
    // root and list refer back to the drive: they are set just below.
    const drive = {
      id: `b!${urlBase64(hashBytes(`drive:${key}`, 48))}`,
      name: l.name,
      description: l.description,
      webUrl,
      createdDateTime: created,
      site,
      items: new Map<string, ItemRecord>(),
    } as DriveRecord;
    drive.root = this.newItem(drive, {
      id: itemId(`root:${key}`),
      kind: 'folder',
      name: 'root',
      parent: null,
      listItemId: 0,
      at: created,
      who: system,
    });
    drive.list = {
      id: stableGuid(`list:${key}`),
      name: l.urlName,
      displayName: l.name,
      description: l.description,
      webUrl,
      createdDateTime: created,
      columns: [
        ...BUILT_IN,
        ...l.columns.map((c): ColumnRecord => ({
          id: stableGuid(`column:${key}:${c.name}`),
          name: c.name,
          displayName: c.displayName,
          description: c.description ?? '',
          type: c.type,
          choices: c.choices ?? [],
          indexed: c.indexed ?? false,
          readOnly: false,
        })),
      ],
      drive,
      nextItemId: 1,
    };
    site.drives.push(drive);
    for (const it of l.items ?? []) this.addSeedItem(drive, it);
  }

  private addSeedItem(drive: DriveRecord, s: ItemSeed): void {
    const names = s.path.split('/');
    const name = names.pop() as string;
    let parent = drive.root;
    for (const n of names) {
      const next = parent.children.get(n.toLowerCase());
      if (!next) throw new Error(`seed item ${s.path}: no folder ${n}`);
      parent = next;
    }
    const id = itemId(`seed:${drive.id}:${s.path}`);
    if (this.taken(drive, id)) throw new Error(`seed item ${s.path}: its id ${id} is taken`);
    const item = this.newItem(drive, {
      id,
      kind: s.kind,
      name,
      parent,
      listItemId: drive.list.nextItemId++,
      at: Date.parse(s.created),
      who: this.identity(s.createdBy),
    });
    if (s.kind === 'file') {
      item.content = new TextEncoder().encode(s.content ?? '');
      item.mimeType = s.mimeType ?? 'application/octet-stream';
      item.quickXorHash = hashOf(item.content);
    }
    for (const [k, v] of Object.entries(s.fields ?? {})) item.fields.set(k, v);
  }

  private newItem(
    drive: DriveRecord,
    o: {
      id: string;
      kind: 'folder' | 'file';
      name: string;
      parent: ItemRecord | null;
      listItemId: number;
      at: number;
      who: Identity;
    },
  ): ItemRecord {
    const item: ItemRecord = {
      id: o.id,
      drive,
      kind: o.kind,
      name: o.name,
      parent: o.parent,
      children: new Map(),
      content: new Uint8Array(0),
      mimeType: '',
      quickXorHash: '',
      listItemId: o.listItemId,
      createdDateTime: o.at,
      lastModifiedDateTime: o.at,
      createdBy: o.who,
      lastModifiedBy: o.who,
      version: 1,
      contentVersion: 1,
      fields: new Map(),
    };
    if (o.parent) {
      o.parent.children.set(o.name.toLowerCase(), item);
      drive.items.set(item.id, item);
    }
    return item;
  }

  /**
   * A new item id, as SharePoint's look: 01 and 32 base32 characters, never
   * one an item of the library has. The ids are made from a hash with 32
   * bits of state, so two seeds can give the same id; one that is taken
   * (the library's root's, say) would make every request for that item
   * reach the new one, and a folder made in the root land inside another.
   */
  private nextItemId(drive: DriveRecord): string {
    for (;;) {
      const id = itemId(`item:${drive.id}:${this.epoch}:${++this.seq}`);
      if (!this.taken(drive, id)) return id;
    }
  }

  private taken(drive: DriveRecord, id: string): boolean {
    return drive.items.has(id) || drive.root.id === id;
  }

  /**
   * Add an item to a library as the seed does (the folders on its path must
   * be there): sample data made after start. False when the path is taken.
   */
  seedItem(hostname: string, sitePath: string, library: string, s: ItemSeed): boolean {
    const site = this.siteByPath(hostname, sitePath);
    const list = site ? this.list(site, library) : undefined;
    if (!list) throw new Error(`no library ${library} on ${hostname}${sitePath}`);
    if (this.walk(list.drive.root, s.path.split('/')) !== null) return false;
    this.addSeedItem(list.drive, s);
    return true;
  }

  // ------------------------------------------------------------ finding

  /** A site by hostname and server-relative path (without case). */
  siteByPath(hostname: string, path: string): SiteRecord | undefined {
    const p = `/${path.replace(/^\/+|\/+$/g, '')}`.toLowerCase();
    return this.sites.find(
      (s) => s.hostname.toLowerCase() === hostname.toLowerCase() && s.path.toLowerCase() === p,
    );
  }

  siteById(id: string): SiteRecord | undefined {
    const key = id.toLowerCase();
    return this.sites.find(
      (s) => s.id.toLowerCase() === key || `${s.hostname},${s.siteCollectionId}` === key,
    );
  }

  drive(id: string): DriveRecord | undefined {
    for (const s of this.sites) for (const d of s.drives) if (d.id === id) return d;
    return undefined;
  }

  /** A library's list by its id or its name (as Graph takes either). */
  list(site: SiteRecord, idOrName: string): ListRecord | undefined {
    const key = idOrName.toLowerCase();
    return site.drives
      .map((d) => d.list)
      .find(
        (l) => l.id === key || l.displayName.toLowerCase() === key || l.name.toLowerCase() === key,
      );
  }

  item(drive: DriveRecord, id: string): ItemRecord {
    if (id.toLowerCase() === 'root') return drive.root;
    const item = drive.items.get(id) ?? (drive.root.id === id ? drive.root : undefined);
    if (!item) throw driveItemNotFound();
    return item;
  }

  /** Walk names down from `from`; null at the first that is not there. */
  walk(from: ItemRecord, names: readonly string[]): ItemRecord | null {
    let at: ItemRecord = from;
    for (const n of names) {
      const next = at.kind === 'folder' ? at.children.get(n.toLowerCase()) : undefined;
      if (!next) return null;
      at = next;
    }
    return at;
  }

  /** Every item below the root, in list item order. */
  listItems(drive: DriveRecord): ItemRecord[] {
    return [...drive.items.values()].sort((a, b) => a.listItemId - b.listItemId);
  }

  listItem(drive: DriveRecord, id: string): ItemRecord {
    const n = Number(id);
    const item = [...drive.items.values()].find((i) => i.listItemId === n);
    if (!item || !/^\d+$/.test(id)) throw driveItemNotFound();
    return item;
  }

  /** "/Ärenden/2026-7 Gatubelysning": the item's path from the library's root, for the state. */
  pathOf(item: ItemRecord): string {
    const names: string[] = [];
    for (let at: ItemRecord | null = item; at?.parent; at = at.parent) names.unshift(at.name);
    return `/${names.join('/')}`;
  }

  /** The item and everything below it, depth first. */
  descendants(item: ItemRecord): ItemRecord[] {
    const out: ItemRecord[] = [];
    for (const c of item.children.values()) out.push(c, ...this.descendants(c));
    return out;
  }

  /**
   * Items below `under` whose name or text fields have every word of `q` as
   * the start of one of theirs (the way SharePoint's search matches words).
   */
  search(under: ItemRecord, q: string): ItemRecord[] {
    const words = searchTokens(q);
    if (words.length === 0) return [];
    return this.descendants(under)
      .filter((item) => {
        const text = [item.name, ...[...item.fields.values()].filter((v) => typeof v === 'string')];
        const tokens = text.flatMap((t) => searchTokens(String(t)));
        return words.every((w) => tokens.some((t) => t.startsWith(w)));
      })
      .sort((a, b) => a.listItemId - b.listItemId);
  }

  // ------------------------------------------------------------ changing

  private touch(item: ItemRecord, who: Identity, now: number, content: boolean): void {
    item.version++;
    if (content) item.contentVersion++;
    item.lastModifiedDateTime = now;
    item.lastModifiedBy = who;
  }

  /** The name a new item gets under `parent`, or the item it replaces; throws 409 on fail. */
  private place(
    parent: ItemRecord,
    name: string,
    conflict: ConflictBehavior,
  ): { name: string; existing: ItemRecord | null } {
    if (parent.kind !== 'folder') throw invalidRequest('The parent item is not a folder.');
    checkName(name, parent);
    const existing = parent.children.get(name.toLowerCase()) ?? null;
    if (!existing) return { name, existing: null };
    if (conflict === 'rename') return { name: freeName(parent, name), existing: null };
    if (conflict === 'replace') return { name: existing.name, existing };
    throw nameAlreadyExists();
  }

  /** A folder under `parent`; `replace` of a folder that is there answers that folder. */
  createFolder(
    parent: ItemRecord,
    name: string,
    conflict: ConflictBehavior,
    who: Identity,
    now: number,
  ): { item: ItemRecord; created: boolean } {
    const { name: free, existing } = this.place(parent, name, conflict);
    if (existing) {
      if (existing.kind !== 'folder') throw nameAlreadyExists();
      return { item: existing, created: false };
    }
    const drive = parent.drive;
    const item = this.newItem(drive, {
      id: this.nextItemId(drive),
      kind: 'folder',
      name: free,
      parent,
      listItemId: drive.list.nextItemId++,
      at: now,
      who,
    });
    return { item, created: true };
  }

  /** A file under `parent` with these bytes (new, or replacing one's content). */
  writeFile(
    parent: ItemRecord,
    name: string,
    bytes: Uint8Array,
    mimeType: string,
    conflict: ConflictBehavior,
    who: Identity,
    now: number,
  ): { item: ItemRecord; created: boolean } {
    if (bytes.length > MAX_FILE) throw invalidRequest('Max file size exceeded.');
    const { name: free, existing } = this.place(parent, name, conflict);
    if (existing) {
      if (existing.kind !== 'file') throw nameAlreadyExists();
      this.replaceContent(existing, bytes, mimeType, who, now);
      return { item: existing, created: false };
    }
    const drive = parent.drive;
    const item = this.newItem(drive, {
      id: this.nextItemId(drive),
      kind: 'file',
      name: free,
      parent,
      listItemId: drive.list.nextItemId++,
      at: now,
      who,
    });
    item.content = Uint8Array.from(bytes);
    item.mimeType = mimeType;
    item.quickXorHash = hashOf(item.content);
    return { item, created: true };
  }

  replaceContent(
    item: ItemRecord,
    bytes: Uint8Array,
    mimeType: string,
    who: Identity,
    now: number,
  ): void {
    if (item.kind !== 'file') throw invalidRequest('Only a file has content.');
    item.content = Uint8Array.from(bytes);
    item.mimeType = mimeType;
    item.quickXorHash = hashOf(item.content);
    this.touch(item, who, now, true);
  }

  rename(
    item: ItemRecord,
    name: string,
    conflict: ConflictBehavior,
    who: Identity,
    now: number,
  ): void {
    const parent = item.parent;
    if (!parent) throw invalidRequest('The root cannot be renamed.');
    if (name.toLowerCase() === item.name.toLowerCase()) {
      checkName(name, parent);
    } else {
      const placed = this.place(parent, name, conflict === 'replace' ? 'fail' : conflict);
      name = placed.name;
    }
    parent.children.delete(item.name.toLowerCase());
    item.name = name;
    parent.children.set(name.toLowerCase(), item);
    this.touch(item, who, now, false);
  }

  remove(item: ItemRecord): void {
    if (!item.parent) throw invalidRequest('The root cannot be deleted.');
    for (const d of [item, ...this.descendants(item)]) item.drive.items.delete(d.id);
    item.parent.children.delete(item.name.toLowerCase());
  }

  /** Set columns; the whole body is checked before anything changes. */
  setFields(
    item: ItemRecord,
    patch: Readonly<Record<string, unknown>>,
    who: Identity,
    now: number,
  ): void {
    const columns = item.drive.list.columns;
    const values = new Map<string, FieldValue>();
    for (const [k, v] of Object.entries(patch)) {
      if (k.startsWith('@odata.')) continue;
      const column = columns.find((c) => c.name === k);
      if (!column) throw invalidRequest(`Field '${k}' is not recognized`);
      if (column.readOnly) throw invalidRequest(`Field '${k}' is read-only`);
      values.set(k, fieldValue(column, v));
    }
    for (const [k, v] of values) {
      if (v === null) item.fields.delete(k);
      else item.fields.set(k, v);
    }
    this.touch(item, who, now, false);
  }

  // ------------------------------------------------------------ upload sessions

  startUpload(
    parent: ItemRecord,
    name: string,
    o: {
      conflict: ConflictBehavior;
      mimeType: string;
      fileSize: number | null;
      who: Identity;
      now: number;
    },
  ): UploadSessionRecord {
    const { existing } = this.place(parent, name, o.conflict);
    if (existing && existing.kind !== 'file') throw nameAlreadyExists();
    if (o.fileSize !== null && o.fileSize > MAX_FILE)
      throw invalidRequest('Max file size exceeded.');
    let id: string;
    do id = urlBase64(hashBytes(`upload:${this.epoch}:${++this.seq}`, 24));
    while (this.sessions.has(id));
    const session: UploadSessionRecord = {
      id,
      drive: parent.drive,
      parentId: parent.id,
      name,
      conflict: o.conflict,
      mimeType: o.mimeType,
      who: o.who,
      total: o.fileSize,
      data: null,
      received: 0,
      expires: o.now + SESSION_LIFETIME_MS,
    };
    this.sessions.set(id, session);
    return session;
  }

  /** A session that has not expired; 404 otherwise (an expired one is removed). */
  session(id: string, now: number): UploadSessionRecord {
    const s = this.sessions.get(id);
    if (!s || s.expires <= now) {
      this.sessions.delete(id);
      throw new GraphError(404, 'itemNotFound', 'The upload session was not found.');
    }
    return s;
  }

  cancel(session: UploadSessionRecord): void {
    this.sessions.delete(session.id);
  }

  /**
   * One range, in order. The last one makes the file (201, or 200 when it
   * replaced one) and ends the session; before that, what is still expected.
   */
  uploadRange(
    s: UploadSessionRecord,
    range: { readonly start: number; readonly end: number; readonly total: number },
    bytes: Uint8Array,
    now: number,
  ): { readonly done: false } | { readonly done: true; item: ItemRecord; created: boolean } {
    const { start, end, total } = range;
    if (end - start + 1 !== bytes.length) {
      throw invalidRequest('The request body length does not match the Content-Range header.');
    }
    if (s.total !== null && s.total !== total) {
      throw invalidRequest(
        'Declared total size for this fragment is different from that of the upload session.',
      );
    }
    if (total > MAX_FILE) throw invalidRequest('Max file size exceeded.');
    if (start < s.received) throw invalidRange('Uploaded fragment overlaps with existing data.');
    if (start > s.received) throw invalidRange('Uploaded fragment is out of order.');
    const last = end + 1 === total;
    if (!last && bytes.length % RANGE_UNIT !== 0) {
      throw invalidRequest(
        'The size of each range but the last must be a multiple of 320 KiB (327,680 bytes).',
      );
    }
    s.total = total;
    s.data ??= new Uint8Array(total);
    s.data.set(bytes, start);
    s.received = end + 1;
    s.expires = now + SESSION_LIFETIME_MS;
    if (!last) return { done: false };
    const parent =
      s.drive.items.get(s.parentId) ?? (s.drive.root.id === s.parentId ? s.drive.root : null);
    if (!parent) {
      this.sessions.delete(s.id);
      throw driveItemNotFound();
    }
    // A conflict at the end keeps the session (Graph lets the upload be committed otherwise).
    const written = this.writeFile(parent, s.name, s.data, s.mimeType, s.conflict, s.who, now);
    this.sessions.delete(s.id);
    return { done: true, ...written };
  }

  /** What is still expected: Graph's nextExpectedRanges. */
  nextExpectedRanges(s: UploadSessionRecord): string[] {
    return [`${s.received}-${s.total !== null ? s.total - 1 : ''}`];
  }

  // ------------------------------------------------------------ state

  /** The libraries as the emulator's state endpoint shows them: no bytes. */
  snapshot(): DriveSnapshot {
    return {
      sites: this.sites.map((s) => ({
        id: s.id,
        webUrl: s.webUrl,
        displayName: s.displayName,
        tenant: s.tenant,
        libraries: s.drives.map((d) => ({
          driveId: d.id,
          listId: d.list.id,
          name: d.name,
          items: this.listItems(d).map((i) => ({
            id: i.id,
            listItemId: i.listItemId,
            path: this.pathOf(i),
            kind: i.kind,
            ...(i.kind === 'file'
              ? { size: i.content.length, mimeType: i.mimeType, quickXorHash: i.quickXorHash }
              : {}),
            fields: Object.fromEntries(i.fields),
          })),
        })),
      })),
      uploadSessions: [...this.sessions.values()].map((s) => ({
        id: s.id,
        driveId: s.drive.id,
        parentId: s.parentId,
        name: s.name,
        received: s.received,
        total: s.total,
        expirationDateTime: new Date(s.expires).toISOString(),
      })),
    };
  }
}
