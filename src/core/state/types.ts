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
  /**
   * R13: a hold ("Innsynskrav pågår – må ikkje slettast", or evidence of a
   * threat). While it is on, nothing disposes of the message: no deletion,
   * no "remove after filing" reminder. Who placed it, and when.
   */
  readonly hold?: Hold;
  /** R13: the last hold lifted, by whom and when (kept until another is placed). */
  readonly holdLifted?: Stamp;
  /** R13: of little or temporary importance; may be deleted from this day (`YYYY-MM-DD`, the organisation's time zone). */
  readonly disposableFrom?: string;
  /** R11: kept as evidence in the mailbox's evidence folder. */
  readonly evidence?: Evidence;
  /** R11: the manager (or the profile's security contact) was sent the message, once. */
  readonly notified?: Notified;
  /** R9: answered from the template and rejected, because it needs a signature. */
  readonly rejected?: Rejected;
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

/** Who did something, and when (an ISO instant, UTC). */
export interface Stamp {
  readonly by: Person;
  readonly at: string;
}

/** Why a message must not be disposed of. */
export const HOLD_REASONS = ['access-request', 'evidence'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

export interface Hold extends Stamp {
  readonly reason: HoldReason;
}

export interface Evidence extends Stamp {
  /** The SHA-256 of the original's MIME (.eml), hex: what was kept is what arrived. */
  readonly sha256: string;
}

export interface Notified extends Stamp {
  /** Whom the message was sent to: the manager, or the profile's security contact. */
  readonly to: string;
}

export const REJECT_REASONS = ['signature-required'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface Rejected extends Stamp {
  readonly reason: RejectReason;
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
  'hold',
  'holdLifted',
  'disposableFrom',
  'evidence',
  'notified',
  'rejected',
] as const;
export type StateField = (typeof STATE_FIELDS)[number];

/** A message nobody has touched yet. */
export const NEW_STATE: ItemState = Object.freeze({ status: 'new' });
