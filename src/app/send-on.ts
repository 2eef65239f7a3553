/**
 * "Send til postmottak" (R3): the original, unchanged, from a personal
 * mailbox to the registry or another function mailbox. One writing action of
 * the case session: a double click sends once, and nothing else writes
 * meanwhile. Sent to the registrar, the message is with them now (R26).
 */
import type { FunctionMailbox, Profile } from '../core/profile/types';
import type { SentOriginal } from '../services/forward';
import type { CaseSession } from './case-session';

/**
 * Where official mail in a personal mailbox can go (R3): the registry
 * mailbox first, then the organisation's other function mailboxes.
 */
export function sendOnTargets(profile: Pick<Profile, 'mailboxes'>): FunctionMailbox[] {
  const official = profile.mailboxes.filter((m) => m.kind === 'function');
  return [...official.filter((m) => m.registry === true), ...official.filter((m) => !m.registry)];
}

/** True when the message is in someone's own mailbox, not a function mailbox of the profile. */
export function inPersonalMailbox(
  address: { readonly mailbox: string; readonly shared: boolean },
  profile: Pick<Profile, 'mailboxes'>,
): boolean {
  const mailbox = address.mailbox.toLowerCase();
  return !address.shared && !profile.mailboxes.some((m) => m.address.toLowerCase() === mailbox);
}

/** Whether the pane offers sending on for the message the session is about. */
export function offersSendOn(session: CaseSession): boolean {
  const item = session.address;
  return (
    item !== null &&
    session.actor() !== null &&
    sendOnTargets(session.profile).length > 0 &&
    inPersonalMailbox(item, session.profile)
  );
}

export type SendOnOutcome =
  | { readonly kind: 'sent'; readonly result: SentOriginal }
  /** Refused before anything was sent: the sentence is in the user's language. */
  | { readonly kind: 'refused'; readonly text: string }
  /** Graph or sign-in failed: for the pane's one describer. */
  | { readonly kind: 'failed'; readonly failure: unknown };

export interface SendOnRequest {
  readonly to: string;
  /** A few words for the registrar. */
  readonly note?: string;
  readonly onProgress?: (share: number | undefined) => void;
}

/**
 * Send the original on. Null when another writing action of the session is
 * under way (the second click of a double click), or there is nothing to send.
 */
export async function sendOn(
  session: CaseSession,
  request: SendOnRequest,
): Promise<SendOnOutcome | null> {
  const item = session.address;
  const by = session.actor();
  if (item === null || by === null) return null;
  const { profile, lang } = session;
  return session.exclusive('send-on', async (): Promise<SendOnOutcome> => {
    try {
      const { sendOriginalOn, ForwardRefused } = await import(
        /* webpackChunkName: "filing" */ '../services/forward'
      );
      try {
        const note = request.note?.trim() ?? '';
        const result = await sendOriginalOn({
          graph: session.graph,
          item,
          to: request.to,
          lang,
          by: { name: by.name ?? by.address, address: by.address },
          ...(note ? { note: request.note } : {}),
          timeZone: profile.timeZone,
          clock: { now: () => session.now() },
          onProgress: (bytes, total) => request.onProgress?.(total > 0 ? bytes / total : undefined),
        });
        // Sent to the registrar: the message is with them now, not archived (R26).
        const target = sendOnTargets(profile).find((m) => m.address === request.to);
        if (target?.registry === true && result.at !== '') {
          await session.change([{ type: 'send-to-registrar', to: request.to, at: result.at }], {
            subject: '',
            mailboxName: '',
          });
        }
        return { kind: 'sent', result };
      } catch (e) {
        return e instanceof ForwardRefused
          ? { kind: 'refused', text: e.describe(lang) }
          : { kind: 'failed', failure: e };
      }
    } catch (e) {
      return { kind: 'failed', failure: e };
    }
  });
}
