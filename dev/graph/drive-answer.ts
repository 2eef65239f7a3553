/**
 * Request helpers of the emulator's SharePoint endpoints (drive.ts): the
 * answer and its methods, who is asking and whether they may, If-Match and
 * conflict behaviour, paging and collections, media types by extension.
 */

import { stableGuid } from '../emulator/util';
import { invalidRequest, siteAccessDenied } from './drive-store';
import type { Identity, SiteRecord, ConflictBehavior, ItemRecord } from './drive-store';
import { GraphError } from './errors';
import { intOption } from './odata';
import { q, ctxUrl } from './context';
import type { Answer, Ctx } from './context';
import { eTag } from './drive-json';

const PAGE = 200;

const MAX_PAGE = 999;

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

export const answer = (
  status: number,
  json?: unknown,
  headers: Record<string, string> = {},
): Answer => (json === undefined ? { status, headers } : { status, json, headers });

/** Refuse query options the route does not read (a guess would mislead a test). */
export function only(ctx: Ctx, allowed: readonly string[]): void {
  for (const k of ctx.query.keys()) {
    const key = k.toLowerCase();
    if ((key.startsWith('$') || key.startsWith('@')) && !allowed.includes(key)) {
      throw invalidRequest(`The query option '${k}' is not supported here.`);
    }
  }
}

export function done(ctx: Ctx): void {
  ctx.applied = true;
}

export function who(ctx: Ctx): Identity {
  const p = ctx.principal;
  if (p?.kind === 'user') {
    return { id: p.user.id, displayName: p.user.displayName, email: p.user.mail };
  }
  const name = p?.kind === 'app' ? p.name : 'anonymous';
  return { id: stableGuid(`app:${name}`), displayName: name, email: null };
}

export function requireAccess(ctx: Ctx, site: SiteRecord): void {
  const p = ctx.principal;
  if (p?.kind === 'app') return;
  if (p?.kind === 'user' && p.user.profile === site.tenant) return;
  throw siteAccessDenied();
}

export function conflictOf(value: unknown, fallback: ConflictBehavior): ConflictBehavior {
  if (value === undefined || value === null) return fallback;
  if (value === 'fail' || value === 'replace' || value === 'rename') return value;
  throw invalidRequest(`Invalid value '${String(value)}' for @microsoft.graph.conflictBehavior.`);
}

/** If-Match: `*` or the item's eTag (an entity tag has a comma in it: read tags, not commas). */
export function checkIfMatch(ctx: Ctx, item: ItemRecord): void {
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
export function page<T>(ctx: Ctx, all: readonly T[]): { items: T[]; next: string | null } {
  const top = intOption('$top', q(ctx, '$top'), PAGE, 1, MAX_PAGE);
  const skip = intOption('$skiptoken', q(ctx, '$skiptoken'), 0, 0, Number.MAX_SAFE_INTEGER);
  const items = all.slice(skip, skip + top);
  const next =
    skip + top < all.length
      ? nextLink(ctx, { $top: String(top), $skiptoken: String(skip + top) })
      : null;
  return { items, next };
}

export function collection(
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

export function mimeTypeOf(name: string): string {
  const ext = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
  return MIME_TYPES[ext] ?? 'application/octet-stream';
}
