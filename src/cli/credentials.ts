/**
 * The command line's application sign-in (client credentials) with
 * `@azure/msal-node`: a ConfidentialClientApplication for the tenant, with
 * a client secret or a certificate, from the environment:
 *
 *   ARKIVPOST_TENANT_ID      the directory (tenant) id
 *   ARKIVPOST_CLIENT_ID      the application (client) id
 *   ARKIVPOST_CLIENT_SECRET  a client secret, or
 *   ARKIVPOST_CLIENT_CERT    a PEM certificate file and
 *   ARKIVPOST_CLIENT_KEY     its PEM private key file
 *
 * Tokens are cached by MSAL for the run; each scope is asked once.
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfidentialClientApplication } from '@azure/msal-node';
import type { Configuration } from '@azure/msal-node';
import { UsageError } from './args';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

export type Env = Readonly<Record<string, string | undefined>>;

export interface AppCredentials {
  readonly tenantId: string;
  readonly clientId: string;
  readonly secret?: string;
  readonly certificate?: { readonly certFile: string; readonly keyFile: string };
}

/** The sign-in failed at Microsoft Entra ID (wrong secret, no consent, network). */
export class SignInFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'SignInFailure';
  }
}

const GUIDISH = /^[0-9a-f-]{36}$|^[a-z0-9.-]+\.[a-z]{2,}$/i;

/** The credentials from the environment, or a usage error naming what is missing. */
export function credentialsFromEnv(env: Env): AppCredentials {
  const get = (k: string): string | undefined => {
    const v = env[k]?.trim();
    return v ? v : undefined;
  };
  const tenantId = get('ARKIVPOST_TENANT_ID');
  const clientId = get('ARKIVPOST_CLIENT_ID');
  const secret = get('ARKIVPOST_CLIENT_SECRET');
  const certFile = get('ARKIVPOST_CLIENT_CERT');
  const keyFile = get('ARKIVPOST_CLIENT_KEY');
  const missing: string[] = [];
  if (!tenantId || !GUIDISH.test(tenantId)) missing.push('ARKIVPOST_TENANT_ID');
  if (!clientId || !GUIDISH.test(clientId)) missing.push('ARKIVPOST_CLIENT_ID');
  if (!secret && !(certFile && keyFile)) {
    missing.push(
      certFile
        ? 'ARKIVPOST_CLIENT_KEY'
        : keyFile
          ? 'ARKIVPOST_CLIENT_CERT'
          : 'ARKIVPOST_CLIENT_SECRET | ARKIVPOST_CLIENT_CERT + ARKIVPOST_CLIENT_KEY',
    );
  }
  if (missing.length > 0 || !tenantId || !clientId) {
    throw new UsageError('cli.oversight.error.credentials', { missing: missing.join(', ') });
  }
  return {
    tenantId,
    clientId,
    ...(secret ? { secret } : { certificate: { certFile: certFile!, keyFile: keyFile! } }),
  };
}

function readPem(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError('cli.oversight.error.certificate', {
      file,
      reason: (e as NodeJS.ErrnoException).code ?? String(e),
    });
  }
}

/** MSAL's configuration for these credentials (the certificate read and its SHA-256 thumbprint computed). */
export function msalConfig(c: AppCredentials): Configuration {
  const authority = `https://login.microsoftonline.com/${encodeURIComponent(c.tenantId)}`;
  if (c.secret) return { auth: { clientId: c.clientId, authority, clientSecret: c.secret } };
  const { certFile, keyFile } = c.certificate!;
  const certPem = readPem(certFile);
  const privateKey = readPem(keyFile);
  let thumbprintSha256: string;
  try {
    thumbprintSha256 = new X509Certificate(certPem).fingerprint256.replace(/:/g, '');
  } catch (e) {
    throw new UsageError('cli.oversight.error.certificate', {
      file: certFile,
      reason: e instanceof Error ? e.message : String(e),
    });
  }
  return {
    auth: {
      clientId: c.clientId,
      authority,
      clientCertificate: { thumbprintSha256, privateKey, x5c: certPem },
    },
  };
}

/** A token for a scope (`…/.default`), from MSAL's client-credentials flow. */
export function appTokens(c: AppCredentials): (scope: string) => Promise<string> {
  const app = new ConfidentialClientApplication(msalConfig(c));
  return async (scope) => {
    let result;
    try {
      result = await app.acquireTokenByClientCredential({ scopes: [scope] });
    } catch (e) {
      throw new SignInFailure(e instanceof Error ? e.message.split('\n')[0]! : String(e));
    }
    if (!result?.accessToken) throw new SignInFailure('no access token');
    return result.accessToken;
  };
}
