/**
 * The workbench: the policy engine in a browser with the example profiles.
 * The same core code the send check and the command line run.
 */
import { dueDate } from '../../src/core/calendar';
import { checkCompose } from '../../src/core/compose/decide';
import { describeFinding, renderAlert } from '../../src/core/compose/render';
import { t } from '../../src/core/i18n/catalog';
import { format } from '../../src/core/i18n/types';
import { LANGS } from '../../src/core/model';
import type { Finding, Lang } from '../../src/core/model';
import type { MessageAttachment } from '../../src/core/message';
import type { Profile } from '../../src/core/profile/types';
import { scanText } from '../../src/core/scan';
import haKommune from '../../profiles/ha-kommune.json';
import kommuneNb from '../../profiles/kommune-nb.json';
import melleruds from '../../profiles/melleruds-kommun.json';
import vara from '../../profiles/vara-kommun.json';
import { workbenchMessages } from './messages';
import type { WorkbenchKey } from './messages';

const PROFILES: readonly Profile[] = [
  haKommune,
  kommuneNb,
  vara,
  melleruds,
] as unknown as Profile[];

interface State {
  profile: Profile;
  lang: Lang;
}

const state: State = { profile: PROFILES[0] as Profile, lang: (PROFILES[0] as Profile).language };

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

function labelled(id: string, text: string, control: HTMLElement): HTMLElement[] {
  control.id = id;
  return [el('label', { for: id }, text), control];
}

function personalAddress(p: Profile): string {
  return `kari.nordmann@${p.domains[0] ?? 'example.org'}`;
}

function findingList(findings: readonly Finding[]): HTMLElement {
  if (findings.length === 0) return el('p', {}, tr('no-findings'));
  const list = el('ul', { class: 'findings', 'aria-label': tr('findings') });
  for (const f of findings) {
    list.append(
      el(
        'li',
        {},
        el('code', {}, `${f.severity} · ${f.code}`),
        ' ',
        describeFinding(f, state.lang, t),
      ),
    );
  }
  return list;
}

async function readFiles(input: HTMLInputElement): Promise<MessageAttachment[]> {
  const out: MessageAttachment[] = [];
  for (const file of Array.from(input.files ?? [])) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    out.push({ name: file.name, contentType: file.type, size: file.size, bytes });
  }
  return out;
}

function composeSection(): HTMLElement {
  const p = state.profile;
  const from = el('select');
  from.append(
    el('option', { value: personalAddress(p) }, `${personalAddress(p)} (${tr('personal')})`),
  );
  for (const m of p.mailboxes)
    from.append(el('option', { value: m.address }, `${m.name} <${m.address}>`));
  const to = el('input', { type: 'text', value: 'ola.innbygger@example.com' });
  const subject = el('input', { type: 'text' });
  const body = el('textarea');
  const files = el('input', { type: 'file', multiple: '' });
  const encrypted = el('input', { type: 'checkbox', id: 'encrypted' });
  const alert = el('div', { id: 'alert', role: 'status', 'aria-live': 'polite' });
  const details = el('div', { id: 'details' });
  const send = el('button', { type: 'submit' }, tr('send'));
  const form = el(
    'form',
    { 'aria-label': tr('compose') },
    ...labelled('from', tr('from'), from),
    ...labelled('to', tr('to'), to),
    ...labelled('subject', tr('subject'), subject),
    ...labelled('body', tr('body'), body),
    ...labelled('files', tr('attachments'), files),
    el('label', { for: 'encrypted' }, encrypted, ' ', tr('encrypted')),
    send,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    alert.textContent = tr('checking');
    alert.removeAttribute('data-decision');
    details.replaceChildren();
    void (async () => {
      try {
        const recipients = to.value
          .split(/[,;]/)
          .map((a) => a.trim())
          .filter((a) => a.length > 0)
          .map((address) => ({ address }));
        const result = await checkCompose(
          {
            from: { address: from.value },
            to: recipients,
            cc: [],
            bcc: [],
            subject: subject.value,
            body: body.value,
            attachments: await readFiles(files),
            encrypted: encrypted.checked,
          },
          state.profile,
        );
        alert.dataset['decision'] = result.decision;
        alert.textContent =
          result.decision === 'allow' ? tr('sent') : renderAlert(result, state.lang).text;
        details.replaceChildren(el('h3', {}, tr('findings')), findingList(result.findings));
      } catch (e) {
        alert.textContent = tr('error', { message: e instanceof Error ? e.message : String(e) });
      }
    })();
  });
  return el('section', {}, el('h2', {}, tr('compose')), form, alert, details);
}

function scanSection(): HTMLElement {
  const text = el('textarea');
  const out = el('div', { id: 'scan-result' });
  const run = el('button', { type: 'submit' }, tr('scan-run'));
  const form = el(
    'form',
    { 'aria-label': tr('scan') },
    ...labelled('scan-text', tr('scan-text'), text),
    run,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const findings: Finding[] = scanText(text.value, state.profile.keywords).map((m) => ({
      ...m,
      severity: 'info',
      part: 'body',
    }));
    out.replaceChildren(findingList(findings));
  });
  const received = el('input', { type: 'datetime-local' });
  const due = el('p', { id: 'due', role: 'status' });
  received.addEventListener('change', () => {
    const when = new Date(received.value);
    if (Number.isNaN(when.getTime())) return;
    const d = dueDate(when, {
      country: state.profile.country,
      timeZone: state.profile.timeZone,
      days: state.profile.responseDays,
      ...(state.profile.extraHolidays ? { extraHolidays: state.profile.extraHolidays } : {}),
    });
    due.textContent = `${tr('due')}: ${d.due}`;
  });
  return el(
    'section',
    {},
    el('h2', {}, tr('scan')),
    form,
    out,
    el('h2', {}, tr('deadline')),
    ...labelled('received', tr('received'), received),
    due,
  );
}

function render(): void {
  const app = document.getElementById('app');
  if (!app) return;
  document.documentElement.lang = state.lang;
  document.title = tr('title');
  const profile = el('select', { id: 'profile' });
  PROFILES.forEach((p, i) => {
    const option = el('option', { value: String(i) }, p.name);
    if (p === state.profile) option.selected = true;
    profile.append(option);
  });
  profile.addEventListener('change', () => {
    state.profile = PROFILES[Number(profile.value)] ?? state.profile;
    state.lang = state.profile.language;
    render();
  });
  const lang = el('select', { id: 'lang' });
  for (const l of LANGS) {
    const option = el('option', { value: l }, l);
    if (l === state.lang) option.selected = true;
    lang.append(option);
  }
  lang.addEventListener('change', () => {
    state.lang = lang.value as Lang;
    render();
  });
  app.replaceChildren(
    el(
      'header',
      {},
      el('h1', {}, tr('title')),
      el('label', {}, tr('profile'), profile),
      el('label', {}, tr('language'), lang),
    ),
    el('p', { style: 'padding: 0 1.25rem' }, tr('intro')),
    el('main', {}, composeSection(), scanSection()),
  );
}

render();
