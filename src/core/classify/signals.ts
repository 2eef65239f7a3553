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

function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/** Signals found in lower-cased text, first word of each kind. */
export function findSignals(lower: string): Signal[] {
  const out: Signal[] = [];
  for (const kind of KINDS) {
    for (const stem of STEMS[kind]) {
      let i = lower.indexOf(stem);
      while (i >= 0) {
        if (i === 0 || !isWordChar(lower.charCodeAt(i - 1))) {
          out.push({ kind, word: stem });
          break;
        }
        i = lower.indexOf(stem, i + 1);
      }
      if (out.length > 0 && out[out.length - 1]?.kind === kind) break;
    }
  }
  return out;
}
