/**
 * Ports: what core and the surfaces need from a host, declared here and
 * implemented by `src/host/office` over Office.js (and by plain objects in
 * tests). No Office types.
 */
import type { FilingJournalPort } from './archive/journal-port';
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
  /**
   * The message as it would go now, for filing it before it is sent (R19):
   * every attachment whole, and the HTML body where the form has one.
   * Hosts that cannot give it leave it out.
   */
  draft?(): Promise<ComposeDraft>;
  /**
   * The record reference "Journalfør før sending" keeps on the draft (an
   * internet header, which Exchange keeps on the Sent Items copy), so that a
   * reply is found in the case however the subject is edited, and a reload
   * knows the draft is filed. Loaded when asked for; hosts that cannot keep
   * it leave it out.
   */
  caseMark?(): Promise<DraftCaseMark>;
}

/** The record reference kept on the draft being written. */
export interface DraftCaseMark {
  /** The reference kept, or null when there is none. */
  get(): Promise<string | null>;
  set(reference: string): Promise<void>;
  /**
   * The registry mailbox: the registrar the draft was sent to unchanged, and
   * when, kept on the draft (a second header) so that a reload does not send
   * it again; null when it was not.
   */
  sentTo?(): Promise<DraftSentTo | null>;
  setSentTo?(sent: DraftSentTo): Promise<void>;
}

/** Where a draft went for the registrar to file, and when. */
export interface DraftSentTo {
  readonly to: string;
  /** An ISO instant, or '' when not known. */
  readonly at: string;
}

/** A message being written, whole: what "Journalfør før sending" files. */
export interface ComposeDraft {
  /** As the send check reads it, but with every attachment's bytes whole. */
  readonly snapshot: ComposeSnapshot;
  readonly html: string | null;
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
  /**
   * Open a reply to the message (Outlook's reply form, to the sender), its
   * body `html` above the quoted original. Rejects when the host could not
   * open it; hosts that cannot reply leave it out.
   */
  replyForm?(html: string): Promise<void>;
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

// ---------------------------------------------------------------------------
// Archive connectors (R5, R26): Noark 5, the registry mailbox and SharePoint
// implement this one interface in src/services/archive; the filing panel
// only sees it.

/** A case (saksmappe, ärende) as the filing panel shows and chooses it. */
export interface ArchiveCase {
  /** The archive's own id for it (systemID, folder id). */
  readonly id: string;
  /** The number people use: "2026/123". */
  readonly number: string;
  readonly title: string;
}

/** One document to file: the message itself (.eml) first, then its attachments. */
export interface ArchiveDocument {
  readonly name: string;
  readonly mimeType: string;
  readonly size: number;
  readonly role: 'main' | 'attachment';
  /** The bytes, in pieces, read again from the start on every call (a resumed upload). */
  chunks(): AsyncIterable<Uint8Array>;
  /** The whole content, when it is in memory already: hashed by the platform, never copied. */
  readonly bytes?: Uint8Array;
  /**
   * Our own document with draft markers, filed on purpose as not finished
   * (Noark 5 dokumentstatus B, "under redigering"); absent or false: finished.
   */
  readonly draft?: boolean;
}

export interface ArchiveParty {
  readonly name: string;
  readonly address: string;
  readonly role: 'sender' | 'recipient';
}

export interface FilingRequest {
  /**
   * The external id the record carries, so that it is never filed twice:
   * the message's Internet-Message-ID, or (a different message reusing a
   * known Message-ID) one derived from it and the fingerprint.
   */
  readonly messageId: string;
  /** The message's fingerprint (core/archive/identity), kept with the record to tell messages apart. */
  readonly fingerprint?: string;
  /**
   * Where the message is: its mailbox and its own Internet-Message-ID (the
   * external id above may be derived from it). The registry mailbox's
   * forward names them, so that the registrar's registration marks it there.
   */
  readonly source?: { readonly mailbox: string; readonly internetMessageId?: string };
  readonly case:
    | { readonly kind: 'existing'; readonly case: ArchiveCase }
    | { readonly kind: 'new'; readonly title: string };
  /** I incoming, U outgoing, N internal note. */
  readonly documentType: 'I' | 'U' | 'N';
  /** Checked with core/archive checkTitle before it gets here. */
  readonly title: string;
  readonly restriction?: {
    readonly code: string;
    readonly basis: string;
    /**
     * Words the public journal must not show (a name, say): replaced in the
     * public title, and a party whose name or address has one is screened.
     */
    readonly screenedWords?: readonly string[];
  };
  readonly parties: readonly ArchiveParty[];
  readonly documents: readonly ArchiveDocument[];
  /** When the message was received or sent, an ISO instant. */
  readonly date: string;
}

export type FilingOutcome =
  | {
      readonly kind: 'filed';
      /** The record's reference, e.g. "2026/123-4". */
      readonly reference: string;
      readonly case: ArchiveCase;
    }
  /** Found by its external id: nothing was filed again. */
  | { readonly kind: 'already-filed'; readonly reference: string }
  /**
   * The registry mailbox: the original went to the registrar, who files it
   * (the case number, when the user gave one, is the reference so far).
   */
  | {
      readonly kind: 'forwarded';
      readonly to: string;
      readonly reference?: string;
      /** True when an earlier forward was found and nothing was sent again. */
      readonly earlier: boolean;
      /** When it was sent (ISO instant), when known. */
      readonly at?: string;
    };

export interface FilingProgress {
  readonly step: 'case' | 'record' | 'documents';
  /** Bytes uploaded so far of `totalBytes`. */
  readonly bytes: number;
  readonly totalBytes: number;
}

/** A record the archive holds, complete, under an external id. */
export interface FiledRecord {
  /** Its reference ("2026/123-4"; the registry mailbox: the case number given, else its address). */
  readonly reference: string;
  /** The fingerprint kept with it, or null where it was filed without one. */
  readonly fingerprint: string | null;
}

export interface ArchiveConnector {
  readonly kind: 'noark5' | 'registry-mailbox' | 'sharepoint';
  /** Cases by number ("2026/123") or words of the title; empty where the archive cannot search. */
  searchCases(query: string): Promise<readonly ArchiveCase[]>;
  /**
   * The record already filed, complete, with this external id, or null.
   * A lookup that fails throws: it is never answered "not found".
   */
  findFiled(messageId: string): Promise<FiledRecord | null>;
  /**
   * File the message. Resumes from the journal (what an earlier attempt,
   * in any pane, recorded on the item) and records each creating step in
   * it before and after; resolves only when the archive confirmed every
   * document.
   */
  file(
    request: FilingRequest,
    onProgress?: (p: FilingProgress) => void,
    journal?: FilingJournalPort,
  ): Promise<FilingOutcome>;
}
