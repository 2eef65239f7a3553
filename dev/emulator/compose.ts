/**
 * The message being written (Office.MessageCompose), over mutable state the
 * controller owns. Members above the client's Mailbox requirement set are
 * left out, as Outlook leaves them undefined.
 */
import {
  appendHtml,
  htmlBodyToText,
  htmlDocument,
  prependHtml,
  textToHtml,
  textToHtmlFragment,
} from './body';
import {
  attachmentSize,
  commonMembers,
  details,
  getAttachmentContentAsync,
  getter,
  handlerMembers,
  settleAttachments,
} from './common';
import type { AttachmentRecord, ItemEnv, ItemRuntime } from './common';
import { CoercionType, EventType, MailboxEnums } from './enums';
import { ERR, sysError } from './errors';
import { fail, maxLength, ok, parseCommonArgs, requireString, since } from './host';
import type { CommonArgs, EmulatedMethod } from './host';
import type {
  AttachmentState,
  ComposeItemState,
  ComposeType,
  EmailAddress,
  MailboxIdentity,
  RecipientInput,
} from './types';
import { decodeBase64, ewsId } from './util';

export type RecipientField = 'to' | 'cc' | 'bcc';

/** The compose item's state while it is on screen. */
export interface ComposeData {
  composeType: ComposeType;
  bodyType: 'html' | 'text';
  subject: string;
  body: string;
  from: EmailAddress;
  to: EmailAddress[];
  cc: EmailAddress[];
  bcc: EmailAddress[];
  attachments: AttachmentRecord[];
  itemId: string | undefined;
  conversationId: string | undefined;
  inReplyTo: string | undefined;
  internetHeaders: Record<string, string>;
  clientSignatureEnabled: boolean;
  sessionData: Record<string, string>;
  appendOnSend: string[];
  /** Makes ids stable for one item. */
  readonly seed: string;
  added: number;
}

/** Outlook limits (office.js validation and the API reference). */
const MAX_BODY = 1_000_000;
const MAX_APPEND_ON_SEND = 5_000;
const MAX_SUBJECT = 255;
const MAX_RECIPIENTS_PER_CALL = 100;
/** Classic Outlook on Windows and Mac (Mailbox 1.15 and earlier); the web has no field limit. */
const MAX_RECIPIENTS_PER_FIELD = 500;
const MAX_BASE64_CHARS = 34_865_152;
const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
const MAX_ATTACHMENTS = 499;
const MAX_DISPLAY_NAME = 255;
const MAX_SMTP = 571;

export function recipientOf(input: RecipientInput): EmailAddress {
  return typeof input === 'string' ? { emailAddress: input } : { ...input };
}

export function composeData(
  state: ComposeItemState,
  mailbox: MailboxIdentity,
  seed: string,
): ComposeData {
  const bodyType = state.bodyType ?? 'html';
  let body = state.body ?? '';
  if (bodyType === 'html' && !/<html[\s>]/i.test(body)) body = htmlDocument(body);
  return {
    composeType: state.composeType ?? MailboxEnums.ComposeType.NewMail,
    bodyType,
    subject: state.subject ?? '',
    body,
    from: state.from
      ? { ...state.from }
      : { emailAddress: mailbox.emailAddress, displayName: mailbox.displayName },
    to: (state.to ?? []).map(recipientOf),
    cc: (state.cc ?? []).map(recipientOf),
    bcc: (state.bcc ?? []).map(recipientOf),
    attachments: settleAttachments(state.attachments ?? [], seed),
    itemId: state.itemId,
    conversationId: state.conversationId,
    inReplyTo: state.inReplyTo,
    internetHeaders: { ...(state.internetHeaders ?? {}) },
    clientSignatureEnabled: state.clientSignatureEnabled ?? false,
    sessionData: { ...(state.sessionData ?? {}) },
    appendOnSend: [...(state.appendOnSend ?? [])],
    seed,
    added: 0,
  };
}

