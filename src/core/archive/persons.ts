/**
 * Private persons, as far as filing needs to know them (R5): a public
 * journal must not name a private person whose record is restricted for
 * personal circumstances. Two places name them: a correspondent's display
 * name, and a name written next to an ID number ("Kari Lunde, fnr. …",
 * "Navn: Kari Lunde\nFødselsnummer: …"). Both are read by rules of thumb,
 * bounded and linear; what they miss the user can still screen by hand.
 */
import type { Meter } from '../metering/meter';
import type { Finding, Part } from '../model';
import { domainOf, isInternalDomain } from '../profile/mailboxes';
import type { Profile } from '../profile/types';

/** Characters before an ID number looked at for a name. */
export const NAME_WINDOW = 80;
/** Words in a name, at most. */
const MAX_NAME_WORDS = 4;

/** Words that label or lead up to an ID number: skipped between a name and the number. */
const LABELS: ReadonlySet<string> = new Set([
  'fnr',
  'f.nr',
  'fødselsnummer',
  'fødselsnummeret',
  'fødselsnr',
  'fodselsnummer',
  'personnummer',
  'personnumret',
  'personnummeret',
  'personnr',
  'pnr',
  'p-nr',
  'd-nummer',
  'd-nr',
  'dnr',
  'samordningsnummer',
  'samordningsnr',
  'id',
  'id-nummer',
  'id-nr',
  'nr',
  'født',
  'fødd',
  'född',
  'f',
  'ssn',
  'har',
  'med',
  'er',
  'är',
  'is',
  'has',
  'with',
]);

/** Words that start a name's line without being part of it. */
const LEAD: ReadonlySet<string> = new Set([
  'hei',
  'hallo',
  'kjære',
  'til',
  'fra',
  'frå',
  'från',
  'hej',
  'dear',
  'att',
  'attn',
  'navn',
  'namn',
  'name',
  'søker',
  'søkjar',
  'sökande',
  'applicant',
  'herr',
  'fru',
  'mr',
  'mrs',
  'ms',
  'dr',
  'med',
  'hilsen',
  'helsing',
  'vennlig',
  'venleg',
  'mvh',
  'vänliga',
  'hälsningar',
  'regards',
  'sambo',
  'sambuar',
  'ektefelle',
  'make',
  'maka',
  'barn',
  'sønn',
  'son',
  'datter',
  'dotter',
  'mor',
  'far',
  'mamma',
  'pappa',
]);

/** Words that make a display name an organisation's, not a person's. */
const ORGANISATION: ReadonlySet<string> = new Set([
  'as',
  'asa',
  'ab',
  'hb',
  'kb',
  'sa',
  'ba',
  'ans',
  'da',
  'nuf',
  'enk',
  'ltd',
  'inc',
  'llc',
  'gmbh',
  'plc',
  'bv',
  'oy',
  'aps',
  'kommune',
  'kommunen',
  'kommun',
  'fylkeskommune',
  'region',
  'regionen',
  'län',
  'staten',
  'stiftelse',
  'stiftelsen',
  'forening',
  'foreningen',
  'förening',
  'föreningen',
  'lag',
  'laget',
  'borettslag',
  'sameie',
  'bank',
  'banken',
  'advokat',
  'advokatfirma',
  'advokatbyrå',
  'konsult',
  'consulting',
  'bygg',
  'entreprenør',
  'eiendom',
  'fastighet',
  'fastigheter',
  'holding',
  'gruppen',
  'group',
  'team',
  'avdeling',
  'avdelning',
  'kontor',
  'kontoret',
  'senter',
  'center',
  'centrum',
  'sykehus',
  'sjukehus',
  'sjukhus',
  'skole',
  'skule',
  'skola',
  'skolan',
  'barnehage',
  'barnehagen',
  'förskola',
  'universitet',
  'högskola',
  'høgskole',
  'nav',
  'skatteetaten',
  'skatteverket',
  'försäkringskassan',
  'statsforvalteren',
  'länsstyrelsen',
  'departementet',
  'direktoratet',
  'tilsynet',
  'verket',
  'etaten',
  'tjenesten',
  'tenesta',
  'förvaltning',
  'forvaltning',
  'redaksjon',
  'redaktion',
  'post',
  'postmottak',
  'kundeservice',
  'kundservice',
  'support',
  'service',
  'noreply',
  'nyhetsbrev',
  'newsletter',
  'info',
  'kontakt',
]);

