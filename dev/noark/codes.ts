/**
 * The code lists (kodelister) the emulator knows, with the values the
 * standard lists as mandatory (Noark 5 Tjenestegrensesnitt 1.1, chapter 7,
 * "Kodelister"). A code is sent and answered as `{ "kode": "I", "kodenavn":
 * "Inngående dokument" }`; `kodenavn` may be left out and is then filled in.
 *
 * `tilgangsrestriksjon` adds "13" (offentleglova § 13, duty of
 * confidentiality), which Norwegian municipalities use every day and which a
 * real archive adds to the list itself. `format` is open: any `kode` is
 * taken, the few below get their `kodenavn` filled in.
 */

export interface Code {
  readonly kode: string;
  readonly kodenavn: string;
}

type CodeTable = Readonly<Record<string, string>>;

const LISTS: Readonly<Record<string, CodeTable>> = {
  arkivstatus: { O: 'Opprettet', A: 'Avsluttet' },
  arkivdelstatus: { A: 'Aktiv periode', O: 'Overlappingsperiode', P: 'Avsluttet periode' },
  dokumentmedium: {
    F: 'Fysisk arkiv',
    E: 'Elektronisk arkiv',
    B: 'Blandet fysisk og elektronisk arkiv',
  },
  saksstatus: {
    B: 'Under behandling',
    A: 'Avsluttet',
    U: 'Utgår',
    R: 'Opprettet av saksbehandler',
    S: 'Avsluttet av saksbehandler',
    P: 'Unntatt prosesstyring',
    F: 'Ferdig fra saksbehandler',
  },
  journalposttype: {
    I: 'Inngående dokument',
    U: 'Utgående dokument',
    N: 'Organinternt dokument for oppfølging',
    X: 'Organinternt dokument uten oppfølging',
    S: 'Saksframlegg',
  },
  journalstatus: {
    J: 'Journalført',
    F: 'Ferdigstilt fra saksbehandler',
    G: 'Godkjent av leder',
    E: 'Ekspedert',
    A: 'Arkivert',
    U: 'Utgår',
    M: 'Midlertidig registrering av innkommet dokument',
    S: 'Saksbehandler har registrert innkommet dokument',
    R: 'Reservert dokument',
  },
  korrespondanseparttype: {
    EA: 'Avsender',
    EM: 'Mottaker',
    EK: 'Kopimottaker',
    GM: 'Gruppemottaker',
    IA: 'Intern avsender',
    IM: 'Intern mottaker',
    IK: 'Intern kopimottaker',
    IS: 'Medavsender',
  },
  tilgangsrestriksjon: {
    B: 'Begrenset etter sikkerhetsinstruksen',
    K: 'Konfidensielt etter sikkerhetsinstruksen',
    H: 'Hemmelig etter sikkerhetsinstruksen',
    F: 'Fortrolig etter beskyttelsesinstruksen',
    SF: 'Strengt fortrolig etter beskyttelsesinstruksen',
    '5': 'Unntatt etter offentlighetsloven § 5',
    '5a': 'Unntatt etter offentlighetsloven § 5a',
    '6': 'Unntatt etter offentlighetsloven § 6',
    '11': 'Unntatt etter offentlighetsloven § 11',
    '13': 'Taushetsplikt etter offentleglova § 13',
    XX: 'Midlertidig sperret',
    P: 'Personalsaker',
    KL: 'Klientsaker',
  },
  skjermingmetadata: {
    KID: 'Skjerming klasseID',
    TKL: 'Skjerming tittel klasse',
    TM1: 'Skjerming tittel mappe - unntatt første linje',
    TMO: 'Skjerming tittel mappe - utvalgte ord',
    NPS: 'Skjerming navn part i sak',
    TR1: 'Skjerming tittel registrering - unntatt første linje',
    TRO: 'Skjerming tittel registrering - utvalgte ord',
    NA: 'Skjerming navn avsender',
    NM: 'Skjerming navn mottaker',
    TD: 'Skjerming tittel dokumentbeskrivelse',
    MT: 'Skjerming merknadstekst',
    M: 'Midlertidig skjerming',
  },
  skjermingdokument: {
    H: 'Skjerming av hele dokumentet',
    D: 'Skjerming av deler av dokumentet',
  },
  dokumenttype: { B: 'Brev', R: 'Rundskriv', F: 'Faktura', O: 'Ordrebekreftelse' },
  dokumentstatus: { B: 'Dokumentet er under redigering', F: 'Dokumentet er ferdigstilt' },
  tilknyttetregistreringsom: { H: 'Hoveddokument', V: 'Vedlegg' },
  variantformat: {
    P: 'Produksjonsformat',
    A: 'Arkivformat',
    O: 'Dokument hvor deler av innholdet er skjermet',
  },
  format: {
    'fmt/278': 'Email RFC 822 message',
    'fmt/950': 'Email RFC 2045 MIME message',
    'fmt/95': 'PDF/A 1a - ISO 19005-1:2005',
    'fmt/354': 'PDF/A 1b - ISO 19005-1:2005',
    'x-fmt/111': 'Ren tekst',
    'x-fmt/18': 'CSV',
    'fmt/96': 'HTML',
    'fmt/101': 'XML',
    'fmt/13': 'PNG 1.2',
  },
};

