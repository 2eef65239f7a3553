/**
 * R19 (seed 000 §5–8): an outgoing case document is journaled before it is
 * sent, and then carries the archive reference ("Vår ref."). This decides
 * whether a message being sent looks like a case document that has not been
 * journaled yet.
 *
 * The rule, precise on purpose: a warning on every "takk" teaches
 * caseworkers to press "Send anyway" without reading. It fires when
 *
 * 1. the message goes to at least one external recipient (other than the
 *    archive's own registry mailbox): a case document leaves the
 *    organisation (internal notes are type N and not this check's concern);
 * 2. it carries no reference of our own in the subject or anywhere in the
 *    body ("Vår ref. 2026/123-4", "Saksnr.", "Dnr KS 2024/123"). The other
 *    party's reference ("Deres ref.", "Ert dnr") is not ours: it is evidence
 *    for 3 instead;
 * 3. and something the sender wrote or attached makes it a document in a
 *    case, not a conversation:
 *    - an attached signed PDF, or a PDF or word-processing file whose name
 *      says letter or decision ("Vedtak_barnehageplass.pdf", "Svarbrev.docx",
 *      "Delegationsbeslut.pdf") — not in a forward, where the attachments
 *      are the original's;
 *    - the other party's case reference;
 *    - the wording of a decision or formal reply in the subject ("Vedtak om
 *      …", "Svar på søknad …", "Forhåndsvarsel …", "Klage …", "Innsyn …",
 *      "Beslut om …", "Svar på ansökan …", "Överklagande …", "Begäran om
 *      allmän handling …"). In a reply or forward the subject is inherited
 *      from the original, so there it counts only when the message answers
 *      mail that came to a function mailbox and the sender wrote more than a
 *      few lines of their own;
 *    - the wording only a decision or formal reply has, in the sender's own
 *      text (the quoted original is left out): "vedtaket kan påklages",
 *      "klagefrist", "søknaden er innvilget", "gjort slikt vedtak", "gir deg
 *      innsyn", "beslutet kan överklagas", "ansökan beviljas", "handlingarna
 *      lämnas ut", "you may appeal".
 *
 * A reply from or to a function mailbox is not by itself a case document:
 * most answers there are official but not archived (R4), and which mailbox
 * it leaves from is R2's concern. A colleague's lunch plan (internal), a
 * newsletter reply, a "takk for beskjed" to a citizen never fire.
 *
 * Any reference of ours silences the check, even one quoted from earlier
 * mail in the case: the sender is then working inside the case, and the
 * document's own number is the archive's business.
 */
import type { AttachmentReport } from '../attachments';
import { classes, found, nextWord, WORD, wordAt, wordEnd } from '../keywords/chars';
import type { Tok } from '../keywords/pattern';
import { parseToken, tokMatches } from '../keywords/pattern';
import type { ComposeSnapshot } from '../message';
import type { Finding, Part } from '../model';
import { isInternal, mailboxOf } from '../profile/mailboxes';
import type { Profile } from '../profile/types';
import { normalizeText, toOriginalRange } from '../text/normalize';
import { findCaseReferences, isTheirReference } from './case-ref';
import { splitPrefix } from './prefix';

/*
 * Phrases in the keyword dictionary's pattern language (keywords/pattern.ts):
 * one token per word, `a|b` alternatives, `stem*`, `*head`, `word?` optional.
 */

/** A decision or formal reply, as its subject says it. */
const SUBJECT_WORDING = [
  // nb, nn
  'vedtak|vedtaket|vedtaka|vedtakene|*vedtak|*vedtaket',
  'svar|tilbakemelding på din|dykkar|deres? søknad*|klage*|klaga|innsyn*',
  'forhåndsvars*|forhandsvars*|førehandsvars*',
  'varsel om pålegg|tvangsmulkt|riving',
  'klage|klagen|klaga|klagesak|klagesaka|klagesaken|klagebehandling',
  'innsyn|innsynskrav|innsynskravet|innsynsbegjæring|innsynsbegjæringa|innsynsbegjæringen',
  'oversendelse|oversending av',
  'avslag|avslått',
  'pålegg|pålegget om',
  'rammetillatelse|igangsettingstillatelse|ettrinnstillatelse|brukstillatelse|rammeløyve|igangsetjingsløyve|eittrinnsløyve|bruksløyve|ferdigattest',
  'høringsuttalelse|høringssvar|høyringsfråsegn|høyringssvar|høyringsuttale',
  // sv
  'beslut|beslutet|*beslut|*beslutet',
  'svar på er|din? ansökan|ansökningen|överklagande*|begäran',
  'överklagande|överklagandet|överklagan',
  'begäran om allmän|allmänna|utlämnande|att',
  'utlämnande av allmän|allmänna',
  'kommunicering*',
  'startbesked|slutbesked|föreläggande|föreläggandet',
  'remissvar|remissyttrande|yttrande',
  // en
  'decision|decisions',
  'your application|appeal|complaint',
  'appeal|appeals',
  'freedom of information',
  'access to documents|records',
  'advance notice',
  'consultation response',
];

