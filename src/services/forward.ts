/**
 * "Send til postmottak" (R3): the message in the pane sent on to the
 * official mailbox or the registrar, the original intact, once — with a
 * subject and body in the user's language. The sending itself (draft,
 * attachment or upload session, send, and nothing twice) is ./send-on.ts's,
 * shared with the registry-mailbox archive connector.
 */
import { forwardHeaders } from '../core/archive/registry';
import { formatInstant } from '../core/calendar/format';
import { format } from '../core/i18n/types';
import type { Clock, Lang } from '../core/model';
import { memoryDocument } from './filing-request';
import { safeFileName } from '../core/archive/file-name';
import { forwardMessages } from './forward-messages';
import type { ForwardMessageKey } from './forward-messages';
import type { GraphClient } from './graph/client';
import { messagePath } from './graph/paths';
import { ADDRESS, ForwardRefused, NOTE_LIMIT, sendOn } from './send-on';

export {
  EML_CONTENT_TYPE,
  ForwardRefused,
  LARGE_ATTACHMENT_LIMIT,
  NOTE_LIMIT,
  RANGE_SIZE,
  SENT_ON_FINGERPRINT,
  SENT_ON_PROPERTY,
  SENT_ON_REFERENCE,
  SMALL_ATTACHMENT_LIMIT,
  findSentOn,
  sendOn,
} from './send-on';
export type { SendOnRequest, SendOnResult, SentOnRecord } from './send-on';

// ---------------------------------------------------------------- "Send til postmottak"

/**
 * A date and time as the user reads it, in their language and time zone;
 * null for an unreadable instant or time zone (never the raw text).
 */
export function formatWhen(iso: string, lang: Lang, timeZone: string): string | null {
  return formatInstant(iso, lang, timeZone);
}

export interface SendOriginalOnInput {
  readonly graph: GraphClient;
  /** The message: /users/{mailbox}/messages/{restId}. */
  readonly item: { readonly mailbox: string; readonly restId: string };
  /** The official mailbox or the registrar. */
  readonly to: string;
  /** The user's language: the subject, the body and the answer. */
  readonly lang: Lang;
  /** The user, who sends it on. */
  readonly by: { readonly name: string; readonly address: string };
  /** A few words for the registrar. */
  readonly note?: string;
  /** For the dates in the body and the answer; default Europe/Oslo. */
  readonly timeZone?: string;
  readonly onProgress?: (bytes: number, total: number) => void;
  /** When it is sent. */
  readonly clock: Clock;
}

export interface SentOriginal {
  readonly kind: 'sent' | 'already-sent';
  readonly to: string;
  /** When it was sent (ISO instant). */
  readonly at: string;
  /** What the user reads: "Sent to …" or "Already sent to … on …". */
  readonly message: string;
}

/** What is read of an original before its MIME: to name it, and to say where it came from. */
export interface OriginalMeta {
  readonly internetMessageId?: string | null;
  readonly subject?: string | null;
  readonly receivedDateTime?: string | null;
  readonly from?: {
    readonly emailAddress?: { readonly name?: string; readonly address?: string };
  } | null;
}

/** The original's Message-ID, subject, arrival and sender (`path`: the message's Graph path). */
export async function readOriginalMeta(graph: GraphClient, path: string): Promise<OriginalMeta> {
  const { value } = await graph.request<OriginalMeta>(
    'GET',
    `${path}?$select=internetMessageId,subject,receivedDateTime,from`,
  );
  return value;
}

/** One line per field, "-" never: a field without a value is left out. */
function bodyOf(
  m: (k: ForwardMessageKey) => string,
  fields: readonly (readonly [ForwardMessageKey, string | null | undefined])[],
  name: string,
): string {
  const lines = [m('forward.intro'), ''];
  for (const [key, value] of fields) {
    const v = (value ?? '').replace(/[\r\n]+/g, ' ').trim();
    if (v !== '') lines.push(`${m(key)}: ${v}`);
  }
  lines.push('', format(m('forward.attached'), { name }));
  return lines.join('\n');
}

/**
 * "Send til postmottak" (R3): the message goes on to `to` with the original
 * intact, once. A second call for the same message and address sends
 * nothing and says when it went.
 */
export async function sendOriginalOn(input: SendOriginalOnInput): Promise<SentOriginal> {
  const { graph, item, lang } = input;
  const m = (k: ForwardMessageKey): string => forwardMessages[lang][k];
  const to = input.to.trim();
  if (!ADDRESS.test(to)) throw new ForwardRefused('address', { to: input.to });
  const note = (input.note ?? '').trim();
  if (note.length > NOTE_LIMIT) throw new ForwardRefused('note', { limit: NOTE_LIMIT });
  const timeZone = input.timeZone ?? 'Europe/Oslo';
  const path = messagePath(item);
  const meta = await readOriginalMeta(graph, path);
  const messageId = meta.internetMessageId?.trim();
  if (!messageId) throw new ForwardRefused('no-message-id');
  const subject = meta.subject ?? '';
  const name = safeFileName(subject, 'eml', { fallback: 'melding' });
  const from = meta.from?.emailAddress;
  const result = await sendOn(
    graph,
    {
      to,
      subject: format(m('forward.subject'), { subject: subject.replace(/[\r\n]+/g, ' ') }),
      body: bodyOf(
        m,
        [
          ['forward.by', `${input.by.name} <${input.by.address}>`],
          ['forward.from', from?.address ? `${from.name ?? from.address} <${from.address}>` : null],
          [
            'forward.received',
            meta.receivedDateTime ? formatWhen(meta.receivedDateTime, lang, timeZone) : null,
          ],
          ['forward.original-subject', subject],
          ['forward.message-id', messageId],
          ['forward.note', note],
        ],
        name,
      ),
      messageId,
      name,
      // The registrar's pane finds the original by these, to mark it once registered.
      headers: forwardHeaders({ messageId, mailbox: item.mailbox }),
      original: async () =>
        memoryDocument(name, 'message/rfc822', 'main', await graph.bytes(`${path}/$value`)),
    },
    input.clock,
    input.onProgress,
  );
  const when = formatWhen(result.at, lang, timeZone);
  return result.earlier
    ? {
        kind: 'already-sent',
        to,
        at: result.at,
        message:
          when === null
            ? format(m('forward.already.undated'), { to })
            : format(m('forward.already'), { to, date: when }),
      }
    : { kind: 'sent', to, at: result.at, message: format(m('forward.sent'), { to }) };
}
