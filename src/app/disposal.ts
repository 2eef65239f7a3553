/**
 * R13, disposal and holds in the read pane (seed 003: "Innsynskrav pågår –
 * må ikkje slettast"; mail of little or temporary importance may be
 * deleted; seed 001: remove the mailbox copy once filed).
 *
 * - A hold ("Innsynskrav pågår – må ikkje slettast" / "Begäran om
 *   utlämnande pågår – får inte gallras") is a state action: who placed
 *   it and when, lifted with who and when. It blocks every deletion here.
 * - "Kan slettast" / "Får gallras": marked with the date from the profile
 *   (`disposal.ephemeralAfterDays` after the message arrived).
 * - "Slett e-postkopien" / "Ta bort e-postkopian": moves the message to
 *   Deleted Items, after the user confirmed, when `mayDelete` allows it:
 *   once archived (confirmed filing), or, not archived, when it is marked
 *   disposable and its date has come (seed 003 lets mail of little
 *   importance go; the mark is a person's decision, the date the profile's).
 *   Never on hold, never sent to the registrar and not yet registered.
 *
 * Another pane may place a hold at any moment. So the state is read again
 * right before the move, and the moved message is read once more after it:
 * if a hold landed in between, the message is moved back where it was, and
 * the user is told. Nothing held stays in Deleted Items because of us.
 */
import { addDays, formatLocalDate } from '../core/calendar/local-date';
import { localDateIn } from '../core/calendar/time-zone';
import type { Profile } from '../core/profile/types';
import { categoryHints, mayDelete } from '../core/state';
import type { Deletion, DeletionBlock, ItemState } from '../core/state';
import { DELETED_ITEMS, folderOf, moveMessage } from '../services/disposal';
import { GraphFailure } from '../services/graph/errors';
import { readItemState } from '../services/item-state';
import type { ItemRef, ItemSnapshot } from '../services/item-state';
import type { CaseSession } from './case-session';

/**
 * The day from which a message of little importance may be deleted: the
 * profile's `disposal.ephemeralAfterDays` after it arrived (or after today,
 * when the host does not say when it arrived), in the organisation's zone.
 */
export function suggestedDisposableFrom(
  profile: Pick<Profile, 'timeZone' | 'disposal'>,
  receivedAt: number | undefined,
  now: Date,
): string {
  const base = receivedAt !== undefined && Number.isFinite(receivedAt) ? receivedAt : now;
  const day = localDateIn(base, profile.timeZone);
  return formatLocalDate(addDays(day, profile.disposal?.ephemeralAfterDays ?? 0));
}

/** May the mail copy go now, by the state and the categories as last read. */
export function deletionOf(
  snapshot: ItemSnapshot,
  profile: Pick<Profile, 'timeZone'>,
  now: Date,
): Deletion {
  return mayDelete(snapshot.state, {
    today: localDateIn(now, profile.timeZone),
    heldByCategory: categoryHints(snapshot.categories).held === true,
  });
}

/** True when a hold is on: the property, or a hold category set by hand. */
export function isHeld(snapshot: ItemSnapshot): boolean {
  return snapshot.state.hold !== undefined || categoryHints(snapshot.categories).held === true;
}

export type DeleteOutcome =
  /** In Deleted Items now. */
  | { readonly kind: 'deleted' }
  /** Read again right before: it may not go (a hold placed in another pane, not archived …). */
  | { readonly kind: 'refused'; readonly block: DeletionBlock; readonly state: ItemState }
  /** A hold landed while it was moved: moved back (`restored`), or it could not be. */
  | { readonly kind: 'held-meanwhile'; readonly restored: boolean; readonly state: ItemState }
  /** The message is no longer where the pane found it (moved or deleted elsewhere). */
  | { readonly kind: 'gone' }
  | { readonly kind: 'failed'; readonly failure: unknown };

const notFound = (e: unknown): boolean => e instanceof GraphFailure && e.kind === 'not-found';

/**
 * "Slett e-postkopien": after the user confirmed. Null when another writing
 * action of the session runs (the second click of a double click).
 */
export async function deleteMailCopy(session: CaseSession): Promise<DeleteOutcome | null> {
  const address = session.address;
  if (address === null || session.actor() === null) return null;
  const ref: ItemRef = { mailbox: address.mailbox, restId: address.restId };
  const { graph, profile } = session;
  return session.exclusive('dispose', async (): Promise<DeleteOutcome> => {
    let before: ItemSnapshot;
    let folder: string;
    try {
      // What is on the message now, not what the pane last showed.
      before = await readItemState(graph, ref);
      session.adopt(before);
      const d = deletionOf(before, profile, session.now());
      if (!d.ok) return { kind: 'refused', block: d.block, state: before.state };
      folder = await folderOf(graph, ref);
    } catch (e) {
      return notFound(e) ? { kind: 'gone' } : { kind: 'failed', failure: e };
    }
    let moved: ItemRef;
    try {
      moved = await moveMessage(graph, ref, DELETED_ITEMS);
    } catch (e) {
      if (notFound(e)) return { kind: 'gone' };
      if (e instanceof GraphFailure && e.ambiguous) {
        // The answer was lost: still here means it did not move.
        try {
          await readItemState(graph, ref);
        } catch (again) {
          if (notFound(again)) return { kind: 'deleted' };
        }
      }
      return { kind: 'failed', failure: e };
    }
    // A hold placed in another pane between our read and the move travels with the message.
    let after: ItemSnapshot;
    try {
      after = await readItemState(graph, moved);
    } catch {
      return { kind: 'deleted' };
    }
    if (!isHeld(after)) return { kind: 'deleted' };
    try {
      await moveMessage(graph, moved, folder || 'inbox');
      return { kind: 'held-meanwhile', restored: true, state: after.state };
    } catch {
      return { kind: 'held-meanwhile', restored: false, state: after.state };
    }
  });
}
