/**
 * What was found, as the filing form names it in "Suggested because: …" and
 * in the confirmation a public record needs, in nb, nn, sv and en: "two
 * fødselsnummer in the subject and in the message; health information
 * («sykmeldt», «depresjon») in the message". ID numbers are counted, never
 * repeated.
 */
import { LOCALES } from '../i18n/locale';
import { format } from '../i18n/types';
import type { Messages } from '../i18n/types';
import type { Lang } from '../model';
import type { Place, RestrictionSuggestion, SuggestionReason } from './suggest';

type IdKind = 'fnr' | 'dnr' | 'hnr' | 'tnr' | 'fhn' | 'pnr' | 'snr' | 'interim' | 'other';
type SpecialKind =
  | 'health'
  | 'religion'
  | 'political'
  | 'ethnicity'
  | 'sexual-orientation'
  | 'trade-union'
  | 'genetic-biometric'
  | 'criminal'
  | 'child-welfare'
  | 'social-assistance'
  | 'other';

export type FoundKey =
  | `found.id.${IdKind}.one`
  | `found.id.${IdKind}.other`
  | `found.special.${SpecialKind}`
  | 'found.marked'
  | 'found.marked.basis'
  | 'found.words'
  | 'found.quote'
  | 'found.place.subject'
  | 'found.place.body'
  | 'found.place.attachment'
  | 'found.place.attachment-name'
  | 'found.place.other'
  | 'found.place.more'
  | 'found.and';

