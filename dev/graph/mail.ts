/**
 * Mail that moves in the Graph emulator, shaped from Graph v1.0's
 * documentation: drafts (create, PATCH, DELETE), a message's MIME
 * (`$value`), its attachments (list, get, raw `$value`, add under 3 MB,
 * delete), upload sessions for larger files, and sending (a draft's
 * `send`, `forward`, `sendMail`), delivered at once to every recipient
 * who has a mailbox here, attachments and MIME included.
 *
 * Limits as Graph documents them: an attachment added in one POST is
 * under 3 MB; an upload session is for 3 MB to 150 MB, in ranges of up to
 * 4 MB, to a pre-authenticated URL that refuses an Authorization header.
 */
import { randomBytes } from 'node:crypto';
import {
  GraphError,
  badRequest,
  itemNotFound,
  methodNotAllowed,
  noProperty,
  segmentNotFound,
} from './errors';
import { reRender, rfc5322Date, writeMime } from './mime';
import { parseSelect } from './odata';
import { readExtendedProperty } from './props';
import type { ExtendedProperty } from './props';
import {
  access,
  allowOptions,
  ctxUrl,
  findMessage,
  jsonObject,
  noBoolean,
  ok,
  q,
  readCategories,
  readEnum,
  readRecipients,
  requireMailAccess,
  requireMethod,
  usersRef,
} from './context';
import type { Answer, Ctx } from './context';
import { messageJson, stableGuid } from './store';
import type {
  AttachmentInfo,
  AttachmentRecord,
  FolderName,
  FolderRecord,
  InternetHeader,
  MailboxRecord,
  MessageRecord,
  NewMessage,
  Recipient,
  UploadRecord,
} from './store';

/** "Under 3 MB" (POST …/attachments) and "between 3 MB and 150 MB" (upload sessions). */
export const SMALL_ATTACHMENT_LIMIT = 3_000_000;
export const LARGE_ATTACHMENT_LIMIT = 150 * 1024 * 1024;
/** One range to an attachment upload session: "up to 4 MB each time". */
export const RANGE_LIMIT = 4 * 1024 * 1024;
/** How long an upload URL works (the emulator's choice; Graph says only that it expires). */
const SESSION_LIFETIME_MS = 60 * 60 * 1000;

// ---------------------------------------------------------------- what a request writes

/** Properties a new message (draft, sendMail) may carry. */
const MESSAGE_KEYS = new Set([
  'subject',
  'body',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'from',
  'importance',
  'categories',
  'singleValueExtendedProperties',
  'internetMessageHeaders',
  'isDeliveryReceiptRequested',
  'isReadReceiptRequested',
  'attachments',
  'flag',
]);

interface MessageInput {
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
  readonly to: Recipient[];
  readonly cc: Recipient[];
  readonly bcc: Recipient[];
  readonly replyTo: Recipient[];
  readonly importance: 'low' | 'normal' | 'high';
  readonly categories: string[];
  readonly extended: ExtendedProperty[];
  readonly headers: InternetHeader[];
  readonly attachments: AttachmentInfo[];
  /** The mailbox it is from: the one in the URL, or one the user may send as. */
  readonly fromBox: MailboxRecord;
}

function readBody(v: unknown): { text: string; html: string | null } {
  if (v === undefined || v === null) return { text: '', html: null };
  const b = v as { contentType?: unknown; content?: unknown };
  const type = readEnum(b.contentType ?? 'text', 'body.contentType', ['text', 'html'] as const);
  if (typeof b.content !== 'string') {
    throw new GraphError(400, 'RequestBodyRead', 'body.content must be a string.');
  }
  return type === 'html' ? { text: '', html: b.content } : { text: b.content, html: null };
}

function readSubject(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string')
    throw new GraphError(400, 'RequestBodyRead', 'subject must be a string.');
  return v;
}

function readExtended(v: unknown): ExtendedProperty[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    throw new GraphError(400, 'RequestBodyRead', 'singleValueExtendedProperties must be an array.');
  }
  return v.map((p: unknown) => readExtendedProperty(p).prop);
}

/**
 * `internetMessageHeaders` of a new message: Graph takes only custom
 * headers, whose names begin with `x-`, as `{ name, value }` strings.
 */
