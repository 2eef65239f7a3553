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
import { htmlToTextMetered } from '../attachments/text';
import { Meter, OutOfTime } from '../metering/meter';
import { parseAddresses } from './address';
import { decodeTextDetailed, resolveCharset, sniffEbcdic, utf16Order } from '../attachments/decode';
import { parseMailDate } from './date';
import { encodeUtf8 } from '../text/utf8';
import { decodeBase64Body, decodeQuotedPrintableBody, lfLineBreaks } from './transfer';
import type { DecodedBody } from './transfer';
import { decodeHeaderBytes, decodeWords, parseStructured } from './words';

export const MIME_LIMITS = {
  /** Multiparts inside multiparts, in one message. */
  maxDepth: 50,
  /** Messages attached to attached messages (when they are read, `attachedMessages`). */
  maxMessages: 50,
  /** MIME entities (containers and leaves) in one message. */
  maxParts: 10_000,
} as const;

export type MimeProblemReason = 'nesting' | 'parts' | 'encoding' | 'format';

/** Something in the message that was not read: the caller shows it as "not inspected". */
export interface MimeProblem {
  readonly reason: MimeProblemReason;
  /** The file it concerns, when it has a name. */
  readonly entry?: string;
}

export interface HeaderField {
  /** Lower case. */
  readonly name: string;
  /** Unfolded; 8-bit bytes read as UTF-8 (or windows-1252); encoded words left as they are. */
  readonly value: string;
}

export interface MimeAttachment {
  /** The file name (RFC 2231 and encoded words decoded), or null when the part has none. */
  readonly name: string | null;
  /** `type/subtype` in lower case. */
  readonly contentType: string;
  /** The decoded content, or its first `maxAttachmentBytes` bytes. */
  readonly bytes: Uint8Array;
  /** Decoded size of the whole content. */
  readonly size: number;
  readonly disposition: 'attachment' | 'inline' | null;
  /** Inside a multipart/related with a Content-ID: a resource of the HTML body (an inline image). */
  readonly related: boolean;
  readonly contentId?: string;
  /**
   * An attached message (message/rfc822), read in the same pass as the
   * message it is attached to, when `attachedMessages` asks for it.
   */
  readonly message?: MimeContent;
  /** Why an attached message was not read (a limit was met), when it was asked for. */
  readonly notRead?: 'nesting' | 'parts';
}

/** A message's content: what the checks read. */
export interface MimeContent {
  /** The top-level header fields in order. */
  readonly headers: readonly HeaderField[];
  /** True when the input starts with at least one header field. */
  readonly hasHeaders: boolean;
  readonly subject: string;
  /** The body as plain text: text/plain parts, or HTML as text where a part has only HTML. */
  readonly text: string;
  /** The HTML parts, when asked for (`keepHtml`) and there are any; else null. */
  readonly html: string | null;
  readonly attachments: readonly MimeAttachment[];
  readonly problems: readonly MimeProblem[];
  /** MIME entities read. */
  readonly parts: number;
}

/** A whole message: its content, addresses and dates. */
export interface MimeMessage extends MimeContent {
  readonly from: readonly Address[];
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  readonly bcc: readonly Address[];
  readonly replyTo: readonly Address[];
  /** The Date header, or null when missing or not a date. */
  readonly date: Date | null;
  /** The date of the topmost Received header (the receiving server's), or null. */
  readonly received: Date | null;
  readonly messageId?: string;
  readonly inReplyTo?: string;
  readonly references?: string;
  readonly deliveredTo?: string;
}

export interface ReadOptions {
  /** Counts the work (a step per byte and line); with a deadline it throws OutOfTime. */
  readonly meter?: Meter;
  readonly maxDepth?: number;
  readonly maxMessages?: number;
  readonly maxParts?: number;
  /** Attachments are decoded this far (their size is still counted in full). */
  readonly maxAttachmentBytes?: number;
  /** Keep the HTML of the body in `html` (otherwise only its text is kept). */
  readonly keepHtml?: boolean;
  /**
   * Read attached messages (message/rfc822) too, in the same pass: their
   * nesting counts towards `maxDepth` with the multiparts, and their parts
   * towards `maxParts`. Each comes back as its attachment's `message`.
   */
  readonly attachedMessages?: boolean;
}

