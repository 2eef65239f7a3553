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
import {
  GraphError,
  accessDenied,
  badRequest,
  changeKeyMismatch,
  invalidUser,
  itemNotFound,
  methodNotAllowed,
  noProperty,
  resourceNotFound,
  segmentNotFound,
} from './errors';
import {
  compileFilter,
  compileSearch,
  intOption,
  parseExpand,
  parseSelect,
  searchTokens,
} from './odata';
import type { FilterSchema } from './odata';
import { canonicalPropertyId, readExtendedProperty } from './props';
import type { ExtendedProperty } from './props';
import {
  MESSAGE_SELECTABLE,
  USER_SELECTABLE,
  messageJson,
  toEwsId,
  toRestId,
  userJson,
} from './store';
import type {
  FlagRecord,
  FolderRecord,
  GroupRecord,
  MailboxRecord,
  MessageRecord,
  Recipient,
  UserRecord,
} from './store';
import { fromDateTimeTimeZone } from './time';
import { ewsId } from '../emulator/util';
import { driveUpload, drivesRoutes, siteRoutes } from './drive';
export * from './context';
import {
  access,
  allowOptions,
  authenticate,
  ctxUrl,
  findMessage,
  inTenant,
  jsonObject,
  noBoolean,
  ok,
  preferences,
  q,
  readCategories,
  readEnum,
  requireMailAccess,
  requireMethod,
  tenant,
  usersRef,
} from './context';
import type { Answer, Ctx, Preferences } from './context';
import {
  attachmentUpload,
  createDraft,
  deleteMessage,
  draftUpdate,
  messageBelow,
  sendMail,
} from './mail';

// ---------------------------------------------------------------- schemas

const EXTENDED_SCHEMA: FilterSchema<unknown> = {
  type: 'singleValueLegacyExtendedProperty',
  fields: {
    id: {
      type: 'propid',
      get: (p) => canonicalPropertyId((p as ExtendedProperty).id)?.key ?? null,
    },
    value: { type: 'string', get: (p) => (p as ExtendedProperty).value },
  },
};

const RECIPIENT_SCHEMA: FilterSchema<unknown> = {
  type: 'recipient',
  fields: {
    'emailaddress/address': { type: 'string', get: (r) => (r as Recipient).address },
    'emailaddress/name': { type: 'string', get: (r) => (r as Recipient).name },
  },
};

const STRING_ITEMS: FilterSchema<unknown> = {
  type: 'String',
  fields: {},
  self: { type: 'string', get: (v) => v as string },
};

function messageSchema(mb: MailboxRecord): FilterSchema<MessageRecord> {
  return {
    type: 'message',
    fields: {
      receiveddatetime: { type: 'date', get: (m) => m.receivedDateTime },
      sentdatetime: { type: 'date', get: (m) => m.sentDateTime },
      createddatetime: { type: 'date', get: (m) => m.createdDateTime },
      lastmodifieddatetime: { type: 'date', get: (m) => m.lastModifiedDateTime },
      subject: { type: 'string', get: (m) => m.subject },
      isread: { type: 'bool', get: (m) => m.isRead },
      isdraft: { type: 'bool', get: (m) => m.isDraft },
      hasattachments: { type: 'bool', get: (m) => m.attachments.some((a) => !a.isInline) },
      importance: { type: 'string', get: (m) => m.importance },
      inferenceclassification: { type: 'string', get: (m) => m.inferenceClassification },
      internetmessageid: { type: 'string', get: (m) => m.internetMessageId },
      conversationid: { type: 'string', get: (m) => m.conversationId },
      id: { type: 'string', get: (m) => m.id },
      parentfolderid: { type: 'string', get: (m) => mb.folders.get(m.folder)?.id ?? null },
      'from/emailaddress/address': { type: 'string', get: (m) => m.from?.address ?? null },
      'from/emailaddress/name': { type: 'string', get: (m) => m.from?.name ?? null },
      'sender/emailaddress/address': { type: 'string', get: (m) => m.sender?.address ?? null },
      'sender/emailaddress/name': { type: 'string', get: (m) => m.sender?.name ?? null },
      'flag/flagstatus': { type: 'string', get: (m) => m.flag.flagStatus },
    },
    collections: {
      categories: { items: (m) => m.categories, schema: STRING_ITEMS },
      singlevalueextendedproperties: {
        items: (m) => [...m.extended.values()],
        schema: EXTENDED_SCHEMA,
      },
      torecipients: { items: (m) => m.toRecipients, schema: RECIPIENT_SCHEMA },
      ccrecipients: { items: (m) => m.ccRecipients, schema: RECIPIENT_SCHEMA },
    },
  };
}

