/**
 * A message being written, as an .eml (RFC 5322 / MIME) — what the archive
 * keeps as an outgoing case document's main document when it is filed
 * before it is sent (R19). Office.js cannot give a compose item's MIME, so
 * the task pane writes it from what the compose form holds.
 *
 * Shape: the text part alone, or multipart/alternative (text first, then
 * HTML); inline attachments with a Content-ID go with the HTML in a
 * multipart/related inside the alternative; everything else (and inline
 * parts without HTML or without a Content-ID, marked inline) follows the
 * body in a multipart/mixed.
 *
 * Text and HTML are UTF-8 in quoted-printable, attachments base64.
 * Non-ASCII subjects and display names are RFC 2047 encoded-words,
 * attachment names RFC 2231 (`filename*`) with an ASCII `filename=` and
 * Content-Type `name=` for readers that know only those. Addresses and ids
 * are written as given, less control characters, white space and angle
 * brackets. Header lines fold at 78 characters wherever there is a place to
 * fold; line breaks and control characters in header text become spaces.
 *
 * Boundaries start with "=_", which neither quoted-printable nor base64 can
 * produce, and each ends with "_" after its number, so no boundary is a
 * prefix of another: no part's content can close a part.
 *
 * Pure: no TextEncoder, Buffer or DOM (core's rules), so it runs wherever
 * the filing chunk does.
 */

import type { MessageAttachment, Address } from '../message';
import { encodeUtf8 } from '../text/utf8';
import {
  CRLF,
  addressField,
  bare,
  field,
  headerText,
  mediaType,
  nameParams,
  rfc5322Date,
  unstructured,
  withParams,
} from './write-header';
import { base64Lines, quotedPrintable } from './write-transfer';

export interface EmlAttachment extends Pick<MessageAttachment, 'name' | 'contentType' | 'inline'> {
  readonly bytes: Uint8Array;
  /** Referenced from the HTML as cid:…, with or without the angle brackets. */
  readonly contentId?: string;
}

export interface EmlDraft {
  readonly from: Address;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  readonly subject: string;
  /** The body as plain text. */
  readonly text: string;
  /** The body as HTML, when the form has one. */
  readonly html?: string;
  readonly attachments: readonly EmlAttachment[];
  readonly date: Date;
  /** `<left@right>`; the angle brackets are added when missing. */
  readonly messageId: string;
  /** More header fields, e.g. In-Reply-To, References, X-Arkivpost-Draft. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface EmlOptions {
  /** Boundary stem; by default one made from the Message-ID. */
  readonly boundary?: string;
}

/** Fields the writer sets itself; `headers` may not repeat them. */
const OWN_FIELDS = new Set([
  'date',
  'from',
  'sender',
  'to',
  'cc',
  'bcc',
  'subject',
  'message-id',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'content-disposition',
  'content-id',
]);

const NON_ASCII = /[\u0080-\uffff]/;

// ---------------------------------------------------------- structure

type Chunk = string | Uint8Array;

interface Part {
  /** Content-* fields, folded. */
  readonly headers: string[];
  readonly body?: Chunk;
  readonly children?: readonly Part[];
  readonly boundary?: string;
}

function textPart(subtype: 'plain' | 'html', text: string): Part {
  return {
    headers: [
      field('Content-Type', withParams(`text/${subtype}`, ['charset=utf-8'])),
      'Content-Transfer-Encoding: quoted-printable',
    ],
    body: quotedPrintable(text),
  };
}

function attachmentPart(a: EmlAttachment, disposition: 'attachment' | 'inline'): Part {
  const names = nameParams(a.name);
  const headers = [
    field('Content-Type', withParams(mediaType(a.contentType), names.type)),
    field('Content-Disposition', withParams(disposition, names.disposition)),
    'Content-Transfer-Encoding: base64',
  ];
  const cid = contentId(a);
  if (cid !== '') headers.push(field('Content-ID', [`<${cid}>`]));
  return { headers, body: base64Lines(a.bytes) };
}

