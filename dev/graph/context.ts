/**
 * A request as the Graph emulator's route modules see it (the context, the
 * answer, who is asking and what they may reach) and the readers of request
 * bodies they share. A module of its own, so that routes.ts, mail.ts and
 * drive.ts build on it without importing each other.
 */
import {
  GraphError,
  accessDenied,
  badJson,
  badRequest,
  idMalformed,
  itemNotFound,
  methodNotAllowed,
} from './errors';
import type {
  FolderRecord,
  GraphStore,
  MailboxRecord,
  MessageRecord,
  Recipient,
  UserRecord,
} from './store';
import { ianaZone } from './time';

export type Principal =
  | { readonly kind: 'user'; readonly user: UserRecord }
  | { readonly kind: 'app'; readonly name: string };

export interface Ctx {
  readonly method: string;
  /** Decoded path segments after /v1.0. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as text (UTF-8), for the routes that read JSON. */
  readonly body: string;
  /** The body as sent: upload ranges, file content. */
  readonly bytes: Uint8Array;
  /** Absolute URL of the emulated service root, e.g. https://localhost:3000/graph/v1.0. */
  readonly base: string;
  readonly now: Date;
  readonly store: GraphStore;
  principal: Principal | null;
  /** Set when the request changed the store. */
  applied: boolean;
}

export interface Answer {
  readonly status: number;
  /** A bytes answer names its own Content-Type here. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
  /** Raw content (`$value` of a message, an attachment or a file); instead of json. */
  readonly bytes?: Uint8Array;
  /** A `$batch`'s requests, for the request log. */
  readonly parts?: readonly BatchPart[];
}

/** One request of a `$batch`, as the request log shows it. */
export interface BatchPart {
  readonly method: string;
  /** Path after /v1.0, decoded, without the query. */
  readonly path: string;
  readonly query: string;
  readonly status: number;
}

export const ok = (json: unknown, headers: Record<string, string> = {}): Answer => ({
  status: 200,
  json,
  headers,
});

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const CHALLENGE = `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="${GRAPH_APP_ID}"`;

export function unauthenticated(message: string, challenge = CHALLENGE): GraphError {
  return new GraphError(401, 'InvalidAuthenticationToken', message, {
    'www-authenticate': challenge,
  });
}

/** 401 as Continuous Access Evaluation answers it: the client must get a token with these claims. */
export function claimsChallenge(): GraphError {
  const claims = Buffer.from(
    JSON.stringify({ access_token: { nbf: { essential: true, value: '1735689600' } } }),
  ).toString('base64');
  return unauthenticated(
    'Continuous access evaluation resulted in challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp',
    `${CHALLENGE}, error="insufficient_claims", claims="${claims}"`,
  );
}

/** `Authorization: Bearer test:<upn>` (a user) or `Bearer test-app:<name>` (an application). */
export function authenticate(
  store: GraphStore,
  headers: Readonly<Record<string, string>>,
): Principal {
  const h = headers['authorization'];
  if (h === undefined || h.trim() === '') throw unauthenticated('Access token is empty.');
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  if (!m) throw unauthenticated('Access token is empty.');
  const token = m[1] as string;
  if (token.startsWith('test-app:') && token.length > 'test-app:'.length) {
    return { kind: 'app', name: token.slice('test-app:'.length) };
  }
  if (token.startsWith('test:')) {
    const user = store.user(token.slice('test:'.length));
    if (user && !user.accountEnabled) {
      throw unauthenticated('Access token validation failure. The user account is disabled.');
    }
    if (user) return { kind: 'user', user };
  }
  throw unauthenticated('Access token validation failure. Invalid audience.');
}

// ---------------------------------------------------------------- helpers

export function allowOptions(ctx: Ctx, allowed: readonly string[]): void {
  for (const k of ctx.query.keys()) {
    if (k.startsWith('$') && !allowed.includes(k.toLowerCase())) {
      throw badRequest(`The query parameter '${k}' is not supported.`);
    }
  }
}

/** Query options by lower-case name ($select, $SELECT). */
export function q(ctx: Ctx, name: string): string | null {
  for (const [k, v] of ctx.query) if (k.toLowerCase() === name) return v;
  return null;
}

export function jsonObject(text: string): Record<string, unknown> {
  if (text.trim() === '') throw badJson();
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw badJson();
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw badJson();
  return v as Record<string, unknown>;
}

export function ctxUrl(ctx: Ctx, fragment: string): string {
  return `${ctx.base}/$metadata#${fragment}`;
}

export function usersRef(mb: MailboxRecord): string {
  return `users('${encodeURIComponent(mb.address)}')`;
}