/** A full copy of the state, as the workbench reads it to "send" the message. */
export function composeState(
  d: ComposeData,
  rt: ItemRuntime,
): Required<Omit<ComposeItemState, 'itemId' | 'conversationId' | 'inReplyTo'>> &
  Pick<ComposeItemState, 'itemId' | 'conversationId' | 'inReplyTo'> {
  return {
    mode: 'compose',
    composeType: d.composeType,
    bodyType: d.bodyType,
    subject: d.subject,
    body: d.body,
    from: { ...d.from },
    to: d.to.map((r) => ({ ...r })),
    cc: d.cc.map((r) => ({ ...r })),
    bcc: d.bcc.map((r) => ({ ...r })),
    attachments: d.attachments.map((a) => ({ ...a })),
    ...(d.itemId !== undefined ? { itemId: d.itemId } : {}),
    ...(d.conversationId !== undefined ? { conversationId: d.conversationId } : {}),
    ...(d.inReplyTo !== undefined ? { inReplyTo: d.inReplyTo } : {}),
    internetHeaders: { ...d.internetHeaders },
    categories: [...rt.categories],
    clientSignatureEnabled: d.clientSignatureEnabled,
    initializationContext: rt.initializationContext,
    sessionData: { ...d.sessionData },
    appendOnSend: [...d.appendOnSend],
  };
}

/** The body as plain text, whatever its format. */
export function composeBodyText(d: ComposeData): string {
  return d.bodyType === 'html' ? htmlBodyToText(d.body) : d.body;
}

function coercionOf(args: CommonArgs): 'text' | 'html' | undefined {
  const c = args.options?.['coercionType'];
  if (typeof c !== 'string') return CoercionType.Text;
  return c === CoercionType.Text || c === CoercionType.Html ? c : undefined;
}

function validateRecipients(list: unknown): EmailAddress[] {
  if (!Array.isArray(list)) throw sysError('Sys.ArgumentException', 'recipients');
  if (list.length > MAX_RECIPIENTS_PER_CALL)
    throw sysError('Sys.ArgumentOutOfRangeException', 'recipients');
  return list.map((r: unknown): EmailAddress => {
    if (r === null || r === undefined) throw sysError('Sys.ArgumentException', 'recipients');
    if (typeof r === 'string') {
      checkNameAndAddress(r, r);
      return { emailAddress: r, displayName: r };
    }
    if (typeof r !== 'object') throw sysError('Sys.ArgumentException', 'recipients');
    const o = r as Record<string, unknown>;
    checkNameAndAddress(o['displayName'], o['emailAddress']);
    const emailAddress =
      typeof o['emailAddress'] === 'string' ? o['emailAddress'] : String(o['displayName']);
    const displayName = typeof o['displayName'] === 'string' ? o['displayName'] : emailAddress;
    return { emailAddress, displayName };
  });
}

function checkNameAndAddress(name: unknown, address: unknown): void {
  if (!name && !address) throw sysError('Sys.ArgumentException', 'recipients');
  if (typeof name === 'string' && name.length > MAX_DISPLAY_NAME)
    throw sysError(
      'Sys.ArgumentOutOfRangeException',
      'recipients',
      'One or more of the display names provided is too long.',
    );
  if (typeof address === 'string' && address.length > MAX_SMTP)
    throw sysError(
      'Sys.ArgumentOutOfRangeException',
      'recipients',
      'One or more of the email addresses provided is too long.',
    );
  if (typeof name !== 'string' && typeof address !== 'string')
    throw sysError('Sys.ArgumentException', 'recipients');
}

function bodyData(data: unknown, max: number): string {
  if (typeof data !== 'string') throw sysError('Sys.ArgumentTypeException', 'data');
  if (data.length > max) throw sysError('Sys.ArgumentOutOfRangeException', 'data');
  return data;
}

export function changedRecipientFields(fields: readonly RecipientField[]): Record<string, boolean> {
  return {
    to: fields.includes('to'),
    cc: fields.includes('cc'),
    bcc: fields.includes('bcc'),
    requiredAttendees: false,
    optionalAttendees: false,
    resources: false,
  };
}

export function composeAttachmentDetails(a: AttachmentRecord): Record<string, unknown> {
  return {
    id: a.id,
    name: a.name,
    size: attachmentSize(a),
    attachmentType: a.attachmentType,
    isInline: a.isInline ?? false,
    ...(a.contentId !== undefined ? { contentId: a.contentId } : {}),
    ...(a.attachmentType === 'cloud' ? { url: a.url } : {}),
  };
}