function contentId(a: EmlAttachment): string {
  return a.contentId === undefined ? '' : bare(a.contentId);
}

function writeTree(part: Part, out: Chunk[]): void {
  if (part.children === undefined) {
    out.push(part.body ?? '');
    return;
  }
  for (const child of part.children) {
    out.push(`--${part.boundary}${CRLF}${child.headers.join(CRLF)}${CRLF}${CRLF}`);
    writeTree(child, out);
    out.push(CRLF);
  }
  out.push(`--${part.boundary}--`);
}

/** The chunks as one byte array, allocated once. */
function join(chunks: readonly Chunk[]): Uint8Array {
  const parts = chunks.map((c) => {
    if (typeof c !== 'string') return c;
    if (NON_ASCII.test(c)) return encodeUtf8(c);
    const b = new Uint8Array(c.length);
    for (let i = 0; i < c.length; i++) b[i] = c.charCodeAt(i);
    return b;
  });
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** FNV-1a of the text, as hex: a stem that differs from message to message. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The draft as an .eml: RFC 5322 with MIME, CRLF line ends. */
export function buildEml(draft: EmlDraft, options: EmlOptions = {}): Uint8Array {
  const messageId = bare(draft.messageId);
  if (messageId === '') throw new RangeError('buildEml: a message needs a Message-ID');
  const stem = options.boundary ?? `ap${fnv1a(messageId)}`;
  if (!/^[A-Za-z0-9'()+_,\-./:=?]{1,50}$/.test(stem)) {
    throw new RangeError('buildEml: a boundary stem is 1 to 50 boundary characters');
  }
  let count = 0;
  const multipart = (subtype: string, children: Part[], extra: string[] = []): Part => {
    const boundary = `=_${stem}.${++count}_`;
    const params = [...extra, `boundary="${boundary}"`];
    return {
      headers: [field('Content-Type', withParams(`multipart/${subtype}`, params))],
      children,
      boundary,
    };
  };

  const html = draft.html !== undefined && draft.html !== '' ? draft.html : null;
  const related = html === null ? [] : draft.attachments.filter((a) => a.inline && contentId(a));
  const mixed = draft.attachments.filter((a) => !related.includes(a));

  let body = textPart('plain', draft.text);
  if (html !== null) {
    const htmlPart =
      related.length === 0
        ? textPart('html', html)
        : multipart(
            'related',
            [textPart('html', html), ...related.map((a) => attachmentPart(a, 'inline'))],
            ['type="text/html"'],
          );
    body = multipart('alternative', [body, htmlPart]);
  }
  const root =
    mixed.length === 0
      ? body
      : multipart('mixed', [
          body,
          ...mixed.map((a) => attachmentPart(a, a.inline ? 'inline' : 'attachment')),
        ]);

  const headers = [`Date: ${rfc5322Date(draft.date)}`, addressField('From', [draft.from])];
  if (draft.to.length > 0) headers.push(addressField('To', draft.to));
  if (draft.cc.length > 0) headers.push(addressField('Cc', draft.cc));
  headers.push(field('Subject', unstructured(headerText(draft.subject), 'Subject: '.length, true)));
  headers.push(field('Message-ID', [`<${messageId}>`]));
  for (const [name, value] of Object.entries(draft.headers ?? {})) {
    if (!/^[\x21-\x39\x3b-\x7e]+$/.test(name) || OWN_FIELDS.has(name.toLowerCase())) {
      throw new RangeError(`buildEml: cannot write the field "${name}"`);
    }
    headers.push(field(name, unstructured(headerText(value).trim(), name.length + 2, false)));
  }
  headers.push('MIME-Version: 1.0', ...root.headers);

  const chunks: Chunk[] = [headers.join(CRLF) + CRLF + CRLF];
  writeTree(root, chunks);
  chunks.push(CRLF);
  return join(chunks);
}