const USER_SCHEMA: FilterSchema<UserRecord> = {
  type: 'user',
  fields: {
    id: { type: 'string', get: (u) => u.id },
    displayname: { type: 'string', get: (u) => u.displayName },
    givenname: { type: 'string', get: (u) => u.givenName },
    surname: { type: 'string', get: (u) => u.surname },
    mail: { type: 'string', get: (u) => u.mail },
    userprincipalname: { type: 'string', get: (u) => u.userPrincipalName },
    mailnickname: { type: 'string', get: (u) => u.mail.split('@')[0] ?? null },
    jobtitle: { type: 'string', get: (u) => u.jobTitle },
    preferredlanguage: { type: 'string', get: (u) => u.preferredLanguage },
    accountenabled: { type: 'bool', get: (u) => u.accountEnabled },
  },
};

const USER_SEARCHABLE = [
  'displayname',
  'givenname',
  'surname',
  'mail',
  'userprincipalname',
  'mailnickname',
  'jobtitle',
];

const GROUP_SCHEMA: FilterSchema<GroupRecord> = {
  type: 'group',
  fields: {
    id: { type: 'string', get: (g) => g.id },
    displayname: { type: 'string', get: (g) => g.displayName },
    mailnickname: { type: 'string', get: (g) => g.mailNickname },
    description: { type: 'string', get: (g) => g.description },
    securityenabled: { type: 'bool', get: () => true },
    mailenabled: { type: 'bool', get: () => false },
  },
};

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
    case 'groups':
      return groupRoutes(ctx, rest);
    case 'sites':
      return siteRoutes(ctx, rest);
    case 'drives':
      return drivesRoutes(ctx, rest);
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
      if (b === undefined) {
        requireMethod(ctx, 'GET');
        return listFolders(ctx, mb);
      }
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
    default:
      throw segmentNotFound(a);
  }
}

// ---------------------------------------------------------------- messages

/**
 * `…/messages[/{id}[/…]]`: the collection (GET lists, POST makes a draft),
 * one message (GET, PATCH, DELETE), and what is below it (mail.ts:
 * `$value`, attachments, upload sessions, send, forward).
 */
function messageRoutes(
  ctx: Ctx,
  mb: MailboxRecord,
  folder: FolderRecord | null,
  rest: readonly string[],
): Answer | Promise<Answer> {
  const [id, ...below] = rest;
  if (id === undefined) {
    if (ctx.method === 'POST') return createDraft(ctx, mb, folder);
    return listMessages(ctx, mb, folder);
  }
  if (below.length > 0) return messageBelow(ctx, mb, folder, id, below);
  if (ctx.method === 'DELETE') return deleteMessage(ctx, mb, folder, id);
  return oneMessage(ctx, mb, folder, id);
}

function extendedFilter(ctx: Ctx): 'none' | ((p: ExtendedProperty) => boolean) {
  let keep: 'none' | ((p: ExtendedProperty) => boolean) = 'none';
  for (const clause of parseExpand(q(ctx, '$expand'))) {
    const name = clause.name.toLowerCase();
    if (name === 'singlevalueextendedproperties') {
      if (clause.filter === null) {
        throw badRequest(
          "Expanding singleValueExtendedProperties needs a filter on the property id: singleValueExtendedProperties($filter=id eq '…').",
        );
      }
      const pred = compileFilter(clause.filter, EXTENDED_SCHEMA);
      keep = (p) => pred(p);
    } else if (name !== 'multivalueextendedproperties') {
      throw badRequest(`The Graph emulator does not implement $expand=${clause.name}.`);
    }
  }
  return keep;
}

