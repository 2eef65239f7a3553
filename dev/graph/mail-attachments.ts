/**
 * A message's attachments in the Graph emulator (mail.ts): list, get, raw
 * `$value`, add under 3 MB, delete, and upload sessions for 3 MB to 150 MB
 * in ranges of up to 4 MB, to a pre-authenticated URL that refuses an
 * Authorization header.
 */

import { randomBytes } from 'node:crypto';
import {
  GraphError,
  itemNotFound,
  segmentNotFound,
  noProperty,
  badRequest,
  methodNotAllowed,
} from './errors';
import { parseSelect } from './odata';
import {
  usersRef,
  requireMethod,
  allowOptions,
  q,
  ok,
  ctxUrl,
  jsonObject,
  readEnum,
  noBoolean,
} from './context';
import type { Ctx, Answer } from './context';
import type { AttachmentRecord, MailboxRecord, MessageRecord, UploadRecord } from './store';
import { readFileAttachment } from './mail-input';

/** "Under 3 MB" (POST …/attachments) and "between 3 MB and 150 MB" (upload sessions). */
export const SMALL_ATTACHMENT_LIMIT = 3_000_000;

export const LARGE_ATTACHMENT_LIMIT = 150 * 1024 * 1024;

/** One range to an attachment upload session: "up to 4 MB each time". */
export const RANGE_LIMIT = 4 * 1024 * 1024;

/** How long an upload URL works (the emulator's choice; Graph says only that it expires). */
const SESSION_LIFETIME_MS = 60 * 60 * 1000;

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

export function listAttachments(ctx: Ctx, mb: MailboxRecord, m: MessageRecord): Answer {
  requireMethod(ctx, 'GET');
  allowOptions(ctx, ['$select', '$top']);
  const select = parseSelect(q(ctx, '$select'), ATTACHMENT_SELECTABLE, 'attachment');
  return ok({
    '@odata.context': ctxUrl(ctx, attachmentsRef(mb, m)),
    value: m.attachments.map((a) => attachmentJson(a, select)),
  });
}

export function addAttachment(ctx: Ctx, mb: MailboxRecord, m: MessageRecord): Answer {
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

export function oneAttachment(
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
export function createUploadSession(ctx: Ctx, mb: MailboxRecord, m: MessageRecord): Answer {
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
