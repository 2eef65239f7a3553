/**
 * The original, sent on unchanged as an .eml attachment: the one
 * implementation behind "Send til postmottak" (R3, `sendOriginalOn`) and
 * the registry-mailbox archive connector (R26, ./archive/registry.ts).
 *
 * From the user's own mailbox (`/me`): a draft to the address with a short
 * structured subject and body, carrying the original's Internet-Message-ID
 * in a single-value extended property of Arkivpost's own property set; the
 * .eml attached as Exchange holds it (`$value`), in the draft's own request
 * when under 3 MB, else through an upload session in ranges of 4 MiB
 * (Graph: "under 3 MB" in one POST, "up to 4 MB" a range, 150 MB at most);
 * then `send`.
 *
 * Nothing twice, whatever failed where:
 * - an earlier forward of the same Message-ID to the same address in Sent
 *   Items: nothing is sent again (the answer says when it went);
 * - a draft of ours in Drafts (a failure half-way, an upload dropped): it is
 *   taken up again, its .eml attached if it is not yet, and sent; two
 *   drafts (two tries at once) become one;
 * - a send whose answer was lost: Sent Items is read before anything is
 *   sent again.
 */
import { forwardHeaders } from '../core/archive/registry';
import { formatInstant } from '../core/calendar/format';
import { format } from '../core/i18n/types';
import type { Lang } from '../core/model';
import type { ArchiveDocument } from '../core/ports';
import { PROPERTY_SET_ID } from '../core/state/properties';
import { fileNameOf, memoryDocument } from './filing';
import { forwardMessages } from './forward-messages';
import type { ForwardMessageKey } from './forward-messages';
import type { GraphClient } from './graph/client';
import { GraphFailure } from './graph/errors';
import { uploadToSession } from './graph/upload';
import { readWhole } from './http';

/** Graph takes a file "under 3 MB" in one request; from there, an upload session. */
export const SMALL_ATTACHMENT_LIMIT = 3_000_000;
/** The largest range to an attachment upload session ("up to 4 MB each time"). */
export const RANGE_SIZE = 4 * 1024 * 1024;
/** The largest attachment Graph takes (the tenant's message size limit may be lower). */
export const LARGE_ATTACHMENT_LIMIT = 150 * 1024 * 1024;
/** The longest note the user may add. */
export const NOTE_LIMIT = 2000;

/**
 * The forward's properties, in Arkivpost's property set (see
 * core/state/properties.ts): the original's Internet-Message-ID, and the
 * reference the forward named (a case number, or empty).
 */
export const SENT_ON_PROPERTY = `String {${PROPERTY_SET_ID}} Name Arkivpost.SentOnMessageId`;
export const SENT_ON_REFERENCE = `String {${PROPERTY_SET_ID}} Name Arkivpost.SentOnReference`;
/** The fingerprint of the message sent on (core/archive/identity), or empty. */
export const SENT_ON_FINGERPRINT = `String {${PROPERTY_SET_ID}} Name Arkivpost.SentOnFingerprint`;

/**
 * The .eml goes as application/octet-stream, never message/rfc822:
 * Exchange turns a message/rfc822 attachment into an item attachment (an
 * embedded message kept as Outlook properties), which the registrar's
 * mailbox then gives back as MIME written again (other headers, boundaries
 * and encodings, no contentBytes), not the original's bytes. As a file the
 * bytes arrive as they were sent, and the name's .eml still opens as a
 * message in Outlook and in the archive's import.
 */
export const EML_CONTENT_TYPE = 'application/octet-stream';

const ADDRESS = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

/** A request "Send til postmottak" refuses before anything is sent, with the user's sentence. */
export class ForwardRefused extends Error {
  constructor(
    readonly reason: 'address' | 'no-message-id' | 'too-large' | 'note',
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`forward refused: ${reason}`);
    this.name = 'ForwardRefused';
  }

  describe(lang: Lang): string {
    return format(forwardMessages[lang][`forward.refused.${this.reason}`], this.params);
  }
}

