import { classes, HARD, lowerSlice, MAX_WORD, WORD, wordEnd, wordStart } from './chars';
import { keepShape } from '../shapes';

/**
 * Text ABOUT sensitive content is not sensitive content. The seed routines
 * say "Taushetsbelagte opplysninger skal aldri sendes som e-post",
 * "Informasjon som er unntatt offentlighet kan ikke sendes via epost",
 * "Känsliga eller sekretessbelagda personuppgifter får inte behandlas ...":
 * sending the routine itself must not be blocked. And the footer "This
 * e-mail may contain confidential information ..." is on half the mail in
 * the world. A real marking ("Dette brevet er taushetsbelagt", "Unntatt
 * offentlighet jf. offl. § 13", "Confidential: staffing plan") is kept.
 *
 * A match is rule text when its sentence both
 * - names a generic kind of content next to the match ("opplysninger",
 *   "informasjon som er", "personuppgifter", "documents") and
 * - states a rule: a modal with a negation ("skal ikke", "får inte",
 *   "must not"), "aldri"/"aldrig"/"never", "unngå"/"undvik"/"avoid",
 *   "ikke tillatt"/"inte tillåtet";
 * or when the sentence or the next one reads like an e-mail disclaimer.
 */

const GENERIC = new Set([
  'informasjon',
  'opplysninger',
  'opplysningar',
  'opplysning',
  'personopplysninger',
  'personopplysningar',
  'helseopplysninger',
  'helseopplysningar',
  'dokument',
  'dokumenter',
  'dokumentar',
  'meldinger',
  'meldingar',
  'saker',
  'innhold',
  'innhald',
  'vedlegg',
  'filer',
  'post',
  'epost',
  'uppgifter',
  'personuppgifter',
  'information',
  'handlingar',
  'handlinger',
  'handlingarna',
  'meddelanden',
  'innehåll',
  'bilagor',
  'data',
  'material',
  'materiale',
  'documents',
  'details',
  'content',
  'messages',
  'emails',
  'attachments',
]);

const MODALS = new Set([
  'skal',
  'ska',
  'skall',
  'må',
  'får',
  'bør',
  'kan',
  'should',
  'must',
  'may',
  'shall',
  'can',
]);

const NEGATIONS = new Set(['ikke', 'ikkje', 'inte', 'aldri', 'aldrig', 'never', 'not']);

const RULE_WORDS = new Set([
  'aldri',
  'aldrig',
  'never',
  'unngå',
  'unngås',
  'unngåast',
  'undvik',
  'undvika',
  'undviks',
  'avoid',
  'forbudt',
  'forbode',
  'förbjudet',
  'förbjuden',
  'prohibited',
  'forbidden',
  "mustn't",
  "can't",
  'cannot',
]);

const PERMITS = new Set([
  'tillatt',
  'tillate',
  'tillåtet',
  'tillåten',
  'lov',
  'allowed',
  'permitted',
]);

const DISCLAIMER =
  /intended (?:solely |only |exclusively )?for|intended recipient|addressee|adressat|rette? mottak|rett mottakar|rätt mottagare|feil mottaker|feil mottakar|fel mottagare|kan inneholde|kan innehalde|kan innehålla|may contain|might contain|disclaimer|ansvarsfraskrivelse/i;

/** How far a sentence is looked for on each side of a match. */
const REACH = 400;

/** Longest disclaimer cue: pieces read for cues overlap by this much. */
const CUE_OVERLAP = 48;
/** Characters read for cues past the end of a sentence asked about. */
const CUE_AHEAD = 512;

const DISCLAIMER_ALL = new RegExp(DISCLAIMER.source, 'gi');

/** A growable list of ints. */
class Ints {
  buf = new Int32Array(64);
  len = 0;

  push(v: number): void {
    if (this.len === this.buf.length) {
      const bigger = new Int32Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.len++] = v;
  }

  /** Index of the first entry >= v (the entries ascending). */
  lowerBound(v: number): number {
    let lo = 0;
    let hi = this.len;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.buf[mid] ?? 0) < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * Where the sentence around a hit starts and ends, and whether a disclaimer
 * cue is near, for the hits of one text in reading order. Each query reads
 * back and forth at most REACH characters, as it would alone, but what an
 * earlier query read is not read again: a text with a finding in every
 * sentence, or a thousand findings in one long sentence, costs about its
 * length, not its length times the findings.
 *
 * A sentence starts after a sentence end (. ! ? ; …, not §) or after the
 * line break that ends a blank line, and ends at a sentence end or at a line
 * break followed by a blank line.
 */
export class SentenceIndex {
  /** The last sentenceStart query, and its answer. */
  private startPos = -1;
  private startAt = 0;
  private readonly ends: EndFinder;
  private readonly nextEnds: EndFinder;
  /** Disclaimer cues in [cueFrom, cueTo), by start, and where each ends. */
  private cueFrom = 0;
  private cueTo = 0;
  private readonly cueStarts = new Ints();
  private readonly cueEnds = new Ints();
  /** Characters read: the work done. */
  steps = 0;
  /** The last match asked about, and the answer (several rules hit the same words). */
  lastStart = -1;
  lastEnd = -1;
  lastAnswer = false;

