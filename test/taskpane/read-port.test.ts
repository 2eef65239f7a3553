/**
 * The read port over Office.js (src/host/office/read.ts) against the
 * Office.js emulator, with received messages from the sample mailboxes
 * (dev/mailbox): subject, addresses, headers, attachments, the mailbox the
 * item is in, and what Outlook versions without Mailbox 1.8 leave out.
 */
import { installOffice } from '../../dev/emulator';
import type { EmulatorController, MailboxVersion } from '../../dev/emulator';
import { readItemFromEml, sampleIdentity } from '../../dev/emulator/mailbox';
import type { SampleMailboxIndex } from '../../dev/emulator/mailbox';
import { classifyMessage } from '../../src/core/classify/classify';
import { OfficeCallError } from '../../src/host/office/async';
import {
  createOfficeReadPort,
  currentReadItem,
  parseHeaderBlock,
} from '../../src/host/office/read';
import index from '../../dev/mailbox/index.json';
import { ha, sampleEml } from './read-fixtures';

let controller: EmulatorController | null = null;
afterEach(() => {
  controller?.dispose();
  controller = null;
});

async function open(file: string, mailboxId: string, maxMailboxVersion?: MailboxVersion) {
  const item = await readItemFromEml(sampleEml(file), { id: file });
  controller = installOffice(globalThis, {
    displayLanguage: 'nn-NO',
    ...sampleIdentity(index as SampleMailboxIndex, mailboxId),
    item,
    ...(maxMailboxVersion ? { maxMailboxVersion } : {}),
  });
  return { item, port: createOfficeReadPort(currentReadItem()) };
}

