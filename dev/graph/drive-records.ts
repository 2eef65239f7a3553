/**
 * What the emulator's SharePoint libraries (drive-store.ts) are made of:
 * sites, drives, lists and their columns, items, upload sessions and the
 * snapshot of a store; the errors Graph answers with; the naming rules
 * SharePoint enforces; item ids.
 */

import { encodeBase64, hashBytes } from '../emulator/util';
import { QuickXorHash } from '../../src/services/archive/sharepoint/quickxor';
import { GraphError } from './errors';

const KiB = 1024;

const MiB = 1024 * KiB;

/** Every range but the last is a multiple of this (Graph's documented rule). */
export const RANGE_UNIT = 320 * KiB;

/** The largest file the emulator keeps in memory (SharePoint takes far more). */
export const MAX_FILE = 250 * MiB;

const MAX_NAME = 255;

// ---------------------------------------------------------------- errors

export const driveItemNotFound = (): GraphError =>
  new GraphError(404, 'itemNotFound', 'The resource could not be found.');

export const nameAlreadyExists = (): GraphError =>
  new GraphError(409, 'nameAlreadyExists', 'The specified item name already exists.');

export const siteAccessDenied = (): GraphError =>
  new GraphError(403, 'accessDenied', 'Access denied');

export const invalidRequest = (message: string): GraphError =>
  new GraphError(400, 'invalidRequest', message);

export const invalidRange = (message: string): GraphError =>
  new GraphError(416, 'invalidRange', message);

// ---------------------------------------------------------------- records

export type ConflictBehavior = 'fail' | 'replace' | 'rename';

export type ColumnType = 'text' | 'number' | 'dateTime' | 'choice';

export type FieldValue = string | number | null;

export interface ColumnRecord {
  readonly id: string;
  /** The internal name: what fields are keyed by and $filter names. */
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly type: ColumnType;
  readonly choices: readonly string[];
  /** Only indexed columns may be filtered on without the Prefer header. */
  readonly indexed: boolean;
  readonly readOnly: boolean;
}

export interface Identity {
  readonly id: string;
  readonly displayName: string;
  readonly email: string | null;
}

export interface ItemRecord {
  readonly id: string;
  readonly drive: DriveRecord;
  readonly kind: 'folder' | 'file';
  name: string;
  /** Null for the drive's root. */
  parent: ItemRecord | null;
  /** By lower-case name: SharePoint's names compare without case. */
  readonly children: Map<string, ItemRecord>;
  content: Uint8Array;
  mimeType: string;
  quickXorHash: string;
  /** The list item's id (1, 2, …, never reused); 0 for the root, which has none. */
  readonly listItemId: number;
  readonly createdDateTime: number;
  lastModifiedDateTime: number;
  readonly createdBy: Identity;
  lastModifiedBy: Identity;
  /** Counts every change: the eTag (of the drive item and of its list item). */
  version: number;
  /** Counts changes of the content: the cTag. */
  contentVersion: number;
  /** Writable columns (Title and the library's own) by internal name; unset ones are absent. */
  readonly fields: Map<string, FieldValue>;
}

export interface ListRecord {
  readonly id: string;
  /** The name in the library's URL. */
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly webUrl: string;
  readonly createdDateTime: number;
  readonly columns: readonly ColumnRecord[];
  readonly drive: DriveRecord;
  nextItemId: number;
}

export interface DriveRecord {
  readonly id: string;
  /** The library's name as people see it ("Ärenden"). */
  readonly name: string;
  readonly description: string;
  readonly webUrl: string;
  readonly createdDateTime: number;
  readonly site: SiteRecord;
  /** Every item but the root, by id. */
  readonly items: Map<string, ItemRecord>;
  /** The root folder and the list: set once, as the library is made. */
  root: ItemRecord;
  list: ListRecord;
}

export interface SiteRecord {
  /** `hostname,siteCollectionId,webId`, as Graph writes a site's id. */
  readonly id: string;
  readonly hostname: string;
  readonly siteCollectionId: string;
  readonly webId: string;
  /** Server-relative path: /sites/diarium */
  readonly path: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly webUrl: string;
  readonly createdDateTime: number;
  /** The example profile (tenant) whose users may read and write it. */
  readonly tenant: string;
  /** The first is the site's default document library (`/sites/{id}/drive`). */
  readonly drives: DriveRecord[];
}

