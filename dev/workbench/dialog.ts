/**
 * Office's dialog in the workbench: when the add-in calls
 * `Office.context.ui.displayDialogAsync`, a large overlay with the page in an
 * iframe at the asked percentage of the window, as Outlook on the web shows
 * it, and a close button (DialogEventReceived 12006). A page that cannot be
 * loaded closes it with 12002. The page gets the dialog's own Office
 * (`messageParent`) from office-bridge.js, which finds the frame by its
 * `data-office-dialog` attribute.
 */
import type { EmulatorController, OpenDialog } from '../emulator';
import { button, el, toast } from './dom';
import { tr } from './state';

let overlay: HTMLElement | null = null;

function remove(): void {
  overlay?.remove();
  overlay = null;
}

function show(dialog: OpenDialog): void {
  remove();
  const { url, height, width } = dialog.request;
  const frame = el('iframe', { title: tr('dialog'), 'data-office-dialog': 'true' });
  frame.style.width = '100%';
  frame.style.flex = '1';
  frame.style.border = '0';
  const box = el(
    'div',
    { class: 'office-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-label': tr('dialog') },
    el(
      'div',
      { class: 'pane-head' },
      tr('dialog'),
      button(tr('close-dialog'), () => dialog.closeByUser()),
    ),
    frame,
  );
  box.style.width = `${width}vw`;
  box.style.height = `${height}vh`;
  box.style.display = 'flex';
  box.style.flexDirection = 'column';
  box.style.background = '#fff';
  box.style.boxShadow = '0 8px 32px rgba(0,0,0,0.35)';
  const backdrop = el('div', { class: 'backdrop office-dialog-backdrop' }, box);
  overlay = backdrop;
  document.body.append(backdrop);
  // Outlook reports a page it cannot load (a 404, a network failure) as 12002.
  void fetch(url, { method: 'GET', cache: 'no-store' })
    .then((res) => res.ok)
    .catch(() => false)
    .then((found) => {
      if (!dialog.isOpen) return;
      if (found) frame.src = url;
      else dialog.navigationFailed(12002);
    });
}

/** Show the controller's dialogs as they open, and say when the add-in opens a message. */
export function watchDialogs(controller: EmulatorController): void {
  controller.dialogs.onChange((d) => (d ? show(d) : remove()));
  controller.onDisplayMessage(() => toast(tr('message-opened')));
}

/** A new session: no dialog of the old one stays on screen. */
export function clearDialog(): void {
  remove();
}
