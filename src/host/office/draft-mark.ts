/**
 * The record reference "Journalfør før sending" keeps on the draft: the
 * internet header `X-Arkivpost-Case` (Mailbox 1.8 `item.internetHeaders`).
 * Exchange sends it with the mail and keeps it on the Sent Items copy, where
 * Graph reads it as a named property (services/reply-case). Loaded with the
 * filing form, not with the compose pane.
 */
import type { DraftCaseMark } from '../../core/ports';
import { officeCall } from './async';

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
