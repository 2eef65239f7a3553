/**
 * The workbench: Arkivpost without Outlook. A mailbox read from the Graph
 * emulator (dev/graph) as a chosen user, a compose window, and the add-in's
 * own task pane and send handler, loaded from the same files Outlook loads
 * (taskpane.html, commands.html with runtime.js), over the emulated Office.js
 * in dev/emulator, with nested app authentication (dev/emulator/naa.ts).
 *
 * Send runs the real OnMessageSend handler and shows Outlook's Smart Alerts
 * dialog for the manifest's SendMode; a sent message is delivered through
 * the Graph emulator's sendMail.
 *
 * Query parameters: `?mailbox=<option value | mailbox[/upn]>` opens that
 * mailbox; `?consent=required` makes the add-in ask for consent;
 * `?naa=off` leaves NestedAppAuth out of the requirement sets,
 * `?naa=unavailable` keeps it but the bridge fails.
 *
 * Kept whole: the screens and the actions that re-render them call each other.
 */

import { createOffice } from '../emulator';
import type { EmulatorController } from '../emulator';
import { parseLaunchEvents } from '../emulator/launch';
import type { SendOutcome } from '../emulator/launch';
import { markdownAlert, plainAlert } from './alert';
import type { SampleMailboxIndex } from '../emulator/mailbox';
import type { AuthBridge, InteractiveRequest } from '../emulator/naa';
import type {
  MailboxVersion,
  ReadItemState,
  AttachmentState,
  ComposeItemState,
} from '../emulator/types';
import { format } from '../../src/core/i18n/types';
import { LANGS } from '../../src/core/model';
import type { Lang } from '../../src/core/model';
import { sendMailRequest, findChoice } from './mailboxes';
import { workbenchMessages } from './messages';
import {
  DISPLAY,
  VERSIONS,
  addressList,
  choice,
  choicesOfProfile,
  fetchBytes,
  fetchJson,
  graph,
  parseAddresses,
  profile,
  receivedText,
  state,
  tr,
} from './state';
import { alertNodes, button, categoryChips, el, flagBadge, modal, toast } from './dom';
import { fetchList, loadDirectory } from './list';

declare global {
  interface Window {
    ArkivpostWorkbench: {
      office(): unknown;
      controller(): EmulatorController | null;
      /** A new `window.nestedAppAuthBridge` for one page of the add-in, or null. */
      authBridge(): AuthBridge | null;
    };
  }
}

// ---------------------------------------------------------------------------
// The emulated Outlook and the add-in's hidden event runtime.

let runtimeFrame: HTMLIFrameElement | null = null;

/** Open the chosen mailbox as its user: a new emulated Outlook session. */
async function boot(): Promise<void> {
  generation += 1;
  state.controller?.dispose();
  state.controller = null;
  // Nothing of the mailbox left behind can be opened while the other one loads.
  clearList();
  render();
  await loadDirectory();
  await openSession();
}

async function openSession(): Promise<void> {
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
  });
  state.controller = controller;
  // Outlook loads the event runtime on its own: here a hidden frame with
  // the add-in's commands.html, which loads runtime.js.
  runtimeFrame?.remove();
  runtimeFrame = el('iframe', {
    class: 'runtime',
    title: 'Arkivpost runtime',
    src: `/workbench/addin/${state.profileId}/commands.html`,
  });
  document.body.append(runtimeFrame);
  await waitFor(() => controller.associatedActions().includes('onMessageSendHandler'), 10_000);
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
  state.item = null;
  state.view = 'empty';
  state.controller?.setItem(null);
}

/** Open a folder: the list afresh, nothing selected. */
async function loadFolder(): Promise<void> {
  const gen = ++generation;
  clearList();
  render();
  const list = await fetchList();
  if (gen !== generation) return;
  Object.assign(state, list, { loading: false });
  render();
}

