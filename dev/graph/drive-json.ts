/**
 * The Graph v1.0 JSON of the emulator's SharePoint resources (drive.ts):
 * sites, drives, lists and columns, drive items and list items with their
 * fields, and the $select and $expand they accept.
 */

import { stableGuid } from '../emulator/util';
import { invalidRequest } from './drive-store';
import type {
  Identity,
  ItemRecord,
  SiteRecord,
  DriveRecord,
  ColumnRecord,
  ListRecord,
  DriveStore,
} from './drive-store';
import { parseExpand, parseSelect } from './odata';
import { q } from './context';
import type { Ctx } from './context';

const DRIVE_ITEM_SELECTABLE = [
  'id',
  'name',
  'size',
  'eTag',
  'cTag',
  'createdDateTime',
  'lastModifiedDateTime',
  'createdBy',
  'lastModifiedBy',
  'parentReference',
  'webUrl',
  'file',
  'folder',
  'root',
  'fileSystemInfo',
  'sharepointIds',
];

/** Built-in content types of a document library. */
export const CONTENT_TYPES = {
  file: { id: '0x0101', name: 'Document' },
  folder: { id: '0x0120', name: 'Folder' },
} as const;

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

function identityJson(i: Identity): Record<string, unknown> {
  return {
    user: { ...(i.email !== null ? { email: i.email } : {}), id: i.id, displayName: i.displayName },
  };
}

export function eTag(item: ItemRecord): string {
  return `"{${stableGuid(item.id).toUpperCase()}},${item.version}"`;
}

function cTag(item: ItemRecord): string {
  return `"c:{${stableGuid(item.id).toUpperCase()}},${item.contentVersion}"`;
}

// ---------------------------------------------------------------- JSON shapes

export function siteJson(site: SiteRecord): Record<string, unknown> {
  return {
    createdDateTime: iso(site.createdDateTime),
    description: site.description,
    id: site.id,
    lastModifiedDateTime: iso(site.createdDateTime),
    name: site.name,
    webUrl: site.webUrl,
    displayName: site.displayName,
    root: {},
    siteCollection: { hostname: site.hostname },
  };
}

export function driveJson(drive: DriveRecord): Record<string, unknown> {
  return {
    createdDateTime: iso(drive.createdDateTime),
    description: drive.description,
    id: drive.id,
    lastModifiedDateTime: iso(drive.createdDateTime),
    name: drive.name,
    webUrl: drive.webUrl,
    driveType: 'documentLibrary',
    createdBy: { user: { displayName: 'System Account' } },
    owner: { group: { displayName: `${drive.site.displayName} Owners` } },
  };
}

export function columnJson(c: ColumnRecord): Record<string, unknown> {
  const facet: Record<string, unknown> = {
    text: { allowMultipleLines: false, appendChangesToExistingText: false, maxLength: 255 },
    number: { decimalPlaces: 'automatic', displayAs: 'number' },
    dateTime: { displayAs: 'default', format: 'dateTime' },
    choice: { allowTextEntry: false, choices: c.choices, displayAs: 'dropDownMenu' },
  };
  return {
    columnGroup: c.readOnly || c.name === 'Title' ? 'Core Document Columns' : 'Custom Columns',
    description: c.description,
    displayName: c.displayName,
    enforceUniqueValues: false,
    hidden: false,
    id: c.id,
    indexed: c.indexed,
    name: c.name,
    readOnly: c.readOnly,
    required: false,
    [c.type]: facet[c.type],
  };
}

export function listJson(list: ListRecord, columns: boolean): Record<string, unknown> {
  return {
    '@odata.etag': `"${list.id},1"`,
    createdDateTime: iso(list.createdDateTime),
    description: list.description,
    eTag: `"${list.id},1"`,
    id: list.id,
    lastModifiedDateTime: iso(list.createdDateTime),
    name: list.name,
    webUrl: list.webUrl,
    displayName: list.displayName,
    parentReference: { siteId: list.drive.site.id },
    list: { contentTypesEnabled: false, hidden: false, template: 'documentLibrary' },
    ...(columns ? { columns: list.columns.map(columnJson) } : {}),
  };
}

function sizeOf(item: ItemRecord): number {
  if (item.kind === 'file') return item.content.length;
  let n = 0;
  for (const c of item.children.values()) n += sizeOf(c);
  return n;
}

function itemPath(store: DriveStore, item: ItemRecord): string {
  return store.pathOf(item);
}

function webUrlOf(store: DriveStore, item: ItemRecord): string {
  const path = itemPath(store, item)
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
  return `${item.drive.webUrl}${path === '/' ? '' : path}`;
}