export const foundMessages: Messages<FoundKey> = {
  nb: {
    'found.id.fnr.one': 'ett fødselsnummer',
    'found.id.fnr.other': '{count} fødselsnummer',
    'found.id.dnr.one': 'ett D-nummer',
    'found.id.dnr.other': '{count} D-nummer',
    'found.id.hnr.one': 'ett H-nummer',
    'found.id.hnr.other': '{count} H-nummer',
    'found.id.tnr.one': 'ett syntetisk testnummer',
    'found.id.tnr.other': '{count} syntetiske testnummer',
    'found.id.fhn.one': 'ett FH-nummer',
    'found.id.fhn.other': '{count} FH-nummer',
    'found.id.pnr.one': 'ett svensk personnummer',
    'found.id.pnr.other': '{count} svenske personnummer',
    'found.id.snr.one': 'ett svensk samordningsnummer',
    'found.id.snr.other': '{count} svenske samordningsnummer',
    'found.id.interim.one': 'ett svensk reservenummer',
    'found.id.interim.other': '{count} svenske reservenummer',
    'found.id.other.one': 'ett ID-nummer',
    'found.id.other.other': '{count} ID-nummer',
    'found.special.health': 'helseopplysninger',
    'found.special.religion': 'opplysninger om religion',
    'found.special.political': 'opplysninger om politisk syn',
    'found.special.ethnicity': 'opplysninger om etnisk opprinnelse',
    'found.special.sexual-orientation': 'opplysninger om seksuell orientering',
    'found.special.trade-union': 'opplysninger om fagforeningsmedlemskap',
    'found.special.genetic-biometric': 'genetiske eller biometriske opplysninger',
    'found.special.criminal': 'opplysninger om straffbare forhold',
    'found.special.child-welfare': 'barnevernsopplysninger',
    'found.special.social-assistance': 'opplysninger om sosialhjelp',
    'found.special.other': 'sensitive personopplysninger',
    'found.marked': 'merket {words}',
    'found.marked.basis': 'merket {words} ({basis})',
    'found.words': '{what} ({words})',
    'found.quote': '«{word}»',
    'found.place.subject': 'i emnet',
    'found.place.body': 'i e-posten',
    'found.place.attachment': 'i vedlegget «{name}»',
    'found.place.attachment-name': 'i navnet på vedlegget «{name}»',
    'found.place.other': 'i e-posten',
    'found.place.more': '{count} andre steder',
    'found.and': 'og',
  },
  nn: {
    'found.id.fnr.one': 'eitt fødselsnummer',
    'found.id.fnr.other': '{count} fødselsnummer',
    'found.id.dnr.one': 'eitt D-nummer',
    'found.id.dnr.other': '{count} D-nummer',
    'found.id.hnr.one': 'eitt H-nummer',
    'found.id.hnr.other': '{count} H-nummer',
    'found.id.tnr.one': 'eitt syntetisk testnummer',
    'found.id.tnr.other': '{count} syntetiske testnummer',
    'found.id.fhn.one': 'eitt FH-nummer',
    'found.id.fhn.other': '{count} FH-nummer',
    'found.id.pnr.one': 'eitt svensk personnummer',
    'found.id.pnr.other': '{count} svenske personnummer',
    'found.id.snr.one': 'eitt svensk samordningsnummer',
    'found.id.snr.other': '{count} svenske samordningsnummer',
    'found.id.interim.one': 'eitt svensk reservenummer',
    'found.id.interim.other': '{count} svenske reservenummer',
    'found.id.other.one': 'eitt ID-nummer',
    'found.id.other.other': '{count} ID-nummer',
    'found.special.health': 'helseopplysningar',
    'found.special.religion': 'opplysningar om religion',
    'found.special.political': 'opplysningar om politisk syn',
    'found.special.ethnicity': 'opplysningar om etnisk opphav',
    'found.special.sexual-orientation': 'opplysningar om seksuell legning',
    'found.special.trade-union': 'opplysningar om fagforeiningsmedlemskap',
    'found.special.genetic-biometric': 'genetiske eller biometriske opplysningar',
    'found.special.criminal': 'opplysningar om straffbare forhold',
    'found.special.child-welfare': 'barnevernsopplysningar',
    'found.special.social-assistance': 'opplysningar om sosialhjelp',
    'found.special.other': 'sensitive personopplysningar',
    'found.marked': 'merkt {words}',
    'found.marked.basis': 'merkt {words} ({basis})',
    'found.words': '{what} ({words})',
    'found.quote': '«{word}»',
    'found.place.subject': 'i emnet',
    'found.place.body': 'i e-posten',
    'found.place.attachment': 'i vedlegget «{name}»',
    'found.place.attachment-name': 'i namnet på vedlegget «{name}»',
    'found.place.other': 'i e-posten',
    'found.place.more': '{count} andre stader',
    'found.and': 'og',
  },
  sv: {
    'found.id.fnr.one': 'ett norskt födelsenummer',
    'found.id.fnr.other': '{count} norska födelsenummer',
    'found.id.dnr.one': 'ett norskt D-nummer',
    'found.id.dnr.other': '{count} norska D-nummer',
    'found.id.hnr.one': 'ett norskt H-nummer',
    'found.id.hnr.other': '{count} norska H-nummer',
    'found.id.tnr.one': 'ett syntetiskt norskt testnummer',
    'found.id.tnr.other': '{count} syntetiska norska testnummer',
    'found.id.fhn.one': 'ett norskt FH-nummer',
    'found.id.fhn.other': '{count} norska FH-nummer',
    'found.id.pnr.one': 'ett personnummer',
    'found.id.pnr.other': '{count} personnummer',
    'found.id.snr.one': 'ett samordningsnummer',
    'found.id.snr.other': '{count} samordningsnummer',
    'found.id.interim.one': 'ett reservnummer',
    'found.id.interim.other': '{count} reservnummer',
    'found.id.other.one': 'ett identitetsnummer',
    'found.id.other.other': '{count} identitetsnummer',
    'found.special.health': 'uppgifter om hälsa',
    'found.special.religion': 'uppgifter om religion',
    'found.special.political': 'uppgifter om politiska åsikter',
    'found.special.ethnicity': 'uppgifter om etniskt ursprung',
    'found.special.sexual-orientation': 'uppgifter om sexuell läggning',
    'found.special.trade-union': 'uppgifter om medlemskap i fackförening',
    'found.special.genetic-biometric': 'genetiska eller biometriska uppgifter',
    'found.special.criminal': 'uppgifter om lagöverträdelser',
    'found.special.child-welfare': 'uppgifter om barn i socialtjänsten',
    'found.special.social-assistance': 'uppgifter om ekonomiskt bistånd',
    'found.special.other': 'känsliga personuppgifter',
    'found.marked': 'märkt {words}',
    'found.marked.basis': 'märkt {words} ({basis})',
    'found.words': '{what} ({words})',
    'found.quote': '”{word}”',
    'found.place.subject': 'i ämnesraden',
    'found.place.body': 'i meddelandet',
    'found.place.attachment': 'i bilagan ”{name}”',
    'found.place.attachment-name': 'i namnet på bilagan ”{name}”',
    'found.place.other': 'i meddelandet',
    'found.place.more': '{count} andra ställen',
    'found.and': 'och',
  },
  en: {
    'found.id.fnr.one': 'one Norwegian national identity number',
    'found.id.fnr.other': '{count} Norwegian national identity numbers',
    'found.id.dnr.one': 'one Norwegian D number',
    'found.id.dnr.other': '{count} Norwegian D numbers',
    'found.id.hnr.one': 'one Norwegian H number',
    'found.id.hnr.other': '{count} Norwegian H numbers',
    'found.id.tnr.one': 'one synthetic Norwegian test number',
    'found.id.tnr.other': '{count} synthetic Norwegian test numbers',
    'found.id.fhn.one': 'one Norwegian FH number',
    'found.id.fhn.other': '{count} Norwegian FH numbers',
    'found.id.pnr.one': 'one Swedish personal identity number',
    'found.id.pnr.other': '{count} Swedish personal identity numbers',
    'found.id.snr.one': 'one Swedish coordination number',
    'found.id.snr.other': '{count} Swedish coordination numbers',
    'found.id.interim.one': 'one Swedish interim number',
    'found.id.interim.other': '{count} Swedish interim numbers',
    'found.id.other.one': 'one identity number',
    'found.id.other.other': '{count} identity numbers',
    'found.special.health': 'health information',
    'found.special.religion': 'information on religion',
    'found.special.political': 'information on political opinions',
    'found.special.ethnicity': 'information on ethnic origin',
    'found.special.sexual-orientation': 'information on sexual orientation',
    'found.special.trade-union': 'information on trade union membership',
    'found.special.genetic-biometric': 'genetic or biometric information',
    'found.special.criminal': 'information on criminal offences',
    'found.special.child-welfare': 'child-welfare information',
    'found.special.social-assistance': 'information on social assistance',
    'found.special.other': 'sensitive personal data',
    'found.marked': 'marked {words}',
    'found.marked.basis': 'marked {words} ({basis})',
    'found.words': '{what} ({words})',
    'found.quote': '“{word}”',
    'found.place.subject': 'in the subject',
    'found.place.body': 'in the message',
    'found.place.attachment': 'in the attachment “{name}”',
    'found.place.attachment-name': 'in the name of the attachment “{name}”',
    'found.place.other': 'in the message',
    'found.place.more': '{count} other places',
    'found.and': 'and',
  },
};

