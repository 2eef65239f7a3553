/**
 * What a received message is about, as the case panel, the filing form and
 * the notification mail repeat it: read once from the message, no React.
 */
import type { IncomingMessage } from '../core/message';
import type { Finding } from '../core/model';

/** What the message is about, as the notification mail repeats it. */
export interface MessageFacts {
  readonly subject: string;
  /** The sender as shown: "Name <address>" or the address. */
  readonly from?: string;
  /** Received, an instant (ms); the mail shows its date in the organisation's zone. */
  readonly receivedAt?: number;
  /** The sender's and the recipients' addresses (the document type a filing suggests). */
  readonly fromAddress?: string;
  readonly recipients?: readonly string[];
  /** The attachments a user can choose to file (inline images left out). */
  readonly attachments?: readonly { readonly name: string; readonly size: number }[];
  /** Sender and recipients with their display names: a private person among them is screened. */
  readonly people?: readonly { readonly name: string; readonly address: string }[];
  /** What the engine found that asks for an access restriction (the filing form suggests it). */
  readonly sensitive?: readonly Finding[];
}

export function factsOf(message: IncomingMessage): MessageFacts {
  const from = message.from;
  const sender = from ? (from.name ? `${from.name} <${from.address}>` : from.address) : '';
  const received = message.receivedAt?.getTime();
  return {
    subject: message.subject,
    ...(sender ? { from: sender } : {}),
    ...(received !== undefined && Number.isFinite(received) ? { receivedAt: received } : {}),
    ...(from ? { fromAddress: from.address } : {}),
    recipients: [...message.to, ...message.cc].map((a) => a.address),
    attachments: message.attachments
      .filter((a) => a.inline !== true)
      .map((a) => ({ name: a.name, size: a.size })),
    people: [...(from ? [from] : []), ...message.to, ...message.cc]
      .filter((a) => (a.name ?? '') !== '')
      .map((a) => ({ name: a.name ?? '', address: a.address })),
  };
}
