/**
 * The structure pass of the MIME reader (read.ts): one pass over the lines
 * of a message with a stack of open multipart boundaries (looked up by
 * value, never searched for), header fields folded and named, parts and
 * leaves recorded as views into the input. One state machine, kept whole;
 * linear in the input and counted on the meter.
 */

import type { Meter } from '../metering/meter';
import { encodeUtf8 } from '../text/utf8';
import { decodeHeaderBytes, parseStructured } from './words';
import { MIME_LIMITS } from './read-types';
import type { HeaderField, MimeProblem, MimeProblemReason, ReadOptions } from './read-types';

const CONTENT_PREFIX = 'content-';

export interface Part {
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

export interface Leaf {
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

export function latin1(b: Uint8Array, from: number, to: number): string {
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

export class Problems {
  readonly list: MimeProblem[] = [];
  private readonly seen = new Set<string>();
  add(reason: MimeProblemReason, entry?: string): void {
    const key = reason + '\u0000' + (entry ?? '');
    if (this.seen.has(key) || this.list.length >= 100) return;
    this.seen.add(key);
    this.list.push(entry !== undefined ? { reason, entry } : { reason });
  }
}

export interface Scan {
  readonly top: Part;
  readonly leaves: Leaf[];
  readonly parts: number;
  readonly hasHeaders: boolean;
}

const IDENTITY_ENCODINGS = ['', '7bit', '8bit', 'binary'];

export function isMessageType(type: string): boolean {
  return type === 'message/rfc822' || type === 'message/global';
}

/** A part that is a message sent as it is (no base64 or quoted-printable): read in the same pass. */
export function isInlineMessage(part: Part): boolean {
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
export function scan(raw: Uint8Array, meter: Meter, problems: Problems, opts: ReadOptions): Scan {
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

export function field(part: Part, name: string): string | undefined {
  for (const f of part.fields) if (f.name === name) return f.value;
  return undefined;
}
