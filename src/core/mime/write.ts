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
import type { Address, MessageAttachment } from '../message';
import { encodeUtf8 } from '../text/utf8';

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

/** Header lines kept to 78 characters, the line length RFC 5322 asks for. */
const LINE = 78;
/** RFC 2047's limit for one encoded-word. */
const WORD = 75;
const CRLF = '\r\n';

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

// ---------------------------------------------------------------- text

/** Lone surrogates become U+FFFD, so the text has a UTF-8 form. */
function wellFormed(s: string): string {
  if (!/[\ud800-\udfff]/.test(s)) return s;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const next = s.charCodeAt(i + 1);
    if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i += 1;
      continue;
    }
    out += `${s.slice(from, i)}\ufffd`;
    from = i + 1;
  }
  return out + s.slice(from);
}

// eslint-disable-next-line no-control-regex -- reason: control characters are what it replaces
const CONTROLS = /\r\n|[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- reason: controls and spaces have no place in an address
const NOT_IN_ADDRESS = /[\u0000-\u0020\u007f-\u00a0<>]/g;

/**
 * Text for a header: line breaks and other control characters become
 * spaces (no header can be smuggled in), and bidi embeddings, overrides and
 * isolates left open are closed at the end, so they stay inside the value.
 */
function headerText(s: string): string {
  return closeBidi(wellFormed(s).replace(CONTROLS, ' '));
}

function closeBidi(s: string): string {
  const open: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x202a || c === 0x202b || c === 0x202d || c === 0x202e) open.push('\u202c');
    else if (c === 0x202c) {
      if (open[open.length - 1] === '\u202c') open.pop();
    } else if (c >= 0x2066 && c <= 0x2068) open.push('\u2069');
    else if (c === 0x2069 && open.includes('\u2069')) {
      // A pop directional isolate also closes what was opened inside the isolate.
      let closed: string | undefined;
      do closed = open.pop();
      while (closed !== '\u2069');
    }
  }
  return open.length === 0 ? s : s + open.reverse().join('');
}

/** An address, message id or content id: as given, less controls and spaces. */
function bare(s: string): string {
  return wellFormed(s).replace(NOT_IN_ADDRESS, '');
}

const PRINTABLE = /^[\x20-\x7e]*$/;
const NON_ASCII = /[\u0080-\uffff]/;

// ------------------------------------------------------- header folding

/** One field; atoms are joined by single spaces, where the line may fold. */
function field(name: string, atoms: readonly string[]): string {
  const lines: string[] = [];
  let line = `${name}:`;
  atoms.forEach((atom, i) => {
    if (i > 0 && atom !== '' && line.length + 1 + atom.length > LINE) {
      lines.push(line);
      line = '';
    }
    line += ` ${atom}`;
  });
  lines.push(line);
  return lines.join(CRLF);
}

/** Characters that may stand for themselves in a Q encoded-word anywhere. */
const Q_SAFE = /^[A-Za-z0-9!*+\-/]$/;

