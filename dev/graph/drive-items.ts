/**
 * The drive item endpoints of the emulator's SharePoint (drive.ts): items
 * addressed by id or path, children, folders, content up- and download,
 * renames, deletes and the start of upload sessions.
 */

import { driveItemNotFound, invalidRequest } from './drive-store';
import type { ItemRecord, DriveStore, DriveRecord, UploadSessionRecord } from './drive-store';
import { segmentNotFound } from './errors';
import { ctxUrl, requireMethod, jsonObject, q } from './context';
import type { Ctx, Answer } from './context';
import {
  answer,
  checkIfMatch,
  collection,
  conflictOf,
  done,
  mimeTypeOf,
  only,
  page,
  who,
} from './drive-answer';
import { driveItemJson, driveItemSelect, listItemExpand, listItemJson } from './drive-json';
import { fieldsRoute } from './drive-lists';

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
export function address(store: DriveStore, drive: DriveRecord, segs: readonly string[]): Address {
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

export function itemRoutes(ctx: Ctx, store: DriveStore, drive: DriveRecord, at: Address): Answer {
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

export function sessionJson(s: UploadSessionRecord, store: DriveStore): Record<string, unknown> {
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
