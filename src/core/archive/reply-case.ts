/**
 * Replies that belong to a case: a received message is recognised as the
 * answer in one of the organisation's cases ("Svar i sak 2026/123") by, in
 * this order,
 *
 * 1. `In-Reply-To`: it names a Message-ID that Arkivpost filed or journaled
 *    before sending (`known`);
 * 2. `References`: the same, newest first (the last id in the header), at
 *    most {@link MAX_LOOKUPS} ids looked up;
 * 3. the sender's own words pointing to our case — "Dykkar ref.", "Deres
 *    ref.", "Er referens", "Ert dnr", "Er beteckning", "Your ref." and their
 *    long forms — in the subject, then in the new part of the body
 *    (via `reference-phrase`);
 * 4. our own label — "Vår ref.", "Vårt dnr", "Our ref." — quoted back: in a
 *    subject that starts with a reply prefix ("SV: Vår ref. 2026/1-1 – …"),
 *    then in the quoted part of the body (via `quoted-reference`).
 *
 * Why that split: in the sender's new text "Vår ref." is the SENDER's
 * reference (another agency's case), never ours, while "Dykkar ref." is
 * ours; in the quoted part it is the other way round — our message says
 * "Vår ref." of our case and "Dykkar ref." of theirs. So each kind of label
 * is read only where it speaks of our case. The sender's own words come
 * before a quotation because they are a claim made now.
 *
 * A reference counts only when it is one of the organisation's case numbers
 * as ./case-number reads them ("2026/123", "26/123-4"), standing right after
 * the label and on its own: "KS 2024.117", "2024/117.3", a date
 * ("2026-03-12") or a longer number are another organisation's format or no
 * case number at all, and are not taken.
 *
 * Every reader here is linear in its input: the headers are read once, at
 * most {@link MAX_HEADER} characters of each (the newest end); the subject
 * at most {@link MAX_SUBJECT_READ}; the body only its first
 * {@link MAX_BODY} characters.
 */
import { splitPrefix } from '../compose/prefix';
import { caseNumberAt, formatCaseNumber } from './case-number';

/** What Arkivpost recorded about a message it filed or journaled. */
export interface CaseRef {
  /** The case, "2026/123". */
  readonly case: string;
  /** The record's number in the case, when known. */
  readonly document?: number;
}

/**
 * The Message-IDs Arkivpost filed or journaled, looked up by the id as
 * {@link normaliseMessageId} writes it ("<local@domain>", the domain in
 * lower case). Returns null for a message it does not know.
 */
export type KnownMessages = (messageId: string) => CaseRef | null;

export interface ReplyInput {
  /** The raw `In-Reply-To` header value (folded or not). */
  readonly inReplyTo?: string;
  /** The raw `References` header value. */
  readonly references?: string;
  readonly subject: string;
  /** The body as plain text. */
  readonly body: string;
}

export type ReplyVia = 'in-reply-to' | 'references' | 'reference-phrase' | 'quoted-reference';

export interface ReplyCase extends CaseRef {
  readonly via: ReplyVia;
  /** The Message-ID that was recognised (via in-reply-to, references). */
  readonly messageId?: string;
  /** The label as written ("Dykkar ref.") and the reference after it ("2026/123-4"). */
  readonly phrase?: string;
  readonly reference?: string;
  /** Where the label stood (via reference-phrase, quoted-reference). */
  readonly where?: 'subject' | 'body';
}

/** Counts the characters and candidates read, so that tests can see the work is linear. */
export interface WorkMeter {
  steps: number;
}

/** The most characters of a header read: its newest end. */
export const MAX_HEADER = 1_000_000;
/** The longest Message-ID taken (RFC 5322's line limit). */
export const MAX_MESSAGE_ID = 998;
/** The most Message-IDs looked up per header. */
export const MAX_LOOKUPS = 100;
/** The most characters of the subject read. */
export const MAX_SUBJECT_READ = 1_000;
/** The most characters of the body read. */
export const MAX_BODY = 64_000;

// ---------------------------------------------------------------------------
// Message-IDs (RFC 5322 § 3.6.4, with the obsolete forms of § 4.5.4).

/**
 * A Message-ID as the lookup knows it: in angle brackets, folding
 * whitespace taken out, the domain in lower case (the local part is
 * case-sensitive). Null when it is not one.
 */
