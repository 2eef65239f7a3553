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
 */
import { createOffice } from '../emulator';
import type { EmulatorController } from '../emulator';
import type { SendOutcome } from '../emulator/launch';
import { markdownAlert, plainAlert } from './alert';
import type { Block, Inline } from './alert';
import { parseLaunchEvents } from '../emulator/launch';
import { readItemFromEml } from '../emulator/mailbox';
import type { SampleMailboxIndex } from '../emulator/mailbox';
import type { AuthBridge, Consent, InteractiveRequest } from '../emulator/naa';
import type {
  AttachmentState,
  ComposeItemState,
  MailboxVersion,
  ReadItemState,
} from '../emulator/types';
import { format } from '../../src/core/i18n/types';
import { formatDate, formatInstant } from '../../src/core/calendar/format';
import { parseLocalDate } from '../../src/core/calendar/local-date';
import { LANGS } from '../../src/core/model';
import type { Lang } from '../../src/core/model';
import {
  categoryColour,
  findChoice,
  flagView,
  inboxPath,
  mailboxChoices,
  readDeliveredItem,
  sampleSources,
  sendMailRequest,
} from './mailboxes';
import type { EmulatorState, FlagView, GraphMessage, MailboxChoice } from './mailboxes';
import { workbenchMessages } from './messages';
import type { WorkbenchKey } from './messages';

const DISPLAY: Readonly<Record<Lang, string>> = {
  nb: 'nb-NO',
  nn: 'nn-NO',
  sv: 'sv-SE',
  en: 'en-US',
};
const VERSIONS: readonly MailboxVersion[] = ['1.12', '1.13', '1.14', '1.15'];
const GRAPH = '/graph/v1.0';

interface Profile {
  readonly id: string;
  readonly name: string;
  readonly domains: readonly string[];
  readonly timeZone: string;
}

/** A message in the list. `load` gives the read item (from its .eml, or from Graph). */
interface Listed {
  readonly id: string;
  readonly from: string;
  readonly subject: string;
  readonly received: Date | null;
  readonly categories: readonly string[];
  readonly flag: FlagView;
  readonly unread: boolean;
  readonly load: () => Promise<ReadItemState>;
}

/** How the emulated Outlook does nested app authentication (from the page's query). */
interface AuthSettings {
  readonly naa: 'on' | 'off' | 'unavailable';
  readonly consent: Consent;
}

interface State {
  index: SampleMailboxIndex;
  manifest: string;
  profiles: Profile[];
  graph: EmulatorState;
  choices: MailboxChoice[];
  profileId: string;
  choice: string;
  lang: Lang;
  version: MailboxVersion;
  folder: 'inbox' | 'sent';
  messages: Listed[];
  /** The list is being read. */
  loading: boolean;
  listError: string | null;
  /** Master categories of the mailbox: colour by lower-case name (empty when not readable). */
  colours: Map<string, string | null>;
  selected: string | null;
  item: ReadItemState | null;
  view: 'empty' | 'read' | 'compose';
  paneOpen: boolean;
  controller: EmulatorController | null;
  auth: AuthSettings;
}

const state = {} as State;

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

async function fetchJson<T>(url: string): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await fetchBytes(url))) as T;
}

function choice(): MailboxChoice {
  return findChoice(state.choices, state.choice) ?? (state.choices[0] as MailboxChoice);
}

function choicesOfProfile(): MailboxChoice[] {
  return state.choices.filter((c) => c.profile === state.profileId);
}

function profile(): Profile {
  return state.profiles.find((p) => p.id === state.profileId) ?? (state.profiles[0] as Profile);
}