function parentReference(store: DriveStore, item: ItemRecord): Record<string, unknown> {
  const drive = item.drive;
  const base = { driveType: 'documentLibrary', driveId: drive.id };
  const parent = item.parent;
  if (!parent) return base;
  const path = parent.parent === null ? '' : itemPath(store, parent);
  return {
    ...base,
    id: parent.id,
    ...(parent.parent !== null ? { name: parent.name } : {}),
    path: `/drives/${drive.id}/root:${path}`,
    siteId: drive.site.id,
  };
}

export function driveItemJson(
  store: DriveStore,
  item: ItemRecord,
  select: readonly string[] | null,
): Record<string, unknown> {
  const drive = item.drive;
  const all: Record<string, unknown> = {
    createdBy: identityJson(item.createdBy),
    createdDateTime: iso(item.createdDateTime),
    eTag: eTag(item),
    id: item.id,
    lastModifiedBy: identityJson(item.lastModifiedBy),
    lastModifiedDateTime: iso(item.lastModifiedDateTime),
    name: item.parent === null ? 'root' : item.name,
    parentReference: parentReference(store, item),
    webUrl: webUrlOf(store, item),
    cTag: cTag(item),
    fileSystemInfo: {
      createdDateTime: iso(item.createdDateTime),
      lastModifiedDateTime: iso(item.lastModifiedDateTime),
    },
    ...(item.kind === 'folder'
      ? { folder: { childCount: item.children.size } }
      : { file: { mimeType: item.mimeType, hashes: { quickXorHash: item.quickXorHash } } }),
    ...(item.parent === null ? { root: {} } : {}),
    size: sizeOf(item),
  };
  if (select === null) return all;
  const out: Record<string, unknown> = { '@odata.etag': eTag(item) };
  for (const k of select) {
    if (k === 'sharepointIds') {
      out[k] = {
        listId: drive.list.id,
        ...(item.parent !== null ? { listItemId: String(item.listItemId) } : {}),
        listItemUniqueId: stableGuid(`unique:${item.id}`),
        siteId: drive.site.siteCollectionId,
        siteUrl: drive.site.webUrl,
        webId: drive.site.webId,
      };
    } else if (k in all) {
      out[k] = all[k];
    }
  }
  return out;
}

export function fieldsJson(item: ItemRecord): Record<string, unknown> {
  return {
    '@odata.etag': eTag(item),
    id: String(item.listItemId),
    ContentType: CONTENT_TYPES[item.kind].name,
    Created: iso(item.createdDateTime),
    Modified: iso(item.lastModifiedDateTime),
    FileLeafRef: item.name,
    ...Object.fromEntries(item.fields),
    ...(item.kind === 'file'
      ? { FileSizeDisplay: String(item.content.length) }
      : {
          ItemChildCount: String(
            [...item.children.values()].filter((c) => c.kind === 'file').length,
          ),
          FolderChildCount: String(
            [...item.children.values()].filter((c) => c.kind === 'folder').length,
          ),
        }),
    _UIVersionString: `${item.version}.0`,
  };
}

export function listItemJson(
  store: DriveStore,
  item: ItemRecord,
  expand: { fields: boolean; driveItem: boolean },
): Record<string, unknown> {
  const site = item.drive.site;
  return {
    '@odata.etag': eTag(item),
    createdDateTime: iso(item.createdDateTime),
    eTag: eTag(item),
    id: String(item.listItemId),
    lastModifiedDateTime: iso(item.lastModifiedDateTime),
    webUrl: webUrlOf(store, item),
    createdBy: identityJson(item.createdBy),
    lastModifiedBy: identityJson(item.lastModifiedBy),
    parentReference: { id: item.drive.list.id, siteId: site.id },
    contentType: CONTENT_TYPES[item.kind],
    ...(expand.fields ? { fields: fieldsJson(item) } : {}),
    ...(expand.driveItem ? { driveItem: driveItemJson(store, item, null) } : {}),
  };
}

/** `$expand=fields`, `driveItem` (what list items take here); 400 for anything else. */
export function listItemExpand(ctx: Ctx): { fields: boolean; driveItem: boolean } {
  const out = { fields: false, driveItem: false };
  const raw = q(ctx, '$expand') ?? q(ctx, 'expand');
  for (const clause of parseExpand(raw)) {
    const name = clause.name.toLowerCase();
    if (clause.filter !== null || (name !== 'fields' && name !== 'driveitem')) {
      throw invalidRequest(`The Graph emulator does not implement $expand=${clause.name} here.`);
    }
    if (name === 'fields') out.fields = true;
    else out.driveItem = true;
  }
  return out;
}

export function driveItemSelect(ctx: Ctx): string[] | null {
  return parseSelect(q(ctx, '$select'), DRIVE_ITEM_SELECTABLE, 'driveItem');
}