function hex(b: number): string {
  return (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
}

function qWord(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) {
    const ch = String.fromCharCode(b);
    s += b === 0x20 ? '_' : Q_SAFE.test(ch) ? ch : `=${hex(b)}`;
  }
  return s;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function bWord(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    s += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    s += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    s += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return s;
}

/** Code points that belong with the one before (marks, joiners, modifiers). */
function extendsCluster(cp: number, prev: number): boolean {
  return (
    prev === 0x200d ||
    cp === 0x200d ||
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** Characters as a reader sees them, near enough: where a word may end. */
function clusters(s: string): string[] {
  const out: string[] = [];
  let prev = -1;
  let flags = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const flag = cp >= 0x1f1e6 && cp <= 0x1f1ff;
    const joins = out.length > 0 && (extendsCluster(cp, prev) || (flag && flags % 2 === 1));
    if (joins) out[out.length - 1] += ch;
    else out.push(ch);
    flags = flag ? (joins ? flags + 1 : 1) : 0;
    prev = cp;
  }
  return out;
}

/**
 * RFC 2047 encoded-words for `text`, whole characters in each, the first no
 * longer than `first` so that it fits after the field name.
 */
function encodedWords(text: string, first: number): string[] {
  const all = encodeUtf8(text);
  const q = qWord(all).length <= Math.ceil(all.length / 3) * 4;
  const encode = q ? qWord : bWord;
  const prefix = q ? '=?UTF-8?Q?' : '=?UTF-8?B?';
  const size = (n: number, qLen: number): number => 12 + (q ? qLen : Math.ceil(n / 3) * 4);
  const words: string[] = [];
  let bytes: number[] = [];
  let qLen = 0;
  const flush = (): void => {
    if (bytes.length > 0) words.push(`${prefix}${encode(Uint8Array.from(bytes))}?=`);
    bytes = [];
    qLen = 0;
  };
  const add = (piece: string, split: boolean): void => {
    const b = encodeUtf8(piece);
    const bq = q ? qWord(b).length : 0;
    const max = words.length === 0 ? Math.max(24, Math.min(WORD, first)) : WORD;
    if (size(bytes.length + b.length, qLen + bq) > max) {
      if (split && size(b.length, bq) > WORD) {
        for (const ch of piece) add(ch, false);
        return;
      }
      flush();
    }
    for (const x of b) bytes.push(x);
    qLen += bq;
  };
  for (const c of clusters(text)) add(c, true);
  flush();
  return words;
}

/** Unstructured text (a subject, an extra field) as atoms for `field`. */
function unstructured(value: string, prefixLength: number, encodeLong: boolean): string[] {
  if (value === '') return [];
  const words = value.split(' ');
  const plain =
    PRINTABLE.test(value) &&
    !value.includes('=?') &&
    (!encodeLong ||
      words.every((w, i) => w.length <= (i === 0 ? LINE - prefixLength - 1 : LINE - 1)));
  return plain ? words : encodedWords(value, LINE - prefixLength - 1);
}

const ATOMS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?: [A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

function mailbox(a: Address, first: number): string[] {
  const address = bare(a.address);
  const name = headerText(a.name ?? '').trim();
  if (name === '') return [address];
  let phrase: string[];
  if (PRINTABLE.test(name) && !name.includes('=?') && name.length <= 60) {
    phrase = ATOMS.test(name) ? name.split(' ') : [`"${name.replace(/["\\]/g, '\\$&')}"`];
  } else {
    phrase = encodedWords(name, first);
  }
  return [...phrase, `<${address}>`];
}

function addressField(name: string, list: readonly Address[]): string {
  const atoms: string[] = [];
  list.forEach((a, i) => {
    if (i > 0) atoms[atoms.length - 1] += ',';
    atoms.push(...mailbox(a, i === 0 ? LINE - name.length - 2 : WORD));
  });
  return field(name, atoms);
}

/** Atoms followed by ';' but the last: a value and its parameters. */
function withParams(value: string, params: readonly string[]): string[] {
  return [value, ...params].map((p, i, all) => (i < all.length - 1 ? `${p};` : p));
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date-time in UTC. */
function rfc5322Date(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new RangeError('buildEml: invalid date');
  const two = (n: number): string => String(n).padStart(2, '0');
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} +0000`;
}

// --------------------------------------------------- attachment names

/** RFC 2231 attr-chars: what may stand for itself in `filename*`. */
const ATTR_CHAR = /^[A-Za-z0-9!#$&+\-.^_`|~]$/;

function percent(s: string): string {
  let out = '';
  for (const b of encodeUtf8(s)) {
    const ch = String.fromCharCode(b);
    out += ATTR_CHAR.test(ch) ? ch : `%${hex(b)}`;
  }
  return out;
}

/** `key*=UTF-8''…`, in numbered sections when it would not fit one line. */
function extendedParam(key: string, value: string): string[] {
  const whole = `${key}*=UTF-8''${percent(value)}`;
  if (whole.length <= LINE - 2) return [whole];
  const sections: string[] = [];
  let current = `${key}*0*=UTF-8''`;
  let empty = true;
  for (const ch of value) {
    const piece = percent(ch);
    if (!empty && current.length + piece.length > LINE - 2) {
      sections.push(current);
      current = `${key}*${sections.length}*=`;
    }
    current += piece;
    empty = false;
  }
  sections.push(current);
  return sections;
}

const LATIN: Readonly<Record<string, string>> = {
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  å: 'a',
  Å: 'A',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ł: 'l',
  Ł: 'L',
  œ: 'oe',
  Œ: 'OE',
};

/** The name in ASCII for readers that know no RFC 2231: "søknad" → "soknad". */
function asciiName(name: string): string {
  let out = '';
  for (const ch of name.normalize('NFKD')) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x0300 && c <= 0x036f) continue;
    if (c >= 0x20 && c <= 0x7e && ch !== '"' && ch !== '\\') out += ch;
    else if (LATIN[ch] !== undefined) out += LATIN[ch];
    else if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) out += '-';
    else if (c >= 0x2018 && c <= 0x201f) out += "'";
    else out += '_';
  }
  const max = 60;
  if (out.length <= max) return out;
  const dot = out.lastIndexOf('.');
  const ext = dot > 0 && out.length - dot <= 10 ? out.slice(dot) : '';
  return out.slice(0, max - ext.length) + ext;
}

