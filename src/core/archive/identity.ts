/**
 * Who a message is (issue 11, item 3): more than its Message-ID. Scanners,
 * web forms and some mail systems give different messages the same
 * Message-ID, and a header can be forged; so the archive keeps a
 * fingerprint of the message with the record, and "already filed" is said
 * only when the fingerprint is the same.
 *
 * The fingerprint covers what makes the message this message and survives
 * transport, not its bytes: two mailboxes receive one message with other
 * Received headers, another transfer encoding or other line ends, and it is
 * the same message.
 *
 *   the Date header's instant            (not its spelling or zone)
 *   the sender's address, in lower case  (not the display name)
 *   the subject, NFC, trimmed
 *   the body text, white space runs collapsed to one space, trimmed
 *   each attachment that is not inline:  name (NFC), size, SHA-256
 *
 * SHA-256 through Web Crypto (`crypto.subtle`, in browsers and Node 20);
 * no Node built-ins here.
 */
import { parseMailDate } from '../mime/date';
import { encodeUtf8 } from '../text/utf8';

/** What the fingerprint reads of a message (core's IncomingMessage has all of it). */
export interface FingerprintSource {
  readonly from: { readonly address: string } | null;
  readonly subject: string;
  readonly body: string;
  readonly attachments: readonly {
    readonly name: string;
    readonly size: number;
    readonly bytes?: Uint8Array;
    readonly inline?: boolean;
  }[];
  /** Header names in lower case; `date` is read. */
  readonly headers: Readonly<Record<string, string>>;
}

/** Bumped when the canonical form changes (a fingerprint of one form never equals one of another). */
export const FINGERPRINT_FORM = 'arkivpost-fingerprint-1';

interface Subtle {
  digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
}

function subtle(): Subtle {
  const c = (globalThis as { crypto?: { subtle?: Subtle } }).crypto;
  if (!c?.subtle) throw new Error('Web Crypto (crypto.subtle) is not available');
  return c.subtle;
}

const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) =>
  i.toString(16).padStart(2, '0'),
);

function hex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i] as number];
  return out;
}

/** SHA-256 of bytes, as 64 lower-case hex digits. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return hex(await subtle().digest('SHA-256', bytes));
}

/** The instant a Date header names, as ISO; the header as written when it names none. */
function instantOf(date: string | undefined): string {
  if (date === undefined) return '';
  const d = parseMailDate(date);
  return d === null ? collapsed(date) : d.toISOString();
}

/** Text with every run of white space one space, and none at either end. */
function collapsed(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The canonical form the fingerprint is taken over: a JSON array, so that
 * no field can run into the next.
 */
export async function canonicalForm(message: FingerprintSource): Promise<string> {
  const attachments: [string, number, string][] = [];
  for (const a of message.attachments) {
    if (a.inline === true) continue;
    const bytes = a.bytes ?? new Uint8Array(0);
    attachments.push([a.name.normalize('NFC').trim(), bytes.byteLength, await sha256Hex(bytes)]);
  }
  return JSON.stringify([
    FINGERPRINT_FORM,
    instantOf(message.headers['date']),
    (message.from?.address ?? '').trim().toLowerCase(),
    message.subject.normalize('NFC').trim(),
    collapsed(message.body),
    attachments,
  ]);
}

/** SHA-256 (hex) over the message's canonical form. */
export async function messageFingerprint(message: FingerprintSource): Promise<string> {
  return sha256Hex(encodeUtf8(await canonicalForm(message)));
}

const MESSAGE_ID = /^<?([^<>@\s]+)@([^<>@\s]+?)>?$/;
/** What an id-left or id-right may hold (RFC 5322 dot-atom text). */
const ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;

/**
 * The external id a record carries: the Message-ID itself, or, when that
 * Message-ID is already on a record of a different message (`taken`), one
 * derived from it and the fingerprint,
 *
 *   <fp-<first 16 hex digits>.<id-left>@<id-right>>
 *
 * deterministic (every pane derives the same), itself a valid Message-ID,
 * and never the same as the original. A Message-ID that is not one
 * (no "@", spaces) gives `<fp-<16 hex>@arkivpost.invalid>`.
 */
export function externalIdFor(messageId: string, fingerprint: string, taken: boolean): string {
  if (!taken) return messageId;
  const fp = `fp-${fingerprint.toLowerCase().slice(0, 16)}`;
  const m = MESSAGE_ID.exec(messageId.trim());
  const left = m?.[1];
  const right = m?.[2];
  if (left && right && ATOM.test(left) && ATOM.test(right) && left.length <= 200) {
    return `<${fp}.${left}@${right}>`;
  }
  return `<${fp}@arkivpost.invalid>`;
}

/** True when `id` was derived by externalIdFor from some Message-ID and this fingerprint. */
export function isDerivedId(id: string, fingerprint: string): boolean {
  return id.startsWith(`<fp-${fingerprint.toLowerCase().slice(0, 16)}`);
}
