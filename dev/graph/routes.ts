/**
 * The Graph v1.0 endpoints the read pane uses, answered from the store.
 * `dispatch` turns one request into one answer or throws a GraphError;
 * nothing here knows about sockets or faults (see emulator.ts).
 *
 * Who may do what, as in Exchange Online:
 * - a user reads and updates their own mailbox, and a function mailbox when
 *   they are a member of the group that has Full Access to it (otherwise 403
 *   ErrorAccessDenied);
 * - master categories are mailbox settings: only the owner (or an
 *   application token) reads or creates them; a delegate of a shared mailbox
 *   gets 403, which is why an administrator's script creates them;
 * - an application token (`test-app:…`) reaches every mailbox, but not /me.
 * - the directory (users, groups, people) is the signed-in user's tenant:
 *   the users of the same example profile.
 */

import { segmentNotFound, badRequest, invalidUser, resourceNotFound, itemNotFound } from './errors';
import { parseSelect } from './odata';
import { USER_SELECTABLE, userJson } from './store';
import type { MailboxRecord } from './store';
import { siteRoutes, drivesRoutes, driveUpload } from './drive';
import {
  authenticate,
  requireMethod,
  inTenant,
  requireMailAccess,
  allowOptions,
  q,
  ok,
  ctxUrl,
  usersRef,
} from './context';
import type { Ctx, Answer } from './context';
import { attachmentUpload, sendMail } from './mail';
import { messageRoutes } from './routes-messages';
import { folderJson, masterCategories, translateIds } from './routes-mailbox';
import { groupRoutes, listUsers, people } from './routes-directory';
import { mailFolders, manager } from './routes-folders';
import { batch } from './routes-batch';
import { messagesDelta } from './routes-delta';
import { adminRoutes } from './routes-trace';
import { calendarView, getMailTips, mailboxSettings } from './routes-settings';

export * from './context';

// ---------------------------------------------------------------- dispatch

export function dispatch(ctx: Ctx): Answer | Promise<Answer> {
  const [head, ...rest] = ctx.segments;
  if (head === undefined) throw segmentNotFound('');
  ctx.principal = authenticate(ctx.store, ctx.headers);
  switch (head.toLowerCase()) {
    case 'me': {
      if (ctx.principal.kind !== 'user') {
        throw badRequest('/me request is only valid with delegated authentication flow.');
      }
      const mb = ctx.store.mailbox(ctx.principal.user.mail);
      if (!mb) throw invalidUser(ctx.principal.user.userPrincipalName);
      return userRoutes(ctx, mb, rest, true);
    }
    case 'users': {
      const [who, ...more] = rest;
      if (who === undefined) {
        requireMethod(ctx, 'GET');
        return listUsers(ctx);
      }
      const user = ctx.store.user(who);
      if (!user || !inTenant(ctx, user)) {
        if (more.length === 0) throw resourceNotFound(who);
        throw invalidUser(who);
      }
      const mb = ctx.store.mailbox(user.mail);
      if (!mb) throw invalidUser(who);
      return userRoutes(ctx, mb, more, false);
    }
    case '$batch':
      return batch(ctx, rest, dispatch);
    case 'groups':
      return groupRoutes(ctx, rest);
    case 'sites':
      return siteRoutes(ctx, rest);
    case 'drives':
      return drivesRoutes(ctx, rest);
    case 'admin':
      return adminRoutes(ctx, rest);
    default:
      throw segmentNotFound(head);
  }
}

/** Upload sessions by the first segment of their URL's path (`/upload/<kind>/…`). */
const UPLOADS: Readonly<Record<string, (ctx: Ctx, rest: readonly string[]) => Answer>> = {
  mail: (ctx, rest) => attachmentUpload(ctx, rest),
  drive: (ctx, rest) => driveUpload(ctx, rest),
};

/**
 * A request to an upload session's URL (`<prefix>/upload/<kind>/…`). Graph
 * hands these out pre-authenticated, on another host than Graph itself; the
 * emulator serves them on its own origin, outside /v1.0. `ctx.segments` are
 * the decoded segments after /upload.
 */