describe('the read port over Office.js', () => {
  it('reads a newsletter with its subject, sender, headers and the personal mailbox', async () => {
    const { item, port } = await open('ha-kommune/kari.nordmann/02-nyhendebrev.eml', 'ha-kari');
    const m = await port.message();
    expect(m.subject).toBe('Nyhendebrev mars 2026: Ny rettleiing om e-post i arkivet');
    expect(m.from).toEqual({
      address: 'nyhende@fagforum-arkiv.example.org',
      name: 'Fagforum for arkiv',
    });
    expect(m.to.map((a) => a.address)).toEqual(['kari.nordmann@ha.kommune.no']);
    expect(m.body).toContain('Ny rettleiing om e-post i arkivet');
    // Lower-case names, folded lines joined, the first value of each.
    expect(m.headers['list-unsubscribe']).toBe(
      '<https://fagforum-arkiv.example.org/avmelding?liste=nyheter&id=7f3a2c91>, <mailto:avmelding@fagforum-arkiv.example.org?subject=avmelding>',
    );
    expect(m.headers['precedence']).toBe('bulk');
    expect(m.headers['received']).toMatch(/^from mail\.fagforum-arkiv.* 06:00:00 \+0100$/);
    expect(Object.keys(m.headers).every((k) => k === k.toLowerCase())).toBe(true);
    expect(m.receivedAt?.toISOString()).toBe(item.dateTimeCreated.toISOString());
    expect(m.messageId).toBe('<02-nyhendebrev.20260303@fagforum-arkiv.example.org>');
    // getSharedPropertiesAsync fails for the user's own items: the user's own mailbox.
    expect(m.mailbox).toBe('kari.nordmann@ha.kommune.no');
    const result = await classifyMessage(m, ha, { inspect: {} });
    expect(result.class).toBe('ephemeral');
    expect(result.reasons.map((r) => r.code)).toEqual(['class.reason.newsletter']);
  });

  it('opens Outlook’s reply to the sender with the given HTML, and rejects what Outlook refuses (R9)', async () => {
    const { port } = await open('ha-kommune/post/06-klage-vedtak.eml', 'ha-post');
    const m = await port.message();
    expect(m.mailbox).toBe('post@ha.kommune.no');
    await expect(port.replyForm?.('x'.repeat(40 * 1024))).rejects.toThrow();
    expect(controller?.replyForms).toEqual([]);
    await port.replyForm?.('<p>Hei Ingrid Sele</p>');
    expect(controller?.replyForms.map((r) => [r.all, r.htmlBody])).toEqual([
      [false, '<p>Hei Ingrid Sele</p>'],
    ]);
    expect(controller?.mode).toBe('compose');
  });

  it('tells an auto-reply by its Auto-Submitted header', async () => {
    const { port } = await open('ha-kommune/kari.nordmann/04-autosvar.eml', 'ha-kari');
    const m = await port.message();
    expect(m.headers['auto-submitted']).toMatch(/^auto-replied/i);
    const result = await classifyMessage(m, ha, { inspect: {} });
    expect(result.reasons.map((r) => r.code)).toEqual(['class.reason.auto-reply']);
  });

  it('decodes attachments and names the function mailbox from its shared properties', async () => {
    const { port } = await open('ha-kommune/post/02-byggesoknad-gnr12-bnr345.eml', 'ha-post');
    const m = await port.message();
    expect(m.mailbox).toBe('post@ha.kommune.no');
    expect(m.attachments.map((a) => [a.name, a.contentType])).toEqual([
      ['soknad-om-loyve-til-tiltak.pdf', 'application/pdf'],
      ['situasjonsplan.pdf', 'application/pdf'],
      [
        'folgjebrev-utkast.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
    ]);
    const ascii = (b: Uint8Array | undefined, n: number): string =>
      String.fromCharCode(...(b ?? new Uint8Array(0)).subarray(0, n));
    expect(ascii(m.attachments[0]?.bytes, 5)).toBe('%PDF-');
    expect(ascii(m.attachments[2]?.bytes, 2)).toBe('PK');
    for (const a of m.attachments) expect(a.bytes?.length).toBe(a.size);
    const result = await classifyMessage(m, ha, { inspect: {} });
    expect(result.reasons.map((r) => r.code)).toContain('class.reason.documents');
  });

  it('reads only as much of each attachment as the limit allows', async () => {
    const item = await readItemFromEml(
      sampleEml('ha-kommune/post/02-byggesoknad-gnr12-bnr345.eml'),
    );
    controller = installOffice(globalThis, {
      displayLanguage: 'nb-NO',
      ...sampleIdentity(index as SampleMailboxIndex, 'ha-post'),
      item,
    });
    const port = createOfficeReadPort(currentReadItem(), { limits: { maxAttachmentBytes: 100 } });
    const m = await port.message();
    expect(m.attachments.map((a) => a.bytes?.length)).toEqual([100, 100, 100]);
    expect(m.attachments.every((a) => a.size > 100)).toBe(true);
  });

  it('stops fetching attachment contents after the deadline', async () => {
    await open('ha-kommune/post/02-byggesoknad-gnr12-bnr345.eml', 'ha-post');
    const port = createOfficeReadPort(currentReadItem(), {
      limits: { maxAttachmentBytes: 1024, deadline: 0, now: () => 1 },
    });
    const m = await port.message();
    expect(m.attachments.map((a) => a.bytes)).toEqual([undefined, undefined, undefined]);
    // Each says why, so classification names it as not inspected for time.
    expect(m.attachments.map((a) => a.unread)).toEqual(['time', 'time', 'time']);
    expect(controller?.calls).not.toContain('getAttachmentContentAsync');
  });

  it('says which attachments it could not read, and that a cloud attachment is a link (issue 10)', async () => {
    const item = await readItemFromEml(
      sampleEml('ha-kommune/post/02-byggesoknad-gnr12-bnr345.eml'),
    );
    controller = installOffice(globalThis, {
      displayLanguage: 'nn-NO',
      ...sampleIdentity(index as SampleMailboxIndex, 'ha-post'),
      item: {
        ...item,
        attachments: [
          ...(item.attachments ?? []),
          {
            attachmentType: 'cloud',
            name: 'Plan.docx',
            url: 'https://example.com/plan',
            size: 9000,
          },
          { attachmentType: 'item', name: 'Kontakt', size: 500 },
        ],
      },
    });
    const m = await createOfficeReadPort(currentReadItem()).message();
    expect(m.attachments.map((a) => [a.name, a.unread ?? 'read'])).toEqual([
      ...(item.attachments ?? []).map((a) => [a.name, 'read']),
      ['Plan.docx', 'link'],
      ['Kontakt.eml', 'failed'],
    ]);
    const c = await classifyMessage(m, ha, { inspect: {} });
    const about = (name: string): string[] =>
      c.findings.filter((f) => f.attachment === name).map((f) => `${f.severity} ${f.code}`);
    expect(about('Plan.docx')).toEqual([]);
    expect(about('Kontakt.eml')).toEqual(['warn attachment.unreadable']);
  });

  it('reads an attached message as an .eml file', async () => {
    const { port } = await open(
      'melleruds-kommun/erik.johansson/04-vb-skolskjuts.eml',
      'mellerud-erik',
    );
    const m = await port.message();
    const eml = m.attachments.find((a) => a.name.endsWith('.eml'));
    expect(eml?.bytes && new TextDecoder().decode(eml.bytes)).toMatch(/^[\s\S]*Subject:/i);
  });

  it('leaves out headers and contents where Outlook lacks Mailbox 1.8', async () => {
    const { port } = await open(
      'ha-kommune/post/02-byggesoknad-gnr12-bnr345.eml',
      'ha-post',
      '1.7',
    );
    const m = await port.message();
    expect(m.headers).toEqual({});
    expect(m.attachments.map((a) => a.bytes)).toEqual([undefined, undefined, undefined]);
    expect(m.attachments).toHaveLength(3);
    // Without shared properties the user's own address is all Outlook says.
    expect(m.mailbox).toBe('kari.nordmann@ha.kommune.no');
  });

  it("rejects with Outlook's error when the body cannot be read", async () => {
    const { port } = await open('ha-kommune/post/01-barnehageplass.eml', 'ha-post');
    controller?.failNext('body.getAsync', 9002);
    const error = await port.message().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect((error as OfficeCallError).code).toBe(9002);
  });

  it('still reads the message when headers cannot be had', async () => {
    const { port } = await open('ha-kommune/post/01-barnehageplass.eml', 'ha-post');
    controller?.failNext('getAllInternetHeadersAsync', 9002);
    const m = await port.message();
    expect(m.headers).toEqual({});
    expect(m.subject).not.toBe('');
  });
});

describe('parsing a header block', () => {
  it.each([
    ['lower-cases names', 'Subject: Hei\r\nX-Mailer: a\r\n', { subject: 'Hei', 'x-mailer': 'a' }],
    [
      'keeps the first of repeated headers',
      'Received: one\r\nReceived: two\r\n',
      { received: 'one' },
    ],
    ['joins folded lines', 'List-Id: a\r\n\tb\r\n  c\r\n', { 'list-id': 'a b c' }],
    ['stops at the empty line', 'A: 1\r\n\r\nB: 2\r\n', { a: '1' }],
    ['accepts bare newlines', 'A: 1\nB:2\n', { a: '1', b: '2' }],
    ['skips lines that are not headers', 'junk\r\nA: 1\r\n', { a: '1' }],
    ['treats __proto__ as a header', '__proto__: x\r\n', { ['__proto__']: 'x' }],
  ])('%s', (_what, block, expected) => {
    expect({ ...parseHeaderBlock(block) }).toEqual({ ...expected });
  });
});

describe('where the message lives, for Graph (address, user)', () => {
  it('addresses a function-mailbox item as /users/{mailbox}/messages/{restId}', async () => {
    const { item, port } = await open('ha-kommune/post/01-barnehageplass.eml', 'ha-post');
    const address = await port.address();
    expect(address).toEqual({
      mailbox: 'post@ha.kommune.no',
      restId: Office.context.mailbox.convertToRestId(
        item.itemId,
        Office.MailboxEnums.RestVersion.v2_0,
      ),
      shared: true,
    });
    // Outlook's EWS id and the REST id differ ('/' and '+' are not URL-safe).
    expect(address?.restId).not.toBe(item.itemId);
    expect(address?.restId).not.toMatch(/[/+]/);
    expect(port.user()).toEqual({ address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' });
  });

  it('addresses an item in the user’s own mailbox there, not as shared', async () => {
    const { port } = await open('ha-kommune/kari.nordmann/02-nyhendebrev.eml', 'ha-kari');
    expect(await port.address()).toMatchObject({
      mailbox: 'kari.nordmann@ha.kommune.no',
      shared: false,
    });
  });
});
