/**
 * What "Journalfør før sending" reads and writes on the draft, loaded with
 * the filing form, not with the compose pane: the message whole (every
 * attachment, the HTML body), and the record reference it keeps on the
 * draft — the internet header `X-Arkivpost-Case` (Mailbox 1.8
 * `item.internetHeaders`). Exchange sends the header with the mail and
 * keeps it on the Sent Items copy, where Graph reads it as a named property
 * (services/reply-case).
 */
import type { ComposeDraft, DraftCaseMark } from '../../core/ports';
import { officeCall } from './async';
import { readComposeSnapshot } from './compose';

/** The largest attachment a draft being filed carries whole (Graph's 150 MB message limit). */
export const DRAFT_ATTACHMENT_LIMIT = 150 * 1024 * 1024;

/** The draft as it would go now: whole attachments (up to what Graph takes in one message), not the check's first bytes. */
export async function readDraft(item: Office.MessageCompose): Promise<ComposeDraft> {
  const [snapshot, html] = await Promise.all([
    readComposeSnapshot(item, { maxAttachmentBytes: DRAFT_ATTACHMENT_LIMIT }),
    officeCall<string>('body.getAsync(html)', (cb) =>
      item.body.getAsync(Office.CoercionType.Html, cb),
    ).catch(() => null),
  ]);
  return { snapshot, html };
}

/** The header's name (services/reply-case reads it as CASE_HEADER_PROPERTY). */
export const CASE_HEADER = 'X-Arkivpost-Case';

export function draftCaseMark(item: Office.MessageCompose): DraftCaseMark {
  return {
    async get() {
      if (!item.internetHeaders) return null;
      const headers = await officeCall<Record<string, string>>('internetHeaders.getAsync', (cb) =>
        item.internetHeaders.getAsync([CASE_HEADER], cb),
      );
      const key = Object.keys(headers).find((k) => k.toLowerCase() === CASE_HEADER.toLowerCase());
      const value = key !== undefined ? headers[key] : undefined;
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
    },
    async set(reference) {
      await officeCall<void>('internetHeaders.setAsync', (cb) =>
        item.internetHeaders.setAsync({ [CASE_HEADER]: reference }, cb),
      );
    },
  };
}
