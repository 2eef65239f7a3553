/**
 * Moving about a Noark 5 Tjenestegrensesnitt by its `_links`: reading
 * entities and lists (following `next`), the `ny-…` templates, creating,
 * changing with If-Match and deleting. Hrefs are opaque: a templated one is
 * cut at `{` and the query added.
 */
import { delayMs } from '../../http';
import { ArchiveFailure } from '../errors';
import type { HttpAnswer, NoarkHttp } from './http';

export const REL = 'https://rel.arkivverket.no/noark5/v5/api/';

export type Json = Record<string, unknown>;

/** An entity as read: its fields and `_links`, its ETag when known, its own href. */
export interface Entity {
  readonly json: Json;
  readonly etag: string | null;
  readonly self: string;
}

/** The href of a relation (`self`, or a name after …/api/), or null when not offered. */
export function href(json: Json, rel: string): string | null {
  const links = json['_links'];
  if (typeof links !== 'object' || links === null) return null;
  const link = (links as Record<string, unknown>)[rel === 'self' ? rel : `${REL}${rel}`];
  const h = typeof link === 'object' && link !== null ? (link as Json)['href'] : undefined;
  return typeof h === 'string' && h !== '' ? h : null;
}

/** The href of a relation the connector cannot do without. */
export function requireHref(json: Json, rel: string): string {
  const h = href(json, rel);
  if (h !== null) return h;
  throw new ArchiveFailure('unknown', `the archive offers no ${REL}${rel} here`, {
    reason: 'relation',
    params: { what: rel.replace(/\/$/, '') },
  });
}

/** A list href with a query: a templated href cut at `{`; values percent-encoded. */
export function withQuery(h: string, query: Readonly<Record<string, string>>): string {
  const base = h.split('{')[0] as string;
  const q = Object.entries(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  if (q === '') return base;
  return `${base}${base.includes('?') ? '&' : '?'}${q}`;
}

export function kodeOf(v: unknown): string | null {
  const k = typeof v === 'object' && v !== null ? (v as Json)['kode'] : undefined;
  return typeof k === 'string' ? k : null;
}

export function textOf(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

export function numberOf(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** An entity of a list (no ETag: read it again before changing it). */
export function listed(json: Json): Entity {
  return { json, etag: null, self: href(json, 'self') ?? '' };
}

/** What `ensure` gives: the entity, and whether this attempt made it. */
export interface Ensured {
  readonly entity: Entity;
  readonly made: boolean;
}

const MAX_PAGES = 20;
/** Creating one thing: the first attempt and two more after an answer was lost. */
const CREATE_ATTEMPTS = 3;

export class NoarkApi {
  constructor(readonly http: NoarkHttp) {}

  private entity(a: HttpAnswer, url: string): Entity {
    if (a.json === null) {
      throw new ArchiveFailure('unknown', `${url} answered ${a.status} without a JSON body`, {
        status: a.status,
      });
    }
    return { json: a.json, etag: a.etag, self: href(a.json, 'self') ?? a.location ?? url };
  }

  async read(url: string): Promise<Entity> {
    return this.entity(await this.http.send({ method: 'GET', url, repeatable: true }), url);
  }

  /** The results of a list, following `next` (at most `pages` pages). */
  async list(
    h: string,
    query: Readonly<Record<string, string>> = {},
    pages = MAX_PAGES,
  ): Promise<Json[]> {
    const out: Json[] = [];
    let url: string | null = withQuery(h, query);
    for (let page = 0; page < pages && url !== null; page++) {
      const { json } = await this.read(url);
      const results = json['results'];
      if (Array.isArray(results)) {
        for (const r of results) if (typeof r === 'object' && r !== null) out.push(r as Json);
      }
      url = href(json, 'next');
    }
    return out;
  }

  /** A `ny-…` template's fields (without `_links`), or none where the archive offers no template. */
  async template(url: string): Promise<Json> {
    try {
      const { json } = await this.read(url);
      const fields: Json = { ...json };
      delete fields['_links'];
      return fields;
    } catch (e) {
      if (e instanceof ArchiveFailure && (e.kind === 'bad-request' || e.kind === 'not-found')) {
        return {};
      }
      throw e;
    }
  }

  /** POST to a `ny-…` href. Not repeated on a lost answer: see `ensure`. */
  async create(url: string, body: Json): Promise<Entity> {
    const a = await this.http.send({ method: 'POST', url, json: body, repeatable: false });
    return this.entity(a, url);
  }

  /**
   * Find it, or make it. `known`: it is known not to exist yet (its parent
   * was made just now), so the first look is skipped. After an answer that
   * was lost (the connection, a timeout, 502/503/504), look again before
   * making it again, so that it is never made twice.
   */
  async ensure(o: {
    readonly known: boolean;
    readonly find: () => Promise<Entity | null>;
    readonly create: () => Promise<Entity>;
  }): Promise<Ensured> {
    if (!o.known) {
      const found = await o.find();
      if (found !== null) return { entity: found, made: false };
    }
    for (let attempt = 1; ; attempt++) {
      try {
        return { entity: await o.create(), made: true };
      } catch (e) {
        if (!(e instanceof ArchiveFailure) || !e.ambiguous || attempt >= CREATE_ATTEMPTS) throw e;
        const policy = this.http.policy;
        await policy.sleep(delayMs(attempt, policy, e.retryAfterMs));
        const found = await o.find();
        if (found !== null) return { entity: found, made: true };
      }
    }
  }

  private async current(e: Entity): Promise<Entity> {
    return e.etag !== null ? e : this.read(e.self);
  }

  /**
   * A JSON merge patch with If-Match. On 409 (someone changed it since it
   * was read) it is read again: done if `done` says the change is there,
   * else patched once more on the new ETag.
   */
  async patch(e: Entity, changes: Json, done: (json: Json) => boolean): Promise<Entity> {
    let target = await this.current(e);
    for (let attempt = 1; ; attempt++) {
      const a = await this.http.send({
        method: 'PATCH',
        url: target.self,
        json: changes,
        headers: {
          'Content-Type': 'application/merge-patch+json',
          'If-Match': target.etag ?? '*',
        },
        repeatable: true,
        accept: [409, 412],
      });
      if (a.status < 400) return this.entity(a, target.self);
      target = await this.read(target.self);
      if (done(target.json)) return target;
      if (attempt >= 2) {
        throw new ArchiveFailure('conflict', `PATCH ${target.self} conflicted twice`, {
          status: a.status,
        });
      }
    }
  }

  /** DELETE with If-Match; a 409 on the ETag reads it again and tries once more. Gone is done. */
  async remove(e: Entity): Promise<void> {
    let target = await this.current(e);
    for (let attempt = 1; ; attempt++) {
      const a = await this.http.send({
        method: 'DELETE',
        url: target.self,
        headers: { 'If-Match': target.etag ?? '*' },
        repeatable: true,
        accept: [404, 409, 410, 412],
      });
      if (a.status < 400 || a.status === 404 || a.status === 410) return;
      if (attempt >= 2) {
        throw new ArchiveFailure('conflict', `DELETE ${target.self} answered ${a.status}`, {
          status: a.status,
        });
      }
      target = await this.read(target.self);
    }
  }
}