function oneMessage(ctx: Ctx, mb: MailboxRecord, folder: FolderRecord | null, id: string): Answer {
  requireMailAccess(ctx, mb);
  const m = findMessage(mb, folder, id);
  const pref = preferences(ctx);
  if (ctx.method === 'GET') {
    allowOptions(ctx, ['$select', '$expand']);
    const select = parseSelect(q(ctx, '$select'), MESSAGE_SELECTABLE, 'message');
    const extended = extendedFilter(ctx);
    const entity = select ? `messages(${select.join(',')})/$entity` : 'messages/$entity';
    return ok(
      {
        '@odata.context': ctxUrl(ctx, `${usersRef(mb)}/${entity}`),
        ...messageJson(mb, m, { select, extended, zone: pref.zone, bodyType: pref.bodyType }),
      },
      pref.applied,
    );
  }
  if (ctx.method === 'PATCH') return patchMessage(ctx, mb, m, pref);
  throw methodNotAllowed();
}

/** If-Match: "*", or one or more entity tags (W/"…" or "…"); true when one is the message's. */
function etagMatches(header: string, m: MessageRecord): boolean {
  return header.split(',').some((raw) => {
    const t = raw.trim();
    if (t === '*') return true;
    const bare = t.replace(/^W\//i, '').replace(/^"(.*)"$/, '$1');
    return bare === m.changeKey;
  });
}

const SENT_READ_ONLY = new Set([
  'subject',
  'body',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'from',
  'sender',
  'internetMessageId',
  'uniqueBody',
]);

function readFlag(v: unknown, current: FlagRecord, now: number): FlagRecord {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new GraphError(400, 'RequestBodyRead', "Cannot read 'flag' as a followupFlag.");
  }
  const f = v as Record<string, unknown>;
  for (const k of Object.keys(f)) {
    if (
      !['flagStatus', 'startDateTime', 'dueDateTime', 'completedDateTime'].includes(k) &&
      !k.startsWith('@odata.')
    ) {
      throw noProperty(k, 'followupFlag');
    }
  }
  const next: FlagRecord = { ...current };
  const date = (k: string): number | null => {
    const x = f[k];
    return x === null ? null : fromDateTimeTimeZone(x, k);
  };
  const statusGiven = 'flagStatus' in f;
  if (statusGiven) {
    next.flagStatus = readEnum(f['flagStatus'], 'flagStatus', [
      'notFlagged',
      'flagged',
      'complete',
    ] as const);
  }
  if ('startDateTime' in f) next.start = date('startDateTime');
  if ('dueDateTime' in f) next.due = date('dueDateTime');
  if ('completedDateTime' in f) next.completed = date('completedDateTime');
  if (f['dueDateTime'] != null && !('startDateTime' in f)) {
    // Documented: "To set the due date, you must also specify the startDateTime".
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      'To set the due date (dueDateTime) of a flag, also specify startDateTime.',
    );
  }
  if (next.start !== null && next.due !== null && next.start > next.due) {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      'The start date of a flag cannot be after its due date.',
    );
  }
  if (
    !statusGiven &&
    next.flagStatus === 'notFlagged' &&
    (next.start !== null || next.due !== null)
  ) {
    next.flagStatus = 'flagged';
  }
  if (next.flagStatus === 'notFlagged') {
    next.start = null;
    next.due = null;
    next.completed = null;
  } else if (next.flagStatus === 'flagged') {
    next.completed = null;
  } else if (next.completed === null) {
    next.completed = now;
  }
  return next;
}

