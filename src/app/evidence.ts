/**
 * R11, threats and harassment (seed 003: "ska sparas av mottagaren då det
 * kan utgöra bevismaterial … Närmaste chef ska snarast informeras"): keep the
 * message as evidence, and send it to the manager, once each, whoever clicks
 * and however often. Both are writing actions of the case session (a double
 * click in one pane runs once); across panes and people:
 *
 * - "Ta vare på som bevis": one item in the mailbox's "Arkivpost – bevis"
 *   folder (services/evidence finds it by the original's Message-ID before
 *   it makes one, and leaves the oldest when two panes made one each), then
 *   `keep-evidence` on the message, which places the evidence hold; a second
 *   `keep-evidence` changes nothing.
 * - "Informer leiar": first a claim, `notified` written through the case
 *   state's If-Match writer; only the pane whose claim is the one the item
 *   holds afterwards sends, and a send that fails takes the claim back so
 *   that the next click sends. See `notifyManager` for a pane that dies
 *   between the claim and the send.
 */
import type { SecurityContact } from '../core/profile/types';
import type { Notified } from '../core/state';
import {
  isClaim,
  keepEvidence,
  NoMessageId,
  noticeWent,
  readManager,
  sendNotice,
  withdrawClaim,
} from '../services/evidence';
import type { Recipient } from '../services/evidence';
import { changeItemState, readItemState } from '../services/item-state';
import type { ItemSnapshot } from '../services/item-state';
import { mailboxName } from './case-rules';
import type { CaseSession } from './case-session';

/**
 * A claim older than this whose sender's Sent Items has no mail is taken as
 * a pane that died between claiming and sending: its sender may finish it.
 */
export const STALE_CLAIM_MS = 10 * 60 * 1000;

/** Who the notice goes to, and in which role (the pane says "your manager" or names the contact). */
export interface NoticeTarget extends Recipient {
  readonly role: 'manager' | 'security-contact';
}

/**
 * The notice's recipient: the profile's security contact when it is to get
 * every notice, else the user's manager, else the security contact when it
 * has an address; null when there is nobody to tell.
 */
export function noticeTarget(
  contact: SecurityContact | undefined,
  manager: Recipient | null,
): NoticeTarget | null {
  const own =
    contact?.address !== undefined
      ? { name: contact.name, address: contact.address, role: 'security-contact' as const }
      : null;
  if (own && contact?.receivesNotice === true) return own;
  if (manager) return { ...manager, role: 'manager' };
  return own;
}

/** Whether the pane offers the threat actions: flagged as a threat, or kept or notified already. */
export function offersThreatActions(
  flagged: boolean,
  state: { readonly evidence?: unknown; readonly notified?: unknown } | undefined,
): boolean {
  return flagged || state?.evidence !== undefined || state?.notified !== undefined;
}

export type EvidenceOutcome =
  | {
      readonly kind: 'kept';
      /** When the evidence item was made (ISO instant). */
      readonly at: string;
      readonly sha256: string;
      /** True when it was kept before (by this pane, another, or someone else). */
      readonly earlier: boolean;
    }
  /** The message has no Internet-Message-ID: nothing was kept. */
  | { readonly kind: 'no-message-id' }
  | { readonly kind: 'failed'; readonly failure: unknown };

export type NoticeOutcome =
  | { readonly kind: 'sent'; readonly to: NoticeTarget; readonly at: string }
  /** Sent before (the item says so): nothing was sent now. */
  | { readonly kind: 'already'; readonly notified: Notified }
  /** No manager in the directory and no security contact with an address: nothing was sent. */
  | { readonly kind: 'no-recipient' }
  | { readonly kind: 'no-message-id' }
  /** Sending failed; `withdrawn`: the claim was taken back, so a new click sends. */
  | { readonly kind: 'failed'; readonly failure: unknown; readonly withdrawn: boolean };

async function refresh(session: CaseSession): Promise<void> {
  const ref = session.address;
  if (ref === null) return;
  try {
    session.adopt(await readItemState(session.graph, ref));
  } catch {
    // Unreachable now: the panel keeps what it showed; the outcome says what failed.
  }
}

/**
 * "Ta vare på som bevis": the original into the evidence folder, then the
 * evidence (with its hold) recorded on the message. Null while another
 * writing action of the session runs (the second click of a double click).
 */
export async function keepAsEvidence(session: CaseSession): Promise<EvidenceOutcome | null> {
  const ref = session.address;
  const actor = session.actor();
  if (ref === null || actor === null) return null;
  const { profile } = session;
  return session.exclusive('change', async (): Promise<EvidenceOutcome> => {
    try {
      const kept = await keepEvidence(session.graph, {
        item: ref,
        by: actor,
        lang: profile.language,
        timeZone: profile.timeZone,
        clock: { now: () => session.now() },
      });
      const ctx = session.changeContext();
      if (ctx === null) return { kind: 'failed', failure: null };
      const outcome = await changeItemState(
        session.graph,
        ref,
        [{ type: 'keep-evidence', sha256: kept.sha256 }],
        ctx,
      );
      session.adopt(outcome.snapshot);
      // Refused as unchanged, or in conflict with the same record from another pane: kept either way.
      return {
        kind: 'kept',
        at: kept.at,
        sha256: kept.sha256,
        earlier: kept.earlier || outcome.kind !== 'saved',
      };
    } catch (e) {
      await refresh(session);
      return e instanceof NoMessageId ? { kind: 'no-message-id' } : { kind: 'failed', failure: e };
    }
  });
}

