/**
 * What a filing says, as keys and values rather than sentences: the use
 * cases (filing session, journal view) hold these, and the pane puts them in
 * the user's language (taskpane/filing/filingText), where every key is
 * checked against the catalog by the compiler.
 */
import type { Status } from '../core/state';

/** The sentences a filing's state may hold, by their key in the pane's catalog. */
export type FilingTextKey =
  | 'filing.done'
  | 'filing.done.no-case'
  | 'filing.already'
  | 'filing.already.unknown'
  | 'filing.forwarded'
  | 'filing.forwarded.earlier'
  | 'filing.forwarded.earlier.date'
  | 'filing.reused-id'
  | 'filing.resumed'
  | 'filing.marked'
  | 'filing.marked.sent'
  | 'filing.subject'
  | 'filing.subject-failed'
  | 'filing.mark-failed'
  | 'filing.failed.title'
  | 'filing.failed.safe'
  | 'filing.failed.missing'
  | 'filing.failed.unreadable'
  | 'filing.in-progress'
  | 'filing.taken-over'
  | 'filing.draft.attachment'
  | 'filing.draft.unavailable'
  | 'filing.unfinished.begun'
  | 'filing.unfinished.case'
  | 'filing.unfinished.record'
  | 'filing.unfinished.documents'
  | 'filing.unfinished.nothing';

/**
 * A value in a sentence: text and numbers as they are; an instant, a status
 * and a failure as the pane writes them in the user's language.
 */
export type FilingParam =
  | string
  | number
  | { readonly instant: string }
  | { readonly status: Status }
  | { readonly failure: unknown };

/** One sentence: its key and its values. */
export interface FilingText {
  readonly key: FilingTextKey;
  readonly params?: Readonly<Record<string, FilingParam>>;
}

/** A line of a note: a sentence, or a failure the pane describes. */
export type FilingLine = FilingText | { readonly failure: unknown };