function readHeaders(v: unknown): InternetHeader[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    throw new GraphError(400, 'RequestBodyRead', 'internetMessageHeaders must be an array.');
  }
  return v.map((h: unknown) => {
    const { name, value } = (typeof h === 'object' && h !== null ? h : {}) as {
      name?: unknown;
      value?: unknown;
    };
    if (typeof name !== 'string' || typeof value !== 'string') {
      throw new GraphError(400, 'RequestBodyRead', 'A header needs a string name and value.');
    }
    if (!/^x-[!-9;-~]+$/i.test(name) || !/^[\x20-\x7e]*$/.test(value)) {
      throw new GraphError(
        400,
        'InvalidInternetMessageHeader',
        `The internet message header name '${name.slice(0, 64)}' should start with 'x-' or 'X-'.`,
      );
    }
    return { name, value };
  });
}

/** A `#microsoft.graph.fileAttachment` with base64 `contentBytes`. */
function readFileAttachment(v: unknown): AttachmentInfo {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new GraphError(400, 'RequestBodyRead', 'An attachment must be an object.');
  }
  const a = v as Record<string, unknown>;
  const type = String(a['@odata.type'] ?? '')
    .replace(/^#/, '')
    .toLowerCase();
  if (type !== 'microsoft.graph.fileattachment') {
    throw badRequest(
      type === ''
        ? "An attachment needs '@odata.type': '#microsoft.graph.fileAttachment'."
        : `The Graph emulator does not implement attachments of type '${String(a['@odata.type'])}'.`,
    );
  }
  for (const k of Object.keys(a)) {
    if (
      !['name', 'contentBytes', 'contentType', 'isInline', 'contentId', 'size'].includes(k) &&
      !k.startsWith('@odata.')
    ) {
      throw noProperty(k, 'fileAttachment');
    }
  }
  const name = a['name'];
  if (typeof name !== 'string' || name.trim() === '') {
    throw new GraphError(400, 'ErrorInvalidRequest', 'A file attachment needs a name.');
  }
  const bytes = readBase64(a['contentBytes']);
  const contentType = a['contentType'];
  const isInline = a['isInline'] ?? false;
  if (typeof isInline !== 'boolean') throw noBoolean('isInline');
  const contentId = a['contentId'];
  return {
    name,
    contentType:
      typeof contentType === 'string' && contentType !== ''
        ? contentType
        : 'application/octet-stream',
    size: bytes.byteLength,
    isInline,
    bytes,
    ...(typeof contentId === 'string' ? { contentId } : {}),
  };
}

function readBase64(v: unknown): Uint8Array {
  if (typeof v !== 'string' || !/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(v)) {
    throw new GraphError(
      400,
      'RequestBodyRead',
      "Cannot convert the value of 'contentBytes' to the expected type 'Edm.Binary'.",
    );
  }
  const b = Buffer.from(v, 'base64');
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

function readAttachments(v: unknown): AttachmentInfo[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v))
    throw new GraphError(400, 'RequestBodyRead', 'attachments must be an array.');
  return v.map(readFileAttachment);
}

/** A message object in a request (sendMail's `message`, a new draft), checked whole. */
function readMessage(ctx: Ctx, mb: MailboxRecord, m: Record<string, unknown>): MessageInput {
  for (const k of Object.keys(m)) {
    if (!MESSAGE_KEYS.has(k) && !k.startsWith('@odata.')) throw noProperty(k, 'message');
  }
  const { text, html } = readBody(m['body']);
  let fromBox = mb;
  if (m['from'] !== undefined && m['from'] !== null) {
    const [from] = readRecipients([m['from']], 'from');
    const other = from ? ctx.store.mailbox(from.address) : undefined;
    if (!other || access(ctx, other) === 'none') {
      throw new GraphError(
        403,
        'ErrorSendAsDenied',
        'The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account.',
      );
    }
    fromBox = other;
  }
  return {
    subject: readSubject(m['subject']),
    text,
    html,
    to: readRecipients(m['toRecipients'], 'toRecipients'),
    cc: readRecipients(m['ccRecipients'], 'ccRecipients'),
    bcc: readRecipients(m['bccRecipients'], 'bccRecipients'),
    replyTo: readRecipients(m['replyTo'], 'replyTo'),
    importance:
      m['importance'] === undefined
        ? 'normal'
        : readEnum(m['importance'], 'importance', ['low', 'normal', 'high'] as const),
    categories: m['categories'] === undefined ? [] : readCategories(m['categories']),
    extended: readExtended(m['singleValueExtendedProperties']),
    headers: readHeaders(m['internetMessageHeaders']),
    attachments: readAttachments(m['attachments']),
    fromBox,
  };
}

