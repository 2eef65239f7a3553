/**
 * The case panel's small rules, without Graph: who is oneself, which
 * mailbox's group to offer, whom a typed name matches, and the suggested
 * due date that goes with the first change.
 */
import type { Profile } from '../core/profile/types';
import type { ItemState, Person, StateAction } from '../core/state';

/** The profile's name for a mailbox, or its address. */
export function mailboxName(profile: Pick<Profile, 'mailboxes'>, address: string): string {
  const mb = profile.mailboxes.find((m) => m.address.toLowerCase() === address.toLowerCase());
  return mb?.name ?? address;
}

/** The same mailbox user, whatever the display name or the case of the address. */
export function sameAddress(a: Person | null | undefined, b: Person | null | undefined): boolean {
  return !!a && !!b && a.address.trim().toLowerCase() === b.address.trim().toLowerCase();
}

/**
 * The actions that make one change: the chosen one, plus the suggested due
 * date when nobody has set one yet, so the first save also sets the Outlook
 * follow-up flag (R8).
 */
export function withSuggestedDue(
  state: ItemState,
  suggested: { readonly date: string } | null,
  actions: readonly StateAction[],
): StateAction[] {
  if (state.due !== undefined || suggested === null) return [...actions];
  if (actions.some((a) => a.type === 'set-due')) return [...actions];
  return [...actions, { type: 'set-due', due: suggested.date }];
}

/** The access group of the function mailbox the message is in, for the people picker. */
export function accessGroupOf(
  profile: Pick<Profile, 'mailboxes'>,
  mailbox: string | null,
): string | undefined {
  if (mailbox === null) return undefined;
  return profile.mailboxes.find((m) => m.address.toLowerCase() === mailbox.toLowerCase())
    ?.accessGroup;
}

/** Whether a person matches what was typed in the picker: the start of a name or the address. */
export function matchesQuery(p: Person, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const name = p.name.toLowerCase();
  return (
    name.split(/\s+/).some((w) => w.startsWith(q)) ||
    name.startsWith(q) ||
    p.address.toLowerCase().startsWith(q)
  );
}
