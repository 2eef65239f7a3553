/**
 * The workbench's mailbox helpers (dev/workbench/mailboxes.ts) against the
 * Graph emulator's real state and messages: who may open which mailbox, a
 * Graph message as the Office emulator's read item (ids that round-trip
 * through convertToRestId), and a sent message delivered with sendMail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOffice } from '../../dev/emulator';
import { readItemFromEml } from '../../dev/emulator/mailbox';
import type { SampleMailboxIndex } from '../../dev/emulator/mailbox';
import { toRestId } from '../../dev/emulator/util';
import { createGraphEmulator } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph';
import {
  categoryColour,
  findChoice,
  flagView,
  inboxPath,
  mailboxChoices,
  readItemFromGraph,
  sampleSources,
  sendMailRequest,
} from '../../dev/workbench/mailboxes';
import type { EmulatorState, GraphMessage } from '../../dev/workbench/mailboxes';

const MAILBOX_DIR = join(__dirname, '..', '..', 'dev', 'mailbox');
const index = JSON.parse(
  readFileSync(join(MAILBOX_DIR, 'index.json'), 'utf8'),
) as SampleMailboxIndex;
const KARI = 'kari.nordmann@ha.kommune.no';
const PER = 'per.hansen@ha.kommune.no';
const POST = 'post@ha.kommune.no';

let graph: GraphEmulator;

beforeAll(async () => {
  graph = await createGraphEmulator({ mailboxDir: MAILBOX_DIR });
});

afterAll(() => graph.close());

beforeEach(() => graph.reset());

async function state(): Promise<EmulatorState> {
  return (await (await graph.fetch('/graph/_emulator/state')).json()) as EmulatorState;
}

async function as(upn: string, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer test:${upn}`);
  return graph.fetch(`/graph/v1.0${path}`, { ...init, headers });
}

describe('mailbox choices', () => {
  it('offers Hå kommune’s function mailbox to each member, then each personal mailbox to its owner', async () => {
    const ha = mailboxChoices(await state(), index).filter((c) => c.profile === 'ha-kommune');
    expect(ha.map((c) => [c.value, c.label])).toEqual([
      ['ha-post', 'Hå kommune – post (Kari Nordmann)'],
      [`ha-post/${PER}`, 'Hå kommune – post (Per Hansen)'],
      ['ha-kari', `Kari Nordmann <${KARI}>`],
      [PER, `Per Hansen <${PER}>`],
      ['silje.vik@ha.kommune.no', 'Silje Vik <silje.vik@ha.kommune.no>'],
    ]);
    expect(ha[1]).toEqual({
      value: `ha-post/${PER}`,
      label: 'Hå kommune – post (Per Hansen)',
      profile: 'ha-kommune',
      language: 'nn',
      mailbox: { emailAddress: POST, displayName: 'Hå kommune – post', kind: 'shared' },
      user: { emailAddress: PER, displayName: 'Per Hansen' },
    });
    expect(ha[3]?.mailbox.kind).toBe('personal');
  });

  it('keeps profiles together, in the order of the state, and speaks each mailbox’s language', async () => {
    const all = mailboxChoices(await state(), index);
    const profiles = all.map((c) => c.profile).filter((p, i, a) => a.indexOf(p) === i);
    expect(profiles).toEqual(['ha-kommune', 'kommune-nb', 'vara-kommun', 'melleruds-kommun']);
    expect(all.find((c) => c.value === 'vara-kommun')).toMatchObject({
      language: 'sv',
      user: { emailAddress: 'anna.andersson@vara.se' },
    });
    expect(all.find((c) => c.value === 'vara-kommun/lars.svensson@vara.se')?.label).toBe(
      'Vara kommun (Lars Svensson)',
    );
  });

  it('names mailboxes by address without the sample index', async () => {
    const ha = mailboxChoices(await state()).filter((c) => c.profile === 'ha-kommune');
    expect(ha.slice(0, 3).map((c) => c.value)).toEqual([`${POST}/${KARI}`, `${POST}/${PER}`, KARI]);
  });

  it('finds a choice by option value, by mailbox and user, or by mailbox alone', async () => {
    const all = mailboxChoices(await state(), index);
    expect(findChoice(all, 'ha-kari')?.user.emailAddress).toBe(KARI);
    expect(findChoice(all, `ha-post/${PER}`)?.user.emailAddress).toBe(PER);
    expect(findChoice(all, `${POST}/${PER.toUpperCase()}`)?.value).toBe(`ha-post/${PER}`);
    expect(findChoice(all, POST)?.value).toBe('ha-post');
    expect(findChoice(all, PER)?.mailbox.emailAddress).toBe(PER);
    expect(findChoice(all, `ha-post/silje.vik@ha.kommune.no`)).toBeUndefined();
    expect(findChoice(all, 'nobody')).toBeUndefined();
  });
});

describe('messages from the Graph emulator', () => {
  it('lists the inbox newest first, and knows each sample’s .eml: the item the workbench builds has the Graph id', async () => {
    const res = await as(KARI, inboxPath(POST));
    expect(res.status).toBe(200);
    const list = ((await res.json()) as { value: GraphMessage[] }).value;
    expect(list.length).toBeGreaterThan(3);
    const times = list.map((m) => Date.parse(m.receivedDateTime ?? ''));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const sources = sampleSources(await state(), POST);
    for (const m of list) {
      const source = sources.get(m.id) as string;
      expect(source).toMatch(/^ha-kommune\/post\/.+\.eml$/);
      const item = await readItemFromEml(readFileSync(join(MAILBOX_DIR, source)), { id: source });
      expect(toRestId(item.itemId)).toBe(m.id);
    }
    expect(sampleSources(await state(), PER).size).toBe(0);
  });

  it('builds a delivered message’s read item from Graph, with an id that round-trips through convertToRestId', async () => {
    const sent = await as(KARI, `/users/${KARI}/sendMail`, {
      method: 'POST',
      body: JSON.stringify({
        message: {
          subject: 'Tildelt deg: søknad om startlån',
          body: { contentType: 'html', content: '<p>Hei Per,</p><p>Kan du ta denne?</p>' },
          toRecipients: [{ emailAddress: { address: PER, name: 'Per Hansen' } }],
          ccRecipients: [{ emailAddress: { address: 'silje.vik@ha.kommune.no' } }],
        },
      }),
    });
    expect(sent.status).toBe(202);
    const list = ((await (await as(PER, inboxPath(PER))).json()) as { value: GraphMessage[] })
      .value;
    expect(list.map((m) => m.subject)).toEqual(['Tildelt deg: søknad om startlån']);
    const full = (await (
      await as(PER, `/users/${PER}/messages/${encodeURIComponent(list[0]?.id ?? '')}`)
    ).json()) as GraphMessage;
    const item = readItemFromGraph(full);
    expect(item).toMatchObject({
      mode: 'read',
      subject: 'Tildelt deg: søknad om startlån',
      from: { emailAddress: KARI, displayName: 'Kari Nordmann' },
      to: [{ emailAddress: PER, displayName: 'Per Hansen' }],
      cc: [{ emailAddress: 'silje.vik@ha.kommune.no' }],
      internetMessageId: full.internetMessageId,
      body: { html: '<p>Hei Per,</p><p>Kan du ta denne?</p>' },
      attachments: [],
      categories: [],
    });
    expect(item.body.text).toContain('Kan du ta denne?');
    expect(item.body.text).not.toContain('<p>');
    expect(item.dateTimeCreated.toISOString()).toBe(
      new Date(full.receivedDateTime ?? '').toISOString(),
    );
    expect(item.headers).toContain('Subject: =?UTF-8?B?');
    expect(item.headers).toContain(`To: Per Hansen <${PER}>`);
    expect(item.headers.endsWith('\r\n')).toBe(true);

    // The Office emulator shows it to Per; the pane finds the Graph message again.
    const { Office, controller } = createOffice({
      displayLanguage: 'nn-NO',
      mailbox: { emailAddress: PER, displayName: 'Per Hansen', kind: 'personal' },
      item,
    });
    const officeItem = Office.context.mailbox.item as Office.MessageRead;
    const rest = Office.context.mailbox.convertToRestId(
      officeItem.itemId,
      Office.MailboxEnums.RestVersion.v2_0,
    );
    expect(rest).toBe(full.id);
    expect(Office.context.mailbox.convertToEwsId(rest, Office.MailboxEnums.RestVersion.v2_0)).toBe(
      officeItem.itemId,
    );
    expect(toRestId(officeItem.conversationId)).toBe(full.conversationId);
    const again = await as(PER, `/me/messages/${encodeURIComponent(rest)}?$select=subject`);
    expect(((await again.json()) as GraphMessage).subject).toBe(full.subject);
    controller.dispose();
  });

  it('reads a text body as it is, and shows a flag and categories as the list does', async () => {
    const delivered = (await (
      await graph.fetch(`/graph/_emulator/mailboxes/${PER}/messages`, {
        method: 'POST',
        body: JSON.stringify({
          subject: 'Ferdig',
          from: { name: 'Kari Nordmann', address: KARI },
          toRecipients: [{ name: 'Per Hansen', address: PER }],
          body: 'Linje ein\nLinje to',
          categories: ['Tildelt: Per Hansen'],
        }),
      })
    ).json()) as GraphMessage;
    const item = readItemFromGraph(delivered);
    expect(item.body).toEqual({ text: 'Linje ein\nLinje to' });
    expect(item.categories).toEqual(['Tildelt: Per Hansen']);
    expect(item.headers).toContain('Content-Type: text/plain; charset="utf-8"');

    const patch = await as(PER, `/me/messages/${encodeURIComponent(delivered.id)}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        flag: {
          flagStatus: 'flagged',
          startDateTime: { dateTime: '2026-04-01T00:00:00', timeZone: 'Europe/Oslo' },
          dueDateTime: { dateTime: '2026-04-07T00:00:00', timeZone: 'Europe/Oslo' },
        },
      }),
    });
    expect(patch.status).toBe(200);
    const listed = async (): Promise<GraphMessage | undefined> =>
      (
        (await (
          await as(PER, inboxPath(PER), {
            headers: { prefer: 'outlook.timezone="Europe/Oslo"' },
          })
        ).json()) as { value: GraphMessage[] }
      ).value[0];
    expect(flagView((await listed())?.flag)).toEqual({ kind: 'flagged', due: '2026-04-07' });
    await as(PER, `/me/messages/${encodeURIComponent(delivered.id)}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ flag: { flagStatus: 'complete' } }),
    });
    expect(flagView((await listed())?.flag)).toEqual({ kind: 'complete' });
    expect(flagView({ flagStatus: 'notFlagged' })).toBeNull();
    expect(flagView(undefined)).toBeNull();
    expect(flagView({ flagStatus: 'flagged' })).toEqual({ kind: 'flagged', due: null });
  });

  it('colours categories by Outlook’s presets, and leaves unknown ones neutral', () => {
    expect(categoryColour('preset0')).toMatch(/^#[0-9a-f]{6}$/);
    expect(categoryColour('preset4')).not.toBe(categoryColour('preset7'));
    expect(categoryColour('preset24')).toMatch(/^#/);
    expect(categoryColour('preset25')).toBeNull();
    expect(categoryColour('none')).toBeNull();
    expect(categoryColour(undefined)).toBeNull();
  });
});

describe('sending from the workbench', () => {
  it('delivers a message written in the function mailbox to a colleague, text and attachments', async () => {
    const request = sendMailRequest({
      mode: 'compose',
      bodyType: 'text',
      subject: 'Til deg',
      body: 'Sjå vedlegget.',
      to: ['per.hansen@ha.kommune.no'],
      cc: [{ emailAddress: 'ola.innbyggjar@example.net', displayName: 'Ola Innbyggjar' }],
      attachments: [
        { attachmentType: 'file', name: 'notat.txt', bytes: new TextEncoder().encode('hei') },
        { attachmentType: 'item', name: 'Søknad', eml: 'Subject: Søknad\r\n\r\nTekst' },
        { attachmentType: 'cloud', name: 'Plan', url: 'https://example.sharepoint.com/plan' },
      ],
    });
    expect(request.message['attachments']).toEqual([
      {
        '@odata.type': '#microsoft.graph.fileAttachment',
        name: 'notat.txt',
        contentType: 'application/octet-stream',
        contentBytes: 'aGVp',
        isInline: false,
      },
      expect.objectContaining({ name: 'Søknad.eml', contentType: 'message/rfc822' }),
    ]);
    // Kari writes from post@ (she is a member).
    const res = await as(KARI, `/users/${POST}/sendMail`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    expect(res.status).toBe(202);
    const inbox = (await (await as(PER, inboxPath(PER))).json()) as { value: GraphMessage[] };
    expect(inbox.value[0]).toMatchObject({
      subject: 'Til deg',
      from: { emailAddress: { address: POST } },
      hasAttachments: true,
    });
    const s = (await (await graph.fetch('/graph/_emulator/state')).json()) as {
      outbound: { to: string[] }[];
    };
    expect(s.outbound.map((o) => o.to)).toEqual([['ola.innbyggjar@example.net']]);
  });

  it('sends an HTML body as HTML', () => {
    const r = sendMailRequest({ mode: 'compose', body: '<p>Hei</p>', to: ['a@b.no'] });
    expect(r.message['body']).toEqual({ contentType: 'html', content: '<p>Hei</p>' });
    expect(r.saveToSentItems).toBe(true);
  });
});
