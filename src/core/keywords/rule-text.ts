import { classes, HARD, WORD, wordEnd, wordAt } from './chars';

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
  /intended (?:solely |only |exclusively )?for|intended recipient|addressee|adressat|rette? mottak|rett mottakar|rätt mottagare|feil mottaker|feil mottakar|fel mottagare|kan inneholde|kan innehalde|kan innehålla|may contain|might contain|disclaimer|ansvarsfraskrivelse/;

/** Start of the sentence containing `pos`: after a sentence end or a blank line. */
function sentenceStart(s: string, pos: number, cls: Uint8Array): number {
  const stop = Math.max(0, pos - 400);
  for (let i = pos - 1; i >= stop; i--) {
    const c = s.charCodeAt(i);
    if (cls[c]! & HARD && c !== 0xa7) return i + 1;
    if (c === 0x0a && isBlankLineBefore(s, i)) return i + 1;
  }
  return stop;
}

/** End of the sentence containing `pos` (exclusive). */
function sentenceEnd(s: string, pos: number, cls: Uint8Array): number {
  const stop = Math.min(s.length, pos + 400);
  for (let i = pos; i < stop; i++) {
    const c = s.charCodeAt(i);
    if (cls[c]! & HARD && c !== 0xa7) return i;
    if (c === 0x0a && isBlankLineAfter(s, i)) return i;
  }
  return stop;
}

function isBlankLineBefore(s: string, nl: number): boolean {
  for (let j = nl - 1; j >= 0; j--) {
    const c = s.charCodeAt(j);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

function isBlankLineAfter(s: string, nl: number): boolean {
  for (let j = nl + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
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
      const e = wordEnd(s, i, cls);
      out.push({ w: wordAt(s, i, e), start: i, end: e });
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
  const cls = classes();
  const a = sentenceStart(s, start, cls);
  const b = sentenceEnd(s, end, cls);
  // A disclaimer may put its cue in the following sentence ("This e-mail is
  // confidential. If you are not the intended recipient ...").
  let b2 = b;
  if (b < s.length && s.charCodeAt(b) !== 0x0a) b2 = sentenceEnd(s, b + 1, cls);
  if (DISCLAIMER.test(s.slice(a, b2))) return true;

  const ws = words(s, a, b, cls);
  let first = ws.findIndex((w) => w.end > start);
  if (first < 0) first = ws.length;
  let last = first;
  while (last + 1 < ws.length && ws[last + 1]!.start < end) last++;
  let generic = false;
  for (let i = Math.max(0, first - 4); i < first && !generic; i++) generic = GENERIC.has(ws[i]!.w);
  for (let i = last + 1; i <= last + 2 && i < ws.length && !generic; i++) {
    generic = GENERIC.has(ws[i]!.w);
  }
  return generic && statesRule(ws);
}

/** "ikke taushetsbelagt", "inte omfattas av sekretess": the marking is denied. */
export function isNegated(s: string, start: number): boolean {
  const cls = classes();
  let i = start;
  while (i > 0 && !(cls[s.charCodeAt(i - 1)]! & (WORD | HARD))) i--;
  if (i === 0 || !(cls[s.charCodeAt(i - 1)]! & WORD)) return false;
  let j = i;
  while (j > 0 && cls[s.charCodeAt(j - 1)]! & WORD) j--;
  return NEGATIONS.has(s.slice(j, i));
}