/** Lists whose codes are not checked (any `kode` is taken). */
const OPEN = new Set(['format']);

export const CODE_LISTS: readonly string[] = Object.keys(LISTS);

export function codeList(name: string): Code[] | null {
  const table = LISTS[name];
  if (!table) return null;
  return Object.entries(table).map(([kode, kodenavn]) => ({ kode, kodenavn }));
}

/** The code as the emulator stores it, or a reason it is not acceptable. */
export function readCode(list: string, value: unknown): { code: Code | { kode: string } } | string {
  const table = LISTS[list] ?? {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `must be an object { "kode": …, "kodenavn": … } from the code list ${list}`;
  }
  const v = value as Record<string, unknown>;
  for (const k of Object.keys(v)) {
    if (k !== 'kode' && k !== 'kodenavn' && k !== '_links') {
      return `has an unknown member "${k}" (a code is { "kode", "kodenavn" })`;
    }
  }
  const kode = v['kode'];
  if (typeof kode !== 'string' || kode === '') return 'needs "kode" as a string';
  const known = table[kode];
  if (known === undefined) {
    if (!OPEN.has(list)) return `has the code "${kode}", which is not in the code list ${list}`;
    const name = v['kodenavn'];
    if (name !== undefined && typeof name !== 'string') return '"kodenavn" must be a string';
    return { code: typeof name === 'string' ? { kode, kodenavn: name } : { kode } };
  }
  const name = v['kodenavn'];
  if (name !== undefined && name !== null && name !== known) {
    return `has "kodenavn": "${String(name)}", but code "${kode}" in ${list} is "${known}"`;
  }
  return { code: { kode, kodenavn: known } };
}

/** The code object for a known value (defaults and seeds). */
export function code(list: string, kode: string): Code {
  const kodenavn = LISTS[list]?.[kode];
  if (kodenavn === undefined) throw new Error(`No code ${kode} in ${list}.`);
  return { kode, kodenavn };
}

const FORMAT_BY_MIME: Readonly<Record<string, string>> = {
  'message/rfc822': 'fmt/950',
  'text/plain': 'x-fmt/111',
  'text/csv': 'x-fmt/18',
  'text/html': 'fmt/96',
  'application/xml': 'fmt/101',
  'text/xml': 'fmt/101',
  'image/png': 'fmt/13',
};

/**
 * The format code of an uploaded file, from its MIME type. The standard says
 * an unrecognised format gets the code "av/0".
 */
export function formatForMime(mime: string): Code | { kode: string } {
  const base = mime.split(';')[0]?.trim().toLowerCase() ?? '';
  const kode = FORMAT_BY_MIME[base];
  return kode === undefined ? { kode: 'av/0' } : code('format', kode);
}
