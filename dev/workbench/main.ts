/**
 * The workbench: Arkivpost without Outlook. A mailbox of sample messages, a
 * compose window, and the add-in's own task pane and send handler, loaded
 * from the same files Outlook loads (taskpane.html, commands.html with
 * runtime.js), over the emulated Office.js in dev/emulator.
 *
 * Send runs the real OnMessageSend handler and shows Outlook's Smart Alerts
 * dialog for the manifest's SendMode.
 */
import { createOffice } from '../emulator';
import type { EmulatorController } from '../emulator';
import type { SendOutcome } from '../emulator/launch';
import { parseLaunchEvents } from '../emulator/launch';
import { readItemFromEml, sampleIdentity } from '../emulator/mailbox';
import type { SampleMailboxIndex } from '../emulator/mailbox';
import type {
  AttachmentState,
  ComposeItemState,
  MailboxVersion,
  ReadItemState,
} from '../emulator/types';
import { format } from '../../src/core/i18n/types';
import { LANGS } from '../../src/core/model';
import type { Lang } from '../../src/core/model';
import { workbenchMessages } from './messages';
import type { WorkbenchKey } from './messages';

const DISPLAY: Readonly<Record<Lang, string>> = {
  nb: 'nb-NO',
  nn: 'nn-NO',
  sv: 'sv-SE',
  en: 'en-US',
};
const VERSIONS: readonly MailboxVersion[] = ['1.12', '1.13', '1.14', '1.15'];

interface Profile {
  readonly id: string;
  readonly name: string;
  readonly domains: readonly string[];
}

interface Listed {
  readonly id: string;
  readonly item: ReadItemState;
}

interface State {
  index: SampleMailboxIndex;
  manifest: string;
  profiles: Profile[];
  profileId: string;
  mailboxId: string;
  lang: Lang;
  version: MailboxVersion;
  folder: 'inbox' | 'sent';
  messages: Listed[];
  selected: string | null;
  view: 'empty' | 'read' | 'compose';
  paneOpen: boolean;
  controller: EmulatorController | null;
}

const state = {} as State;

declare global {
  interface Window {
    ArkivpostWorkbench: { office(): unknown; controller(): EmulatorController | null };
  }
}

