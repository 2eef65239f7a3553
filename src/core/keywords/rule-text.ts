import { classes, HARD, lowerSlice, MAX_WORD, WORD, wordEnd, wordStart } from './chars';

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

/** Start of the sentence containing `pos`: after a sentence end or a blank line. */
function sentenceStart(s: string, pos: number, cls: Uint8Array): number {
  const stop = Math.max(0, pos - REACH);
  for (let i = pos - 1; i >= stop; i--) {
    const c = s.charCodeAt(i);
    if (cls[c]! & HARD && c !== 0xa7) return i + 1;
    if (c === 0x0a && isBlankLineBefore(s, i, stop)) return i + 1;
  }
  return stop;
}

/** End of the sentence containing `pos` (exclusive). */
function sentenceEnd(s: string, pos: number, cls: Uint8Array): number {
  const stop = Math.min(s.length, pos + REACH);
  for (let i = pos; i < stop; i++) {
    const c = s.charCodeAt(i);
    if (cls[c]! & HARD && c !== 0xa7) return i;
    if (c === 0x0a && isBlankLineAfter(s, i, stop)) return i;
  }
  return stop;
}

/** Is the line before the line break at `nl` blank? Looks no further back than `stop`. */
function isBlankLineBefore(s: string, nl: number, stop: number): boolean {
  for (let j = nl - 1; j >= stop; j--) {
    const c = s.charCodeAt(j);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return stop === 0;
}

/** Is the line after the line break at `nl` blank? Looks no further than `stop`. */
function isBlankLineAfter(s: string, nl: number, stop: number): boolean {
  for (let j = nl + 1; j < stop; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return stop === s.length;
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
export function isRuleText(s: string, start: number, end: number): boolean {
  // A match that long is no phrase of a rule; and its sentence is not read.
  if (end - start > REACH) return false;
  const cls = classes();
  const a = sentenceStart(s, start, cls);
  const b = sentenceEnd(s, end, cls);
  // A disclaimer may put its cue in the following sentence ("This e-mail is
  // confidential. If you are not the intended recipient ...").
  let b2 = b;
  if (b < s.length && s.charCodeAt(b) !== 0x0a) b2 = sentenceEnd(s, b + 1, cls);
  if (DISCLAIMER.test(s.slice(a, b2))) return true;

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
