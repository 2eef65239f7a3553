/**
 * The task pane's view of Outlook: the compose port over Office.js, which
 * item the pane was opened on, and Outlook's colours. The React side only
 * sees `ComposePort`; everything that names `Office` is here.
 */
import type { ComposeSnapshot } from '../../core/message';
import type { ComposePort, PaneMode } from '../../core/ports';
import { AttachmentNotFound } from '../../core/ports';
import { officeCall } from './async';
import { DEFAULT_READ_LIMITS, readComposeSnapshot, snapshotName } from './compose';
import type { ReadLimits } from './compose';
import { supportsMailbox } from './context';

/** Resolves once Office.js has initialised the add-in (Office.onReady). */
export async function officeReady(): Promise<void> {
  if (typeof Office === 'undefined') throw new Error('Office.js is not loaded');
  await Office.onReady();
}

/**
 * Compose or read, from the item itself: `none` when there is no item (a
 * pinned pane with nothing selected), null when its kind cannot be told.
 */
export function currentItemMode(): PaneMode | 'none' | null {
  const item: unknown = Office.context.mailbox?.item;
  if (item === null || item === undefined) return 'none';
  if (typeof item !== 'object') return null;
  // A read item's subject is a string; a compose item's is an object with getAsync.
  const subject = (item as { subject?: unknown }).subject;
  if (typeof subject === 'string') return 'read';
  if (typeof subject === 'object' && subject !== null && 'getAsync' in subject) return 'compose';
  return null;
}

export function currentComposeItem(): Office.MessageCompose {
  const item = Office.context.mailbox.item;
  if (!item) throw new Error('no item');
  return item as Office.MessageCompose;
}

/** Outlook's body background colour (Mailbox 1.14); null where Outlook does not say. */
export function officeColours(): { bodyBackgroundColor: string } | null {
  try {
    const theme = Office.context.officeTheme as Office.OfficeTheme | undefined;
    return theme?.bodyBackgroundColor ? { bodyBackgroundColor: theme.bodyBackgroundColor } : null;
  } catch {
    return null;
  }
}

/** Call `listener` when the user switches Outlook's theme (Mailbox 1.14). */
export function watchOfficeTheme(listener: () => void): () => void {
  const mailbox = Office.context.mailbox;
  if (!supportsMailbox('1.14') || !Office.EventType.OfficeThemeChanged || !mailbox) {
    return () => undefined;
  }
  const type = Office.EventType.OfficeThemeChanged;
  officeCall<void>('addHandlerAsync(OfficeThemeChanged)', (cb) =>
    mailbox.addHandlerAsync(type, listener, cb),
  ).catch(() => undefined);
  return () => {
    officeCall<void>('removeHandlerAsync(OfficeThemeChanged)', (cb) =>
      mailbox.removeHandlerAsync(type, cb),
    ).catch(() => undefined);
  };
}

export interface ComposePortOptions {
  /**
   * Outlook has no event for typing in the subject or body, nor (for the
   * task pane) for a new From: those are polled this often, gently.
   */
  readonly pollMs?: number;
  readonly limits?: ReadLimits;
  /** True while the pane cannot be seen; polling pauses then. */
  readonly hidden?: () => boolean;
}

export const POLL_MS = 1500;

/** How many attachment contents are kept between checks before the cache starts over. */
const CONTENT_CACHE_ENTRIES = 32;

function polledKey(subject: string, body: string, from: string): string {
  return JSON.stringify([subject, body, from.toLowerCase()]);
}

/**
 * The compose port over an Office.js message being written.
 *
 * Changes: RecipientsChanged (Mailbox 1.7) and AttachmentsChanged (1.8) are
 * Outlook events; subject, body and From are compared on a poll. Attachment
 * contents are fetched once per attachment id and reused on later checks, so
 * checking again while the user types does not download them again.
 */
