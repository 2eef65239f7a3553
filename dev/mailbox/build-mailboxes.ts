/**
 * The sample mailboxes' people and their messages as files (build.ts): the
 * mailboxes of each example profile, dates in March 2026, and one sample
 * message written as an .eml with its ids, headers and Received line.
 */

import type { SampleMailbox, SampleFolder } from '../emulator/mailbox';
import { writeMessage } from './mime';
import type { MimeAddress, MimeAttachment } from './mime';

// ---- mailboxes -------------------------------------------------------------

export const MAILBOXES: readonly SampleMailbox[] = [
  {
    id: 'ha-post',
    profile: 'ha-kommune',
    address: 'post@ha.kommune.no',
    displayName: 'Hå kommune – post',
    kind: 'shared',
    openedBy: 'ha-kari',
    language: 'nn',
  },
  {
    id: 'ha-kari',
    profile: 'ha-kommune',
    address: 'kari.nordmann@ha.kommune.no',
    displayName: 'Kari Nordmann',
    kind: 'personal',
    language: 'nn',
  },
  {
    id: 'nb-postmottak',
    profile: 'kommune-nb',
    address: 'postmottak@kommune.example.no',
    displayName: 'Postmottak',
    kind: 'shared',
    openedBy: 'nb-ola',
    language: 'nb',
  },
  {
    id: 'nb-ola',
    profile: 'kommune-nb',
    address: 'ola.nordmann@kommune.example.no',
    displayName: 'Ola Nordmann',
    kind: 'personal',
    language: 'nb',
  },
  {
    id: 'vara-kommun',
    profile: 'vara-kommun',
    address: 'vara.kommun@vara.se',
    displayName: 'Vara kommun',
    kind: 'shared',
    openedBy: 'vara-anna',
    language: 'sv',
  },
  {
    id: 'vara-anna',
    profile: 'vara-kommun',
    address: 'anna.andersson@vara.se',
    displayName: 'Anna Andersson',
    kind: 'personal',
    language: 'sv',
  },
  {
    id: 'mellerud-kommunen',
    profile: 'melleruds-kommun',
    address: 'kommunen@mellerud.se',
    displayName: 'Melleruds kommun',
    kind: 'shared',
    openedBy: 'mellerud-erik',
    language: 'sv',
  },
  {
    id: 'mellerud-erik',
    profile: 'melleruds-kommun',
    address: 'erik.johansson@mellerud.se',
    displayName: 'Erik Johansson',
    kind: 'personal',
    language: 'sv',
  },
];

export function mailbox(id: string): SampleMailbox {
  const m = MAILBOXES.find((x) => x.id === id);
  if (!m) throw new Error(`unknown mailbox ${id}`);
  return m;
}

export function me(id: string): MimeAddress {
  const m = mailbox(id);
  return { name: m.displayName, address: m.address };
}

// ---- messages --------------------------------------------------------------

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** An RFC 5322 date in March 2026 (CET, +0100). */
function march(day: number, time: string): string {
  const weekday = DAYS[new Date(Date.UTC(2026, 2, day)).getUTCDay()] ?? 'Mon';
  return `${weekday}, ${String(day).padStart(2, '0')} Mar 2026 ${time} +0100`;
}

export interface Sample {
  readonly mailbox: string;
  readonly folder?: SampleFolder;
  /** An attached message: no trace headers of its own. */
  readonly bare?: boolean;
  /** File name under the mailbox's folder, without .eml. */
  readonly name: string;
  readonly tags: readonly string[];
  readonly from: MimeAddress;
  readonly to: readonly MimeAddress[];
  readonly cc?: readonly MimeAddress[];
  readonly subject: string;
  /** Day in March 2026 and time, e.g. [2, '08:41:17']. */
  readonly at: readonly [number, string];
  readonly inReplyTo?: string;
  readonly extra?: ReadonlyArray<readonly [string, string]>;
  readonly text: string;
  readonly html?: string;
  readonly attachments?: readonly MimeAttachment[];
  readonly messages?: ReadonlyArray<{ readonly filename: string; readonly eml: string }>;
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

function messageIdOf(s: Sample): string {
  return `<${s.name}.202603${String(s.at[0]).padStart(2, '0')}@${domainOf(s.from.address)}>`;
}

function serverOf(mailboxId: string): string {
  return `mx.${domainOf(mailbox(mailboxId).address)}`;
}

export function eml(s: Sample): string {
  const mb = mailbox(s.mailbox);
  const folder = s.folder ?? 'inbox';
  const date = march(s.at[0], s.at[1]);
  // The topmost Received header is the municipality's server taking the
  // message in: by law that is when it arrived.
  const trace: Array<readonly [string, string]> =
    folder === 'inbox' && !s.bare
      ? [
          [
            'Received',
            `from mail.${domainOf(s.from.address)} (mail.${domainOf(s.from.address)} [192.0.2.25])\r\n by ${serverOf(s.mailbox)} with ESMTPS; ${date}`,
          ],
          ['Delivered-To', mb.address],
          ['Return-Path', `<${s.from.address}>`],
        ]
      : [];
  return writeMessage({
    trace,
    from: s.from,
    to: s.to,
    ...(s.cc ? { cc: s.cc } : {}),
    subject: s.subject,
    date,
    messageId: messageIdOf(s),
    ...(s.inReplyTo ? { inReplyTo: s.inReplyTo, references: s.inReplyTo } : {}),
    ...(s.extra ? { extra: s.extra } : {}),
    text: s.text,
    ...(s.html ? { html: s.html } : {}),
    ...(s.attachments ? { attachments: s.attachments } : {}),
    ...(s.messages ? { messages: s.messages } : {}),
    slug: s.name,
  });
}

export function folderOf(mb: SampleMailbox): string {
  return `${mb.profile}/${mb.address.slice(0, mb.address.indexOf('@'))}`;
}
