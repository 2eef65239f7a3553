/**
 * The registrar's action on a message Arkivpost sent on to the registry
 * mailbox: "Registrerad som KS 2026/123", which marks the original in the
 * mailbox it came from. One writing action of the case session: a double
 * click records once. The services load with the filing chunk.
 */
import type { Profile } from '../core/profile/types';
import type { RegistrationResult, RegistryForwardItem } from '../services/registrar';
import type { CaseSession } from './case-session';

/** True when the message is in one of the profile's registry mailboxes: only there is it a registrar's. */
export function inRegistryMailbox(
  mailbox: string,
  profile: Pick<Profile, 'mailboxes' | 'archive'>,
): boolean {
  const m = mailbox.toLowerCase();
  const archive = profile.archive;
  return (
    profile.mailboxes.some((b) => b.registry === true && b.address.toLowerCase() === m) ||
    (archive?.kind === 'registry-mailbox' && archive.address?.toLowerCase() === m)
  );
}

/**
 * The forward behind the message in the pane, when it is one of Arkivpost's
 * in a registry mailbox; null otherwise. Throws when Graph cannot answer.
 */
export async function readForward(session: CaseSession): Promise<RegistryForwardItem | null> {
  const item = session.address;
  if (item === null || !inRegistryMailbox(item.mailbox, session.profile)) return null;
  const { readRegistryForward } = await import(
    /* webpackChunkName: "filing" */ '../services/registrar'
  );
  return readRegistryForward(session.graph, item);
}

export type RegistrationOutcome =
  /** Recorded (or found recorded): the session shows the forward's state now. */
  | { readonly kind: 'recorded'; readonly result: Exclude<RegistrationResult, { kind: 'invalid' }> }
  /** Not a reference: why, in the user's language. */
  | { readonly kind: 'invalid'; readonly text: string }
  /** The state refused it, or someone wrote the same field: in the user's language. */
  | { readonly kind: 'refused'; readonly text: string }
  /** Graph or sign-in failed: for the pane's one describer. */
  | { readonly kind: 'failed'; readonly failure: unknown };

/**
 * Record the reference the registrar typed. Null when another writing action
 * of the session is under way (the second click of a double click).
 */
export async function register(
  session: CaseSession,
  reference: string,
): Promise<RegistrationOutcome | null> {
  const item = session.address;
  const lang = session.lang;
  if (item === null || session.actor() === null) return null;
  return session.exclusive('registrar', async (): Promise<RegistrationOutcome> => {
    try {
      const { recordRegistration, RegistrationRefused } = await import(
        /* webpackChunkName: "filing" */ '../services/registrar'
      );
      const { describeReferenceProblem } = await import(
        /* webpackChunkName: "filing" */ '../core/archive/reference'
      );
      const { describeConflict, describeRefusal } = await import('../core/state');
      const change = session.changeContext();
      if (change === null) return { kind: 'failed', failure: null };
      try {
        const result = await recordRegistration({
          graph: session.graph,
          forward: item,
          reference,
          change,
        });
        if (result.kind === 'invalid') {
          return { kind: 'invalid', text: describeReferenceProblem(result.problem, lang) };
        }
        session.adopt(result.forward);
        return { kind: 'recorded', result };
      } catch (e) {
        if (!(e instanceof RegistrationRefused)) return { kind: 'failed', failure: e };
        return {
          kind: 'refused',
          text:
            e.outcome.kind === 'refused'
              ? describeRefusal(e.outcome.refusal, lang)
              : describeConflict(e.outcome.fields, lang),
        };
      }
    } catch (e) {
      return { kind: 'failed', failure: e };
    }
  });
}
