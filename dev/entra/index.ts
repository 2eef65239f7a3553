/**
 * A small Microsoft Entra ID for the workbench: enough OpenID Connect for
 * MSAL's redirect sign-in (the standalone oversight page, /oversikt).
 *
 *   GET  /entra/{tenant}/v2.0/.well-known/openid-configuration   the metadata
 *   GET  /entra/{tenant}/oauth2/v2.0/authorize                   a user picker
 *   POST /entra/{tenant}/oauth2/v2.0/token                       code (PKCE) → tokens
 *   GET  /entra/{tenant}/oauth2/v2.0/logout                      back to the app
 *   GET  /entra/{tenant}/discovery/v2.0/keys                     no keys: tokens are unsigned
 *
 * The picker lists the Graph emulator's users who can sign in; choosing one
 * sends the browser back to the redirect URI with a code. The token endpoint
 * checks the code once, for the same client and redirect URI, and the PKCE
 * verifier against the challenge (S256), and answers with the Graph
 * emulator's test token `test:<upn>` and an unsigned id token (the nonce
 * echoed, `oid` the user's Graph object id). `prompt=none` answers from the
 * picker's session cookie, or `login_required`. Redirect URIs must be on this
 * server's own origin. Everything is in memory; codes live 2 minutes.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { unsignedJwt } from '../emulator/naa';
import { tenantIdOf } from '../emulator/util';

export interface EntraUser {
  readonly upn: string;
  readonly displayName: string;
  /** The Graph object id. */
  readonly id: string;
}

export interface EntraOptions {
  /** The users who can sign in (personal mailboxes), asked on every request. */
  readonly users: () => Iterable<EntraUser>;
  /** URL prefix; default /entra. */
  readonly prefix?: string;
  readonly now?: () => Date;
}

interface Grant {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly challenge: string;
  readonly upn: string;
  readonly nonce: string;
  readonly scope: string;
  readonly tenant: string;
  readonly expires: number;
}

const CODE_MS = 120_000;
const TOKEN_S = 3600;
const MAX_BODY = 64 * 1024;
const SESSION = 'entra_session';

function b64url(bytes: Buffer): string {
  return bytes.toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function html(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
  });
}

export interface EntraEmulator {
  /** true when the request is the emulator's (under the prefix); it answers it then. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

export function createEntraEmulator(options: EntraOptions): EntraEmulator {
  const prefix = (options.prefix ?? '/entra').replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const codes = new Map<string, Grant>();
  const refresh = new Map<string, Omit<Grant, 'challenge' | 'redirectUri' | 'expires'>>();

  const origin = (req: IncomingMessage): string => `https://${req.headers.host ?? 'localhost'}`;
  const userOf = (upn: string): EntraUser | undefined => {
    const key = upn.trim().toLowerCase();
    for (const u of options.users()) if (u.upn.toLowerCase() === key) return u;
    return undefined;
  };
  const tidOf = (tenant: string, upn: string): string =>
    /^[0-9a-f-]{36}$/i.test(tenant) ? tenant.toLowerCase() : tenantIdOf(upn);

  const sweep = (): void => {
    const t = now().getTime();
    for (const [code, g] of codes) if (g.expires < t) codes.delete(code);
  };

  function metadata(req: IncomingMessage, res: ServerResponse, tenant: string): void {
    const base = `${origin(req)}${prefix}/${tenant}`;
    json(res, 200, {
      issuer: `${base}/v2.0`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      token_endpoint: `${base}/oauth2/v2.0/token`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_types_supported: ['code'],
      response_modes_supported: ['query', 'fragment'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['none'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nonce', 'name', 'oid', 'tid'],
      tenant_region_scope: 'EU',
      cloud_instance_name: 'localhost',
    });
  }

  /** Back to the app: the answer in the fragment or the query, as it asked. */
  function back(
    res: ServerResponse,
    redirectUri: string,
    mode: string,
    params: Record<string, string>,
    setCookie?: string,
  ): void {
    const q = new URLSearchParams(params).toString();
    const url = new URL(redirectUri);
    if (mode === 'query') url.search = url.search ? `${url.search}&${q}` : `?${q}`;
    else url.hash = q;
    res.writeHead(302, {
      location: url.href,
      'cache-control': 'no-store',
      ...(setCookie ? { 'set-cookie': setCookie } : {}),
    });
    res.end();
  }

