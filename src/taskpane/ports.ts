/**
 * What the task pane needs from its host, and nothing about how the host does
 * it. `src/host/office/pane.ts` implements these over Office.js; tests and
 * the workbench can implement them over plain objects. No Office types here:
 * React components receive these through props and never touch `Office`.
 */
import type { ComposeSnapshot } from '../core/message';
import type { Lang } from '../core/model';
import type { Profile } from '../core/profile/types';

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

export type PaneMode = 'compose' | 'read';

interface PaneBase {
  /** The user's language (Outlook's display language). */
  readonly lang: Lang;
  /** The organisation profile compiled into the add-in. */
  readonly profile: Profile;
}

/** Everything the pane gets from its composition root (`index.tsx` or a test). */
export type PaneContext =
  | (PaneBase & { readonly mode: 'compose'; readonly compose: ComposePort })
  | (PaneBase & { readonly mode: 'read' });

export type ComposePaneContext = Extract<PaneContext, { mode: 'compose' }>;

/** Which of Fluent's themes fits the host's colours. */
export type ThemeKind = 'light' | 'dark' | 'high-contrast';
