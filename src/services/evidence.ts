/**
 * R11, over Graph: a threatening message kept as evidence in the mailbox's
 * folder "Arkivpost – bevis", and sent to the user's manager (or the
 * profile's security contact). See docs/adr/0013-evidence.md.
 *
 * Keeping: the original's MIME as Exchange holds it (`$value`, headers
 * intact), its SHA-256, and in the evidence folder of the same mailbox one
 * item that carries those bytes as a file attachment (`<subject>.eml`)
 * and a short body saying who kept it, when, and the hash. The item names
 * the original's Internet-Message-ID in an extended property of Arkivpost's
 * property set: before anything is made the folder is searched for it, and
 * two panes that made one each at the same moment leave the oldest.
 *
 * The folder is found by its name first; two panes that make it at once
 * get one folder: Exchange answers the second 409 ErrorFolderExists, and
 * that pane finds the first one's.
 */
import { safeFileName } from '../core/archive/file-name';
import { formatInstant } from '../core/calendar/format';
import { format } from '../core/i18n/types';
import type { Clock, Lang } from '../core/model';
import type { ArchiveDocument } from '../core/ports';
import { PROPERTY_SET_ID } from '../core/state/properties';
import { statePatch } from '../core/state';
import type { ItemState, Person } from '../core/state';
import { memoryDocument } from './filing-request';
import { evidenceMessages } from './evidence-messages';
import type { EvidenceMessageKey } from './evidence-messages';
import type { GraphClient } from './graph/client';
import { GraphFailure } from './graph/errors';
import { mailboxPath, messagePath } from './graph/paths';
import { uploadToSession } from './graph/upload';
import { readItemState } from './item-state';
import type { ChangeContext, ItemRef } from './item-state';
import {
  EML_CONTENT_TYPE,
  findSentOn,
  RANGE_SIZE,
  SMALL_ATTACHMENT_LIMIT,
  sendOn,
} from './send-on';
import type { SendOnResult } from './send-on';
import { readOriginalMeta } from './forward';

/** The evidence folder's name, the same in every language (one folder per mailbox). */
export const EVIDENCE_FOLDER = 'Arkivpost – bevis';

/** On the evidence item: the original's Internet-Message-ID. */
export const EVIDENCE_OF = `String {${PROPERTY_SET_ID}} Name Arkivpost.EvidenceOf`;
/** On the evidence item: the SHA-256 (hex) of the attached .eml. */
export const EVIDENCE_SHA256 = `String {${PROPERTY_SET_ID}} Name Arkivpost.EvidenceSha256`;

/** Where the message is: /users/{mailbox}/messages/{restId}. */
export interface EvidenceItem {
  readonly mailbox: string;
  readonly restId: string;
}

/** The original as Graph describes it, and its bytes. */
export interface Original {
  readonly messageId: string;
  readonly subject: string;
  readonly from: string | null;
  readonly received: string | null;
  /** The .eml's file name, from the subject. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** SHA-256 of `bytes`, lower-case hex. */
  readonly sha256: string;
}

/** The message has no Internet-Message-ID: nothing names it across mailboxes, so nothing is kept. */
export class NoMessageId extends Error {
  constructor() {
    super('the message has no Internet-Message-ID');
    this.name = 'NoMessageId';
  }
}

/** SHA-256 of the bytes, lower-case hex (WebCrypto: the pane's and Node's). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** The original's facts and its MIME, byte for byte as Exchange gives it, with its hash. */
export async function readOriginal(graph: GraphClient, item: EvidenceItem): Promise<Original> {
  const path = messagePath(item);
  const meta = await readOriginalMeta(graph, path);
  const messageId = meta.internetMessageId?.trim();
  if (!messageId) throw new NoMessageId();
  const subject = (meta.subject ?? '').replace(/[\r\n]+/g, ' ');
  const bytes = await graph.bytes(`${path}/$value`);
  const from = meta.from?.emailAddress;
  return {
    messageId,
    subject,
    from: from?.address ? `${from.name ?? from.address} <${from.address}>` : null,
    received: meta.receivedDateTime ?? null,
    name: safeFileName(subject, 'eml', { fallback: 'melding' }),
    bytes,
    sha256: await sha256Hex(bytes),
  };
}

// ---------------------------------------------------------------- the folder

