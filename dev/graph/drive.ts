/**
 * The SharePoint endpoints of the Graph emulator (sites, document
 * libraries, folders, files, list item fields, upload sessions), answered
 * from the library store (drive-store.ts) in Graph v1.0's documented shapes.
 * See dev/graph/README.md, section SharePoint.
 *
 * Who may do what: the users of the site's tenant (its example profile) read
 * and write; anyone else gets 403 `accessDenied`; an application token
 * (Sites.ReadWrite.All) reaches every site. Upload sessions' URLs carry
 * their own authorisation and refuse a request that brings an Authorization
 * header (401), as Graph documents.
 */
import { stableGuid } from '../emulator/util';
import { drivesOf, driveItemNotFound, invalidRequest, siteAccessDenied } from './drive-store';
import type {
  ColumnRecord,
  ConflictBehavior,
  DriveRecord,
  DriveStore,
  Identity,
  ItemRecord,
  ListRecord,
  SiteRecord,
  UploadSessionRecord,
} from './drive-store';
import { GraphError, segmentNotFound } from './errors';
import { compileFilter, intOption, parseExpand, parseFilter, parseSelect } from './odata';
import type { FieldType, FieldValue, FilterAst, FilterSchema } from './odata';
import { ctxUrl, jsonObject, q, requireMethod } from './context';
import type { Answer, Ctx } from './context';

const PAGE = 200;
const MAX_PAGE = 999;
const HONOR_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';

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
const CONTENT_TYPES = {
  file: { id: '0x0101', name: 'Document' },
  folder: { id: '0x0120', name: 'Folder' },
} as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  pdf: 'application/pdf',
  txt: 'text/plain',
  htm: 'text/html',
  html: 'text/html',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  zip: 'application/x-zip-compressed',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

// ---------------------------------------------------------------- helpers

const answer = (status: number, json?: unknown, headers: Record<string, string> = {}): Answer =>
  json === undefined ? { status, headers } : { status, json, headers };

/** Refuse query options the route does not read (a guess would mislead a test). */
function only(ctx: Ctx, allowed: readonly string[]): void {
  for (const k of ctx.query.keys()) {
    const key = k.toLowerCase();
    if ((key.startsWith('$') || key.startsWith('@')) && !allowed.includes(key)) {
      throw invalidRequest(`The query option '${k}' is not supported here.`);
    }
  }
}

