/**
 * Messages as core sees them: plain data, whatever the host (Office.js, an
 * .eml file, the workbench) they came from.
 */

export interface Address {
  readonly address: string;
  readonly name?: string;
}

export interface MessageAttachment {
  readonly name: string;
  readonly contentType?: string;
  /** Size in bytes as the host reports it (may exceed bytes.length when truncated). */
  readonly size: number;
  /** The content, or the first part of it when the host had to cut it. */
  readonly bytes?: Uint8Array;
  readonly inline?: boolean;
  /**
   * Why there are no bytes, when the host gave none: `time` (the send check's
   * time was up before they were fetched), `failed` (the host could not give
   * them), `link` (a cloud attachment: only a link travels with the message).
   */
  readonly unread?: 'time' | 'failed' | 'link';
}

/** A message being written, as the send check sees it (R2, R14–R20). */
export interface ComposeSnapshot {
  /** The mailbox the message leaves from (item.from), never a display name. */
  readonly from: Address;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  readonly bcc: readonly Address[];
  readonly subject: string;
  /** Body as plain text. */
  readonly body: string;
  readonly attachments: readonly MessageAttachment[];
  /** Protected by sensitivity label / message encryption. */
  readonly encrypted?: boolean;
  /** Set when this is a reply or forward. */
  readonly replyTo?: {
    /** The mailbox the original message was received in. */
    readonly receivedIn?: string;
    readonly replyAll?: boolean;
    /** How many addresses the original had in To and Cc. */
    readonly originalRecipients?: number;
  };
}

/** A received message (R4, R8, R10–R13). */
export interface IncomingMessage {
  readonly from: Address | null;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  readonly subject: string;
  /** Plain text of the body (HTML already turned into text). */
  readonly body: string;
  readonly attachments: readonly MessageAttachment[];
  /** Header names in lower case; the first value of each. */
  readonly headers: Readonly<Record<string, string>>;
  /** When the organisation's server received it. */
  readonly receivedAt: Date | null;
  readonly messageId?: string;
  /** The mailbox it was received in, when known. */
  readonly mailbox?: string;
}

/** What attachment inspection needs from a message attachment. */
export function inspectionInput(att: MessageAttachment): {
  name: string;
  bytes: Uint8Array;
  size: number;
  contentType?: string;
} {
  return {
    name: att.name,
    bytes: att.bytes ?? new Uint8Array(0),
    size: att.size,
    ...(att.contentType !== undefined ? { contentType: att.contentType } : {}),
  };
}