  constructor(readonly s: string) {
    this.ends = new EndFinder(s, this);
    this.nextEnds = new EndFinder(s, this);
  }

  /** Start of the sentence containing `pos`, at most REACH before it. */
  sentenceStart(pos: number): number {
    const s = this.s;
    const cls = classes();
    const stop = pos - REACH > 0 ? pos - REACH : 0;
    // Before the last query's position nothing new is to be found.
    const known = this.startPos >= stop && this.startPos <= pos;
    const low = known ? this.startPos : stop;
    let at = -1;
    for (let i = pos - 1; i >= low; i--) {
      const c = s.charCodeAt(i);
      if ((cls[c]! & HARD && c !== 0xa7) || (c === 0x0a && this.blankBefore(i, stop))) {
        at = i + 1;
        break;
      }
    }
    this.steps += pos - low;
    if (at < 0) at = known && this.startAt > stop ? this.startAt : stop;
    this.startPos = pos;
    this.startAt = at;
    return at;
  }

  /** End of the sentence containing `pos` (exclusive), at most REACH after it. */
  sentenceEnd(pos: number): number {
    return this.ends.find(pos);
  }

  /** End of the sentence after the one ending at `pos` (a second finder keeps its own place). */
  nextSentenceEnd(pos: number): number {
    return this.nextEnds.find(pos);
  }

  private blankBefore(nl: number, stop: number): boolean {
    const s = this.s;
    for (let j = nl - 1; j >= stop; j--) {
      const c = s.charCodeAt(j);
      this.steps++;
      if (c === 0x0a) return true;
      if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
    }
    return stop === 0;
  }

  /** Does s[a, b) hold a disclaimer cue ("intended recipient", "kan inneholde")? */
  hasCue(a: number, b: number): boolean {
    if (a < this.cueFrom || a > this.cueTo) {
      // Out of order, or past a stretch never read: start a new one.
      this.cueFrom = a;
      this.cueTo = a;
      this.cueStarts.len = 0;
      this.cueEnds.len = 0;
    }
    if (this.cueTo < b) this.readCues(b);
    // Cues that start in [a, b) and run past b start near b: few are looked at.
    for (let k = this.cueStarts.lowerBound(a); k < this.cueStarts.len; k++) {
      if ((this.cueStarts.buf[k] ?? 0) >= b) return false;
      if ((this.cueEnds.buf[k] ?? 0) <= b) return true;
    }
    return false;
  }

  /** Read cues on from cueTo to `b` or a little further (a bounded piece: b is near the last query). */
  private readCues(b: number): void {
    const s = this.s;
    const from = this.cueTo - CUE_OVERLAP > this.cueFrom ? this.cueTo - CUE_OVERLAP : this.cueFrom;
    // Read ahead a little: the next hit's sentence is usually near.
    const ahead = b > this.cueTo + CUE_AHEAD ? b : this.cueTo + CUE_AHEAD;
    const to = ahead < s.length ? ahead : s.length;
    const piece = s.slice(from, to);
    DISCLAIMER_ALL.lastIndex = 0;
    for (let m = DISCLAIMER_ALL.exec(piece); m !== null; m = DISCLAIMER_ALL.exec(piece)) {
      const end = from + m.index + m[0].length;
      // A cue that ended in the last piece was recorded then.
      if (end > this.cueTo) {
        this.cueStarts.push(from + m.index);
        this.cueEnds.push(end);
      }
    }
    this.steps += to - from;
    this.cueTo = to;
  }
}

/**
 * Sentence ends for queries in reading order: what one query read without
 * finding an end is not read again by the next.
 */
class EndFinder {
  /** The last query, its answer, and how far what it read holds. */
  private pos = -1;
  private at = 0;
  private safe = 0;

  constructor(
    private readonly s: string,
    private readonly work: { steps: number },
  ) {}