function noRecipients(): GraphError {
  return new GraphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
}

// ---------------------------------------------------------------- delivery

function newInternetMessageId(ctx: Ctx, box: MailboxRecord): string {
  const domain = box.address.split('@')[1] ?? 'emulator.invalid';
  const seed = `${box.address}:${ctx.now.getTime()}:${ctx.store.nextChangeKey()}`;
  return `<${stableGuid(seed).replace(/-/g, '')}@${domain}>`;
}

interface Outgoing {
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
  readonly from: Recipient;
  readonly to: readonly Recipient[];
  readonly cc: readonly Recipient[];
  readonly bcc: readonly Recipient[];
  readonly replyTo: readonly Recipient[];
  readonly importance: 'low' | 'normal' | 'high';
  readonly internetMessageId: string;
  readonly headers: readonly InternetHeader[];
  readonly attachments: readonly AttachmentInfo[];
}

/** A sent message's fields as the store takes them (the sender's copy keeps Bcc). */
function fields(out: Outgoing, now: number): Omit<NewMessage, 'folder'> {
  return {
    subject: out.subject,
    text: out.text,
    html: out.html,
    from: out.from,
    sender: out.from,
    toRecipients: out.to,
    ccRecipients: out.cc,
    bccRecipients: out.bcc,
    replyTo: out.replyTo,
    receivedDateTime: now,
    sentDateTime: now,
    internetMessageId: out.internetMessageId,
    headers: out.headers,
    importance: out.importance,
    attachments: out.attachments,
  };
}

/**
 * What a recipient's mailbox gets of an attachment. Exchange keeps an
 * attached message as an item, and what it answers for the item is MIME it
 * writes again: the bytes that were attached are not kept.
 */
async function received(a: AttachmentInfo): Promise<AttachmentInfo> {
  if (a.kind === 'item' || a.contentType.toLowerCase() !== 'message/rfc822') return a;
  const bytes = await reRender(a.bytes);
  return { ...a, kind: 'item', bytes, size: bytes.byteLength };
}

/**
 * Deliver at once to every recipient with a mailbox here (inbox, unread,
 * with the MIME their server would keep); others are outbound mail.
 * Categories and extended properties stay with the sender's copy.
 */
async function deliver(ctx: Ctx, out: Outgoing): Promise<void> {
  const now = ctx.now.getTime();
  const attachments = await Promise.all(out.attachments.map(received));
  const outside: string[] = [];
  const seen = new Set<string>();
  for (const r of [...out.to, ...out.cc, ...out.bcc]) {
    const key = r.address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const target = ctx.store.mailbox(r.address);
    if (!target) {
      outside.push(r.address);
      continue;
    }
    const copy = ctx.store.addMessage(target, {
      ...fields(out, now),
      folder: 'inbox',
      bccRecipients: [],
      attachments,
      isRead: false,
    });
    copy.mime = writeMime(copy, { by: target.address, at: now });
  }
  if (outside.length > 0) {
    ctx.store.outbound.push({
      from: out.from.address,
      to: outside,
      subject: out.subject,
      internetMessageId: out.internetMessageId,
      sentDateTime: new Date(now).toISOString(),
    });
  }
  ctx.applied = true;
}

/** The sender's copy in Sent Items: a message of its own, with a new id. */
function keepSent(
  ctx: Ctx,
  box: MailboxRecord,
  out: Outgoing,
  extra: {
    categories?: readonly string[];
    extended?: readonly ExtendedProperty[];
    conversationId?: string;
  },
): MessageRecord {
  return ctx.store.addMessage(box, {
    ...fields(out, ctx.now.getTime()),
    folder: 'sentitems',
    isRead: true,
    ...extra,
  });
}

function senderOf(box: MailboxRecord): Recipient {
  return { name: box.user.displayName, address: box.address };
}

// ---------------------------------------------------------------- sendMail