/** Numbers two to ten in words, as a sentence says them; larger ones in digits. */
const SMALL: Readonly<Record<Lang, readonly string[]>> = {
  nb: ['to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti'],
  nn: ['to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti'],
  sv: ['två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'],
  en: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

function countWord(n: number, lang: Lang): string {
  return SMALL[lang][n - 2] ?? n.toLocaleString(LOCALES[lang]);
}

/** "a, b og c": the last two joined by the language's "and". */
function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] as string;
  return `${items.slice(0, -1).join(', ')} ${foundMessages[lang]['found.and']} ${last}`;
}

const ID_KINDS: ReadonlySet<string> = new Set([
  'fnr',
  'dnr',
  'hnr',
  'tnr',
  'fhn',
  'pnr',
  'snr',
  'interim',
]);
const SPECIAL_KINDS: ReadonlySet<string> = new Set([
  'health',
  'religion',
  'political',
  'ethnicity',
  'sexual-orientation',
  'trade-union',
  'genetic-biometric',
  'criminal',
  'child-welfare',
  'social-assistance',
]);

function placeText(p: Place, lang: Lang): string {
  const m = foundMessages[lang];
  const name = p.attachment ?? '';
  switch (p.part) {
    case 'subject':
      return m['found.place.subject'];
    case 'body':
      return m['found.place.body'];
    case 'attachment':
      return format(m['found.place.attachment'], { name });
    case 'attachment-name':
      return format(m['found.place.attachment-name'], { name });
    default:
      return m['found.place.other'];
  }
}

function what(r: SuggestionReason, lang: Lang): string {
  const m = foundMessages[lang];
  const quoted = list(
    r.words.map((word) => format(m['found.quote'], { word })),
    lang,
  );
  if (r.code.startsWith('national-id.')) {
    const kind = r.code.slice(r.code.lastIndexOf('.') + 1);
    const k = (ID_KINDS.has(kind) ? kind : 'other') as IdKind;
    return r.count === 1
      ? m[`found.id.${k}.one`]
      : format(m[`found.id.${k}.other`], { count: countWord(r.count, lang) });
  }
  if (r.code.startsWith('confidentiality.')) {
    const flat = (x: string): string => x.replace(/\s+/g, ' ').toLowerCase();
    const basis = r.basis;
    // "marked «Sekretess enligt OSL 26 kap. 1 §»" says its basis already.
    return basis !== undefined && !r.words.some((w) => flat(w).includes(flat(basis)))
      ? format(m['found.marked.basis'], { words: quoted, basis })
      : format(m['found.marked'], { words: quoted });
  }
  const kind = r.code.slice(r.code.indexOf('.') + 1);
  const k = (SPECIAL_KINDS.has(kind) ? kind : 'other') as SpecialKind;
  const name = m[`found.special.${k}`];
  return r.words.length > 0 ? format(m['found.words'], { what: name, words: quoted }) : name;
}

/** One thing found with where: "two fødselsnummer in the subject and in the message". */
export function describeReason(r: SuggestionReason, lang: Lang): string {
  const places = r.places.map((p) => placeText(p, lang));
  if (r.morePlaces > 0) {
    places.push(
      format(foundMessages[lang]['found.place.more'], { count: countWord(r.morePlaces, lang) }),
    );
  }
  const where = list([...new Set(places)], lang);
  return where === '' ? what(r, lang) : `${what(r, lang)} ${where}`;
}

/** Everything found, for "Suggested because: …": the reasons joined with semicolons. */
export function describeFound(s: Pick<RestrictionSuggestion, 'reasons'>, lang: Lang): string {
  return s.reasons.map((r) => describeReason(r, lang)).join('; ');
}
