/**
 * The shape of the Noark 5 API the emulator answers (routes.ts): which
 * lists each package has and where they live, which entities are created
 * below which parent (`ny-…`) and under which relation, and the small
 * request helpers (links, ETags, JSON bodies, the Oslo year).
 */

import { createHash } from 'node:crypto';
import { NoarkError, tooLarge, badRequest, conflict } from './errors';
import { CORRESPONDENCE_KINDS } from './model';
import type { Kind } from './model';
import type { NoarkStore, Entity } from './store';
import type { BodySource, Uploads } from './upload';

export const REL = 'https://rel.arkivverket.no/noark5/v5/api/';

export const NOARK_JSON = 'application/vnd.noark5+json';

export const TEMPLATED = '{?$filter&$orderby&$top&$skip}';

const MAX_JSON = 1024 * 1024;

/** One API request as the routes see it, and what they note about it. */
export interface Ctx {
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: BodySource;
  /** The path after the prefix, decoded, without empty segments. */
  readonly segments: readonly string[];
  /** origin + prefix, e.g. http://127.0.0.1:3000/noark5v5 (hrefs start with it). */
  readonly base: string;
  readonly now: Date;
  /** From `Authorization: Bearer test:<user>`; null when not signed in. */
  user: string | null;
  /** The request changed the archive. */
  applied: boolean;
}

export type Answer =
  | { readonly status: number; readonly headers?: Record<string, string>; readonly json?: unknown }
  | { readonly status: number; readonly headers: Record<string, string>; readonly file: string };

export interface Archive {
  readonly store: NoarkStore;
  readonly uploads: Uploads;
  readonly pageSize: number;
  readonly bulkgrense: number;
}

export type Pkg = 'arkivstruktur' | 'sakarkiv';

export const PLACE: Readonly<Record<Kind, { readonly pkg: Pkg; readonly seg: string }>> = {
  arkiv: { pkg: 'arkivstruktur', seg: 'arkiv' },
  arkivdel: { pkg: 'arkivstruktur', seg: 'arkivdel' },
  saksmappe: { pkg: 'sakarkiv', seg: 'saksmappe' },
  journalpost: { pkg: 'sakarkiv', seg: 'journalpost' },
  korrespondansepartperson: { pkg: 'arkivstruktur', seg: 'korrespondansepartperson' },
  korrespondansepartenhet: { pkg: 'arkivstruktur', seg: 'korrespondansepartenhet' },
  korrespondansepartintern: { pkg: 'arkivstruktur', seg: 'korrespondansepartintern' },
  eksternId: { pkg: 'arkivstruktur', seg: 'eksternId' },
  dokumentbeskrivelse: { pkg: 'arkivstruktur', seg: 'dokumentbeskrivelse' },
  dokumentobjekt: { pkg: 'arkivstruktur', seg: 'dokumentobjekt' },
};

/** Lists at `<pkg>/<seg>/`: which kinds they hold. */
export const LISTS: Readonly<Record<string, readonly Kind[]>> = {
  ...Object.fromEntries(
    Object.entries(PLACE).map(([kind, p]) => [`${p.pkg}/${p.seg}`, [kind as Kind]]),
  ),
  'arkivstruktur/korrespondansepart': CORRESPONDENCE_KINDS,
};

/** What the arkivstruktur and sakarkiv listings announce. */
export const PACKAGE_LISTS: Readonly<Record<Pkg, readonly string[]>> = {
  arkivstruktur: [
    'arkiv',
    'arkivdel',
    'dokumentbeskrivelse',
    'dokumentobjekt',
    'eksternId',
    'korrespondansepart',
  ],
  sakarkiv: ['journalpost', 'saksmappe'],
};

interface Creation {
  readonly seg: string;
  readonly rel: string;
  readonly kind: Kind;
}

interface ChildList {
  readonly seg: string;
  readonly rel: string;
  readonly kinds: readonly Kind[];
  readonly create: readonly Creation[];
}

const newOf = (kind: Kind, pkg: Pkg = 'arkivstruktur'): Creation => ({
  seg: `ny-${kind}`,
  rel: `${pkg}/ny-${kind}/`,
  kind,
});