/** `POST /{mb}/sendMail`: 202, delivered with its attachments; a copy in Sent Items unless told not to. */
export async function sendMail(ctx: Ctx, mb: MailboxRecord): Promise<Answer> {
  requireMailAccess(ctx, mb);
  allowOptions(ctx, []);
  const body = jsonObject(ctx.body);
  for (const k of Object.keys(body)) {
    if (k !== 'message' && k !== 'saveToSentItems') throw noProperty(k, 'sendMail');
  }
  const msg = body['message'];
  if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) {
    throw new GraphError(400, 'ErrorInvalidParameter', "The parameter 'message' is required.");
  }
  const save = body['saveToSentItems'];
  if (save !== undefined && typeof save !== 'boolean' && save !== 'true' && save !== 'false') {
    throw noBoolean('saveToSentItems');
  }
  const m = readMessage(ctx, mb, msg as Record<string, unknown>);
  if (m.to.length + m.cc.length + m.bcc.length === 0) throw noRecipients();
  const out: Outgoing = {
    ...m,
    from: senderOf(m.fromBox),
    internetMessageId: newInternetMessageId(ctx, m.fromBox),
  };
  await deliver(ctx, out);
  if (save !== false && save !== 'false') {
    keepSent(ctx, m.fromBox, out, { categories: m.categories, extended: m.extended });
  }
  return { status: 202 };
}

// ---------------------------------------------------------------- drafts

/** `POST /{mb}/messages` (or a folder's messages): 201, a draft (in Drafts unless a folder is named). */
export function createDraft(ctx: Ctx, mb: MailboxRecord, folder: FolderRecord | null): Answer {
  requireMailAccess(ctx, mb);
  allowOptions(ctx, []);
  const m = readMessage(ctx, mb, jsonObject(ctx.body));
  const now = ctx.now.getTime();
  const from = senderOf(m.fromBox);
  const draft = ctx.store.addMessage(mb, {
    folder: (folder?.name ?? 'drafts') as FolderName,
    subject: m.subject,
    text: m.text,
    html: m.html,
    from,
    sender: from,
    toRecipients: m.to,
    ccRecipients: m.cc,
    bccRecipients: m.bcc,
    replyTo: m.replyTo,
    receivedDateTime: now,
    sentDateTime: now,
    internetMessageId: newInternetMessageId(ctx, m.fromBox),
    headers: m.headers,
    importance: m.importance,
    categories: m.categories,
    extended: m.extended,
    attachments: m.attachments,
    isRead: true,
    isDraft: true,
  });
  ctx.applied = true;
  return {
    status: 201,
    json: {
      '@odata.context': ctxUrl(ctx, `${usersRef(mb)}/messages/$entity`),
      ...messageJson(mb, draft, { select: null, extended: 'none', zone: 'UTC', bodyType: null }),
    },
  };
}

/**
 * A PATCH of a draft's subject, body or recipients: checked now, applied by
 * the returned step (with the rest of the PATCH, or not at all).
 */
export function draftUpdate(m: MessageRecord, key: string, v: unknown): () => void {
  switch (key) {
    case 'subject': {
      const subject = readSubject(v);
      return () => (m.subject = subject);
    }
    case 'body': {
      const { text, html } = readBody(v);
      return () => {
        m.text = text;
        m.html = html;
      };
    }
    case 'toRecipients':
    case 'ccRecipients':
    case 'bccRecipients':
    case 'replyTo': {
      const list = readRecipients(v, key);
      return () => (m[key] = list);
    }
    default:
      throw new GraphError(400, 'ErrorInvalidPropertySet', `The property '${key}' is read-only.`);
  }
}

/** `DELETE /{mb}/messages/{id}`: 204; gone from the mailbox's folders. */
export function deleteMessage(
  ctx: Ctx,
  mb: MailboxRecord,
  folder: FolderRecord | null,
  id: string,
): Answer {
  requireMailAccess(ctx, mb);
  const m = findMessage(mb, folder, id);
  mb.messages.delete(m.id);
  ctx.applied = true;
  return { status: 204 };
}

// ---------------------------------------------------------------- below one message

