/**
 * What "Journalfør før sending" reads and writes on the draft, loaded with
 * the filing form, not with the compose pane: the message whole (every
 * attachment, the HTML body), and the record reference it keeps on the
 * draft — the internet header `X-Arkivpost-Case` (Mailbox 1.8
 * `item.internetHeaders`). Exchange sends the header with the mail and
 * keeps it on the Sent Items copy, where Graph reads it as a named property
 * (services/reply-case).
 */
import type { ComposeDraft, DraftCaseMark, DraftSentTo } from '../../core/ports';
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

/** The registry mailbox's mark: "<address>; <ISO instant>". */
export const REGISTRAR_HEADER = 'X-Arkivpost-Registrar';

export function draftCaseMark(item: Office.MessageCompose): DraftCaseMark {
  const read = async (name: string): Promise<string | null> => {
    if (!item.internetHeaders) return null;
    const headers = await officeCall<Record<string, string>>('internetHeaders.getAsync', (cb) =>
      item.internetHeaders.getAsync([name], cb),
    );
    const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
    const value = key !== undefined ? headers[key] : undefined;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  };
  const write = (name: string, value: string): Promise<void> =>
    officeCall<void>('internetHeaders.setAsync', (cb) =>
      item.internetHeaders.setAsync({ [name]: value }, cb),
    );
  return {
    get: () => read(CASE_HEADER),
    set: (reference) => write(CASE_HEADER, reference),
    async sentTo() {
      return parseSentTo(await read(REGISTRAR_HEADER));
    },
    setSentTo: (sent) => write(REGISTRAR_HEADER, `${sent.to}; ${sent.at}`),
  };
}

/** "<address>; <ISO instant>" as kept, or null for anything else. */
export function parseSentTo(value: string | null): DraftSentTo | null {
  if (value === null || value.length > 400) return null;
  const cut = value.indexOf(';');
  const to = (cut < 0 ? value : value.slice(0, cut)).trim();
  const at = cut < 0 ? '' : value.slice(cut + 1).trim();
  if (!/^[^\s@;]+@[^\s@;]+$/.test(to)) return null;
  return { to, at: Number.isNaN(Date.parse(at)) ? '' : new Date(Date.parse(at)).toISOString() };
}
