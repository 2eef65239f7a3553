/**
 * The Office emulator's Dialog API: displayDialogAsync in the pane, the
 * Dialog object's events with Office's codes, messageParent from the page
 * in the dialog, one dialog at a time, and displayMessageForm.
 */
import { createOffice } from '../../dev/emulator';
import type { EmulatorController } from '../../dev/emulator';

const KARI = { emailAddress: 'kari.nordmann@ha.kommune.no', displayName: 'Kari Nordmann' };
const POST = { emailAddress: 'post@ha.kommune.no', displayName: 'Hå kommune – post' };
const ORIGIN = 'https://localhost:3000';

interface Result {
  status: string;
  value: Office.Dialog;
  error?: { code: number; name: string };
}

let controller: EmulatorController;
let office: typeof Office;

beforeEach(() => {
  const made = createOffice({
    displayLanguage: 'nn-NO',
    mailbox: { ...POST, kind: 'shared' },
    user: KARI,
    item: null,
    dialogOrigin: ORIGIN,
  });
  controller = made.controller;
  office = made.Office;
});
afterEach(() => controller.dispose());

function open(
  url: string,
  options: Record<string, unknown> = { height: 80, width: 80 },
): Promise<Result> {
  return new Promise((resolve) => {
    office.context.ui.displayDialogAsync(url, options, (r) => resolve(r as unknown as Result));
  });
}

describe('displayDialogAsync', () => {
  it('opens a dialog at the asked size and hands the pane a Dialog', async () => {
    const r = await open(`${ORIGIN}/oversikt.html?mailbox=post%40ha.kommune.no`, {
      height: 80,
      width: 70,
      displayInIframe: true,
    });
    expect(r.status).toBe('succeeded');
    expect(typeof r.value.addEventHandler).toBe('function');
    expect(typeof r.value.close).toBe('function');
    const d = controller.dialogs.open;
    expect(d?.request).toEqual({
      url: `${ORIGIN}/oversikt.html?mailbox=post%40ha.kommune.no`,
      height: 80,
      width: 70,
      displayInIframe: true,
      promptBeforeOpen: true,
    });
  });

  it('refuses a second dialog while one is open (12007), and allows one after close', async () => {
    const first = await open(`${ORIGIN}/a.html`);
    const second = await open(`${ORIGIN}/b.html`);
    expect(second.status).toBe('failed');
    expect(second.error?.code).toBe(12007);
    expect(controller.dialogs.open?.request.url).toBe(`${ORIGIN}/a.html`);
    first.value.close();
    expect(controller.dialogs.open).toBeNull();
    const third = await open(`${ORIGIN}/b.html`);
    expect(third.status).toBe('succeeded');
  });

  it('refuses http (12005) and another origin (12004)', async () => {
    expect((await open('http://localhost:3000/a.html')).error?.code).toBe(12005);
    expect((await open('https://evil.example/a.html')).error?.code).toBe(12004);
    expect(controller.dialogs.open).toBeNull();
  });

  it('throws at once on a bad URL or size, as Office.js does', () => {
    expect(() => office.context.ui.displayDialogAsync('not a url', {}, () => undefined)).toThrow(
      /ArgumentException/,
    );
    expect(() =>
      office.context.ui.displayDialogAsync(`${ORIGIN}/a.html`, { height: 120 }, () => undefined),
    ).toThrow(/ArgumentOutOfRange/);
  });

  it('reports an injected failure (12009: the user ignored it) and opens nothing', async () => {
    controller.failNext('ui.displayDialogAsync', 12009);
    const r = await open(`${ORIGIN}/a.html`);
    expect(r.error).toMatchObject({ code: 12009, name: 'DialogIgnored' });
    expect(controller.dialogs.open).toBeNull();
  });
});

describe('the Dialog and the page inside it', () => {
  it("delivers the page's messageParent to the pane as DialogMessageReceived", async () => {
    const r = await open(`${ORIGIN}/oversikt.html`);
    const got: Array<Record<string, unknown>> = [];
    r.value.addEventHandler(office.EventType.DialogMessageReceived, (a) => {
      got.push(a as unknown as Record<string, unknown>);
    });
    const inner = controller.dialogOffice();
    expect(inner).not.toBeNull();
    await inner?.onReady();
    expect(inner?.context.displayLanguage).toBe('nn-NO');
    inner?.context.ui.messageParent(JSON.stringify({ open: 'AAMk-1' }));
    await controller.idle();
    expect(got).toEqual([
      {
        type: 'dialogMessageReceived',
        message: '{"open":"AAMk-1"}',
        origin: ORIGIN,
      },
    ]);
    // The dialog stays open: the pane decides when to close it.
    expect(controller.dialogs.open).not.toBeNull();
  });

  it('tells the pane when the user closes it (12006) and frees the slot', async () => {
    const r = await open(`${ORIGIN}/oversikt.html`);
    const events: number[] = [];
    r.value.addEventHandler(office.EventType.DialogEventReceived, (a) => {
      events.push((a as { error: number }).error);
    });
    const d = controller.dialogs.open;
    d?.closeByUser();
    d?.closeByUser(); // a second click on close: nothing more
    await controller.idle();
    expect(events).toEqual([12006]);
    expect(controller.dialogs.open).toBeNull();
    expect((await open(`${ORIGIN}/oversikt.html`)).status).toBe('succeeded');
  });

  it('reports a page that cannot be loaded (12002)', async () => {
    const r = await open(`${ORIGIN}/missing.html`);
    const events: number[] = [];
    r.value.addEventHandler(office.EventType.DialogEventReceived, (a) => {
      events.push((a as { error: number }).error);
    });
    controller.dialogs.open?.navigationFailed(12002);
    await controller.idle();
    expect(events).toEqual([12002]);
  });

  it('after close(), messages from the page no longer arrive and no event fires', async () => {
    const r = await open(`${ORIGIN}/oversikt.html`);
    const d = controller.dialogs.open;
    const inner = controller.dialogOffice();
    const got: unknown[] = [];
    r.value.addEventHandler(office.EventType.DialogMessageReceived, (a) => got.push(a));
    r.value.addEventHandler(office.EventType.DialogEventReceived, (a) => got.push(a));
    r.value.close();
    inner?.context.ui.messageParent('late');
    d?.closeByUser();
    await controller.idle();
    expect(got).toEqual([]);
  });

  it('tells its host (the workbench) when a dialog opens and closes', async () => {
    const seen: Array<string | null> = [];
    controller.dialogs.onChange((d) => seen.push(d ? d.request.url : null));
    const r = await open(`${ORIGIN}/a.html`);
    r.value.close();
    expect(seen).toEqual([`${ORIGIN}/a.html`, null]);
  });

  it('rejects an unknown event type and a message that is not text', async () => {
    const r = await open(`${ORIGIN}/a.html`);
    expect(() => r.value.addEventHandler('nonsense' as never, () => undefined)).toThrow(
      /ArgumentException/,
    );
    expect(() => controller.dialogOffice()?.context.ui.messageParent({} as never)).toThrow(
      /ArgumentTypeException/,
    );
  });
});

describe('displayMessageForm', () => {
  it('records the id the add-in opens, sync and async', async () => {
    office.context.mailbox.displayMessageForm('AAMkAD/1+x=');
    await new Promise<void>((resolve) =>
      office.context.mailbox.displayMessageFormAsync('AAMkAD/2', () => resolve()),
    );
    expect(controller.displayedMessages).toEqual(['AAMkAD/1+x=', 'AAMkAD/2']);
    expect(() => office.context.mailbox.displayMessageForm('')).toThrow(/ArgumentNull/);
  });
});