export function normaliseMessageId(raw: string): string | null {
  let id = raw.replace(/[ \t\r\n]+/g, '');
  if (id.startsWith('<') && id.endsWith('>')) id = id.slice(1, -1);
  if (id.length === 0 || id.length > MAX_MESSAGE_ID) return null;
  // eslint-disable-next-line no-control-regex -- reason: control characters are what it refuses
  if (/[\u0000-\u001f\u007f<>()\\,;]/.test(id)) return null;
  const at = id.lastIndexOf('@');
  if (at <= 0 || at === id.length - 1) return null;
  return `<${id.slice(0, at)}@${id.slice(at + 1).toLowerCase()}>`;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

/**
 * The Message-IDs in a header value, in the order written: angle-bracketed
 * ids, folded or not, comments (nested, with quoted pairs) skipped, and the
 * obsolete bare "local@domain" words some clients write. One pass.
 */
export function messageIdsOf(header: string, meter?: WorkMeter): string[] {
  let text = header;
  if (text.length > MAX_HEADER) {
    // The newest end; the first, possibly cut, id is dropped.
    text = text.slice(text.length - MAX_HEADER);
    const next = text.search(/[ \t\r\n<]/);
    text = next < 0 ? '' : text.slice(next);
  }
  const ids: string[] = [];
  const n = text.length;
  let depth = 0;
  let i = 0;
  while (i < n) {
    const c = text.charAt(i);
    if (depth > 0) {
      if (c === '\\') i += 2;
      else {
        if (c === '(') depth++;
        else if (c === ')') depth--;
        i++;
      }
      continue;
    }
    if (c === '(') {
      depth = 1;
      i++;
    } else if (c === '<') {
      let j = i + 1;
      while (j < n && j - i <= MAX_MESSAGE_ID + 64) {
        const d = text.charAt(j);
        if (d === '>' || d === '<') break;
        j++;
      }
      if (text.charAt(j) === '>') {
        const id = normaliseMessageId(text.slice(i + 1, j));
        if (id !== null) ids.push(id);
        i = j + 1;
      } else {
        i = j; // another "<", or too long: read on from there
      }
    } else if (isSpace(c) || c === ',') {
      i++;
    } else {
      // An obsolete bare word: taken when it looks like local@domain.
      let j = i + 1;
      while (j < n) {
        const d = text.charAt(j);
        if (isSpace(d) || d === '<' || d === '(' || d === ',') break;
        j++;
      }
      const id = normaliseMessageId(text.slice(i, j));
      if (id !== null) ids.push(id);
      i = j;
    }
  }
  if (meter) meter.steps += n;
  return ids;
}

function lookUp(
  ids: readonly string[],
  known: KnownMessages,
  via: 'in-reply-to' | 'references',
): ReplyCase | null {
  // Newest first: the last id written is the message answered.
  const last = Math.max(0, ids.length - MAX_LOOKUPS);
  for (let k = ids.length - 1; k >= last; k--) {
    const messageId = ids[k] ?? '';
    const ref = known(messageId);
    if (ref !== null) return { ...ref, via, messageId };
  }
  return null;
}

/**
 * The Message-IDs {@link replyCase} asks `known` about, in the order it asks
 * (In-Reply-To's, then References' newest first; each once, at most
 * {@link MAX_LOOKUPS} of each header): for a caller whose lookup is
 * asynchronous (an archive, Sent Items) to fetch them first, then give
 * replyCase a lookup in what it fetched.
 */
export function lookupOrder(input: Pick<ReplyInput, 'inReplyTo' | 'references'>): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  for (const header of [input.inReplyTo, input.references]) {
    if (!header) continue;
    const ids = messageIdsOf(header);
    const last = Math.max(0, ids.length - MAX_LOOKUPS);
    for (let k = ids.length - 1; k >= last; k--) {
      const id = ids[k] ?? '';
      if (!seen.has(id)) {
        seen.add(id);
        order.push(id);
      }
    }
  }
  return order;
}

// ---------------------------------------------------------------------------
// Labels before a reference.

const SP = '[ \\t\\u00a0]';
/** The recipient's labels: in a received message they name OUR reference. */
const YOURS =
  `(?:dykkar|deres|your)${SP}{1,3}ref(?:eranse|erence|erens)?\\.?` +
  `|er${SP}{1,3}(?:ref(?:erens)?\\.?|beteckning)` +
  `|ert${SP}{1,3}(?:dnr|diarienr|diarienummer)\\.?`;
/** The writer's labels: ours only when our own message is quoted back. */
const OURS =
  `(?:v[åa]r|our)${SP}{1,3}(?:ref(?:eranse|erens|erence)?\\.?|beteckning)` +
  `|v[åa]rt${SP}{1,3}(?:dnr|diarienr|diarienummer)\\.?`;
// The first group is the character before the label (none at the start).
const LABEL = new RegExp(
  `(^|[^0-9A-Za-zÀ-ɏ])(?:(${YOURS})|(${OURS}))(?![A-Za-zÀ-ɏ])${SP}{0,3}:?${SP}{0,3}`,
  'gi',
);

type LabelKind = 'yours' | 'ours';

interface Found {
  readonly case: string;
  readonly document?: number;
  readonly phrase: string;
  readonly reference: string;
}

function isLetterOrDigit(c: string): boolean {
  return /[0-9A-Za-zÀ-ɏ]/.test(c);
}

