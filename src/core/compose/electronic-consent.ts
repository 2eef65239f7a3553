/**
 * Norway: a vedtak (forvaltningsloven § 27) or a forhåndsvarsel (§ 16) may
 * be sent by e-mail only when the party has accepted electronic
 * communication (eForvaltningsforskriften § 8). This finds a message that
 * looks like one of them on its way to an outside party, so the sender is
 * asked whether the party has accepted, and where the profile says so,
 * where that is recorded. A warning, never a verdict: the send check cannot
 * know the answer.
 *
 * Recognised the way the case-document check recognises a decision (the same
 * phrase matcher, case-document.ts), with only the Norwegian phrases that
 * make a message a vedtak or a forhåndsvarsel: the subject ("Vedtak om
 * barnehageplass", "Forhåndsvarsel om pålegg", "Rammetillatelse"), the
 * sender's own text ("vedtaket kan påklages", "søknaden er innvilget",
 * "varsel om vedtak", "førehandsvarsel") and an attached letter named so
 * ("Vedtak_barnehageplass.pdf"). The quoted original of a reply is left out,
 * and in a reply or forward the inherited subject counts only as it does for
 * the case-document check. Internal recipients and the archive's registry
 * mailbox are no party; a Swedish profile never gets this finding.
 */
import type { ComposeSnapshot } from '../message';
import type { Lang, Part } from '../model';
import type { Tok } from '../keywords/pattern';
import { mailboxOf } from '../profile/mailboxes';
import type { Profile } from '../profile/types';
import type { Evidence, Wording } from './case-document';
import {
  compilePhrases,
  DOCUMENT_FILE,
  findPhrase,
  ownText,
  SUBSTANTIAL_WORDS,
  toOutsideParty,
  wordCount,
} from './case-document';
import { splitPrefix } from './prefix';

export type ConsentKind = 'decision' | 'advance-notice';

/** A vedtak, as its subject says it (nb, nn). */
const DECISION_SUBJECT = [
  'vedtak|vedtaket|vedtaka|vedtakene|enkeltvedtak*',
  'avslag|avslått',
  'pålegg|pålegget om',
  'rammetillatelse|igangsettingstillatelse|ettrinnstillatelse|brukstillatelse|rammeløyve|igangsetjingsløyve|eittrinnsløyve|bruksløyve',
];

/** What only a vedtak says, in the sender's own text (nb, nn). */
const DECISION_BODY = [
  'vedtaket|vedtaka|vedtak kan|kan ikke|ikkje? påklages|påklagast|klages|klagast',
  'klage|klaga på vedtaket|vedtaka',
  'rett|høve til å klage|klaga på|over? vedtaket|vedtaka',
  'fattet|fatta|gjort|gjorde|treft|trefte følgende|følgjande|fylgjande|slikt|sålydende|sålydande vedtak',
  'søknaden|søknad din|dykkar|deres? er|blir|har blitt? innvilg*|avslått|avslegen|godkjent|godkjend',
  'innvilger|innvilgar|avslår|godkjenner din|dykkar|deres? søknad*',
];

/** A forhåndsvarsel, in the subject or the sender's own text (nb, nn). */
const NOTICE = [
  'forhåndsvars*|forhandsvars*|førehandsvars*|forehandsvars*',
  'varsel om vedtak|pålegg|tvangsmulkt|riving|tilbakekall*|tilbakekalling|vedtaket',
];

/** Letters named as a vedtak or a forhåndsvarsel (one word of the file name). */
const DECISION_FILE = ['vedtak*|enkeltvedtak*|avslag|pålegg|rammetillatelse|*tillatelse|*løyve'];
const NOTICE_FILE = ['forhåndsvars*|forhandsvars*|førehandsvars*|forehandsvars*'];

interface Compiled {
  readonly decisionSubject: Tok[][];
  readonly decisionBody: Tok[][];
  readonly notice: Tok[][];
  readonly decisionFile: Tok[][];
  readonly noticeFile: Tok[][];
}
let compiled: Compiled | null = null;

function phrases(): Compiled {
  compiled ??= {
    decisionSubject: compilePhrases(DECISION_SUBJECT),
    decisionBody: compilePhrases(DECISION_BODY),
    notice: compilePhrases(NOTICE),
    decisionFile: compilePhrases(DECISION_FILE),
    noticeFile: compilePhrases(NOTICE_FILE),
  };
  return compiled;
}

/** Which of the two a text says, a forhåndsvarsel first (it names the vedtak to come). */
function kindIn(text: string, decision: Tok[][]): { kind: ConsentKind; at: Wording } | null {
  const p = phrases();
  const notice = findPhrase(text, p.notice);
  if (notice) return { kind: 'advance-notice', at: notice };
  const d = findPhrase(text, decision);
  return d ? { kind: 'decision', at: d } : null;
}

/** Which of the two a file name says, or null (documents only: PDF, Word, ODT, RTF). */
export function consentKindOfFile(name: string): ConsentKind | null {
  if (!DOCUMENT_FILE.test(name)) return null;
  const stem = name.replace(/\.[^.]*$/, '');
  const p = phrases();
  if (findPhrase(stem, p.noticeFile)) return 'advance-notice';
  return findPhrase(stem, p.decisionFile) ? 'decision' : null;
}

/** Where the profile says a party's acceptance is recorded, per language given. */
function recordedIn(profile: Profile): Record<string, string> {
  const where = profile.electronicConsent?.where;
  if (where === undefined) return {};
  if (typeof where === 'string') return { recordedIn: where };
  const out: Record<string, string> = {};
  const own = where[profile.language];
  if (own !== undefined) out['recordedIn'] = own;
  for (const lang of Object.keys(where) as Lang[]) {
    const text = where[lang];
    if (text === undefined) continue;
    out[`recordedIn.${lang}`] = text;
    out['recordedIn'] ??= text;
  }
  return out;
}

/**
 * The finding for a Norwegian vedtak or forhåndsvarsel going to an outside
 * party by e-mail, or null.
 */
export function electronicConsent(s: ComposeSnapshot, profile: Profile): Evidence | null {
  if (profile.country !== 'NO') return null;
  if (!toOutsideParty(s, profile)) return null;

  const params = recordedIn(profile);
  const make = (
    kind: ConsentKind,
    code: string,
    part: Part,
    extra: { attachment?: string; start?: number; end?: number; text?: string },
  ): Evidence => ({ code, category: 'legal-form', part, ...extra, params: { kind, ...params } });

  const p = phrases();
  const prefix = splitPrefix(s.subject);
  const own = ownText(s.body);
  const reply = s.replyTo !== undefined || prefix.prefix !== '';
  const answersFunctionMailbox =
    s.replyTo?.receivedIn !== undefined && mailboxOf(s.replyTo.receivedIn, profile) !== null;
  if (!reply || (answersFunctionMailbox && wordCount(own) >= SUBSTANTIAL_WORDS)) {
    const inSubject = kindIn(s.subject, p.decisionSubject);
    if (inSubject)
      return make(inSubject.kind, 'electronic-consent.wording', 'subject', inSubject.at);
  }
  const inBody = kindIn(own, p.decisionBody);
  if (inBody) return make(inBody.kind, 'electronic-consent.wording', 'body', inBody.at);
  // In a forward the attachments are the original's, not a letter being sent.
  if (!prefix.forward) {
    for (const a of s.attachments) {
      if (a.inline === true) continue;
      const kind = consentKindOfFile(a.name);
      if (kind)
        return make(kind, 'electronic-consent.attachment', 'attachment', { attachment: a.name });
    }
  }
  return null;
}