/** Build `Office.context.mailbox.item` for a message being written. */
export function composeItem(
  env: ItemEnv,
  d: ComposeData,
  rt: ItemRuntime,
): Record<string, unknown> {
  const { host } = env;

  /** Put text or HTML into the body: before, instead of, or at the cursor (the start). */
  const writeBody =
    (method: EmulatedMethod, where: 'set' | 'prepend') =>
    (data: unknown, ...rest: unknown[]): void => {
      const args = parseCommonArgs(rest, false);
      const text = bodyData(data, MAX_BODY);
      const coercion = coercionOf(args);
      if (coercion === undefined) {
        // Office.js answers an unknown coercion type at once, not via the host.
        host.calls.push(method);
        host.deliver(args, fail(ERR.invalidCoercion));
        return;
      }
      host.answer(method, args, () => {
        if (coercion === 'html' && d.bodyType === 'text') return fail(ERR.invalidFormat);
        if (d.bodyType === 'text') {
          d.body = where === 'set' ? text : text + d.body;
        } else {
          const fragment = coercion === 'html' ? text : textToHtmlFragment(text);
          if (where === 'set')
            d.body = /<html[\s>]/i.test(fragment) ? fragment : htmlDocument(fragment);
          else d.body = prependHtml(d.body, fragment);
        }
        return ok();
      });
    };

  const body: Record<string, unknown> = {
    getTypeAsync: getter(env, 'body.getTypeAsync', () => ok(d.bodyType)),
    prependAsync: writeBody('body.prependAsync', 'prepend'),
  };
  since(host, body, '1.2', {
    // The emulated cursor sits at the start of the body, where Outlook puts it in a new message.
    setSelectedDataAsync: writeBody('body.setSelectedDataAsync', 'prepend'),
  });
  since(host, body, '1.3', {
    getAsync(coercionType: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, true);
      if (coercionType !== CoercionType.Text && coercionType !== CoercionType.Html)
        throw sysError('Sys.ArgumentException', 'coercionType');
      host.answer('body.getAsync', args, () => {
        if (coercionType === CoercionType.Text) return ok(composeBodyText(d));
        return ok(d.bodyType === 'html' ? d.body : textToHtml(d.body));
      });
    },
    setAsync: writeBody('body.setAsync', 'set'),
  });
  since(host, body, '1.9', {
    appendOnSendAsync(data: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, false);
      const text = data === null || data === undefined ? '' : bodyData(data, MAX_APPEND_ON_SEND);
      const coercion = coercionOf(args);
      if (coercion === undefined) {
        host.calls.push('body.appendOnSendAsync');
        host.deliver(args, fail(ERR.invalidCoercion));
        return;
      }
      host.answer('body.appendOnSendAsync', args, () => {
        if (coercion === 'html' && d.bodyType === 'text') return fail(ERR.invalidFormat);
        d.appendOnSend =
          text === ''
            ? []
            : [
                ...d.appendOnSend,
                coercion === 'html'
                  ? text
                  : d.bodyType === 'html'
                    ? textToHtmlFragment(text)
                    : text,
              ];
        return ok();
      });
    },
  });

  const recipients = (field: RecipientField): Record<string, unknown> => {
    const write =
      (method: EmulatedMethod, replace: boolean) =>
      (list: unknown, ...rest: unknown[]): void => {
        const args = parseCommonArgs(rest, false);
        const added = validateRecipients(list);
        host.answer(method, args, () => {
          const next = replace ? added : [...d[field], ...added];
          if (env.platform() !== 'OfficeOnline' && next.length > MAX_RECIPIENTS_PER_FIELD)
            return fail(ERR.numberOfRecipientsExceeded);
          d[field] = next;
          env.fireItemEvent(EventType.RecipientsChanged, {
            changedRecipientFields: changedRecipientFields([field]),
          });
          return ok();
        });
      };
    return {
      getAsync: getter(env, `${field}.getAsync`, () =>
        ok(d[field].map((r) => details(r, env.organizationDomains()))),
      ),
      setAsync: write(`${field}.setAsync`, true),
      addAsync: write(`${field}.addAsync`, false),
    };
  };

  const item: Record<string, unknown> = {
    itemType: MailboxEnums.ItemType.Message,
    subject: {
      getAsync: getter(env, 'subject.getAsync', () => ok(d.subject)),
      setAsync(subject: unknown, ...rest: unknown[]): void {
        const args = parseCommonArgs(rest, false);
        if (typeof subject !== 'string') throw sysError('Sys.ArgumentTypeException', 'subject');
        maxLength('subject', subject, MAX_SUBJECT);
        host.answer('subject.setAsync', args, () => {
          d.subject = subject;
          return ok();
        });
      },
    },
    body,
    to: recipients('to'),
    cc: recipients('cc'),
    bcc: recipients('bcc'),
    removeAttachmentAsync(id: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, false);
      const attachmentId = requireString('attachmentId', id);
      maxLength('attachmentId', attachmentId, 200);
      host.answer('removeAttachmentAsync', args, () => {
        const i = d.attachments.findIndex((a) => a.id === attachmentId);
        const removed = d.attachments[i];
        if (!removed) return fail(ERR.invalidAttachmentId);
        d.attachments.splice(i, 1);
        env.fireItemEvent(EventType.AttachmentsChanged, {
          attachmentStatus: MailboxEnums.AttachmentStatus.Removed,
          attachmentDetails: composeAttachmentDetails(removed),
        });
        return ok();
      });
    },
  };

  since(host, item, '1.2', {
    getSelectedDataAsync(coercionType: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, true);
      if (coercionType !== CoercionType.Text && coercionType !== CoercionType.Html)
        throw sysError('Sys.ArgumentException', 'coercionType');
      // Nothing is selected in the emulated compose window.
      host.answer('getSelectedDataAsync', args, () =>
        ok({ data: '', sourceProperty: MailboxEnums.SourceProperty.Body }),
      );
    },
    setSelectedDataAsync: writeBody('setSelectedDataAsync', 'prepend'),
  });
  since(host, item, '1.3', {
    saveAsync(...rest: unknown[]): void {
      const args = parseCommonArgs(rest, false);
      host.answer('saveAsync', args, () => {
        d.itemId ??= ewsId('item', `draft:${d.seed}`);
        return ok(d.itemId);
      });
    },
  });
  since(host, item, '1.7', {
    from: {
      getAsync: getter(env, 'from.getAsync', () => ok(details(d.from, null))),
    },
    ...handlerMembers(env, rt, true),
  });
  since(host, item, '1.8', {
    conversationId: d.conversationId ?? null,
    getAttachmentsAsync: getter(env, 'getAttachmentsAsync', () =>
      ok(d.attachments.map(composeAttachmentDetails)),
    ),
    getAttachmentContentAsync: getAttachmentContentAsync(env, () => d.attachments),
    addFileAttachmentFromBase64Async(base64: unknown, name: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, false);
      const encoded = requireString('base64Encoded', base64);
      if (typeof name !== 'string' || name === '')
        throw sysError('Sys.ArgumentException', 'attachmentName');
      maxLength('attachmentName', name, 255);
      const isInline = Boolean(args.options?.['isInline']);
      host.answer('addFileAttachmentFromBase64Async', args, () => {
        if (encoded.length > MAX_BASE64_CHARS) return fail(ERR.attachmentSizeExceeded);
        const bytes = decodeBase64(encoded);
        if (bytes === null) return fail(9002);
        if (bytes.length > MAX_ATTACHMENT_BYTES) return fail(ERR.attachmentSizeExceeded);
        if (d.attachments.length >= MAX_ATTACHMENTS) return fail(ERR.numberOfAttachmentsExceeded);
        d.added += 1;
        const [record] = settleAttachments(
          [{ attachmentType: 'file', name, bytes, isInline } satisfies AttachmentState],
          `${d.seed}:added:${d.added}`,
        );
        if (!record) return fail(9007);
        d.attachments.push(record);
        env.fireItemEvent(EventType.AttachmentsChanged, {
          attachmentStatus: MailboxEnums.AttachmentStatus.Added,
          attachmentDetails: composeAttachmentDetails(record),
        });
        return ok(record.id);
      });
    },
    getItemIdAsync: getter(env, 'getItemIdAsync', () =>
      d.itemId === undefined ? fail(ERR.itemNotSaved) : ok(d.itemId),
    ),
    internetHeaders: internetHeaders(env, d),
  });
  since(host, item, '1.10', {
    getComposeTypeAsync: getter(env, 'getComposeTypeAsync', () =>
      ok({ composeType: d.composeType, coercionType: d.bodyType }),
    ),
    isClientSignatureEnabledAsync: getter(env, 'isClientSignatureEnabledAsync', () =>
      ok(d.clientSignatureEnabled),
    ),
    disableClientSignatureAsync: getter(env, 'disableClientSignatureAsync', () => {
      d.clientSignatureEnabled = false;
      return ok();
    }),
  });
  since(host, item, '1.11', { sessionData: sessionData(env, d) });
  since(host, item, '1.14', { inReplyTo: d.inReplyTo ?? null });
  commonMembers(env, rt, item);
  return item;
}

