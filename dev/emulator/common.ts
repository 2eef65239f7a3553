/**
 * Members that read and compose items share: notification messages,
 * attachment content, categories, initialization context, shared-mailbox
 * properties and item event handlers.
 */
import { EventType, MailboxEnums } from './enums';
import { ERR, sysError } from './errors';
import { fail, maxLength, ok, parseCommonArgs, requireString, since } from './host';
import type { Callback, EmulatedMethod, Host, Outcome } from './host';
import type { AttachmentState, EmailAddress, MailboxIdentity, RecipientType } from './types';
import { encodeBase64, ewsId, utf8 } from './util';

/** An attachment with its id settled. */
export type AttachmentRecord = AttachmentState & { readonly id: string };

export interface NotificationRecord {
  readonly key: string;
  readonly type: string;
  readonly message: string;
  readonly icon?: string;
  readonly persistent?: boolean;
  readonly actions?: readonly unknown[];
}

/** What every item keeps besides its content. */
export class ItemRuntime {
  readonly notifications = new Map<string, NotificationRecord>();
  readonly handlers = new Map<string, Array<(args: unknown) => void>>();
  categories: string[];
  initializationContext: string;

  constructor(categories: readonly string[] = [], initializationContext = '') {
    this.categories = [...categories];
    this.initializationContext = initializationContext;
  }
}

/** The environment the item surfaces are built in. */
export interface ItemEnv {
  readonly host: Host;
  readonly mailbox: () => MailboxIdentity;
  readonly user: () => { readonly emailAddress: string; readonly displayName: string };
  readonly organizationDomains: () => readonly string[];
  readonly platform: () => string;
  /** Call the item's handlers for `eventType` on a later tick. */
  readonly fireItemEvent: (eventType: string, args: Record<string, unknown>) => void;
}

export function settleAttachments(
  list: readonly AttachmentState[],
  seed: string,
): AttachmentRecord[] {
  return list.map((a, i) => ({ ...a, id: a.id ?? ewsId('attachment', `${seed}:${i}:${a.name}`) }));
}

export function attachmentSize(a: AttachmentState): number {
  switch (a.attachmentType) {
    case 'file':
      return a.bytes.length;
    case 'item':
      return a.size ?? (a.eml !== undefined ? utf8(a.eml).length : 0);
    case 'cloud':
      return a.size ?? 0;
  }
}

export function attachmentContentType(a: AttachmentState): string {
  switch (a.attachmentType) {
    case 'file':
      return a.contentType ?? 'application/octet-stream';
    case 'item':
      return 'message/rfc822';
    case 'cloud':
      return 'application/octet-stream';
  }
}

/** getAttachmentContentAsync: base64 for files, the MIME text for messages, the link for cloud files. */
export function attachmentContent(list: readonly AttachmentRecord[], id: string): Outcome {
  const a = list.find((x) => x.id === id);
  if (!a) return fail(ERR.invalidAttachmentId);
  switch (a.attachmentType) {
    case 'file':
      return ok({
        format: MailboxEnums.AttachmentContentFormat.Base64,
        content: encodeBase64(a.bytes),
      });
    case 'item':
      if (a.eml === undefined) return fail(ERR.attachmentTypeNotSupported);
      return ok({ format: MailboxEnums.AttachmentContentFormat.Eml, content: a.eml });
    case 'cloud':
      return ok({ format: MailboxEnums.AttachmentContentFormat.Url, content: a.url });
  }
}

export function getAttachmentContentAsync(
  env: ItemEnv,
  attachments: () => readonly AttachmentRecord[],
) {
  return (id: unknown, ...rest: unknown[]): void => {
    const args = parseCommonArgs(rest, true);
    const attachmentId = requireString('attachmentId', id);
    env.host.answer('getAttachmentContentAsync', args, () =>
      attachmentContent(attachments(), attachmentId),
    );
  };
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}

/** `user` inside the organisation's domains (subdomains too), `externalUser` outside. */
export function recipientTypeOf(address: string, domains: readonly string[]): RecipientType {
  const d = domainOf(address);
  const inside = domains.some(
    (own) => d === own.toLowerCase() || d.endsWith('.' + own.toLowerCase()),
  );
  return inside ? MailboxEnums.RecipientType.User : MailboxEnums.RecipientType.ExternalUser;
}

/** EmailAddressDetails as Office.js builds them. */
export function details(
  a: EmailAddress,
  domains: readonly string[] | null,
): { emailAddress: string; displayName: string; recipientType?: string } {
  const out = { emailAddress: a.emailAddress, displayName: a.displayName ?? a.emailAddress };
  if (domains === null) return out;
  return { ...out, recipientType: a.recipientType ?? recipientTypeOf(a.emailAddress, domains) };
}

const NOTIFICATION_TYPES = Object.values(MailboxEnums.ItemNotificationMessageType) as string[];
/** Outlook on the web, Windows and Mac show at most five notifications per message. */
const MAX_NOTIFICATIONS = 5;

