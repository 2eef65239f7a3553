/**
 * The Office.js emulator behind the workbench: asynchronous answers with
 * Outlook's AsyncResult shape, read vs compose items, Outlook's error codes,
 * requirement-set gating, attachment content, launch events and Smart Alerts.
 */
import { createOffice, installOffice } from '../../dev/emulator';
import type {
  ComposeItemState,
  EmulatorController,
  EmulatorOptions,
  MailboxVersion,
  ReadItemState,
} from '../../dev/emulator';

const KARI = { emailAddress: 'kari.nordmann@ha.kommune.no', displayName: 'Kari Nordmann' };
const POST = { emailAddress: 'post@ha.kommune.no', displayName: 'Hå kommune – post' };

const PDF_BYTES = Uint8Array.from({ length: 3000 }, (_x, i) => (i * 37 + 11) % 256);

function compose(extra: Partial<ComposeItemState> = {}): ComposeItemState {
  return {
    mode: 'compose',
    subject: 'Vedtak om barnehageplass',
    body: 'Hei Ola,\n\nDe har fått plass.',
    bodyType: 'text',
    to: [{ emailAddress: 'ola.innbyggjar@example.net', displayName: 'Ola Innbyggjar' }],
    cc: ['bygg@ha.kommune.no'],
    attachments: [
      {
        attachmentType: 'file',
        name: 'vedtak.pdf',
        contentType: 'application/pdf',
        bytes: PDF_BYTES,
      },
      {
        attachmentType: 'item',
        name: 'Søknad om barnehageplass',
        eml: 'Subject: Søknad\r\nFrom: ola.innbyggjar@example.net\r\n\r\nHei.\r\n',
      },
      {
        attachmentType: 'cloud',
        name: 'Situasjonsplan.pdf',
        url: 'https://example.sharepoint.com/situasjonsplan.pdf',
      },
    ],
    ...extra,
  };
}

const RECEIVED: ReadItemState = {
  mode: 'read',
  itemId: 'AAMkADk0/ZmI+Yw==',
  subject: 'Spørsmål om barnehageplass',
  from: { emailAddress: 'ola.innbyggjar@example.net', displayName: 'Ola Innbyggjar' },
  to: [{ emailAddress: POST.emailAddress, displayName: POST.displayName }],
  cc: [{ emailAddress: 'kari.nordmann@ha.kommune.no' }],
  dateTimeCreated: new Date('2026-03-02T07:41:17Z'),
  internetMessageId: '<01-barnehageplass.20260302@example.net>',
  conversationId: 'AAQkADconversation=',
  body: { text: 'Hei, korleis søkjer vi barnehageplass?' },
  attachments: [
    {
      attachmentType: 'file',
      name: 'skjema.pdf',
      contentType: 'application/pdf',
      bytes: PDF_BYTES,
    },
  ],
  headers: 'From: ola.innbyggjar@example.net\r\nSubject: =?UTF-8?B?U3DDuHJzbcOlbA==?=\r\n',
};

function options(extra: Partial<EmulatorOptions> = {}): EmulatorOptions {
  return {
    displayLanguage: 'nn-NO',
    mailbox: { ...POST, kind: 'shared' },
    user: KARI,
    item: compose(),
    ...extra,
  };
}

const controllers: EmulatorController[] = [];
function emulate(extra: Partial<EmulatorOptions> = {}): {
  office: typeof Office;
  controller: EmulatorController;
} {
  const { Office: office, controller } = createOffice(options(extra));
  controllers.push(controller);
  return { office, controller };
}
afterEach(() => {
  for (const c of controllers.splice(0)) c.dispose();
});

interface Answer<T> {
  readonly result: Office.AsyncResult<T>;
  /** True when the callback ran before the call returned. */
  readonly synchronous: boolean;
}

/** Call an Office *Async method and wait for its callback. */
function answer<T>(
  invoke: (callback: (r: Office.AsyncResult<T>) => void) => void,
): Promise<Answer<T>> {
  return new Promise((resolve) => {
    let returned = false;
    invoke((result) => resolve({ result, synchronous: !returned }));
    returned = true;
  });
}