export const CHILDREN: Readonly<Partial<Record<Kind, readonly ChildList[]>>> = {
  arkiv: [{ seg: 'arkivdel', rel: 'arkivstruktur/arkivdel/', kinds: ['arkivdel'], create: [] }],
  arkivdel: [
    {
      seg: 'saksmappe',
      rel: 'sakarkiv/saksmappe/',
      kinds: ['saksmappe'],
      create: [newOf('saksmappe', 'sakarkiv')],
    },
  ],
  saksmappe: [
    {
      seg: 'journalpost',
      rel: 'sakarkiv/journalpost/',
      kinds: ['journalpost'],
      create: [newOf('journalpost', 'sakarkiv')],
    },
  ],
  journalpost: [
    {
      seg: 'korrespondansepart',
      rel: 'arkivstruktur/korrespondansepart/',
      kinds: CORRESPONDENCE_KINDS,
      create: CORRESPONDENCE_KINDS.map((k) => newOf(k)),
    },
    {
      seg: 'eksternId',
      rel: 'arkivstruktur/eksternId/',
      kinds: ['eksternId'],
      create: [newOf('eksternId')],
    },
    {
      seg: 'dokumentbeskrivelse',
      rel: 'arkivstruktur/dokumentbeskrivelse/',
      kinds: ['dokumentbeskrivelse'],
      create: [newOf('dokumentbeskrivelse')],
    },
  ],
  dokumentbeskrivelse: [
    {
      seg: 'dokumentobjekt',
      rel: 'arkivstruktur/dokumentobjekt/',
      kinds: ['dokumentobjekt'],
      create: [newOf('dokumentobjekt')],
    },
  ],
};

export const PARENT_REL: Readonly<Partial<Record<Kind, string>>> = {
  arkivdel: 'arkivstruktur/arkiv/',
  saksmappe: 'arkivstruktur/arkivdel/',
  journalpost: 'arkivstruktur/mappe/',
  korrespondansepartperson: 'arkivstruktur/registrering/',
  korrespondansepartenhet: 'arkivstruktur/registrering/',
  korrespondansepartintern: 'arkivstruktur/registrering/',
  eksternId: 'arkivstruktur/registrering/',
  dokumentobjekt: 'arkivstruktur/dokumentbeskrivelse/',
};

export const isCorrespondence = (k: Kind): boolean =>
  (CORRESPONDENCE_KINDS as readonly Kind[]).includes(k);

// ---------------------------------------------------------------- helpers

export type Links = Record<string, { href: string; templated?: true }>;

export function sortLinks(links: Links): Links {
  const out: Links = {};
  for (const k of Object.keys(links).sort()) out[k] = links[k] as Links[string];
  return out;
}

export function etagOf(e: Entity): string {
  return `"${e.version}"`;
}

/** A stable UUID for a user name (referanseOpprettetAv and the like). */
export function userRef(user: string): string {
  const h = createHash('sha1').update(`noark-user:${user}`).digest('hex');
  const variant = ((parseInt(h[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The year in Norway (numbers start again on 1 January, Norwegian time). */
export function osloYear(now: Date): number {
  return Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(now),
  );
}

export function accepts(ctx: Ctx, type: string): boolean {
  const accept = ctx.headers['accept'];
  if (!accept) return true;
  return accept
    .split(',')
    .map((a) => (a.split(';')[0] ?? '').trim().toLowerCase())
    .some((a) => a === '*/*' || a === type || a === `${type.split('/')[0]}/*`);
}

export async function readJson(ctx: Ctx): Promise<unknown> {
  const type = (ctx.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (![NOARK_JSON, 'application/json', 'application/merge-patch+json'].includes(type)) {
    throw new NoarkError(415, `Send JSON with Content-Type: ${NOARK_JSON}.`);
  }
  if (ctx.body.length !== null && ctx.body.length > MAX_JSON) throw tooLarge(MAX_JSON);
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const c of ctx.body.chunks) {
    size += c.length;
    if (size > MAX_JSON) throw tooLarge(MAX_JSON);
    parts.push(c);
  }
  try {
    return JSON.parse(Buffer.concat(parts).toString('utf8'));
  } catch {
    throw badRequest('The body is not valid JSON.');
  }
}

export function checkEtag(ctx: Ctx, e: Entity, required: boolean): void {
  // Nikita reads the precondition from an ETag request header; If-Match is HTTP's name.
  const sent = ctx.headers['if-match'] ?? ctx.headers['etag'];
  if (sent === undefined) {
    if (required) {
      throw new NoarkError(
        400,
        `Send If-Match with the ETag of the ${e.kind} (${etagOf(e)}) to change it.`,
      );
    }
    return;
  }
  const tags = sent.split(',').map((t) => t.trim().replace(/^W\//, ''));
  const mine = etagOf(e);
  if (tags.includes('*') || tags.includes(mine) || tags.includes(String(e.version))) return;
  throw conflict(
    `The ${e.kind} has changed since it was read (ETag ${mine}, If-Match ${sent}): read it again and merge.`,
  );
}
