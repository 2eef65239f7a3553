/**
 * The compose port over Office.js (src/host/office/pane.ts), against a small
 * stand-in for Outlook's compose item: asynchronous callbacks, AsyncResult
 * status, attachment ids.
 */
import { OfficeCallError } from '../../src/host/office/async';
import { createOfficeComposePort } from '../../src/host/office/pane';
import { AttachmentNotFound } from '../../src/taskpane/shell/ports';

type Callback = (r: { status: string; value?: unknown; error?: unknown }) => void;

interface FakeAttachment {
  id: string;
  name: string;
  attachmentType: string;
  size: number;
  isInline: boolean;
  content: string;
}

class FakeItem {
  subjectText = 'Vedtak for 13097248022';
  bodyText = 'Hei,\n\nvedlagt er vedtaket.\n\nHelsing\nHå kommune';
  fromAddress = 'kari.nordmann@ha.kommune.no';
  attachments: FakeAttachment[] = [
    {
      id: 'att-1',
      name: 'vedtak.docx',
      attachmentType: 'file',
      size: 3,
      isInline: false,
      content: 'aGVp',
    },
    {
      id: 'att-2',
      name: 'Svar frå nabo',
      attachmentType: 'item',
      size: 5,
      isInline: false,
      content: 'Subject: x\r\n\r\nhei',
    },
  ];
  contentCalls: string[] = [];
  handlers = new Map<string, () => void>();
  removedHandlers: string[] = [];
  removedAttachments: string[] = [];
  failing = false;

  private answer(cb: Callback, value: unknown): void {
    queueMicrotask(() =>
      cb(
        this.failing
          ? { status: 'failed', error: { code: 9002, name: 'InternalServerError', message: 'x' } }
          : { status: 'succeeded', value },
      ),
    );
  }

  subject = {
    getAsync: (cb: Callback) => this.answer(cb, this.subjectText),
    setAsync: (s: string, cb: Callback) => {
      this.subjectText = s;
      this.answer(cb, undefined);
    },
  };
  body = { getAsync: (_type: string, cb: Callback) => this.answer(cb, this.bodyText) };
  from = {
    getAsync: (cb: Callback) =>
      this.answer(cb, { emailAddress: this.fromAddress, displayName: 'Kari Nordmann' }),
  };
  to = {
    getAsync: (cb: Callback) =>
      this.answer(cb, [{ emailAddress: 'ola@example.net', displayName: 'Ola' }]),
  };
  cc = { getAsync: (cb: Callback) => this.answer(cb, []) };
  bcc = { getAsync: (cb: Callback) => this.answer(cb, []) };
  getComposeTypeAsync = (cb: Callback): void => this.answer(cb, { composeType: 'newMail' });
  getAttachmentsAsync = (cb: Callback): void =>
    this.answer(
      cb,
      this.attachments.map(({ content: _content, ...details }) => details),
    );
  getAttachmentContentAsync = (id: string, cb: Callback): void => {
    this.contentCalls.push(id);
    const a = this.attachments.find((x) => x.id === id);
    this.answer(cb, {
      format: a?.attachmentType === 'item' ? 'eml' : 'base64',
      content: a?.content ?? '',
    });
  };
  removeAttachmentAsync = (id: string, cb: Callback): void => {
    this.removedAttachments.push(id);
    this.attachments = this.attachments.filter((a) => a.id !== id);
    this.answer(cb, undefined);
  };
  addHandlerAsync = (type: string, handler: () => void, cb: Callback): void => {
    this.handlers.set(type, handler);
    this.answer(cb, undefined);
  };
  removeHandlerAsync = (type: string, cb: Callback): void => {
    this.removedHandlers.push(type);
    this.handlers.delete(type);
    this.answer(cb, undefined);
  };
}

const OfficeStandIn = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: {
    RecipientsChanged: 'olkRecipientsChanged',
    AttachmentsChanged: 'olkAttachmentsChanged',
    OfficeThemeChanged: 'officeThemeChanged',
  },
  CoercionType: { Text: 'text' },
  MailboxEnums: {
    AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
    AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud' },
  },
  context: { requirements: { isSetSupported: () => true } },
};

const globals = globalThis as unknown as { Office?: unknown };
beforeAll(() => {
  globals.Office = OfficeStandIn;
});
afterAll(() => {
  delete globals.Office;
});

function portFor(item: FakeItem, hidden = () => false) {
  return createOfficeComposePort(item as unknown as Office.MessageCompose, { hidden });
}