/** Content-Type `name=` and Content-Disposition `filename` parameters. */
function nameParams(raw: string): { type: string[]; disposition: string[] } {
  const name = headerText(raw).trim();
  if (name === '') return { type: [], disposition: [] };
  const simple = `"${name}"`;
  if (/^[\x20-\x21\x23-\x5b\x5d-\x7e]*$/.test(name) && simple.length + 10 <= LINE - 2) {
    return { type: [`name=${simple}`], disposition: [`filename=${simple}`] };
  }
  const ascii = `"${asciiName(name)}"`;
  return {
    type: [`name=${ascii}`],
    disposition: [`filename=${ascii}`, ...extendedParam('filename', name)],
  };
}

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN}$`);

/** The attachment's media type, or application/octet-stream; parameters are dropped. */
function mediaType(value: string | undefined): string {
  const type = (value ?? '').split(';')[0]!.trim().toLowerCase();
  // message/* and multipart/* may not be base64-encoded (RFC 2046): kept as bytes.
  if (!MEDIA_TYPE.test(type) || /^(message|multipart)\//.test(type)) {
    return 'application/octet-stream';
  }
  return type;
}

// ------------------------------------------------------------- bodies

const DOT = 0x2e;
const FROM = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "

/**
 * Quoted-printable (RFC 2045): lines of at most 76 characters with soft
 * breaks; white space before a line end, "=", a "." or "From " at the start
 * of a line, and all that is not printable ASCII are encoded.
 */
function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const source of wellFormed(text).split(/\r\n|\r|\n/)) {
    const b = encodeUtf8(source);
    let line = '';
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      const last = i === b.length - 1;
      const literal =
        (c >= 0x21 && c <= 0x7e && c !== 0x3d) || ((c === 0x20 || c === 0x09) && !last);
      const width = literal ? 1 : 3;
      if (line.length + width > (last ? 76 : 75)) {
        out.push(`${line}=`);
        line = '';
      }
      const startsBadly = line === '' && (c === DOT || FROM.every((f, k) => b[i + k] === f));
      line += literal && !startsBadly ? String.fromCharCode(c) : `=${hex(c)}`;
    }
    out.push(line);
  }
  return out.join(CRLF);
}

const B64_CODES = Uint8Array.from(B64, (c) => c.charCodeAt(0));

/** Base64 in lines of 76 characters, straight into bytes (large files). */
function base64Lines(bytes: Uint8Array): Uint8Array {
  const chars = Math.ceil(bytes.length / 3) * 4;
  const lines = Math.ceil(chars / 76);
  const out = new Uint8Array(chars + Math.max(0, lines - 1) * 2);
  const t = B64_CODES;
  let o = 0;
  for (let i = 0; i < bytes.length; i += 57) {
    if (i > 0) {
      out[o++] = 13;
      out[o++] = 10;
    }
    const end = Math.min(i + 57, bytes.length);
    let j = i;
    for (; j + 2 < end; j += 3) {
      const n = (bytes[j]! << 16) | (bytes[j + 1]! << 8) | bytes[j + 2]!;
      out[o++] = t[n >> 18]!;
      out[o++] = t[(n >> 12) & 63]!;
      out[o++] = t[(n >> 6) & 63]!;
      out[o++] = t[n & 63]!;
    }
    if (j < end) {
      const n = (bytes[j]! << 16) | (j + 1 < end ? bytes[j + 1]! << 8 : 0);
      out[o++] = t[n >> 18]!;
      out[o++] = t[(n >> 12) & 63]!;
      out[o++] = j + 1 < end ? t[(n >> 6) & 63]! : 0x3d;
      out[o++] = 0x3d;
    }
  }
  return out;
}

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