/** Mailbox names that are a function's, not a person's. */
const ROLE_ADDRESS =
  /^(?:post|postmottak|postkasse|info|kontakt|kontoret|noreply|no-reply|donotreply|do-not-reply|firmapost|admin|support|service|kundeservice|kundservice|faktura|invoice|order|sales|salg|registrator|registratur|diariet|arkiv|arkivet|kommune|kommunen|kommun|servicetorget|mailer-daemon|postmaster|nyhetsbrev|newsletter)(?:[._+-].*)?$/;

/** A letter with case: Latin (æ, ø, å, ä, ö, é …), Greek, Cyrillic. */
function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isUpper(ch: string): boolean {
  return isLetter(ch) && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  return isLetter(ch) && ch === ch.toLowerCase();
}

/** Characters that may stand inside a word: apostrophes, a full stop (initials), a hyphen. */
const INNER = "'\u2019.-";

/** A part of a name: "Kari", "O'Neil" — a capital, then small letters (apostrophes too). */
function isNamePart(w: string): boolean {
  if (w.length < 2 || !isUpper(w.charAt(0))) return false;
  let lower = false;
  for (let i = 1; i < w.length; i++) {
    const ch = w.charAt(i);
    if (isLower(ch)) lower = true;
    else if (ch !== "'" && ch !== '\u2019') return false;
  }
  return lower;
}

/** A word of a name: capitalised ("Kari", "Anne-Lise", "O'Neil"), or an initial ("K."). */
function isNameWord(w: string): boolean {
  if (w.length === 2 && w.charAt(1) === '.' && isUpper(w.charAt(0))) return true;
  return w.split('-').every(isNamePart);
}

/** A word of a display name, any case ("van", "de"). */
function isDisplayWord(w: string): boolean {
  if (w === '' || !isLetter(w.charAt(0))) return false;
  for (let i = 1; i < w.length; i++) {
    const ch = w.charAt(i);
    if (!isLetter(ch) && !INNER.includes(ch)) return false;
  }
  return true;
}

type Token = { readonly kind: 'word' | 'break' | 'mark' | 'digit'; readonly text: string };

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** The tokens of a short text: words, line breaks, digits and single marks. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    let j = i + 1;
    if (isLetter(ch)) {
      while (j < text.length && (isLetter(text.charAt(j)) || INNER.includes(text.charAt(j)))) j++;
      out.push({ kind: 'word', text: text.slice(i, j) });
    } else if (isDigit(ch)) {
      while (j < text.length && isDigit(text.charAt(j))) j++;
      out.push({ kind: 'digit', text: text.slice(i, j) });
    } else if (ch === '\n') {
      out.push({ kind: 'break', text: ch });
    } else if (ch.trim() !== '') {
      out.push({ kind: 'mark', text: ch });
    }
    i = j;
  }
  return out;
}

function bare(word: string): string {
  return word.toLowerCase().replace(/\.+$/, '');
}

function isLabel(word: string): boolean {
  const w = word.toLowerCase();
  return LABELS.has(w) || LABELS.has(bare(w));
}

/**
 * The name written just before `at` in `text` (an ID number's start), as
 * written ("Kari Lunde", "Lunde, Kari"), or null. Only the NAME_WINDOW
 * characters before it are read, and at most one line break is crossed
 * (a form's "Navn:" line above its "Fødselsnummer:" line).
 */