/** The argument checks Office.js makes before a notification reaches Outlook. */
function validateNotification(host: Host, key: unknown, data: unknown): NotificationRecord {
  const k = requireString('key', key);
  maxLength('key', k, 32);
  if (typeof data !== 'object' || data === null)
    throw sysError('Sys.ArgumentNullException', 'type');
  const d = data as Record<string, unknown>;
  const type = requireString('type', d['type']);
  const { InformationalMessage, InsightMessage } = MailboxEnums.ItemNotificationMessageType;
  if (type === InformationalMessage || type === InsightMessage) {
    const icon = requireString('icon', d['icon']);
    maxLength('icon', icon, 32);
    if (type === InformationalMessage) {
      if (d['persistent'] === undefined || d['persistent'] === null)
        throw sysError('Sys.ArgumentNullException', 'persistent');
      if (typeof d['persistent'] !== 'boolean')
        throw sysError('Sys.ArgumentTypeException', 'persistent');
      if (d['actions'] !== undefined && d['actions'] !== null)
        throw sysError(
          'Sys.ArgumentException',
          'actions',
          "Actions can't be defined for this notification message type.",
        );
    } else {
      if (!host.has('1.10')) throw sysError('Sys.ArgumentException', 'type');
      if (d['persistent'] !== undefined && d['persistent'] !== null)
        throw sysError('Sys.ArgumentNullException', 'persistent');
      validateActions(d['actions']);
    }
  } else {
    if (d['icon'] !== undefined && d['icon'] !== null)
      throw sysError('Sys.ArgumentException', 'icon');
    if (d['persistent'] !== undefined && d['persistent'] !== null)
      throw sysError('Sys.ArgumentException', 'persistent');
    if (d['actions'] !== undefined && d['actions'] !== null)
      throw sysError(
        'Sys.ArgumentException',
        'actions',
        "Actions can't be defined for this notification message type.",
      );
  }
  const message = requireString('message', d['message']);
  maxLength('message', message, 150);
  if (!NOTIFICATION_TYPES.includes(type)) throw sysError('Sys.ArgumentException', 'type');
  return {
    key: k,
    type,
    message,
    ...(typeof d['icon'] === 'string' ? { icon: d['icon'] } : {}),
    ...(typeof d['persistent'] === 'boolean' ? { persistent: d['persistent'] } : {}),
    ...(Array.isArray(d['actions']) ? { actions: d['actions'] as unknown[] } : {}),
  };
}

function validateActions(actions: unknown): void {
  if (actions === undefined || actions === null) return;
  if (!Array.isArray(actions)) throw sysError('Sys.ArgumentException', 'actions');
  if (actions.length > 1)
    throw sysError(
      'Sys.ArgumentException',
      'actions',
      'Only a single action is currently supported.',
    );
  const a = actions[0] as Record<string, unknown> | undefined;
  if (!a) return;
  if (a['actionType'] === undefined || a['actionType'] === null)
    throw sysError('Sys.ArgumentNullException', 'actionType');
  if (a['actionType'] !== MailboxEnums.ActionType.ShowTaskPane)
    throw sysError('Sys.ArgumentException', 'actionType');
  if (typeof a['commandId'] !== 'string' || a['commandId'] === '')
    throw sysError('Sys.ArgumentException', 'commandId');
  if (typeof a['actionText'] !== 'string' || a['actionText'] === '')
    throw sysError('Sys.ArgumentNullException', 'actionText');
  maxLength('actionText', a['actionText'], 30);
}

export function notificationMessages(env: ItemEnv, rt: ItemRuntime): Record<string, unknown> {
  const { host } = env;
  return {
    addAsync(key: unknown, data: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, false);
      const record = validateNotification(host, key, data);
      host.answer('notificationMessages.addAsync', args, () => {
        if (rt.notifications.has(record.key)) return fail(ERR.duplicateNotificationKey);
        if (rt.notifications.size >= MAX_NOTIFICATIONS)
          return fail(ERR.numberOfNotificationsExceeded);
        rt.notifications.set(record.key, record);
        return ok();
      });
    },
    replaceAsync(key: unknown, data: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, false);
      const record = validateNotification(host, key, data);
      host.answer('notificationMessages.replaceAsync', args, () => {
        // replaceAsync adds the notification when the key is new.
        if (!rt.notifications.has(record.key) && rt.notifications.size >= MAX_NOTIFICATIONS)
          return fail(ERR.numberOfNotificationsExceeded);
        rt.notifications.set(record.key, record);
        return ok();
      });
    },
    removeAsync(key: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, false);
      const k = requireString('key', key);
      maxLength('key', k, 32);
      host.answer('notificationMessages.removeAsync', args, () =>
        rt.notifications.delete(k) ? ok() : fail(ERR.notificationKeyNotFound),
      );
    },
    getAllAsync(...rest: unknown[]): void {
      const args = parseCommonArgs(rest, true);
      host.answer('notificationMessages.getAllAsync', args, () =>
        ok([...rt.notifications.values()].map((n) => ({ ...n }))),
      );
    },
  };
}

