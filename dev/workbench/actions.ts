/**
 * What the workbench does (main.ts): opening a mailbox as its user in a new
 * emulated Outlook session, reading and refreshing the folder, selecting,
 * writing, replying and forwarding, opening the task pane, sending through
 * the add-in's OnMessageSend handler with its Smart Alerts, and asking for
 * consent. The page is re-rendered through `screens`.
 */

import { createOffice } from '../emulator';
import { parseLaunchEvents } from '../emulator/launch';
import type { SendOutcome } from '../emulator/launch';
import { markdownAlert, plainAlert } from './alert';
import type { InteractiveRequest } from '../emulator/naa';
import type { ReadItemState, ComposeItemState } from '../emulator/types';
import { sendMailRequest } from './mailboxes';
import { state, choice, DISPLAY, profile, tr, graph } from './state';
import { el, toast, modal, button, alertNodes } from './dom';
import { loadDirectory, fetchList } from './list';
import { clearDialog, watchDialogs } from './dialog';

/**
 * The screens, given by main.ts: the actions re-render the page through them,
 * so actions.ts does not import views.ts (which imports the actions).
 */
export const screens: { render: () => void; folderNav: () => HTMLElement } = {
  render: () => undefined,
  folderNav: () => document.createElement('nav'),
};

// ---------------------------------------------------------------------------
// The emulated Outlook and the add-in's hidden event runtime.

let runtimeFrame: HTMLIFrameElement | null = null;

/**
 * Which session is the current one. A mailbox chosen while the one before
 * is still opening supersedes it: the earlier session then stops where it
 * is, so it neither loads a list nor reports that the add-in did not load.
 */
let sessions = 0;

/** Open the chosen mailbox as its user: a new emulated Outlook session. */
export async function boot(): Promise<void> {
  const mine = ++sessions;
  generation += 1;
  state.controller?.dispose();
  state.controller = null;
  // Nothing of the mailbox left behind can be opened while the other one loads.
  clearList();
  screens.render();
  await loadDirectory();
  if (mine !== sessions) return;
  await openSession(mine);
}

export async function openSession(mine = ++sessions): Promise<void> {
  const c = choice();
  state.choice = c.value;
  state.profileId = c.profile;
  const { controller } = createOffice({
    displayLanguage: DISPLAY[state.lang],
    mailbox: c.mailbox,
    user: c.user,
    organizationDomains: profile().domains,
    item: null,
    launchEvents: parseLaunchEvents(state.manifest),
    maxMailboxVersion: state.version,
    // Current Outlook brokers tokens for add-ins (nested app authentication).
    ...(state.auth.naa === 'off' ? {} : { extraRequirementSets: { NestedAppAuth: '1.1' } }),
    auth: {
      consent: state.auth.consent,
      available: state.auth.naa !== 'unavailable',
      onInteractive: askConsent,
    },
    // Office opens dialogs only on the add-in's own origin.
    dialogOrigin: location.origin,
  });
  clearDialog();
  state.controller = controller;
  watchDialogs(controller);
  // A reply the add-in opened (displayReplyForm) is shown as one the user opened.
  controller.onReplyForm(() => {
    if (state.controller !== controller || controller.mode !== 'compose') return;
    state.view = 'compose';
    screens.render();
  });
  // Outlook loads the event runtime on its own: here a hidden frame with
  // the add-in's commands.html, which loads runtime.js.
  runtimeFrame?.remove();
  runtimeFrame = el('iframe', {
    class: 'runtime',
    title: 'Arkivpost runtime',
    src: `/workbench/addin/${state.profileId}/commands.html`,
  });
  document.body.append(runtimeFrame);
  const superseded = (): boolean => mine !== sessions;
  await waitFor(
    () => superseded() || controller.associatedActions().includes('onMessageSendHandler'),
    10_000,
  );
  if (superseded()) return;
  await loadFolder();
}

function waitFor(test: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = (): void => {
      if (test()) resolve();
      else if (Date.now() > until) reject(new Error('the add-in did not load'));
      else setTimeout(tick, 50);
    };
    tick();
  });
}

