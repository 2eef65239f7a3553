/**
 * The SharePoint endpoints of the Graph emulator (sites, document
 * libraries, folders, files, list item fields, upload sessions), answered
 * from the library store (drive-store.ts) in Graph v1.0's documented shapes.
 * See dev/graph/README.md, section SharePoint.
 *
 * Who may do what: the users of the site's tenant (its example profile) read
 * and write; anyone else gets 403 `accessDenied`; an application token
 * (Sites.ReadWrite.All) reaches every site. Upload sessions' URLs carry
 * their own authorisation and refuse a request that brings an Authorization
 * header (401), as Graph documents.
 */

import { drivesOf, invalidRequest, driveItemNotFound } from './drive-store';
import type { SiteRecord, DriveRecord, DriveStore } from './drive-store';
import { GraphError, segmentNotFound } from './errors';
import { parseExpand } from './odata';
import { requireMethod, ctxUrl, q } from './context';
import type { Ctx, Answer } from './context';
import { answer, collection, done, only, requireAccess } from './drive-answer';
import { driveItemJson, driveJson, listJson, siteJson } from './drive-json';
import { listRoutes } from './drive-lists';
import { address, itemRoutes, sessionJson } from './drive-items';

// ---------------------------------------------------------------- /sites

/**
 * `/sites/{hostname}:/{path}[:/…]` or `/sites/{site-id}/…`: the site, its
 * libraries (`drives`, `drive`), its lists with columns and items.
 */
export function siteRoutes(ctx: Ctx, segs: readonly string[]): Answer {
  const store = drivesOf(ctx.store);
  const [ref] = segs;
  if (ref === undefined) throw invalidRequest('Searching for sites is not emulated.');
  let site: SiteRecord | undefined;
  let rest: readonly string[];
  if (ref.endsWith(':')) {
    const path: string[] = [];
    let i = 1;
    for (; i < segs.length; i++) {
      const s = segs[i] as string;
      if (s.endsWith(':')) {
        path.push(s.slice(0, -1));
        i++;
        break;
      }
      path.push(s);
    }
    site = path.length > 0 ? store.siteByPath(ref.slice(0, -1), path.join('/')) : undefined;
    rest = segs.slice(i);
  } else {
    site = store.siteById(ref);
    rest = segs.slice(1);
  }
  if (!site) throw new GraphError(404, 'itemNotFound', 'Requested site could not be found');
  requireAccess(ctx, site);
  const [a, b, ...more] = rest;
  if (a === undefined) {
    requireMethod(ctx, 'GET');
    return answer(200, { '@odata.context': ctxUrl(ctx, 'sites/$entity'), ...siteJson(site) });
  }
  switch (a.toLowerCase()) {
    case 'drives': {
      if (b === undefined) {
        requireMethod(ctx, 'GET');
        only(ctx, []);
        return collection(ctx, 'drives', site.drives.map(driveJson));
      }
      const drive = site.drives.find((d) => d.id === b);
      if (!drive) throw driveItemNotFound();
      return driveRoutes(ctx, store, drive, more);
    }
    case 'drive':
      return driveRoutes(
        ctx,
        store,
        site.drives[0] as DriveRecord,
        b === undefined ? [] : [b, ...more],
      );
    case 'lists': {
      if (b === undefined) {
        requireMethod(ctx, 'GET');
        only(ctx, []);
        return collection(
          ctx,
          `sites('${site.id}')/lists`,
          site.drives.map((d) => listJson(d.list, false)),
        );
      }
      const list = store.list(site, b);
      if (!list) throw driveItemNotFound();
      return listRoutes(ctx, store, list, more);
    }
    default:
      throw segmentNotFound(a);
  }
}

// ---------------------------------------------------------------- /drives

/** `/drives/{drive-id}/…`. */
export function drivesRoutes(ctx: Ctx, segs: readonly string[]): Answer {
  const store = drivesOf(ctx.store);
  const [id, ...rest] = segs;
  if (id === undefined) throw invalidRequest('Listing every drive is not emulated.');
  const drive = store.drive(id);
  if (!drive) throw driveItemNotFound();
  requireAccess(ctx, drive.site);
  return driveRoutes(ctx, store, drive, rest);
}

function driveRoutes(
  ctx: Ctx,
  store: DriveStore,
  drive: DriveRecord,
  segs: readonly string[],
): Answer {
  const [a, ...more] = segs;
  if (a === undefined) {
    requireMethod(ctx, 'GET');
    only(ctx, []);
    return answer(200, {
      '@odata.context': ctxUrl(ctx, 'drives/$entity'),
      ...driveJson(drive),
    });
  }
  if (a.toLowerCase() === 'list') {
    if (more.length === 0) {
      requireMethod(ctx, 'GET');
      only(ctx, ['$expand', '$select']);
      const columns = parseExpand(q(ctx, '$expand')).some(
        (e) => e.name.toLowerCase() === 'columns',
      );
      return answer(200, {
        '@odata.context': ctxUrl(ctx, `drives('${drive.id}')/list/$entity`),
        ...listJson(drive.list, columns),
      });
    }
    return listRoutes(ctx, store, drive.list, more);
  }
  return itemRoutes(ctx, store, drive, address(store, drive, segs));
}

// ---------------------------------------------------------------- upload URLs

/**
 * `<prefix>/upload/drive/{session}`: PUT a range (`Content-Range: bytes
 * a-b/total`), GET what is still expected, DELETE to cancel. Without an
 * Authorization header: the URL is the authorisation.
 */
export function driveUpload(ctx: Ctx, segs: readonly string[]): Answer {
  const [id, ...more] = segs;
  if (id === undefined || more.length > 0) throw driveItemNotFound();
  if (ctx.headers['authorization'] !== undefined) {
    throw new GraphError(
      401,
      'unauthenticated',
      'The upload URL is pre-authenticated: send its requests without an Authorization header.',
    );
  }
  const store = drivesOf(ctx.store);
  const now = ctx.now.getTime();
  const session = store.session(id, now);
  requireMethod(ctx, 'GET', 'PUT', 'DELETE');
  if (ctx.method === 'GET') return answer(200, sessionJson(session, store));
  if (ctx.method === 'DELETE') {
    store.cancel(session);
    done(ctx);
    return answer(204);
  }
  const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec((ctx.headers['content-range'] ?? '').trim());
  const [start, end, total] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  if (!m || end < start || end >= total) {
    throw invalidRequest(
      'The Content-Range header is missing or is not bytes {start}-{end}/{total}.',
    );
  }
  const result = store.uploadRange(session, { start, end, total }, ctx.bytes, now);
  done(ctx);
  if (!result.done) return answer(202, sessionJson(session, store));
  return answer(result.created ? 201 : 200, driveItemJson(store, result.item, null));
}
