/**
 * Office's Dialog API as Outlook has it: `Office.context.ui.displayDialogAsync`
 * in the task pane gives a `Dialog` (`addEventHandler`, `close`,
 * `messageChild`), and the page inside the dialog has
 * `Office.context.ui.messageParent`. One dialog at a time per host window:
 * a second call while one is open fails with 12007.
 *
 * The codes are Office's: in the callback 12004 (a domain not trusted),
 * 12005 (an http URL), 12007 (already open), 12009 / 12011 (ignored,
 * blocked: injected with `failNext('ui.displayDialogAsync', …)`); as a
 * DialogEventReceived 12002 (the page cannot be loaded), 12003 (the dialog
 * went to an http URL), 12006 (the user closed it).
 *
 * DOM-free: whoever shows the dialog (the workbench, a test) listens with
 * `onChange`, loads `url` and calls `messageParent`, `closeByUser` or
 * `navigationFailed` on the open dialog.
 */
import { EventType } from './enums';
import { ERR, sysError } from './errors';
import { parseCommonArgs, fail, ok } from './host';
import type { Host } from './host';

/** What displayDialogAsync was asked to show. */
export interface DialogRequest {
  readonly url: string;
  /** Percent of the window, 1–100 (Office's default 80 when not given). */
  readonly height: number;
  readonly width: number;
  readonly displayInIframe: boolean;
  readonly promptBeforeOpen: boolean;
}

type Handler = (arg: Record<string, unknown>) => void;

/** The dialog on screen, as its host (the workbench, a test) drives it. */
export class OpenDialog {
  /** Messages the page sent with messageParent, in order. */
  readonly messages: string[] = [];
  /** Messages the pane sent to the page with messageChild. */
  readonly childMessages: string[] = [];
  private readonly handlers = new Map<string, Handler[]>();
  private readonly childHandlers: Handler[] = [];
  private open = true;

  constructor(
    readonly request: DialogRequest,
    private readonly host: Host,
    private readonly closed: (d: OpenDialog) => void,
  ) {}

  get isOpen(): boolean {
    return this.open;
  }

  /** The page in the dialog: `Office.context.ui.messageParent(message)`. */
  messageParent(message: unknown, options?: unknown): void {
    if (typeof message !== 'string' && typeof message !== 'boolean')
      throw sysError('Sys.ArgumentTypeException', 'message');
    if (options !== undefined && (typeof options !== 'object' || options === null))
      throw sysError('Sys.ArgumentTypeException', 'options');
    if (!this.open) return;
    const text = String(message);
    this.messages.push(text);
    const origin = safeOrigin(this.request.url);
    this.fire(EventType.DialogMessageReceived, { message: text, origin });
  }

  /** The user closed the dialog (its close button): DialogEventReceived 12006. */
  closeByUser(): void {
    this.end(ERR.dialogClosed);
  }

  /** The page could not be loaded (12002) or went to an http URL (12003); the dialog closes. */
  navigationFailed(code: 12002 | 12003 = ERR.dialogNavigation): void {
    this.end(code);
  }

  /** The pane closes it (`dialog.close()`): no event. */
  close(): void {
    if (!this.open) return;
    this.open = false;
    this.closed(this);
  }

  /** The page in the dialog listens to messageChild (DialogApi 1.2). */
  onChildMessage(handler: Handler): void {
    this.childHandlers.push(handler);
  }

  /** The pane's `Dialog` object. */
  surface(): Record<string, unknown> {
    return {
      addEventHandler: (eventType: unknown, handler: unknown): void => {
        if (
          eventType !== EventType.DialogMessageReceived &&
          eventType !== EventType.DialogEventReceived
        )
          throw sysError('Sys.ArgumentException', 'eventType');
        if (typeof handler !== 'function') throw sysError('Sys.ArgumentTypeException', 'handler');
        const list = this.handlers.get(eventType) ?? [];
        list.push(handler as Handler);
        this.handlers.set(eventType, list);
      },
      close: (): void => this.close(),
      messageChild: (message: unknown): void => {
        if (typeof message !== 'string') throw sysError('Sys.ArgumentTypeException', 'message');
        if (!this.open) return;
        this.childMessages.push(message);
        for (const h of this.childHandlers)
          this.host.later(null, () => this.host.guard(() => h({ message, origin: undefined })));
      },
    };
  }

  private end(code: number): void {
    if (!this.open) return;
    this.open = false;
    this.closed(this);
    this.fire(EventType.DialogEventReceived, { error: code });
  }