function headerNames(list: unknown): string[] {
  if (list === null || list === undefined)
    throw sysError('Sys.ArgumentException', 'internetHeaders');
  if (!Array.isArray(list)) throw sysError('Sys.ArgumentTypeException', 'internetHeaders');
  if (list.length === 0) throw sysError('Sys.ArgumentException', 'internetHeaders');
  return list.map((n: unknown) => requireString('internetHeaders', n));
}

function internetHeaders(env: ItemEnv, d: ComposeData): Record<string, unknown> {
  const { host } = env;
  const find = (name: string): string | undefined =>
    Object.keys(d.internetHeaders).find((k) => k.toLowerCase() === name.toLowerCase());
  return {
    getAsync(names: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, true);
      const wanted = headerNames(names);
      host.answer('internetHeaders.getAsync', args, () => {
        const out: Record<string, string> = {};
        for (const n of wanted) {
          const k = find(n);
          if (k !== undefined) out[n] = d.internetHeaders[k] as string;
        }
        return ok(out);
      });
    },
    setAsync(headers: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, false);
      if (headers === null || headers === undefined)
        throw sysError('Sys.ArgumentNullException', 'internetHeaders');
      const entries = Object.entries(headers as Record<string, unknown>);
      if (entries.length === 0) throw sysError('Sys.ArgumentException', 'internetHeaders');
      for (const [k, v] of entries) {
        requireString('internetHeaders', k);
        if (typeof v !== 'string') throw sysError('Sys.ArgumentTypeException', 'internetHeaders');
        if (k.length + v.length > 998) throw sysError('Sys.ArgumentOutOfRangeException', k);
      }
      host.answer('internetHeaders.setAsync', args, () => {
        for (const [k, v] of entries) d.internetHeaders[find(k) ?? k] = v as string;
        return ok();
      });
    },
    removeAsync(names: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, false);
      const wanted = headerNames(names);
      host.answer('internetHeaders.removeAsync', args, () => {
        for (const n of wanted) {
          const k = find(n);
          if (k !== undefined) delete d.internetHeaders[k];
        }
        return ok();
      });
    },
  };
}