/** "2026-03-12", "26-03-12": a date, not case 2026/3, record 12. */
function isDate(raw: string): boolean {
  const m = /^(?:\d{2}|\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** The first case number right after a label of `kind` in `text`. */
function labelled(text: string, kind: LabelKind, meter?: WorkMeter): Found | null {
  LABEL.lastIndex = 0;
  if (meter) meter.steps += text.length;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    if (meter) meter.steps++;
    // The next search starts inside this label, so that a label right after
    // it still has the character before it to match ("Deres ref. Deres ref. 2026/1").
    LABEL.lastIndex = m.index + (m[1] ?? '').length + 1;
    const phrase = kind === 'yours' ? m[2] : m[3];
    if (phrase === undefined) continue;
    const at = m.index + m[0].length;
    const hit = caseNumberAt(text, at);
    if (hit === null) continue;
    const raw = text.slice(at, hit.end);
    if (isDate(raw)) continue;
    // It stands on its own: no letter right after ("2026/12abc"), and no
    // more number after a dot, slash or dash ("2024/117.3", "2026/1-2-3").
    const next = text.charAt(hit.end);
    if (next !== '' && isLetterOrDigit(next)) continue;
    if (/[./\-\u2010-\u2013\u2212]/.test(next) && /[0-9]/.test(text.charAt(hit.end + 1))) continue;
    const { number } = hit;
    return {
      case: formatCaseNumber(number),
      ...(number.doc !== null ? { document: number.doc } : {}),
      phrase: phrase.replace(/[ \t\u00a0]+/g, ' '),
      reference: raw.replace(/\s+/g, ''),
    };
  }
  return null;
}

// ---------------------------------------------------------------------------
// The body: what the sender wrote now, and what they quote.

const QUOTE_SEPARATOR =
  /^-{2,}\s*(?:original message|opprinnelig melding|opprinneleg melding|ursprungligt meddelande|forwarded message|videresendt melding|vidaresendt melding|vidarebefordrat meddelande)\s*-{2,}$/i;
const QUOTE_HEADER = /^(?:fra|frå|från|from|von|de)\s*:/i;
const QUOTE_INTRO = /(?:wrote|skrev|skreiv)\s*:$/i;

/**
 * The body split into the new part and the quoted part. The quotation
 * starts at the first "-----Original Message-----" (and its nb, nn, sv
 * forms), a "Fra:" / "Frå:" / "Från:" / "From:" header line, or a line
 * ending "… wrote:" / "… skrev:" / "… skreiv:"; lines starting with ">" are
 * quoted wherever they stand.
 */
export function splitQuoted(body: string): { readonly fresh: string; readonly quoted: string } {
  const text = body.length > MAX_BODY ? body.slice(0, MAX_BODY) : body;
  const fresh: string[] = [];
  const quoted: string[] = [];
  let inQuote = false;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const trimmed = line.length <= 400 ? line.trim() : '';
    if (
      !inQuote &&
      trimmed !== '' &&
      (QUOTE_SEPARATOR.test(trimmed) || QUOTE_HEADER.test(trimmed) || QUOTE_INTRO.test(trimmed))
    )
      inQuote = true;
    if (inQuote || line.trimStart().startsWith('>')) quoted.push(line);
    else fresh.push(line);
    start = end + 1;
  }
  return { fresh: fresh.join('\n'), quoted: quoted.join('\n') };
}

// ---------------------------------------------------------------------------

/**
 * The case a received message answers, or null. `known` is asked only
 * about Message-IDs in `In-Reply-To` and `References`, at most
 * {@link MAX_LOOKUPS} of each.
 */
export function replyCase(
  input: ReplyInput,
  known: KnownMessages,
  meter?: WorkMeter,
): ReplyCase | null {
  if (input.inReplyTo) {
    const hit = lookUp(messageIdsOf(input.inReplyTo, meter), known, 'in-reply-to');
    if (hit) return hit;
  }
  if (input.references) {
    const hit = lookUp(messageIdsOf(input.references, meter), known, 'references');
    if (hit) return hit;
  }
  const subject =
    input.subject.length > MAX_SUBJECT_READ
      ? input.subject.slice(0, MAX_SUBJECT_READ)
      : input.subject;
  const { fresh, quoted } = splitQuoted(input.body);
  if (meter) meter.steps += Math.min(input.body.length, MAX_BODY);

  const tries: readonly [string, LabelKind, ReplyVia, 'subject' | 'body'][] = [
    [subject, 'yours', 'reference-phrase', 'subject'],
    [fresh, 'yours', 'reference-phrase', 'body'],
    // Our "Vår ref." in a subject is ours only in a reply to our message.
    [splitPrefix(subject).prefix !== '' ? subject : '', 'ours', 'quoted-reference', 'subject'],
    [quoted, 'ours', 'quoted-reference', 'body'],
  ];
  for (const [text, kind, via, where] of tries) {
    if (text === '') continue;
    const found = labelled(text, kind, meter);
    if (found) return { ...found, via, where };
  }
  return null;
}
