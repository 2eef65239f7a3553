/**
 * The workbench's state (main.ts): the profiles, the chosen mailbox and
 * language, the message list, the open item and the pane; its words, the
 * Graph emulator's address for the chosen mailbox, fetch helpers and dates
 * in the chosen language.
 */

import type { EmulatorController } from '../emulator';
import type { SampleMailboxIndex } from '../emulator/mailbox';
import type { Consent } from '../emulator/naa';
import type { MailboxVersion, ReadItemState } from '../emulator/types';
import { format } from '../../src/core/i18n/types';
import { formatDate, formatInstant } from '../../src/core/calendar/format';
import { parseLocalDate } from '../../src/core/calendar/local-date';
import type { Lang } from '../../src/core/model';
import { findChoice } from './mailboxes';
import type { FlagView, EmulatorState, MailboxChoice } from './mailboxes';
import { workbenchMessages } from './messages';
import type { WorkbenchKey } from './messages';

export const DISPLAY: Readonly<Record<Lang, string>> = {
  nb: 'nb-NO',
  nn: 'nn-NO',
  sv: 'sv-SE',
  en: 'en-US',
};

export const VERSIONS: readonly MailboxVersion[] = ['1.12', '1.13', '1.14', '1.15'];

const GRAPH = '/graph/v1.0';

export interface Profile {
  readonly id: string;
  readonly name: string;
  readonly domains: readonly string[];
  readonly timeZone: string;
}

/** A message in the list. `load` gives the read item (from its .eml, or from Graph). */
export interface Listed {
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
  /** Why the selected message could not be opened, or null. */
  openError: string | null;
  item: ReadItemState | null;
  view: 'empty' | 'read' | 'compose';
  paneOpen: boolean;
  controller: EmulatorController | null;
  auth: AuthSettings;
}

export const state = {} as State;

export function tr(key: WorkbenchKey, params?: Record<string, string>): string {
  return format(workbenchMessages[state.lang][key], params);
}

export async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export async function fetchJson<T>(url: string): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await fetchBytes(url))) as T;
}

export function choice(): MailboxChoice {
  return findChoice(state.choices, state.choice) ?? (state.choices[0] as MailboxChoice);
}

export function choicesOfProfile(): MailboxChoice[] {
  return state.choices.filter((c) => c.profile === state.profileId);
}

export function profile(): Profile {
  return state.profiles.find((p) => p.id === state.profileId) ?? (state.profiles[0] as Profile);
}

/** A Graph request as the signed-in user (the Graph emulator's test token). */
export async function graph(path: string, init: RequestInit = {}): Promise<Response> {
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

export function addressList(
  list: readonly { emailAddress: string }[] | readonly unknown[],
): string {
  return (list as { emailAddress?: string; address?: string }[])
    .map((r) => (typeof r === 'string' ? r : (r.emailAddress ?? r.address ?? '')))
    .join(', ');
}

export function parseAddresses(text: string): { emailAddress: string; displayName: string }[] {
  return text
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter((a) => a.length > 0)
    .map((a) => ({ emailAddress: a, displayName: a }));
}

export function htmlText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

/** A calendar date (YYYY-MM-DD) as the display language writes it (core/calendar/format). */
export function localDate(day: string): string {
  const d = parseLocalDate(day);
  return d ? formatDate(d, state.lang) : day;
}

export function receivedText(when: Date | null): string {
  if (!when) return '';
  return formatInstant(when, state.lang, profile().timeZone) ?? '';
}