/**
 * Mailbox 1.11 session data. Outlook does not document what getAsync answers
 * for a name that was never set; the emulator fails with GenericResponseError.
 */
function sessionData(env: ItemEnv, d: ComposeData): Record<string, unknown> {
  const { host } = env;
  return {
    getAsync(name: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, true);
      const key = requireString('name', name);
      host.answer('sessionData.getAsync', args, () =>
        key in d.sessionData ? ok(d.sessionData[key]) : fail(ERR.genericResponseError),
      );
    },
    getAllAsync: getter(env, 'sessionData.getAllAsync', () => ok({ ...d.sessionData })),
    setAsync(name: unknown, value: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, false);
      const key = requireString('name', name);
      if (typeof value !== 'string') throw sysError('Sys.ArgumentTypeException', 'value');
      host.answer('sessionData.setAsync', args, () => {
        d.sessionData[key] = value;
        return ok();
      });
    },
    removeAsync(name: unknown, ...rest: unknown[]): void {
      const args = parseCommonArgs(rest, false);
      const key = requireString('name', name);
      host.answer('sessionData.removeAsync', args, () => {
        delete d.sessionData[key];
        return ok();
      });
    },
    clearAsync(...rest: unknown[]): void {
      const args = parseCommonArgs(rest, false);
      host.answer('sessionData.clearAsync', args, () => {
        d.sessionData = {};
        return ok();
      });
    },
  };
}

/** The body with appendOnSend text added, as it leaves. */
export function bodyAsSent(d: ComposeData): string {
  if (d.appendOnSend.length === 0) return d.body;
  const extra = d.appendOnSend.join('');
  return d.bodyType === 'html' ? appendHtml(d.body, extra) : d.body + extra;
}
