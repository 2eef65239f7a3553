/**
 * The vocabulary every part of Arkivpost shares. Core returns codes and
 * parameters, never sentences: text comes from the catalogs in `i18n/`.
 */

export { LANGS } from './i18n/lang';
export type { Lang } from './i18n/lang';

export const COUNTRIES = ['NO', 'SE'] as const;
export type Country = (typeof COUNTRIES)[number];

/** block: must not be sent as is; warn: the user may send anyway; info: a hint. */
export const SEVERITIES = ['block', 'warn', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What a text detector found; `category` is the family of its code. */
export const TEXT_CATEGORIES = [
  'national-id',
  'special-category',
  'confidentiality',
  'legal-form',
  'threat',
] as const;
export type TextCategory = (typeof TEXT_CATEGORIES)[number];

export type FindingCategory =
  | TextCategory
  | 'attachment'
  | 'mailbox'
  | 'practice'
  | 'scan'
  /** R19: the archive (an outgoing case document not yet journaled). */
  | 'archive';

/** Where in a message something was found. */
export type Part = 'subject' | 'body' | 'attachment-name' | 'attachment' | 'recipients' | 'from';

export type Params = Readonly<Record<string, string | number>>;

/**
 * A match in one text. `start`/`end` are UTF-16 offsets into the ORIGINAL text
 * (before normalisation), so a caller can highlight or cut exactly what the
 * user wrote, zero-width characters and all.
 */
export interface TextMatch {
  readonly code: string;
  readonly category: TextCategory;
  readonly start: number;
  readonly end: number;
  /** The original text between start and end. */
  readonly text: string;
  readonly params?: Params;
}

export interface Finding {
  readonly code: string;
  /** The profile check that raised it (see profile/types.ts CHECK_IDS). */
  readonly check?: string;
  readonly category: FindingCategory;
  readonly severity: Severity;
  readonly part: Part;
  /** Attachment name when part is `attachment` or `attachment-name`. */
  readonly attachment?: string;
  readonly start?: number;
  readonly end?: number;
  readonly text?: string;
  readonly params?: Params;
}

/** Time is injected: core never reads the system clock. */
export interface Clock {
  now(): Date;
}