function validateCategories(categories: unknown): string[] {
  if (!categories) throw sysError('Sys.ArgumentException', 'categories');
  if (!Array.isArray(categories)) throw sysError('Sys.ArgumentTypeException', 'categories');
  if (categories.length === 0) throw sysError('Sys.ArgumentException', 'categories');
  return categories.map((c: unknown) => {
    if (!c) throw sysError('Sys.ArgumentException', 'categories');
    if (typeof c !== 'string') throw sysError('Sys.ArgumentTypeException', 'categories');
    maxLength('categories', c, 255);
    return c;
  });
}

/**
 * Item categories. Outlook only accepts names from the mailbox's master
 * list; the emulator accepts any name (the master list is not emulated).
 */
export function categories(env: ItemEnv, rt: ItemRuntime): Record<string, unknown> {
  const { host } = env;
  return {
    getAsync(...rest: unknown[]): void {
      const args = parseCommonArgs(rest, true);
      host.answer('categories.getAsync', args, () =>
        ok(rt.categories.map((displayName) => ({ displayName, color: 'preset0' }))),
      );
    },
    addAsync(list: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, false);
      const names = validateCategories(list);
      host.answer('categories.addAsync', args, () => {
        for (const n of names) if (!rt.categories.includes(n)) rt.categories.push(n);
        return ok();
      });
    },
    removeAsync(list: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, false);
      const names = validateCategories(list);
      host.answer('categories.removeAsync', args, () => {
        rt.categories = rt.categories.filter((c) => !names.includes(c));
        return ok();
      });
    },
  };
}

/** Members both modes have from Mailbox 1.8: initialization context and shared properties. */
export function commonMembers(
  env: ItemEnv,
  rt: ItemRuntime,
  target: Record<string, unknown>,
): void {
  const { host } = env;
  since(host, target, '1.3', { notificationMessages: notificationMessages(env, rt) });
  since(host, target, '1.8', {
    categories: categories(env, rt),
    getInitializationContextAsync(...rest: unknown[]): void {
      const args = parseCommonArgs(rest, true);
      host.answer('getInitializationContextAsync', args, () => ok(rt.initializationContext));
    },
    /**
     * Shared folders and shared mailboxes only. For an item in the user's own
     * mailbox the emulator fails with GenericResponseError (Outlook's answer
     * there is not documented).
     */
    getSharedPropertiesAsync(...rest: unknown[]): void {
      const args = parseCommonArgs(rest, true);
      host.answer('getSharedPropertiesAsync', args, () => {
        const mb = env.mailbox();
        if (mb.kind !== 'shared') return fail(ERR.genericResponseError);
        const P = MailboxEnums.DelegatePermissions;
        return ok({
          owner: mb.emailAddress,
          targetMailbox: mb.emailAddress,
          targetRestUrl: 'https://outlook.office.com/api',
          delegatePermissions: P.Read | P.Write | P.DeleteOwn | P.EditOwn,
        });
      });
    },
  });
}

/** Item events an item accepts handlers for, by the Mailbox version that added them. */
const ITEM_EVENTS: Record<string, string> = {
  [EventType.RecipientsChanged]: '1.7',
  [EventType.AttachmentsChanged]: '1.8',
  [EventType.InfobarClicked]: '1.10',
  [EventType.SensitivityLabelChanged]: '1.13',
  [EventType.InitializationContextChanged]: '1.15',
};

export function handlerMembers(
  env: ItemEnv,
  rt: ItemRuntime,
  compose: boolean,
): Record<string, unknown> {
  const { host } = env;
  const accepts = (type: string): boolean => {
    const v = ITEM_EVENTS[type];
    if (v === undefined || !host.has(v)) return false;
    return (
      compose ||
      type === EventType.InfobarClicked ||
      type === EventType.InitializationContextChanged
    );
  };
  return {
    addHandlerAsync(eventType: unknown, handler: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, false);
      const type = requireString('eventType', eventType);
      if (typeof handler !== 'function') throw sysError('Sys.ArgumentTypeException', 'handler');
      host.answer('addHandlerAsync', args, () => {
        if (!accepts(type)) return fail(ERR.eventRegistration);
        const list = rt.handlers.get(type) ?? [];
        list.push(handler as (args: unknown) => void);
        rt.handlers.set(type, list);
        return ok();
      });
    },
    removeHandlerAsync(eventType: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, false);
      const type = requireString('eventType', eventType);
      host.answer('removeHandlerAsync', args, () => {
        if (!accepts(type)) return fail(ERR.eventRegistration);
        rt.handlers.delete(type);
        return ok();
      });
    },
  };
}

/** The helper the item surfaces use for a plain getter. */
export function getter(env: ItemEnv, method: EmulatedMethod, value: () => Outcome) {
  return (...rest: unknown[]): void => {
    const args = parseCommonArgs(rest, true);
    env.host.answer(method, args, value);
  };
}

export type { Callback };