/** `…/messages/{id}/…`: `$value`, attachments, send, forward. */
export function messageBelow(
  ctx: Ctx,
  mb: MailboxRecord,
  folder: FolderRecord | null,
  id: string,
  below: readonly string[],
): Answer | Promise<Answer> {
  const [sub, aid, value, ...more] = below as [string, ...string[]];
  if (more.length > 0) throw segmentNotFound(more[0] as string);
  requireMailAccess(ctx, mb);
  const m = findMessage(mb, folder, id);
  switch (sub.toLowerCase()) {
    case '$value':
      if (aid !== undefined) throw segmentNotFound(aid);
      requireMethod(ctx, 'GET');
      allowOptions(ctx, []);
      // Graph documents text/plain for a message's MIME.
      return {
        status: 200,
        bytes: m.mime ?? writeMime(m),
        headers: { 'content-type': 'text/plain' },
      };
    case 'attachments':
      if (aid === undefined)
        return ctx.method === 'POST' ? addAttachment(ctx, mb, m) : listAttachments(ctx, mb, m);
      if (aid.toLowerCase() === 'createuploadsession') {
        if (value !== undefined) throw segmentNotFound(value);
        requireMethod(ctx, 'POST');
        return createUploadSession(ctx, mb, m);
      }
      return oneAttachment(ctx, mb, m, aid, value);
    case 'send':
      if (aid !== undefined) throw segmentNotFound(aid);
      requireMethod(ctx, 'POST');
      return sendDraft(ctx, mb, m);
    case 'forward':
      if (aid !== undefined) throw segmentNotFound(aid);
      requireMethod(ctx, 'POST');
      return forward(ctx, mb, m);
    default:
      throw segmentNotFound(sub);
  }
}

// ---------------------------------------------------------------- attachments

const ATTACHMENT_SELECTABLE = [
  'id',
  'lastModifiedDateTime',
  'name',
  'contentType',
  'size',
  'isInline',
  'contentId',
  'contentLocation',
  'contentBytes',
];

/** Properties an item attachment has (no content of its own in JSON). */
const ITEM_PROPERTIES = ['id', 'lastModifiedDateTime', 'name', 'contentType', 'size', 'isInline'];

function attachmentJson(
  a: AttachmentRecord,
  select: readonly string[] | null,
): Record<string, unknown> {
  const value = (k: string): unknown => {
    switch (k) {
      case 'lastModifiedDateTime':
        return new Date(a.lastModifiedDateTime).toISOString().replace(/\.\d+Z$/, 'Z');
      case 'contentLocation':
        return null;
      case 'contentBytes':
        // Only when asked for (or no $select): base64 of a large file is costly.
        return Buffer.from(a.bytes).toString('base64');
      default:
        return a[k as keyof AttachmentRecord];
    }
  };
  const item = a.kind === 'item';
  const has = item ? ITEM_PROPERTIES : ATTACHMENT_SELECTABLE;
  const out: Record<string, unknown> = item
    ? { '@odata.type': '#microsoft.graph.itemAttachment' }
    : {
        '@odata.type': '#microsoft.graph.fileAttachment',
        '@odata.mediaContentType': a.contentType,
      };
  for (const k of ['id', ...(select ?? has)]) if (has.includes(k)) out[k] = value(k);
  return out;
}

function attachmentsRef(mb: MailboxRecord, m: MessageRecord): string {
  return `${usersRef(mb)}/messages('${encodeURIComponent(m.id)}')/attachments`;
}

function listAttachments(ctx: Ctx, mb: MailboxRecord, m: MessageRecord): Answer {
  requireMethod(ctx, 'GET');
  allowOptions(ctx, ['$select', '$top']);
  const select = parseSelect(q(ctx, '$select'), ATTACHMENT_SELECTABLE, 'attachment');
  return ok({
    '@odata.context': ctxUrl(ctx, attachmentsRef(mb, m)),
    value: m.attachments.map((a) => attachmentJson(a, select)),
  });
}

function addAttachment(ctx: Ctx, mb: MailboxRecord, m: MessageRecord): Answer {
  allowOptions(ctx, []);
  const info = readFileAttachment(jsonObject(ctx.body));
  if (info.size >= SMALL_ATTACHMENT_LIMIT) {
    // Documented: "This operation limits the size of the attachment you can add to under 3 MB."
    throw new GraphError(
      413,
      'RequestEntityTooLarge',
      'An attachment added in one request must be under 3 MB; use createUploadSession for larger files.',
    );
  }
  const a = ctx.store.addAttachment(m, info, ctx.now.getTime());
  touch(ctx, m);
  return {
    status: 201,
    json: {
      '@odata.context': ctxUrl(ctx, `${attachmentsRef(mb, m)}/$entity`),
      ...attachmentJson(a, null),
    },
  };
}