/** What only a decision or formal reply says, in the sender's own text. */
const BODY_WORDING = [
  // nb, nn
  'vedtaket|vedtaka|vedtak kan|kan ikke|ikkje? påklages|påklagast|klages|klagast|ankes',
  'klage|klaga på vedtaket|vedtaka|avgjørelsen|avgjerda',
  'klagefrist*|klageadgang*|klagerett*|klageinstans*',
  'rett|høve til å klage|klaga',
  'fattet|fatta|gjort|gjorde|gjer|gjør|treft|trefte følgende|følgjande|fylgjande|slikt|sålydende|sålydande? vedtak',
  'søknaden|søknad din|dykkar|deres? er|blir|vert|har blitt|vorte? innvilg*|avslått|avslegen|godkjent|godkjend|imøtekommet',
  'innvilger|innvilgar|avslår|godkjenner|godkjenner din|dykkar|deres? søknad*',
  'dispensasjon|dispensasjonen|løyve|tillatelse|tillatelsen|søknaden innvilges|innvilgast|avslås|avslåast|gis|gjevast',
  'forhåndsvars*|forhandsvars*|førehandsvars*',
  'varsel om vedtak|pålegg|tvangsmulkt|riving',
  'gir|gjev|får|fått deg|dykk|dere? innsyn',
  'innsynskravet|innsynsbegjæringa|innsynsbegjæringen',
  'kravet|begjæringa|begjæringen|førespurnaden om innsyn',
  'unntatt|unnateke|unntas|unnatake fra|frå innsyn',
  // sv
  'beslutet|beslut kan|får överklagas',
  'hur man|du|ni? överklagar',
  'överklaga beslutet',
  'fattat|fattade|tagit|tog följande|ett? beslut|beslutet',
  'ansökan|ansökningen har? beviljas|beviljats|avslås|avslagits|bifalls|bifallits',
  'beviljar|avslår|bifaller din|er? ansökan|ansökningen|begäran',
  'handlingen|handlingarna|handlingar|uppgifterna lämnas|lämnades ut',
  'er|din begäran om',
  'kommunicering*',
  // en
  'you may|can appeal',
  'right to appeal',
  'decision may|can be appealed',
  'your application|request has? been|is granted|approved|refused|rejected|declined',
  'we have decided',
];

/** Letters and decisions, as their file names say it (one word of the name). */
const FILE_WORDS = [
  'vedtak*|*vedtak|*vedtaket|brev|svarbrev|følgebrev|følgjebrev|svar|innsyn*',
  'tillatelse|*tillatelse|løyve|*løyve|ferdigattest|pålegg|avslag',
  'forhåndsvars*|forhandsvars*|førehandsvars*|kommunicering*',
  'beslut|beslutet|*beslut|tillstånd|*tillstånd|startbesked|slutbesked|föreläggande|yttrande|remissvar',
  'høringsuttalelse|høyringsfråsegn|decision|letter',
];

/** Files a formal letter or decision is sent as. */
export const DOCUMENT_FILE = /\.(?:pdf|docx?|odt|rtf)$/i;

/** "More than a few lines": about three lines of text beyond a signature. */
export const SUBSTANTIAL_WORDS = 40;

let compiled: { subject: Tok[][]; body: Tok[][]; file: Tok[][] } | null = null;

function phrases(): { subject: Tok[][]; body: Tok[][]; file: Tok[][] } {
  if (compiled) return compiled;
  const parse = compilePhrases;
  compiled = {
    subject: parse(SUBJECT_WORDING),
    body: parse(BODY_WORDING),
    file: parse(FILE_WORDS),
  };
  return compiled;
}

function matchRest(s: string, pos: number, toks: readonly Tok[], k: number): number {
  if (k === toks.length) return pos;
  const t = toks[k] as Tok;
  const cls = classes();
  const w = nextWord(s, pos, cls);
  if (w >= 0) {
    const e = found.end;
    if (tokMatches(t, wordAt(s, w, e))) {
      const r = matchRest(s, e, toks, k + 1);
      if (r >= 0) return r;
    }
  }
  return t.optional ? matchRest(s, pos, toks, k + 1) : -1;
}