/**
 * True when the item says the signed-in user sent the notice more than
 * STALE_CLAIM_MS ago, and their Sent Items has no such mail: a pane died
 * between the claim and the send. The pane then offers to send it. False
 * when it cannot be told (offline, no access): nothing is offered then.
 */
export async function claimUnsent(session: CaseSession): Promise<boolean> {
  const ref = session.address;
  const actor = session.actor();
  const notified = session.current.snapshot?.state.notified;
  if (ref === null || actor === null || notified === undefined) return false;
  if (!sameAddress(notified.by.address, actor.address)) return false;
  if (!(session.now().getTime() - Date.parse(notified.at) > STALE_CLAIM_MS)) return false;
  try {
    return !(await noticeWent(session.graph, ref, notified.to));
  } catch {
    return false;
  }
}

function notifiedBy(snapshot: ItemSnapshot): Notified | undefined {
  return snapshot.state.notified;
}

const sameAddress = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * "Informer leiar": the original to the manager (or the security contact),
 * sent once. Null while another writing action of the session runs.
 *
 * Claim, then send: the pane writes `notified` (If-Match; a second claim is
 * refused as unchanged, or loses the conflict) and sends only when the item
 * then holds its own claim. When sending fails the claim is taken back.
 *
 * When the pane dies (closed, crashed, offline for good) between the claim
 * and the send, the item says "sent to X" though nothing went. Nobody else
 * sends then: the claim stands. Its author's next click, once the claim is
 * older than STALE_CLAIM_MS, sends it after all: services/send-on reads the
 * author's Sent Items first, so a mail that did go is not sent twice. Before
 * that, or for anyone else, the pane shows to whom and when it was sent.
 */
export async function notifyManager(session: CaseSession): Promise<NoticeOutcome | null> {
  const ref = session.address;
  const actor = session.actor();
  if (ref === null || actor === null) return null;
  const { profile, graph } = session;
  const mailbox = mailboxName(profile, ref.mailbox);
  const send = (to: NoticeTarget, snapshot: ItemSnapshot) =>
    sendNotice(graph, {
      item: ref,
      to,
      by: actor,
      mailboxName: mailbox,
      ...(snapshot.state.evidence ? { sha256: snapshot.state.evidence.sha256 } : {}),
      lang: profile.language,
      clock: { now: () => session.now() },
    });
  return session.exclusive('change', async (): Promise<NoticeOutcome> => {
    let claim: { readonly to: string; readonly by: string; readonly at: string } | null = null;
    const ctx = session.changeContext();
    if (ctx === null) return { kind: 'failed', failure: null, withdrawn: false };
    try {
      const before = await readItemState(graph, ref);
      session.adopt(before);
      const earlier = notifiedBy(before);
      if (earlier) {
        const age = ctx.now.getTime() - Date.parse(earlier.at);
        if (!sameAddress(earlier.by.address, actor.address) || !(age > STALE_CLAIM_MS)) {
          return { kind: 'already', notified: earlier };
        }
        // Our own claim, long ago: finish it (Sent Items is read first: nothing twice).
        const to = noticeTarget(profile.securityContact, null);
        const target: NoticeTarget =
          to && sameAddress(to.address, earlier.to)
            ? to
            : { name: earlier.to, address: earlier.to, role: 'manager' };
        const sent = await send(target, before);
        return sent.earlier
          ? { kind: 'already', notified: earlier }
          : { kind: 'sent', to: target, at: earlier.at };
      }
      const contact = profile.securityContact;
      const manager =
        contact?.receivesNotice === true && contact.address !== undefined
          ? null
          : await readManager(graph);
      const to = noticeTarget(contact, manager);
      if (to === null) return { kind: 'no-recipient' };
      const outcome = await changeItemState(
        graph,
        ref,
        [{ type: 'notified', to: to.address }],
        ctx,
      );
      session.adopt(outcome.snapshot);
      const mine = { to: to.address, by: actor.address, at: ctx.now.toISOString() };
      if (outcome.kind !== 'saved' || !isClaim(outcome.snapshot.state, mine)) {
        // Another pane's claim won: it sends.
        const theirs = notifiedBy(outcome.snapshot);
        return theirs
          ? { kind: 'already', notified: theirs }
          : { kind: 'failed', failure: null, withdrawn: true };
      }
      claim = mine;
      await send(to, outcome.snapshot);
      return { kind: 'sent', to, at: mine.at };
    } catch (e) {
      let withdrawn = claim === null;
      if (claim !== null) {
        try {
          withdrawn = await withdrawClaim(graph, ref, claim, ctx);
        } catch {
          // The claim stands: its author can finish it later (see above).
        }
      }
      await refresh(session);
      if (e instanceof NoMessageId) return { kind: 'no-message-id' };
      return { kind: 'failed', failure: e, withdrawn };
    }
  });
}
