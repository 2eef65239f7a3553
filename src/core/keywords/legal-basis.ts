import type { Win } from './window';
import { windowAt, windowBefore } from './window';

/**
 * Legal references in access-restriction markings, parsed only after a
 * trigger word was found: sticky regexes at a known position, never a scan,
 * and never over the text itself but over a bounded window of it (see
 * window.ts), so however the text is written a reference costs a bounded
 * number of steps:
 *
 * - Norway: "Offl. § 13 jf. fvl. § 13", "offentleglova § 13 første ledd",
 *   "§ 13 i offentleglova", "forvaltningsloven § 16". The archive field
 *   "skjermingshjemmel" is written the same way.
 * - Sweden: "OSL 26:1", "OSL 26 kap. 1 §", "26 kap. 1 § offentlighets- och
 *   sekretesslagen (2009:400)", "25 § förvaltningslagen".
 *
 * The result is normalised for display ("Offl. § 13 jf. fvl. § 13",
 * "OSL 26 kap. 1 §"), whatever spacing and abbreviation the writer used.
 */

export interface Ref {
  readonly start: number;
  readonly end: number;
  /** Canonical law key: 'offl', 'fvl', 'osl', 'fl', or the display name for others. */
  readonly law: string;
  /** Section (Norway: "13", "6-7", "13 a"; Sweden: "26:1" or "26"). */
  readonly section: string;
  /** Display text of this reference. */
  readonly text: string;
}

export interface Chain {
  readonly start: number;
  readonly end: number;
  readonly refs: readonly Ref[];
  /** The whole chain for display, first letter capitalised. */
  readonly basis: string;
}

/** Norwegian laws that appear in access-code bases: [written form, display, key]. */
const NO_LAWS: ReadonlyArray<readonly [string, string, string]> = [
  ['offentleglova', 'offentleglova', 'offl'],
  ['offentleglov', 'offentleglova', 'offl'],
  ['offentlighetsloven', 'offentlighetsloven', 'offl'],
  ['offentlegl', 'offl.', 'offl'],
  ['offl', 'offl.', 'offl'],
  ['ofl', 'offl.', 'offl'],
  ['forvaltningsloven', 'forvaltningsloven', 'fvl'],
  ['forvaltningslova', 'forvaltningslova', 'fvl'],
  ['forvaltningslovens', 'forvaltningsloven', 'fvl'],
  ['fvl', 'fvl.', 'fvl'],
  ['barnevernsloven', 'barnevernsloven', 'bvl'],
  ['barnevernloven', 'barnevernloven', 'bvl'],
  ['barnevernslova', 'barnevernslova', 'bvl'],
  ['barnevernlova', 'barnevernlova', 'bvl'],
  ['bvl', 'bvl.', 'bvl'],
  ['helsepersonelloven', 'helsepersonelloven', 'hpl'],
  ['helsepersonellova', 'helsepersonellova', 'hpl'],
  ['hpl', 'hpl.', 'hpl'],
  ['pasient- og brukerrettighetsloven', 'pasient- og brukerrettighetsloven', 'pbrl'],
  ['pasient- og brukarrettslova', 'pasient- og brukarrettslova', 'pbrl'],
  ['pbrl', 'pbrl.', 'pbrl'],
  ['sosialtjenesteloven', 'sosialtjenesteloven', 'sotjl'],
  ['sosialtenestelova', 'sosialtenestelova', 'sotjl'],
  ['sotjl', 'sotjl.', 'sotjl'],
  ['stjl', 'stjl.', 'sotjl'],
  ['nav-loven', 'NAV-loven', 'navl'],
  ['nav-lova', 'NAV-lova', 'navl'],
  ['navl', 'navl.', 'navl'],
  ['helse- og omsorgstjenesteloven', 'helse- og omsorgstjenesteloven', 'hol'],
  ['helse- og omsorgstenestelova', 'helse- og omsorgstenestelova', 'hol'],
  ['hol', 'hol.', 'hol'],
  ['opplæringsloven', 'opplæringsloven', 'oppll'],
  ['opplæringslova', 'opplæringslova', 'oppll'],
  ['oppll', 'oppll.', 'oppll'],
  ['personopplysningsloven', 'personopplysningsloven', 'pol'],
  ['personopplysningslova', 'personopplysningslova', 'pol'],
  ['sikkerhetsloven', 'sikkerhetsloven', 'sikkl'],
  ['sikkerheitslova', 'sikkerheitslova', 'sikkl'],
  ['straffeprosessloven', 'straffeprosessloven', 'strpl'],
  ['strpl', 'strpl.', 'strpl'],
  ['skatteforvaltningsloven', 'skatteforvaltningsloven', 'sktfvl'],
  ['sktfvl', 'sktfvl.', 'sktfvl'],
];

