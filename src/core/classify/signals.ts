import type { Meter } from '../metering/meter';
import { isWordChar } from '../text/word';

/**
 * Words that tell what kind of mail this is, in nb, nn, sv and en. Matched
 * on word starts so inflections count ("søknaden", "ansökningar").
 */

export type SignalKind = 'case' | 'access-request' | 'advertising' | 'private';

export interface Signal {
  readonly kind: SignalKind;
  readonly word: string;
}

// Stems: a word matches when it starts with the stem; "=" marks an exact word.
const STEMS: Readonly<Record<SignalKind, readonly string[]>> = {
  case: [
    'søknad',
    'søkna',
    'soknad',
    'ansøkning',
    'ansökan',
    'ansökn',
    'application',
    'klage',
    'klaga',
    'klagem',
    'överklag',
    'complaint',
    'appeal',
    'vedtak',
    'vedtek',
    'beslut',
    'decision',
    'byggesøknad',
    'byggesak',
    'bygglov',
    'rammeløyve',
    'igangsettingsløyve',
    'igangsetjingsløyve',
    'dispensasjon',
    'dispens',
    'nabovarsel',
    'nabomerknad',
    'grannemerknad',
    'grannevarsel',
    'anbud',
    'tilbud på',
    'upphandling',
    'anskaffelse',
    'anskaffing',
    'tender',
    'reguleringsplan',
    'detaljplan',
    'detaljregulering',
    'høring',
    'høyring',
    'remiss',
    'anmälan',
    'anmeldelse',
    'melding om',
    'varsel om',
    'tilsyn',
    'tillsyn',
    'avtale',
    'avtal',
    'kontrakt',
    'faktura',
    'invoice',
    'purring',
    'påminnelse om betaling',
    'skjema',
    'blankett',
    'dokumentasjon',
    'erklæring',
    'intyg',
    'attest',
    'søkje',
    'søke om',
    'søker om',
    'ansöker',
    'begär',
    'begjær',
    'krav om',
    'requests',
  ],
  'access-request': [
    'innsyn',
    'innsynskrav',
    'innsynsbegjæring',
    'krav om innsyn',
    'begjæring om innsyn',
    'utlämnande',
    'begäran om allmän handling',
    'begäran om att ta del',
    'ta del av allmän',
    'allmän handling',
    'allmänna handlingar',
    'freedom of information',
    'access to documents',
    'offentleglova § 29',
    'offentleglova §29',
  ],
  advertising: [
    'nyhetsbrev',
    'nyheitsbrev',
    'newsletter',
    'kampanje',
    'kampanj',
    'tilbud!',
    'erbjudande',
    'rabatt',
    'salg',
    'rea!',
    'reklam',
    'annonse',
    'webinar',
    'webbinarium',
    'gratis prøve',
    'prøv gratis',
    'prova gratis',
    'free trial',
    'unsubscribe',
    'avmeld',
    'avslutt abonnement',
    'avsluta prenumeration',
    'avregistrer',
    'black friday',
    'special offer',
  ],
  private: [
    'privat',
    'personleg',
    'personlig',
    'personligt',
    'private',
    'hilsen mamma',
    'helsing mamma',
    'hilsen pappa',
    'helsing pappa',
    'hälsningar mamma',
    'hälsningar pappa',
    'kram',
    'klem',
    'bursdag',
    'bursdagen',
    'födelsedag',
    'birthday',
    'middag i kveld',
    'middag ikväll',
    'love you',
    'glad i deg',
    'älskar dig',
  ],
};

const KINDS = Object.keys(STEMS) as SignalKind[];

interface Stem {
  readonly kind: SignalKind;
  readonly word: string;
  /** Its place in STEMS: a kind's first stem found is the one named. */
  readonly rank: number;
}

/** Stems by their first two characters (every stem has at least two). */
let byStart: Map<number, Stem[]> | null = null;

function stemsByStart(): Map<number, Stem[]> {
  if (byStart !== null) return byStart;
  const map = new Map<number, Stem[]>();
  let rank = 0;
  for (const kind of KINDS) {
    for (const word of STEMS[kind]) {
      const key = word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
      const list = map.get(key) ?? [];
      list.push({ kind, word, rank: rank++ });
      map.set(key, list);
    }
  }
  byStart = map;
  return map;
}

/**
 * Signals found in lower-cased text: for each kind, the first of its stems
 * (in the order listed) that starts a word anywhere in the text. One pass:
 * at each word start only the stems beginning with its two characters are
 * compared, so the work is linear in the text (counted on `meter`, which
 * may stop it with OutOfTime).
 */
export function findSignals(lower: string, meter?: Meter): Signal[] {
  const stems = stemsByStart();
  const best = new Map<SignalKind, Stem>();
  const n = lower.length;
  let counted = 0;
  for (let i = 0; i < n - 1; i++) {
    if (i > 0 && isWordChar(lower.charCodeAt(i - 1))) continue;
    const list = stems.get(lower.charCodeAt(i) * 0x10000 + lower.charCodeAt(i + 1));
    if (list === undefined) continue;
    for (const stem of list) {
      const known = best.get(stem.kind);
      if (known !== undefined && known.rank <= stem.rank) continue;
      if (lower.startsWith(stem.word, i)) best.set(stem.kind, stem);
    }
    if (meter !== undefined) {
      // The characters passed since the last count, and the stems compared here.
      meter.tick(i - counted + list.length);
      counted = i;
    }
  }
  meter?.tick(n - counted);
  const out: Signal[] = [];
  for (const kind of KINDS) {
    const stem = best.get(kind);
    if (stem !== undefined) out.push({ kind, word: stem.word });
  }
  return out;
}