/** Read the list again, keeping the message on screen (the Refresh button, after a send). */
async function refresh(): Promise<void> {
  const gen = generation;
  const list = await fetchList();
  if (gen !== generation) return;
  Object.assign(state, list, { loading: false });
  // The focus stays where it was: on the same message or button of the list.
  const nav = document.querySelector('nav');
  const focused = nav?.contains(document.activeElement) ? document.activeElement : null;
  const key = focused?.getAttribute('data-id') ?? focused?.textContent ?? null;
  const fresh = folderNav();
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

function watchChanges(): void {
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
// Rendering.

function header(): HTMLElement {
  const profileSelect = el('select', { id: 'profile', 'aria-label': tr('profile') });
  for (const p of state.profiles) {
    const o = el('option', { value: p.id }, p.name);
    o.selected = p.id === state.profileId;
    profileSelect.append(o);
  }
  profileSelect.addEventListener('change', () => {
    state.profileId = profileSelect.value;
    const first = choicesOfProfile()[0];
    state.choice = first?.value ?? state.choice;
    state.lang = first?.language ?? state.lang;
    state.paneOpen = false;
    void boot();
  });
  const mailboxSelect = el('select', { id: 'mailbox', 'aria-label': tr('mailbox') });
  for (const c of choicesOfProfile()) {
    const o = el('option', { value: c.value }, c.label);
    o.selected = c.value === state.choice;
    mailboxSelect.append(o);
  }
  mailboxSelect.addEventListener('change', () => {
    state.choice = mailboxSelect.value;
    state.paneOpen = false;
    void boot();
  });
  const langSelect = el('select', { id: 'lang', 'aria-label': tr('language') });
  for (const l of LANGS) {
    const o = el('option', { value: l }, DISPLAY[l]);
    o.selected = l === state.lang;
    langSelect.append(o);
  }
  langSelect.addEventListener('change', () => {
    state.lang = langSelect.value as Lang;
    state.controller?.setDisplayLanguage(DISPLAY[state.lang]);
    render();
  });
  const versionSelect = el('select', { id: 'version', 'aria-label': tr('version') });
  for (const v of VERSIONS) {
    const o = el('option', { value: v }, v);
    o.selected = v === state.version;
    versionSelect.append(o);
  }
  versionSelect.addEventListener('change', () => {
    state.version = versionSelect.value as MailboxVersion;
    state.controller?.setMailboxVersion(state.version);
    render();
  });
  return el(
    'header',
    {},
    el('h1', {}, tr('title')),
    el('label', {}, tr('profile'), profileSelect),
    el('label', {}, tr('mailbox'), mailboxSelect),
    el('label', {}, tr('language'), langSelect),
    el('label', {}, tr('version'), versionSelect),
  );
}

function folderNav(): HTMLElement {
  const nav = el('nav', { 'aria-label': tr('mailbox') });
  const folders = el('div', { class: 'toolbar', style: 'padding: 0.5rem 0.75rem 0' });
  folders.append(
    button(tr('new-message'), () => newMessage(), 'cmd primary'),
    button(tr('inbox'), () => switchFolder('inbox')),
    button(tr('sent'), () => switchFolder('sent')),
    button(tr('refresh'), () => void refresh()),
  );
  // While another mailbox opens, there is no Outlook session to act in yet.
  if (!state.controller) for (const b of folders.querySelectorAll('button')) b.disabled = true;
  const heading = tr(state.folder === 'inbox' ? 'inbox' : 'sent');
  nav.append(folders, el('h2', {}, heading));
  const list = el('ul', { 'aria-label': heading });
  if (state.listError !== null)
    list.append(
      el('li', { role: 'alert', class: 'note' }, tr('list-error', { message: state.listError })),
    );
  else if (state.loading) list.append(el('li', { class: 'note' }, tr('loading')));
  else if (state.messages.length === 0)
    list.append(el('li', { class: 'note' }, tr('empty-folder')));
  for (const m of state.messages) {
    const flag = flagBadge(m.flag);
    const b = el(
      'button',
      { type: 'button', 'aria-current': String(m.id === state.selected), 'data-id': m.id },
      el(
        'div',
        { class: 'line' },
        el('span', { class: 'from' }, m.from),
        el('span', { class: 'when' }, receivedText(m.received)),
      ),
      el('div', { class: m.unread ? 'subj unread' : 'subj' }, m.subject || tr('no-subject')),
      ...(flag || m.categories.length > 0
        ? [el('div', { class: 'tags' }, ...(flag ? [flag] : []), categoryChips(m.categories))]
        : []),
    );
    b.addEventListener('click', () => void select(m.id));
    list.append(el('li', {}, b));
  }
  nav.append(list);
  return nav;
}

function readView(item: ReadItemState): HTMLElement {
  const toolbar = el('div', { class: 'toolbar' });
  toolbar.append(
    button(tr('reply'), () => reply(item, false)),
    button(tr('reply-all'), () => reply(item, true)),
    button(tr('forward'), () => forward(item)),
    button(tr('open-pane'), () => openPane(), 'cmd primary'),
  );
  const atts = el('div', { class: 'attachments' });
  for (const a of item.attachments) atts.append(el('span', { class: 'chip' }, a.name));
  const categories = item.categories ?? [];
  return el(
    'article',
    { 'aria-label': item.subject },
    toolbar,
    el('h2', {}, item.subject || tr('no-subject')),
    ...(categories.length > 0 ? [categoryChips(categories)] : []),
    el(
      'p',
      { class: 'meta' },
      `${tr('from')}: ${item.from?.displayName ?? ''} <${item.from?.emailAddress ?? ''}>`,
    ),
    el('p', { class: 'meta' }, `${tr('to')}: ${addressList(item.to)}`),
    ...(item.attachments.length > 0 ? [atts] : []),
    el('pre', { class: 'body' }, item.body.text),
  );
}

let syncTimer: ReturnType<typeof setInterval> | null = null;

function composeView(): HTMLElement {
  const c = state.controller as EmulatorController;
  const s = c.getComposeState();
  const field = (id: string, value: string): HTMLInputElement => {
    const input = el('input', { type: 'text', id, name: id });
    input.value = value;
    return input;
  };
  const from = field('from', `${s.from?.displayName ?? ''} <${s.from?.emailAddress ?? ''}>`);
  from.readOnly = true;
  const to = field('to', addressList(s.to));
  const cc = field('cc', addressList(s.cc));
  const subject = field('subject', s.subject);
  const body = el('textarea', { id: 'body', name: 'body' });
  body.value = c.getComposeText();
  const push = (): void => {
    void c.updateCompose({
      to: parseAddresses(to.value),
      cc: parseAddresses(cc.value),
      subject: subject.value,
      text: body.value,
    });
  };
  for (const input of [to, cc, subject, body]) input.addEventListener('input', push);
  // The task pane may change the item (e.g. remove a number from the subject):
  // show what the item holds, except in the field the user is typing in.
  if (syncTimer) clearInterval(syncTimer);
  syncTimer = setInterval(() => {
    if (state.view !== 'compose' || !state.controller) return;
    const now = state.controller.getComposeState();
    if (document.activeElement !== subject && subject.value !== now.subject)
      subject.value = now.subject;
    const text = state.controller.getComposeText();
    if (document.activeElement !== body && body.value !== text) body.value = text;
    renderAttachments(atts);
  }, 400);
  const atts = el('div', { class: 'attachments', role: 'list', 'aria-label': tr('attachments') });
  renderAttachments(atts);
  const file = el('input', {
    type: 'file',
    id: 'file',
    multiple: '',
    'aria-label': tr('add-attachment'),
  });
  file.addEventListener('change', () => {
    void (async () => {
      for (const f of Array.from(file.files ?? [])) {
        const bytes = new Uint8Array(await f.arrayBuffer());
        const att: AttachmentState = {
          attachmentType: 'file',
          name: f.name,
          bytes,
          contentType: f.type,
        };
        await c.addAttachment(att);
      }
      file.value = '';
      renderAttachments(atts);
    })();
  });
  const form = el(
    'form',
    { 'aria-label': tr('new-message') },
    el('label', { for: 'from' }, tr('from')),
    from,
    el('label', { for: 'to' }, tr('to')),
    to,
    el('label', { for: 'cc' }, tr('cc')),
    cc,
    el('label', { for: 'subject' }, tr('subject')),
    subject,
    el('label', { for: 'file' }, tr('attachments')),
    atts,
    file,
    el('label', { for: 'body' }, tr('body')),
    body,
  );
  form.addEventListener('submit', (e) => e.preventDefault());
  const toolbar = el('div', { class: 'toolbar' });
  toolbar.append(
    button(tr('send'), () => void send(), 'cmd primary'),
    button(tr('open-pane'), () => openPane()),
    button(tr('discard'), () => void loadFolder()),
  );
  return el('section', { 'aria-label': tr('new-message') }, toolbar, form);
}

function renderAttachments(container: HTMLElement): void {
  const c = state.controller;
  if (!c || c.mode !== 'compose') return;
  const list = c.getComposeState().attachments;
  const key = list.map((a) => a.id).join('|');
  if (container.dataset['key'] === key) return;
  container.dataset['key'] = key;
  container.replaceChildren(
    ...list.map((a) => {
      const remove = el(
        'button',
        { type: 'button', 'aria-label': tr('remove', { name: a.name }) },
        '×',
      );
      const id = a.id;
      if (id !== undefined) {
        remove.addEventListener(
          'click',
          () => void c.removeAttachment(id).then(() => renderAttachments(container)),
        );
      }
      return el('span', { class: 'chip', role: 'listitem' }, a.name, remove);
    }),
  );
}

function pane(): HTMLElement {
  const aside = el('aside', { 'aria-label': tr('pane') });
  if (!state.paneOpen || state.view === 'empty') {
    aside.hidden = true;
    return aside;
  }
  const mode = state.view === 'compose' ? 'compose' : 'read';
  const frame = el('iframe', {
    title: tr('pane'),
    src: `/workbench/addin/${state.profileId}/taskpane.html?mode=${mode}`,
  });
  aside.append(
    el(
      'div',
      { class: 'pane-head' },
      'Arkivpost',
      button(tr('close-pane'), () => closePane()),
    ),
    frame,
  );
  return aside;
}

function render(): void {
  const app = document.getElementById('app');
  if (!app) return;
  document.documentElement.lang = state.lang;
  document.title = tr('title');
  let center: HTMLElement;
  if (state.view === 'compose' && state.controller?.mode === 'compose') center = composeView();
  else if (state.view === 'read' && state.item) center = readView(state.item);
  else center = el('p', {}, tr('select-message'));
  app.replaceChildren(
    header(),
    el('div', { class: 'shell' }, folderNav(), el('main', {}, center), pane()),
  );
}

// ---------------------------------------------------------------------------
// Actions.

async function select(id: string): Promise<void> {
  const m = state.messages.find((x) => x.id === id);
  if (!m || !state.controller) return;
  const gen = generation;
  state.selected = id;
  const item = await m.load();
  // The user may have chosen another message, folder or mailbox meanwhile.
  if (gen !== generation || state.selected !== id || !state.controller) return;
  state.item = item;
  state.view = 'read';
  state.controller.setItem(item);
  render();
}

function newMessage(): void {
  state.controller?.newMessage({ bodyType: 'text' });
  state.view = 'compose';
  render();
}

function reply(item: ReadItemState, all: boolean): void {
  state.controller?.reply(item, { all });
  state.view = 'compose';
  render();
}

function forward(item: ReadItemState): void {
  state.controller?.forward(item);
  state.view = 'compose';
  render();
}

function switchFolder(folder: 'inbox' | 'sent'): void {
  state.folder = folder;
  void loadFolder();
}

function openPane(contextData?: unknown): void {
  if (contextData !== undefined) state.controller?.openTaskPane(contextData);
  state.paneOpen = true;
  render();
}

function closePane(): void {
  state.paneOpen = false;
  render();
}

/**
 * Send is pressed. As in Outlook, one send at a time: while the handler runs
 * or its Smart Alert is up, another press (a double click) does nothing.
 */
let sending = false;

async function send(): Promise<void> {
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
  render();
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

// ---------------------------------------------------------------------------

async function start(): Promise<void> {
  window.ArkivpostWorkbench = {
    office: () => state.controller?.Office,
    controller: () => state.controller,
    authBridge: () => state.controller?.authBridge() ?? null,
  };
  const query = new URLSearchParams(location.search);
  const naa = query.get('naa');
  state.auth = {
    naa: naa === 'off' || naa === 'unavailable' ? naa : 'on',
    // A newcomer is not stopped by a consent prompt; ?consent=required tries it.
    consent: query.get('consent') === 'required' ? 'required' : 'granted',
  };
  state.index = await fetchJson<SampleMailboxIndex>('/mailbox/index.json');
  state.manifest = new TextDecoder().decode(await fetchBytes('/manifest.xml'));
  await loadDirectory();
  const first = findChoice(state.choices, query.get('mailbox') ?? '') ?? state.choices[0];
  state.choice = first?.value ?? '';
  state.profileId = first?.profile ?? 'ha-kommune';
  state.lang = first?.language ?? 'nn';
  state.version = '1.15';
  state.folder = 'inbox';
  state.messages = [];
  state.loading = true;
  state.listError = null;
  state.colours = new Map();
  state.selected = null;
  state.item = null;
  state.view = 'empty';
  state.paneOpen = false;
  state.controller = null;
  await openSession();
  watchChanges();
}

start().catch((e: unknown) => {
  document.body.prepend(
    el(
      'p',
      { role: 'alert' },
      format(workbenchMessages.en.error, { message: e instanceof Error ? e.message : String(e) }),
    ),
  );
});