export function requireMethod(ctx: Ctx, ...methods: string[]): void {
  if (!methods.includes(ctx.method)) throw methodNotAllowed();
}

export type Access = 'owner' | 'delegate' | 'app' | 'none';

export function access(ctx: Ctx, mb: MailboxRecord): Access {
  const p = ctx.principal;
  if (!p) return 'none';
  if (p.kind === 'app') return 'app';
  if (p.user.id === mb.user.id) return 'owner';
  if (mb.groupId !== null && ctx.store.groups.get(mb.groupId)?.members.includes(p.user.id)) {
    return 'delegate';
  }
  return 'none';
}

export function requireMailAccess(ctx: Ctx, mb: MailboxRecord): void {
  if (access(ctx, mb) === 'none') throw accessDenied();
}

/** The tenant of the signed-in user (the example profile); null for an application: all. */
export function tenant(ctx: Ctx): string | null {
  return ctx.principal?.kind === 'user' ? ctx.principal.user.profile : null;
}

export function inTenant(ctx: Ctx, u: UserRecord): boolean {
  const t = tenant(ctx);
  return t === null || u.profile === t;
}

export interface Preferences {
  readonly zone: string;
  readonly bodyType: 'text' | 'html' | null;
  readonly applied: Record<string, string>;
}

/** `Prefer: outlook.timezone="…", outlook.body-content-type="text"`. */
export function preferences(ctx: Ctx): Preferences {
  const h = ctx.headers['prefer'] ?? '';
  const applied: string[] = [];
  let zone = 'UTC';
  const tz = /outlook\.timezone\s*=\s*"([^"]{1,100})"/i.exec(h);
  if (tz && ianaZone(tz[1] as string)) {
    zone = tz[1] as string;
    applied.push(`outlook.timezone="${zone}"`);
  }
  let bodyType: 'text' | 'html' | null = null;
  const bt = /outlook\.body-content-type\s*=\s*"?(text|html)"?/i.exec(h);
  if (bt) {
    bodyType = (bt[1] as string).toLowerCase() as 'text' | 'html';
    applied.push(`outlook.body-content-type="${bodyType}"`);
  }
  return {
    zone,
    bodyType,
    applied: applied.length > 0 ? { 'preference-applied': applied.join(', ') } : {},
  };
}

export function findMessage(
  mb: MailboxRecord,
  folder: FolderRecord | null,
  id: string,
): MessageRecord {
  const m = mb.messages.get(id);
  if (!m || (folder !== null && m.folder !== folder.name)) {
    // An EWS id (with / or +) is not a REST id: Graph calls it malformed.
    if (/[/+]/.test(id) || !/^[\w=-]+$/.test(id)) throw idMalformed();
    throw itemNotFound();
  }
  return m;
}

export function readCategories(v: unknown): string[] {
  if (!Array.isArray(v) || v.some((c) => typeof c !== 'string')) {
    throw new GraphError(
      400,
      'RequestBodyRead',
      "Cannot convert the value of 'categories' to the expected type 'Collection(Edm.String)'.",
    );
  }
  const out: string[] = [];
  for (const c of v as string[]) {
    const name = c.trim();
    if (name === '' || name.length > 255) {
      throw new GraphError(400, 'ErrorInvalidRequest', `'${c}' is not a valid category name.`);
    }
    if (!out.some((x) => x.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  return out;
}

export function readEnum<T extends string>(v: unknown, name: string, values: readonly T[]): T {
  const found =
    typeof v === 'string' ? values.find((x) => x.toLowerCase() === v.toLowerCase()) : undefined;
  if (!found) {
    throw new GraphError(
      400,
      'RequestBodyRead',
      `The value '${String(v)}' is not valid for ${name}; use one of ${values.join(', ')}.`,
    );
  }
  return found;
}

export function noBoolean(name: string): GraphError {
  return new GraphError(
    400,
    'RequestBodyRead',
    `Cannot convert the value of '${name}' to the expected type 'Edm.Boolean'.`,
  );
}

export function readRecipients(v: unknown, field: string): Recipient[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    throw new GraphError(400, 'RequestBodyRead', `${field} must be an array of recipients.`);
  }
  return v.map((r: unknown) => {
    const e = (r as { emailAddress?: { address?: unknown; name?: unknown } } | null)?.emailAddress;
    const address = typeof e?.address === 'string' ? e.address.trim() : '';
    if (!/^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/.test(address)) {
      throw new GraphError(
        400,
        'ErrorInvalidRecipients',
        `At least one recipient is not valid., Recipient '${address}' is not resolved. All recipients must be resolved before a message can be submitted.`,
      );
    }
    const name = typeof e?.name === 'string' && e.name.trim() !== '' ? e.name : address;
    return { name, address };
  });
}
