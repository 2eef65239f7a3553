/**
 * R9 "Svar med mal" / "Svara med mall": a message that by law needs a
 * signature it does not carry is answered from the profile's template and
 * marked rejected (seed 000 §4: "Dersom det i medhold av lov stilles krav om
 * underskrift, skal e-post avvises").
 *
 * One writing action of the case session: a double click marks once and
 * opens one reply. The mark is saved first, then the reply is opened: an
 * Outlook that replaces the pane with the reply (Outlook on the web's reply
 * in the reading pane) cannot lose the mark half-way. A message someone has
 * marked already is not marked again; the reply opens. One a colleague
 * rejected while this pane still showed it unmarked opens no reply at first:
 * the citizen is not sent two.
 */
import type { SignatureRequirement, SignatureReplyFacts } from '../core/classify/signature';
import { fillSignatureReply } from '../core/classify/signature';
import type { Lang } from '../core/model';
import type { ReadPort } from '../core/ports';
import type { Rejected } from '../core/state';
import type { Profile } from '../core/profile/types';
import type { CaseSession, NoticeFacts } from './case-session';

export type SignatureReplyOutcome =
  /** The reply is open in Outlook, in `lang`; the message is marked. */
  | { readonly kind: 'opened'; readonly lang: Lang }
  /**
   * Someone else rejected it while this pane showed it unmarked: their reply
   * may be on its way, so none was opened. The pane now shows who; a click
   * again opens one.
   */
  | { readonly kind: 'rejected-meanwhile' }
  /** The mark was not saved (the session's note says why): no reply was opened. */
  | { readonly kind: 'not-marked' }
  /** Marked, but Outlook did not open the reply. */
  | { readonly kind: 'failed'; readonly failure: unknown }
  /** This Outlook cannot open a reply, or the profile has no template. */
  | { readonly kind: 'unavailable' };

/** What the reply says of the message, from what the pane read of it. */
export function replyFacts(facts: {
  readonly subject: string;
  readonly fromAddress?: string;
  readonly receivedAt?: number;
  readonly people?: readonly { readonly name: string; readonly address: string }[];
}): SignatureReplyFacts {
  const from = facts.fromAddress?.toLowerCase();
  const named = from ? facts.people?.find((p) => p.address.toLowerCase() === from) : undefined;
  return {
    senderName: named?.name ?? facts.fromAddress ?? '',
    subject: facts.subject,
    received: facts.receivedAt ?? null,
  };
}

/** Whether the pane can offer the reply: the host opens replies and the profile has a template. */
export function offersSignatureReply(port: ReadPort, profile: Profile): boolean {
  return typeof port.replyForm === 'function' && profile.signature !== undefined;
}

/**
 * Mark the message rejected (signature required) and open the template
 * reply. Null while another writing action of the session runs (the second
 * click of a double click).
 */
export async function replyWithTemplate(
  session: CaseSession,
  port: ReadPort,
  profile: Profile,
  requirement: SignatureRequirement,
  facts: SignatureReplyFacts,
  notice: NoticeFacts,
): Promise<SignatureReplyOutcome | null> {
  const open = port.replyForm?.bind(port);
  const reply = fillSignatureReply(profile, requirement.replyLang, facts);
  if (open === undefined || reply === null) return { kind: 'unavailable' };
  return session.exclusive('change', async (): Promise<SignatureReplyOutcome> => {
    // Read afresh each time: the change below replaces the snapshot.
    const rejectedNow = (): Rejected | undefined => session.current.snapshot?.state.rejected;
    if (rejectedNow() === undefined) {
      await session.change([{ type: 'reject', reason: 'signature-required' }], notice);
      const rejected = rejectedNow();
      if (rejected === undefined) return { kind: 'not-marked' };
      const me = session.actor()?.address.toLowerCase();
      if (rejected.by.address.toLowerCase() !== me) return { kind: 'rejected-meanwhile' };
    }
    try {
      await open(reply.html);
      return { kind: 'opened', lang: reply.lang };
    } catch (e) {
      return { kind: 'failed', failure: e };
    }
  });
}