const CONTENT_PREFIX = 'content-';

interface Part {
  readonly id: number;
  /** The message the part belongs to: the id of its root (its own for a root). */
  readonly owner: number;
  /** Multiparts around this entity in its message (0 for the message itself). */
  readonly depth: number;
  /** Attached messages around it (0 in the message read). */
  readonly level: number;
  /** Nearest multipart/alternative around it, or -1. */
  readonly alt: number;
  /** Inside a multipart/related. */
  readonly related: boolean;
  /** The content type when the part has none (message/rfc822 inside multipart/digest). */
  readonly defaultType: string;
  fields: HeaderField[];
  bodyStart: number;
  type: string;
  params: ReadonlyMap<string, string>;
}

/** An open multipart, or an attached message being read (it ends with its parent). */
interface Open {
  readonly part: Part;
  /** The boundary's bytes (null for an attached message), and their hash. */
  readonly boundary: Uint8Array | null;
  readonly hash: number;
  children: number;
  /** For an attached message: the root part of the message inside. */
  readonly inner?: Part;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of b[from, to), continuing from `h`. */
function fnv(b: Uint8Array, from: number, to: number, h: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ (b[i] as number), FNV_PRIME);
  return h;
}

interface Leaf {
  readonly part: Part;
  readonly start: number;
  readonly end: number;
  /** A multipart whose parts were not found: its body read as text. */
  readonly fallback?: boolean;
  /** An attached message read in the same pass: the root part of the message inside. */
  readonly inner?: Part;
}

const enum Mode {
  Headers,
  Body,
  /** Lines of a multipart before its first boundary, after its last, or of a part not read. */
  Skip,
}

function latin1(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i += 0x2000) {
    s += String.fromCharCode.apply(
      null,
      b.subarray(i, Math.min(to, i + 0x2000)) as unknown as number[],
    );
  }
  return s;
}

/** A header field name: printable ASCII without ":", at most this long. */
const MAX_NAME = 128;

/** Length of the field name at `ls` (the index of ":" minus ls), or -1 when the line is no field. */
function fieldName(b: Uint8Array, ls: number, le: number): number {
  let i = ls;
  while (i < le && i - ls <= MAX_NAME) {
    const c = b[i] as number;
    if (c === 0x3a) break;
    if (c <= 0x20 || c >= 0x7f) {
      // "Subject : x" (obsolete): blanks before the colon.
      let j = i;
      while (j < le && (b[j] === 0x20 || b[j] === 0x09)) j++;
      if (j > i && j < le && b[j] === 0x3a && i > ls) return i - ls;
      return -1;
    }
    i++;
  }
  if (i >= le || b[i] !== 0x3a || i === ls) return -1;
  return i - ls;
}

class Problems {
  readonly list: MimeProblem[] = [];
  private readonly seen = new Set<string>();
  add(reason: MimeProblemReason, entry?: string): void {
    const key = reason + '\u0000' + (entry ?? '');
    if (this.seen.has(key) || this.list.length >= 100) return;
    this.seen.add(key);
    this.list.push(entry !== undefined ? { reason, entry } : { reason });
  }
}

interface Scan {
  readonly top: Part;
  readonly leaves: Leaf[];
  readonly parts: number;
  readonly hasHeaders: boolean;
}

const IDENTITY_ENCODINGS = ['', '7bit', '8bit', 'binary'];

function isMessageType(type: string): boolean {
  return type === 'message/rfc822' || type === 'message/global';
}

/** A part that is a message sent as it is (no base64 or quoted-printable): read in the same pass. */
function isInlineMessage(part: Part): boolean {
  if (!isMessageType(part.type)) return false;
  const cte = (field(part, 'content-transfer-encoding') ?? '').trim().toLowerCase();
  return IDENTITY_ENCODINGS.indexOf(cte) >= 0;
}

function newPart(
  id: number,
  owner: number,
  level: number,
  depth: number,
  alt: number,
  related: boolean,
  defaultType: string,
  bodyStart: number,
): Part {
  return {
    id,
    owner,
    level,
    depth,
    alt,
    related,
    defaultType,
    fields: [],
    bodyStart,
    type: 'text/plain',
    params: new Map(),
  };
}