  find(pos: number): number {
    const s = this.s;
    const n = s.length;
    const cls = classes();
    const stop = pos + REACH < n ? pos + REACH : n;
    const after = this.pos >= 0 && pos >= this.pos;
    // The last query found the end, with nothing before it.
    if (after && pos <= this.at && this.at < this.safe) return this.at;
    // What the last query read without finding an end holds up to `safe`.
    const from = after && pos < this.safe ? this.safe : pos;
    let at = stop;
    for (let i = from; i < stop; i++) {
      const c = s.charCodeAt(i);
      if ((cls[c]! & HARD && c !== 0xa7) || (c === 0x0a && this.blankAfter(i, stop))) {
        at = i;
        break;
      }
    }
    this.work.steps += (at > from ? at : from) - from;
    this.pos = pos;
    this.at = at;
    // A line break in the white space that ends the stretch read may turn
    // out to end the sentence once more is read after it.
    let safe = at + 1;
    if (at === stop) {
      safe = at;
      while (safe > from && isWhite(s.charCodeAt(safe - 1))) safe--;
      this.work.steps += at - safe;
    }
    this.safe = safe;
    return at;
  }

  private blankAfter(nl: number, stop: number): boolean {
    const s = this.s;
    for (let j = nl + 1; j < stop; j++) {
      const c = s.charCodeAt(j);
      this.work.steps++;
      if (c === 0x0a) return true;
      if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
    }
    return stop === s.length;
  }
}

// Sentence indexes are made per text: keep their shape (see shapes.ts).
keepShape(new SentenceIndex(''));

function isWhite(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

interface Word {
  readonly w: string;
  readonly start: number;
  readonly end: number;
}

function words(s: string, from: number, to: number, cls: Uint8Array): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    if (cls[s.charCodeAt(i)]! & WORD) {
      const e = wordEnd(s, i, cls, to);
      out.push({ w: lowerSlice(s, i, e), start: i, end: e });
      i = e;
    } else i++;
  }
  return out;
}

function statesRule(ws: readonly Word[]): boolean {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!.w;
    if (RULE_WORDS.has(w)) return true;
    if (MODALS.has(w)) {
      // "skal ikke", "får heller inte", "must not"
      const a = ws[i + 1]?.w;
      const b = ws[i + 2]?.w;
      if ((a && NEGATIONS.has(a)) || (b && NEGATIONS.has(b))) return true;
    }
    if (NEGATIONS.has(w)) {
      const a = ws[i + 1]?.w;
      if (a && PERMITS.has(a)) return true;
    }
  }
  return false;
}

/** Is the match [start, end) part of a rule about such content, or a disclaimer? */
export function isRuleText(
  s: string,
  start: number,
  end: number,
  index: SentenceIndex = new SentenceIndex(s),
): boolean {
  // A match that long is no phrase of a rule; and its sentence is not read.
  if (end - start > REACH) return false;
  if (start === index.lastStart && end === index.lastEnd) return index.lastAnswer;
  const answer = ruleTextIn(s, start, end, index);
  index.lastStart = start;
  index.lastEnd = end;
  index.lastAnswer = answer;
  return answer;
}

function ruleTextIn(s: string, start: number, end: number, index: SentenceIndex): boolean {
  const cls = classes();
  const a = index.sentenceStart(start);
  const b = index.sentenceEnd(end);
  // A disclaimer may put its cue in the following sentence ("This e-mail is
  // confidential. If you are not the intended recipient ...").
  let b2 = b;
  if (b < s.length && s.charCodeAt(b) !== 0x0a) b2 = index.nextSentenceEnd(b + 1);
  if (index.hasCue(a, b2)) return true;

  // A generic word among the four before the match or the two after it;
  // only then is the whole sentence read for a rule.
  let generic = false;
  let j = cls[s.charCodeAt(start)]! & WORD ? wordStart(s, start, cls, a) : start;
  for (let k = 0; k < 4 && !generic; k++) {
    while (j > a && !(cls[s.charCodeAt(j - 1)]! & WORD)) j--;
    if (j <= a) break;
    const e = j;
    j = wordStart(s, e, cls, a);
    generic = GENERIC.has(lowerSlice(s, j, e));
  }
  j = end > start && cls[s.charCodeAt(end - 1)]! & WORD ? wordEnd(s, end, cls, b) : end;
  for (let k = 0; k < 2 && !generic; k++) {
    while (j < b && !(cls[s.charCodeAt(j)]! & WORD)) j++;
    if (j >= b) break;
    const e = wordEnd(s, j, cls, b);
    generic = GENERIC.has(lowerSlice(s, j, e));
    j = e;
  }
  return generic && statesRule(words(s, a, b, cls));
}

/** "ikke taushetsbelagt", "inte omfattas av sekretess": the marking is denied. */
export function isNegated(s: string, start: number): boolean {
  const cls = classes();
  const floor = start - 2 * MAX_WORD > 0 ? start - 2 * MAX_WORD : 0;
  let i = start;
  while (i > floor && !(cls[s.charCodeAt(i - 1)]! & (WORD | HARD))) i--;
  if (i === 0 || !(cls[s.charCodeAt(i - 1)]! & WORD)) return false;
  let j = i;
  while (j > floor && cls[s.charCodeAt(j - 1)]! & WORD) j--;
  return NEGATIONS.has(lowerSlice(s, j, i));
}