export function createOfficeComposePort(
  item: Office.MessageCompose,
  options: ComposePortOptions = {},
): ComposePort {
  const pollMs = options.pollMs ?? POLL_MS;
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const hidden =
    options.hidden ??
    (() => typeof document !== 'undefined' && document.visibilityState === 'hidden');
  const listeners = new Set<() => void>();
  let lastPolled: string | null = null;
  let lastParts: { subject: string; body: string; from: string } | null = null;
  let stopWatching: (() => void) | null = null;

  // Attachment content by id: an attachment's content never changes under the same id.
  const contents = new Map<string, Office.AsyncResult<Office.AttachmentContent>>();
  const getContent = (
    id: string,
    callback: (r: Office.AsyncResult<Office.AttachmentContent>) => void,
  ): void => {
    const hit = contents.get(id);
    if (hit) {
      // Asynchronous like Office itself, so callers see the same order of events.
      void Promise.resolve().then(() => callback(hit));
      return;
    }
    item.getAttachmentContentAsync(id, (r) => {
      if (r.status === Office.AsyncResultStatus.Succeeded) {
        if (contents.size >= CONTENT_CACHE_ENTRIES) contents.clear();
        contents.set(id, r);
      }
      callback(r);
    });
  };
  const cachingItem = new Proxy(item, {
    get(target, prop) {
      if (prop === 'getAttachmentContentAsync') return getContent;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

  const emit = (): void => {
    for (const listener of [...listeners]) listener();
  };

  const remember = (subject: string, body: string, from: string): void => {
    lastParts = { subject, body, from };
    lastPolled = polledKey(subject, body, from);
  };

  const readPolled = async (): Promise<string> => {
    const [subject, body, from] = await Promise.all([
      officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb)),
      officeCall<string>('body.getAsync', (cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
      officeCall<Office.EmailAddressDetails>('from.getAsync', (cb) => item.from.getAsync(cb)),
    ]);
    return polledKey(subject, body, from.emailAddress ?? '');
  };

  const watch = (): (() => void) => {
    let stopped = false;
    const registered: Office.EventType[] = [];
    const unregister = (type: Office.EventType): void => {
      officeCall<void>(`removeHandlerAsync(${type})`, (cb) =>
        item.removeHandlerAsync(type, cb),
      ).catch(() => undefined);
    };
    const onEvent = (): void => emit();
    // Mailbox 1.7 and 1.8; the manifest asks for 1.12, so these are there in practice.
    const events: [Office.EventType | undefined, string][] = [
      [Office.EventType.RecipientsChanged, '1.7'],
      [Office.EventType.AttachmentsChanged, '1.8'],
    ];
    for (const [type, since] of events) {
      if (
        type === undefined ||
        !supportsMailbox(since) ||
        typeof item.addHandlerAsync !== 'function'
      )
        continue;
      officeCall<void>(`addHandlerAsync(${type})`, (cb) => item.addHandlerAsync(type, onEvent, cb))
        .then(() => {
          // Unsubscribed while Outlook was still registering: undo it.
          if (stopped) unregister(type);
          else registered.push(type);
        })
        .catch(() => undefined);
    }

    let polling = false;
    const timer = setInterval(() => {
      if (polling || hidden()) return;
      polling = true;
      readPolled()
        .then((key) => {
          if (stopped) return;
          if (lastPolled === null) {
            lastPolled = key;
          } else if (key !== lastPolled) {
            lastPolled = key;
            emit();
          }
        })
        .catch(() => undefined)
        .finally(() => {
          polling = false;
        });
    }, pollMs);

    return () => {
      stopped = true;
      clearInterval(timer);
      for (const type of registered.splice(0)) unregister(type);
    };
  };

  return {
    async snapshot(): Promise<ComposeSnapshot> {
      const s = await readComposeSnapshot(cachingItem, limits);
      remember(s.subject, s.body, s.from.address);
      return s;
    },

    onChange(listener) {
      listeners.add(listener);
      if (stopWatching === null) stopWatching = watch();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stopWatching !== null) {
          stopWatching();
          stopWatching = null;
        }
      };
    },

    getSubject() {
      return officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb));
    },

    async setSubject(subject) {
      await officeCall<void>('subject.setAsync', (cb) => item.subject.setAsync(subject, cb));
      // The pane re-checks after its own edits; the poll need not report this one.
      if (lastParts) remember(subject, lastParts.body, lastParts.from);
    },

    // The whole draft and the reference kept on it, loaded with the filing form (host/office/draft).
    draft: () => import(/* webpackChunkName: "filing" */ './draft').then((m) => m.readDraft(item)),

    caseMark: () =>
      import(/* webpackChunkName: "filing" */ './draft').then((m) => m.draftCaseMark(item)),

    async removeAttachment(name) {
      const list = await officeCall<Office.AttachmentDetailsCompose[]>(
        'getAttachmentsAsync',
        (cb) => item.getAttachmentsAsync(cb),
      );
      const match = list.find((a) => snapshotName(a) === name) ?? null;
      if (match === null) throw new AttachmentNotFound(name);
      await officeCall<void>('removeAttachmentAsync', (cb) =>
        item.removeAttachmentAsync(match.id, cb),
      );
      contents.delete(match.id);
    },
  };
}