async function value<T>(
  invoke: (callback: (r: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  const { result } = await answer(invoke);
  if (String(result.status) !== 'succeeded')
    throw new Error(`${result.error.name}: ${result.error.message}`);
  return result.value;
}

function composeItem(office: typeof Office): Office.MessageCompose {
  return office.context.mailbox.item as Office.MessageCompose;
}

function readItem(office: typeof Office): Office.MessageRead {
  return office.context.mailbox.item as Office.MessageRead;
}

describe('asynchronous answers', () => {
  type Call = (item: Office.MessageCompose, cb: (r: Office.AsyncResult<unknown>) => void) => void;
  const calls: ReadonlyArray<readonly [string, Call]> = [
    ['subject.getAsync', (i, cb) => i.subject.getAsync(cb)],
    ['body.getAsync', (i, cb) => i.body.getAsync('text', cb)],
    ['body.getTypeAsync', (i, cb) => i.body.getTypeAsync(cb)],
    ['to.getAsync', (i, cb) => i.to.getAsync(cb)],
    ['cc.getAsync', (i, cb) => i.cc.getAsync(cb)],
    ['from.getAsync', (i, cb) => i.from.getAsync(cb)],
    ['getAttachmentsAsync', (i, cb) => i.getAttachmentsAsync(cb)],
    ['getComposeTypeAsync', (i, cb) => i.getComposeTypeAsync(cb)],
    ['saveAsync', (i, cb) => i.saveAsync(cb)],
    ['notificationMessages.getAllAsync', (i, cb) => i.notificationMessages.getAllAsync(cb)],
    ['isClientSignatureEnabledAsync', (i, cb) => i.isClientSignatureEnabledAsync(cb)],
    ['getInitializationContextAsync', (i, cb) => i.getInitializationContextAsync(cb)],
  ];

  it.each(calls)(
    '%s answers on a later tick with status, value and no error',
    async (_name, call) => {
      const { office } = emulate();
      const { result, synchronous } = await answer((cb) => call(composeItem(office), cb));
      expect(synchronous).toBe(false);
      expect(result.status).toBe(office.AsyncResultStatus.Succeeded);
      expect(result.status).toBe('succeeded');
      expect('value' in result).toBe(true);
      expect(result.error).toBeUndefined();
    },
  );

  it('hands asyncContext back from the options object, and works without options', async () => {
    const { office } = emulate();
    const item = composeItem(office);
    const context = { send: 42 };
    const withOptions = await answer<string>((cb) =>
      item.subject.getAsync({ asyncContext: context }, cb),
    );
    const without = await answer<string>((cb) => item.subject.getAsync(cb));
    expect(withOptions.result.asyncContext).toBe(context);
    expect(withOptions.result.value).toBe('Vedtak om barnehageplass');
    expect(without.result.value).toBe('Vedtak om barnehageplass');
    expect(without.result.asyncContext).toBeUndefined();
  });

  it('waits the configured latency, per method if asked, before answering', () => {
    jest.useFakeTimers();
    try {
      const { office, controller } = emulate({ latencyMs: 40 });
      const item = composeItem(office);
      const answered: string[] = [];
      item.subject.getAsync(() => answered.push('subject'));
      jest.advanceTimersByTime(39);
      expect(answered).toEqual([]);
      jest.advanceTimersByTime(1);
      expect(answered).toEqual(['subject']);
      controller.setLatency((method) => (method === 'getAttachmentContentAsync' ? 500 : 0));
      item.getAttachmentsAsync((r) => {
        const first = (r.value as Office.AttachmentDetailsCompose[])[0];
        item.getAttachmentContentAsync(first?.id ?? '', () => answered.push('content'));
        answered.push('list');
      });
      jest.advanceTimersByTime(1);
      expect(answered).toEqual(['subject', 'list']);
      jest.advanceTimersByTime(500);
      expect(answered).toEqual(['subject', 'list', 'content']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('records calls in order and settles with idle()', async () => {
    const { office, controller } = emulate();
    const item = composeItem(office);
    let answered = 0;
    item.subject.setAsync('Nytt emne', () => (answered += 1));
    item.to.getAsync(() => (answered += 1));
    expect(answered).toBe(0);
    await controller.idle();
    expect(answered).toBe(2);
    expect(controller.calls).toEqual(['subject.setAsync', 'to.getAsync']);
    expect(controller.getComposeState().subject).toBe('Nytt emne');
  });

  it('keeps what a callback throws instead of letting it escape, as Outlook does', async () => {
    const { office, controller } = emulate();
    composeItem(office).subject.getAsync(() => {
      throw new Error('bug in the add-in');
    });
    await controller.idle();
    expect(controller.uncaught).toHaveLength(1);
  });

  it('resolves Office.onReady as a promise and through a callback, and calls Office.initialize', async () => {
    const { office } = emulate({ platform: 'PC' });
    const reasons: unknown[] = [];
    (office as unknown as { initialize: (r: unknown) => void }).initialize = (r) => reasons.push(r);
    const seen: unknown[] = [];
    const info = await office.onReady((i) => seen.push(i));
    expect(info).toEqual({ host: 'Outlook', platform: 'PC' });
    expect(seen).toEqual([{ host: 'Outlook', platform: 'PC' }]);
    expect(reasons).toEqual(['inserted']);
  });
});

describe('the compose item', () => {
  it('reads the message being written: recipients with type, from, body in both formats', async () => {
    const { office } = emulate();
    const item = composeItem(office);
    expect(item.itemType).toBe('message');
    expect(await value((cb) => item.to.getAsync(cb))).toEqual([
      {
        emailAddress: 'ola.innbyggjar@example.net',
        displayName: 'Ola Innbyggjar',
        recipientType: 'externalUser',
      },
    ]);
    expect(await value((cb) => item.cc.getAsync(cb))).toEqual([
      {
        emailAddress: 'bygg@ha.kommune.no',
        displayName: 'bygg@ha.kommune.no',
        recipientType: 'user',
      },
    ]);
    expect(await value((cb) => item.from.getAsync(cb))).toEqual({
      emailAddress: POST.emailAddress,
      displayName: POST.displayName,
    });
    expect(await value((cb) => item.body.getAsync(office.CoercionType.Text, cb))).toBe(
      'Hei Ola,\n\nDe har fått plass.',
    );
    expect(await value<string>((cb) => item.body.getAsync(office.CoercionType.Html, cb))).toContain(
      '<div>Hei Ola,</div><div><br></div>',
    );
    expect(await value((cb) => item.getComposeTypeAsync(cb))).toEqual({
      composeType: 'newMail',
      coercionType: 'text',
    });
  });

  it('writes subject, body and recipients, and the controller sees the result', async () => {
    const { office, controller } = emulate();
    const item = composeItem(office);
    await value((cb) => item.subject.setAsync('Vedtak', cb));
    await value((cb) => item.body.prependAsync('Til Ola:\n', cb));
    await value((cb) => item.to.addAsync(['kari.lunde@example.org'], cb));
    await value((cb) =>
      item.bcc.setAsync([{ emailAddress: 'arkiv@ha.kommune.no', displayName: 'Arkiv' }], cb),
    );
    const state = controller.getComposeState();
    expect(state.subject).toBe('Vedtak');
    expect(state.body).toBe('Til Ola:\nHei Ola,\n\nDe har fått plass.');
    expect(state.to.map((r) => (typeof r === 'string' ? r : r.emailAddress))).toEqual([
      'ola.innbyggjar@example.net',
      'kari.lunde@example.org',
    ]);
    expect(state.bcc).toEqual([{ emailAddress: 'arkiv@ha.kommune.no', displayName: 'Arkiv' }]);
  });

  it('converts text written into an HTML body, and refuses HTML in a text body', async () => {
    const { office, controller } = emulate({
      item: compose({ bodyType: 'html', body: '<p>Hei</p>' }),
    });
    const item = composeItem(office);
    await value((cb) => item.body.setAsync('a < b', cb));
    expect(controller.getComposeState().body).toContain('<div>a &lt; b</div>');
    expect(controller.getComposeText()).toBe('a < b');

    controller.setItem(compose());
    const text = composeItem(office);
    const { result } = await answer((cb) =>
      text.body.setAsync('<b>x</b>', { coercionType: 'html' }, cb),
    );
    expect(result.status).toBe('failed');
    expect(result.error).toEqual({
      code: 2006,
      name: 'InvalidFormatError',
      message: 'The format of the specified data object is not valid.',
    });
  });

  it('gives an unsaved draft no id until saveAsync', async () => {
    const { office } = emulate();
    const item = composeItem(office);
    const before = await answer((cb) => item.getItemIdAsync(cb));
    expect(before.result.error).toEqual({
      code: 9046,
      name: 'ItemNotSaved',
      message: "The id can't be retrieved until the item is saved.",
    });
    const saved = await value<string>((cb) => item.saveAsync(cb));
    expect(await value((cb) => item.getItemIdAsync(cb))).toBe(saved);
  });

  it('keeps notification messages within Outlook’s rules', async () => {
    const { office, controller } = emulate();
    const n = composeItem(office).notificationMessages;
    const info = {
      type: office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
      message: 'Sjekk emnet',
      icon: 'Icon.16x16',
      persistent: false,
    };
    await value((cb) => n.addAsync('arkivpost', info, cb));
    expect((await answer((cb) => n.addAsync('arkivpost', info, cb))).result.error?.name).toBe(
      'DuplicateNotificationKey',
    );
    await value((cb) => n.replaceAsync('arkivpost', { ...info, message: 'Sjekk mottakarane' }, cb));
    for (const k of ['b', 'c', 'd', 'e']) await value((cb) => n.addAsync(k, info, cb));
    expect((await answer((cb) => n.addAsync('f', info, cb))).result.error?.code).toBe(9025);
    expect((await answer((cb) => n.removeAsync('nope', cb))).result.error?.code).toBe(9024);
    expect(controller.notifications().find((x) => x.key === 'arkivpost')?.message).toBe(
      'Sjekk mottakarane',
    );
    expect(() => n.addAsync('k'.repeat(33), info)).toThrow(/Sys.ArgumentOutOfRangeException/);
    expect(() =>
      n.addAsync('err', { type: 'errorMessage', message: 'x', icon: 'Icon.16x16' }),
    ).toThrow(/Sys.ArgumentException/);
  });

  it('lets the task pane hear recipient and attachment changes', async () => {
    const { office, controller } = emulate();
    const item = composeItem(office);
    const events: Array<Record<string, unknown>> = [];
    await value((cb) =>
      item.addHandlerAsync(
        office.EventType.RecipientsChanged,
        (e: Record<string, unknown>) => events.push(e),
        cb,
      ),
    );
    await value((cb) =>
      item.addHandlerAsync(
        office.EventType.AttachmentsChanged,
        (e: Record<string, unknown>) => events.push(e),
        cb,
      ),
    );
    await controller.updateCompose({ to: ['siri.haugland@example.com'] });
    await controller.addAttachment({
      attachmentType: 'file',
      name: 'notat.txt',
      bytes: new Uint8Array([104, 105]),
    });
    await controller.idle();
    expect(events[0]).toMatchObject({
      type: 'olkRecipientsChanged',
      changedRecipientFields: { to: true, cc: false },
    });
    expect(events[1]).toMatchObject({
      type: 'olkAttachmentsChanged',
      attachmentStatus: 'added',
      attachmentDetails: { name: 'notat.txt', size: 2, attachmentType: 'file' },
    });
  });
});

describe('read and compose items differ as in Outlook', () => {
  it('has the subject as a string, recipients as arrays and an itemId in read mode', async () => {
    const { office } = emulate({ item: RECEIVED });
    const item = readItem(office);
    expect(typeof item.subject).toBe('string');
    expect(item.subject).toBe('Spørsmål om barnehageplass');
    expect(item.normalizedSubject).toBe('Spørsmål om barnehageplass');
    expect(item.itemId).toBe(RECEIVED.itemId);
    expect(item.dateTimeCreated).toEqual(RECEIVED.dateTimeCreated);
    expect(item.from).toEqual({
      emailAddress: 'ola.innbyggjar@example.net',
      displayName: 'Ola Innbyggjar',
    });
    expect(item.to).toEqual([{ ...RECEIVED.to[0], recipientType: 'user' }]);
    expect(item.attachments).toEqual([
      expect.objectContaining({
        name: 'skjema.pdf',
        contentType: 'application/pdf',
        size: 3000,
        attachmentType: 'file',
        isInline: false,
      }),
    ]);
    expect(await value((cb) => item.body.getAsync('text', cb))).toBe(RECEIVED.body.text);
    expect(await value((cb) => item.getAllInternetHeadersAsync(cb))).toBe(RECEIVED.headers);
    expect((item as unknown as Record<string, unknown>)['getAttachmentsAsync']).toBeUndefined();
  });

  it('has the subject as an object with getAsync in compose mode, and no itemId property', () => {
    const { office } = emulate();
    const item = composeItem(office) as unknown as Record<string, unknown>;
    expect(typeof item['subject']).toBe('object');
    expect(typeof (item['subject'] as Record<string, unknown>)['getAsync']).toBe('function');
    expect(item['itemId']).toBeUndefined();
    expect(Array.isArray(item['to'])).toBe(false);
  });

  it('records the replies the add-in opens and tells its listeners, after the reply is the item', async () => {
    const { office, controller } = emulate({ item: RECEIVED });
    const seen: Array<{ mode: string | null; html: string }> = [];
    controller.onReplyForm((r) => seen.push({ mode: controller.mode, html: r.htmlBody }));
    readItem(office).displayReplyForm({ htmlBody: '<p>Send ei underteikna klage.</p>' });
    expect(controller.replyForms).toEqual([
      { all: false, htmlBody: '<p>Send ei underteikna klage.</p>', attachments: [] },
    ]);
    expect(seen).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual([{ mode: 'compose', html: '<p>Send ei underteikna klage.</p>' }]);
    // Outlook refuses a body over 32 kB: nothing is opened or recorded.
    controller.setItem(RECEIVED);
    expect(() => readItem(office).displayReplyForm({ htmlBody: 'x'.repeat(33 * 1024) })).toThrow();
    expect(controller.replyForms).toHaveLength(1);
    expect(controller.mode).toBe('read');
  });

  it('replies from the mailbox the message is in, with a reply compose type and the language’s prefix', async () => {
    const { office, controller } = emulate({ item: RECEIVED });
    readItem(office).displayReplyForm('<p>Takk for spørsmålet.</p>');
    const item = composeItem(office);
    expect(await value((cb) => item.getComposeTypeAsync(cb))).toEqual({
      composeType: 'reply',
      coercionType: 'html',
    });
    expect(await value((cb) => item.subject.getAsync(cb))).toBe('SV: Spørsmål om barnehageplass');
    expect(await value((cb) => item.from.getAsync(cb))).toEqual({
      emailAddress: POST.emailAddress,
      displayName: POST.displayName,
    });
    expect(await value((cb) => item.to.getAsync(cb))).toEqual([
      {
        emailAddress: 'ola.innbyggjar@example.net',
        displayName: 'Ola Innbyggjar',
        recipientType: 'externalUser',
      },
    ]);
    const body = await value<string>((cb) => item.body.getAsync('text', cb));
    expect(body).toContain('Takk for spørsmålet.');
    expect(body).toContain('Frå: Ola Innbyggjar <ola.innbyggjar@example.net>');
    expect(body).toContain('Hei, korleis søkjer vi barnehageplass?');
    expect(item.conversationId).toBe(RECEIVED.conversationId);
    expect(item.inReplyTo).toBe(RECEIVED.internetMessageId);
    controller.setDisplayLanguage('sv-SE');
    controller.forward(RECEIVED);
    const fwd = composeItem(office);
    expect(await value((cb) => fwd.subject.getAsync(cb))).toBe('VB: Spørsmål om barnehageplass');
    expect(await value((cb) => fwd.getComposeTypeAsync(cb))).toEqual({
      composeType: 'forward',
      coercionType: 'html',
    });
    expect(await value((cb) => fwd.to.getAsync(cb))).toEqual([]);
    expect(
      (await value<Office.AttachmentDetailsCompose[]>((cb) => fwd.getAttachmentsAsync(cb))).map(
        (a) => a.name,
      ),
    ).toEqual(['skjema.pdf']);
  });

  it('tells a pinned task pane that the item changed', async () => {
    const { office, controller } = emulate();
    const seen: unknown[] = [];
    await value((cb) =>
      office.context.mailbox.addHandlerAsync(
        office.EventType.ItemChanged,
        (e: unknown) => seen.push(e),
        cb,
      ),
    );
    controller.setItem(RECEIVED);
    await controller.idle();
    expect(seen).toEqual([{ type: 'olkItemSelectedChanged' }]);
    expect(readItem(office).itemId).toBe(RECEIVED.itemId);
  });
});

describe('errors', () => {
  it.each([
    [9020, { code: 9020, name: 'GenericResponseError', message: '' }],
    [
      'InvalidAttachmentId',
      { code: 9003, name: 'InvalidAttachmentId', message: 'The attachment ID was invalid.' },
    ],
    [{ code: 9041 }, expect.objectContaining({ code: 9041, name: 'NetworkError' })],
    [
      { code: 9042, message: 'Exchange is down' },
      { code: 9042, name: 'InternalServerError', message: 'Exchange is down' },
    ],
  ])('injects %p and reports it with code, name and message', async (spec, expected) => {
    const { office, controller } = emulate();
    controller.failNext('subject.getAsync', spec);
    const { result } = await answer((cb) =>
      composeItem(office).subject.getAsync({ asyncContext: 'ctx' }, cb),
    );
    expect(result.status).toBe(office.AsyncResultStatus.Failed);
    expect(result.error).toEqual(expected);
    expect(result.value).toBeUndefined();
    expect(result.asyncContext).toBe('ctx');
    expect((await answer((cb) => composeItem(office).subject.getAsync(cb))).result.status).toBe(
      'succeeded',
    );
  });

  it('fails the next n calls only, and a failed write changes nothing', async () => {
    const { office, controller } = emulate();
    const item = composeItem(office);
    controller.failNext('subject.setAsync', 'SaveError', 2);
    expect((await answer((cb) => item.subject.setAsync('A', cb))).result.error?.code).toBe(9021);
    expect((await answer((cb) => item.subject.setAsync('B', cb))).result.error?.code).toBe(9021);
    expect(controller.getComposeState().subject).toBe('Vedtak om barnehageplass');
    await value((cb) => item.subject.setAsync('C', cb));
    expect(controller.getComposeState().subject).toBe('C');
  });

  it('refuses unknown error names when the failure is injected', () => {
    const { controller } = emulate();
    expect(() => controller.failNext('to.getAsync', 'NoSuchError')).toThrow(
      /Unknown Outlook error name/,
    );
  });

  it.each([
    [
      'a subject over 255 characters',
      (i: Office.MessageCompose) => i.subject.setAsync('x'.repeat(256)),
      'Sys.ArgumentOutOfRangeException',
    ],
    [
      'more than 100 recipients at once',
      (i: Office.MessageCompose) =>
        i.to.setAsync(
          Array.from({ length: 101 }, (_x, n) => `r${n}@example.com`),
          () => undefined,
        ),
      'Sys.ArgumentOutOfRangeException',
    ],
    [
      'a getter without a callback',
      (i: Office.MessageCompose) => (i.subject.getAsync as unknown as () => void)(),
      'Sys.ArgumentNullException',
    ],
    [
      'an unknown coercion type',
      (i: Office.MessageCompose) => i.body.getAsync('ooxml', () => undefined),
      'Sys.ArgumentException',
    ],
    [
      'an empty attachment id',
      (i: Office.MessageCompose) => i.getAttachmentContentAsync('', () => undefined),
      'Sys.ArgumentNullException',
    ],
  ])('throws at once, without a callback, for %s', (_case, call, name) => {
    const { office } = emulate();
    expect(() => call(composeItem(office))).toThrow(expect.objectContaining({ name }));
  });

  it('answers a wrong attachment id with InvalidAttachmentId and another item type with AttachmentTypeNotSupported', async () => {
    const { office } = emulate({
      item: compose({
        attachments: [{ attachmentType: 'item', name: 'Kontakt: Ola', id: 'contact-1' }],
      }),
    });
    const item = composeItem(office);
    expect(
      (await answer((cb) => item.getAttachmentContentAsync('no-such-id', cb))).result.error?.name,
    ).toBe('InvalidAttachmentId');
    expect(
      (await answer((cb) => item.removeAttachmentAsync('no-such-id', cb))).result.error?.code,
    ).toBe(9003);
    expect(
      (await answer((cb) => item.getAttachmentContentAsync('contact-1', cb))).result.error,
    ).toEqual({
      code: 9043,
      name: 'AttachmentTypeNotSupported',
      message: 'The attachment type is not supported.',
    });
  });

  it('fails legacy Exchange tokens, which Exchange Online has turned off', async () => {
    const { office } = emulate();
    const { result } = await answer<string>((cb) =>
      office.context.mailbox.getCallbackTokenAsync({ isRest: true }, cb),
    );
    expect(result.error?.name).toBe('GenericTokenError');
  });
});

describe('requirement sets', () => {
  const members: ReadonlyArray<readonly [string, MailboxVersion]> = [
    ['from', '1.7'],
    ['getAttachmentsAsync', '1.8'],
    ['getAttachmentContentAsync', '1.8'],
    ['addFileAttachmentFromBase64Async', '1.8'],
    ['getItemIdAsync', '1.8'],
    ['getComposeTypeAsync', '1.10'],
    ['isClientSignatureEnabledAsync', '1.10'],
    ['sessionData', '1.11'],
    ['inReplyTo', '1.14'],
  ];
  const below = (v: MailboxVersion): MailboxVersion => {
    const minor = Number(v.split('.')[1]);
    return `1.${minor - 1}` as MailboxVersion;
  };

  it.each(members)('has item.%s from Mailbox %s and not below', (member, since) => {
    const { office, controller } = emulate({ maxMailboxVersion: since });
    expect(member in composeItem(office)).toBe(true);
    controller.setMailboxVersion(below(since));
    expect((composeItem(office) as unknown as Record<string, unknown>)[member]).toBeUndefined();
  });

  it('answers isSetSupported for the configured level, with string or number versions', () => {
    const { office, controller } = emulate({ maxMailboxVersion: '1.9' });
    const r = office.context.requirements;
    expect(r.isSetSupported('Mailbox', '1.9')).toBe(true);
    expect(r.isSetSupported('mailbox', '1.10')).toBe(false);
    expect(r.isSetSupported('Mailbox')).toBe(true);
    expect(r.isSetSupported('Mailbox', 1.5)).toBe(true);
    expect(r.isSetSupported('IdentityAPI', '1.3')).toBe(false);
    controller.setMailboxVersion('1.15');
    expect(r.isSetSupported('Mailbox', '1.15')).toBe(true);
    expect(r.isSetSupported('Mailbox', '1.16')).toBe(false);
    expect(composeItem(office).getComposeTypeAsync).toBeInstanceOf(Function);
  });

  it('knows other requirement sets only when told', () => {
    const { office } = emulate({ extraRequirementSets: { NestedAppAuth: '1.1' } });
    expect(office.context.requirements.isSetSupported('NestedAppAuth', '1.1')).toBe(true);
  });
});

describe('attachment content', () => {
  it('returns files as base64 that round-trips the bytes', async () => {
    const { office } = emulate();
    const item = composeItem(office);
    const list = await value<Office.AttachmentDetailsCompose[]>((cb) =>
      item.getAttachmentsAsync(cb),
    );
    expect(list.map((a) => [a.name, a.attachmentType, a.size])).toEqual([
      ['vedtak.pdf', 'file', 3000],
      ['Søknad om barnehageplass', 'item', expect.any(Number)],
      ['Situasjonsplan.pdf', 'cloud', 0],
    ]);
    const pdf = list[0] as Office.AttachmentDetailsCompose;
    const content = await value<Office.AttachmentContent>((cb) =>
      item.getAttachmentContentAsync(pdf.id, cb),
    );
    expect(content.format).toBe(office.MailboxEnums.AttachmentContentFormat.Base64);
    expect(new Uint8Array(Buffer.from(content.content, 'base64'))).toEqual(PDF_BYTES);
  });

  it('returns attached messages as eml and cloud files as their URL', async () => {
    const { office } = emulate();
    const item = composeItem(office);
    const [, message, cloud] = await value<Office.AttachmentDetailsCompose[]>((cb) =>
      item.getAttachmentsAsync(cb),
    );
    const eml = await value<Office.AttachmentContent>((cb) =>
      item.getAttachmentContentAsync(message?.id ?? '', cb),
    );
    expect(eml).toEqual({ format: 'eml', content: expect.stringContaining('Subject: Søknad') });
    const url = await value<Office.AttachmentContent>((cb) =>
      item.getAttachmentContentAsync(cloud?.id ?? '', cb),
    );
    expect(url).toEqual({
      format: 'url',
      content: 'https://example.sharepoint.com/situasjonsplan.pdf',
    });
  });

  it('adds and removes base64 attachments the add-in creates', async () => {
    const { office, controller } = emulate();
    const item = composeItem(office);
    const bytes = Uint8Array.from({ length: 1000 }, (_x, i) => (i * 7) % 256);
    const id = await value<string>((cb) =>
      item.addFileAttachmentFromBase64Async(
        Buffer.from(bytes).toString('base64'),
        'kvittering.pdf',
        { isInline: false },
        cb,
      ),
    );
    const content = await value<Office.AttachmentContent>((cb) =>
      item.getAttachmentContentAsync(id, cb),
    );
    expect(new Uint8Array(Buffer.from(content.content, 'base64'))).toEqual(bytes);
    await value((cb) => item.removeAttachmentAsync(id, cb));
    expect(controller.getComposeState().attachments.map((a) => a.name)).not.toContain(
      'kvittering.pdf',
    );
  });

  it('reads attachments of a received message', async () => {
    const { office } = emulate({ item: RECEIVED });
    const item = readItem(office);
    const id = item.attachments[0]?.id ?? '';
    const content = await value<Office.AttachmentContent>((cb) =>
      item.getAttachmentContentAsync(id, cb),
    );
    expect(new Uint8Array(Buffer.from(content.content, 'base64'))).toEqual(PDF_BYTES);
  });
});

describe('launch events', () => {
  it('passes the options given to event.completed through to the controller', async () => {
    const { office, controller } = emulate();
    const given = {
      allowEvent: false,
      errorMessage: 'Emnefeltet inneheld eit fødselsnummer.',
      cancelLabel: 'Vis detaljar',
      commandId: 'ArkivpostComposePane',
      contextData: '{"codes":["national-id"]}',
      sendModeOverride: office.MailboxEnums.SendModeOverride.PromptUser,
    };
    office.actions.associate('onMessageSendHandler', (event: Office.MailboxEvent) => {
      const item = office.context.mailbox.item as Office.MessageCompose;
      item.subject.getAsync(() => event.completed(given));
    });
    const result = await controller.fireLaunchEvent('OnMessageSend', {
      functionName: 'onMessageSendHandler',
    });
    expect(result).toMatchObject({
      event: 'OnMessageSend',
      functionName: 'onMessageSendHandler',
      completed: true,
      timedOut: false,
    });
    expect(result.options).toBe(given);
    expect(result.effective).toEqual(given);
    expect(result.violations).toEqual([]);
    expect(controller.associatedActions()).toEqual(['onMessageSendHandler']);
  });

  it('finds the handler the manifest registers, and drops what the client’s requirement set lacks', async () => {
    const { office, controller } = emulate({
      maxMailboxVersion: '1.14',
      launchEvents: [{ type: 'OnMessageSend', functionName: 'onSend', sendMode: 'softBlock' }],
    });
    office.actions.associate('onSend', (event: Office.MailboxEvent) =>
      event.completed({ allowEvent: false, errorMessage: 'Nei', errorMessageMarkdown: '**Nei**' }),
    );
    const result = await controller.fireLaunchEvent('OnMessageSend');
    expect(result.effective).toEqual({ allowEvent: false, errorMessage: 'Nei' });
    expect(result.violations).toEqual([
      'errorMessageMarkdown needs Mailbox 1.15; this client (1.14) ignores it',
    ]);
  });

  it('flags a handler that never completes within the timeout', async () => {
    const { office, controller } = emulate();
    office.actions.associate('onSend', () => undefined);
    const result = await controller.fireLaunchEvent('OnMessageSend', {
      functionName: 'onSend',
      timeoutMs: 30,
    });
    expect(result).toMatchObject({ completed: false, timedOut: true, options: undefined });
  });

  it('reports a handler that throws, a missing handler, and completing twice', async () => {
    const { office, controller } = emulate();
    office.actions.associate('broken', () => {
      throw new Error('boom');
    });
    office.actions.associate('twice', (event: Office.MailboxEvent) => {
      event.completed({ allowEvent: true });
      event.completed({ allowEvent: false });
    });
    const broken = await controller.fireLaunchEvent('OnMessageSend', { functionName: 'broken' });
    expect(broken).toMatchObject({ completed: false, timedOut: false, error: new Error('boom') });
    const missing = await controller.fireLaunchEvent('OnMessageSend', { functionName: 'absent' });
    expect(missing.completed).toBe(false);
    expect(String(missing.error)).toContain('absent');
    const twice = await controller.fireLaunchEvent('OnMessageSend', { functionName: 'twice' });
    expect(twice.options).toEqual({ allowEvent: true });
    expect(twice.violations).toEqual([
      'event.completed was called more than once; Outlook uses the first call',
    ]);
  });

  it('checks the documented limits of a Smart Alerts answer', async () => {
    const { office, controller } = emulate();
    office.actions.associate('long', (event: Office.MailboxEvent) =>
      event.completed({
        allowEvent: false,
        errorMessage: 'x'.repeat(501),
        cancelLabel: 'y'.repeat(21),
        contextData: '{}',
      }),
    );
    const r = await controller.fireLaunchEvent('OnMessageSend', { functionName: 'long' });
    expect(r.violations).toEqual([
      'errorMessage is 501 characters; the limit is 500',
      'cancelLabel is 21 characters; the limit is 20',
      'contextData without commandId is ignored',
    ]);
  });

  it('fires OnMessageRecipientsChanged when the user changes recipients', async () => {
    const { office, controller } = emulate({
      launchEvents: [{ type: 'OnMessageRecipientsChanged', functionName: 'onChanged' }],
    });
    const events: Array<Record<string, unknown>> = [];
    office.actions.associate(
      'onChanged',
      (event: Office.MailboxEvent & Record<string, unknown>) => {
        events.push(event);
        event.completed();
      },
    );
    const [result] = await controller.updateCompose({ cc: ['helse@ha.kommune.no'] });
    expect(result?.completed).toBe(true);
    expect(events[0]).toMatchObject({
      type: 'olkRecipientsChanged',
      changedRecipientFields: { cc: true, to: false },
    });
  });
});

describe('sending with Smart Alerts', () => {
  function withAnswer(
    answerOptions: Office.SmartAlertsEventCompletedOptions | undefined,
    sendMode: 'softBlock' | 'block' | 'promptUser' = 'softBlock',
  ) {
    const e = emulate({
      launchEvents: [{ type: 'OnMessageSend', functionName: 'onSend', sendMode }],
    });
    e.office.actions.associate('onSend', (event: Office.MailboxEvent) =>
      event.completed(answerOptions),
    );
    return e;
  }

  it('sends when the handler allows it, and records the message', async () => {
    const { controller } = withAnswer({ allowEvent: true });
    const outcome = await controller.send();
    expect(outcome.action).toBe('send');
    expect(controller.sent.map((m) => m.subject)).toEqual(['Vedtak om barnehageplass']);
  });

  it('shows only Don’t Send under SoftBlock, in the display language', async () => {
    const { controller } = withAnswer({
      allowEvent: false,
      errorMessage: 'Emnefeltet inneheld eit fødselsnummer.',
    });
    const outcome = await controller.send();
    expect(outcome).toMatchObject({
      action: 'dialog',
      reason: 'blocked',
      message: 'Emnefeltet inneheld eit fødselsnummer.',
      sendMode: 'softBlock',
      buttons: [{ kind: 'dont-send', label: 'Ikkje send' }],
    });
    expect(controller.sent).toEqual([]);
  });

  it('offers Send Anyway and Take Action when the handler lowers the mode to PromptUser', async () => {
    const { controller } = withAnswer({
      allowEvent: false,
      errorMessage: 'Send frå post@ha.kommune.no.',
      errorMessageMarkdown: 'Send frå **post@ha.kommune.no**.',
      cancelLabel: 'Vis detaljar',
      commandId: 'ArkivpostComposePane',
      contextData: '{"decision":"warn"}',
      sendModeOverride: 'promptUser',
    });
    const outcome = await controller.send();
    expect(outcome).toMatchObject({
      action: 'dialog',
      message: 'Send frå **post@ha.kommune.no**.',
      markdown: 'Send frå **post@ha.kommune.no**.',
      sendMode: 'promptUser',
      buttons: [
        { kind: 'send-anyway', label: 'Send likevel' },
        { kind: 'dont-send', label: 'Ikkje send' },
        {
          kind: 'take-action',
          label: 'Vis detaljar',
          commandId: 'ArkivpostComposePane',
          contextData: '{"decision":"warn"}',
        },
      ],
    });
  });

  it('runs one send at a time: a second press while the handler runs does nothing', async () => {
    const e = emulate({
      launchEvents: [{ type: 'OnMessageSend', functionName: 'onSend', sendMode: 'softBlock' }],
    });
    const events: Office.MailboxEvent[] = [];
    e.office.actions.associate('onSend', (event: Office.MailboxEvent) => {
      events.push(event);
    });
    const first = e.controller.send();
    const second = await e.controller.send();
    expect(second).toEqual({ action: 'ignored' });
    await new Promise((r) => setTimeout(r, 20));
    expect(events).toHaveLength(1);
    events[0]?.completed({ allowEvent: true });
    expect((await first).action).toBe('send');
    expect(e.controller.sent).toHaveLength(1);
    // Once it has answered, Send works again.
    const again = e.controller.send();
    await new Promise((r) => setTimeout(r, 20));
    events[1]?.completed({ allowEvent: true });
    expect((await again).action).toBe('send');
    expect(e.controller.sent).toHaveLength(2);
  });

  it('uses Outlook’s own message when the handler gives none', async () => {
    const { controller } = withAnswer({ allowEvent: false });
    controller.setDisplayLanguage('sv-SE');
    const outcome = await controller.send();
    expect(outcome).toMatchObject({
      message: 'Arkivpost förhindrar att det här e-postmeddelandet skickas.',
    });
  });

  it.each([
    ['softBlock', ['send-anyway', 'dont-send']],
    ['promptUser', ['send-anyway', 'dont-send']],
    ['block', ['dont-send']],
  ] as const)(
    'lets the user decide under %s when the add-in is unavailable',
    async (mode, buttons) => {
      const { controller } = emulate({
        launchEvents: [{ type: 'OnMessageSend', functionName: 'missing', sendMode: mode }],
      });
      const outcome = await controller.send();
      expect(outcome.action).toBe('dialog');
      if (outcome.action !== 'dialog') return;
      expect(outcome.reason).toBe('unavailable');
      expect(outcome.buttons.map((b) => b.kind)).toEqual(buttons);
    },
  );

  it('opens the task pane with the context data, as Take Action does', async () => {
    const { office, controller } = emulate();
    controller.openTaskPane({ decision: 'warn' });
    expect(await value((cb) => composeItem(office).getInitializationContextAsync(cb))).toBe(
      '{"decision":"warn"}',
    );
  });
});

describe('the Office context', () => {
  it('says who the user is, which language, which platform', () => {
    const { office, controller } = emulate({ platform: 'OfficeOnline' });
    expect(office.context.displayLanguage).toBe('nn-NO');
    controller.setDisplayLanguage('sv-SE');
    expect(office.context.displayLanguage).toBe('sv-SE');
    expect(office.context.platform).toBe(office.PlatformType.OfficeOnline);
    expect(office.context.mailbox.userProfile).toMatchObject({
      emailAddress: KARI.emailAddress,
      displayName: KARI.displayName,
    });
    expect(office.context.mailbox.diagnostics.hostName).toBe('OutlookWebApp');
  });

  it('converts ids between EWS and REST deterministically', () => {
    const { office } = emulate();
    const mailbox = office.context.mailbox;
    const rest = mailbox.convertToRestId(RECEIVED.itemId, office.MailboxEnums.RestVersion.v2_0);
    expect(rest).toBe('AAMkADk0-ZmI_Yw==');
    expect(mailbox.convertToEwsId(rest, 'v2.0')).toBe(RECEIVED.itemId);
    expect(() => mailbox.convertToRestId(RECEIVED.itemId, 'v9')).toThrow(/Sys.ArgumentException/);
  });

  it('gives shared-mailbox properties for a function mailbox only', async () => {
    const { office, controller } = emulate();
    expect(await value((cb) => composeItem(office).getSharedPropertiesAsync(cb))).toMatchObject({
      owner: POST.emailAddress,
      targetMailbox: POST.emailAddress,
    });
    controller.setMailbox({ ...KARI, kind: 'personal' });
    expect(
      (await answer((cb) => composeItem(office).getSharedPropertiesAsync(cb))).result.status,
    ).toBe('failed');
  });

  it('installs itself as the global Office and removes itself again', async () => {
    const target: { Office?: unknown } = {};
    const controller = installOffice(target, options());
    expect(target.Office).toBe(controller.Office);
    controller.dispose();
    expect('Office' in target).toBe(false);
  });
});
