/**
 * The Graph emulator's mail content: bodies and answers as bytes in both
 * transports (the socket server and the in-process fetch), with Graph's
 * request-size limits by kind of request.
 */
import { createGraphEmulator, startGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator, RunningGraphEmulator } from '../../dev/graph';

const KARI = 'kari.nordmann@ha.kommune.no';
const MiB = 1024 * 1024;

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

describe.each(transports)('request bodies through %s', (_name, transport) => {
  it('refuses a Graph request over 4 MB with 413 RequestEntityTooLarge', async () => {
    const res = await transport()('/v1.0/me/sendMail', {
      method: 'POST',
      headers: { authorization: `Bearer ${testToken(KARI)}`, 'content-type': 'application/json' },
      body: new Uint8Array(4 * MiB + 1).fill(0x20),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      'RequestEntityTooLarge',
    );
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
});
