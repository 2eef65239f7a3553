/**
 * What the emulators carry for replies that belong to a case: a header an
 * add-in set on the draft (item.internetHeaders) goes with the mail the
 * workbench sends, and stays on the Sent Items copy as the named property
 * Graph reads (PS_INTERNET_HEADERS) — as Exchange keeps it; a message
 * delivered through the controls keeps the headers its client wrote
 * (In-Reply-To, References) in its MIME, where the read pane finds them.
 */
import { readItemFromEml } from '../../dev/emulator/mailbox';
import { createGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph';
import { sendMailRequest } from '../../dev/workbench/mailboxes';
import { CASE_HEADER_PROPERTY } from '../../src/services/reply-case';

const KARI = 'kari.nordmann@ha.kommune.no';
const POST = 'post@ha.kommune.no';

let graph: GraphEmulator;
beforeAll(async () => {
  graph = await createGraphEmulator({});
});
afterAll(() => graph.close());
beforeEach(() => graph.reset());

const as = (path: string, init: RequestInit = {}): Promise<Response> =>
  graph.fetch(`/graph/v1.0${path}`, {
    ...init,
    headers: {
      ...(init.headers as Record<string, string>),
      authorization: `Bearer ${testToken(KARI)}`,
    },
  });

describe('headers for replies in a case', () => {
  it("keeps the draft's x-header on the Sent Items copy as a named property, and sends it", async () => {
    const request = sendMailRequest({
      mode: 'compose',
      bodyType: 'text',
      subject: 'Vedtak',
      body: 'Innvilga.',
      to: [POST],
      internetHeaders: { 'X-Arkivpost-Case': '2026/1-1', 'In-Reply-To': '<not-an-x-header@x>' },
    });
    const res = await as(`/users/${POST}/sendMail`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    expect(res.status).toBe(202);
    const expand = encodeURIComponent(
      `singleValueExtendedProperties($filter=id eq '${CASE_HEADER_PROPERTY}')`,
    );
    const sent = (await (
      await as(
        `/users/${POST}/mailFolders/sentitems/messages?$filter=subject eq 'Vedtak'&$expand=${expand}`,
      )
    ).json()) as { value: { singleValueExtendedProperties?: { value: string }[] }[] };
    expect(sent.value).toHaveLength(1);
    expect(sent.value[0]?.singleValueExtendedProperties?.[0]?.value).toBe('2026/1-1');
    // The copy that arrived carries the header, not the headers an add-in may not set.
    const inbox = (await (
      await as(`/users/${POST}/mailFolders/inbox/messages?$filter=subject eq 'Vedtak'&$select=id`)
    ).json()) as { value: { id: string }[] };
    const mime = new TextDecoder().decode(
      await (await as(`/users/${POST}/messages/${inbox.value[0]?.id}/$value`)).arrayBuffer(),
    );
    expect(mime).toMatch(/^X-Arkivpost-Case: 2026\/1-1\r$/m);
    expect(mime).not.toContain('not-an-x-header');
  });

  it('delivers In-Reply-To and References through the controls, in the MIME the read pane reads', async () => {
    const res = await graph.fetch(`/graph/_emulator/mailboxes/${POST}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        subject: 'SV: Vedtak',
        from: 'ola@example.net',
        toRecipients: [POST],
        internetMessageHeaders: [
          { name: 'In-Reply-To', value: '<vedtak@ha.kommune.no>' },
          { name: 'References', value: '<a@x> <vedtak@ha.kommune.no>' },
        ],
      }),
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const bytes = new Uint8Array(
      await (await as(`/users/${POST}/messages/${id}/$value`)).arrayBuffer(),
    );
    const item = await readItemFromEml(bytes, { id: 'x' });
    expect(JSON.stringify(item)).toContain('In-Reply-To: <vedtak@ha.kommune.no>');
    // A header name with a colon or a line break is refused.
    const bad = await graph.fetch(`/graph/_emulator/mailboxes/${POST}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        subject: 'x',
        internetMessageHeaders: [{ name: 'Bcc:\r\nX', value: 'y' }],
      }),
    });
    expect(bad.status).toBe(400);
  });
});