export function nameBefore(text: string, at: number, meter?: Meter): string | null {
  const from = Math.max(0, at - NAME_WINDOW);
  meter?.tick(Math.max(0, at - from));
  const list = tokens(text.slice(from, Math.max(from, at)));
  let i = list.length - 1;
  let breaks = 0;
  // Labels, connecting words and marks between the name and the number.
  for (; i >= 0; i--) {
    const t = list[i] as Token;
    if (t.kind === 'break') {
      if (++breaks > 1) return null;
      continue;
    }
    if (t.kind === 'mark') {
      if (t.text === '.' || t.text === '!' || t.text === '?') return null;
      continue;
    }
    if (t.kind === 'word' && isLabel(t.text)) continue;
    break;
  }
  // The name: capitalised words on one line, "Surname, Given" too.
  const words: string[] = [];
  let comma = -1;
  for (; i >= 0 && words.length < MAX_NAME_WORDS; i--) {
    const t = list[i] as Token;
    if (t.kind === 'word' && isNameWord(t.text) && !isLabel(t.text)) {
      words.unshift(t.text);
      continue;
    }
    if (t.kind === 'mark' && t.text === ',' && comma < 0 && words.length === 1) {
      const before = list[i - 1];
      if (before !== undefined && before.kind === 'word' && isNameWord(before.text)) {
        comma = 0;
        continue;
      }
    }
    break;
  }
  // With a comma, words[0..] are the surname and the last word the given name.
  while (words.length > 0 && LEAD.has(bare(words[0] as string))) words.shift();
  if (words.length < 2) return null;
  if (words.some((w) => ORGANISATION.has(bare(w)))) return null;
  if (comma >= 0) {
    const given = words[words.length - 1] as string;
    return `${words.slice(0, -1).join(' ')}, ${given}`;
  }
  return words.join(' ');
}

/** "Lunde, Kari" also as "Kari Lunde": the two ways a name is written. */
export function nameForms(name: string): string[] {
  const comma = name.indexOf(',');
  if (comma < 0) return [name];
  const surname = name.slice(0, comma).trim();
  const given = name.slice(comma + 1).trim();
  return given !== '' && surname !== '' ? [name, `${given} ${surname}`] : [name];
}

export interface Correspondent {
  readonly name: string;
  readonly address: string;
}

/**
 * Whether a correspondent is, by all the message says, a private person:
 * outside the organisation, not a function mailbox (post@, noreply@, …),
 * and a display name of name words without an organisation's word in it
 * ("AS", "kommune", "Skatteverket"). A correspondent without a display
 * name has no name to screen: not counted.
 */
export function isPrivatePerson(c: Correspondent, profile: Profile): boolean {
  const address = c.address.trim().toLowerCase();
  const domain = domainOf(address);
  if (domain !== null && isInternalDomain(domain, profile)) return false;
  const at = address.lastIndexOf('@');
  if (ROLE_ADDRESS.test(at < 0 ? address : address.slice(0, at))) return false;
  const name = c.name.trim();
  if (name === '' || name.length > 200 || name.includes('@')) return false;
  const words = name
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0 || words.length > 6) return false;
  if (!words.every(isDisplayWord)) return false;
  if (!words.some((w) => isUpper(w.charAt(0)))) return false;
  return !words.some((w) => ORGANISATION.has(bare(w)));
}

/**
 * National-id findings with the name written next to them (`holder`), for
 * findings made elsewhere (the send check): where `texts` still holds the
 * number at the finding's offsets. Other findings are returned as they are.
 */
export function withHolders(
  findings: readonly Finding[],
  texts: Partial<Readonly<Record<Part, string>>>,
): Finding[] {
  return findings.map((f) => {
    if (f.category !== 'national-id' || f.params?.['holder'] !== undefined) return f;
    const text = texts[f.part];
    if (text === undefined || f.start === undefined || f.end === undefined) return f;
    if (f.text === undefined || text.slice(f.start, f.end) !== f.text) return f;
    const holder = nameBefore(text, f.start);
    return holder === null ? f : { ...f, params: { ...f.params, holder } };
  });
}