function patchMessage(ctx: Ctx, mb: MailboxRecord, m: MessageRecord, pref: Preferences): Answer {
  allowOptions(ctx, []);
  const body = jsonObject(ctx.body);
  const ifMatch = ctx.headers['if-match'];
  if (ifMatch !== undefined && !etagMatches(ifMatch, m)) throw changeKeyMismatch();
  const now = ctx.now.getTime();
  // Check everything first, then change: a bad field leaves the message as it was.
  const plan: (() => void)[] = [];
  for (const [k, v] of Object.entries(body)) {
    if (k.startsWith('@odata.')) continue;
    switch (k) {
      case 'categories': {
        const list = readCategories(v);
        plan.push(() => (m.categories = list));
        break;
      }
      case 'isRead': {
        if (typeof v !== 'boolean') throw noBoolean(k);
        plan.push(() => (m.isRead = v));
        break;
      }
      case 'importance': {
        const x = readEnum(v, k, ['low', 'normal', 'high'] as const);
        plan.push(() => (m.importance = x));
        break;
      }
      case 'inferenceClassification': {
        const x = readEnum(v, k, ['focused', 'other'] as const);
        plan.push(() => (m.inferenceClassification = x));
        break;
      }
      case 'flag': {
        const x = readFlag(v, m.flag, now);
        plan.push(() => (m.flag = x));
        break;
      }
      case 'singleValueExtendedProperties': {
        if (!Array.isArray(v)) {
          throw new GraphError(
            400,
            'RequestBodyRead',
            'singleValueExtendedProperties must be an array of { id, value }.',
          );
        }
        const props = v.map(readExtendedProperty);
        // Merge by id: properties not named keep their values.
        plan.push(() => {
          for (const p of props) m.extended.set(p.key, p.prop);
        });
        break;
      }
      default:
        if (m.isDraft && SENT_READ_ONLY.has(k)) {
          plan.push(draftUpdate(m, k, v));
          break;
        }
        if (SENT_READ_ONLY.has(k)) {
          throw new GraphError(
            400,
            'ErrorInvalidPropertyUpdateSentMessage',
            'Update operation is invalid for property of a sent message.',
          );
        }
        if (MESSAGE_SELECTABLE.includes(k)) {
          throw new GraphError(400, 'ErrorInvalidPropertySet', `The property '${k}' is read-only.`);
        }
        throw noProperty(k, 'message');
    }
  }
  for (const step of plan) step();
  m.version += 1;
  m.changeKey = ctx.store.nextChangeKey();
  m.lastModifiedDateTime = now;
  ctx.applied = true;
  // Graph answers the message without its extended properties.
  return ok(
    {
      '@odata.context': ctxUrl(ctx, `${usersRef(mb)}/messages/$entity`),
      ...messageJson(mb, m, {
        select: null,
        extended: 'none',
        zone: pref.zone,
        bodyType: pref.bodyType,
      }),
    },
    pref.applied,
  );
}

type Order = (a: MessageRecord, b: MessageRecord) => number;

const MESSAGE_ORDER: Readonly<Record<string, (m: MessageRecord) => number | string>> = {
  receiveddatetime: (m) => m.receivedDateTime,
  sentdatetime: (m) => m.sentDateTime,
  createddatetime: (m) => m.createdDateTime,
  lastmodifieddatetime: (m) => m.lastModifiedDateTime,
  subject: (m) => m.subject.toLowerCase(),
  importance: (m) => ['low', 'normal', 'high'].indexOf(m.importance),
};

function messageOrder(text: string | null): Order {
  const keys = (text ?? 'receivedDateTime desc').split(',').map((part) => {
    const m = /^\s*([A-Za-z]+)(?:\s+(asc|desc))?\s*$/i.exec(part);
    const get = m ? MESSAGE_ORDER[(m[1] as string).toLowerCase()] : undefined;
    if (!m || !get) {
      throw badRequest(`The Graph emulator cannot order messages by '${part.trim()}'.`);
    }
    return { get, dir: (m[2] ?? 'asc').toLowerCase() === 'desc' ? -1 : 1 };
  });
  return (a, b) => {
    for (const k of keys) {
      const x = k.get(a);
      const y = k.get(b);
      if (x < y) return -k.dir;
      if (x > y) return k.dir;
    }
    return 0;
  };
}

function nextLink(ctx: Ctx, name: string, value: string): string {
  const params = new URLSearchParams(ctx.query);
  for (const k of [...params.keys()]) if (k.toLowerCase() === name) params.delete(k);
  params.set(name, value);
  const path = ctx.segments.map(encodeURIComponent).join('/');
  return `${ctx.base}/${path}?${params.toString()}`;
}