  private fire(type: string, args: Record<string, unknown>): void {
    for (const h of this.handlers.get(type) ?? [])
      this.host.later(null, () => this.host.guard(() => h({ type, ...args })));
  }
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function percent(name: string, value: unknown): number {
  if (value === undefined || value === null) return 80;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw sysError('Sys.ArgumentTypeException', name);
  if (value < 1 || value > 100) throw sysError('Sys.ArgumentOutOfRangeException', name);
  return value;
}

/** The host window's dialogs: at most one open. */
export class DialogHost {
  /** Every dialog asked for and opened, in order (closed ones too). */
  readonly opened: OpenDialog[] = [];
  private current: OpenDialog | null = null;
  private readonly listeners: Array<(d: OpenDialog | null) => void> = [];

  constructor(
    private readonly host: Host,
    /** The origin dialogs must be on (the add-in's); null: any https origin. */
    private readonly origin: () => string | null,
  ) {}

  /** The dialog on screen, or null. */
  get open(): OpenDialog | null {
    return this.current;
  }

  /** Called with the dialog when one opens and with null when it closes. */
  onChange(listener: (d: OpenDialog | null) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /** `Office.context.ui.displayDialogAsync(startAddress, options?, callback?)`. */
  displayDialogAsync(startAddress: unknown, ...rest: unknown[]): void {
    if (typeof startAddress !== 'string' || startAddress === '')
      throw sysError('Sys.ArgumentException', 'startAddress');
    let url: URL;
    try {
      url = new URL(startAddress);
    } catch {
      throw sysError('Sys.ArgumentException', 'startAddress');
    }
    const args = parseCommonArgs(rest, false);
    const o = args.options ?? {};
    const request: DialogRequest = {
      url: url.href,
      height: percent('height', o['height']),
      width: percent('width', o['width']),
      displayInIframe: o['displayInIframe'] === true,
      promptBeforeOpen: o['promptBeforeOpen'] !== false,
    };
    this.host.answer('ui.displayDialogAsync', args, () => {
      if (url.protocol !== 'https:') return fail(ERR.dialogHttpsRequired);
      const origin = this.origin();
      if (origin !== null && url.origin !== origin) return fail(ERR.dialogUntrustedDomain);
      if (this.current) return fail(ERR.dialogAlreadyOpened);
      const dialog = new OpenDialog(request, this.host, (d) => this.closed(d));
      this.current = dialog;
      this.opened.push(dialog);
      for (const l of this.listeners) this.host.guard(() => l(dialog));
      return ok(dialog.surface());
    });
  }

  /** Office closes the dialog with its host window (another mailbox, a disposed session). */
  closeAll(): void {
    this.current?.close();
  }

  private closed(d: OpenDialog): void {
    if (this.current !== d) return;
    this.current = null;
    for (const l of this.listeners) this.host.guard(() => l(null));
  }
}

/**
 * The `Office` of the page inside the dialog: onReady, the display language,
 * requirement sets and `context.ui.messageParent` (and the parent's messages,
 * DialogParentMessageReceived). No mailbox: a dialog has no item.
 */
export function dialogOffice(
  dialog: OpenDialog,
  host: Host,
  context: {
    readonly displayLanguage: () => string;
    readonly isSetSupported: (name: unknown, minVersion?: unknown) => boolean;
  },
  enums: Record<string, unknown>,
): Record<string, unknown> {
  const ui = {
    messageParent: (message: unknown, options?: unknown): void =>
      dialog.messageParent(message, options),
    addHandlerAsync: (eventType: unknown, handler: unknown, ...rest: unknown[]): void => {
      const args = parseCommonArgs(rest, false);
      if (typeof handler !== 'function') throw sysError('Sys.ArgumentTypeException', 'handler');
      if (eventType === 'dialogParentMessageReceived')
        dialog.onChildMessage(handler as (a: Record<string, unknown>) => void);
      host.deliver(
        args,
        eventType === 'dialogParentMessageReceived' ? ok() : fail(ERR.eventRegistration),
      );
    },
  };
  const ctx: Record<string, unknown> = {
    ui,
    requirements: { isSetSupported: context.isSetSupported },
  };
  Object.defineProperty(ctx, 'displayLanguage', {
    get: context.displayLanguage,
    enumerable: true,
  });
  return {
    ...enums,
    context: ctx,
    onReady: (callback?: (info: { host: string; platform: string }) => void) =>
      new Promise((resolve) => {
        host.later(null, () => {
          const info = { host: 'Outlook', platform: 'OfficeOnline' };
          if (typeof callback === 'function') host.guard(() => callback(info));
          resolve(info);
        });
      }),
  };
}