export function dispatchUpload(ctx: Ctx): Answer {
  const [kind, ...rest] = ctx.segments;
  const route = kind === undefined ? undefined : UPLOADS[kind.toLowerCase()];
  if (!route) throw segmentNotFound(kind ?? 'upload');
  return route(ctx, rest);
}

function userRoutes(
  ctx: Ctx,
  mb: MailboxRecord,
  segs: readonly string[],
  me: boolean,
): Answer | Promise<Answer> {
  const [a, b, c, d] = segs;
  if (a?.toLowerCase() === 'messages' && b?.toLowerCase() === 'delta' && segs.length === 2) {
    return messagesDelta(ctx, mb, null);
  }
  if (
    a?.toLowerCase() === 'mailfolders' &&
    b !== undefined &&
    c?.toLowerCase() === 'messages' &&
    d?.toLowerCase() === 'delta' &&
    segs.length === 4
  ) {
    requireMailAccess(ctx, mb);
    const folder = ctx.store.folder(mb, b);
    if (!folder) throw itemNotFound();
    return messagesDelta(ctx, mb, folder);
  }
  if (a?.toLowerCase() === 'messages') return messageRoutes(ctx, mb, null, segs.slice(1));
  if (a?.toLowerCase() === 'mailfolders' && b !== undefined && c?.toLowerCase() === 'messages') {
    requireMailAccess(ctx, mb);
    const folder = ctx.store.folder(mb, b);
    if (!folder) throw itemNotFound();
    return messageRoutes(ctx, mb, folder, segs.slice(3));
  }
  if (segs.length > 4) throw segmentNotFound(segs[4] as string);
  if (a === undefined) {
    requireMethod(ctx, 'GET');
    allowOptions(ctx, ['$select']);
    const select = parseSelect(q(ctx, '$select'), USER_SELECTABLE, 'user');
    const entity = select ? `users(${select.join(',')})/$entity` : 'users/$entity';
    return ok({ '@odata.context': ctxUrl(ctx, entity), ...userJson(mb.user, select) });
  }
  switch (a.toLowerCase()) {
    case 'mailfolders': {
      if (b === undefined) return mailFolders(ctx, mb);
      requireMailAccess(ctx, mb);
      const folder = ctx.store.folder(mb, b);
      if (!folder) throw itemNotFound();
      if (c === undefined) {
        requireMethod(ctx, 'GET');
        return ok({
          '@odata.context': ctxUrl(ctx, `${usersRef(mb)}/mailFolders/$entity`),
          ...folderJson(mb, folder),
        });
      }
      throw segmentNotFound(c);
    }
    case 'manager':
      if (b !== undefined) throw segmentNotFound(b);
      return manager(ctx, mb);
    case 'sendmail':
      if (b !== undefined) throw segmentNotFound(b);
      requireMethod(ctx, 'POST');
      return sendMail(ctx, mb);
    case 'outlook':
      if (b?.toLowerCase() !== 'mastercategories') throw segmentNotFound(b ?? 'outlook');
      if (d !== undefined) throw segmentNotFound(d);
      return masterCategories(ctx, mb, c);
    case 'translateexchangeids':
      if (b !== undefined) throw segmentNotFound(b);
      requireMethod(ctx, 'POST');
      return translateIds(ctx, mb);
    case 'people':
      if (b !== undefined) throw segmentNotFound(b);
      requireMethod(ctx, 'GET');
      return people(ctx, mb, me);
    case 'mailboxsettings':
      if (c !== undefined) throw segmentNotFound(c);
      return mailboxSettings(ctx, mb, b);
    case 'getmailtips':
      if (b !== undefined) throw segmentNotFound(b);
      return getMailTips(ctx, mb);
    case 'calendarview':
      if (b !== undefined) throw segmentNotFound(b);
      return calendarView(ctx, mb);
    default:
      throw segmentNotFound(a);
  }
}