/** A Graph request as the signed-in user (the Graph emulator's test token). */
async function graph(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer test:${choice().user.emailAddress}`);
  headers.set('prefer', `outlook.timezone="${profile().timeZone}"`);
  const res = await fetch(`${GRAPH}${path}`, { ...init, headers });
  if (!res.ok && res.status !== 403) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `${res.status} ${res.statusText}`);
  }
  return res;
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

/** Read who may open which mailbox from the Graph emulator (once per switch). */
async function loadDirectory(): Promise<void> {
  state.graph = await fetchJson<EmulatorState>('/graph/_emulator/state');
  state.choices = mailboxChoices(state.graph, state.index);
  const known = new Set(state.profiles?.map((p) => p.id) ?? []);
  const ids = [...new Set(state.choices.map((c) => c.profile))];
  if (ids.some((id) => !known.has(id))) {
    state.profiles = await Promise.all(
      ids.map(async (id) => {
        const p = await fetchJson<Profile>(`/profiles/${id}.json`);
        return { id, name: p.name, domains: p.domains, timeZone: p.timeZone };
      }),
    );
  }
}

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

interface FolderList {
  readonly messages: Listed[];
  readonly listError: string | null;
  readonly colours: Map<string, string | null>;
}

async function fetchList(): Promise<FolderList> {
  const c = state.controller;
  const none = { messages: [], listError: null, colours: new Map<string, string | null>() };
  if (!c) return none;
  if (state.folder === 'sent') {
    const messages = c.sent.map((s, i): Listed => {
      const item = sentAsRead(s, i);
      return {
        id: item.itemId,
        from: item.from?.displayName || item.from?.emailAddress || '',
        subject: item.subject,
        received: item.dateTimeCreated,
        categories: [],
        flag: null,
        unread: false,
        load: () => Promise.resolve(item),
      };
    });
    return { ...none, messages };
  }
  const mailbox = choice().mailbox.emailAddress;
  try {
    const [list, colours] = await Promise.all([
      graph(inboxPath(mailbox)).then((r) => r.json() as Promise<{ value?: GraphMessage[] }>),
      masterCategories(mailbox),
    ]);
    const sources = sampleSources(state.graph, mailbox);
    const messages = (list.value ?? []).map((m) => listed(m, mailbox, sources.get(m.id)));
    return { messages, listError: null, colours };
  } catch (e) {
    return { ...none, listError: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The mailbox's master categories, for their colours. Outlook reads them with
 * the mailbox's own access, also in a function mailbox it opens as a delegate,
 * where Graph refuses the delegate (403): the emulator's control gives
 * Outlook's view, and Graph is not asked for what it would refuse.
 */
async function masterCategories(mailbox: string): Promise<Map<string, string | null>> {
  const res = await fetch(`/graph/_emulator/mailboxes/${encodeURIComponent(mailbox)}/categories`);
  if (!res.ok) return new Map();
  const body = (await res.json()) as { value?: { displayName: string; color: string }[] };
  return new Map((body.value ?? []).map((c) => [c.displayName.toLowerCase(), c.color]));
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

const emlItems = new Map<string, Promise<ReadItemState>>();

function listed(m: GraphMessage, mailbox: string, source: string | undefined): Listed {
  const categories = [...(m.categories ?? [])];
  const load = async (): Promise<ReadItemState> => {
    let item: ReadItemState;
    if (source !== undefined) {
      // A sample: the item is built from its .eml, as the Graph emulator's seed is.
      let parsed = emlItems.get(source);
      if (!parsed) {
        parsed = fetchBytes(`/mailbox/${source}`).then((b) => readItemFromEml(b, { id: source }));
        emlItems.set(source, parsed);
      }
      item = await parsed;
    } else {
      // Delivered here: read from its MIME, so its attachments come along.
      const path = `/users/${encodeURIComponent(mailbox)}/messages/${encodeURIComponent(m.id)}`;
      const [res, mime] = await Promise.all([graph(path), graph(`${path}/$value`)]);
      item = await readDeliveredItem(
        (await res.json()) as GraphMessage,
        new Uint8Array(await mime.arrayBuffer()),
      );
    }
    return { ...item, categories };
  };
  return {
    id: m.id,
    from: m.from?.emailAddress.name || m.from?.emailAddress.address || '',
    subject: m.subject ?? '',
    received: m.receivedDateTime ? new Date(m.receivedDateTime) : null,
    categories,
    flag: flagView(m.flag),
    unread: m.isRead === false,
    load,
  };
}

function htmlText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

function sentAsRead(s: ComposeItemState, i: number): ReadItemState {
  const me = choice().mailbox;
  return {
    mode: 'read',
    itemId: `sent-${i}`,
    subject: s.subject ?? '',
    from: s.from ?? { emailAddress: me.emailAddress, displayName: me.displayName },
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

/** Categories as Outlook shows them: small labels in the category's colour. */
function categoryChips(categories: readonly string[]): HTMLElement {
  const box = el('span', { class: 'categories' });
  for (const name of categories) {
    const colour = categoryColour(state.colours.get(name.toLowerCase()) ?? undefined);
    const chip = el('span', { class: colour ? 'category' : 'category neutral' }, name);
    if (colour) chip.style.background = colour;
    box.append(chip);
  }
  return box;
}

function flagBadge(flag: FlagView): HTMLElement | null {
  if (!flag) return null;
  if (flag.kind === 'complete')
    return el(
      'span',
      { class: 'flag complete' },
      el('span', { 'aria-hidden': 'true' }, '✓'),
      ` ${tr('flag-complete')}`,
    );
  const text = flag.due ? tr('flag-due', { date: localDate(flag.due) }) : tr('flag');
  return el('span', { class: 'flag' }, el('span', { 'aria-hidden': 'true' }, '⚑'), ` ${text}`);
}

/** A calendar date (YYYY-MM-DD) as the display language writes it (core/calendar/format). */
function localDate(day: string): string {
  const d = parseLocalDate(day);
  return d ? formatDate(d, state.lang) : day;
}

function receivedText(when: Date | null): string {
  if (!when) return '';
  return formatInstant(when, state.lang, profile().timeZone) ?? '';
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

function toast(text: string, role: 'status' | 'alert' = 'status'): void {
  const t = el('div', { class: role === 'alert' ? 'toast error' : 'toast', role }, text);
  document.body.append(t);
  setTimeout(() => t.remove(), 3000);
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

/** A modal dialog: title, content (one element has the id `<id>-message`), buttons. */
function modal(
  role: 'dialog' | 'alertdialog',
  id: string,
  title: string,
  ...content: HTMLElement[]
): { backdrop: HTMLElement; buttons: HTMLElement } {
  const buttons = el('div', { class: 'buttons' });
  const dialog = el(
    'div',
    {
      class: 'dialog',
      role,
      'aria-modal': 'true',
      'aria-labelledby': `${id}-title`,
      'aria-describedby': `${id}-message`,
    },
    el('h2', { id: `${id}-title` }, title),
    ...content,
    buttons,
  );
  return { backdrop: el('div', { class: 'backdrop' }, dialog), buttons };
}

/** The dialog's text as elements (alert.ts reads it as Outlook does). */
function alertNodes(blocks: readonly Block[]): Node[] {
  const inline = (nodes: readonly Inline[]): (Node | string)[] =>
    nodes.map((n) =>
      n.kind === 'text'
        ? n.text
        : el(n.kind === 'strong' ? 'strong' : 'em', {}, ...inline(n.children)),
    );
  const lines = (ls: readonly (readonly Inline[])[]): (Node | string)[] =>
    ls.flatMap((l, i) => (i === 0 ? inline(l) : [el('br'), ...inline(l)]));
  return blocks.map((b) =>
    b.kind === 'p'
      ? el('p', {}, ...lines(b.lines))
      : el(b.kind, {}, ...b.items.map((item) => el('li', {}, ...inline(item)))),
  );
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
