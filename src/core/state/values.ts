/**
 * Checks and comparisons for the values an ItemState holds. Everything read
 * back from a message may have been written by another version of the
 * add-in, another tool or a person, so every value is checked here.
 */
import { MESSAGE_CLASSES } from '../classify/classify';
import type { MessageClass } from '../classify/classify';
import { parseLocalDate } from '../calendar/local-date';
import type {
  ClassState,
  Evidence,
  Hold,
  HoldReason,
  Notified,
  Person,
  Rejected,
  RejectReason,
  SentTo,
  Stamp,
  Status,
} from './types';
import { HOLD_REASONS, REJECT_REASONS, STATUSES } from './types';

/** Longest name, reference or address kept; longer values are refused, not cut. */
export const MAX_TEXT = 256;

// Control characters, including the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- reason: this regex exists to find control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export function isMessageClass(value: unknown): value is MessageClass {
  return typeof value === 'string' && (MESSAGE_CLASSES as readonly string[]).includes(value);
}

/** An e-mail address as a directory holds it: one @, a dot in the domain, no spaces. */
export function isAddress(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= MAX_TEXT &&
    ADDRESS.test(value) &&
    !CONTROL.test(value)
  );
}

/** Free text we keep (names, references): non-empty, one line, not too long. */
export function isCleanText(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.trim() !== '' &&
    value.trim() === value &&
    value.length <= MAX_TEXT &&
    !CONTROL.test(value)
  );
}

/** A real calendar date written `YYYY-MM-DD`. */
export function isDueDate(value: unknown): value is string {
  return typeof value === 'string' && parseLocalDate(value) !== null;
}

/** The ISO instant normalised to `toISOString()` form, or null. */
export function normaliseInstant(value: unknown): string | null {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

export function isPerson(value: unknown): value is Person {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as { address?: unknown; name?: unknown };
  return (
    isAddress(p.address) && typeof p.name === 'string' && (p.name === '' || isCleanText(p.name))
  );
}

/** A person with surrounding spaces trimmed; the address kept as given (Exchange is case-insensitive). */
export function cleanPerson(p: Person): Person {
  return { address: p.address.trim(), name: p.name.replace(/\s+/g, ' ').trim() };
}

export function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function samePerson(a: Person | undefined, b: Person | undefined): boolean {
  if (!a || !b) return a === b;
  return sameAddress(a.address, b.address) && a.name === b.name;
}

export function sameClass(a: ClassState | undefined, b: ClassState | undefined): boolean {
  if (!a || !b) return a === b;
  return a.value === b.value && a.confirmed === b.confirmed;
}

export function sameSentTo(a: SentTo | undefined, b: SentTo | undefined): boolean {
  if (!a || !b) return a === b;
  return sameAddress(a.address, b.address) && a.at === b.at;
}

export function isHoldReason(value: unknown): value is HoldReason {
  return typeof value === 'string' && (HOLD_REASONS as readonly string[]).includes(value);
}

export function isRejectReason(value: unknown): value is RejectReason {
  return typeof value === 'string' && (REJECT_REASONS as readonly string[]).includes(value);
}

const SHA256 = /^[0-9a-f]{64}$/;

/** A SHA-256 digest written as 64 lower-case hex digits. */
export function isSha256(value: unknown): value is string {
  return typeof value === 'string' && SHA256.test(value);
}

/**
 * Two holds mean the same for the mailbox when their reason is the same:
 * two people placing the same hold at once have placed one hold.
 */
export function sameHold(a: Hold | undefined, b: Hold | undefined): boolean {
  if (!a || !b) return a === b;
  return a.reason === b.reason;
}

/** A hold lifted is a hold lifted, whoever did it first. */
export function sameLifted(a: Stamp | undefined, b: Stamp | undefined): boolean {
  return (a === undefined) === (b === undefined);
}

/** Evidence of the same original (same digest) is the same evidence. */
export function sameEvidence(a: Evidence | undefined, b: Evidence | undefined): boolean {
  if (!a || !b) return a === b;
  return a.sha256 === b.sha256;
}

/** The notice is sent once: any two records of it are the same fact. */
export function sameNotified(a: Notified | undefined, b: Notified | undefined): boolean {
  return (a === undefined) === (b === undefined);
}

export function sameRejected(a: Rejected | undefined, b: Rejected | undefined): boolean {
  if (!a || !b) return a === b;
  return a.reason === b.reason;
}

/** How a person is shown: their name, or their address when the directory has no name. */
export function displayName(p: Person): string {
  return p.name !== '' ? p.name : p.address;
}
