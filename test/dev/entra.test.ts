/**
 * The workbench's Entra ID emulator (dev/entra): OpenID metadata, the
 * authorize endpoint's picker and redirect, the token endpoint's checks
 * (PKCE S256, one use per code, same client and redirect URI), prompt=none
 * from the session cookie, and the tokens it issues (the Graph emulator's
 * `test:<upn>`, an id token with the nonce).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createEntraEmulator } from '../../dev/entra';
import { jwtClaims } from '../../dev/emulator/naa';

const KARI = { upn: 'kari.nordmann@ha.kommune.no', displayName: 'Kari Nordmann', id: 'oid-kari' };
const PER = { upn: 'per.hansen@ha.kommune.no', displayName: 'Per Hansen', id: 'oid-per' };
const CLIENT = '00000000-0000-0000-0000-000000000000';

let server: Server;
let base = '';
/** The emulator checks redirect URIs against its own origin, https://<Host>. */
let host = '';

beforeAll(async () => {
  const entra = createEntraEmulator({ users: () => [KARI, PER] });
  server = createServer((req, res) => {
    if (!entra.handle(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  host = `127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const b64url = (b: Buffer): string =>
  b.toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

function pkce(): { verifier: string; challenge: string } {
  const verifier = b64url(randomBytes(32));
  return { verifier, challenge: b64url(createHash('sha256').update(verifier).digest()) };
}

const redirectUri = (): string => `https://${host}/workbench/addin/ha-kommune/oversikt.html`;

function authorizeUrl(extra: Record<string, string>, challenge: string): string {
  const q = new URLSearchParams({
    client_id: CLIENT,
    redirect_uri: redirectUri(),
    response_type: 'code',
    response_mode: 'fragment',
    scope: 'https://graph.microsoft.com/User.Read openid profile offline_access',
    state: 'st-1',
    nonce: 'n-1',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  });
  return `${base}/entra/organizations/oauth2/v2.0/authorize?${q}`;
}

function get(url: string, cookie?: string): Promise<Response> {
  return fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
}

/** The answer in the redirect's fragment. */
function fragment(res: Response): URLSearchParams {
  const location = res.headers.get('location') ?? '';
  return new URLSearchParams(new URL(location).hash.slice(1));
}

function token(body: Record<string, string>): Promise<Response> {
  return fetch(`${base}/entra/organizations/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body).toString(),
  });
}

describe('the Entra ID emulator', () => {
  it('publishes OpenID metadata on its own origin', async () => {
    const res = await fetch(`${base}/entra/organizations/v2.0/.well-known/openid-configuration`);
    const meta = (await res.json()) as Record<string, string>;
    expect(meta['authorization_endpoint']).toMatch(
      /\/entra\/organizations\/oauth2\/v2\.0\/authorize$/,
    );
    expect(meta['token_endpoint']).toMatch(/\/entra\/organizations\/oauth2\/v2\.0\/token$/);
    expect(new URL(meta['issuer'] ?? '').host).toBe(host);
  });

  it('shows a picker of the users, then sends a code back; the code with its verifier gives the test token', async () => {
    const { verifier, challenge } = pkce();
    const page = await get(authorizeUrl({}, challenge));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Kari Nordmann');
    expect(html).toContain('per.hansen@ha.kommune.no');

    const chosen = await get(authorizeUrl({ user: KARI.upn }, challenge));
    expect(chosen.status).toBe(302);
    const answer = fragment(chosen);
    expect(answer.get('state')).toBe('st-1');
    const code = answer.get('code') ?? '';
    expect(code).not.toBe('');

    const res = await token({
      grant_type: 'authorization_code',
      client_id: CLIENT,
      redirect_uri: redirectUri(),
      code,
      code_verifier: verifier,
    });
    expect(res.status).toBe(200);
    const t = (await res.json()) as Record<string, string>;
    expect(t['access_token']).toBe(`test:${KARI.upn}`);
    const claims = jwtClaims(t['id_token'] ?? '');
    expect(claims).toMatchObject({
      aud: CLIENT,
      nonce: 'n-1',
      oid: 'oid-kari',
      preferred_username: KARI.upn,
    });

    // A code is used once.
    const again = await token({
      grant_type: 'authorization_code',
      client_id: CLIENT,
      redirect_uri: redirectUri(),
      code,
      code_verifier: verifier,
    });
    expect(again.status).toBe(400);
  });

  it('refuses a code without the right verifier, and that code is gone after', async () => {
    const { verifier, challenge } = pkce();
    const code = fragment(await get(authorizeUrl({ user: PER.upn }, challenge))).get('code') ?? '';
    const wrong = await token({
      grant_type: 'authorization_code',
      client_id: CLIENT,
      redirect_uri: redirectUri(),
      code,
      code_verifier: pkce().verifier,
    });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: string }).error).toBe('invalid_grant');
    const right = await token({
      grant_type: 'authorization_code',
      client_id: CLIENT,
      redirect_uri: redirectUri(),
      code,
      code_verifier: verifier,
    });
    expect(right.status).toBe(400);
  });

  it('refuses a code for another client or redirect URI', async () => {
    const { verifier, challenge } = pkce();
    const code = fragment(await get(authorizeUrl({ user: KARI.upn }, challenge))).get('code') ?? '';
    const other = await token({
      grant_type: 'authorization_code',
      client_id: '11111111-1111-1111-1111-111111111111',
      redirect_uri: redirectUri(),
      code,
      code_verifier: verifier,
    });
    expect(other.status).toBe(400);
  });

  it('never sends a code to another origin, and wants PKCE', async () => {
    const { challenge } = pkce();
    const evil = await get(
      authorizeUrl({ user: KARI.upn, redirect_uri: 'https://evil.example/cb' }, challenge),
    );
    expect(evil.status).toBe(400);
    expect(evil.headers.get('location')).toBeNull();
    const plain = await get(
      authorizeUrl({ user: KARI.upn, code_challenge_method: 'plain' }, challenge),
    );
    expect(fragment(plain).get('error')).toBe('invalid_request');
    expect(fragment(plain).get('code')).toBeNull();
  });

  it('answers prompt=none from the session the picker left, else login_required', async () => {
    const { challenge } = pkce();
    const none = await get(authorizeUrl({ prompt: 'none' }, challenge));
    expect(fragment(none).get('error')).toBe('login_required');
    const chosen = await get(authorizeUrl({ user: KARI.upn }, challenge));
    const cookie = (chosen.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^entra_session=/);
    const silent = await get(authorizeUrl({ prompt: 'none' }, challenge), cookie);
    expect(fragment(silent).get('code')).not.toBeNull();
  });

  it('gives new tokens for a refresh token, once', async () => {
    const { verifier, challenge } = pkce();
    const code = fragment(await get(authorizeUrl({ user: KARI.upn }, challenge))).get('code') ?? '';
    const first = (await (
      await token({
        grant_type: 'authorization_code',
        client_id: CLIENT,
        redirect_uri: redirectUri(),
        code,
        code_verifier: verifier,
      })
    ).json()) as Record<string, string>;
    const rt = first['refresh_token'] ?? '';
    const renewed = await token({
      grant_type: 'refresh_token',
      client_id: CLIENT,
      refresh_token: rt,
    });
    expect(((await renewed.json()) as Record<string, string>)['access_token']).toBe(
      `test:${KARI.upn}`,
    );
    const replay = await token({
      grant_type: 'refresh_token',
      client_id: CLIENT,
      refresh_token: rt,
    });
    expect(replay.status).toBe(400);
  });
});