export interface Wording {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Phrases in the pattern language, compiled for `findPhrase`. */
export function compilePhrases(list: readonly string[]): Tok[][] {
  return list.map((p) => p.split(' ').map((t) => parseToken(t)));
}

/** The first phrase of the list in the text; offsets into the text as written. */
export function findPhrase(text: string, list: readonly Tok[][]): Wording | null {
  const norm = normalizeText(text);
  const s = norm.lower;
  const cls = classes();
  for (let i = 0; i < s.length;) {
    if (!((cls[s.charCodeAt(i)] ?? 0) & WORD)) {
      i++;
      continue;
    }
    const e = wordEnd(s, i, cls);
    const w = wordAt(s, i, e);
    for (const toks of list) {
      if (!tokMatches(toks[0] as Tok, w)) continue;
      const end = matchRest(s, e, toks, 1);
      if (end < 0) continue;
      const r = toOriginalRange(norm, i, end);
      return { start: r.start, end: r.end, text: text.slice(r.start, r.end) };
    }
    i = e;
  }
  return null;
}

/** Formal wording in a subject ("Vedtak om barnehageplass"). */
export function findSubjectWording(subject: string): Wording | null {
  return findPhrase(subject, phrases().subject);
}

/** The wording of a decision or formal reply in a text. */
export function findBodyWording(text: string): Wording | null {
  return findPhrase(text, phrases().body);
}

/** True for a PDF or document file whose name says it is a letter or decision. */
export function isLetterFileName(name: string): boolean {
  return (
    DOCUMENT_FILE.test(name) && findPhrase(name.replace(/\.[^.]*$/, ''), phrases().file) !== null
  );
}

// Where a client starts the quoted original in a plain-text reply or
// forward: "> ", Outlook's rule of underscores, "-----Original Message-----"
// and its translations, a "Fra:/From:/Från:" header block, "… skrev:".
const QUOTE_START = [
  /^>/m,
  /^_{10,}\s*$/m,
  /^-{2,}\s*(?:original message|opprinnelig melding|opphavleg melding|ursprungligt meddelande|originalmeddelande|videresendt melding|vidaresendt melding|vidarebefordrat meddelande|forwarded message)\s*-{2,}/im,
  /^(?:from|fra|frå|från|von|de)\s*:.*\n(?:.*\n){0,3}?(?:sent|sendt|skickat|gesendet|date|dato|datum|envoyé)\s*:/im,
  /^.{0,200}\b(?:wrote|skrev|skreiv)\b.{0,200}:[ \t]*$/im,
];

/** The sender's own text: the body up to where the quoted original starts. */
export function ownText(body: string): string {
  let end = body.length;
  for (const re of QUOTE_START) {
    const m = re.exec(body);
    if (m && m.index < end) end = m.index;
  }
  return body.slice(0, end);
}

export function wordCount(text: string): number {
  const m = text.match(/[0-9A-Za-z\u00c0-\u024f]+/g);
  return m ? m.length : 0;
}

/** A finding without the severity and check the decision gives it. */
export type Evidence = Omit<Finding, 'severity' | 'check'>;

/**
 * What the compose pane needs to offer "Journalfør før sending": file the
 * message as an outgoing document (type U), dispatched by e-mail.
 */
export const FILE_BEFORE_SEND = {
  action: 'file-before-send',
  documentType: 'U',
  dispatch: 'email',
} as const;

function evidence(
  code: string,
  part: Part,
  extra: Partial<Pick<Finding, 'attachment' | 'start' | 'end' | 'text'>>,
): Evidence {
  return { code, category: 'archive', part, ...extra, params: FILE_BEFORE_SEND };
}

/**
 * Does the draft go to someone outside the organisation? The archive's
 * registry mailbox, wherever it is, counts as inside.
 */
export function toOutsideParty(s: ComposeSnapshot, profile: Profile): boolean {
  const archive = profile.archive;
  const registry =
    archive?.kind === 'registry-mailbox' && archive.address !== undefined
      ? archive.address.trim().toLowerCase()
      : null;
  return [...s.to, ...s.cc, ...s.bcc].some(
    (a) => !isInternal(a.address, profile) && a.address.trim().toLowerCase() !== registry,
  );
}

/**
 * The finding for an outgoing case document without a reference of ours,
 * or null. `reports` are the attachments that were inspected.
 */
export function unjournaledCaseDocument(
  s: ComposeSnapshot,
  profile: Profile,
  reports: readonly AttachmentReport[],
): Evidence | null {
  if (!toOutsideParty(s, profile)) return null;

  let theirs: { part: Part; at: Wording } | null = null;
  for (const [part, text] of [
    ['subject', s.subject],
    ['body', s.body],
  ] as const) {
    for (const ref of findCaseReferences(text)) {
      if (!isTheirReference(text, ref)) return null;
      if (theirs === null) theirs = { part, at: ref };
    }
  }

  const { forward } = splitPrefix(s.subject);
  if (!forward) {
    const files = s.attachments.filter((a) => a.inline !== true);
    const signed = reports.find(
      (r) => r.signature === 'signed' && files.some((a) => a.name === r.name),
    );
    if (signed) {
      return evidence('case-document.signed-attachment', 'attachment', { attachment: signed.name });
    }
    const letter = files.find((a) => isLetterFileName(a.name));
    if (letter)
      return evidence('case-document.attachment', 'attachment', { attachment: letter.name });
  }
  if (theirs) return evidence('case-document.their-reference', theirs.part, theirs.at);

  const own = ownText(s.body);
  const reply = s.replyTo !== undefined || splitPrefix(s.subject).prefix !== '';
  const answersFunctionMailbox =
    s.replyTo?.receivedIn !== undefined && mailboxOf(s.replyTo.receivedIn, profile) !== null;
  if (!reply || (answersFunctionMailbox && wordCount(own) >= SUBSTANTIAL_WORDS)) {
    const w = findSubjectWording(s.subject);
    if (w) return evidence('case-document.wording', 'subject', w);
  }
  const w = findBodyWording(own);
  return w ? evidence('case-document.wording', 'body', w) : null;
}
