/**
 * The oversight page (Tilsyn / Tillsyn / Oversight) and Office: the read pane
 * opens it in a large Office dialog; the page, inside that dialog, asks the
 * pane with messageParent to open a message, and the pane opens it with
 * `displayMessageForm` (Outlook wants the EWS form of the id).
 *
 * The one message the page sends: `{"kind":"open-message","id":"<REST id>"}`,
 * checked on arrival — anything else is ignored, never acted on.
 */
import { officeCall, OfficeCallError } from './async';

export interface OpenMessageRequest {
  readonly kind: 'open-message';
  /** The message's Graph (REST) id. */
  readonly id: string;
}

/** Graph's ids are base64url text; a few kilobytes at most. */
const REST_ID = /^[A-Za-z0-9_=-]{1,2048}$/;

/** The page's message, checked: null for anything that is not exactly an open request. */
export function parseOversightMessage(text: unknown): OpenMessageRequest | null {
  if (typeof text !== 'string' || text.length > 4096) return null;
  try {
    const m = JSON.parse(text) as Partial<Record<string, unknown>>;
    if (m['kind'] === 'open-message' && typeof m['id'] === 'string' && REST_ID.test(m['id']))
      return { kind: 'open-message', id: m['id'] };
  } catch {
    // not JSON: ignored
  }
  return null;
}

/** True when the host can show dialogs (DialogApi: Office.context.ui.displayDialogAsync). */
export function supportsDialogs(): boolean {
  try {
    return typeof Office.context?.ui?.displayDialogAsync === 'function';
  } catch {
    return false;
  }
}

/** True when this page runs inside an Office dialog (messageParent is there, no mailbox). */
export function inOfficeDialog(): boolean {
  try {
    return (
      typeof Office !== 'undefined' &&
      typeof Office.context?.ui?.messageParent === 'function' &&
      !Office.context.mailbox
    );
  } catch {
    return false;
  }
}

/** From the page in the dialog: ask the pane to open the message. */
export function askPaneToOpen(restId: string): void {
  const request: OpenMessageRequest = { kind: 'open-message', id: restId };
  Office.context.ui.messageParent(JSON.stringify(request));
}

/** Open a message in Outlook, by its Graph (REST) id. */
export function displayMessage(restId: string): void {
  const mailbox = Office.context.mailbox;
  const ewsId = mailbox.convertToEwsId(restId, Office.MailboxEnums.RestVersion.v2_0);
  mailbox.displayMessageForm(ewsId);
}

/** Why the dialog did not open or closed: Office's code. */
export class DialogFailure extends Error {
  constructor(readonly code: number) {
    super(`dialog ${code}`);
    this.name = 'DialogFailure';
  }
}

export interface OversightDialog {
  close(): void;
}

export interface DialogEvents {
  /** The page asked for a message to be opened. */
  readonly onOpen: (request: OpenMessageRequest) => void;
  /** The dialog ended: 12006 the user closed it, 12002 the page could not be loaded, … */
  readonly onEnd: (failure: DialogFailure) => void;
}

/**
 * Open the page in a dialog of `height`×`width` percent of the window.
 * Rejects with a DialogFailure (12007 one is open already, 12009 / 12011
 * blocked, …) when Office does not open it.
 */
export async function openOversightDialog(
  url: string,
  events: DialogEvents,
  size: { readonly height: number; readonly width: number } = { height: 80, width: 80 },
): Promise<OversightDialog> {
  let dialog: Office.Dialog;
  try {
    dialog = await officeCall<Office.Dialog>('displayDialogAsync', (cb) =>
      Office.context.ui.displayDialogAsync(
        url,
        { height: size.height, width: size.width, displayInIframe: true },
        cb,
      ),
    );
  } catch (e) {
    throw new DialogFailure(e instanceof OfficeCallError ? e.code : 0);
  }
  dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
    const request = parseOversightMessage('message' in arg ? arg.message : null);
    if (request) events.onOpen(request);
  });
  dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
    events.onEnd(new DialogFailure('error' in arg ? arg.error : 0));
  });
  return { close: () => dialog.close() };
}
