/**
 * The shape of the sample traffic's messages (traffic.ts), in a module of
 * its own so that the tables of messages and the generator share it.
 */
import type { ItemState } from '../../src/core/state';
import type { Recipient } from '../graph/store';

export type ArchiveSystem = 'noark5' | 'registry-mailbox' | 'sharepoint';

export interface SampleMessage {
  /** The function mailbox it is in. */
  readonly mailbox: string;
  readonly folder: 'inbox' | 'sentitems' | 'deleteditems';
  readonly internetMessageId: string;
  readonly from: Recipient;
  readonly to: readonly Recipient[];
  readonly subject: string;
  /** When it was received (sent, for Sent Items), an ISO instant. */
  readonly received: string;
  /** Someone outside the organisation is a party (sender, or a recipient of a reply). */
  readonly external: boolean;
  /**
   * Where the archive has it, as the log review's journal finds it by
   * Message-ID (null: not there as of `now`). `ref`: the journalpost's
   * registreringsID, the registrar's reference (or the registry mailbox
   * while it waits there), or SharePoint's document number.
   */
  readonly registered: null | { readonly system: ArchiveSystem; readonly ref: string };
  readonly hint?: 'ephemeral' | 'private';
  /** Arkivpost's state on it (NEW_STATE, and nothing written, for Sent Items). */
  readonly state: ItemState;
  /** The body, plain text ('' for the workbench's own). */
  readonly text: string;
  /** `workbench`: one of dev/mailbox's own messages, in the store from its seed (WORKBENCH_MAIL). */
  readonly origin?: 'workbench';
}