/** Split the message into parts: the line loop. */
function scan(raw: Uint8Array, meter: Meter, problems: Problems, opts: ReadOptions): Scan {
  const maxDepth = opts.maxDepth ?? MIME_LIMITS.maxDepth;
  const maxMessages = opts.maxMessages ?? MIME_LIMITS.maxMessages;
  const maxParts = opts.maxParts ?? MIME_LIMITS.maxParts;
  const n = raw.length;
  const leaves: Leaf[] = [];
  const stack: Open[] = [];
  // Open multiparts (their index on the stack) by the hash of their boundary.
  const byHash = new Map<number, number[]>();
  let longest = 0;
  let parts = 1;
  let nextId = 1;
  const top = newPart(0, 0, 0, 0, -1, false, 'text/plain', 0);
  let cur: Part | null = top;
  let mode: Mode = Mode.Headers;
  let hasHeaders = false;
  // The field being read: its name, and where its value starts and ends
  // (its lines follow one another: the value is those bytes without line breaks).
  let fieldNameStr = '';
  let fieldStart = -1;
  let fieldEnd = -1;
  let keepField = true;
  // End of the content of the line before the current one.
  let prevEnd = 0;
  // Positions of the next CR and LF (cached so each byte is looked at once).
  let nextCr = -2;
  let nextLf = -2;

  const endField = (part: Part): void => {
    if (fieldStart < 0) return;
    if (keepField) {
      // Unfolded: the line breaks go, the blanks that start each next line stay.
      const value = new Uint8Array(Math.max(0, fieldEnd - fieldStart));
      let o = 0;
      for (let i = fieldStart; i < fieldEnd; i++) {
        const c = raw[i] as number;
        if (c !== 0x0d && c !== 0x0a) value[o++] = c;
      }
      part.fields.push({
        name: fieldNameStr,
        value: decodeHeaderBytes(value.subarray(0, o)).trim(),
      });
    }
    fieldStart = -1;
  };

  const endHeaders = (part: Part, bodyStart: number): void => {
    endField(part);
    part.bodyStart = bodyStart;
    let ct = '';
    for (const f of part.fields) {
      if (f.name === 'content-type') {
        ct = f.value;
        break;
      }
    }
    const parsed = parseStructured(ct, undefined, meter);
    let type = parsed.value;
    // RFC 2045 §5.2: a missing or invalid type is the default.
    if (!/^[a-z0-9!#$&^_.+-]{1,64}\/[a-z0-9!#$&^_.+-]{1,64}$/.test(type)) type = part.defaultType;
    part.type = type;
    part.params = parsed.params;
    if (opts.attachedMessages === true && isInlineMessage(part)) {
      if (part.level + 1 > maxMessages) {
        problems.add('nesting');
        mode = Mode.Body;
        return;
      }
      if (parts + 1 > maxParts) {
        problems.add('parts');
        mode = Mode.Body;
        return;
      }
      // The message inside is read in the same pass: its headers come next.
      parts++;
      const id = nextId++;
      const inner = newPart(id, id, part.level + 1, 0, -1, false, 'text/plain', bodyStart);
      stack.push({ part, boundary: null, hash: 0, children: 1, inner });
      cur = inner;
      mode = Mode.Headers;
      return;
    }
    if (type.slice(0, 10) !== 'multipart/') {
      mode = Mode.Body;
      return;
    }
    const boundary = parsed.params.get('boundary') ?? '';
    if (boundary === '' || boundary.length > 998) {
      // A multipart without a boundary cannot be split: its body is read as text.
      problems.add('format');
      part.type = 'text/plain';
      mode = Mode.Body;
      return;
    }
    if (part.depth + 1 > maxDepth) {
      problems.add('nesting');
      mode = Mode.Skip;
      return;
    }
    const bytes = encodeUtf8(boundary);
    const hash = fnv(bytes, 0, bytes.length, FNV_OFFSET);
    stack.push({ part, boundary: bytes, hash, children: 0 });
    let list = byHash.get(hash);
    if (!list) {
      list = [];
      byHash.set(hash, list);
    }
    list.push(stack.length - 1);
    if (bytes.length > longest) longest = bytes.length;
    mode = Mode.Skip;
  };

  /** The part being read ends before the line at `ls`. */
  const endPart = (ls: number): void => {
    if (cur === null) return;
    if (mode === Mode.Headers) endHeaders(cur, ls);
    if (mode === Mode.Body) {
      leaves.push({ part: cur, start: cur.bodyStart, end: Math.max(cur.bodyStart, prevEnd) });
    }
    cur = null;
  };

  /** Close the multipart or attached message at the top of the stack (its end at `end`). */
  const pop = (end: number): void => {
    const open = stack.pop() as Open;
    if (open.boundary === null) {
      const start = open.part.bodyStart;
      leaves.push({ part: open.part, start, end: Math.max(start, end), inner: open.inner as Part });
      return;
    }
    const list = byHash.get(open.hash) as number[];
    list.pop();
    if (list.length === 0) byHash.delete(open.hash);
    if (open.children === 0) {
      // No delimiter of its own was found: what it holds is read as text, not lost.
      problems.add('format');
      leaves.push({
        part: open.part,
        start: open.part.bodyStart,
        end: Math.max(open.part.bodyStart, end),
        fallback: true,
      });
    }
  };

  /** The deepest open multipart whose boundary is raw[from, to), or -1. */
  const find = (hash: number, from: number, to: number): number => {
    const list = byHash.get(hash);
    if (!list) return -1;
    for (let j = list.length - 1; j >= 0; j--) {
      const k = list[j] as number;
      const b = (stack[k] as Open).boundary;
      if (b === null || b.length !== to - from) continue;
      meter.tick(b.length);
      let same = true;
      for (let i = 0; i < b.length && same; i++) same = b[i] === raw[from + i];
      if (same) return k;
    }
    return -1;
  };

  /** A line of the header block of `part`. */
  const headerLine = (part: Part, ls: number, le: number, next: number): void => {
    if (le === ls) {
      endHeaders(part, next);
      return;
    }
    if ((raw[ls] === 0x20 || raw[ls] === 0x09) && fieldStart >= 0) {
      fieldEnd = le;
      return;
    }
    const nameLen = fieldName(raw, ls, le);
    if (nameLen > 0) {
      endField(part);
      fieldNameStr = latin1(raw, ls, ls + nameLen)
        .trim()
        .toLowerCase();
      // A message (the one read, or one attached) keeps every field; a part its content-* ones.
      keepField =
        part.owner === part.id || fieldNameStr.slice(0, CONTENT_PREFIX.length) === CONTENT_PREFIX;
      let vs = ls + nameLen;
      while (raw[vs] !== 0x3a) vs++;
      fieldStart = vs + 1;
      fieldEnd = le;
      if (part === top) hasHeaders = true;
      return;
    }
    if (part === top && ls === 0 && le - ls >= 5 && latin1(raw, 0, 5) === 'From ') {
      // An mbox separator line before the headers.
      return;
    }
    // Not a header field: the headers ended without their blank line.
    endHeaders(part, ls);
    // An attached message starts right here: this line is its first.
    if (cur !== part && cur !== null && mode === Mode.Headers && le > ls) {
      const inner = cur;
      if (fieldName(raw, ls, le) > 0) headerLine(inner, ls, le, next);
      else endHeaders(inner, ls);
    }
  };

  let pos = 0;
  let stopped = false;
  while (pos < n && !stopped) {
    // The next line: [ls, le) and its terminator (CRLF, LF or a lone CR).
    if (nextCr < pos && nextCr !== -1) nextCr = raw.indexOf(0x0d, pos);
    if (nextLf < pos && nextLf !== -1) nextLf = raw.indexOf(0x0a, pos);
    const cr = nextCr < 0 ? n : nextCr;
    const lf = nextLf < 0 ? n : nextLf;
    const ls = pos;
    let le: number;
    let next: number;
    if (cr < lf) {
      le = cr;
      next = lf === cr + 1 ? cr + 2 : cr + 1;
    } else {
      le = lf;
      next = lf < n ? lf + 1 : n;
    }
    meter.tick(next - ls);
    pos = next;

    // A delimiter line of an open multipart?
    if (stack.length > 0 && le - ls >= 3 && raw[ls] === 0x2d && raw[ls + 1] === 0x2d) {
      let e = le;
      while (e > ls + 2 && (raw[e - 1] === 0x20 || raw[e - 1] === 0x09)) e--;
      if (e - ls - 2 <= longest + 2) {
        meter.tick(e - ls);
        // "--boundary" or "--boundary--": both hashes in one pass.
        const dashes = e - ls >= 4 && raw[e - 1] === 0x2d && raw[e - 2] === 0x2d;
        const h2 = fnv(raw, ls + 2, dashes ? e - 2 : e, FNV_OFFSET);
        const h1 = dashes ? fnv(raw, e - 2, e, h2) : h2;
        let k = find(h1, ls + 2, e);
        let closing = false;
        if (dashes) {
          const kc = find(h2, ls + 2, e - 2);
          if (kc > k) {
            k = kc;
            closing = true;
          }
        }
        if (k >= 0) {
          endPart(ls);
          // Multiparts inside it end here too, closed or not.
          while (stack.length - 1 > k) pop(prevEnd);
          if (closing) {
            pop(prevEnd);
            mode = Mode.Skip;
          } else {
            const open = stack[k] as Open;
            open.children++;
            if (++parts > maxParts) {
              problems.add('parts');
              stopped = true;
              break;
            }
            const parent = open.part;
            cur = newPart(
              nextId++,
              parent.owner,
              parent.level,
              parent.depth + 1,
              parent.type === 'multipart/alternative' ? parent.id : parent.alt,
              parent.related || parent.type === 'multipart/related',
              parent.type === 'multipart/digest' ? 'message/rfc822' : 'text/plain',
              next,
            );
            mode = Mode.Headers;
          }
          prevEnd = le;
          continue;
        }
      }
    }

    if (mode === Mode.Headers && cur !== null) headerLine(cur, ls, le, next);
    prevEnd = le;
  }
  if (!stopped) {
    // End of input: whatever is open ends here (a missing final delimiter is common).
    prevEnd = n;
    if (cur !== null && mode === Mode.Headers) endHeaders(cur, n);
    if (cur !== null && (mode as Mode) === Mode.Body)
      leaves.push({ part: cur, start: cur.bodyStart, end: n });
    cur = null;
    while (stack.length > 0) pop(n);
  } else if (cur !== null && mode === Mode.Headers) {
    endField(cur);
  }
  return { top, leaves, parts: Math.min(parts, maxParts), hasHeaders };
}

function field(part: Part, name: string): string | undefined {
  for (const f of part.fields) if (f.name === name) return f.value;
  return undefined;
}

function decodeTransfer(raw: Uint8Array, leaf: Leaf, cap: number, meter: Meter): DecodedBody {
  const body = raw.subarray(leaf.start, leaf.end);
  const cte = leaf.fallback
    ? ''
    : (field(leaf.part, 'content-transfer-encoding') ?? '').trim().toLowerCase();
  if (cte === 'base64') return decodeBase64Body(body, cap, meter);
  if (cte === 'quoted-printable') return decodeQuotedPrintableBody(body, cap, meter);
  meter.tick(body.length >> 4);
  return { bytes: body.length > cap ? body.subarray(0, cap) : body, size: body.length };
}

/** RFC 3676: a line ending in a space goes on in the next line. */
function unflow(text: string, delSp: boolean): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let line = '';
  for (const l of lines) {
    const stuffed = l.charCodeAt(0) === 0x20 ? l.slice(1) : l;
    const soft =
      stuffed.length > 0 && stuffed.charCodeAt(stuffed.length - 1) === 0x20 && stuffed !== '-- ';
    if (soft) line += delSp ? stuffed.slice(0, -1) : stuffed;
    else {
      out.push(line + stuffed);
      line = '';
    }
  }
  if (line !== '') out.push(line);
  return out.join('\n');
}

function fileName(
  part: Part,
  disposition: ReadonlyMap<string, string>,
  meter: Meter,
): string | null {
  const raw = disposition.get('filename') ?? part.params.get('name');
  if (raw === undefined) return null;
  const name = decodeWords(raw, undefined, meter).trim();
  return name === '' ? null : name;
}

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

/** What is left of the limits, shared with attached messages read from their decoded bytes. */
interface Budget {
  parts: number;
  /** Levels of attached messages still allowed below this one. */
  readonly messages: number;
}

function readContent(raw: Uint8Array, options: ReadOptions, budget: Budget): MimeContent {
  const meter = options.meter ?? new Meter();
  const problems = new Problems();
  let s: Scan;
  try {
    s = scan(raw, meter, problems, {
      ...options,
      maxParts: budget.parts,
      maxMessages: budget.messages,
    });
  } catch (e) {
    if (e instanceof OutOfTime) throw e;
    problems.add('format');
    return {
      headers: [],
      hasHeaders: false,
      subject: '',
      text: '',
      html: null,
      attachments: [],
      problems: problems.list,
      parts: 0,
    };
  }
  budget.parts -= s.parts;
  // The leaves of each message (the one read, and those attached to it).
  const byOwner = new Map<number, Leaf[]>();
  for (const leaf of s.leaves) {
    let list = byOwner.get(leaf.part.owner);
    if (!list) {
      list = [];
      byOwner.set(leaf.part.owner, list);
    }
    list.push(leaf);
  }
  const ctx: Context = { raw, options, meter, problems, byOwner, budget };
  const content = messageContent(s.top, ctx);
  return { ...content, hasHeaders: s.hasHeaders, problems: problems.list, parts: s.parts };
}

interface Context {
  readonly raw: Uint8Array;
  readonly options: ReadOptions;
  readonly meter: Meter;
  readonly problems: Problems;
  readonly byOwner: ReadonlyMap<number, readonly Leaf[]>;
  readonly budget: Budget;
}

/** The content of one message of the pass: its texts and attachments, attached messages read. */
function messageContent(root: Part, ctx: Context): MimeContent {
  const { meter, problems } = ctx;
  const texts = new Map<number, { plain: string[]; html: string[] }>();
  const attachments: MimeAttachment[] = [];
  for (const leaf of ctx.byOwner.get(root.id) ?? []) {
    try {
      readLeaf(leaf, ctx, texts, attachments);
    } catch (e) {
      if (e instanceof OutOfTime) throw e;
      problems.add('format');
    }
  }
  const plain: string[] = [];
  const html: string[] = [];
  texts.forEach((t) => {
    if (t.plain.length > 0) plain.push(joined(t.plain));
    else if (t.html.length > 0) plain.push(joined(t.html.map((h) => htmlToTextMetered(h, meter))));
    if (t.html.length > 0 && ctx.options.keepHtml === true) html.push(joined(t.html));
  });
  return {
    headers: root.fields,
    hasHeaders: root.fields.length > 0,
    subject: decodeWords(field(root, 'subject') ?? '', () => problems.add('encoding'), meter),
    text: joined(plain),
    html: html.length > 0 ? joined(html) : null,
    attachments,
    problems: [],
    parts: 0,
  };
}

/** A text part read as it is (not encoded) is copied to make its line breaks LF up to this size. */
const MAX_COPIED_TEXT = 4 * 1024 * 1024;

/**
 * Texts one after the other, each on its own lines. Joined with `+`, which
 * links the texts instead of copying them (a large body is not held twice
 * here).
 */
function joined(texts: readonly string[]): string {
  let out = texts[0] ?? '';
  for (let i = 1; i < texts.length; i++) out = out + '\n' + (texts[i] as string);
  return out;
}

/**
 * Whether CR and LF are the bytes 0x0D and 0x0A in this text, so line
 * breaks can be made LF before decoding (no second copy of a large text):
 * not UTF-16, not EBCDIC, whatever the label says.
 */
function asciiLineBreaks(b: Uint8Array, charset: string | undefined): boolean {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return false;
  const cs = charset === undefined ? 'auto' : resolveCharset(charset);
  if (cs !== null && (cs.slice(0, 6) === 'utf-16' || (cs.slice(0, 3) === 'ibm' && cs !== 'ibm866')))
    return false;
  return utf16Order(b) === null && sniffEbcdic(b) === null;
}

function readLeaf(
  leaf: Leaf,
  ctx: Context,
  texts: Map<number, { plain: string[]; html: string[] }>,
  attachments: MimeAttachment[],
): void {
  const { raw, meter, problems } = ctx;
  const cap = ctx.options.maxAttachmentBytes ?? Infinity;
  const part = leaf.part;
  const type = leaf.fallback ? 'text/plain' : part.type;
  const dispo = parseStructured(field(part, 'content-disposition') ?? '', undefined, meter);
  const disposition: MimeAttachment['disposition'] =
    dispo.value === 'attachment' ? 'attachment' : dispo.value === 'inline' ? 'inline' : null;
  const name = fileName(part, dispo.params, meter);
  const isMessage = isMessageType(type);
  if (
    !isMessage &&
    disposition !== 'attachment' &&
    (type === 'text/plain' || type === 'text/html')
  ) {
    const body = decodeTransfer(raw, leaf, Infinity, meter);
    const charset = leaf.fallback ? undefined : part.params.get('charset');
    // Line breaks as "\n", whatever the message used (CRLF, LF or a lone CR),
    // in the bytes: in place in a decoded body, in a copy of a small one
    // read as it is. A large body read as it is keeps its CRLFs rather than
    // be held twice (readers of text take CRLF as a line break too).
    const owned = body.bytes.buffer !== raw.buffer;
    const lf =
      (owned || body.bytes.length <= MAX_COPIED_TEXT) && asciiLineBreaks(body.bytes, charset);
    const bytes = lf ? lfLineBreaks(body.bytes, owned, meter) : body.bytes;
    const d = decodeTextDetailed(bytes, charset, meter);
    if (!d.ok) problems.add('encoding', name ?? undefined);
    let text = d.text;
    if (type === 'text/plain' && (part.params.get('format') ?? '').toLowerCase() === 'flowed') {
      meter.tick(text.length);
      text = unflow(text, (part.params.get('delsp') ?? '').toLowerCase() === 'yes');
    }
    const key = part.alt >= 0 ? part.alt : part.id;
    let t = texts.get(key);
    if (!t) {
      t = { plain: [], html: [] };
      texts.set(key, t);
    }
    (type === 'text/plain' ? t.plain : t.html).push(text);
    return;
  }
  const contentId = field(part, 'content-id');
  const base = {
    name,
    contentType: type,
    disposition,
    related: part.related && contentId !== undefined,
    ...(contentId !== undefined ? { contentId } : {}),
  };
  if (isMessage && ctx.options.attachedMessages === true) {
    attachments.push({ ...base, ...attachedMessage(leaf, ctx, cap) });
    return;
  }
  const body = decodeTransfer(raw, leaf, cap, meter);
  attachments.push({ ...base, bytes: body.bytes, size: body.size });
}

/** An attached message's bytes and its content, read in this pass or from its decoded bytes. */
function attachedMessage(
  leaf: Leaf,
  ctx: Context,
  cap: number,
): Pick<MimeAttachment, 'bytes' | 'size' | 'message' | 'notRead'> {
  const { raw, meter } = ctx;
  if (leaf.inner) {
    const bytes = raw.subarray(leaf.start, leaf.end);
    return {
      bytes: bytes.length > cap ? bytes.subarray(0, cap) : bytes,
      size: bytes.length,
      message: messageContent(leaf.inner, ctx),
    };
  }
  const body = decodeTransfer(raw, leaf, Infinity, meter);
  const kept = body.bytes.length > cap ? body.bytes.subarray(0, cap) : body.bytes;
  // Sent as it is but not read in the pass: a limit was met (said already).
  if (isInlineMessage(leaf.part)) {
    return {
      bytes: kept,
      size: body.size,
      notRead: leaf.part.level + 1 > ctx.budget.messages ? 'nesting' : 'parts',
    };
  }
  // Base64 or quoted-printable: the message is read from its decoded bytes,
  // which are new bytes (no more than the encoded ones), with what is left
  // of the limits.
  const messages = ctx.budget.messages - (leaf.part.level + 1);
  if (messages < 0 || ctx.budget.parts <= 0) {
    ctx.problems.add(messages < 0 ? 'nesting' : 'parts');
    return { bytes: kept, size: body.size, notRead: messages < 0 ? 'nesting' : 'parts' };
  }
  const inner = readContent(body.bytes, ctx.options, { parts: ctx.budget.parts, messages });
  ctx.budget.parts -= inner.parts;
  for (const p of inner.problems) ctx.problems.add(p.reason, p.entry);
  return { bytes: kept, size: body.size, message: { ...inner, problems: [] } };
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
