/**
 * The MIME reader (RFC 5322, 2045–2047, 2231) used everywhere mail is read
 * for a check: Outlook's send runtime and the read pane (attached messages),
 * `arkivpost` on the command line, filing, and the workbench's emulators.
 * Written for Outlook's JavaScript-only runtime: plain Uint8Array, no
 * TextDecoder or Blob required, ES2016 library.
 *
 * One pass over the lines of the message with a stack of open multipart
 * boundaries (looked up by value, never searched for), so the work is linear
 * in the input by construction and counted on the Meter, which may stop it
 * with OutOfTime. Bodies are views into the input until they are decoded.
 *
 * Generous limits (nesting 50, parts 10,000); reaching one, a charset that
 * cannot be decoded, or a structure that makes no sense is a `problem` the
 * caller shows as "not inspected", never silence. Malformed input never
 * throws.
 */

import type { Address } from '../message';
import { Meter } from '../metering/meter';
import { parseAddresses } from './address';
import { parseMailDate } from './date';
import { decodeHeaderBytes, decodeWords } from './words';
import { MIME_LIMITS } from './read-types';
import type { MimeContent, MimeMessage, ReadOptions } from './read-types';
import { latin1 } from './read-scan';
import { readContent } from './read-body';

export { MIME_LIMITS } from './read-types';
export type {
  HeaderField,
  MimeAttachment,
  MimeContent,
  MimeMessage,
  MimeProblem,
  MimeProblemReason,
  ReadOptions,
} from './read-types';

function firstAddress(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const a = parseAddresses(value)[0];
  return a ? a.address : undefined;
}

function receivedDate(value: string | undefined): Date | null {
  if (value === undefined) return null;
  const i = value.lastIndexOf(';');
  return i < 0 ? null : parseMailDate(value.slice(i + 1));
}

/** Read a message. Never throws on malformed input; OutOfTime from the meter propagates. */
export function readMime(raw: Uint8Array, options: ReadOptions = {}): MimeMessage {
  const meter = options.meter ?? new Meter();
  const content = readMimeContent(raw, { ...options, meter });
  const problems = content.problems.slice();
  const onBad = (): void => {
    if (!problems.some((p) => p.reason === 'encoding' && p.entry === undefined))
      problems.push({ reason: 'encoding' });
  };
  const top = content.headers;
  const addresses = (name: string): Address[] => {
    const out: Address[] = [];
    for (const f of top)
      if (f.name === name) for (const a of parseAddresses(f.value, onBad, meter)) out.push(a);
    return out;
  };
  const first = (name: string): string | undefined => {
    for (const f of top) if (f.name === name) return f.value;
    return undefined;
  };
  const messageId = first('message-id');
  const inReplyTo = first('in-reply-to');
  const references = first('references');
  const deliveredTo = firstAddress(first('delivered-to'));
  return {
    ...content,
    from: addresses('from'),
    to: addresses('to'),
    cc: addresses('cc'),
    bcc: addresses('bcc'),
    replyTo: addresses('reply-to'),
    date: parseMailDate(first('date')),
    received: receivedDate(first('received')),
    ...(messageId ? { messageId } : {}),
    ...(inReplyTo ? { inReplyTo } : {}),
    ...(references ? { references } : {}),
    ...(deliveredTo ? { deliveredTo } : {}),
    problems,
  };
}

/**
 * What a check reads of a message: its header fields, subject, text and
 * attachments, without the addresses and dates (`readMime` adds those).
 * The send runtime reads attached messages with this alone.
 */
export function readMimeContent(raw: Uint8Array, options: ReadOptions = {}): MimeContent {
  return readContent(raw, options, {
    parts: options.maxParts ?? MIME_LIMITS.maxParts,
    messages: options.maxMessages ?? MIME_LIMITS.maxMessages,
  });
}

/** The subject of a message from its header block only (an attached message's name in Outlook). */
export function readSubject(raw: Uint8Array, meter?: Meter): string {
  const n = raw.length;
  let pos = 0;
  let value: string | null = null;
  const pieces: string[] = [];
  while (pos < n) {
    let le = pos;
    while (le < n && raw[le] !== 0x0a && raw[le] !== 0x0d) le++;
    const next = le < n && raw[le] === 0x0d && raw[le + 1] === 0x0a ? le + 2 : le + 1;
    meter?.tick(next - pos);
    if (le === pos) break;
    const cont = raw[pos] === 0x20 || raw[pos] === 0x09;
    if (value !== null && !cont) break;
    if (value !== null) pieces.push(decodeHeaderBytes(raw.subarray(pos, le)));
    else if (!cont && le - pos >= 8 && latin1(raw, pos, pos + 8).toLowerCase() === 'subject:') {
      value = '';
      pieces.push(decodeHeaderBytes(raw.subarray(pos + 8, le)));
    }
    pos = next;
  }
  return value === null ? '' : decodeWords(pieces.join('').trim());
}
