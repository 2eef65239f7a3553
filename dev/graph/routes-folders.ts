/**
 * Folders a mailbox's users make, and a user's manager, in the Graph
 * emulator (routes.ts):
 *
 * - `GET /{mb}/mailFolders?$filter=displayName eq '…'` finds a folder by
 *   its name (Graph compares without case);
 * - `POST /{mb}/mailFolders` `{ displayName }` makes one under the
 *   mailbox's root: 201 `mailFolder`; a name already taken (without case)
 *   → 409 `ErrorFolderExists`, as Exchange answers two panes that make the
 *   same folder at once;
 * - `GET /me/manager`, `GET /users/{id}/manager`: 200 the manager's user
 *   object, or 404 `Request_ResourceNotFound` when the directory names none.
 */

import { badRequest, GraphError, noProperty, resourceNotFound } from './errors';
import { compileFilter } from './odata-filter';
import type { FilterSchema } from './odata-filter';
import { parseSelect } from './odata';
import { USER_SELECTABLE, userJson } from './store';
import type { FolderRecord, MailboxRecord } from './store';
import {
  allowOptions,
  ctxUrl,
  inTenant,
  jsonObject,
  ok,
  q,
  requireMailAccess,
  requireMethod,
  usersRef,
} from './context';
import type { Answer, Ctx } from './context';
import { folderJson } from './routes-mailbox';

const FOLDER_SCHEMA: FilterSchema<FolderRecord> = {
  type: 'mailFolder',
  fields: {
    displayname: { type: 'string', get: (f) => f.displayName },
    id: { type: 'string', get: (f) => f.id },
  },
};

/** The longest folder name Exchange takes. */
const NAME_LIMIT = 255;

/** `GET /{mb}/mailFolders` (with `$filter` on displayName) and `POST /{mb}/mailFolders`. */
export function mailFolders(ctx: Ctx, mb: MailboxRecord): Answer {
  requireMailAccess(ctx, mb);
  if (ctx.method === 'POST') return createFolder(ctx, mb);
  requireMethod(ctx, 'GET');
  allowOptions(ctx, ['$select', '$top', '$filter']);
  const filter = q(ctx, '$filter');
  // Strings compare without case, as Graph compares folder names.
  const keep = filter === null ? () => true : compileFilter(filter, FOLDER_SCHEMA);
  return ok({
    '@odata.context': ctxUrl(ctx, `${usersRef(mb)}/mailFolders`),
    value: [...mb.folders.values()].filter((f) => keep(f)).map((f) => folderJson(mb, f)),
  });
}

function createFolder(ctx: Ctx, mb: MailboxRecord): Answer {
  allowOptions(ctx, []);
  const body = jsonObject(ctx.body);
  for (const k of Object.keys(body)) {
    if (k !== 'displayName' && k !== 'isHidden' && !k.startsWith('@odata.')) {
      throw noProperty(k, 'mailFolder');
    }
  }
  const name = body['displayName'];
  if (typeof name !== 'string' || name.trim() === '' || name.length > NAME_LIMIT) {
    throw badRequest('displayName is required.');
  }
  const taken = [...mb.folders.values()].some(
    (f) => f.displayName.toLowerCase() === name.toLowerCase(),
  );
  if (taken) {
    throw new GraphError(
      409,
      'ErrorFolderExists',
      'A folder with the specified name already exists.',
    );
  }
  const folder = ctx.store.addFolder(mb, name);
  ctx.applied = true;
  return {
    status: 201,
    json: {
      '@odata.context': ctxUrl(ctx, `${usersRef(mb)}/mailFolders/$entity`),
      ...folderJson(mb, folder),
    },
  };
}

/** `GET /{mb}/manager`: the mailbox owner's manager, in the caller's tenant. */
export function manager(ctx: Ctx, mb: MailboxRecord): Answer {
  requireMethod(ctx, 'GET');
  allowOptions(ctx, ['$select']);
  const select = parseSelect(q(ctx, '$select'), USER_SELECTABLE, 'user');
  const boss = ctx.store.manager(mb.user);
  if (!boss || !inTenant(ctx, boss)) throw resourceNotFound('manager');
  const entity = select
    ? `directoryObjects(${select.join(',')})/$entity`
    : 'directoryObjects/$entity';
  return ok({
    '@odata.context': ctxUrl(ctx, entity),
    '@odata.type': '#microsoft.graph.user',
    ...userJson(boss, select),
  });
}
