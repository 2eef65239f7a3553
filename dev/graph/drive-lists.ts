/**
 * The list endpoints of the emulator's SharePoint (drive.ts): a library's
 * list, its columns and items, $filter on fields (refused on columns that
 * are not indexed, as SharePoint does) and a list item's fields.
 */

import { invalidRequest, drivesOf } from './drive-store';
import type { DriveStore, ListRecord, ColumnRecord, ItemRecord } from './drive-store';
import { segmentNotFound } from './errors';
import { parseExpand, parseFilter, compileFilter } from './odata';
import type { FilterAst, FieldType, FilterSchema, FieldValue } from './odata';
import { requireMethod, q, ctxUrl, jsonObject } from './context';
import type { Ctx, Answer } from './context';
import { answer, checkIfMatch, collection, done, only, page, who } from './drive-answer';
import {
  CONTENT_TYPES,
  columnJson,
  driveItemJson,
  driveItemSelect,
  driveJson,
  fieldsJson,
  listItemExpand,
  listItemJson,
  listJson,
} from './drive-json';

const HONOR_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';

// ---------------------------------------------------------------- lists

export function listRoutes(
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
  dateTime: 'listDate',
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
export function fieldsRoute(ctx: Ctx, item: ItemRecord, fragment: string): Answer {
  requireMethod(ctx, 'GET', 'PATCH');
  only(ctx, []);
  if (ctx.method === 'PATCH') {
    checkIfMatch(ctx, item);
    drivesOf(ctx.store).setFields(item, jsonObject(ctx.body), who(ctx), ctx.now.getTime());
    done(ctx);
  }
  return answer(200, { '@odata.context': ctxUrl(ctx, fragment), ...fieldsJson(item) });
}
