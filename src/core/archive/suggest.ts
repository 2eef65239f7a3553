/**
 * The restriction follows the content (R5): what the engine found in a
 * message and its attachments — ID numbers, special categories of personal
 * data, a confidentiality marking — suggests the country's fitting access
 * restriction, with the reason, and the words the public journal screens.
 *
 * Norway: "Offl. § 13 jf. fvl. § 13 første ledd nr. 1" for personal
 * circumstances; child welfare and social services under their own duties
 * of confidentiality. Sweden: the OSL chapter and section for the activity
 * (socialtjänst 26 kap. 1 §, hälso- och sjukvård 25 kap. 1 §) with 21 kap.
 * 7 § as the fallback for personal data. These are core's defaults; the
 * profile maps any ground to its own (`restrictions.suggest`), e.g. health
 * to "Offl. § 13 jf. hpl. § 21" in a health service. A marking that cites a
 * basis the list knows ("Unntatt offentlighet jf. offl. § 14") suggests that.
 *
 * One pass over the findings, bounded work per finding: deterministic and
 * linear in the input.
 */
import { Meter } from '../metering/meter';
import type { Country, Finding, Part } from '../model';
import { RESTRICTION_GROUNDS } from '../profile/lists';
import type { Profile, RestrictionEntry, RestrictionGround } from '../profile/types';
import type { Correspondent } from './persons';
import { isPrivatePerson, nameForms } from './persons';
import type { AccessRestriction } from './restrictions';
import { accessRestrictions } from './restrictions';

/** Core's restriction per ground, by country (the profile may override each). */
export const DEFAULT_SUGGESTIONS: Readonly<
  Record<Country, Readonly<Record<RestrictionGround, RestrictionEntry>>>
