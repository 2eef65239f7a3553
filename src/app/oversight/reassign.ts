/**
 * R23's one-click reassignment: the item's assignee set in Arkivpost's
 * shared state on the message, the way the read pane's case session writes
 * it (services/item-state `changeItemState`): read with the change key,
 * PATCH with If-Match, and on a conflict read again and merge — another
 * person's concurrent change to another field is kept; a concurrent change
 * of the assignee itself is not overwritten but reported. The status stays.
 */
import type { ItemState, Person, Refusal, StateChange, StateField } from '../../core/state';
import { changeItemState } from '../../services/item-state';
import type { OversightDeps } from './deps';

export interface ReassignRequest {
  /** The function mailbox the item is in. */
  readonly mailbox: string;
  /** The item's REST id (the overview's row id). */
  readonly itemId: string;
  readonly to: Person;
  /** Who reassigns; by default the signed-in user (`/me`). */
  readonly by?: Person;
}

/** Someone else changed the assignee at the same time: theirs stands. */
export class ReassignConflict extends Error {
  constructor(
    readonly fields: readonly StateField[],
    readonly theirs: readonly StateChange[],
    /** The state the server holds now. */
    readonly state: ItemState,
  ) {
    super('reassignment conflicts with a concurrent change');
    this.name = 'ReassignConflict';
  }
}

/** The state's rules refused the change (an archived item, an unusable address). */
export class ReassignRefused extends Error {
  constructor(
    readonly refusal: Refusal,
    readonly state: ItemState,
  ) {
    super(`reassignment refused: ${refusal.code}`);
    this.name = 'ReassignRefused';
  }
}

interface Me {
  readonly displayName?: string | null;
  readonly mail?: string | null;
  readonly userPrincipalName?: string | null;
}

async function signedIn(deps: OversightDeps): Promise<Person> {
  const me = (await deps.graph.request<Me>('GET', '/me?$select=displayName,mail,userPrincipalName'))
    .value;
  const address = me?.mail || me?.userPrincipalName || '';
  return { address, name: me?.displayName || address };
}

/** Assign the item to `to`; resolves with the state the server holds afterwards. */
export async function reassign(deps: OversightDeps, req: ReassignRequest): Promise<ItemState> {
  const actor = req.by ?? (await signedIn(deps));
  const outcome = await changeItemState(
    deps.graph,
    { mailbox: req.mailbox, restId: req.itemId },
    { type: 'assign', assignee: req.to },
    {
      actor,
      now: deps.clock.now(),
      orgLang: deps.profile.language,
      timeZone: deps.profile.timeZone,
    },
  );
  switch (outcome.kind) {
    case 'saved':
      return outcome.snapshot.state;
    case 'refused':
      // Assigned to them already (a second click): done.
      if (outcome.refusal.code === 'unchanged') return outcome.snapshot.state;
      throw new ReassignRefused(outcome.refusal, outcome.snapshot.state);
    case 'conflict':
      throw new ReassignConflict(outcome.fields, outcome.theirs, outcome.snapshot.state);
  }
}
