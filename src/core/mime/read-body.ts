/**
 * The content pass of the MIME reader (read.ts): each leaf the structure
 * pass found is decoded (transfer encoding, charset, format=flowed) into
 * text, HTML or an attachment, and attached messages are read in turn
 * within the reader's budget.
 */

import { htmlToTextMetered } from '../attachments/text';
import { Meter, OutOfTime } from '../metering/meter';
import { resolveCharset, utf16Order, sniffEbcdic, decodeTextDetailed } from '../attachments/decode';
import { decodeBase64Body, decodeQuotedPrintableBody, lfLineBreaks } from './transfer';
import type { DecodedBody } from './transfer';
import { decodeWords, parseStructured } from './words';
import type { MimeAttachment, MimeContent, ReadOptions } from './read-types';
import { Problems, field, isInlineMessage, isMessageType, scan } from './read-scan';
import type { Leaf, Part, Scan } from './read-scan';

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

/** What is left of the limits, shared with attached messages read from their decoded bytes. */
interface Budget {
  parts: number;
  /** Levels of attached messages still allowed below this one. */
  readonly messages: number;
}

export function readContent(raw: Uint8Array, options: ReadOptions, budget: Budget): MimeContent {
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
