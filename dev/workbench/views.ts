/**
 * The workbench's screens (main.ts): the header with the mailbox, language
 * and Mailbox version, the folder and its messages, a read message, the
 * compose form with its attachments, and the task pane beside them.
 */

import type { EmulatorController } from '../emulator';
import type { MailboxVersion, ReadItemState, AttachmentState } from '../emulator/types';
import { LANGS } from '../../src/core/model';
import type { Lang } from '../../src/core/model';
import {
  tr,
  state,
  choicesOfProfile,
  DISPLAY,
  VERSIONS,
  receivedText,
  addressList,
  parseAddresses,
} from './state';
import { el, button, flagBadge, categoryChips } from './dom';
import {
  boot,
  closePane,
  forward,
  loadFolder,
  newMessage,
  openPane,
  refresh,
  reply,
  select,
  send,
  switchFolder,
} from './actions';

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

export function folderNav(): HTMLElement {
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
    // A list shown while no session is open yet cannot be acted on.
    if (!state.controller) b.disabled = true;
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

export function render(): void {
  const app = document.getElementById('app');
  if (!app) return;
  document.documentElement.lang = state.lang;
  document.title = tr('title');
  let center: HTMLElement;
  if (state.view === 'compose' && state.controller?.mode === 'compose') center = composeView();
  else if (state.view === 'read' && state.item) center = readView(state.item);
  else if (state.openError !== null)
    center = el('p', { role: 'alert' }, tr('open-error', { message: state.openError }));
  else center = el('p', {}, tr('select-message'));
  app.replaceChildren(
    header(),
    el('div', { class: 'shell' }, folderNav(), el('main', {}, center), pane()),
  );
}