export interface UploadSessionRecord {
  readonly id: string;
  readonly drive: DriveRecord;
  readonly parentId: string;
  readonly name: string;
  readonly conflict: ConflictBehavior;
  readonly mimeType: string;
  readonly who: Identity;
  /** The file's size, once a range (or createUploadSession's fileSize) said it. */
  total: number | null;
  data: Uint8Array | null;
  /** Bytes received from the start; ranges come in order. */
  received: number;
  expires: number;
}

// ---------------------------------------------------------------- names

// reason: control characters are among the characters SharePoint refuses in a name.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /["*:<>?/\\|\u0000-\u001f]/;

const RESERVED = /^(\.lock|con|prn|aux|nul|com\d|lpt\d|desktop\.ini)$/i;

/** Throws as Graph does for a name SharePoint does not take. */
export function checkName(name: string, parent: ItemRecord): void {
  if (name.length === 0 || name.length > MAX_NAME || name !== name.trim()) {
    throw invalidRequest('The provided name is not valid.');
  }
  if (FORBIDDEN.test(name) || name.includes('_vti_') || name.startsWith('~$')) {
    throw invalidRequest('The provided name cannot contain any illegal characters.');
  }
  if (RESERVED.test(name) || name.endsWith('.')) {
    throw invalidRequest('The provided name is reserved.');
  }
  if (parent.parent === null && name.toLowerCase() === 'forms') {
    throw invalidRequest('Name is reserved for list forms folder.');
  }
}

/** "Søknad.pdf" → "Søknad 1.pdf", "Søknad 2.pdf", … until one is free. */
export function freeName(parent: ItemRecord, name: string): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let n = 1; ; n++) {
    const candidate = `${stem} ${n}${ext}`;
    if (!parent.children.has(candidate.toLowerCase())) return candidate;
  }
}

// ---------------------------------------------------------------- fields

/** A value as the column keeps it; throws 400 as Graph does for one it does not take. */
export function fieldValue(column: ColumnRecord, value: unknown): FieldValue {
  const bad = (): GraphError => invalidRequest(`Invalid value for field '${column.name}'.`);
  if (value === null) return null;
  switch (column.type) {
    case 'text':
      if (typeof value !== 'string' || value.length > MAX_NAME) throw bad();
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw bad();
      return value;
    case 'choice':
      if (typeof value !== 'string' || !column.choices.includes(value)) throw bad();
      return value;
    case 'dateTime': {
      const ms = typeof value === 'string' ? Date.parse(value) : NaN;
      if (Number.isNaN(ms)) throw bad();
      return `${new Date(ms).toISOString().slice(0, 19)}Z`;
    }
  }
}

export function hashOf(bytes: Uint8Array): string {
  return new QuickXorHash().update(bytes).base64();
}

export interface DriveSnapshot {
  readonly sites: readonly {
    id: string;
    webUrl: string;
    displayName: string;
    tenant: string;
    libraries: readonly {
      driveId: string;
      listId: string;
      name: string;
      items: readonly {
        id: string;
        listItemId: number;
        path: string;
        kind: 'folder' | 'file';
        size?: number;
        mimeType?: string;
        quickXorHash?: string;
        fields: Record<string, FieldValue>;
      }[];
    }[];
  }[];
  readonly uploadSessions: readonly {
    id: string;
    driveId: string;
    parentId: string;
    name: string;
    received: number;
    total: number | null;
    expirationDateTime: string;
  }[];
}

/** Base64 for a URL: `-` and `_` for `+` and `/`, no padding. */
export function urlBase64(bytes: Uint8Array): string {
  return encodeBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** "01" and 32 base32 characters, as SharePoint's drive item ids look. */
export function itemId(seed: string): string {
  const bytes = hashBytes(seed, 20);
  let out = '01';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32[(value >>> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  return out;
}
