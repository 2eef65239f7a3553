/**
 * The workbench's message list (main.ts): the directory of profiles, and a
 * folder's messages read from the Graph emulator (or the sample .eml files),
 * with the mailbox's master categories, and messages sent here shown as
 * read items.
 */

import { readItemFromEml } from '../emulator/mailbox';
import type { ReadItemState, ComposeItemState } from '../emulator/types';
import { mailboxChoices, inboxPath, sampleSources, readDeliveredItem, flagView } from './mailboxes';
import type { EmulatorState, GraphMessage } from './mailboxes';
import { choice, fetchBytes, fetchJson, graph, htmlText, state } from './state';
import type { Listed, Profile } from './state';

/** Read who may open which mailbox from the Graph emulator (once per switch). */
export async function loadDirectory(): Promise<void> {
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

interface FolderList {
  readonly messages: Listed[];
  readonly listError: string | null;
  readonly colours: Map<string, string | null>;
}

export async function fetchList(): Promise<FolderList> {
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
        // A failed read is not kept: choosing the message again reads it again.
        parsed.catch(() => emlItems.delete(source));
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
