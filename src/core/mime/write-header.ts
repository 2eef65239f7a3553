/**
 * Header fields of a message being written (write.ts): folding at 78
 * characters, RFC 2047 encoded-words cut at grapheme clusters, mailboxes and
 * address lists, the date, media types and RFC 2231 file-name parameters.
 * Header text loses line breaks, control characters and bidi overrides.
 */

import type { Address } from '../message';
import { encodeUtf8 } from '../text/utf8';

/** Header lines kept to 78 characters, the line length RFC 5322 asks for. */
const LINE = 78;

/** RFC 2047's limit for one encoded-word. */
const WORD = 75;

export const CRLF = '\r\n';

// ---------------------------------------------------------------- text

/** Lone surrogates become U+FFFD, so the text has a UTF-8 form. */
export function wellFormed(s: string): string {
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
export function headerText(s: string): string {
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
export function bare(s: string): string {
  return wellFormed(s).replace(NOT_IN_ADDRESS, '');
}

const PRINTABLE = /^[\x20-\x7e]*$/;

// ------------------------------------------------------- header folding

/** One field; atoms are joined by single spaces, where the line may fold. */
export function field(name: string, atoms: readonly string[]): string {
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

export function hex(b: number): string {
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

export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

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
export function unstructured(value: string, prefixLength: number, encodeLong: boolean): string[] {
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

export function addressField(name: string, list: readonly Address[]): string {
  const atoms: string[] = [];
  list.forEach((a, i) => {
    if (i > 0) atoms[atoms.length - 1] += ',';
    atoms.push(...mailbox(a, i === 0 ? LINE - name.length - 2 : WORD));
  });
  return field(name, atoms);
}

/** Atoms followed by ';' but the last: a value and its parameters. */
export function withParams(value: string, params: readonly string[]): string[] {
  return [value, ...params].map((p, i, all) => (i < all.length - 1 ? `${p};` : p));
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date-time in UTC. */
export function rfc5322Date(d: Date): string {
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
export function nameParams(raw: string): { type: string[]; disposition: string[] } {
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
export function mediaType(value: string | undefined): string {
  const type = (value ?? '').split(';')[0]!.trim().toLowerCase();
  // message/* and multipart/* may not be base64-encoded (RFC 2046): kept as bytes.
  if (!MEDIA_TYPE.test(type) || /^(message|multipart)\//.test(type)) {
    return 'application/octet-stream';
  }
  return type;
}
