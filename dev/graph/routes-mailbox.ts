/**
 * A mailbox's settings in the Graph emulator (routes.ts): mail folders,
 * master categories (read and created only by the owner or an application
 * token) and translateExchangeIds.
 */

import { accessDenied, itemNotFound, noProperty, GraphError, badRequest } from './errors';
import { toRestId, toEwsId } from './store';
import type { MailboxRecord, FolderRecord } from './store';
import { ewsId } from '../emulator/util';
import {
  requireMailAccess,
  allowOptions,
  ok,
  ctxUrl,
  usersRef,
  access,
  requireMethod,
  jsonObject,
  readEnum,
} from './context';
import type { Ctx, Answer } from './context';

export function folderJson(mb: MailboxRecord, f: FolderRecord): Record<string, unknown> {
  const items = [...mb.messages.values()].filter((m) => m.folder === f.name);
  return {
    id: f.id,
    displayName: f.displayName,
    parentFolderId: toRestId(ewsId('item', `folder:${mb.address.toLowerCase()}:root`)),
    childFolderCount: 0,
    unreadItemCount: items.filter((m) => !m.isRead).length,
    totalItemCount: items.length,
    isHidden: false,
  };
}

export function listFolders(ctx: Ctx, mb: MailboxRecord): Answer {
  requireMailAccess(ctx, mb);
  allowOptions(ctx, ['$select', '$top']);
  return ok({
    '@odata.context': ctxUrl(ctx, `${usersRef(mb)}/mailFolders`),
    value: [...mb.folders.values()].map((f) => folderJson(mb, f)),
  });
}

// ---------------------------------------------------------------- sendMail

// ---------------------------------------------------------------- master categories

const COLORS = ['none', ...Array.from({ length: 25 }, (_x, i) => `preset${i}`)];

export function masterCategories(ctx: Ctx, mb: MailboxRecord, id: string | undefined): Answer {
  // Mailbox settings: the owner or an application, never a delegate.
  const who = access(ctx, mb);
  if (who !== 'owner' && who !== 'app') throw accessDenied();
  const collection = `${usersRef(mb)}/outlook/masterCategories`;
  if (id !== undefined) {
    requireMethod(ctx, 'GET');
    const c = mb.categories.find((x) => x.id === id);
    if (!c) throw itemNotFound();
    return ok({ '@odata.context': ctxUrl(ctx, `${collection}/$entity`), ...c });
  }
  if (ctx.method === 'GET') {
    allowOptions(ctx, ['$select', '$top', '$filter']);
    return ok({
      '@odata.context': ctxUrl(ctx, collection),
      value: mb.categories.map((c) => ({ ...c })),
    });
  }
  requireMethod(ctx, 'POST');
  const body = jsonObject(ctx.body);
  for (const k of Object.keys(body)) {
    if (k !== 'displayName' && k !== 'color' && !k.startsWith('@odata.')) {
      throw noProperty(k, 'outlookCategory');
    }
  }
  const name = body['displayName'];
  if (typeof name !== 'string' || name.trim() === '' || name.length > 255) {
    throw new GraphError(400, 'ErrorInvalidRequest', 'displayName is required.');
  }
  const color = body['color'] === undefined ? 'none' : body['color'];
  if (typeof color !== 'string' || !COLORS.includes(color)) {
    throw new GraphError(
      400,
      'RequestBodyRead',
      `The value '${String(color)}' is not valid for color; use none or preset0 to preset24.`,
    );
  }
  if (mb.categories.some((c) => c.displayName.toLowerCase() === name.trim().toLowerCase())) {
    throw new GraphError(409, 'Conflict', `A category named '${name.trim()}' already exists.`);
  }
  const c = ctx.store.addCategory(mb, name.trim(), color);
  ctx.applied = true;
  return {
    status: 201,
    json: { '@odata.context': ctxUrl(ctx, `${collection}/$entity`), ...c },
  };
}

// ---------------------------------------------------------------- ids, people

export function translateIds(ctx: Ctx, mb: MailboxRecord): Answer {
  requireMailAccess(ctx, mb);
  const body = jsonObject(ctx.body);
  const inputIds = body['inputIds'];
  if (
    !Array.isArray(inputIds) ||
    inputIds.length === 0 ||
    inputIds.length > 1000 ||
    inputIds.some((x) => typeof x !== 'string')
  ) {
    throw badRequest('inputIds must be 1 to 1000 strings.');
  }
  const formats = ['ewsId', 'restId'] as const;
  const source = readEnum(body['sourceIdType'], 'sourceIdType', formats);
  const target = readEnum(body['targetIdType'], 'targetIdType', formats);
  return ok({
    '@odata.context': ctxUrl(ctx, 'Collection(microsoft.graph.convertIdResult)'),
    value: (inputIds as string[]).map((id) => {
      const rest = source === 'restId' ? id : toRestId(id);
      return { targetId: target === 'restId' ? rest : toEwsId(rest), sourceId: id };
    }),
  });
}
