/**
 * The OnMessageSend handler, run as Outlook runs it: registered through
 * Office.actions.associate on the emulated Office.js, fired by Send, reading
 * the compose item through the host adapters, completing the event.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installOffice } from '../../dev/emulator';
import type { EmulatorController } from '../../dev/emulator';
import { parseLaunchEvents } from '../../dev/emulator/launch';
import type { AttachmentState } from '../../dev/emulator/types';
import { checkCompose } from '../../src/core/compose/decide';
import { composeMessages } from '../../src/core/compose/messages';
import type { Lang } from '../../src/core/model';
import { LANGS } from '../../src/core/model';
import { readComposeSnapshot } from '../../src/host/office/compose';
import type * as RuntimeModule from '../../src/runtime/send';
import { buildDocx, del, ins, p } from '../support/docx-builder';
import { basePdf, signedPdf } from '../support/pdf-builder';
import { loadProfile } from '../support/profiles';

const ROOT = join(__dirname, '..', '..');
const ha = loadProfile('ha-kommune');
const DISPLAY: Readonly<Record<Lang, string>> = {
  nb: 'nb-NO',
  nn: 'nn-NO',
  sv: 'sv-SE',
  en: 'en-US',
};
const CITIZEN = { emailAddress: 'ola.innbyggjar@example.net', displayName: 'Ola Innbyggjar' };
const POST = {
  emailAddress: 'post@ha.kommune.no',
  displayName: 'Hå kommune – post',
  kind: 'shared' as const,
};
const KARI = {
  emailAddress: 'kari.nordmann@ha.kommune.no',
  displayName: 'Kari Nordmann',
  kind: 'personal' as const,
};

let controller: EmulatorController;
let runtime: typeof RuntimeModule;

beforeAll(async () => {
  controller = installOffice(globalThis, {
    displayLanguage: 'nn-NO',
    mailbox: POST,
    user: { emailAddress: KARI.emailAddress, displayName: KARI.displayName },
    organizationDomains: ha.domains,
    item: null,
    launchEvents: parseLaunchEvents(readFileSync(join(ROOT, 'manifest.xml'), 'utf8')),
  });
  runtime = await import('../../src/runtime/send');
});

afterAll(() => controller.dispose());

function file(name: string, bytes: Uint8Array): AttachmentState {
  return { attachmentType: 'file', name, bytes };
}

function compose(init: {
  subject?: string;
  body?: string;
  to?: readonly (typeof CITIZEN)[];
  attachments?: readonly AttachmentState[];
  mailbox?: typeof POST | typeof KARI;
  lang?: Lang;
  version?: '1.12' | '1.13' | '1.14' | '1.15';
}): void {
  controller.setMailbox(init.mailbox ?? POST);
  controller.setDisplayLanguage(DISPLAY[init.lang ?? 'nn']);
  controller.setMailboxVersion(init.version ?? '1.15');
  controller.newMessage({
    bodyType: 'text',
    subject: init.subject ?? 'Svar på søknad om dispensasjon, gnr. 12 bnr. 34',
    body:
      init.body ??
      'Vår ref. 2026/1234-5\n\nHei,\n\nSøknaden din er motteken og vert behandla innan fire veker.\n\nHelsing\nHå kommune',
    to: init.to ?? [CITIZEN],
    attachments: init.attachments ?? [],
  });
}

async function send() {
  const r = await controller.fireLaunchEvent('OnMessageSend');
  expect(r.completed).toBe(true);
  expect(r.violations).toEqual([]);
  return r.options as Office.SmartAlertsEventCompletedOptions;
}

const docx = buildDocx({ body: p('Vedtak') + `<w:p>${ins('ny tekst')}${del('gammal')}</w:p>` });
const unsigned = basePdf().endRevision().bytes();

describe('the send check in Outlook (Smart Alerts)', () => {
  it('lets an ordinary answer from the function mailbox go', async () => {
    compose({});
    expect(await send()).toEqual({ allowEvent: true });
  });

  const BLOCKING: ReadonlyArray<
    readonly [string, Parameters<typeof compose>[0], Readonly<Record<Lang, string>>]
  > = [
    [
      'a fødselsnummer in the subject',
      { subject: 'Vedtak for 13097248022' },
      {
        nb: 'Emnefeltet inneholder et fødselsnummer',
        nn: 'Emnefeltet inneheld eit fødselsnummer',
        sv: 'Ämnesraden innehåller ett norskt personnummer',
        en: 'The subject contains a Norwegian national identity number',
      },
    ],
    [
      'health data in the body',
      { body: 'Eleven er innlagd på psykiatrisk avdeling denne veka.' },
      {
        nb: 'helseopplysninger',
        nn: 'helseopplysningar',
        sv: 'uppgifter om hälsa',
        en: 'health data',
      },
    ],
    [
      '"unntatt offentlighet" to an external recipient',
      { body: 'Unntatt offentlighet, jf. offl. § 13.\n\nVedlagt er notatet.' },
      { nb: 'uten kryptering', nn: 'utan kryptering', sv: 'utan kryptering', en: 'unencrypted' },
    ],
    [
      'content under a duty of confidentiality',
      { body: 'Opplysningane er teiepliktige og gjeld eit barn.' },
      {
        nb: 'Taushetsbelagte opplysninger skal aldri sendes på e-post',
        nn: 'Teiepliktige opplysningar skal aldri sendast på e-post',
        sv: 'Sekretessbelagda uppgifter får aldrig skickas med e-post',
        en: 'Confidential information must never be sent by e-mail',
      },
    ],
  ];

  describe.each(BLOCKING)('blocks %s', (_name, init, expected) => {
    it.each(LANGS)('in %s, with the details button and Markdown', async (lang) => {
      compose({ ...init, lang });
      const o = await send();
      expect(o.allowEvent).toBe(false);
      expect(o.errorMessage).toContain(expected[lang]);
      expect(o.errorMessage?.length).toBeLessThanOrEqual(500);
      expect(o.errorMessageMarkdown?.startsWith('**')).toBe(true);
      expect(o.commandId).toBe('ArkivpostComposePane');
      expect(o.cancelLabel?.length).toBeLessThanOrEqual(20);
      expect(o.sendModeOverride).toBeUndefined();
    });
  });

  const WARNING: ReadonlyArray<
    readonly [string, Parameters<typeof compose>[0], string | Readonly<Record<Lang, string>>]
  > = [
    ['official mail from a personal mailbox', { mailbox: KARI }, 'post@ha.kommune.no'],
    [
      'a draft DOCX to an external recipient',
      { attachments: [file('vedtak.docx', docx)] },
      'vedtak.docx',
    ],
    [
      'an unsigned PDF to an external recipient',
      { attachments: [file('vedtak.pdf', unsigned)] },
      'vedtak.pdf',
    ],
    [
      'an advance notice by e-mail',
      { body: 'Førehandsvarsel om vedtak om pålegg, jf. forvaltningslova § 16.' },
      {
        nb: 'forhåndsvarsel',
        nn: 'førehandsvarsel',
        sv: 'kommunicering inför beslut',
        en: 'advance notice',
      },
    ],
    [
      'threatening language',
      { body: 'Eg veit kvar du bur, og du kjem til å angre.' },
      {
        nb: 'truende formuleringer',
        nn: 'trugande formuleringar',
        sv: 'hotfulla formuleringar',
        en: 'threatening language',
      },
    ],
    [
      'a risky attachment',
      { attachments: [file('faktura.pdf.exe', new Uint8Array([0x4d, 0x5a, 0x90, 0]))] },
      'faktura.pdf.exe',
    ],
  ];

  describe.each(WARNING)('warns on %s', (_name, init, mention) => {
    it.each(LANGS)('in %s, and offers Send anyway', async (lang) => {
      compose({ ...init, lang });
      const o = await send();
      expect(o.allowEvent).toBe(false);
      expect(o.sendModeOverride).toBe(Office.MailboxEnums.SendModeOverride.PromptUser);
      expect(o.errorMessage).toContain(typeof mention === 'string' ? mention : mention[lang]);
      expect(o.errorMessage?.startsWith(composeMessages[lang]['alert.warn'])).toBe(true);
      expect(o.errorMessage).not.toMatch(/\{[a-zA-Z]+\}|check\.|label\./);
    });
  });

  it('accepts a signed PDF and a final document', async () => {
    compose({ attachments: [file('vedtak.pdf', signedPdf().bytes())] });
    expect(await send()).toEqual({ allowEvent: true });
  });

  it('uses plain text only before Mailbox 1.15, and no details button before 1.14', async () => {
    compose({ subject: 'Vedtak for 13097248022', version: '1.14' });
    const o14 = await send();
    expect(o14.errorMessageMarkdown).toBeUndefined();
    expect(o14.commandId).toBe('ArkivpostComposePane');
    compose({ subject: 'Vedtak for 13097248022', version: '1.12' });
    const o12 = await send();
    expect(o12).toEqual({
      allowEvent: false,
      errorMessage: expect.stringContaining('fødselsnummer'),
    });
  });

  it('lets warnings go before Mailbox 1.14, where Send anyway cannot be offered', async () => {
    compose({ mailbox: KARI, version: '1.13' });
    expect(await send()).toEqual({ allowEvent: true });
  });

  it('shows the Smart Alerts dialog with Send Anyway, Don’t Send and the details button', async () => {
    compose({ mailbox: KARI });
    const outcome = await controller.send();
    expect(outcome.action).toBe('dialog');
    if (outcome.action !== 'dialog') return;
    const labels = outcome.buttons.map((b) => b.label);
    expect(labels).toContain('Vis detaljar');
    expect(outcome.buttons.length).toBe(3);
  });
});

describe('when the check cannot complete', () => {
  it('fails open by default when Office returns an error, and completes exactly once', async () => {
    compose({ subject: 'Vedtak for 13097248022' });
    controller.failNext('body.getAsync', 'GenericResponseError');
    const r = await controller.fireLaunchEvent('OnMessageSend');
    expect(r.completed).toBe(true);
    expect(r.violations).toEqual([]);
    expect(r.options).toEqual({ allowEvent: true });
  });

  it('fails closed with a clear message when the profile says so', async () => {
    compose({});
    controller.failNext('getAttachmentsAsync', 'GenericResponseError');
    const completed: unknown[] = [];
    await runtime.handleSend(
      { completed: (o?: unknown) => completed.push(o) } as unknown as Office.AddinCommands.Event,
      {
        profile: { ...ha, onError: 'block' },
        lang: 'sv',
        item: Office.context.mailbox.item as Office.MessageCompose,
        now: () => Date.now(),
        has: () => true,
      },
    );
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({
      allowEvent: false,
      errorMessage: expect.stringContaining('Arkivpost kunde inte kontrollera meddelandet'),
    });
  });

  it('completes through the watchdog when Outlook never answers', async () => {
    compose({});
    controller.setLatency((method) => (method === 'getAttachmentsAsync' ? 60_000 : 0));
    const completed: unknown[] = [];
    const started = Date.now();
    await runtime.handleSend(
      { completed: (o?: unknown) => completed.push(o) } as unknown as Office.AddinCommands.Event,
      {
        profile: ha,
        lang: 'nb',
        item: Office.context.mailbox.item as Office.MessageCompose,
        now: () => Date.now(),
        has: () => true,
      },
      200,
    );
    controller.setLatency(0);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(completed).toEqual([{ allowEvent: true }]);
  });
});

describe('large attachments', () => {
  it('scans a 10 MB attachment up to the bound and names the bound', async () => {
    const big = new Uint8Array(10 * 1024 * 1024);
    big.set(unsigned.subarray(0, 64));
    compose({ attachments: [file('stor.pdf', big)] });
    const snapshot = await readComposeSnapshot(
      Office.context.mailbox.item as Office.MessageCompose,
      {
        maxAttachmentBytes: runtime.MAX_ATTACHMENT_BYTES,
      },
    );
    expect(snapshot.attachments[0]?.bytes?.length).toBe(runtime.MAX_ATTACHMENT_BYTES);
    const result = await checkCompose(snapshot, ha, {
      limits: { maxScanBytes: runtime.MAX_ATTACHMENT_BYTES },
    });
    const bound = result.findings.find((f) => f.code === 'attachment.too-large');
    expect(bound?.params).toMatchObject({ limitMb: 8 });
  });
});
