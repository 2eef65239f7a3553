/**
 * The Graph emulator's mail content: bodies and answers as bytes in both
 * transports, a message's MIME ($value), attachments (list, get, raw, add
 * under 3 MB, upload sessions from 3 MB), drafts, send, forward and
 * sendMail with attachments delivered to the recipient's mailbox, the
 * registry mailboxes of the example profiles, and faults on the upload URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ewsId } from '../../dev/emulator/util';
import {
  appToken,
  createGraphEmulator,
  startGraphEmulator,
  testToken,
  toRestId,
} from '../../dev/graph';
import type { GraphEmulator, RunningGraphEmulator } from '../../dev/graph';
import { readDeliveredItem } from '../../dev/workbench/mailboxes';
import type { GraphMessage } from '../../dev/workbench/mailboxes';
import { parseEml } from '../../src/core/mime/eml';

const KARI = 'kari.nordmann@ha.kommune.no';
const PER = 'per.hansen@ha.kommune.no';
const POST = 'post@ha.kommune.no';
const ANNA = 'anna.andersson@vara.se';
const ARKIVET = 'arkivet@vara.se';
const EVA = 'eva.lind@vara.se';
const MiB = 1024 * 1024;

const MAILBOX_DIR = join(__dirname, '..', '..', 'dev', 'mailbox');
const BYGG_FILE = 'ha-kommune/post/02-byggesoknad-gnr12-bnr345.eml';
const BYGG = toRestId(ewsId('item', BYGG_FILE));
const PROP = 'String {7e2d4c1a-0b5f-4e8a-9c3d-2a1b0c9d8e7f} Name Test.OriginalMessageId';

let server: RunningGraphEmulator;
let local: GraphEmulator;

beforeAll(async () => {
  server = await startGraphEmulator({ port: 0 });
  local = await createGraphEmulator();
});

afterAll(async () => {
  local?.close();
  await server?.close();
});

beforeEach(() => {
  server.emulator.reset();
  local.reset();
});

type Transport = (path: string, init: RequestInit) => Promise<Response>;

const transports: readonly (readonly [string, () => Transport])[] = [
  ['the socket server', () => (path, init) => fetch(`${server.origin}/graph${path}`, init)],
  ['the in-process fetch', () => (path, init) => local.fetch(`/graph${path}`, init)],
];

/** A Graph request to the in-process emulator as a user (or an application token). */
async function graph(
  as: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const token = as.startsWith('test-app:') ? as : testToken(as);
  return local.fetch(`/graph/v1.0${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

async function json<T = Record<string, unknown>>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${text}`);
  return (text === '' ? null : JSON.parse(text)) as T;
}

async function errorCode(res: Response): Promise<[number, string]> {
  return [res.status, ((await res.json()) as { error: { code: string } }).error.code];
}

function bytesOf(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >>> 16;
  }
  return out;
}

const base64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

interface Listed {
  readonly value: Record<string, unknown>[];
}

async function inbox(as: string, mailbox: string): Promise<Record<string, unknown>[]> {
  const res = await graph(as, 'GET', `/users/${mailbox}/mailFolders/inbox/messages?$top=50`);
  return (await json<Listed>(res, 200)).value;
}

/** A folder's messages whose test property has this value (Graph's documented lambda), with the property. */
function withProperty(folder: string, value: string): string {
  const filter = `singleValueExtendedProperties/Any(ep: ep/id eq '${PROP}' and ep/value eq '${value}')`;
  const expand = `singleValueExtendedProperties($filter=id eq '${PROP}')`;
  return `/me/mailFolders/${folder}/messages?$filter=${encodeURIComponent(filter)}&$expand=${encodeURIComponent(expand)}`;
}

async function draft(as: string, body: Record<string, unknown>): Promise<string> {
  const res = await graph(as, 'POST', '/me/messages', body);
  return (await json(res, 201))['id'] as string;
}