/**
 * Which list is on screen: another mailbox or folder makes a new one, and
 * answers that arrive late for the one before are dropped.
 */
let generation = 0;

function clearList(): void {
  state.messages = [];
  state.listError = null;
  state.loading = true;
  state.selected = null;
  state.openError = null;
  state.item = null;
  state.view = 'empty';
  state.controller?.setItem(null);
}

/** Open a folder: the list afresh, nothing selected. */
export async function loadFolder(): Promise<void> {
  const gen = ++generation;
  clearList();
  screens.render();
  const list = await fetchList();
  if (gen !== generation) return;
  Object.assign(state, list, { loading: false });
  screens.render();
}

/** Read the list again, keeping the message on screen (the Refresh button, after a send). */
export async function refresh(): Promise<void> {
  const gen = generation;
  const list = await fetchList();
  if (gen !== generation) return;
  Object.assign(state, list, { loading: false });
  // The focus stays where it was: on the same message or button of the list.
  const nav = document.querySelector('nav');
  const focused = nav?.contains(document.activeElement) ? document.activeElement : null;
  const key = focused?.getAttribute('data-id') ?? focused?.textContent ?? null;
  const fresh = screens.folderNav();
  nav?.replaceWith(fresh);
  if (key !== null) {
    const again = [...fresh.querySelectorAll('button')].find(
      (b) => (b.getAttribute('data-id') ?? b.textContent) === key,
    );
    again?.focus();
  }
}

/**
 * Outlook's message list follows the mailbox: when anything writes to Graph
 * (the task pane setting a status, a category, a flag), the list is read
 * again, so its labels are never stale.
 */
let watching = false;

let lastChanges = -1;

export function watchChanges(): void {
  if (watching) return;
  watching = true;
  const tick = async (): Promise<void> => {
    try {
      const res = await fetch('/graph/_emulator/changes');
      const { changes } = (await res.json()) as { changes: number };
      const changed = lastChanges !== -1 && changes !== lastChanges;
      lastChanges = changes;
      if (changed && state.controller && state.folder === 'inbox' && !state.loading) {
        await refresh();
      }
    } catch {
      // The server went away; try again on the next tick.
    }
    setTimeout(() => void tick(), 1_000);
  };
  void tick();
}

// ---------------------------------------------------------------------------
// Actions.

export async function select(id: string): Promise<void> {
  const m = state.messages.find((x) => x.id === id);
  if (!m || !state.controller) return;
  const gen = generation;
  state.selected = id;
  state.openError = null;
  let item: ReadItemState;
  try {
    item = await m.load();
  } catch (e) {
    if (gen !== generation || state.selected !== id) return;
    // Said where the message would be; choosing it again tries again.
    state.openError = e instanceof Error ? e.message : String(e);
    state.selected = null;
    state.item = null;
    state.view = 'empty';
    screens.render();
    return;
  }
  // The user may have chosen another message, folder or mailbox meanwhile.
  if (gen !== generation || state.selected !== id || !state.controller) return;
  state.item = item;
  state.view = 'read';
  state.controller.setItem(item);
  screens.render();
}

export function newMessage(): void {
  state.controller?.newMessage({ bodyType: 'text' });
  state.view = 'compose';
  screens.render();
}

export function reply(item: ReadItemState, all: boolean): void {
  state.controller?.reply(item, { all });
  state.view = 'compose';
  screens.render();
}

export function forward(item: ReadItemState): void {
  state.controller?.forward(item);
  state.view = 'compose';
  screens.render();
}

export function switchFolder(folder: 'inbox' | 'sent'): void {
  state.folder = folder;
  void loadFolder();
}

export function openPane(contextData?: unknown): void {
  if (contextData !== undefined) state.controller?.openTaskPane(contextData);
  state.paneOpen = true;
  screens.render();
}

export function closePane(): void {
  state.paneOpen = false;
  screens.render();
}

