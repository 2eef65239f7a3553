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
        sv: 'Ämnesraden innehåller ett norskt födelsenummer',
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
    compose({ attachments: [file('svarbrev.pdf', signedPdf().bytes())] });
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

/** A program: "MZ", binary header fields and "PE\0\0" where e_lfanew points. */
function program(): Uint8Array {
  const b = new Uint8Array(256);
  b.set([0x4d, 0x5a, 0x90, 0x00]);
  b[0x3c] = 0x80;
  b.set([0x50, 0x45, 0, 0], 0x80);
  return b;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const FNR = file('deltakarar.txt', utf8('Deltakarar:\nOla Nordmann 13097248022\n'));
const HEALTH = file('notat.txt', utf8('Eleven er innlagd på psykiatrisk avdeling denne veka.\n'));
const EXE = file('faktura.exe', program());
const plain = (s: string | undefined): string => (s ?? '').replace(/[\u2068\u2069]/g, '');

/** Run the handler on the compose item with these dependencies; what it completed with. */
async function run(
  over: Partial<RuntimeModule.SendDeps>,
  watchdogMs?: number,
): Promise<{ completions: Office.SmartAlertsEventCompletedOptions[]; elapsedMs: number }> {
  const completions: Office.SmartAlertsEventCompletedOptions[] = [];
  const started = Date.now();
  await runtime.handleSend(
    {
      completed: (o?: Office.SmartAlertsEventCompletedOptions) => completions.push(o ?? {}),
    } as unknown as Office.AddinCommands.Event,
    {
      profile: ha,
      lang: 'nn',
      item: Office.context.mailbox.item as Office.MessageCompose,
      now: () => Date.now(),
      has: () => true,
      ...over,
    },
    watchdogMs,
  );
  return { completions, elapsedMs: Date.now() - started };
}

describe('issue 10: the watchdog is real', () => {
  it('with a fake clock: a slow first attachment hides no program, fødselsnummer or health data', async () => {
    // Every time the handler hands control back, 300 ms have passed: the
    // first (and smallest) attachment's reading is what takes the time.
    const slow = file('referat.txt', utf8('Referat.\n'));
    compose({ attachments: [slow, EXE, FNR, HEALTH] });
    let t = 1_700_000_000_000;
    const { completions } = await run({
      now: () => t,
      yield: () => {
        t += 300;
        return new Promise((resolve) => setTimeout(resolve, 0));
      },
    });
    expect(completions).toHaveLength(1);
    const o = completions[0] as Office.SmartAlertsEventCompletedOptions;
    expect(o.allowEvent).toBe(false);
    const text = plain(o.errorMessage);
    expect(text).toContain('faktura.exe');
    // Found, or named as not checked: never silently sent.
    for (const name of ['deltakarar.txt', 'notat.txt']) expect(text).toContain(name);
    expect(o.errorMessage?.length).toBeLessThanOrEqual(500);
  });

  it('with a fake clock: what could not be read before the deadline is named as not checked', async () => {
    compose({ attachments: [EXE, FNR, HEALTH] });
    let t = 1_700_000_000_000;
    const { completions } = await run({
      now: () => t,
      yield: () => {
        t += 2_000;
        return Promise.resolve();
      },
    });
    expect(completions).toHaveLength(1);
    const o = completions[0] as Office.SmartAlertsEventCompletedOptions;
    expect(o.allowEvent).toBe(false);
    expect(o.sendModeOverride).toBe(Office.MailboxEnums.SendModeOverride.PromptUser);
    const text = plain(o.errorMessage);
    expect(text).toContain('faktura.exe');
    // One line for both, as they were not checked for the same reason.
    expect(text).toMatch(/blei ikkje kontrollert: tida gjekk ut.*Det same gjeld «/);
    expect(text).toContain('deltakarar.txt');
    expect(text).toContain('notat.txt');
  });

  it('in real time: huge attachments are abandoned at the deadline and named, and the event completes in time', async () => {
    const big = utf8(
      'Dette er vanleg tekst om saka, med nokre tal 2026/1234 og 12.03.2026. '.repeat(90_000),
    );
    compose({
      attachments: [
        file('stor1.txt', big),
        file('stor2.txt', big),
        file('stor3.txt', big),
        EXE,
        FNR,
      ],
    });
    const { completions, elapsedMs } = await run({ budgetMs: 300, fetchMs: 200 }, 3_000);
    expect(completions).toHaveLength(1);
    expect(elapsedMs).toBeLessThan(3_000);
    const o = completions[0] as Office.SmartAlertsEventCompletedOptions;
    // The check's own answer, not the watchdog's (which would let it go: fail-open).
    expect(o.allowEvent).toBe(false);
    const text = plain(o.errorMessage);
    expect(text).toContain('faktura.exe');
    expect(text).toMatch(/stor\d\.txt/);
    expect(text).toContain('blei ikkje kontrollert');
  });

  it('stops its work once the watchdog has answered, and answers only once', async () => {
    compose({ attachments: [EXE, FNR, HEALTH] });
    let yields = 0;
    const { completions } = await run(
      {
        yield: () => {
          yields += 1;
          return new Promise((resolve) => setTimeout(resolve, 60));
        },
      },
      50,
    );
    expect(completions).toEqual([{ allowEvent: true }]);
    const after = yields;
    await new Promise((resolve) => setTimeout(resolve, 400));
    // The check noticed the answer and gave up instead of inspecting on.
    expect(yields - after).toBeLessThanOrEqual(1);
  });

  it('raises what was not inspected to a block when the profile says so', async () => {
    compose({ attachments: [FNR] });
    let t = 1_700_000_000_000;
    const { completions } = await run({
      profile: { ...ha, checks: { ...ha.checks, uninspected: 'block' } },
      now: () => t,
      yield: () => {
        t += 5_000;
        return Promise.resolve();
      },
    });
    const o = completions[0] as Office.SmartAlertsEventCompletedOptions;
    expect(o.allowEvent).toBe(false);
    expect(o.sendModeOverride).toBeUndefined();
    expect(plain(o.errorMessage)).toContain('«deltakarar.txt» blei ikkje kontrollert');
  });
});

describe('issue 10: what the details button carries is bounded', () => {
  it('names the decision and at most 20 distinct codes, however many findings there are', () => {
    const findings = Array.from({ length: 3000 }, (_, i) => ({
      code: `confidentiality.exempt.${i % 40}`,
      category: 'confidentiality' as const,
      check: 'exempt-external',
      severity: 'warn' as const,
      part: 'body' as const,
      text: `Unntatt offentlighet ${i}`,
    }));
    const data = runtime.contextDataFor({
      decision: 'warn',
      findings,
      external: [],
      attachments: [],
    });
    expect(data.length).toBeLessThan(1200);
    const parsed = JSON.parse(data) as { decision: string; codes: string[]; more?: number };
    expect(parsed.decision).toBe('warn');
    expect(parsed.codes).toHaveLength(runtime.CONTEXT_CODES);
    expect(parsed.more).toBe(20);
    expect(data).not.toContain('Unntatt offentlighet');
  });

  it('is what Outlook gets with the details button', async () => {
    compose({ subject: 'Vedtak for 13097248022' });
    const o = await send();
    expect(JSON.parse(String(o.contextData))).toEqual({
      decision: 'block',
      codes: ['national-id.no.fnr', 'electronic-consent.wording'],
    });
  });
});
