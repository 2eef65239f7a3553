/**
 * Ports: what core and the surfaces need from a host, declared here and
 * implemented by `src/host/office` over Office.js (and by plain objects in
 * tests). No Office types.
 */
import type { ComposeSnapshot, IncomingMessage } from './message';

/** The message being written, as far as the pane reads and edits it. */
export interface ComposePort {
  /** Everything the compose check reads: sender, recipients, subject, body, attachments. */
  snapshot(): Promise<ComposeSnapshot>;
  /**
   * Call `listener` whenever something the check reads may have changed
   * (recipients, attachments, subject, body, sender). Returns an unsubscribe
   * function. Hosts may call it more often than needed; never less.
   */
  onChange(listener: () => void): () => void;
  /** The subject as it is now (it may have changed since the last snapshot). */
  getSubject(): Promise<string>;
  setSubject(subject: string): Promise<void>;
  /**
   * Remove the attachment with this name, as the snapshot names it. Rejects
   * with {@link AttachmentNotFound} when no such attachment is left.
   */
  removeAttachment(name: string): Promise<void>;
}

/** The attachment to remove was not there (already removed, or renamed). */
export class AttachmentNotFound extends Error {
  constructor(readonly attachment: string) {
    super(`no attachment named ${attachment}`);
    this.name = 'AttachmentNotFound';
  }
}

/** The received message the pane was opened on (read mode). */
export interface ReadPort {
  /**
   * The message as classification reads it: sender, recipients, subject,
   * body text, attachments (content bounded by the host), headers, when it
   * arrived and the mailbox it is in.
   */
  message(): Promise<IncomingMessage>;
  /**
   * Where the message lives, for reading and writing its shared state over
   * Graph; null when the host cannot say (an unsaved or unsupported item).
   */
  address(): Promise<ItemAddress | null>;
  /** The signed-in user, as the host names them. */
  user(): HostUser | null;
}

/** A message as Graph addresses it: /users/{mailbox}/messages/{restId}. */
export interface ItemAddress {
  /** The mailbox the message is in: the function mailbox's address for shared items. */
  readonly mailbox: string;
  /** The message's REST id (the host converts its own id). */
  readonly restId: string;
  /** True when the message is in a shared (function) mailbox or shared folder. */
  readonly shared: boolean;
}

/** The person using the add-in. */
export interface HostUser {
  readonly address: string;
  readonly name: string;
}

export type PaneMode = 'compose' | 'read';
