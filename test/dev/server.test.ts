/**
 * The server of `npm start` on another port (PORT): the manifest it serves
 * names that port, so sideloading it from there loads the add-in from there.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'node:https';
import { BROWSER_TIMEOUT_MS, ROOT } from '../support/browser';

jest.setTimeout(BROWSER_TIMEOUT_MS);

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { agent: new Agent({ rejectUnauthorized: false }), headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

let child: ChildProcess | undefined;
let out = '';
let port = 0;
const archive = mkdtempSync(join(tmpdir(), 'arkivpost-noark-'));

beforeAll(async () => {
  port = await freePort();
  child = spawn(process.execPath, [join(ROOT, 'dev', 'server.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), ARKIVPOST_NOARK_DIR: archive },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child?.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/Add-in for sideloading/.test(out)) resolve();
    });
    child?.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
});

afterAll(() => {
  child?.kill();
  rmSync(archive, { recursive: true, force: true });
});

it('serves manifest.xml with the port it listens on, and says where to find it', async () => {
  const { status, body } = await get(`https://localhost:${port}/manifest.xml`);
  expect(status).toBe(200);
  const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const urls = source.split('https://localhost:3000').length - 1;
  expect(urls).toBeGreaterThan(5);
  expect(body).not.toContain('localhost:3000');
  expect(body.split(`https://localhost:${port}/`).length - 1).toBe(urls);
  // Nothing else changed.
  expect(body.split(`https://localhost:${port}`).join('https://localhost:3000')).toBe(source);
  expect(out).toContain(`https://localhost:${port}/manifest.xml`);
});

it('seeds the sample traffic as of its start: months of mail in the function mailboxes, and the journal', async () => {
  const graph = `https://localhost:${port}/graph/v1.0`;
  const auth = { authorization: 'Bearer test:kari.nordmann@ha.kommune.no' };
  const page = await get(
    `${graph}/users/post@ha.kommune.no/mailFolders/inbox/messages?$top=1&$count=true&$select=subject`,
    auth,
  );
  expect(page.status).toBe(200);
  expect((JSON.parse(page.body) as { '@odata.count': number })['@odata.count']).toBeGreaterThan(
    300,
  );
  const tips = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      `${graph}/me/getMailTips`,
      {
        method: 'POST',
        agent: new Agent({ rejectUnauthorized: false }),
        headers: { ...auth, 'content-type': 'application/json' },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(
      JSON.stringify({
        EmailAddresses: ['per.hansen@ha.kommune.no'],
        MailTipsOptions: 'automaticReplies',
      }),
    );
  });
  const [per] = (JSON.parse(tips.body) as { value: { automaticReplies: { message: string } }[] })
    .value;
  expect(per?.automaticReplies.message).not.toBe('');
  const journal = await get(
    `https://localhost:${port}/noark5v5/api/sakarkiv/journalpost/?$top=1&$filter=${encodeURIComponent(
      'journaldato ge 2026-03-01 and journaldato le 2026-03-31',
    )}`,
    { authorization: 'Bearer test:kari.nordmann@ha.kommune.no' },
  );
  expect((JSON.parse(journal.body) as { count: number }).count).toBeGreaterThan(100);
});