> = {
  NO: {
    personal: { code: 'U', basis: 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1' },
    // Health information a municipality receives as an authority (a housing
    // allowance, a start-up loan) is a personal circumstance; a health
    // service's profile maps it to "Offl. § 13 jf. hpl. § 21".
    health: { code: 'U', basis: 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1' },
    'child-welfare': { code: 'B', basis: 'Offl. § 13 jf. bvl. § 13-1' },
    'social-services': { code: 'S', basis: 'Offl. § 13 jf. sotjl. § 44' },
    marked: { code: 'U', basis: 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1' },
  },
  SE: {
    personal: { code: 'S', basis: 'OSL 21 kap. 7 §' },
    health: { code: 'S', basis: 'OSL 25 kap. 1 §' },
    'child-welfare': { code: 'S', basis: 'OSL 26 kap. 1 §' },
    'social-services': { code: 'S', basis: 'OSL 26 kap. 1 §' },
    marked: { code: 'S', basis: 'OSL 21 kap. 7 §' },
  },
};

/** Most specific first: the ground a suggestion is made for when several are found. */
const PRIORITY: readonly RestrictionGround[] = [
  'child-welfare',
  'social-services',
  'health',
  'marked',
  'personal',
];

/** Places named in a reason, at most; the rest are counted. */
export const MAX_PLACES = 3;
/** Words quoted in a reason, at most. */
export const MAX_WORDS = 3;
/** Characters of a quoted word or marking, at most. */
const MAX_WORD_CHARS = 60;
/** Words the public journal screens, at most (each is looked for in a title of ≤ 255 characters). */
export const MAX_SCREENED = 50;

export interface Place {
  readonly part: Part;
  readonly attachment?: string;
}

/** One kind of thing found, for the reason shown: "two fødselsnummer in the attachment …". */
export interface SuggestionReason {
  /** The finding code: "national-id.no.fnr", "special-category.health", "confidentiality.exempt". */
  readonly code: string;
  readonly ground: RestrictionGround;
  /** Distinct numbers, words or markings found. */
  readonly count: number;
  /** Up to MAX_WORDS of the words or markings as written; never an ID number. */
  readonly words: readonly string[];
  /** The legal basis a marking cites, normalised ("Offl. § 13"). */
  readonly basis?: string;
  /** Where, in the order first found: up to MAX_PLACES. */
  readonly places: readonly Place[];
  /** Places found beyond those named. */
  readonly morePlaces: number;
}

export interface RestrictionSuggestion {
  readonly ground: RestrictionGround;
  /** One of offeredRestrictions(profile). */
  readonly restriction: AccessRestriction;
  /** Everything found, in the order first found. */
  readonly reasons: readonly SuggestionReason[];
}

/**
 * Whether a cited basis names a section that exempts nothing: offentleglova
 * outside § 5 and §§ 13–26 (§ 3 is the main rule of access, § 29 and on
 * how a request is handled); an OSL chapter before 15 (the general rules).
 * An access request "jf. offentleglova § 3" is no confidentiality marking.
 */
export function citesNoExemption(basis: string): boolean {
  const head = basis.slice(0, 100);
  const no = /^\s*(?:offl|offentleglova)\.?\s*§\s*(\d+)/i.exec(head);
  if (no) {
    const section = Number(no[1]);
    return !(section === 5 || (section >= 13 && section <= 26));
  }
  const se = /^\s*(?:OSL|offentlighets- och sekretesslagen)\s*(\d+)\s*kap/i.exec(head);
  if (se) return Number(se[1]) < 15;
  return false;
}

/** Which ground a finding is, or null when it asks for no restriction. */
export function groundOf(
  f: Pick<Finding, 'code' | 'category' | 'params'>,
): RestrictionGround | null {
  switch (f.category) {
    case 'national-id':
      return 'personal';
    case 'confidentiality': {
      const basis = f.params?.['basis'];
      return typeof basis === 'string' && citesNoExemption(basis) ? null : 'marked';
    }
    case 'special-category':
      if (f.code === 'special-category.health') return 'health';
      if (f.code === 'special-category.child-welfare') return 'child-welfare';
      if (f.code === 'special-category.social-assistance') return 'social-services';
      return 'personal';
    default:
      return null;
  }
}

/** The findings that bear on the restriction: ID numbers, special categories, markings. */
export function sensitiveFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => groundOf(f) !== null);
}

function same(a: RestrictionEntry, b: RestrictionEntry): boolean {
  return a.code === b.code && a.basis === b.basis;
}

/** The profile's restriction for a ground, or core's default for the country. */
export function restrictionFor(ground: RestrictionGround, profile: Profile): RestrictionEntry {
  return profile.restrictions?.suggest?.[ground] ?? DEFAULT_SUGGESTIONS[profile.country][ground];
}

/**
 * The restrictions the filing form offers: the country's list, and every
 * restriction the profile suggests that the list does not have.
 */
export function offeredRestrictions(profile: Profile): readonly AccessRestriction[] {
  const out: AccessRestriction[] = [...accessRestrictions(profile.country)];
  for (const g of RESTRICTION_GROUNDS) {
    const e = restrictionFor(g, profile);
    if (out.some((r) => same(r, e))) continue;
    out.push({ code: e.code, basis: e.basis, label: e.label ?? e.basis });
  }
  return out;
}

/** A legal basis as words: "Offl. § 13 jf. fvl. § 13" → offl § 13 jf fvl § 13 (offentleglova → offl). */
function basisWords(basis: string): string[] {
  return basis
    .slice(0, 200)
    .toLowerCase()
    .replace(/§/g, ' § ')
    .split(/[^a-z0-9§\u00c0-\u024f]+/)
    .filter((w) => w !== '')
    .map((w) => (w === 'offentleglova' ? 'offl' : w));
}

/** Whether `basis` is `cited` or goes on from it ("Offl. § 13" → "Offl. § 13 jf. …"). */
function goesOnFrom(basis: string, cited: readonly string[]): 'same' | 'longer' | null {
  const words = basisWords(basis);
  if (cited.length === 0 || words.length < cited.length) return null;
  if (!cited.every((w, i) => words[i] === w)) return null;
  return words.length === cited.length ? 'same' : 'longer';
}

/**
 * The offered restriction a cited basis names: the one with the same words,
 * else the first whose basis goes on from it ("Offl. § 13" → the first
 * § 13 restriction), unless `preferred` (the ground's own) does.
 */
function restrictionCited(
  basis: string,
  offered: readonly AccessRestriction[],
  preferred: AccessRestriction,
): AccessRestriction | null {
  const cited = basisWords(basis);
  let longer: AccessRestriction | null = null;
  for (const r of offered) {
    const fit = goesOnFrom(r.basis, cited);
    if (fit === 'same') return r;
    if (fit === 'longer') longer ??= r;
  }
  if (longer !== null && goesOnFrom(preferred.basis, cited) !== null) return preferred;
  return longer;
}

interface Tally {
  readonly code: string;
  readonly ground: RestrictionGround;
  readonly keys: Set<string>;
  readonly words: string[];
  basis: string | undefined;
  readonly places: Place[];
  readonly placeKeys: Set<string>;
}

function digitsOf(text: string): string {
  return text.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

function cut(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > MAX_WORD_CHARS ? `${t.slice(0, MAX_WORD_CHARS - 1)}…` : t;
}

/**
 * The restriction the findings suggest, with what was found; null when
 * nothing in them asks for one.
 */
export function suggestRestriction(
  findings: readonly Finding[],
  profile: Profile,
  meter: Meter = new Meter(),
): RestrictionSuggestion | null {
  const tallies = new Map<string, Tally>();
  for (const f of findings) {
    // A finding's text and code are read a bounded number of times.
    meter.tick(1 + (f.text?.length ?? 0) + f.code.length);
    const ground = groundOf(f);
    if (ground === null) continue;
    let t = tallies.get(f.code);
    if (t === undefined) {
      t = {
        code: f.code,
        ground,
        keys: new Set(),
        words: [],
        basis: undefined,
        places: [],
        placeKeys: new Set(),
      };
      tallies.set(f.code, t);
    }
    const text = cut(f.text ?? '');
    const masked = f.params?.['masked'];
    const key =
      f.category === 'national-id'
        ? digitsOf(f.text ?? (typeof masked === 'string' ? masked : ''))
        : text.toLowerCase();
    t.keys.add(key);
    if (f.category !== 'national-id' && text !== '' && t.words.length < MAX_WORDS) {
      if (!t.words.some((w) => w.toLowerCase() === key)) t.words.push(text);
    }
    const basis = f.params?.['basis'];
    if (t.basis === undefined && typeof basis === 'string' && basis.trim() !== '')
      t.basis = cut(basis);
    const where = `${f.part}\u0000${f.attachment ?? ''}`;
    if (!t.placeKeys.has(where)) {
      t.placeKeys.add(where);
      if (t.places.length < MAX_PLACES)
        t.places.push(
          f.attachment !== undefined
            ? { part: f.part, attachment: f.attachment }
            : { part: f.part },
        );
    }
  }
  if (tallies.size === 0) return null;

  const reasons: SuggestionReason[] = [];
  const grounds = new Set<RestrictionGround>();
  let cited: string | undefined;
  for (const t of tallies.values()) {
    grounds.add(t.ground);
    cited ??= t.basis;
    reasons.push({
      code: t.code,
      ground: t.ground,
      count: Math.max(1, t.keys.size),
      words: t.words,
      ...(t.basis !== undefined ? { basis: t.basis } : {}),
      places: t.places,
      morePlaces: t.placeKeys.size - t.places.length,
    });
  }

  const offered = offeredRestrictions(profile);
  const ground = PRIORITY.find((g) => grounds.has(g)) ?? 'personal';
  const entry = restrictionFor(ground, profile);
  // offeredRestrictions holds every restriction a ground suggests.
  const restriction = offered.find((r) => same(r, entry)) as AccessRestriction;
  // A marking that cites a basis the list knows: that basis.
  const byBasis = cited !== undefined ? restrictionCited(cited, offered, restriction) : null;
  if (byBasis !== null && byBasis !== restriction)
    return { ground: 'marked', restriction: byBasis, reasons };
  return { ground, restriction, reasons };
}

/** Whether two restrictions are the same on the record (code and basis). */
export function sameRestriction(a: RestrictionEntry, b: RestrictionEntry): boolean {
  return same(a, b);
}

export interface ScreenInput {
  /** What the engine found (national-id findings carry `holder`: the name next to the number). */
  readonly findings: readonly Finding[];
  /** The message's correspondents: a private person among them is screened by name. */
  readonly correspondents: readonly Correspondent[];
}

/**
 * The words the public journal screens when the record is restricted
 * (FilingRequest.restriction.screenedWords): the ID numbers found, as
 * written and as digits, and the names of private persons — correspondents
 * and names written next to an ID number — as the profile asks
 * (`restrictions.screen`, both on by default). In the order found, each
 * once, at most MAX_SCREENED.
 */
export function screenedWords(
  input: ScreenInput,
  profile: Profile,
  meter: Meter = new Meter(),
): string[] {
  const ids = profile.restrictions?.screen?.idNumbers !== false;
  const names = profile.restrictions?.screen?.privateNames !== false;
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (word: string): void => {
    meter.tick(1 + word.length);
    const w = word.replace(/\s+/g, ' ').trim();
    if (w.length < 2 || w.length > 200 || out.length >= MAX_SCREENED) return;
    const key = w.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(w);
  };
  if (names) {
    for (const c of input.correspondents) {
      meter.tick(1 + c.name.length + c.address.length);
      if (isPrivatePerson(c, profile)) for (const form of nameForms(c.name.trim())) add(form);
    }
  }
  for (const f of input.findings) {
    meter.tick();
    if (f.category !== 'national-id') continue;
    if (ids && f.text !== undefined) {
      add(f.text);
      add(digitsOf(f.text));
    }
    const holder = f.params?.['holder'];
    if (names && typeof holder === 'string') for (const form of nameForms(holder)) add(form);
  }
  return out;
}