// ---------------------------------------------------------------- the engine

export interface SendOnRequest {
  /** Where to: the registry mailbox, the official mailbox. */
  readonly to: string;
  readonly subject: string;
  /** Plain text. */
  readonly body: string;
  /** The original's Internet-Message-ID: with `to`, what must not go twice. */
  readonly messageId: string;
  /** The .eml's file name. */
  readonly name: string;
  /** Kept with the forward and given back by findSentOn (a case number). */
  readonly reference?: string;
  /** The message's fingerprint: kept with the forward and given back by findSentOn. */
  readonly fingerprint?: string;
  /**
   * Internet headers that travel with the forward to the registrar's
   * mailbox (extended properties stay with the sender's copy): where the
   * original is (core/archive forwardHeaders).
   */
  readonly headers?: readonly { readonly name: string; readonly value: string }[];
  /** The .eml, read only when something is to be sent. */
  readonly original: () => Promise<ArchiveDocument>;
}

export interface SentOnRecord {
  /** When it was sent (ISO instant). */
  readonly at: string;
  /** The reference the forward named, or null. */
  readonly reference: string | null;
  /** The fingerprint the forward carried, or null. */
  readonly fingerprint: string | null;
  /** The forward's own Internet-Message-ID (the same in Sent Items and at the registry), or null. */
  readonly forwardId: string | null;
}

export interface SendOnResult extends SentOnRecord {
  /** True when an earlier forward was found and nothing was sent now. */
  readonly earlier: boolean;
}

interface GraphMessage {
  readonly id: string;
  readonly sentDateTime?: string;
  readonly createdDateTime?: string;
  readonly internetMessageId?: string;
  readonly toRecipients?: readonly { readonly emailAddress?: { readonly address?: string } }[];
  readonly singleValueExtendedProperties?: readonly {
    readonly id: string;
    readonly value: string;
  }[];
}

/** An OData string literal's content: a quote is written twice. */
const literal = (s: string): string => s.replace(/'/g, "''");

function isFailure(e: unknown, ...kinds: GraphFailure['kind'][]): e is GraphFailure {
  return e instanceof GraphFailure && (kinds.length === 0 || kinds.includes(e.kind));
}

/** Our drafts or sent forwards of this Message-ID to this address, oldest first. */
async function ours(
  graph: GraphClient,
  folder: 'sentitems' | 'drafts',
  messageId: string,
  to: string,
): Promise<GraphMessage[]> {
  const filter = `singleValueExtendedProperties/Any(ep: ep/id eq '${SENT_ON_PROPERTY}' and ep/value eq '${literal(messageId)}')`;
  const expand = `singleValueExtendedProperties($filter=id eq '${SENT_ON_PROPERTY}' or id eq '${SENT_ON_REFERENCE}' or id eq '${SENT_ON_FINGERPRINT}')`;
  const query = [
    `$filter=${encodeURIComponent(filter)}`,
    `$expand=${encodeURIComponent(expand)}`,
    '$select=id,sentDateTime,createdDateTime,internetMessageId,toRecipients',
    // No $orderby: with a $filter Graph wants the ordered property filtered too.
    '$top=50',
  ].join('&');
  const { value } = await graph.request<{ value?: GraphMessage[] }>(
    'GET',
    `/me/mailFolders/${folder}/messages?${query}`,
  );
  const address = to.toLowerCase();
  return (value?.value ?? [])
    .filter((m) =>
      (m.toRecipients ?? []).some((r) => r.emailAddress?.address?.toLowerCase() === address),
    )
    .sort((a, b) => (a.createdDateTime ?? '').localeCompare(b.createdDateTime ?? ''));
}

function propertyOf(m: GraphMessage, id: string): string | null {
  const value = (m.singleValueExtendedProperties ?? []).find(
    (p) => p.id.toLowerCase() === id.toLowerCase(),
  )?.value;
  return value ? value : null;
}

function recordOf(m: GraphMessage): SentOnRecord {
  const at = Date.parse(m.sentDateTime ?? m.createdDateTime ?? '');
  return {
    at: Number.isNaN(at) ? '' : new Date(at).toISOString(),
    reference: propertyOf(m, SENT_ON_REFERENCE),
    fingerprint: propertyOf(m, SENT_ON_FINGERPRINT),
    forwardId: m.internetMessageId ?? null,
  };
}

/** The earlier forward of this Message-ID to this address (from the user's Sent Items), or null. */
export async function findSentOn(
  graph: GraphClient,
  messageId: string,
  to: string,
): Promise<SentOnRecord | null> {
  const [first] = await ours(graph, 'sentitems', messageId, to);
  return first ? recordOf(first) : null;
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

/** The document gave other bytes than its size says (it changed while it was read). */
function changed(document: ArchiveDocument): Error {
  return new Error(`${document.name} gave other bytes than its size says`);
}

async function whole(document: ArchiveDocument): Promise<Uint8Array> {
  const bytes = await readWhole(document, document.size);
  if (bytes === null) throw changed(document);
  return bytes;
}

function fileAttachment(name: string, bytes: Uint8Array): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.fileAttachment',
    name,
    contentType: EML_CONTENT_TYPE,
    contentBytes: base64(bytes),
  };
}