function done(ctx: Ctx): void {
  ctx.applied = true;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

function who(ctx: Ctx): Identity {
  const p = ctx.principal;
  if (p?.kind === 'user') {
    return { id: p.user.id, displayName: p.user.displayName, email: p.user.mail };
  }
  const name = p?.kind === 'app' ? p.name : 'anonymous';
  return { id: stableGuid(`app:${name}`), displayName: name, email: null };
}

function identityJson(i: Identity): Record<string, unknown> {
  return {
    user: { ...(i.email !== null ? { email: i.email } : {}), id: i.id, displayName: i.displayName },
  };
}

function requireAccess(ctx: Ctx, site: SiteRecord): void {
  const p = ctx.principal;
  if (p?.kind === 'app') return;
  if (p?.kind === 'user' && p.user.profile === site.tenant) return;
  throw siteAccessDenied();
}

function conflictOf(value: unknown, fallback: ConflictBehavior): ConflictBehavior {
  if (value === undefined || value === null) return fallback;
  if (value === 'fail' || value === 'replace' || value === 'rename') return value;
  throw invalidRequest(`Invalid value '${String(value)}' for @microsoft.graph.conflictBehavior.`);
}

/** If-Match: `*` or the item's eTag (an entity tag has a comma in it: read tags, not commas). */
function checkIfMatch(ctx: Ctx, item: ItemRecord): void {
  const header = ctx.headers['if-match'];
  if (header === undefined) return;
  const tags = header.match(/\*|(?:W\/)?"[^"]*"/gi) ?? [];
  const ok = tags.some((t) => t === '*' || t.replace(/^W\//i, '') === eTag(item));
  if (!ok) {
    throw new GraphError(
      412,
      'resourceModified',
      'ETag does not match the current item value. The resource has changed since it was last read.',
    );
  }
}

function eTag(item: ItemRecord): string {
  return `"{${stableGuid(item.id).toUpperCase()}},${item.version}"`;
}

function cTag(item: ItemRecord): string {
  return `"c:{${stableGuid(item.id).toUpperCase()}},${item.contentVersion}"`;
}

/** The same request's URL with other query options: the next page. */
function nextLink(ctx: Ctx, set: Record<string, string>): string {
  const query = new Map<string, string>();
  for (const [k, v] of ctx.query) query.set(k, v);
  for (const [k, v] of Object.entries(set)) query.set(k, v);
  const path = ctx.segments.map((s) => encodeURIComponent(s)).join('/');
  const text = [...query].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `${ctx.base}/${path}?${text}`;
}

/** `$top` and `$skiptoken` over a list: the page and the link to the next one. */
function page<T>(ctx: Ctx, all: readonly T[]): { items: T[]; next: string | null } {
  const top = intOption('$top', q(ctx, '$top'), PAGE, 1, MAX_PAGE);
  const skip = intOption('$skiptoken', q(ctx, '$skiptoken'), 0, 0, Number.MAX_SAFE_INTEGER);
  const items = all.slice(skip, skip + top);
  const next =
    skip + top < all.length
      ? nextLink(ctx, { $top: String(top), $skiptoken: String(skip + top) })
      : null;
  return { items, next };
}

function collection(
  ctx: Ctx,
  fragment: string,
  value: unknown[],
  next: string | null = null,
): Answer {
  return answer(200, {
    '@odata.context': ctxUrl(ctx, fragment),
    value,
    ...(next !== null ? { '@odata.nextLink': next } : {}),
  });
}

function mimeTypeOf(name: string): string {
  const ext = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
  return MIME_TYPES[ext] ?? 'application/octet-stream';
}

// ---------------------------------------------------------------- JSON shapes

function siteJson(site: SiteRecord): Record<string, unknown> {
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

function driveJson(drive: DriveRecord): Record<string, unknown> {
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

function columnJson(c: ColumnRecord): Record<string, unknown> {
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

function listJson(list: ListRecord, columns: boolean): Record<string, unknown> {
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

function driveItemJson(
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

function fieldsJson(item: ItemRecord): Record<string, unknown> {
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

function listItemJson(
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
function listItemExpand(ctx: Ctx): { fields: boolean; driveItem: boolean } {
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

function driveItemSelect(ctx: Ctx): string[] | null {
  return parseSelect(q(ctx, '$select'), DRIVE_ITEM_SELECTABLE, 'driveItem');
}

// ---------------------------------------------------------------- /sites

/**
 * `/sites/{hostname}:/{path}[:/…]` or `/sites/{site-id}/…`: the site, its
 * libraries (`drives`, `drive`), its lists with columns and items.
 */
export function siteRoutes(ctx: Ctx, segs: readonly string[]): Answer {
  const store = drivesOf(ctx.store);
  const [ref] = segs;
  if (ref === undefined) throw invalidRequest('Searching for sites is not emulated.');
  let site: SiteRecord | undefined;
  let rest: readonly string[];
  if (ref.endsWith(':')) {
    const path: string[] = [];
    let i = 1;
    for (; i < segs.length; i++) {
      const s = segs[i] as string;
      if (s.endsWith(':')) {
        path.push(s.slice(0, -1));
        i++;
        break;
      }
      path.push(s);
    }
    site = path.length > 0 ? store.siteByPath(ref.slice(0, -1), path.join('/')) : undefined;
    rest = segs.slice(i);
  } else {
    site = store.siteById(ref);
    rest = segs.slice(1);
  }
  if (!site) throw new GraphError(404, 'itemNotFound', 'Requested site could not be found');
  requireAccess(ctx, site);
  const [a, b, ...more] = rest;
  if (a === undefined) {
    requireMethod(ctx, 'GET');
    return answer(200, { '@odata.context': ctxUrl(ctx, 'sites/$entity'), ...siteJson(site) });
  }
  switch (a.toLowerCase()) {
    case 'drives': {
      if (b === undefined) {
        requireMethod(ctx, 'GET');
        only(ctx, []);
        return collection(ctx, 'drives', site.drives.map(driveJson));
      }
      const drive = site.drives.find((d) => d.id === b);
      if (!drive) throw driveItemNotFound();
      return driveRoutes(ctx, store, drive, more);
    }
    case 'drive':
      return driveRoutes(
        ctx,
        store,
        site.drives[0] as DriveRecord,
        b === undefined ? [] : [b, ...more],
      );
    case 'lists': {
      if (b === undefined) {
        requireMethod(ctx, 'GET');
        only(ctx, []);
        return collection(
          ctx,
          `sites('${site.id}')/lists`,
          site.drives.map((d) => listJson(d.list, false)),
        );
      }
      const list = store.list(site, b);
      if (!list) throw driveItemNotFound();
      return listRoutes(ctx, store, list, more);
    }
    default:
      throw segmentNotFound(a);
  }
}

// ---------------------------------------------------------------- lists

function listRoutes(
  ctx: Ctx,
  store: DriveStore,
  list: ListRecord,
  segs: readonly string[],
): Answer {
  const [a, id, c, ...more] = segs;
  if (more.length > 0) throw segmentNotFound(more[0] as string);
  const listRef = `sites('${list.drive.site.id}')/lists('${list.id}')`;
  if (a === undefined) {
    requireMethod(ctx, 'GET');
    only(ctx, ['$expand', '$select']);
    const columns = parseExpand(q(ctx, '$expand')).some((e) => e.name.toLowerCase() === 'columns');
    return answer(200, {
      '@odata.context': ctxUrl(ctx, `sites('${list.drive.site.id}')/lists/$entity`),
      ...listJson(list, columns),
    });
  }
  switch (a.toLowerCase()) {
    case 'columns':
      if (id !== undefined) throw segmentNotFound(id);
      requireMethod(ctx, 'GET');
      only(ctx, []);
      return collection(ctx, `${listRef}/columns`, list.columns.map(columnJson));
    case 'drive':
      if (id !== undefined) throw segmentNotFound(id);
      requireMethod(ctx, 'GET');
      return answer(200, {
        '@odata.context': ctxUrl(ctx, 'drives/$entity'),
        ...driveJson(list.drive),
      });
    case 'items': {
      if (id === undefined) {
        requireMethod(ctx, 'GET');
        return listItems(ctx, store, list, listRef);
      }
      const item = store.listItem(list.drive, id);
      return listItemRoutes(ctx, store, item, c === undefined ? [] : [c], `${listRef}/items`);
    }
    default:
      throw segmentNotFound(a);
  }
}

/** The list items of a library: `$expand`, `$filter` on `fields/…`, `$top`, `$skiptoken`. */
function listItems(ctx: Ctx, store: DriveStore, list: ListRecord, listRef: string): Answer {
  only(ctx, ['$expand', 'expand', '$filter', '$top', '$skiptoken']);
  const expand = listItemExpand(ctx);
  let items = store.listItems(list.drive);
  const filter = q(ctx, '$filter');
  if (filter !== null) {
    const honour = (ctx.headers['prefer'] ?? '').toLowerCase().includes(HONOR_NON_INDEXED);
    checkFilter(parseFilter(filter), list, honour);
    const pred = compileFilter(filter, fieldSchema(list));
    items = items.filter(pred);
  }
  const { items: shown, next } = page(ctx, items);
  return collection(
    ctx,
    `${listRef}/items`,
    shown.map((i) => listItemJson(store, i, expand)),
    next,
  );
}

function pathsOf(ast: FilterAst): string[] {
  switch (ast.k) {
    case 'and':
    case 'or':
      return [...pathsOf(ast.a), ...pathsOf(ast.b)];
    case 'not':
      return pathsOf(ast.a);
    case 'cmp':
    case 'fn':
      return [ast.left, ast.right].flatMap((o) => (o.k === 'path' ? [o.path] : []));
    case 'lambda':
      throw invalidRequest('Lambda expressions are not supported on list items.');
  }
}

/**
 * Every name in the filter is `fields/<column>` of this list, and indexed
 * unless the request says it accepts a query that may fail on a large list.
 */
function checkFilter(ast: FilterAst, list: ListRecord, honourNonIndexed: boolean): void {
  for (const path of pathsOf(ast)) {
    const m = /^fields\/(.+)$/i.exec(path);
    const column = m
      ? list.columns.find((c) => c.name.toLowerCase() === (m[1] as string).toLowerCase())
      : undefined;
    if (!column) throw invalidRequest(`Field '${m ? m[1] : path}' is not recognized`);
    if (!column.indexed && !honourNonIndexed) {
      throw invalidRequest(
        `Field '${column.name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
  }
}

const FIELD_TYPES: Readonly<Record<ColumnRecord['type'], FieldType>> = {
  text: 'string',
  choice: 'string',
  number: 'number',
  dateTime: 'date',
};

function fieldSchema(list: ListRecord): FilterSchema<ItemRecord> {
  const builtIn: Readonly<Record<string, (i: ItemRecord) => FieldValue>> = {
    FileLeafRef: (i) => i.name,
    ContentType: (i) => CONTENT_TYPES[i.kind].name,
    Created: (i) => i.createdDateTime,
    Modified: (i) => i.lastModifiedDateTime,
  };
  const fields: Record<string, { type: FieldType; get: (i: ItemRecord) => FieldValue }> = {};
  for (const c of list.columns) {
    const get =
      builtIn[c.name] ??
      ((i: ItemRecord) => {
        const v = i.fields.get(c.name);
        return c.type === 'dateTime' && typeof v === 'string' ? Date.parse(v) : v;
      });
    fields[`fields/${c.name.toLowerCase()}`] = { type: FIELD_TYPES[c.type], get };
  }
  return { type: 'listItem', fields };
}

function listItemRoutes(
  ctx: Ctx,
  store: DriveStore,
  item: ItemRecord,
  segs: readonly string[],
  itemsRef: string,
): Answer {
  const [a] = segs;
  if (a === undefined) {
    requireMethod(ctx, 'GET');
    only(ctx, ['$expand', 'expand']);
    return answer(200, {
      '@odata.context': ctxUrl(ctx, `${itemsRef}/$entity`),
      ...listItemJson(store, item, listItemExpand(ctx)),
    });
  }
  switch (a.toLowerCase()) {
    case 'fields':
      return fieldsRoute(ctx, item, `${itemsRef}('${item.listItemId}')/fields/$entity`);
    case 'driveitem':
      requireMethod(ctx, 'GET');
      only(ctx, ['$select']);
      return answer(200, {
        '@odata.context': ctxUrl(ctx, `drives('${item.drive.id}')/items/$entity`),
        ...driveItemJson(store, item, driveItemSelect(ctx)),
      });
    default:
      throw segmentNotFound(a);
  }
}

/** GET or PATCH (If-Match honoured) a list item's fields. */
function fieldsRoute(ctx: Ctx, item: ItemRecord, fragment: string): Answer {
  requireMethod(ctx, 'GET', 'PATCH');
  only(ctx, []);
  if (ctx.method === 'PATCH') {
    checkIfMatch(ctx, item);
    drivesOf(ctx.store).setFields(item, jsonObject(ctx.body), who(ctx), ctx.now.getTime());
    done(ctx);
  }
  return answer(200, { '@odata.context': ctxUrl(ctx, fragment), ...fieldsJson(item) });
}

// ---------------------------------------------------------------- /drives

/** `/drives/{drive-id}/…`. */
export function drivesRoutes(ctx: Ctx, segs: readonly string[]): Answer {
  const store = drivesOf(ctx.store);
  const [id, ...rest] = segs;
  if (id === undefined) throw invalidRequest('Listing every drive is not emulated.');
  const drive = store.drive(id);
  if (!drive) throw driveItemNotFound();
  requireAccess(ctx, drive.site);
  return driveRoutes(ctx, store, drive, rest);
}

function driveRoutes(
  ctx: Ctx,
  store: DriveStore,
  drive: DriveRecord,
  segs: readonly string[],
): Answer {
  const [a, ...more] = segs;
  if (a === undefined) {
    requireMethod(ctx, 'GET');
    only(ctx, []);
    return answer(200, {
      '@odata.context': ctxUrl(ctx, 'drives/$entity'),
      ...driveJson(drive),
    });
  }
  if (a.toLowerCase() === 'list') {
    if (more.length === 0) {
      requireMethod(ctx, 'GET');
      only(ctx, ['$expand', '$select']);
      const columns = parseExpand(q(ctx, '$expand')).some(
        (e) => e.name.toLowerCase() === 'columns',
      );
      return answer(200, {
        '@odata.context': ctxUrl(ctx, `drives('${drive.id}')/list/$entity`),
        ...listJson(drive.list, columns),
      });
    }
    return listRoutes(ctx, store, drive.list, more);
  }
  return itemRoutes(ctx, store, drive, address(store, drive, segs));
}

interface Address {
  /** The item the path names; null when its last name is not there (yet). */
  readonly target: ItemRecord | null;
  /** Where a new item of that name would go. */
  readonly parent: ItemRecord | null;
  readonly name: string;
  /** What follows the item: children, content, listItem, … */
  readonly rest: readonly string[];
  /** Named by a path (`root:/a/b:`), not by id. */
  readonly byPath: boolean;
}

/**
 * `root`, `items/{id}`, `root:/a/b.pdf[:]` and `items/{id}:/a/b.pdf[:]` (the
 * emulator's segments are decoded, so `b.pdf:` closes the path).
 */
function address(store: DriveStore, drive: DriveRecord, segs: readonly string[]): Address {
  const [a, b] = segs;
  let base: ItemRecord;
  let i: number;
  let byPath: boolean;
  if (a === 'root' || a === 'root:') {
    base = drive.root;
    i = 1;
    byPath = a === 'root:';
  } else if (a?.toLowerCase() === 'items' && b !== undefined) {
    byPath = b.endsWith(':');
    base = store.item(drive, byPath ? b.slice(0, -1) : b);
    i = 2;
  } else {
    throw segmentNotFound(a ?? '');
  }
  if (!byPath)
    return { target: base, parent: base.parent, name: base.name, rest: segs.slice(i), byPath };
  const names: string[] = [];
  for (; i < segs.length; i++) {
    const s = segs[i] as string;
    if (s.endsWith(':')) {
      names.push(s.slice(0, -1));
      i++;
      break;
    }
    names.push(s);
  }
  if (names.length === 0) {
    return { target: base, parent: base.parent, name: base.name, rest: segs.slice(i), byPath };
  }
  const parent = store.walk(base, names.slice(0, -1));
  if (!parent || parent.kind !== 'folder') throw driveItemNotFound();
  const name = names[names.length - 1] as string;
  return { target: store.walk(parent, [name]), parent, name, rest: segs.slice(i), byPath };
}

function found(item: ItemRecord | null): ItemRecord {
  if (!item) throw driveItemNotFound();
  return item;
}

function itemAnswer(ctx: Ctx, store: DriveStore, item: ItemRecord, status = 200): Answer {
  return answer(status, {
    '@odata.context': ctxUrl(ctx, `drives('${item.drive.id}')/items/$entity`),
    ...driveItemJson(store, item, driveItemSelect(ctx)),
  });
}

function itemRoutes(ctx: Ctx, store: DriveStore, drive: DriveRecord, at: Address): Answer {
  const [a, ...more] = at.rest;
  if (more.length > 0) {
    if (
      a?.toLowerCase() === 'listitem' &&
      more.length === 1 &&
      more[0]?.toLowerCase() === 'fields'
    ) {
      const item = found(at.target);
      if (!item.parent) throw driveItemNotFound();
      return fieldsRoute(
        ctx,
        item,
        `drives('${drive.id}')/items('${item.id}')/listItem/fields/$entity`,
      );
    }
    throw segmentNotFound(more[0] as string);
  }
  if (a === undefined) return oneItem(ctx, store, found(at.target));
  const search = /^search\(q='((?:[^']|'')*)'\)$/i.exec(a);
  if (search) {
    requireMethod(ctx, 'GET');
    only(ctx, ['$select', '$top', '$skiptoken']);
    const q = (search[1] as string).replace(/''/g, "'");
    const select = driveItemSelect(ctx);
    const { items, next } = page(ctx, store.search(found(at.target), q));
    return collection(
      ctx,
      'Collection(driveItem)',
      items.map((i) => driveItemJson(store, i, select)),
      next,
    );
  }
  switch (a.toLowerCase()) {
    case 'children':
      return children(ctx, store, found(at.target));
    case 'content':
      return content(ctx, store, at);
    case 'createuploadsession':
      requireMethod(ctx, 'POST');
      return createUploadSession(ctx, store, at);
    case 'listitem': {
      requireMethod(ctx, 'GET');
      only(ctx, ['$expand', 'expand']);
      const item = found(at.target);
      if (!item.parent) throw driveItemNotFound();
      const site = drive.site;
      return answer(200, {
        '@odata.context': ctxUrl(
          ctx,
          `sites('${site.id}')/lists('${drive.list.id}')/items/$entity`,
        ),
        ...listItemJson(store, item, listItemExpand(ctx)),
      });
    }
    default:
      throw segmentNotFound(a);
  }
}

/** GET, PATCH (rename; If-Match), DELETE (If-Match) one item. */
function oneItem(ctx: Ctx, store: DriveStore, item: ItemRecord): Answer {
  requireMethod(ctx, 'GET', 'PATCH', 'DELETE');
  if (ctx.method === 'GET') {
    only(ctx, ['$select']);
    return itemAnswer(ctx, store, item);
  }
  only(ctx, ['@microsoft.graph.conflictbehavior']);
  checkIfMatch(ctx, item);
  if (ctx.method === 'DELETE') {
    store.remove(item);
    done(ctx);
    return answer(204);
  }
  const body = jsonObject(ctx.body);
  for (const k of Object.keys(body)) {
    if (k !== 'name' && k !== '@microsoft.graph.conflictBehavior') {
      throw invalidRequest(`The Graph emulator only renames items (PATCH name), not '${k}'.`);
    }
  }
  if (typeof body['name'] !== 'string') throw invalidRequest('"name" must be a string.');
  const conflict = conflictOf(
    body['@microsoft.graph.conflictBehavior'] ?? q(ctx, '@microsoft.graph.conflictbehavior'),
    'fail',
  );
  store.rename(item, body['name'], conflict, who(ctx), ctx.now.getTime());
  done(ctx);
  return itemAnswer(ctx, store, item);
}

/** GET the children (paged, `$select`), POST a folder. */
function children(ctx: Ctx, store: DriveStore, folder: ItemRecord): Answer {
  requireMethod(ctx, 'GET', 'POST');
  if (folder.kind !== 'folder') throw invalidRequest('The item is not a folder.');
  if (ctx.method === 'GET') {
    only(ctx, ['$select', '$top', '$skiptoken']);
    const select = driveItemSelect(ctx);
    const all = [...folder.children.values()].sort((a, b) => a.listItemId - b.listItemId);
    const { items, next } = page(ctx, all);
    return collection(
      ctx,
      `drives('${folder.drive.id}')/items('${folder.id}')/children`,
      items.map((i) => driveItemJson(store, i, select)),
      next,
    );
  }
  only(ctx, ['@microsoft.graph.conflictbehavior']);
  const body = jsonObject(ctx.body);
  if (typeof body['name'] !== 'string') throw invalidRequest('"name" must be a string.');
  if (typeof body['folder'] !== 'object' || body['folder'] === null) {
    throw invalidRequest(
      'The Graph emulator creates folders here ({ name, folder: {} }); files are uploaded to …:/name:/content.',
    );
  }
  const conflict = conflictOf(
    body['@microsoft.graph.conflictBehavior'] ?? q(ctx, '@microsoft.graph.conflictbehavior'),
    'fail',
  );
  const { item, created } = store.createFolder(
    folder,
    body['name'],
    conflict,
    who(ctx),
    ctx.now.getTime(),
  );
  if (created) done(ctx);
  return itemAnswer(ctx, store, item, created ? 201 : 200);
}

/** GET a file's bytes; PUT them (new file 201, replaced 200; conflictBehavior in the query). */
function content(ctx: Ctx, store: DriveStore, at: Address): Answer {
  requireMethod(ctx, 'GET', 'PUT');
  if (ctx.method === 'GET') {
    only(ctx, []);
    const item = found(at.target);
    if (item.kind !== 'file') throw invalidRequest('A folder has no content.');
    // Graph answers 302 to a pre-authenticated download URL; fetch follows it to these bytes.
    return { status: 200, bytes: item.content, headers: { 'content-type': item.mimeType } };
  }
  only(ctx, ['@microsoft.graph.conflictbehavior']);
  const now = ctx.now.getTime();
  if (at.target && !at.byPath) {
    store.replaceContent(at.target, ctx.bytes, mimeTypeOf(at.target.name), who(ctx), now);
    done(ctx);
    return itemAnswer(ctx, store, at.target);
  }
  const conflict = conflictOf(q(ctx, '@microsoft.graph.conflictbehavior'), 'replace');
  const parent = found(at.parent);
  const { item, created } = store.writeFile(
    parent,
    at.name,
    ctx.bytes,
    mimeTypeOf(at.name),
    conflict,
    who(ctx),
    now,
  );
  done(ctx);
  return itemAnswer(ctx, store, item, created ? 201 : 200);
}

function uploadUrl(ctx: Ctx, s: UploadSessionRecord): string {
  return `${ctx.base.replace(/\/v1\.0$/i, '')}/upload/drive/${s.id}`;
}

function sessionJson(s: UploadSessionRecord, store: DriveStore): Record<string, unknown> {
  return {
    expirationDateTime: new Date(s.expires).toISOString(),
    nextExpectedRanges: store.nextExpectedRanges(s),
  };
}

/** POST …:/name:/createUploadSession (a new file) or /items/{id}/createUploadSession (its new content). */
function createUploadSession(ctx: Ctx, store: DriveStore, at: Address): Answer {
  only(ctx, []);
  const body = ctx.body.trim() === '' ? {} : jsonObject(ctx.body);
  if (body['deferCommit'] === true) throw invalidRequest('deferCommit is not emulated.');
  const props = (body['item'] ?? {}) as Record<string, unknown>;
  if (typeof props !== 'object' || props === null)
    throw invalidRequest('"item" must be an object.');
  const update = at.target !== null && !at.byPath;
  const parent = update ? found(at.target).parent : found(at.parent);
  if (!parent) throw invalidRequest('The root has no content.');
  const name = update ? found(at.target).name : at.name;
  if (props['name'] !== undefined && props['name'] !== name) {
    throw invalidRequest('The name in the request body must be the name in the path.');
  }
  const size = props['fileSize'];
  if (size !== undefined && !(typeof size === 'number' && Number.isInteger(size) && size >= 0)) {
    throw invalidRequest('"fileSize" must be a whole number of bytes.');
  }
  const session = store.startUpload(parent, name, {
    conflict: conflictOf(props['@microsoft.graph.conflictBehavior'], update ? 'replace' : 'fail'),
    mimeType: mimeTypeOf(name),
    fileSize: typeof size === 'number' ? size : null,
    who: who(ctx),
    now: ctx.now.getTime(),
  });
  done(ctx);
  return answer(200, {
    '@odata.context': ctxUrl(ctx, 'microsoft.graph.uploadSession'),
    uploadUrl: uploadUrl(ctx, session),
    ...sessionJson(session, store),
  });
}

// ---------------------------------------------------------------- upload URLs

/**
 * `<prefix>/upload/drive/{session}`: PUT a range (`Content-Range: bytes
 * a-b/total`), GET what is still expected, DELETE to cancel. Without an
 * Authorization header: the URL is the authorisation.
 */
export function driveUpload(ctx: Ctx, segs: readonly string[]): Answer {
  const [id, ...more] = segs;
  if (id === undefined || more.length > 0) throw driveItemNotFound();
  if (ctx.headers['authorization'] !== undefined) {
    throw new GraphError(
      401,
      'unauthenticated',
      'The upload URL is pre-authenticated: send its requests without an Authorization header.',
    );
  }
  const store = drivesOf(ctx.store);
  const now = ctx.now.getTime();
  const session = store.session(id, now);
  requireMethod(ctx, 'GET', 'PUT', 'DELETE');
  if (ctx.method === 'GET') return answer(200, sessionJson(session, store));
  if (ctx.method === 'DELETE') {
    store.cancel(session);
    done(ctx);
    return answer(204);
  }
  const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec((ctx.headers['content-range'] ?? '').trim());
  const [start, end, total] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  if (!m || end < start || end >= total) {
    throw invalidRequest(
      'The Content-Range header is missing or is not bytes {start}-{end}/{total}.',
    );
  }
  const result = store.uploadRange(session, { start, end, total }, ctx.bytes, now);
  done(ctx);
  if (!result.done) return answer(202, sessionJson(session, store));
  return answer(result.created ? 201 : 200, driveItemJson(store, result.item, null));
}