/** An OData string literal's content: a quote is written twice. */
const literal = (s: string): string => s.replace(/'/g, "''");

const isConflict = (e: unknown): boolean => e instanceof GraphFailure && e.status === 409;

async function findFolder(graph: GraphClient, mailbox: string): Promise<string | null> {
  const filter = `displayName eq '${literal(EVIDENCE_FOLDER)}'`;
  const { value } = await graph.request<{ value?: { id: string; displayName: string }[] }>(
    'GET',
    `${mailboxPath(mailbox)}/mailFolders?$filter=${encodeURIComponent(filter)}&$select=id,displayName`,
  );
  const found = (value?.value ?? []).find(
    (f) => f.displayName.toLowerCase() === EVIDENCE_FOLDER.toLowerCase(),
  );
  return found?.id ?? null;
}

/**
 * The evidence folder's id in the mailbox: found by its name, else made.
 * When another pane made it between our look and our POST, Exchange answers
 * 409 (ErrorFolderExists) and we take theirs: never two folders.
 */
export async function evidenceFolder(graph: GraphClient, mailbox: string): Promise<string> {
  const found = await findFolder(graph, mailbox);
  if (found !== null) return found;
  try {
    const { value } = await graph.request<{ id: string }>(
      'POST',
      `${mailboxPath(mailbox)}/mailFolders`,
      { body: { displayName: EVIDENCE_FOLDER } },
    );
    return value.id;
  } catch (e) {
    // Made meanwhile by someone else, or by our own POST whose answer was lost.
    if (!isConflict(e) && !(e instanceof GraphFailure && e.ambiguous)) throw e;
    const again = await findFolder(graph, mailbox);
    if (again === null) throw e;
    return again;
  }
}

// ---------------------------------------------------------------- the evidence item

interface KeptMessage {
  readonly id: string;
  readonly createdDateTime?: string;
  readonly singleValueExtendedProperties?: readonly {
    readonly id: string;
    readonly value: string;
  }[];
}

/** What is in the evidence folder for the original. */
export interface KeptRecord {
  /** The evidence item's id. */
  readonly id: string;
  /** When it was made (ISO instant), or '' when Graph did not say. */
  readonly at: string;
  /** The hash it records. */
  readonly sha256: string;
}

function recordOf(m: KeptMessage): KeptRecord {
  const sha = (m.singleValueExtendedProperties ?? []).find(
    (p) => p.id.toLowerCase() === EVIDENCE_SHA256.toLowerCase(),
  )?.value;
  const at = Date.parse(m.createdDateTime ?? '');
  return { id: m.id, at: Number.isNaN(at) ? '' : new Date(at).toISOString(), sha256: sha ?? '' };
}

/** The evidence items for the original in the folder, oldest first (ties by id: every pane orders alike). */
export async function findKept(
  graph: GraphClient,
  mailbox: string,
  folderId: string,
  messageId: string,
): Promise<KeptRecord[]> {
  const filter = `singleValueExtendedProperties/Any(ep: ep/id eq '${EVIDENCE_OF}' and ep/value eq '${literal(messageId)}')`;
  const expand = `singleValueExtendedProperties($filter=id eq '${EVIDENCE_SHA256}')`;
  const query = [
    `$filter=${encodeURIComponent(filter)}`,
    `$expand=${encodeURIComponent(expand)}`,
    '$select=id,createdDateTime',
    '$top=50',
  ].join('&');
  const { value } = await graph.request<{ value?: KeptMessage[] }>(
    'GET',
    `${mailboxPath(mailbox)}/mailFolders/${encodeURIComponent(folderId)}/messages?${query}`,
  );
  return (value?.value ?? [])
    .map(recordOf)
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

/** One line per field; a field without a value is left out. */
function lines(
  m: (k: EvidenceMessageKey) => string,
  fields: readonly (readonly [EvidenceMessageKey, string | null])[],
): string[] {
  const out: string[] = [];
  for (const [key, value] of fields) {
    const v = (value ?? '').replace(/[\r\n]+/g, ' ').trim();
    if (v !== '') out.push(`${m(key)}: ${v}`);
  }
  return out;
}

export interface KeepRequest {
  readonly item: EvidenceItem;
  /** Who keeps it. */
  readonly by: Person;
  /** The organisation's language and time zone: the item is read by everyone in the mailbox. */
  readonly lang: Lang;
  readonly timeZone: string;
  readonly clock: Clock;
}

export interface KeptEvidence extends KeptRecord {
  /** True when an item was there already and nothing new was made. */
  readonly earlier: boolean;
  /** The original's Internet-Message-ID. */
  readonly messageId: string;
}

/** The .eml onto the evidence item through an upload session (a large original). */
async function upload(
  graph: GraphClient,
  mailbox: string,
  itemId: string,
  document: ArchiveDocument,
): Promise<void> {
  const { value } = await graph.request<{ uploadUrl: string }>(
    'POST',
    `${messagePath({ mailbox, restId: itemId })}/attachments/createUploadSession`,
    {
      body: {
        AttachmentItem: {
          attachmentType: 'file',
          name: document.name,
          size: document.size,
          contentType: EML_CONTENT_TYPE,
        },
      },
    },
  );
  const end = await uploadToSession(graph, value.uploadUrl, {
    document,
    size: document.size,
    rangeSize: RANGE_SIZE,
    changed: () => new Error(`${document.name} changed while it was read`),
    ask: false,
  });
  if (end.kind !== 'done') {
    throw new GraphFailure('not-found', 404, 'itemNotFound', null, 'the upload session went away');
  }
}

/**
 * Keep the original as evidence, once. Resolves with the one evidence item
 * for it in the mailbox's evidence folder (made now, or found). Throws
 * GraphFailure or NoMessageId; a failure half-way can leave an item without
 * its attachment only when the upload of a large original broke, which the
 * next try finds by its property and completes by making a whole one and
 * removing the other.
 */
export async function keepEvidence(graph: GraphClient, req: KeepRequest): Promise<KeptEvidence> {
  const { item, lang } = req;
  const original = await readOriginal(graph, item);
  const folderId = await evidenceFolder(graph, item.mailbox);
  const before = await findKept(graph, item.mailbox, folderId, original.messageId);
  const whole = before.find((k) => k.sha256 !== '');
  if (whole) return { ...whole, earlier: true, messageId: original.messageId };

  const m = (k: EvidenceMessageKey): string => evidenceMessages[lang][k];
  const at = req.clock.now().toISOString();
  const when = (iso: string | null): string | null =>
    iso === null ? null : formatInstant(iso, lang, req.timeZone);
  const body = [
    m('evidence.intro'),
    '',
    ...lines(m, [
      ['evidence.by', `${req.by.name} <${req.by.address}>`],
      ['evidence.at', when(at)],
      ['evidence.from', original.from],
      ['evidence.received', when(original.received)],
      ['evidence.original-subject', original.subject],
      ['evidence.message-id', original.messageId],
      ['evidence.sha256', original.sha256],
    ]),
    '',
    format(m('evidence.attached'), { name: original.name }),
  ].join('\n');
  const small = original.bytes.byteLength < SMALL_ATTACHMENT_LIMIT;
  const folderPath = `${mailboxPath(item.mailbox)}/mailFolders/${encodeURIComponent(folderId)}/messages`;
  const { value: made } = await graph.request<{ id: string; createdDateTime?: string }>(
    'POST',
    folderPath,
    {
      body: {
        subject: format(m('evidence.subject'), { subject: original.subject }),
        body: { contentType: 'text', content: body },
        // The hash is written only with the whole .eml: an item without it is a broken try.
        singleValueExtendedProperties: [
          { id: EVIDENCE_OF, value: original.messageId },
          ...(small ? [{ id: EVIDENCE_SHA256, value: original.sha256 }] : []),
        ],
        ...(small
          ? {
              attachments: [
                {
                  '@odata.type': '#microsoft.graph.fileAttachment',
                  name: original.name,
                  contentType: EML_CONTENT_TYPE,
                  contentBytes: base64(original.bytes),
                },
              ],
            }
          : {}),
      },
    },
  );
  if (!small) {
    const doc = memoryDocument(original.name, EML_CONTENT_TYPE, 'main', original.bytes);
    await upload(graph, item.mailbox, made.id, doc);
    await graph.request('PATCH', messagePath({ mailbox: item.mailbox, restId: made.id }), {
      body: { singleValueExtendedProperties: [{ id: EVIDENCE_SHA256, value: original.sha256 }] },
    });
  }
  // Two panes at once each made one: every pane keeps the oldest and removes the rest.
  const after = await findKept(graph, item.mailbox, folderId, original.messageId);
  const kept = after.find((k) => k.sha256 !== '') ?? recordOf(made);
  for (const extra of after) {
    if (extra.id === kept.id) continue;
    try {
      await graph.request('DELETE', messagePath({ mailbox: item.mailbox, restId: extra.id }));
    } catch (e) {
      // Removed by the other pane already.
      if (!(e instanceof GraphFailure && e.kind === 'not-found')) throw e;
    }
  }
  return {
    id: kept.id,
    // Made now: when this pane made it (the one clock); else when the other did.
    at: kept.id === made.id || kept.at === '' ? at : kept.at,
    sha256: kept.sha256 || original.sha256,
    earlier: kept.id !== made.id,
    messageId: original.messageId,
  };
}

// ---------------------------------------------------------------- the manager

export interface Recipient {
  readonly name: string;
  readonly address: string;
}

/** The signed-in user's manager in the directory, or null when it names none (404). */
export async function readManager(graph: GraphClient): Promise<Recipient | null> {
  try {
    const { value } = await graph.request<{
      displayName?: string | null;
      mail?: string | null;
      userPrincipalName?: string | null;
    }>('GET', '/me/manager?$select=displayName,mail,userPrincipalName');
    const address = value.mail ?? value.userPrincipalName ?? '';
    if (address === '') return null;
    return { name: value.displayName ?? address, address };
  } catch (e) {
    if (e instanceof GraphFailure && e.kind === 'not-found') return null;
    throw e;
  }
}

/** Whether the signed-in user's Sent Items holds the notice of this message to this address. */
export async function noticeWent(
  graph: GraphClient,
  item: EvidenceItem,
  to: string,
): Promise<boolean> {
  const { value } = await graph.request<{ internetMessageId?: string | null }>(
    'GET',
    `${messagePath(item)}?$select=internetMessageId`,
  );
  const messageId = value.internetMessageId?.trim();
  if (!messageId) return false;
  return (await findSentOn(graph, messageId, to)) !== null;
}

export interface NoticeRequest {
  readonly item: EvidenceItem;
  readonly to: Recipient;
  readonly by: Person;
  /** The mailbox's name as people know it. */
  readonly mailboxName: string;
  /** The hash, when the message was kept as evidence. */
  readonly sha256?: string;
  /** The organisation's language. */
  readonly lang: Lang;
  readonly clock: Clock;
}

/**
 * The original, as an .eml attachment, to the manager or the security
 * contact, with a short note. Sent from the user's own mailbox through
 * ./send-on.ts: the user's Sent Items is read first, so the same user never
 * sends it twice to the same address, whatever failed where.
 */
export async function sendNotice(graph: GraphClient, req: NoticeRequest): Promise<SendOnResult> {
  const original = await readOriginal(graph, req.item);
  const m = (k: EvidenceMessageKey): string => evidenceMessages[req.lang][k];
  const body = [
    format(m('notice.intro'), { mailbox: req.mailboxName, name: original.name }),
    '',
    ...lines(m, [
      ['notice.by', `${req.by.name} <${req.by.address}>`],
      ['evidence.from', original.from],
      ['evidence.original-subject', original.subject],
      ['evidence.message-id', original.messageId],
      ['notice.kept', req.sha256 ?? null],
    ]),
  ].join('\n');
  return sendOn(
    graph,
    {
      to: req.to.address,
      subject: format(m('notice.subject'), { subject: original.subject }),
      body,
      messageId: original.messageId,
      name: original.name,
      original: async () => memoryDocument(original.name, 'message/rfc822', 'main', original.bytes),
    },
    req.clock,
  );
}

// ---------------------------------------------------------------- the claim

/** The claim this pane wrote: `notified` as the item held it after our write. */
export interface NoticeClaim {
  readonly to: string;
  readonly by: string;
  readonly at: string;
}

/** Whether the item's `notified` is the claim (the same person, instant and recipient). */
export function isClaim(state: ItemState, claim: NoticeClaim): boolean {
  const n = state.notified;
  return (
    n !== undefined &&
    n.to.toLowerCase() === claim.to.toLowerCase() &&
    n.by.address.toLowerCase() === claim.by.toLowerCase() &&
    n.at === claim.at
  );
}

/**
 * Take back a claim whose mail could not be sent, so that the next click
 * (in any pane) sends it: `notified` removed, with If-Match on the etag
 * read; a change by someone else meanwhile is read again and the claim
 * taken back from that (a few times). A claim that is no longer ours (or
 * gone) is left alone. Resolves true when the item no longer holds it.
 */
export async function withdrawClaim(
  graph: GraphClient,
  ref: ItemRef,
  claim: NoticeClaim,
  ctx: ChangeContext,
): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = await readItemState(graph, ref);
    if (!isClaim(now.state, claim)) return true;
    const { notified, ...rest } = now.state;
    void notified;
    const state: ItemState = {
      ...rest,
      updatedBy: ctx.actor,
      updatedAt: ctx.now.toISOString(),
    };
    const patch = statePatch(state, now.categories, { lang: ctx.orgLang, timeZone: ctx.timeZone });
    try {
      await graph.request('PATCH', messagePath(ref), {
        body: patch,
        headers: { 'If-Match': now.etag },
      });
      return true;
    } catch (e) {
      if (!(e instanceof GraphFailure) || (e.kind !== 'conflict' && !e.ambiguous)) throw e;
    }
  }
  return !isClaim((await readItemState(graph, ref)).state, claim);
}