function oneAttachment(
  ctx: Ctx,
  mb: MailboxRecord,
  m: MessageRecord,
  aid: string,
  value: string | undefined,
): Answer {
  const a = m.attachments.find((x) => x.id === aid);
  if (!a) throw itemNotFound();
  if (value !== undefined) {
    if (value !== '$value') throw segmentNotFound(value);
    requireMethod(ctx, 'GET');
    // A file in its own content type; an attached message as MIME.
    return {
      status: 200,
      bytes: a.bytes,
      headers: { 'content-type': a.kind === 'item' ? 'text/plain' : a.contentType },
    };
  }
  if (ctx.method === 'DELETE') {
    m.attachments.splice(m.attachments.indexOf(a), 1);
    touch(ctx, m);
    return { status: 204 };
  }
  requireMethod(ctx, 'GET');
  allowOptions(ctx, ['$select']);
  const select = parseSelect(q(ctx, '$select'), ATTACHMENT_SELECTABLE, 'attachment');
  return ok({
    '@odata.context': ctxUrl(ctx, `${attachmentsRef(mb, m)}/$entity`),
    ...attachmentJson(a, select),
  });
}

/** The message changed: a new change key. */
function touch(ctx: Ctx, m: MessageRecord): void {
  m.version += 1;
  m.changeKey = ctx.store.nextChangeKey();
  m.lastModifiedDateTime = ctx.now.getTime();
  ctx.applied = true;
}

// ---------------------------------------------------------------- upload sessions

/** `POST …/attachments/createUploadSession` with `{ AttachmentItem: { attachmentType, name, size, … } }`. */
function createUploadSession(ctx: Ctx, mb: MailboxRecord, m: MessageRecord): Answer {
  allowOptions(ctx, []);
  const body = jsonObject(ctx.body);
  const key = Object.keys(body).find((k) => k.toLowerCase() === 'attachmentitem');
  for (const k of Object.keys(body)) if (k !== key) throw noProperty(k, 'createUploadSession');
  const item = key === undefined ? undefined : body[key];
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      "The parameter 'AttachmentItem' is required.",
    );
  }
  const it = item as Record<string, unknown>;
  for (const k of Object.keys(it)) {
    if (!['attachmentType', 'name', 'size', 'contentType', 'isInline', 'contentId'].includes(k)) {
      throw noProperty(k, 'attachmentItem');
    }
  }
  if (
    readEnum(it['attachmentType'], 'attachmentType', ['file', 'item', 'reference'] as const) !==
    'file'
  ) {
    throw badRequest('The Graph emulator takes upload sessions for file attachments only.');
  }
  const name = it['name'];
  if (typeof name !== 'string' || name.trim() === '') {
    throw new GraphError(400, 'ErrorInvalidRequest', 'AttachmentItem needs a name.');
  }
  const size = it['size'];
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) {
    throw new GraphError(400, 'ErrorInvalidRequest', 'AttachmentItem needs its size in bytes.');
  }
  if (size < SMALL_ATTACHMENT_LIMIT) {
    // Documented: a file under 3 MB is attached with one POST instead.
    throw new GraphError(
      400,
      'ErrorAttachmentSizeShouldNotBeLessThanMinimumSize',
      'Attachment size must be greater than the minimum size.',
    );
  }
  const total = m.attachments.reduce((n, a) => n + a.size, 0) + size;
  if (total > LARGE_ATTACHMENT_LIMIT) {
    throw new GraphError(
      400,
      'ErrorMessageSizeExceeded',
      'The message exceeds the maximum supported size.',
    );
  }
  const isInline = it['isInline'] ?? false;
  if (typeof isInline !== 'boolean') throw noBoolean('isInline');
  const contentType = it['contentType'];
  const contentId = it['contentId'];
  const session: UploadRecord = {
    id: ctx.store.newId('upload'),
    token: randomBytes(24).toString('base64url'),
    mailbox: mb.address,
    messageId: m.id,
    name,
    contentType:
      typeof contentType === 'string' && contentType !== ''
        ? contentType
        : 'application/octet-stream',
    isInline,
    contentId: typeof contentId === 'string' ? contentId : null,
    bytes: new Uint8Array(size),
    received: 0,
    expires: ctx.now.getTime() + SESSION_LIFETIME_MS,
  };
  ctx.store.uploads.set(session.id, session);
  ctx.applied = true;
  const uploadBase = ctx.base.replace(/\/v1\.0$/, '/upload');
  return {
    status: 201,
    json: {
      '@odata.context': `${ctx.base}/$metadata#microsoft.graph.uploadSession`,
      uploadUrl: `${uploadBase}/mail/${session.id}?authtoken=${session.token}`,
      expirationDateTime: new Date(session.expires).toISOString(),
      nextExpectedRanges: ['0-'],
    },
  };
}

