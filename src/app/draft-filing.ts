/**
 * "Journalfør før sending" (R19): the message being written is filed as it
 * is now (type U by default), then our reference goes into its subject.
 * Office.js cannot give a draft's MIME, so the pane writes the .eml itself
 * (core/mime/write) from what the compose form holds, every attachment whole.
 */
import { ourReferenceOf, withOurReference } from '../core/archive/reference';
import { buildEml } from '../core/mime/write';
import type { EmlAttachment } from '../core/mime/write';
import type { Clock } from '../core/model';
import type { ArchiveConnector, ComposePort, DraftSentTo } from '../core/ports';
import type { Profile } from '../core/profile/types';
import { fileDraft } from '../services/filing';
import type { FilingDeps, SignInWatch } from './filing-deps';

/** The draft could not be read whole: nothing was filed. */
export class DraftIncomplete extends Error {
  constructor(
    /** The attachment the host gave only part of, or null when it gives no draft at all. */
    readonly attachment: string | null,
  ) {
    super(attachment ? `attachment not read whole: ${attachment}` : 'the host gives no draft');
    this.name = 'DraftIncomplete';
  }
}

export interface DraftFilingDeps {
  readonly connector: ArchiveConnector;
  readonly port: ComposePort;
  readonly profile: Profile;
  /** The Message-ID the draft is filed under: the same on every try in this pane. */
  readonly messageId: string;
  /** The draft's Date and the filing's dates. */
  readonly clock: Clock;
  readonly signIn?: SignInWatch;
}

/** A Message-ID of our own for a draft, in the sender's domain. */
export function draftMessageId(from: string, random: () => string): string {
  const domain = from.split('@')[1]?.trim().toLowerCase() || 'arkivpost.invalid';
  return `<arkivpost.${random()}@${domain}>`;
}

/**
 * The record reference kept on the draft by an earlier filing (this pane or
 * one before a reload), or null: a draft that has one is filed already.
 * Null too where the host cannot keep it or cannot say.
 */
export async function draftFiledAs(port: ComposePort): Promise<string | null> {
  if (!port.caseMark) return null;
  try {
    return await (await port.caseMark()).get();
  } catch {
    return null;
  }
}

/** What a pane opened on a draft finds done before: filed, or sent to the registrar. */
export type FiledBefore =
  { readonly reference: string; readonly subject?: string } | { readonly sentTo: DraftSentTo };

/** The registrar a draft was sent to before (this pane or one before a reload), or null. */
export async function draftSentTo(port: ComposePort): Promise<DraftSentTo | null> {
  if (!port.caseMark) return null;
  try {
    return (await (await port.caseMark()).sentTo?.()) ?? null;
  } catch {
    return null;
  }
}

/**
 * A draft filed before (the reference kept on it): its subject gets our
 * reference if a reload came between the filing and the subject change.
 * A draft sent unchanged to the registrar (registry mailbox) says so.
 * Null when neither; `subject` when it was changed now.
 */
export async function resumeFiledDraft(
  port: ComposePort,
  profile: Pick<Profile, 'language'>,
): Promise<FiledBefore | null> {
  const reference = await draftFiledAs(port);
  if (reference === null) {
    const sentTo = await draftSentTo(port);
    return sentTo === null ? null : { sentTo };
  }
  const now = await port.getSubject();
  if (ourReferenceOf(now) !== null) return { reference };
  const subject = withOurReference(now, reference, profile.language);
  await port.setSubject(subject);
  return { reference, subject };
}

export function draftFiling(d: DraftFilingDeps): FilingDeps {
  return {
    connector: d.connector,
    profile: d.profile,
    marks: 'subject',
    ...(d.signIn ? { signIn: d.signIn } : {}),
    file: async (choice, onProgress) => {
      if (!d.port.draft) throw new DraftIncomplete(null);
      const { snapshot, html } = await d.port.draft();
      const attachments: EmlAttachment[] = [];
      for (const a of snapshot.attachments) {
        // Never file a part of an attachment as if it were the whole.
        if (!a.bytes || a.bytes.length < a.size) throw new DraftIncomplete(a.name);
        attachments.push({
          name: a.name,
          bytes: a.bytes,
          ...(a.contentType ? { contentType: a.contentType } : {}),
          ...(a.inline ? { inline: true } : {}),
        });
      }
      const now = d.clock.now();
      const mime = buildEml({
        from: snapshot.from,
        to: snapshot.to,
        cc: snapshot.cc,
        subject: snapshot.subject,
        text: snapshot.body,
        ...(html ? { html } : {}),
        attachments,
        date: now,
        messageId: d.messageId,
      });
      const outcome = await fileDraft({ connector: d.connector, mime, choice, now, onProgress });
      if (outcome.kind === 'forwarded') {
        // Kept on the draft: a pane opened on it after a reload does not send it again.
        // The registrar has the message whatever happens here, and this pane finds
        // its own forward by Message-ID, so a host that cannot keep it is not a failure.
        try {
          const mark = d.port.caseMark ? await d.port.caseMark() : null;
          await mark?.setSentTo?.({ to: outcome.to, at: outcome.at ?? now.toISOString() });
        } catch {
          // As a host without internet headers.
        }
      }
      const reference = outcome.reference;
      if (!reference) return { kind: 'done', outcome };
      try {
        // Kept on the draft first: it goes to Sent Items whatever the subject
        // becomes, and a reload of the pane knows the draft is filed.
        if (d.port.caseMark) await (await d.port.caseMark()).set(reference);
        // The letter speaks the organisation's language: "Vår ref.", "Vårt dnr".
        const subject = withOurReference(await d.port.getSubject(), reference, d.profile.language);
        await d.port.setSubject(subject);
        return { kind: 'done', outcome, subject };
      } catch (e) {
        return { kind: 'done', outcome, markError: e };
      }
    },
  };
}