function listMessages(ctx: Ctx, mb: MailboxRecord, folder: FolderRecord | null): Answer {
  requireMethod(ctx, 'GET');
  requireMailAccess(ctx, mb);
  allowOptions(ctx, [
    '$select',
    '$filter',
    '$top',
    '$skip',
    '$orderby',
    '$count',
    '$expand',
    '$search',
  ]);
  if (q(ctx, '$search') !== null) {
    throw badRequest('The Graph emulator does not implement $search on messages; use $filter.');
  }
  const pref = preferences(ctx);
  const select = parseSelect(q(ctx, '$select'), MESSAGE_SELECTABLE, 'message');
  const extended = extendedFilter(ctx);
  const filterText = q(ctx, '$filter');
  const filter = filterText === null ? null : compileFilter(filterText, messageSchema(mb));
  const top = intOption('$top', q(ctx, '$top'), 10, 1, 1000);
  const skip = intOption('$skip', q(ctx, '$skip'), 0, 0, 1_000_000);
  const order = messageOrder(q(ctx, '$orderby'));
  const count = q(ctx, '$count');
  if (count !== null && count !== 'true' && count !== 'false') {
    throw badRequest("Invalid value for $count: use 'true' or 'false'.");
  }
  const all = [...mb.messages.values()]
    .filter((m) => folder === null || m.folder === folder.name)
    .filter((m) => filter === null || filter(m))
    .sort(order);
  const page = all.slice(skip, skip + top);
  const entity = select ? `messages(${select.join(',')})` : 'messages';
  const fragment = folder
    ? `${usersRef(mb)}/mailFolders('${folder.id}')/${entity}`
    : `${usersRef(mb)}/${entity}`;
  const out: Record<string, unknown> = { '@odata.context': ctxUrl(ctx, fragment) };
  if (count === 'true') out['@odata.count'] = all.length;
  out['value'] = page.map((m) =>
    messageJson(mb, m, { select, extended, zone: pref.zone, bodyType: pref.bodyType }),
  );
  if (skip + top < all.length) out['@odata.nextLink'] = nextLink(ctx, '$skip', String(skip + top));
  return ok(out, pref.applied);
}

