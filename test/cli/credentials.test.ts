/**
 * The command line's application sign-in: what the environment must hold,
 * and MSAL's configuration for a secret or a certificate (its SHA-256
 * thumbprint computed from the PEM, the key passed as it is).
 */
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { UsageError } from '../../src/cli/args';
import { credentialsFromEnv, msalConfig } from '../../src/cli/credentials';

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT = '66666666-7777-8888-9999-000000000000';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'arkivpost-credentials-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function usage(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error('no usage error');
}

describe('credentialsFromEnv', () => {
  it('takes a secret, or a certificate and its key', () => {
    expect(
      credentialsFromEnv({
        ARKIVPOST_TENANT_ID: TENANT,
        ARKIVPOST_CLIENT_ID: CLIENT,
        ARKIVPOST_CLIENT_SECRET: 's3cret',
      }),
    ).toEqual({ tenantId: TENANT, clientId: CLIENT, secret: 's3cret' });
    expect(
      credentialsFromEnv({
        ARKIVPOST_TENANT_ID: 'ha.kommune.no',
        ARKIVPOST_CLIENT_ID: CLIENT,
        ARKIVPOST_CLIENT_CERT: 'c.pem',
        ARKIVPOST_CLIENT_KEY: 'k.pem',
      }),
    ).toEqual({
      tenantId: 'ha.kommune.no',
      clientId: CLIENT,
      certificate: { certFile: 'c.pem', keyFile: 'k.pem' },
    });
  });

  it('names what is missing or unusable', () => {
    expect(usage(() => credentialsFromEnv({})).params['missing']).toBe(
      'ARKIVPOST_TENANT_ID, ARKIVPOST_CLIENT_ID, ARKIVPOST_CLIENT_SECRET | ARKIVPOST_CLIENT_CERT + ARKIVPOST_CLIENT_KEY',
    );
    expect(
      usage(() =>
        credentialsFromEnv({
          ARKIVPOST_TENANT_ID: 'not a tenant/../x',
          ARKIVPOST_CLIENT_ID: CLIENT,
          ARKIVPOST_CLIENT_CERT: 'c.pem',
        }),
      ).params['missing'],
    ).toBe('ARKIVPOST_TENANT_ID, ARKIVPOST_CLIENT_KEY');
  });
});

describe('msalConfig', () => {
  it('a secret goes to MSAL as the client secret, for the tenant’s authority', () => {
    expect(msalConfig({ tenantId: TENANT, clientId: CLIENT, secret: 's3cret' })).toEqual({
      auth: {
        clientId: CLIENT,
        authority: `https://login.microsoftonline.com/${TENANT}`,
        clientSecret: 's3cret',
      },
    });
  });

  it('a certificate goes with its SHA-256 thumbprint and the key', async () => {
    const pems = await generate([{ name: 'commonName', value: 'arkivpost-oversight' }], {
      keySize: 2048,
      algorithm: 'sha256',
    });
    const cert = join(dir, 'app.crt');
    const key = join(dir, 'app.key');
    writeFileSync(cert, pems.cert);
    writeFileSync(key, pems.private);
    const config = msalConfig({
      tenantId: TENANT,
      clientId: CLIENT,
      certificate: { certFile: cert, keyFile: key },
    });
    const thumbprint = new X509Certificate(pems.cert).fingerprint256.replace(/:/g, '');
    expect(thumbprint).toMatch(/^[0-9A-F]{64}$/);
    expect(config.auth.clientCertificate).toEqual({
      thumbprintSha256: thumbprint,
      privateKey: pems.private,
      x5c: pems.cert,
    });
    expect(config.auth.clientSecret).toBeUndefined();
  });

  it('an unreadable certificate or key is a usage error naming the file', () => {
    const e = usage(() =>
      msalConfig({
        tenantId: TENANT,
        clientId: CLIENT,
        certificate: { certFile: join(dir, 'missing.crt'), keyFile: join(dir, 'missing.key') },
      }),
    );
    expect(e.key).toBe('cli.oversight.error.certificate');
    expect(e.params).toMatchObject({ file: join(dir, 'missing.crt'), reason: 'ENOENT' });
    writeFileSync(join(dir, 'junk.crt'), 'not a certificate');
    writeFileSync(join(dir, 'junk.key'), 'not a key');
    expect(
      usage(() =>
        msalConfig({
          tenantId: TENANT,
          clientId: CLIENT,
          certificate: { certFile: join(dir, 'junk.crt'), keyFile: join(dir, 'junk.key') },
        }),
      ).key,
    ).toBe('cli.oversight.error.certificate');
  });
});
