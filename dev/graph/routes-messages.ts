/**
 * The message endpoints of the Graph emulator (routes.ts): list with
 * $filter, $orderby, $search and paging, get one, and PATCH (flags,
 * categories, read state, extended properties) with If-Match.
 */

import { badRequest, methodNotAllowed, GraphError, noProperty, changeKeyMismatch } from './errors';
import { parseExpand, compileFilter, parseSelect, intOption } from './odata';
import type { FilterSchema } from './odata';
import { canonicalPropertyId, readExtendedProperty } from './props';
import type { ExtendedProperty } from './props';
import { MESSAGE_SELECTABLE, messageJson } from './store';
import type { Recipient, MailboxRecord, MessageRecord, FolderRecord, FlagRecord } from './store';
import { fromDateTimeTimeZone } from './time';
import {
  q,
  requireMailAccess,
  findMessage,
  preferences,
  allowOptions,
  ok,
  ctxUrl,
  usersRef,
  readEnum,
  jsonObject,
  readCategories,
  noBoolean,
  requireMethod,
} from './context';
import type { Ctx, Answer, Preferences } from './context';
import { createDraft, messageBelow, deleteMessage, draftUpdate } from './mail';

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

// ---------------------------------------------------------------- messages

/**
 * `…/messages[/{id}[/…]]`: the collection (GET lists, POST makes a draft),
 * one message (GET, PATCH, DELETE), and what is below it (mail.ts:
 * `$value`, attachments, upload sessions, send, forward).
 */
export function messageRoutes(
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
  return expandFilter(q(ctx, '$expand'));
}

/** The extended properties a `$expand` asks for ('none' without one). */
export function expandFilter(expand: string | null): 'none' | ((p: ExtendedProperty) => boolean) {
  let keep: 'none' | ((p: ExtendedProperty) => boolean) = 'none';
  for (const clause of parseExpand(expand)) {
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

export function nextLink(ctx: Ctx, name: string, value: string): string {
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