function folderJson(mb: MailboxRecord, f: FolderRecord): Record<string, unknown> {
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

function listFolders(ctx: Ctx, mb: MailboxRecord): Answer {
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

function masterCategories(ctx: Ctx, mb: MailboxRecord, id: string | undefined): Answer {
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

function translateIds(ctx: Ctx, mb: MailboxRecord): Answer {
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

function people(ctx: Ctx, mb: MailboxRecord, me: boolean): Answer {
  if (!me && access(ctx, mb) !== 'owner') throw accessDenied();
  allowOptions(ctx, ['$search', '$top', '$select']);
  const raw = q(ctx, '$search');
  const words = raw === null ? [] : searchTokens(raw.replace(/^"|"$/g, ''));
  const top = intOption('$top', q(ctx, '$top'), 10, 1, 1000);
  const matches = [...ctx.store.users.values()]
    .filter((u) => u.accountEnabled && u.id !== mb.user.id && u.profile === mb.user.profile)
    .filter((u) => {
      const tokens = searchTokens(`${u.displayName} ${u.mail}`);
      return words.every((w) => tokens.some((t) => t.startsWith(w)));
    })
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .slice(0, top);
  return ok({
    '@odata.context': ctxUrl(ctx, `${usersRef(mb)}/people`),
    value: matches.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      givenName: u.givenName,
      surname: u.surname,
      birthday: '',
      personNotes: '',
      isFavorite: false,
      jobTitle: u.jobTitle,
      companyName: null,
      yomiCompany: '',
      department: null,
      officeLocation: u.officeLocation,
      profession: '',
      userPrincipalName: u.userPrincipalName,
      imAddress: `sip:${u.mail}`,
      scoredEmailAddresses: [
        { address: u.mail, relevanceScore: 8, selectionLikelihood: 'notSpecified' },
      ],
      phones: [],
      postalAddresses: [],
      websites: [],
      personType: { class: 'Person', subclass: 'OrganizationUser' },
    })),
  });
}

// ---------------------------------------------------------------- directory

function eventual(ctx: Ctx): boolean {
  return (ctx.headers['consistencylevel'] ?? '').trim().toLowerCase() === 'eventual';
}

function listUsers(ctx: Ctx): Answer {
  allowOptions(ctx, ['$search', '$filter', '$select', '$top', '$count', '$orderby', '$skiptoken']);
  const search = q(ctx, '$search');
  if (search !== null && !eventual(ctx)) {
    throw new GraphError(
      400,
      'Request_UnsupportedQuery',
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    );
  }
  const count = q(ctx, '$count');
  if (count === 'true' && !eventual(ctx)) {
    throw new GraphError(400, 'Request_BadRequest', '$count is not currently supported.');
  }
  const select = parseSelect(q(ctx, '$select'), USER_SELECTABLE, 'user');
  const filterText = q(ctx, '$filter');
  const filter = filterText === null ? null : compileFilter(filterText, USER_SCHEMA);
  const match = search === null ? null : compileSearch(search, USER_SCHEMA, USER_SEARCHABLE);
  const orderby = q(ctx, '$orderby');
  let dir = 1;
  if (orderby !== null) {
    const m = /^\s*displayName(?:\s+(asc|desc))?\s*$/i.exec(orderby);
    if (!m)
      throw new GraphError(
        400,
        'Request_UnsupportedQuery',
        `Sorting by '${orderby}' is not supported.`,
      );
    dir = (m[1] ?? 'asc').toLowerCase() === 'desc' ? -1 : 1;
  }
  const top = intOption('$top', q(ctx, '$top'), 100, 1, 999);
  const token = q(ctx, '$skiptoken');
  const skip = token === null ? 0 : Number.parseInt(Buffer.from(token, 'base64url').toString(), 10);
  if (!Number.isInteger(skip) || skip < 0) {
    throw new GraphError(400, 'Request_BadRequest', 'The $skiptoken is not valid.');
  }
  const all = [...ctx.store.users.values()]
    .filter((u) => inTenant(ctx, u))
    .filter((u) => filter === null || filter(u))
    .filter((u) => match === null || match(u))
    .sort((a, b) => dir * a.displayName.localeCompare(b.displayName, 'nb'));
  const page = all.slice(skip, skip + top);
  const out: Record<string, unknown> = {
    '@odata.context': ctxUrl(ctx, select ? `users(${select.join(',')})` : 'users'),
  };
  if (count === 'true') out['@odata.count'] = all.length;
  out['value'] = page.map((u) => userJson(u, select));
  if (skip + top < all.length) {
    out['@odata.nextLink'] = nextLink(
      ctx,
      '$skiptoken',
      Buffer.from(String(skip + top)).toString('base64url'),
    );
  }
  return ok(out);
}

function groupJson(g: GroupRecord): Record<string, unknown> {
  return {
    id: g.id,
    deletedDateTime: null,
    classification: null,
    createdDateTime: '2024-01-01T00:00:00Z',
    description: g.description,
    displayName: g.displayName,
    groupTypes: [],
    mail: null,
    mailEnabled: false,
    mailNickname: g.mailNickname,
    securityEnabled: true,
    visibility: null,
  };
}

function groupInTenant(ctx: Ctx, g: GroupRecord): boolean {
  const t = tenant(ctx);
  return t === null || ctx.store.mailbox(g.grants)?.user.profile === t;
}

function groupRoutes(ctx: Ctx, segs: readonly string[]): Answer {
  requireMethod(ctx, 'GET');
  const [id, sub, ...more] = segs;
  if (more.length > 0) throw segmentNotFound(more[0] as string);
  if (id === undefined) {
    allowOptions(ctx, ['$filter', '$select', '$top']);
    const filterText = q(ctx, '$filter');
    const filter = filterText === null ? null : compileFilter(filterText, GROUP_SCHEMA);
    const list = [...ctx.store.groups.values()]
      .filter((g) => groupInTenant(ctx, g))
      .filter((g) => filter === null || filter(g));
    return ok({ '@odata.context': ctxUrl(ctx, 'groups'), value: list.map(groupJson) });
  }
  const g = ctx.store.groups.get(id.toLowerCase());
  if (!g || !groupInTenant(ctx, g)) throw resourceNotFound(id);
  if (sub === undefined) {
    return ok({ '@odata.context': ctxUrl(ctx, 'groups/$entity'), ...groupJson(g) });
  }
  const name = sub.toLowerCase();
  if (name !== 'members' && name !== 'transitivemembers') throw segmentNotFound(sub);
  allowOptions(ctx, ['$select', '$top']);
  const select = parseSelect(q(ctx, '$select'), USER_SELECTABLE, 'user');
  const top = intOption('$top', q(ctx, '$top'), 100, 1, 999);
  const members = g.members
    .map((uid) => ctx.store.users.get(uid))
    .filter((u): u is UserRecord => u !== undefined)
    .slice(0, top);
  return ok({
    '@odata.context': ctxUrl(ctx, 'directoryObjects'),
    value: members.map((u) => ({ '@odata.type': '#microsoft.graph.user', ...userJson(u, select) })),
  });
}