describe('the compose port over Office.js', () => {
  it('reads the message as the compose check sees it', async () => {
    const item = new FakeItem();
    const s = await portFor(item).snapshot();
    expect(s.subject).toBe('Vedtak for 13097248022');
    expect(s.from.address).toBe('kari.nordmann@ha.kommune.no');
    expect(s.to.map((a) => a.address)).toEqual(['ola@example.net']);
    expect(s.attachments.map((a) => a.name)).toEqual(['vedtak.docx', 'Svar frå nabo.eml']);
    expect(Array.from(s.attachments[0]?.bytes ?? [])).toEqual([104, 101, 105]);
  });

  it('fetches each attachment once, not on every check while the user types', async () => {
    const item = new FakeItem();
    const port = portFor(item);
    await port.snapshot();
    item.subjectText = 'Vedtak';
    const again = await port.snapshot();
    expect(again.subject).toBe('Vedtak');
    expect(again.attachments[0]?.bytes?.length).toBe(3);
    expect(item.contentCalls).toEqual(['att-1', 'att-2']);
  });

  it('removes an attachment by the name the check gave it', async () => {
    const item = new FakeItem();
    const port = portFor(item);
    await port.removeAttachment('vedtak.docx');
    await port.removeAttachment('Svar frå nabo.eml');
    expect(item.removedAttachments).toEqual(['att-1', 'att-2']);
    await expect(port.removeAttachment('vedtak.docx')).rejects.toBeInstanceOf(AttachmentNotFound);
  });

  it('writes the subject through subject.setAsync', async () => {
    const item = new FakeItem();
    const port = portFor(item);
    await port.setSubject('Vedtak');
    expect(item.subjectText).toBe('Vedtak');
    expect(await port.getSubject()).toBe('Vedtak');
  });

  it("turns Outlook's errors into rejections naming the call", async () => {
    const item = new FakeItem();
    item.failing = true;
    const error = await portFor(item)
      .getSubject()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect((error as OfficeCallError).code).toBe(9002);
  });
});

describe('noticing changes', () => {
  // Outlook answers asynchronously (microtasks here); only the poll's clock is faked.
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] }));
  afterEach(() => jest.useRealTimers());

  it("listens to Outlook's recipient and attachment events, and stops listening", async () => {
    const item = new FakeItem();
    const port = portFor(item);
    const heard: string[] = [];
    const stop = port.onChange(() => heard.push('change'));
    await jest.advanceTimersByTimeAsync(0);
    expect([...item.handlers.keys()].sort()).toEqual([
      'olkAttachmentsChanged',
      'olkRecipientsChanged',
    ]);
    item.handlers.get('olkRecipientsChanged')?.();
    expect(heard).toEqual(['change']);
    stop();
    await jest.advanceTimersByTimeAsync(0);
    expect(item.removedHandlers.sort()).toEqual(['olkAttachmentsChanged', 'olkRecipientsChanged']);
  });

  it('undoes a registration Outlook finishes after the pane stopped listening', async () => {
    const item = new FakeItem();
    const stop = portFor(item).onChange(() => undefined);
    stop();
    await jest.advanceTimersByTimeAsync(0);
    expect(item.handlers.size).toBe(0);
  });

  it('polls subject, body and From, reporting a change once', async () => {
    const item = new FakeItem();
    const port = portFor(item);
    await port.snapshot();
    let heard = 0;
    port.onChange(() => heard++);
    await jest.advanceTimersByTimeAsync(3000);
    expect(heard).toBe(0);
    item.subjectText = 'Vedtak for';
    await jest.advanceTimersByTimeAsync(1500);
    expect(heard).toBe(1);
    await jest.advanceTimersByTimeAsync(3000);
    expect(heard).toBe(1);
    item.fromAddress = 'post@ha.kommune.no';
    await jest.advanceTimersByTimeAsync(1500);
    expect(heard).toBe(2);
  });

  it("does not report the pane's own subject edit as the user's", async () => {
    const item = new FakeItem();
    const port = portFor(item);
    await port.snapshot();
    let heard = 0;
    port.onChange(() => heard++);
    await port.setSubject('Vedtak');
    await jest.advanceTimersByTimeAsync(3000);
    expect(heard).toBe(0);
  });

  it('does not poll while the pane is hidden', async () => {
    const item = new FakeItem();
    let hidden = true;
    const port = portFor(item, () => hidden);
    await port.snapshot();
    let heard = 0;
    port.onChange(() => heard++);
    item.bodyText = 'Ny tekst';
    await jest.advanceTimersByTimeAsync(4500);
    expect(heard).toBe(0);
    hidden = false;
    await jest.advanceTimersByTimeAsync(1500);
    expect(heard).toBe(1);
  });
});