/**
 * Send is pressed. As in Outlook, one send at a time: while the handler runs
 * or its Smart Alert is up, another press (a double click) does nothing.
 */
let sending = false;

export async function send(): Promise<void> {
  const c = state.controller;
  if (!c || sending) return;
  sending = true;
  let outcome: SendOutcome;
  try {
    outcome = await c.send();
  } catch (e) {
    sending = false;
    throw e;
  }
  // The emulated Outlook was already sending (a send not started here): that one answers.
  if (outcome.action === 'ignored') {
    sending = false;
    return;
  }
  if (outcome.action === 'send') {
    sending = false;
    sent();
    return;
  }
  smartAlert(outcome, () => {
    sending = false;
  });
}

/** After Send (or Send Anyway): the message goes out through the Graph emulator. */
function sent(): void {
  const c = state.controller;
  const message = c?.sent[c.sent.length - 1];
  toast(tr('sent-ok'));
  state.view = 'empty';
  state.item = null;
  state.selected = null;
  c?.setItem(null);
  screens.render();
  if (message) void deliver(message);
}

async function deliver(message: ComposeItemState): Promise<void> {
  const mailbox = encodeURIComponent(choice().mailbox.emailAddress);
  try {
    await graph(`/users/${mailbox}/sendMail`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(sendMailRequest(message)),
    }).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
    });
  } catch (e) {
    toast(tr('deliver-error', { message: e instanceof Error ? e.message : String(e) }), 'alert');
    return;
  }
  // A message to oneself (or to the mailbox) arrives at once.
  await refresh();
}

/**
 * Outlook's consent prompt, when the add-in asks interactively
 * (GetTokenPopup) and the user has not consented yet.
 */
function askConsent(request: InteractiveRequest): Promise<boolean> {
  return new Promise((resolve) => {
    const previous = document.activeElement as HTMLElement | null;
    const { backdrop, buttons } = modal(
      'dialog',
      'consent',
      tr('consent-title'),
      el('p', { id: 'consent-message', class: 'message' }, tr('consent-message')),
      el('p', { class: 'meta' }, tr('consent-account', { name: request.user.emailAddress })),
      el('p', { class: 'meta scopes' }, request.scopes.join(' ')),
    );
    const close = (allowed: boolean): void => {
      backdrop.remove();
      previous?.focus();
      resolve(allowed);
    };
    const allow = button(tr('consent-allow'), () => close(true), 'cmd primary');
    const cancel = button(tr('consent-cancel'), () => close(false));
    buttons.append(allow, cancel);
    backdrop.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close(false);
      } else if (e.key === 'Tab') {
        // Keep the focus inside the dialog.
        e.preventDefault();
        (document.activeElement === allow ? cancel : allow).focus();
      }
    });
    document.body.append(backdrop);
    allow.focus();
  });
}

/** Outlook's Smart Alerts dialog, as the SendMode and the handler's answer make it. */
function smartAlert(
  outcome: Extract<SendOutcome, { action: 'dialog' }>,
  onClose: () => void,
): void {
  const message = el('div', { class: 'message', id: 'smart-alert-message' });
  message.append(
    ...alertNodes(
      outcome.markdown !== undefined
        ? markdownAlert(outcome.markdown)
        : plainAlert(outcome.message),
    ),
  );
  const { backdrop, buttons } = modal('alertdialog', 'smart-alert', 'Arkivpost', message);
  const close = (): void => {
    backdrop.remove();
    onClose();
  };
  for (const b of outcome.buttons) {
    const primary = b.kind === 'dont-send';
    buttons.append(
      button(
        b.label,
        () => {
          close();
          if (b.kind === 'send-anyway') {
            state.controller?.commitSend();
            sent();
          } else if (b.kind === 'take-action') {
            openPane(b.contextData);
          }
        },
        primary ? 'cmd primary' : 'cmd',
      ),
    );
  }
  document.body.append(backdrop);
  (buttons.querySelector('button.primary') as HTMLButtonElement | null)?.focus();
}