describe.each(transports)('request bodies through %s', (_name, transport) => {
  it('refuses a Graph request over 4 MB with 413 RequestEntityTooLarge', async () => {
    const res = await transport()('/v1.0/me/sendMail', {
      method: 'POST',
      headers: { authorization: `Bearer ${testToken(KARI)}`, 'content-type': 'application/json' },
      body: new Uint8Array(4 * MiB + 1).fill(0x20),
    });
    expect(await errorCode(res)).toEqual([413, 'RequestEntityTooLarge']);
  });

  it('takes a range over 4 MB to an upload URL (the route, not the size, answers)', async () => {
    const res = await transport()('/upload/nothing-here/x', {
      method: 'PUT',
      headers: { 'content-range': `bytes 0-${5 * MiB - 1}/${5 * MiB}` },
      body: new Uint8Array(5 * MiB),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /nothing-here/,
    );
  });

  it('refuses a range over 60 MiB to an upload URL with 413', async () => {
    const res = await transport()('/upload/nothing-here/x', {
      method: 'PUT',
      body: new Uint8Array(60 * MiB + 1),
    });
    expect(res.status).toBe(413);
  });

  it('answers a sample message’s $value with its .eml, byte for byte, as text/plain', async () => {
    const res = await transport()(`/v1.0/users/${POST}/messages/${BYGG}/$value`, {
      headers: { authorization: `Bearer ${testToken(KARI)}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain');
    const got = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.compare(got, readFileSync(join(MAILBOX_DIR, BYGG_FILE)))).toBe(0);
  });

  it('carries bytes that are not UTF-8 unchanged through an upload session and back in the attachment’s $value', async () => {
    const t = transport();
    const auth = { authorization: `Bearer ${testToken(KARI)}`, 'content-type': 'application/json' };
    const created = await t('/v1.0/me/messages', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ subject: 'bytes', toRecipients: [] }),
    });
    const id = ((await created.json()) as { id: string }).id;
    const file = bytesOf(3 * MiB + 5);
    file.set([0xff, 0xfe, 0x00, 0xc3], 0);
    const session = await t(`/v1.0/me/messages/${id}/attachments/createUploadSession`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        AttachmentItem: { attachmentType: 'file', name: 'raw.bin', size: file.byteLength },
      }),
    });
    const { uploadUrl } = (await session.json()) as { uploadUrl: string };
    const path = new URL(uploadUrl).pathname.replace(/^\/graph/, '') + new URL(uploadUrl).search;
    for (let start = 0; start < file.byteLength; start += 2 * MiB) {
      const piece = file.subarray(start, Math.min(file.byteLength, start + 2 * MiB));
      const res = await t(path, {
        method: 'PUT',
        headers: {
          'content-range': `bytes ${start}-${start + piece.byteLength - 1}/${file.byteLength}`,
        },
        body: piece as BodyInit,
      });
      expect([200, 201]).toContain(res.status);
    }
    const list = (await (
      await t(`/v1.0/me/messages/${id}/attachments?$select=name,size`, { headers: auth })
    ).json()) as Listed;
    const raw = await t(
      `/v1.0/me/messages/${id}/attachments/${String(list.value[0]?.['id'])}/$value`,
      {
        headers: auth,
      },
    );
    expect(Buffer.compare(new Uint8Array(await raw.arrayBuffer()), file)).toBe(0);
  });
});

describe('attachments of a sample message', () => {
  it('lists file attachments in Graph’s shape, parsed from the .eml, with contentBytes', async () => {
    const list = (
      await json<Listed>(
        await graph(KARI, 'GET', `/users/${POST}/messages/${BYGG}/attachments`),
        200,
      )
    ).value;
    const parsed = await parseEml(readFileSync(join(MAILBOX_DIR, BYGG_FILE)));
    expect(list.map((a) => a['name'])).toEqual(parsed.attachments.map((a) => a.name));
    const first = list[0] as Record<string, unknown>;
    expect(first).toMatchObject({
      '@odata.type': '#microsoft.graph.fileAttachment',
      name: 'soknad-om-loyve-til-tiltak.pdf',
      contentType: 'application/pdf',
      isInline: false,
      contentId: null,
    });
    expect(Buffer.from(first['contentBytes'] as string, 'base64')).toEqual(
      Buffer.from(parsed.attachments[0]?.bytes ?? []),
    );
    expect(first['size']).toBe(parsed.attachments[0]?.size);
    expect(typeof first['id']).toBe('string');
    expect(first['lastModifiedDateTime']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('leaves contentBytes out under $select, and answers one attachment and its raw $value', async () => {
    const path = `/users/${POST}/messages/${BYGG}/attachments`;
    const list = (await json<Listed>(await graph(KARI, 'GET', `${path}?$select=name,size`), 200))
      .value;
    expect(Object.keys(list[1] as object).sort()).toEqual(
      ['@odata.mediaContentType', '@odata.type', 'id', 'name', 'size'].sort(),
    );
    const id = String(list[1]?.['id']);
    const one = await json(await graph(KARI, 'GET', `${path}/${id}`), 200);
    expect(one['name']).toBe('situasjonsplan.pdf');
    const raw = await graph(KARI, 'GET', `${path}/${id}/$value`);
    expect(raw.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await raw.arrayBuffer()).toString('base64')).toBe(one['contentBytes']);
    expect(await errorCode(await graph(KARI, 'GET', `${path}/AAMkADnothing=`))).toEqual([
      404,
      'ErrorItemNotFound',
    ]);
  });

  it('lists an attached message as an itemAttachment', async () => {
    const id = toRestId(ewsId('item', 'melleruds-kommun/erik.johansson/04-vb-skolskjuts.eml'));
    const list = (
      await json<Listed>(
        await graph('erik.johansson@mellerud.se', 'GET', `/me/messages/${id}/attachments`),
        200,
      )
    ).value;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      '@odata.type': '#microsoft.graph.itemAttachment',
      name: 'Klagomal-pa-skolskjutsen.eml',
    });
    expect(list[0]).not.toHaveProperty('contentBytes');
  });

  it('keeps a delegate out of attachments of a mailbox they have no access to', async () => {
    const res = await graph(ANNA, 'GET', `/users/${POST}/messages/${BYGG}/attachments`);
    expect(res.status).toBe(404);
  });
});

describe('drafts', () => {
  it('creates a draft in Drafts with extended properties, changes it with PATCH, and deletes it', async () => {
    const created = await json(
      await graph(KARI, 'POST', '/me/messages', {
        subject: 'Utkast',
        body: { contentType: 'text', content: 'Hei' },
        toRecipients: [{ emailAddress: { address: PER } }],
        singleValueExtendedProperties: [{ id: PROP, value: '<a@b>' }],
      }),
      201,
    );
    expect(created).toMatchObject({ isDraft: true, subject: 'Utkast' });
    const drafts = await json(await graph(KARI, 'GET', '/me/mailFolders/drafts'), 200);
    expect(created['parentFolderId']).toBe(drafts['id']);
    const id = created['id'] as string;
    const patched = await json(
      await graph(KARI, 'PATCH', `/me/messages/${id}`, {
        subject: 'Endra',
        ccRecipients: [{ emailAddress: { address: POST } }],
      }),
      200,
    );
    expect(patched).toMatchObject({ subject: 'Endra', isDraft: true });
    expect(patched['ccRecipients']).toEqual([{ emailAddress: { name: POST, address: POST } }]);
    const found = await json<Listed>(
      await graph(KARI, 'GET', withProperty('drafts', '<a@b>')),
      200,
    );
    expect(found.value.map((m) => m['id'])).toEqual([id]);
    expect((await graph(KARI, 'DELETE', `/me/messages/${id}`)).status).toBe(204);
    expect(await errorCode(await graph(KARI, 'GET', `/me/messages/${id}`))).toEqual([
      404,
      'ErrorItemNotFound',
    ]);
  });

  it('still refuses to change the subject of a received message', async () => {
    const res = await graph(KARI, 'PATCH', `/users/${POST}/messages/${BYGG}`, { subject: 'x' });
    expect(await errorCode(res)).toEqual([400, 'ErrorInvalidPropertyUpdateSentMessage']);
  });

  it('adds a file under 3 MB with one POST, and refuses 3 MB with 413', async () => {
    const id = await draft(KARI, { subject: 'Vedlegg' });
    const small = bytesOf(1000);
    const added = await json(
      await graph(KARI, 'POST', `/me/messages/${id}/attachments`, {
        '@odata.type': '#microsoft.graph.fileAttachment',
        name: 'liten.bin',
        contentBytes: base64(small),
      }),
      201,
    );
    expect(added).toMatchObject({
      name: 'liten.bin',
      size: 1000,
      contentType: 'application/octet-stream',
    });
    const big = await graph(KARI, 'POST', `/me/messages/${id}/attachments`, {
      '@odata.type': '#microsoft.graph.fileAttachment',
      name: 'stor.bin',
      contentBytes: base64(bytesOf(3_000_000)),
    });
    expect(big.status).toBe(413);
    const list = (
      await json<Listed>(await graph(KARI, 'GET', `/me/messages/${id}/attachments`), 200)
    ).value;
    expect(list.map((a) => a['name'])).toEqual(['liten.bin']);
    const message = await json(await graph(KARI, 'GET', `/me/messages/${id}`), 200);
    expect(message['hasAttachments']).toBe(true);
  });
});

describe('upload sessions', () => {
  async function session(id: string, size: number): Promise<{ url: string; path: string }> {
    const body = await json(
      await graph(KARI, 'POST', `/me/messages/${id}/attachments/createUploadSession`, {
        AttachmentItem: {
          attachmentType: 'file',
          name: 'stor.eml',
          size,
          contentType: 'application/octet-stream',
        },
      }),
      201,
    );
    expect(body).toMatchObject({
      '@odata.context': expect.stringMatching(/\$metadata#microsoft\.graph\.uploadSession$/),
      nextExpectedRanges: ['0-'],
      expirationDateTime: expect.stringMatching(/Z$/),
    });
    const url = body['uploadUrl'] as string;
    const u = new URL(url, 'http://graph.emulator.invalid');
    return { url, path: `${u.pathname}${u.search}` };
  }

  const put = (path: string, piece: Uint8Array, start: number, total: number, headers = {}) =>
    local.fetch(path, {
      method: 'PUT',
      headers: {
        'content-type': 'application/octet-stream',
        'content-range': `bytes ${start}-${start + piece.byteLength - 1}/${total}`,
        ...headers,
      },
      body: piece as BodyInit,
    });

  it('refuses a session for a file under 3 MB, as Graph documents', async () => {
    const id = await draft(KARI, { subject: 'x' });
    const res = await graph(KARI, 'POST', `/me/messages/${id}/attachments/createUploadSession`, {
      AttachmentItem: { attachmentType: 'file', name: 'a', size: 2_999_999 },
    });
    expect(await errorCode(res)).toEqual([
      400,
      'ErrorAttachmentSizeShouldNotBeLessThanMinimumSize',
    ]);
  });

  it('takes ranges in order, answers the next expected range, and 201 with a Location for the last', async () => {
    const id = await draft(KARI, { subject: 'Stor' });
    const file = bytesOf(9 * MiB + 123);
    const { path } = await session(id, file.byteLength);
    const first = await put(path, file.subarray(0, 4 * MiB), 0, file.byteLength);
    expect(await json(first, 200)).toMatchObject({ nextExpectedRanges: [String(4 * MiB)] });
    // The same range again (its answer was lost): accepted, nothing changes.
    const again = await put(path, file.subarray(0, 4 * MiB), 0, file.byteLength);
    expect(await json(again, 200)).toMatchObject({ nextExpectedRanges: [String(4 * MiB)] });
    // A range that skips ahead: 416.
    const ahead = await put(path, file.subarray(5 * MiB, 6 * MiB), 5 * MiB, file.byteLength);
    expect(await errorCode(ahead)).toEqual([416, 'ErrorInvalidRange']);
    // Over 4 MB in one range: refused.
    const tooBig = await put(path, file.subarray(4 * MiB, 8 * MiB + 1), 4 * MiB, file.byteLength);
    expect(tooBig.status).toBe(413);
    const second = await put(path, file.subarray(4 * MiB, 8 * MiB), 4 * MiB, file.byteLength);
    expect(second.status).toBe(200);
    const last = await put(path, file.subarray(8 * MiB), 8 * MiB, file.byteLength);
    expect(last.status).toBe(201);
    expect(await last.text()).toBe('');
    const location = last.headers.get('location') ?? '';
    const aid = decodeURIComponent(/attachments\('([^']+)'\)$/.exec(location)?.[1] ?? '');
    const raw = await graph(KARI, 'GET', `/me/messages/${id}/attachments/${aid}/$value`);
    expect(Buffer.compare(new Uint8Array(await raw.arrayBuffer()), file)).toBe(0);
    // The session is over.
    expect((await put(path, file.subarray(8 * MiB), 8 * MiB, file.byteLength)).status).toBe(404);
  });

  it('refuses an Authorization header on the upload URL, as Outlook does', async () => {
    const id = await draft(KARI, { subject: 'x' });
    const { path } = await session(id, 3 * MiB);
    const res = await put(path, bytesOf(10), 0, 3 * MiB, {
      authorization: `Bearer ${testToken(KARI)}`,
    });
    expect(await errorCode(res)).toEqual([401, 'InvalidAudienceForResource']);
  });

  it('refuses a wrong authtoken and a wrong total, and DELETE cancels the session', async () => {
    const id = await draft(KARI, { subject: 'x' });
    const { path } = await session(id, 3 * MiB);
    const forged = path.replace(/authtoken=[^&]+/, 'authtoken=forged');
    expect((await put(forged, bytesOf(10), 0, 3 * MiB)).status).toBe(401);
    expect(await errorCode(await put(path, bytesOf(10), 0, 4 * MiB))).toEqual([
      400,
      'ErrorInvalidRequest',
    ]);
    expect((await local.fetch(path, { method: 'DELETE' })).status).toBe(204);
    expect((await put(path, bytesOf(10), 0, 3 * MiB)).status).toBe(404);
  });

  it('lets a test drop the connection during the second range, leaving the first in place', async () => {
    const id = await draft(KARI, { subject: 'x' });
    const file = bytesOf(6 * MiB);
    const { path } = await session(id, file.byteLength);
    local.faults.add({ kind: 'drop', method: 'PUT', path: '^/upload/mail/', skip: 1 });
    expect((await put(path, file.subarray(0, 3 * MiB), 0, file.byteLength)).status).toBe(200);
    await expect(put(path, file.subarray(3 * MiB), 3 * MiB, file.byteLength)).rejects.toThrow(
      'fetch failed',
    );
    const retry = await put(path, file.subarray(3 * MiB), 3 * MiB, file.byteLength);
    expect(retry.status).toBe(201);
    const entry = local.log.filter((e) => e.path.startsWith('/upload/mail/'));
    expect(entry.map((e) => e.status)).toEqual([200, 'dropped', 201]);
  });
});

describe('sending', () => {
  it('sends a draft: delivered with its attachment, the draft gone, a copy with its properties in Sent Items', async () => {
    const file = bytesOf(2000);
    const id = await draft(KARI, {
      subject: 'Til arkivet',
      body: { contentType: 'text', content: 'Sjå vedlegg.' },
      toRecipients: [{ emailAddress: { address: PER } }],
      singleValueExtendedProperties: [{ id: PROP, value: '<orig@x>' }],
      attachments: [
        {
          '@odata.type': '#microsoft.graph.fileAttachment',
          name: 'original.eml',
          contentType: 'application/octet-stream',
          contentBytes: base64(file),
        },
      ],
    });
    expect((await graph(KARI, 'POST', `/me/messages/${id}/send`)).status).toBe(202);
    expect((await graph(KARI, 'GET', `/me/messages/${id}`)).status).toBe(404);
    const sent = await json<Listed>(
      await graph(KARI, 'GET', withProperty('sentitems', '<orig@x>')),
      200,
    );
    expect(sent.value).toHaveLength(1);
    expect(sent.value[0]).toMatchObject({
      isDraft: false,
      subject: 'Til arkivet',
      hasAttachments: true,
    });
    const got = (await inbox(PER, PER)).find((m) => m['subject'] === 'Til arkivet');
    expect(got).toMatchObject({ isRead: false, hasAttachments: true });
    expect(got?.['internetMessageId']).toBe(sent.value[0]?.['internetMessageId']);
    expect(got).not.toHaveProperty('singleValueExtendedProperties');
    const atts = (
      await json<Listed>(
        await graph(PER, 'GET', `/me/messages/${String(got?.['id'])}/attachments`),
        200,
      )
    ).value;
    expect(atts.map((a) => a['name'])).toEqual(['original.eml']);
    const raw = await graph(
      PER,
      'GET',
      `/me/messages/${String(got?.['id'])}/attachments/${String(atts[0]?.['id'])}/$value`,
    );
    expect(Buffer.compare(new Uint8Array(await raw.arrayBuffer()), file)).toBe(0);
    // Its MIME, as the recipient's server keeps it, has the same attachment.
    const mime = await graph(PER, 'GET', `/me/messages/${String(got?.['id'])}/$value`);
    const parsed = await parseEml(new Uint8Array(await mime.arrayBuffer()));
    expect(parsed.subject).toBe('Til arkivet');
    expect(parsed.messageId).toBe(got?.['internetMessageId']);
    expect(Buffer.compare(parsed.attachments[0]?.bytes ?? new Uint8Array(), file)).toBe(0);
    // Sending it again: the draft is no more.
    expect((await graph(KARI, 'POST', `/me/messages/${id}/send`)).status).toBe(404);
  });

  it('turns an attached message/rfc822 file into an item whose $value is no longer the bytes sent', async () => {
    const eml = readFileSync(join(MAILBOX_DIR, BYGG_FILE));
    const file = (name: string, contentType: string) => ({
      '@odata.type': '#microsoft.graph.fileAttachment',
      name,
      contentType,
      contentBytes: base64(eml),
    });
    const sent = await graph(KARI, 'POST', '/me/sendMail', {
      message: {
        subject: 'To slags vedlegg',
        toRecipients: [{ emailAddress: { address: PER } }],
        attachments: [
          file('rfc822.eml', 'message/rfc822'),
          file('octet.eml', 'application/octet-stream'),
        ],
      },
    });
    expect(sent.status).toBe(202);
    const got = (await inbox(PER, PER)).find((m) => m['subject'] === 'To slags vedlegg');
    const path = `/me/messages/${String(got?.['id'])}/attachments`;
    const atts = (await json<Listed>(await graph(PER, 'GET', path), 200)).value;
    expect(atts.map((a) => [a['name'], a['@odata.type']])).toEqual([
      ['rfc822.eml', '#microsoft.graph.itemAttachment'],
      ['octet.eml', '#microsoft.graph.fileAttachment'],
    ]);
    const raw = async (a: Record<string, unknown> | undefined) =>
      new Uint8Array(
        await (await graph(PER, 'GET', `${path}/${String(a?.['id'])}/$value`)).arrayBuffer(),
      );
    expect(Buffer.compare(await raw(atts[0]), eml)).not.toBe(0);
    expect((await parseEml(await raw(atts[0]))).subject).toBe((await parseEml(eml)).subject);
    expect(Buffer.compare(await raw(atts[1]), eml)).toBe(0);
  });

  it('forwards a message with its attachments and a comment', async () => {
    const res = await graph(KARI, 'POST', `/users/${POST}/messages/${BYGG}/forward`, {
      comment: 'Til deg.',
      toRecipients: [{ emailAddress: { address: PER } }],
    });
    expect(res.status).toBe(202);
    const got = (await inbox(PER, PER)).find((m) => String(m['subject']).startsWith('FW: '));
    expect(String(got?.['bodyPreview'])).toMatch(/^Til deg\./);
    const atts = (
      await json<Listed>(
        await graph(PER, 'GET', `/me/messages/${String(got?.['id'])}/attachments?$select=name`),
        200,
      )
    ).value;
    expect(atts.map((a) => a['name'])).toEqual([
      'soknad-om-loyve-til-tiltak.pdf',
      'situasjonsplan.pdf',
      'folgjebrev-utkast.docx',
    ]);
    expect(
      await errorCode(
        await graph(KARI, 'POST', `/users/${POST}/messages/${BYGG}/forward`, { comment: 'x' }),
      ),
    ).toEqual([400, 'ErrorInvalidRecipients']);
  });

  it('refuses to send a message that is not a draft', async () => {
    const res = await graph(KARI, 'POST', `/users/${POST}/messages/${BYGG}/send`);
    expect(await errorCode(res)).toEqual([400, 'ErrorInvalidOperation']);
  });
});

describe('registry mailboxes', () => {
  it('makes each example profile’s registry mailbox a mailbox, Vara’s arkivet@ with its registrar', async () => {
    const state = (await (await local.fetch('/graph/_emulator/state')).json()) as {
      mailboxes: { address: string; kind: string; groupId: string | null }[];
      groups: { grants: string; members: string[] }[];
    };
    const arkivet = state.mailboxes.find((m) => m.address === ARKIVET);
    expect(arkivet).toMatchObject({ kind: 'shared' });
    expect(state.groups.find((g) => g.grants === ARKIVET)?.members).toEqual([EVA]);
    for (const registry of [POST, 'postmottak@kommune.example.no', 'kommunen@mellerud.se']) {
      expect(state.mailboxes.some((m) => m.address === registry)).toBe(true);
    }
  });

  it('delivers mail sent to arkivet@vara.se, readable by its registrar and an application, not by Anna', async () => {
    const res = await graph(ANNA, 'POST', '/me/sendMail', {
      message: {
        subject: 'Till diariet',
        toRecipients: [{ emailAddress: { address: ARKIVET } }],
        attachments: [
          {
            '@odata.type': '#microsoft.graph.fileAttachment',
            name: 'a.eml',
            contentType: 'application/octet-stream',
            contentBytes: base64(bytesOf(10)),
          },
        ],
      },
    });
    expect(res.status).toBe(202);
    expect((await inbox(EVA, ARKIVET)).map((m) => m['subject'])).toEqual(['Till diariet']);
    expect((await inbox(appToken(), ARKIVET)).map((m) => m['hasAttachments'])).toEqual([true]);
    expect((await graph(ANNA, 'GET', `/users/${ARKIVET}/messages`)).status).toBe(403);
  });

  it('opens a delivered message in the workbench with its attachments, read from its MIME', async () => {
    const original = readFileSync(join(MAILBOX_DIR, BYGG_FILE));
    const sent = await graph(ANNA, 'POST', '/me/sendMail', {
      message: {
        subject: 'Till diariet',
        toRecipients: [{ emailAddress: { address: ARKIVET } }],
        attachments: [
          {
            '@odata.type': '#microsoft.graph.fileAttachment',
            name: 'Byggesøknad.eml',
            contentType: 'application/octet-stream',
            contentBytes: base64(original),
          },
        ],
      },
    });
    expect(sent.status).toBe(202);
    const [listed] = await inbox(EVA, ARKIVET);
    const path = `/users/${ARKIVET}/messages/${String(listed?.['id'])}`;
    const message = await json<GraphMessage>(await graph(EVA, 'GET', path), 200);
    const mime = new Uint8Array(await (await graph(EVA, 'GET', `${path}/$value`)).arrayBuffer());
    const item = await readDeliveredItem(message, mime);
    expect(toRestId(item.itemId)).toBe(message.id);
    expect(item.subject).toBe('Till diariet');
    expect(item.from?.emailAddress).toBe(ANNA);
    expect(item.attachments).toHaveLength(1);
    const [att] = item.attachments;
    expect(att).toMatchObject({ attachmentType: 'file', name: 'Byggesøknad.eml' });
    expect(Buffer.compare((att as { bytes: Uint8Array }).bytes, original)).toBe(0);
  });
});