function sessionState(ctx: Ctx, s: UploadRecord): Answer {
  return ok({
    '@odata.context': `${ctx.base}/$metadata#microsoft.graph.uploadSession`,
    expirationDateTime: new Date(s.expires).toISOString(),
    nextExpectedRanges: [String(s.received)],
  });
}

/**
 * A request to an attachment upload session's URL: PUT a range
 * (`Content-Range: bytes {start}-{end}/{total}`), DELETE to cancel. The URL
 * is the credential: with an Authorization header Outlook answers 401, as
 * the token's audience is Graph, not the upload host.
 */
export function attachmentUpload(ctx: Ctx, rest: readonly string[]): Answer {
  const [id, ...more] = rest;
  if (id === undefined) throw segmentNotFound('mail');
  if (more.length > 0) throw segmentNotFound(more[0] as string);
  if (ctx.headers['authorization'] !== undefined) {
    throw new GraphError(
      401,
      'InvalidAudienceForResource',
      "The audience claim value is invalid for current resource. Audience claim is 'https://graph.microsoft.com/', request url is the upload session's.",
    );
  }
  const s = ctx.store.uploads.get(id);
  if (!s || s.expires <= ctx.now.getTime()) throw itemNotFound();
  if (ctx.query.get('authtoken') !== s.token) {
    throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token validation failure.');
  }
  if (ctx.method === 'DELETE') {
    ctx.store.uploads.delete(s.id);
    ctx.applied = true;
    return { status: 204 };
  }
  if (ctx.method !== 'PUT') throw methodNotAllowed();
  const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec((ctx.headers['content-range'] ?? '').trim());
  const chunk = ctx.bytes;
  if (!range) {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      'Content-Range must be bytes {start}-{end}/{total}.',
    );
  }
  const start = Number(range[1]);
  const end = Number(range[2]);
  if (Number(range[3]) !== s.bytes.byteLength) {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      `The upload session is for ${s.bytes.byteLength} bytes, but the range declares a total of ${range[3]}.`,
    );
  }
  if (end < start || end >= s.bytes.byteLength || end - start + 1 !== chunk.byteLength) {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      'The Content-Range header length does not match the provided number of bytes.',
    );
  }
  if (chunk.byteLength > RANGE_LIMIT) {
    throw new GraphError(413, 'RequestEntityTooLarge', 'One range may carry up to 4 MB.');
  }
  if (start !== s.received) {
    // The same bytes again at the same place: the answer to the first was lost.
    const repeat = end < s.received && equal(s.bytes.subarray(start, end + 1), chunk);
    if (repeat) return sessionState(ctx, s);
    throw new GraphError(
      416,
      'ErrorInvalidRange',
      `The range starts at ${start}; the next expected range starts at ${s.received}.`,
    );
  }
  s.bytes.set(chunk, start);
  s.received = end + 1;
  ctx.applied = true;
  if (s.received < s.bytes.byteLength) return sessionState(ctx, s);
  // The last range: the file is attached, the session is over.
  ctx.store.uploads.delete(s.id);
  const mb = ctx.store.mailbox(s.mailbox);
  const m = mb?.messages.get(s.messageId);
  if (!mb || !m) throw itemNotFound();
  const a = ctx.store.addAttachment(
    m,
    {
      name: s.name,
      contentType: s.contentType,
      size: s.bytes.byteLength,
      isInline: s.isInline,
      contentId: s.contentId,
      bytes: s.bytes,
    },
    ctx.now.getTime(),
  );
  touch(ctx, m);
  return {
    status: 201,
    headers: {
      location: `${ctx.base}/users('${encodeURIComponent(mb.user.id)}')/messages('${encodeURIComponent(m.id)}')/attachments('${encodeURIComponent(a.id)}')`,
    },
  };
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
}

