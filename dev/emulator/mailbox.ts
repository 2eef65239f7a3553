/**
 * The sample mailbox (dev/mailbox): its index, and .eml messages turned into
 * read-mode items for the emulator. Parsing goes through core's `parseEml`,
 * the same code the command line uses; core's MIME reader gives what the
 * message model leaves out (the HTML body, Reply-To, Content-IDs).
 */
import type { Lang } from '../../src/core/model';
import type { Address } from '../../src/core/message';
import { parseEml } from '../../src/core/mime/eml';
import { readMime } from '../../src/core/mime/read';
import { encodeUtf8 } from '../../src/core/text/utf8';
import { normalizeSubject } from './read';
import type { AttachmentState, EmailAddress, MailboxIdentity, ReadItemState } from './types';
import { ewsId } from './util';

/** One mailbox of the sample: a person's own, or an organisation's function mailbox. */
export interface SampleMailbox {
  /** Short id used by messages, e.g. `ha-post`. */
  readonly id: string;
  /** The profile (profiles/<id>.json) the mailbox belongs to. */
  readonly profile: string;
  readonly address: string;
  readonly displayName: string;
  readonly kind: 'personal' | 'shared';
  /** For a shared mailbox: the personal mailbox (by id) of the user who has it open. */
  readonly openedBy?: string;
  readonly language: Lang;
}

export type SampleFolder = 'inbox' | 'sent';

export interface SampleMessage {
  /** Path of the .eml file, relative to dev/mailbox. */
  readonly file: string;
  /** The mailbox (by id) the message is in. */
  readonly mailbox: string;
  readonly folder: SampleFolder;
  readonly language: Lang;
  /** What the message is there to show, e.g. `citizen-request`, `national-id`, `threat`. */
  readonly tags: readonly string[];
}

export interface SampleMailboxIndex {
  readonly mailboxes: readonly SampleMailbox[];
  readonly messages: readonly SampleMessage[];
}

/** The identity to give EmulatorOptions.mailbox (and .user) for a sample mailbox. */
export function sampleIdentity(
  index: SampleMailboxIndex,
  mailboxId: string,
): { mailbox: MailboxIdentity; user: { emailAddress: string; displayName: string } } {
  const mb = index.mailboxes.find((m) => m.id === mailboxId);
  if (!mb) throw new Error(`No sample mailbox ${mailboxId}`);
  const owner = mb.openedBy ? index.mailboxes.find((m) => m.id === mb.openedBy) : mb;
  return {
    mailbox: { emailAddress: mb.address, displayName: mb.displayName, kind: mb.kind },
    user: { emailAddress: (owner ?? mb).address, displayName: (owner ?? mb).displayName },
  };
}

function emailAddress(a: Address): EmailAddress {
  return a.name ? { emailAddress: a.address, displayName: a.name } : { emailAddress: a.address };
}

function mimeAddresses(list: readonly Address[]): EmailAddress[] {
  return list.filter((a) => a.address !== '').map(emailAddress);
}

/** The header block of a message, as getAllInternetHeadersAsync returns it. */
export function headerBlock(raw: string): string {
  const m = /\r?\n\r?\n/.exec(raw);
  return m ? raw.slice(0, m.index) + '\r\n' : raw;
}

function firstMessageId(value: string | undefined): string | undefined {
  return /<[^<>\s]+>/.exec(value ?? '')?.[0];
}

function asText(raw: Uint8Array | string): string {
  return typeof raw === 'string' ? raw : new TextDecoder('utf-8').decode(raw);
}

export interface EmlOptions {
  /** Seed for the item id (e.g. the file name); default: the Message-ID. */
  readonly id?: string;
}

/** An .eml message as the emulator's read-mode item. */
export async function readItemFromEml(
  raw: Uint8Array | string,
  options: EmlOptions = {},
): Promise<ReadItemState> {
  const message = await parseEml(raw);
  const mime = readMime(typeof raw === 'string' ? encodeUtf8(raw) : raw, { keepHtml: true });
  const text = asText(raw);
  const seed = options.id ?? message.messageId ?? message.subject;
  const root =
    firstMessageId(mime.references) ?? firstMessageId(mime.inReplyTo) ?? message.messageId ?? seed;
  const attachments: AttachmentState[] = [];
  for (const [i, a] of message.attachments.entries()) {
    const extra = mime.attachments[i];
    const bytes = a.bytes ?? new Uint8Array(0);
    const common = {
      ...(a.inline ? { isInline: true } : {}),
      ...(extra?.contentId ? { contentId: extra.contentId.replace(/^<|>$/g, '') } : {}),
    };
    if (a.contentType === 'message/rfc822') {
      const eml = asText(bytes);
      // Outlook names an attached item by its subject.
      const inner = await parseEml(bytes).catch(() => null);
      const name = inner?.subject || a.name.replace(/\.eml$/i, '');
      attachments.push({ attachmentType: 'item', name, eml, ...common });
    } else {
      attachments.push({
        attachmentType: 'file',
        name: a.name,
        bytes,
        ...(a.contentType !== undefined ? { contentType: a.contentType } : {}),
        ...common,
      });
    }
  }
  const replyTo = mimeAddresses(mime.replyTo);
  return {
    mode: 'read',
    itemId: ewsId('item', seed),
    subject: message.subject,
    from: message.from ? emailAddress(message.from) : null,
    to: message.to.map(emailAddress),
    cc: message.cc.map(emailAddress),
    ...(replyTo.length > 0 ? { replyTo } : {}),
    dateTimeCreated: message.receivedAt ?? new Date(0),
    internetMessageId:
      message.messageId ?? `<${ewsId('item', seed).slice(6, 22)}@emulator.invalid>`,
    conversationId: ewsId('conversation', `${root}:${normalizeSubject(message.subject)}`),
    body: { text: message.body, ...(mime.html ? { html: mime.html } : {}) },
    attachments,
    headers: headerBlock(text),
  };
}
