/**
 * The case-handling state of one received message, shared by everyone who
 * works in the mailbox (R6, R7, R8): who it is assigned to, how far it has
 * come, its class and its answer-by date. It lives on the message itself
 * (see properties.ts), so every user of a function mailbox and every Outlook
 * client sees the same.
 */
import type { MessageClass } from '../classify/classify';

/**
 * Ny → Under behandling → Ferdig (seed 001: "Når meldinger er ferdig
 * behandlet eller overført til WebSak skal de settes i status «Ferdig»").
 * `sent-to-registrar` is reached only by sending the message to the registry
 * mailbox (R26): it is then with the registrar, not yet in the archive.
 * `archived` is only reached by archiving the message into the case system,
 * or when the registrar records the registration number.
 */
export const STATUSES = ['new', 'in-progress', 'done', 'sent-to-registrar', 'archived'] as const;
export type Status = (typeof STATUSES)[number];

/** A user, as the directory names them. `address` is the stable key; `name` is for people. */
export interface Person {
  readonly address: string;
  readonly name: string;
}

/** The message's class (R4) and whether a person has confirmed or chosen it. */
export interface ClassState {
  readonly value: MessageClass;
  /** false: the classifier's suggestion; true: confirmed or overridden by a person. */
  readonly confirmed: boolean;
}

export interface ItemState {
  readonly status: Status;
  /** "Tildelt til" (seed 001). */
  readonly assignee?: Person;
  readonly class?: ClassState;
  /** Answer by this day (R8), `YYYY-MM-DD` in the organisation's time zone. */
  readonly due?: string;
  /** The case system's reference once archived, e.g. "2026/123-4". */
  readonly archiveRef?: string;
  /**
   * The registry mailbox the message was sent to, and when (R26). Kept once
   * archived: the registrar registered it.
   */
  readonly sentTo?: SentTo;
  /**
   * On a message sent on to the registry mailbox: the original's mailbox,
   * when the registrar recorded the registration but could not mark the
   * original there (no access, or it was gone).
   */
  readonly originalUnmarked?: string;
  /** Who made the last change; "Ferdig" is recorded by whoever finished the message. */
  readonly updatedBy?: Person;
  /** When the last change was made, an ISO instant (UTC). */
  readonly updatedAt?: string;
}

/** Where and when a message went to the registrar. */
export interface SentTo {
  /** The registry mailbox's address. */
  readonly address: string;
  /** When it was sent, an ISO instant (UTC). */
  readonly at: string;
}

/** The fields a person changes; `updatedBy`/`updatedAt` are bookkeeping. */
export const STATE_FIELDS = [
  'status',
  'assignee',
  'class',
  'due',
  'archiveRef',
  'sentTo',
  'originalUnmarked',
] as const;
export type StateField = (typeof STATE_FIELDS)[number];

/** A message nobody has touched yet. */
export const NEW_STATE: ItemState = Object.freeze({ status: 'new' });
