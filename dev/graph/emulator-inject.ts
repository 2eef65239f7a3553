/**
 * A message delivered through the Graph emulator's control endpoint
 * (emulator.ts, `_emulator/mailboxes/<address>/messages`): its fields
 * checked and turned into a new message for the store.
 */

import { readExtendedProperty } from './props';
import { FOLDERS } from './store';
import type { Recipient, GraphStore } from './store';
import type { WellKnownFolder } from './store-records';

// ---------------------------------------------------------------- injected messages

export class InjectError extends Error {}

function injectedRecipient(v: unknown): Recipient {
  if (typeof v === 'string') return { name: v, address: v };
  const e = (v as { emailAddress?: unknown } | null)?.emailAddress ?? v;
  const { address, name } = (e ?? {}) as { address?: unknown; name?: unknown };
  if (typeof address !== 'string' || !address.includes('@')) {
    throw new InjectError('A recipient needs an address (a string, or { name, address }).');
  }
  return { name: typeof name === 'string' ? name : address, address };
}

/**
 * A message to deliver through the controls:
 * `{ subject, from, toRecipients?, ccRecipients?, receivedDateTime?, body?, folder?,
 *    internetMessageId?, itemId?, categories?, isRead?, singleValueExtendedProperties?,
 *    internetMessageHeaders? }`.
 * `internetMessageHeaders` (`[{ name, value }]`) are the headers the sender's client
 * wrote (In-Reply-To, References, x-…): any name, as mail from the internet has them.
 * `body` is text, or `{ contentType, content }`; `itemId` is the Office (EWS) item
 * id when the workbench shows the same message.
 */
export function readInjected(raw: unknown, now: Date): Parameters<GraphStore['addMessage']>[1] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InjectError('Send a JSON object describing the message.');
  }
  const r = raw as Record<string, unknown>;
  const subject = r['subject'];
  if (typeof subject !== 'string') throw new InjectError('"subject" is required.');
  const folder = (r['folder'] ?? 'inbox') as WellKnownFolder;
  if (!FOLDERS.includes(folder))
    throw new InjectError(`"folder" must be one of ${FOLDERS.join(', ')}.`);
  const received =
    r['receivedDateTime'] === undefined ? now.getTime() : Date.parse(String(r['receivedDateTime']));
  if (Number.isNaN(received)) throw new InjectError('"receivedDateTime" is not a date and time.');
  let text = '';
  let html: string | null = null;
  const body = r['body'];
  if (typeof body === 'string') text = body;
  else if (typeof body === 'object' && body !== null) {
    const b = body as { contentType?: unknown; content?: unknown };
    if (typeof b.content !== 'string') throw new InjectError('"body.content" must be a string.');
    if (String(b.contentType).toLowerCase() === 'html') html = b.content;
    else text = b.content;
  }
  const list = (k: string): Recipient[] =>
    Array.isArray(r[k]) ? (r[k] as unknown[]).map(injectedRecipient) : [];
  const strings = (k: string): string[] =>
    Array.isArray(r[k])
      ? (r[k] as unknown[]).filter((x): x is string => typeof x === 'string')
      : [];
  const headers = Array.isArray(r['internetMessageHeaders'])
    ? (r['internetMessageHeaders'] as unknown[]).map((h) => {
        const { name, value } = (h ?? {}) as { name?: unknown; value?: unknown };
        if (typeof name !== 'string' || !/^[!-9;-~]{1,76}$/.test(name) || typeof value !== 'string')
          throw new InjectError('A header needs a name (printable, no colon) and a string value.');
        return { name, value };
      })
    : [];
  return {
    folder,
    subject,
    ...(headers.length > 0 ? { headers } : {}),
    text,
    html,
    from: r['from'] === undefined ? null : injectedRecipient(r['from']),
    toRecipients: list('toRecipients'),
    ccRecipients: list('ccRecipients'),
    receivedDateTime: received,
    sentDateTime: received,
    ...(typeof r['internetMessageId'] === 'string'
      ? { internetMessageId: r['internetMessageId'] }
      : {}),
    ...(typeof r['itemId'] === 'string' ? { itemId: r['itemId'] } : {}),
    categories: strings('categories'),
    isRead: r['isRead'] === true,
    extended: Array.isArray(r['singleValueExtendedProperties'])
      ? (r['singleValueExtendedProperties'] as unknown[]).map((p) => readExtendedProperty(p).prop)
      : [],
  };
}