const messagePath = (id: string): string => `/me/messages/${encodeURIComponent(id)}`;

/** True when the draft has the .eml (Graph lists an attachment only once all of it is there). */
async function hasOriginal(graph: GraphClient, draftId: string, name: string): Promise<boolean> {
  const { value } = await graph.request<{ value?: { id: string; name: string }[] }>(
    'GET',
    `${messagePath(draftId)}/attachments?$select=name`,
  );
  return (value?.value ?? []).some((a) => a.name === name);
}

/** The .eml onto the draft through an upload session, range by range. */
async function upload(
  graph: GraphClient,
  draftId: string,
  req: SendOnRequest,
  document: ArchiveDocument,
  onBytes: (bytes: number) => void,
): Promise<void> {
  const { value } = await graph.request<{ uploadUrl: string }>(
    'POST',
    `${messagePath(draftId)}/attachments/createUploadSession`,
    {
      body: {
        AttachmentItem: {
          attachmentType: 'file',
          name: req.name,
          size: document.size,
          contentType: EML_CONTENT_TYPE,
        },
      },
    },
  );
  let failure: GraphFailure | null = null;
  try {
    const end = await uploadToSession(graph, value.uploadUrl, {
      document,
      size: document.size,
      rangeSize: RANGE_SIZE,
      onBytes,
      changed: () => changed(document),
      // An attachment's session is not asked where it stands: Drafts is, below.
      ask: false,
    });
    if (end.kind === 'done') return;
  } catch (e) {
    if (!isFailure(e)) throw e;
    failure = e;
  }
  // The last range may have landed with its answer lost (the session is gone): then the file is there.
  if (await hasOriginal(graph, draftId, req.name)) return;
  throw (
    failure ??
    new GraphFailure('not-found', 404, 'itemNotFound', null, 'the upload session went away')
  );
}

/**
 * Send the original on, once. Resolves when it is sent (now or earlier);
 * throws GraphFailure (or ForwardRefused for a file Graph cannot take)
 * otherwise, leaving at most one draft, which the next call takes up.
 */