const NO_BY_FORM = new Map(NO_LAWS.map(([form, display, key]) => [form, { display, key }]));

function lawAlternation(forms: readonly string[]): string {
  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

const NOT_LETTER = '(?![a-zæøåäöü])';
const NO_LAW = `(${lawAlternation(NO_LAWS.map((l) => l[0]))})${NOT_LETTER}\\.?`;
const NO_SECTION = `§{1,2}\\s*(\\d+(?:\\s*-\\s*\\d+)?(?:\\s?[a-h]${NOT_LETTER})?)`;
const NO_LEDD = `(?:\\s*,?\\s*(første|fyrste|andre|annet|anna|tredje|fjerde|femte|sjette|\\d{1,2}\\.)\\s*ledd)?`;
const NO_NR = `(?:\\s*,?\\s*(nr\\.?|bokstav)\\s*(\\d{1,2}|[a-h])(?![a-zæøåäöü0-9]))?`;
const PAREN = `(?:\\s*\\([a-zæøå.\\- ]{1,40}\\))?`;

const NO_LAW_FIRST = new RegExp(`${NO_LAW}${PAREN}\\s*${NO_SECTION}${NO_LEDD}${NO_NR}`, 'iy');
const NO_SECTION_FIRST = new RegExp(
  `${NO_SECTION}${NO_LEDD}${NO_NR}\\s*,?\\s*(?:i\\s+|etter\\s+)?${NO_LAW}`,
  'iy',
);
const NO_SECTION_ONLY = new RegExp(`${NO_SECTION}${NO_LEDD}${NO_NR}`, 'iy');
const NO_SECTION_BEFORE_LAW = new RegExp(
  `${NO_SECTION}${NO_LEDD}${NO_NR}\\s*,?\\s*(?:i\\s+|etter\\s+)?$`,
  'i',
);

const SE_LAWS: ReadonlyArray<readonly [string, string, string]> = [
  ['offentlighets- och sekretesslagen', 'OSL', 'osl'],
  ['offentlighets- och sekretesslag', 'OSL', 'osl'],
  ['osl', 'OSL', 'osl'],
  ['sekretesslagen', 'sekretesslagen', 'sekrl'],
  ['sekretesslag', 'sekretesslagen', 'sekrl'],
];
const SE_BY_FORM = new Map(SE_LAWS.map(([form, display, key]) => [form, { display, key }]));
const SE_LAW = `(${lawAlternation(SE_LAWS.map((l) => l[0]))})${NOT_LETTER}(?:\\s*\\(\\d{4}:\\d+\\))?`;
const SE_LAW_FIRST = new RegExp(
  `${SE_LAW}\\s*(?:(\\d+)\\s*:\\s*(\\d+)(?!\\d)|(\\d+)\\s*kap\\.?(?:\\s*(\\d+)\\s*(?:[a-h]\\s*)?§)?)`,
  'iy',
);
const SE_LAW_ONLY = new RegExp(SE_LAW, 'iy');
const SE_SECTION_FIRST = new RegExp(
  `(?:(\\d+)\\s*:\\s*(\\d+)|(\\d+)\\s*kap\\.?\\s*(\\d+)\\s*(?:[a-h]\\s*)?§(?:\\s*(?:första|andra|tredje|fjärde|femte|\\d+)\\s*st(?:ycket|\\.))?)\\s*(?:i\\s+)?${SE_LAW}`,
  'iy',
);
const SE_SECTION_BEFORE_LAW = new RegExp(
  `(?:(\\d+)\\s*:\\s*(\\d+)|(\\d+)\\s*kap\\.?\\s*(\\d+)\\s*(?:[a-h]\\s*)?§(?:\\s*(?:första|andra|tredje|fjärde|femte|\\d+)\\s*st(?:ycket|\\.))?)\\s*(?:i\\s+)?$`,
  'i',
);

function squash(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function sectionText(raw: string): string {
  // "6 - 7" -> "6-7", "13a" -> "13 a"
  return raw
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, '')
    .replace(/^(\d+(?:-\d+)?)([a-h])$/, '$1 $2');
}

function noRef(
  start: number,
  end: number,
  lawForm: string | undefined,
  m: RegExpExecArray,
  at: number,
): Ref {
  // Groups at `at`: section, ledd, nr-kind, nr-value.
  const law = lawForm ? NO_BY_FORM.get(squash(lawForm).toLowerCase()) : undefined;
  const section = sectionText((m[at] ?? '').toLowerCase());
  let text = `${law ? law.display : 'offl.'} § ${section}`;
  const ledd = m[at + 1]?.toLowerCase();
  if (ledd) text += ` ${ledd} ledd`;
  const nrKind = m[at + 2]?.toLowerCase();
  const nr = m[at + 3]?.toLowerCase();
  if (nrKind && nr) text += nrKind.startsWith('nr') ? ` nr. ${nr}` : ` bokstav ${nr}`;
  return { start, end, law: law ? law.key : 'offl', section, text };
}

/** A Norwegian reference starting at window position k ("offl. § 13" or "§ 13 i offentleglova"). */
function noRefIn(w: Win, k: number, impliedOffl: boolean): Ref | null {
  const t = w.text;
  NO_LAW_FIRST.lastIndex = k;
  let m = NO_LAW_FIRST.exec(t);
  if (m) return noRef(w.at(k), w.at(NO_LAW_FIRST.lastIndex), m[1], m, 2);
  NO_SECTION_FIRST.lastIndex = k;
  m = NO_SECTION_FIRST.exec(t);
  if (m) return noRef(w.at(k), w.at(NO_SECTION_FIRST.lastIndex), m[5], m, 1);
  if (impliedOffl) {
    // "U.off. § 13": a bare section after an exemption marking is the
    // Freedom of Information Act's.
    NO_SECTION_ONLY.lastIndex = k;
    m = NO_SECTION_ONLY.exec(t);
    if (m) return noRef(w.at(k), w.at(NO_SECTION_ONLY.lastIndex), undefined, m, 1);
  }
  return null;
}

/** A Norwegian reference starting exactly at `pos` ("offl. § 13" or "§ 13 i offentleglova"). */
export function noRefAt(s: string, pos: number, impliedOffl = false): Ref | null {
  return noRefIn(windowAt(s, pos), 0, impliedOffl);
}

/** "§ 13 i " right before a law name at `lawStart`, then the law: the whole reference. */
export function noRefEndingWithLaw(s: string, lawStart: number): Ref | null {
  const w = windowBefore(s, lawStart, 60);
  const m = NO_SECTION_BEFORE_LAW.exec(w.text);
  if (!m) return null;
  return noRefAt(s, w.at(m.index));
}

function seRef(start: number, end: number, lawForm: string, ch?: string, par?: string): Ref {
  const law = SE_BY_FORM.get(squash(lawForm).toLowerCase()) ?? { display: 'OSL', key: 'osl' };
  let text = law.display;
  let section = '';
  if (ch) {
    text += ` ${ch} kap.`;
    section = ch;
    if (par) {
      text += ` ${par} §`;
      section += `:${par}`;
    }
  }
  return { start, end, law: law.key, section, text };
}

/** A Swedish reference starting at window position k; `lawOnly` accepts a bare "OSL". */
function seRefIn(w: Win, k: number, lawOnly: boolean): Ref | null {
  const t = w.text;
  SE_LAW_FIRST.lastIndex = k;
  let m = SE_LAW_FIRST.exec(t);
  if (m) {
    return seRef(w.at(k), w.at(SE_LAW_FIRST.lastIndex), m[1]!, m[2] ?? m[4], m[3] ?? m[5]);
  }
  SE_SECTION_FIRST.lastIndex = k;
  m = SE_SECTION_FIRST.exec(t);
  if (m) {
    return seRef(w.at(k), w.at(SE_SECTION_FIRST.lastIndex), m[5]!, m[1] ?? m[3], m[2] ?? m[4]);
  }
  if (lawOnly) {
    SE_LAW_ONLY.lastIndex = k;
    m = SE_LAW_ONLY.exec(t);
    if (m) return seRef(w.at(k), w.at(SE_LAW_ONLY.lastIndex), m[1]!);
  }
  return null;
}

/** A Swedish reference starting at `pos`; `lawOnly` accepts a bare "OSL". */
export function seRefAt(s: string, pos: number, lawOnly = false): Ref | null {
  return seRefIn(windowAt(s, pos), 0, lawOnly);
}

/** "26 kap. 1 § " or "26:1 " right before a Swedish law name at `lawStart`. */
export function seRefEndingWithLaw(s: string, lawStart: number): Ref | null {
  const w = windowBefore(s, lawStart, 40);
  const m = SE_SECTION_BEFORE_LAW.exec(w.text);
  if (!m) return null;
  return seRefAt(s, w.at(m.index));
}

const FL_REF =
  /(\d+)\s*§\s*(?:(?:första|andra|tredje)\s+stycket\s*)?(?:i\s+)?(förvaltningslagen|fl)(?![a-zåäö])(?:\s*\(\d{4}:\d+\))?/iy;

function flRefIn(w: Win, k: number): Ref | null {
  FL_REF.lastIndex = k;
  const m = FL_REF.exec(w.text);
  if (!m) return null;
  const section = m[1]!;
  return {
    start: w.at(k),
    end: w.at(FL_REF.lastIndex),
    law: 'fl',
    section,
    text: `${section} § förvaltningslagen`,
  };
}

/** "25 § förvaltningslagen", "25 § FL": the Swedish Administrative Procedure Act. */
export function flRefAt(s: string, pos: number): Ref | null {
  return flRefIn(windowAt(s, pos), 0);
}

const LINK = /[ \t]*,?[ \t]*(?:(?:jf|jfr|cf)\.?|jamfør|jämför|og|och|,)[ \t]*/iy;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function chain(s: string, first: Ref, next: (w: Win, k: number) => Ref | null): Chain {
  const refs = [first];
  let end = first.end;
  for (let k = 0; k < 4; k++) {
    const w = windowAt(s, end);
    LINK.lastIndex = 0;
    if (!LINK.exec(w.text)) break;
    const r = next(w, LINK.lastIndex);
    if (!r) break;
    refs.push(r);
    end = r.end;
  }
  return {
    start: first.start,
    end,
    refs,
    basis: capitalise(refs.map((r) => r.text).join(' jf. ')),
  };
}

/** "Offl. § 13 jf. fvl. § 13": Norwegian references joined by jf./og. */
export function noChainFrom(s: string, first: Ref): Chain {
  return chain(s, first, (w, k) => noRefIn(w, k, false));
}

export function seChainFrom(s: string, first: Ref): Chain {
  return chain(s, first, (w, k) => seRefIn(w, k, false));
}

/**
 * Words that may stand between a marking and its legal basis:
 * "Unntatt offentlighet, jf. offl. § 13", "omfattas av sekretess enligt
 * 26 kap. 1 § OSL", "Unntatt offentlighet\nHjemmel: Offl. § 13".
 */
const CONNECT =
  /[ \t,:(–-]*(?:\r?\n[ \t]*)?(?:(?:(?:jf|jfr|cf|enl|iht)\.?|jamfør|jämför|jämlikt|etter|efter|enligt|ifølge|i medhold av|i henhold til|pursuant to|under|skjermingshjemmel|skjermingsheimel|hjemmel|heimel|lagrum)(?![a-zæøåäö]))?[ \t:]*/iy;

/** The legal basis right after a marking that ends at `pos`, or null. */
export function basisAfter(s: string, pos: number, impliedOffl: boolean): Chain | null {
  const w = windowAt(s, pos);
  CONNECT.lastIndex = 0;
  if (!CONNECT.exec(w.text)) return null;
  const at = CONNECT.lastIndex;
  const no = noRefIn(w, at, impliedOffl);
  if (no) return noChainFrom(s, no);
  const se = seRefIn(w, at, false);
  if (se) return seChainFrom(s, se);
  const fl = flRefIn(w, at);
  if (fl) return { start: fl.start, end: fl.end, refs: [fl], basis: fl.text };
  return null;
}
