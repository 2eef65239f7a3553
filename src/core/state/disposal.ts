/**
 * R13: may the mail copy of a message be deleted now? One rule for the pane,
 * the app layer (which asks again right before it moves the message) and
 * the oversight.
 *
 * - Never while a hold is on: the property, or a hold category someone set
 *   by hand in Outlook ("Innsynskrav pågår – må ikkje slettast", "Bevis").
 * - After CONFIRMED filing (status archived): the case system has the
 *   message, the mail copy may go (seed 001: remove it after filing).
 * - Not archived: only when marked disposable and the day has come (seed
 *   003: mail of little or temporary importance may be deleted). A message
 *   sent to the registrar is not filed yet: it waits.
 */
import { compareLocalDates, parseLocalDate } from '../calendar/local-date';
import type { LocalDate } from '../calendar/local-date';
import type { ItemState } from './types';

export type DeletionGround = 'archived' | 'disposable';
export type DeletionBlock = 'on-hold' | 'not-archived' | 'not-yet';

export type Deletion =
  | { readonly ok: true; readonly ground: DeletionGround }
  | { readonly ok: false; readonly block: DeletionBlock };

export interface DeletionContext {
  /** Today in the organisation's time zone. */
  readonly today: LocalDate;
  /** A hold category is on the message (categoryHints(...).held). */
  readonly heldByCategory?: boolean;
}

export function mayDelete(state: ItemState, ctx: DeletionContext): Deletion {
  if (state.hold || ctx.heldByCategory === true) return { ok: false, block: 'on-hold' };
  if (state.status === 'archived') return { ok: true, ground: 'archived' };
  if (state.disposableFrom === undefined || state.status === 'sent-to-registrar') {
    return { ok: false, block: 'not-archived' };
  }
  const from = parseLocalDate(state.disposableFrom);
  if (from === null) return { ok: false, block: 'not-archived' };
  return compareLocalDates(ctx.today, from) >= 0
    ? { ok: true, ground: 'disposable' }
    : { ok: false, block: 'not-yet' };
}

/** True when the message is disposable for the oversight: marked, and no hold on it. */
export function isDisposable(state: ItemState): boolean {
  return state.disposableFrom !== undefined && !state.hold;
}