export async function sendOn(
  graph: GraphClient,
  req: SendOnRequest,
  onBytes?: (bytes: number, total: number) => void,
  now: () => Date = () => new Date(),
): Promise<SendOnResult> {
  const earlier = await findSentOn(graph, req.messageId, req.to);
  if (earlier) return { ...earlier, earlier: true };
  const drafts = await ours(graph, 'drafts', req.messageId, req.to);
  // Never two drafts: the oldest stays, others (two tries at once) go.
  for (const extra of drafts.slice(1)) {
    await graph.request('DELETE', messagePath(extra.id));
  }
  const document = await req.original();
  if (document.size > LARGE_ATTACHMENT_LIMIT) {
    throw new ForwardRefused('too-large', {
      size: Math.ceil(document.size / 1e6),
      limit: Math.floor(LARGE_ATTACHMENT_LIMIT / 1e6),
    });
  }
  const progress = (n: number): void => onBytes?.(n, document.size);
  progress(0);
  const small = document.size < SMALL_ATTACHMENT_LIMIT;
  let draftId = drafts[0]?.id ?? null;
  let forwardId = drafts[0]?.internetMessageId ?? null;
  if (draftId === null) {
    const { value } = await graph.request<{ id: string; internetMessageId?: string }>(
      'POST',
      '/me/messages',
      {
        body: {
          subject: req.subject,
          body: { contentType: 'text', content: req.body },
          toRecipients: [{ emailAddress: { address: req.to } }],
          singleValueExtendedProperties: [
            { id: SENT_ON_PROPERTY, value: req.messageId },
            { id: SENT_ON_REFERENCE, value: req.reference ?? '' },
            { id: SENT_ON_FINGERPRINT, value: req.fingerprint ?? '' },
          ],
          ...(req.headers && req.headers.length > 0
            ? { internetMessageHeaders: req.headers.map((h) => ({ name: h.name, value: h.value })) }
            : {}),
          ...(small ? { attachments: [fileAttachment(req.name, await whole(document))] } : {}),
        },
      },
    );
    draftId = value.id;
    forwardId = value.internetMessageId ?? null;
    if (!small) await upload(graph, draftId, req, document, progress);
  } else if (!(await hasOriginal(graph, draftId, req.name))) {
    if (small) {
      await graph.request('POST', `${messagePath(draftId)}/attachments`, {
        body: fileAttachment(req.name, await whole(document)),
      });
    } else {
      await upload(graph, draftId, req, document, progress);
    }
  }
  progress(document.size);
  try {
    await graph.request('POST', `${messagePath(draftId)}/send`);
  } catch (e) {
    // Sent, with the answer lost (or repeated after a 503 and then not found):
    // Sent Items says so. Otherwise the draft stays for the next try.
    const sent = isFailure(e) ? await findSentOn(graph, req.messageId, req.to) : null;
    if (!sent) throw e;
    return { ...sent, earlier: false };
  }
  return {
    at: now().toISOString(),
    reference: req.reference ?? null,
    fingerprint: req.fingerprint ?? null,
    forwardId,
    earlier: false,
  };
}

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
  readonly now?: () => Date;
}

export interface SentOriginal {
  readonly kind: 'sent' | 'already-sent';
  readonly to: string;
  /** When it was sent (ISO instant). */
  readonly at: string;
  /** What the user reads: "Sent to …" or "Already sent to … on …". */
  readonly message: string;
}

interface OriginalMeta {
  readonly internetMessageId?: string | null;
  readonly subject?: string | null;
  readonly receivedDateTime?: string | null;
  readonly from?: {
    readonly emailAddress?: { readonly name?: string; readonly address?: string };
  } | null;
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
  const path = `/users/${encodeURIComponent(item.mailbox)}/messages/${encodeURIComponent(item.restId)}`;
  const { value: meta } = await graph.request<OriginalMeta>(
    'GET',
    `${path}?$select=internetMessageId,subject,receivedDateTime,from`,
  );
  const messageId = meta.internetMessageId?.trim();
  if (!messageId) throw new ForwardRefused('no-message-id');
  const subject = meta.subject ?? '';
  const name = fileNameOf(subject, 'eml');
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
    input.onProgress,
    input.now,
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