  function picker(res: ServerResponse, query: URLSearchParams, tenant: string): void {
    const hidden = [...query.entries()]
      .filter(([k]) => k !== 'user')
      .map(([k, v]) => `<input type="hidden" name="${html(k)}" value="${html(v)}">`)
      .join('');
    const hint = (query.get('login_hint') ?? '').toLowerCase();
    const users = [...options.users()].sort((a, b) => a.upn.localeCompare(b.upn));
    const buttons = users
      .map(
        (u) =>
          `<li><button type="submit" name="user" value="${html(u.upn)}"${
            u.upn.toLowerCase() === hint ? ' autofocus' : ''
          }>${html(u.displayName)} <span>${html(u.upn)}</span></button></li>`,
      )
      .join('');
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in – local Entra ID</title>
<style>body{font-family:'Segoe UI',system-ui,sans-serif;margin:2rem auto;max-width:32rem;line-height:1.5}
ul{list-style:none;padding:0}li{margin:.4rem 0}button{width:100%;text-align:left;padding:.6rem .8rem;font:inherit;cursor:pointer}
button span{color:#555;display:block;font-size:.85rem}</style></head>
<body><main><h1>Pick an account</h1>
<p>Local Microsoft Entra ID (tenant ${html(tenant)}). Sign in as:</p>
<form method="get" action=""><ul>${buttons}</ul>${hidden}</form></main></body></html>`;
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'self'; base-uri 'none'",
    });
    res.end(page);
  }

  function authorize(
    req: IncomingMessage,
    res: ServerResponse,
    tenant: string,
    query: URLSearchParams,
  ): void {
    const clientId = query.get('client_id') ?? '';
    const redirectUri = query.get('redirect_uri') ?? '';
    let redirect: URL | null;
    try {
      redirect = new URL(redirectUri);
    } catch {
      redirect = null;
    }
    // Never send a code anywhere but this server's own pages.
    if (!clientId || !redirect || redirect.origin !== origin(req)) {
      json(res, 400, {
        error: 'invalid_request',
        error_description: 'AADSTS50011: the redirect URI is not registered for this application.',
      });
      return;
    }
    const mode = query.get('response_mode') === 'query' ? 'query' : 'fragment';
    const state = query.get('state') ?? '';
    const fail = (error: string, description: string): void =>
      back(res, redirectUri, mode, { error, error_description: description, state });
    if (query.get('response_type') !== 'code') {
      fail('unsupported_response_type', 'AADSTS700054: only the code flow is supported.');
      return;
    }
    const challenge = query.get('code_challenge') ?? '';
    if (
      query.get('code_challenge_method') !== 'S256' ||
      !/^[A-Za-z0-9_-]{43,128}$/.test(challenge)
    ) {
      fail('invalid_request', 'AADSTS9002325: Proof Key for Code Exchange is required (S256).');
      return;
    }
    const chosen = query.get('user');
    const session = cookie(req, SESSION);
    let upn: string | null = null;
    if (chosen !== null) upn = userOf(chosen)?.upn ?? null;
    else if (query.get('prompt') === 'none') {
      upn = session ? (userOf(session)?.upn ?? null) : null;
      if (upn === null) {
        fail('login_required', 'AADSTS50058: no user is signed in.');
        return;
      }
    } else if (query.get('prompt') !== 'login' && query.get('prompt') !== 'select_account') {
      const hint = query.get('login_hint');
      if (hint && session && session.toLowerCase() === hint.toLowerCase())
        upn = userOf(session)?.upn ?? null;
    }
    if (upn === null) {
      picker(res, query, tenant);
      return;
    }
    sweep();
    const code = b64url(randomBytes(32));
    codes.set(code, {
      clientId,
      redirectUri,
      challenge,
      upn,
      nonce: query.get('nonce') ?? '',
      scope: query.get('scope') ?? '',
      tenant,
      expires: now().getTime() + CODE_MS,
    });
    back(
      res,
      redirectUri,
      mode,
      { code, state, client_info: clientInfo(upn, tenant) },
      `${SESSION}=${encodeURIComponent(upn)}; Path=${prefix}; Secure; HttpOnly; SameSite=Lax`,
    );
  }

  function clientInfo(upn: string, tenant: string): string {
    const user = userOf(upn);
    return b64url(
      Buffer.from(JSON.stringify({ uid: user?.id ?? '', utid: tidOf(tenant, upn) }), 'utf8'),
    );
  }

  function tokens(
    req: IncomingMessage,
    res: ServerResponse,
    g: { upn: string; clientId: string; nonce: string; scope: string; tenant: string },
  ): void {
    const user = userOf(g.upn);
    if (!user) {
      json(res, 400, { error: 'invalid_grant', error_description: 'AADSTS50034: no such user.' });
      return;
    }
    const t = Math.floor(now().getTime() / 1000);
    const tid = tidOf(g.tenant, user.upn);
    const idToken = unsignedJwt({
      ver: '2.0',
      iss: `${origin(req)}${prefix}/${g.tenant}/v2.0`,
      aud: g.clientId,
      sub: user.id,
      oid: user.id,
      tid,
      name: user.displayName,
      preferred_username: user.upn,
      ...(g.nonce ? { nonce: g.nonce } : {}),
      iat: t,
      nbf: t,
      exp: t + TOKEN_S,
    });
    const rt = b64url(randomBytes(32));
    refresh.set(rt, {
      clientId: g.clientId,
      upn: user.upn,
      nonce: '',
      scope: g.scope,
      tenant: g.tenant,
    });
    const scopes = g.scope
      .split(/\s+/)
      .filter((s) => s && !['openid', 'profile', 'offline_access', 'email'].includes(s));
    json(res, 200, {
      token_type: 'Bearer',
      scope: scopes.join(' ') || 'User.Read',
      expires_in: TOKEN_S,
      ext_expires_in: TOKEN_S,
      access_token: `test:${user.upn}`,
      id_token: idToken,
      refresh_token: rt,
      client_info: clientInfo(user.upn, g.tenant),
    });
  }

  async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (body === null) {
      json(res, 400, { error: 'invalid_request', error_description: 'body too large' });
      return;
    }
    const p = new URLSearchParams(body);
    const grant = p.get('grant_type');
    if (grant === 'authorization_code') {
      sweep();
      const code = p.get('code') ?? '';
      const g = codes.get(code);
      codes.delete(code); // one use, even when the rest is wrong
      if (!g || g.clientId !== p.get('client_id') || g.redirectUri !== p.get('redirect_uri')) {
        json(res, 400, {
          error: 'invalid_grant',
          error_description: 'AADSTS70008: the code is unknown, used or expired.',
        });
        return;
      }
      const verifier = p.get('code_verifier') ?? '';
      const expected = b64url(createHash('sha256').update(verifier).digest());
      if (!verifier || expected !== g.challenge) {
        json(res, 400, {
          error: 'invalid_grant',
          error_description: 'AADSTS501481: the code verifier does not match the code challenge.',
        });
        return;
      }
      tokens(req, res, g);
      return;
    }
    if (grant === 'refresh_token') {
      const rt = p.get('refresh_token') ?? '';
      const r = refresh.get(rt);
      if (!r || r.clientId !== p.get('client_id')) {
        json(res, 400, {
          error: 'invalid_grant',
          error_description: 'AADSTS70000: bad refresh token.',
        });
        return;
      }
      refresh.delete(rt);
      tokens(req, res, { ...r, scope: p.get('scope') ?? r.scope });
      return;
    }
    json(res, 400, { error: 'unsupported_grant_type', error_description: String(grant) });
  }

  return {
    handle(req, res) {
      const url = new URL(req.url ?? '/', 'https://localhost');
      if (url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return false;
      const parts = url.pathname.slice(prefix.length + 1).split('/');
      const tenant = parts[0] ?? '';
      const rest = parts.slice(1).join('/');
      const method = req.method ?? 'GET';
      if (!/^[A-Za-z0-9.-]{1,64}$/.test(tenant)) {
        json(res, 404, { error: 'invalid_tenant' });
      } else if (
        method === 'GET' &&
        (rest === 'v2.0/.well-known/openid-configuration' ||
          rest === '.well-known/openid-configuration')
      ) {
        metadata(req, res, tenant);
      } else if (method === 'GET' && rest === 'oauth2/v2.0/authorize') {
        authorize(req, res, tenant, url.searchParams);
      } else if (method === 'POST' && rest === 'oauth2/v2.0/token') {
        token(req, res).catch(() => json(res, 500, { error: 'server_error' }));
      } else if (method === 'GET' && rest === 'oauth2/v2.0/logout') {
        const to = url.searchParams.get('post_logout_redirect_uri');
        let target = '/';
        try {
          if (to && new URL(to).origin === origin(req)) target = to;
        } catch {
          target = '/';
        }
        res.writeHead(302, {
          location: target,
          'set-cookie': `${SESSION}=; Path=${prefix}; Secure; HttpOnly; SameSite=Lax; Max-Age=0`,
        });
        res.end();
      } else if (method === 'GET' && rest === 'discovery/v2.0/keys') {
        json(res, 200, { keys: [] });
      } else {
        json(res, 404, { error: 'not_found' });
      }
      return true;
    },
  };
}