function tr(key: WorkbenchKey, params?: Record<string, string>): string {
  return format(workbenchMessages[state.lang][key], params);
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

function button(label: string, onClick: () => void, cls = 'cmd'): HTMLButtonElement {
  const b = el('button', { type: 'button', class: cls }, label);
  b.addEventListener('click', onClick);
  return b;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

function mailboxesOfProfile(): SampleMailboxIndex['mailboxes'] {
  return state.index.mailboxes.filter((m) => m.profile === state.profileId);
}

function profile(): Profile {
  return state.profiles.find((p) => p.id === state.profileId) ?? (state.profiles[0] as Profile);
}

function addressList(list: readonly { emailAddress: string }[] | readonly unknown[]): string {
  return (list as { emailAddress?: string; address?: string }[])
    .map((r) => (typeof r === 'string' ? r : (r.emailAddress ?? r.address ?? '')))
    .join(', ');
}

function parseAddresses(text: string): { emailAddress: string; displayName: string }[] {
  return text
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter((a) => a.length > 0)
    .map((a) => ({ emailAddress: a, displayName: a }));
}

// ---------------------------------------------------------------------------
// The emulated Outlook and the add-in's hidden event runtime.

let runtimeFrame: HTMLIFrameElement | null = null;

async function boot(): Promise<void> {
  state.controller?.dispose();
  const identity = sampleIdentity(state.index, state.mailboxId);
  const { controller } = createOffice({
    displayLanguage: DISPLAY[state.lang],
    mailbox: identity.mailbox,
    user: identity.user,
    organizationDomains: profile().domains,
    item: null,
    launchEvents: parseLaunchEvents(state.manifest),
    maxMailboxVersion: state.version,
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

async function loadFolder(): Promise<void> {
  const c = state.controller;
  if (!c) return;
  if (state.folder === 'sent') {
    state.messages = c.sent.map((s, i) => ({ id: `sent-${i}`, item: sentAsRead(s, i) }));
  } else {
    const files = state.index.messages.filter(
      (m) => m.mailbox === state.mailboxId && m.folder === 'inbox',
    );
    state.messages = await Promise.all(
      files.map(async (m) => ({
        id: m.file,
        item: await readItemFromEml(await fetchBytes(`/mailbox/${m.file}`), { id: m.file }),
      })),
    );
  }
  state.selected = null;
  state.view = 'empty';
  c.setItem(null);
  render();
}

function htmlText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

function sentAsRead(s: ComposeItemState, i: number): ReadItemState {
  const c = state.controller;
  const me = c ? sampleIdentity(state.index, state.mailboxId).mailbox : null;
  return {
    mode: 'read',
    itemId: `sent-${i}`,
    subject: s.subject ?? '',
    from: s.from ?? (me ? { emailAddress: me.emailAddress, displayName: me.displayName } : null),
    to: (s.to ?? []).map((r) => (typeof r === 'string' ? { emailAddress: r, displayName: r } : r)),
    cc: (s.cc ?? []).map((r) => (typeof r === 'string' ? { emailAddress: r, displayName: r } : r)),
    dateTimeCreated: new Date(),
    internetMessageId: `<sent-${i}@workbench>`,
    conversationId: `sent-${i}`,
    body: { text: s.bodyType === 'html' ? htmlText(s.body ?? '') : (s.body ?? '') },
    attachments: s.attachments ?? [],
    headers: '',
  };
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
    const first = mailboxesOfProfile()[0];
    state.mailboxId = first?.id ?? state.mailboxId;
    state.lang = first?.language ?? state.lang;
    state.paneOpen = false;
    void boot();
  });
  const mailboxSelect = el('select', { id: 'mailbox', 'aria-label': tr('mailbox') });
  for (const m of mailboxesOfProfile()) {
    const o = el('option', { value: m.id }, `${m.displayName} <${m.address}>`);
    o.selected = m.id === state.mailboxId;
    mailboxSelect.append(o);
  }
  mailboxSelect.addEventListener('change', () => {
    state.mailboxId = mailboxSelect.value;
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
  );
  nav.append(folders, el('h2', {}, tr(state.folder === 'inbox' ? 'inbox' : 'sent')));
  const list = el('ul', { 'aria-label': tr(state.folder === 'inbox' ? 'inbox' : 'sent') });
  if (state.messages.length === 0)
    list.append(el('li', { style: 'padding: 0.75rem' }, tr('empty-folder')));
  for (const m of state.messages) {
    const b = el(
      'button',
      { type: 'button', 'aria-current': String(m.id === state.selected) },
      el('div', { class: 'from' }, m.item.from?.displayName || m.item.from?.emailAddress || ''),
      el('div', { class: 'subj' }, m.item.subject || tr('no-subject')),
    );
    b.addEventListener('click', () => select(m.id));
    list.append(el('li', {}, b));
  }
  nav.append(list);
  return nav;
}

function readView(m: Listed): HTMLElement {
  const item = m.item;
  const toolbar = el('div', { class: 'toolbar' });
  toolbar.append(
    button(tr('reply'), () => reply(item, false)),
    button(tr('reply-all'), () => reply(item, true)),
    button(tr('forward'), () => forward(item)),
    button(tr('open-pane'), () => openPane(), 'cmd primary'),
  );
  const atts = el('div', { class: 'attachments' });
  for (const a of item.attachments) atts.append(el('span', { class: 'chip' }, a.name));
  return el(
    'article',
    { 'aria-label': item.subject },
    toolbar,
    el('h2', {}, item.subject || tr('no-subject')),
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
  const selected = state.messages.find((m) => m.id === state.selected);
  if (state.view === 'compose' && state.controller?.mode === 'compose') center = composeView();
  else if (state.view === 'read' && selected) center = readView(selected);
  else center = el('p', {}, tr('select-message'));
  app.replaceChildren(
    header(),
    el('div', { class: 'shell' }, folderNav(), el('main', {}, center), pane()),
  );
}

// ---------------------------------------------------------------------------
// Actions.

function select(id: string): void {
  const m = state.messages.find((x) => x.id === id);
  if (!m || !state.controller) return;
  state.selected = id;
  state.view = 'read';
  state.controller.setItem(m.item);
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

function toast(text: string): void {
  const t = el('div', { class: 'toast', role: 'status' }, text);
  document.body.append(t);
  setTimeout(() => t.remove(), 3000);
}

async function send(): Promise<void> {
  const c = state.controller;
  if (!c) return;
  const outcome = await c.send();
  if (outcome.action === 'send') {
    sent();
    return;
  }
  smartAlert(outcome);
}

function sent(): void {
  toast(tr('sent-ok'));
  state.view = 'empty';
  state.controller?.setItem(null);
  render();
}

/** The Markdown Smart Alerts render (Mailbox 1.15): bold, italics and bullet lists. */
function markdown(text: string): Node[] {
  const inline = (line: string): (Node | string)[] => {
    const out: (Node | string)[] = [];
    const re = /\*\*((?:\\.|[^*])+)\*\*|_((?:\\.|[^_])+)_/g;
    let last = 0;
    for (const m of line.matchAll(re)) {
      out.push(unescape(line.slice(last, m.index)));
      out.push(
        m[1] !== undefined ? el('strong', {}, unescape(m[1])) : el('em', {}, unescape(m[2] ?? '')),
      );
      last = (m.index ?? 0) + m[0].length;
    }
    out.push(unescape(line.slice(last)));
    return out;
  };
  const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');
  const nodes: Node[] = [];
  let list: HTMLUListElement | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('- ')) {
      list ??= el('ul');
      list.append(el('li', {}, ...inline(line.slice(2))));
      continue;
    }
    if (list) nodes.push(list);
    list = null;
    if (line.trim() !== '') nodes.push(el('p', {}, ...inline(line)));
  }
  if (list) nodes.push(list);
  return nodes;
}

/** Outlook's Smart Alerts dialog, as the SendMode and the handler's answer make it. */
function smartAlert(outcome: Extract<SendOutcome, { action: 'dialog' }>): void {
  const message = el('div', { class: 'message', id: 'smart-alert-message' });
  if (outcome.markdown !== undefined) message.append(...markdown(outcome.markdown));
  else message.append(outcome.message);
  const buttons = el('div', { class: 'buttons' });
  const dialog = el(
    'div',
    {
      class: 'dialog',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': 'smart-alert-title',
      'aria-describedby': 'smart-alert-message',
    },
    el('h2', { id: 'smart-alert-title' }, 'Arkivpost'),
    message,
    buttons,
  );
  const backdrop = el('div', { class: 'backdrop' }, dialog);
  const close = (): void => backdrop.remove();
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
  };
  state.index = JSON.parse(
    new TextDecoder().decode(await fetchBytes('/mailbox/index.json')),
  ) as SampleMailboxIndex;
  state.manifest = new TextDecoder().decode(await fetchBytes('/manifest.xml'));
  const ids = [...new Set(state.index.mailboxes.map((m) => m.profile))];
  state.profiles = await Promise.all(
    ids.map(async (id) => {
      const p = JSON.parse(
        new TextDecoder().decode(await fetchBytes(`/profiles/${id}.json`)),
      ) as Profile;
      return { id, name: p.name, domains: p.domains };
    }),
  );
  const first = state.index.mailboxes[0];
  state.profileId = first?.profile ?? 'ha-kommune';
  state.mailboxId = first?.id ?? '';
  state.lang = first?.language ?? 'nn';
  state.version = '1.15';
  state.folder = 'inbox';
  state.messages = [];
  state.selected = null;
  state.view = 'empty';
  state.paneOpen = false;
  state.controller = null;
  await boot();
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
