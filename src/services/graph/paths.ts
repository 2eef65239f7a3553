/**
 * Where Graph has a message: `/users/{mailbox}/messages/{id}` for a message
 * in a mailbox named by its address (a shared one, or the user's own as
 * Outlook names it), `/me/messages/{id}` for one the signed-in user's own
 * mailbox holds without a name (drafts, Sent Items). Each part
 * percent-encoded: REST ids carry `/`, `+` and `=`.
 */

export interface MessageAt {
  /** The mailbox's address; none for the signed-in user's own (`/me`). */
  readonly mailbox?: string;
  /** The message's REST id. */
  readonly restId: string;
}

/** A mailbox by its address, or the signed-in user's own (`/me`). */
export function mailboxPath(mailbox?: string): string {
  return mailbox !== undefined ? `/users/${encodeURIComponent(mailbox)}` : '/me';
}

export function messagePath(at: MessageAt): string {
  return `${mailboxPath(at.mailbox)}/messages/${encodeURIComponent(at.restId)}`;
}