// ---------------------------------------------------------------- send, forward

/** `POST …/messages/{id}/send`: 202; delivered, and the draft becomes a message in Sent Items (a new id). */
async function sendDraft(ctx: Ctx, mb: MailboxRecord, m: MessageRecord): Promise<Answer> {
  allowOptions(ctx, []);
  if (!m.isDraft) {
    throw new GraphError(
      400,
      'ErrorInvalidOperation',
      'Only a draft can be sent; this message was sent already.',
    );
  }
  if (m.toRecipients.length + m.ccRecipients.length + m.bccRecipients.length === 0) {
    throw noRecipients();
  }
  const from = m.from ?? senderOf(mb);
  const fromBox = ctx.store.mailbox(from.address) ?? mb;
  const out: Outgoing = {
    subject: m.subject,
    text: m.text,
    html: m.html,
    from,
    to: m.toRecipients,
    cc: m.ccRecipients,
    bcc: m.bccRecipients,
    replyTo: m.replyTo,
    importance: m.importance,
    internetMessageId: m.internetMessageId,
    headers: m.headers,
    attachments: m.attachments,
  };
  await deliver(ctx, out);
  mb.messages.delete(m.id);
  keepSent(ctx, fromBox, out, {
    categories: m.categories,
    extended: [...m.extended.values()],
    conversationId: m.conversationId,
  });
  return { status: 202 };
}

function quoted(m: MessageRecord): string {
  const names = (list: readonly Recipient[]): string => list.map((r) => r.name).join('; ');
  const body = m.text !== '' || m.html === null ? m.text : m.html.replace(/<[^>]*>/g, '');
  return [
    '________________________________',
    `From: ${m.from?.name ?? ''}`,
    `Sent: ${rfc5322Date(m.sentDateTime)}`,
    `To: ${names(m.toRecipients)}`,
    ...(m.ccRecipients.length > 0 ? [`Cc: ${names(m.ccRecipients)}`] : []),
    `Subject: ${m.subject}`,
    '',
    body,
  ].join('\r\n');
}

/** `POST …/messages/{id}/forward` with `comment` and `toRecipients` (or a `message`): 202. */
async function forward(ctx: Ctx, mb: MailboxRecord, m: MessageRecord): Promise<Answer> {
  allowOptions(ctx, []);
  const body = jsonObject(ctx.body);
  for (const k of Object.keys(body)) {
    if (!['comment', 'toRecipients', 'message'].includes(k)) throw noProperty(k, 'forward');
  }
  const comment = body['comment'] ?? '';
  if (typeof comment !== 'string')
    throw new GraphError(400, 'RequestBodyRead', 'comment must be a string.');
  const msg = body['message'];
  const extra =
    msg === undefined || msg === null
      ? null
      : typeof msg === 'object' && !Array.isArray(msg)
        ? readMessage(ctx, mb, msg as Record<string, unknown>)
        : (() => {
            throw new GraphError(400, 'RequestBodyRead', 'message must be an object.');
          })();
  if (comment !== '' && extra && (extra.text !== '' || extra.html !== null)) {
    // Documented: specify either a comment or the message's body, not both.
    throw badRequest("Specify either 'comment' or the body of 'message', not both.");
  }
  const to = [...readRecipients(body['toRecipients'], 'toRecipients'), ...(extra?.to ?? [])];
  if (to.length === 0) throw noRecipients();
  const fromBox = extra?.fromBox ?? mb;
  const from = senderOf(fromBox);
  const intro = extra && extra.text !== '' ? extra.text : comment;
  const out: Outgoing = {
    subject: `FW: ${m.subject}`,
    text: `${intro}\r\n\r\n${quoted(m)}`,
    html: null,
    from,
    to,
    cc: extra?.cc ?? [],
    bcc: extra?.bcc ?? [],
    replyTo: extra?.replyTo ?? [],
    importance: extra?.importance ?? 'normal',
    internetMessageId: newInternetMessageId(ctx, fromBox),
    headers: extra?.headers ?? [],
    attachments: [...m.attachments, ...(extra?.attachments ?? [])],
  };
  await deliver(ctx, out);
  keepSent(ctx, fromBox, out, {
    ...(extra ? { categories: extra.categories, extended: extra.extended } : {}),
  });
  return { status: 202 };
}
