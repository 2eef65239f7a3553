/**
 * The entities the emulator keeps and the fields each one has, named and
 * typed as Noark 5 Tjenestegrensesnitt 1.1 (chapter 7) and Nikita name them.
 * Bodies are checked here before anything is stored: an unknown field, a
 * string where a number belongs, a code that is not in its list, a date and
 * time without a zone, or a field the archive assigns itself answers 400.
 */
import { readCode } from './codes';
import { badRequest } from './errors';

export type Kind =
  | 'arkiv'
  | 'arkivdel'
  | 'saksmappe'
  | 'journalpost'
  | 'korrespondansepartperson'
  | 'korrespondansepartenhet'
  | 'korrespondansepartintern'
  | 'eksternId'
  | 'dokumentbeskrivelse'
  | 'dokumentobjekt';

export const CORRESPONDENCE_KINDS = [
  'korrespondansepartperson',
  'korrespondansepartenhet',
  'korrespondansepartintern',
] as const;

type FieldType =
  | { readonly t: 'string' }
  | { readonly t: 'strings' }
  | { readonly t: 'int'; readonly min: number }
  | { readonly t: 'datetime' }
  | { readonly t: 'code'; readonly list: string }
  | { readonly t: 'skjerming' }
  | { readonly t: 'object' }
  | { readonly t: 'kontakt' }
  | { readonly t: 'sha256' }
  | { readonly t: 'algorithm' };

interface FieldSpec {
  readonly type: FieldType;
  /** Must be there after create and update. */
  readonly required?: true;
  /** Set by the archive; a client may send it back unchanged, never change it. */
  readonly system?: true;
  /** May be set when the object is created, never changed afterwards. */
  readonly once?: true;
}

const S: FieldSpec = { type: { t: 'string' } };
const REQ_S: FieldSpec = { type: { t: 'string' }, required: true };
const STRINGS: FieldSpec = { type: { t: 'strings' } };
const DT: FieldSpec = { type: { t: 'datetime' } };
const OBJ: FieldSpec = { type: { t: 'object' } };
const SYS: FieldSpec = { type: { t: 'string' }, system: true };
const SYS_INT: FieldSpec = { type: { t: 'int', min: 0 }, system: true };
const code = (list: string, required = false): FieldSpec =>
  required ? { type: { t: 'code', list }, required: true } : { type: { t: 'code', list } };

/** Arkivenhet: what every entity with a systemID carries. */
const UNIT: Readonly<Record<string, FieldSpec>> = {
  systemID: SYS,
  opprettetDato: SYS,
  opprettetAv: SYS,
  referanseOpprettetAv: SYS,
  endretDato: SYS,
  endretAv: SYS,
  referanseEndretAv: SYS,
};

const TITLED: Readonly<Record<string, FieldSpec>> = {
  tittel: REQ_S,
  offentligTittel: S,
  beskrivelse: S,
  noekkelord: STRINGS,
};

const CORRESPONDENCE: Readonly<Record<string, FieldSpec>> = {
  systemID: SYS,
  korrespondanseparttype: code('korrespondanseparttype', true),
};

export const FIELDS: Readonly<Record<Kind, Readonly<Record<string, FieldSpec>>>> = {
  arkiv: {
    ...UNIT,
    tittel: REQ_S,
    beskrivelse: S,
    arkivstatus: code('arkivstatus'),
    dokumentmedium: code('dokumentmedium'),
  },
  arkivdel: {
    ...UNIT,
    tittel: REQ_S,
    beskrivelse: S,
    arkivdelstatus: code('arkivdelstatus'),
    dokumentmedium: code('dokumentmedium'),
  },
  saksmappe: {
    ...UNIT,
    mappeID: SYS,
    ...TITLED,
    dokumentmedium: code('dokumentmedium'),
    oppbevaringssted: STRINGS,
    avsluttetDato: SYS,
    avsluttetAv: SYS,
    skjerming: { type: { t: 'skjerming' } },
    saksaar: SYS_INT,
    sakssekvensnummer: SYS_INT,
    saksdato: DT,
    administrativEnhet: S,
    saksansvarlig: S,
    journalenhet: S,
    saksstatus: code('saksstatus'),
    virksomhetsspesifikkeMetadata: OBJ,
  },
  journalpost: {
    ...UNIT,
    registreringsID: SYS,
    ...TITLED,
    forfatter: STRINGS,
    dokumentmedium: code('dokumentmedium'),
    skjerming: { type: { t: 'skjerming' } },
    journalaar: SYS_INT,
    journalsekvensnummer: SYS_INT,
    journalpostnummer: SYS_INT,
    journalposttype: code('journalposttype', true),
    journalstatus: code('journalstatus', true),
    journaldato: DT,
    dokumentetsDato: DT,
    mottattDato: DT,
    sendtDato: DT,
    forfallsdato: DT,
    offentlighetsvurdertDato: DT,
    antallVedlegg: { type: { t: 'int', min: 0 } },
    journalenhet: S,
    virksomhetsspesifikkeMetadata: OBJ,
  },
  korrespondansepartperson: {
    ...CORRESPONDENCE,
    personidentifikator: OBJ,
    navn: REQ_S,
    postadresse: OBJ,
    bostedsadresse: OBJ,
    kontaktinformasjon: { type: { t: 'kontakt' } },
    virksomhetsspesifikkeMetadata: OBJ,
  },
  korrespondansepartenhet: {
    ...CORRESPONDENCE,
    enhetsidentifikator: OBJ,
    navn: REQ_S,
    forretningsadresse: OBJ,
    postadresse: OBJ,
    kontaktinformasjon: { type: { t: 'kontakt' } },
    kontaktperson: S,
    virksomhetsspesifikkeMetadata: OBJ,
  },
  korrespondansepartintern: {
    ...CORRESPONDENCE,
    administrativEnhet: S,
    referanseAdministrativEnhet: S,
    saksbehandler: S,
    referanseSaksbehandler: S,
    virksomhetsspesifikkeMetadata: OBJ,
  },
  eksternId: {
    systemID: SYS,
    eksternID: REQ_S,
    eksternSystem: S,
  },
  dokumentbeskrivelse: {
    ...UNIT,
    dokumenttype: code('dokumenttype'),
    dokumentstatus: code('dokumentstatus'),
    tittel: REQ_S,
    beskrivelse: S,
    forfatter: STRINGS,
    dokumentmedium: code('dokumentmedium'),
    oppbevaringssted: S,
    tilknyttetRegistreringSom: code('tilknyttetregistreringsom', true),
    dokumentnummer: { type: { t: 'int', min: 1 }, once: true },
    tilknyttetDato: SYS,
    tilknyttetAv: SYS,
    skjerming: { type: { t: 'skjerming' } },
    eksternReferanse: S,
    virksomhetsspesifikkeMetadata: OBJ,
  },
  dokumentobjekt: {
    ...UNIT,
    versjonsnummer: { type: { t: 'int', min: 0 }, once: true },
    variantformat: { type: { t: 'code', list: 'variantformat' }, required: true, once: true },
    format: { type: { t: 'code', list: 'format' }, once: true },
    formatDetaljer: { type: { t: 'string' }, once: true },
    referanseDokumentfil: SYS,
    filnavn: { type: { t: 'string' }, once: true },
    sjekksum: { type: { t: 'sha256' }, once: true },
    mimeType: { type: { t: 'string' }, once: true },
    sjekksumAlgoritme: { type: { t: 'algorithm' }, once: true },
    filstoerrelse: { type: { t: 'int', min: 1 }, once: true },
  },
};

/** The kinds `$filter` may use through a journalpost: its parts and external ids. */
export const NAVIGABLE: Readonly<Partial<Record<Kind, readonly string[]>>> = {
  journalpost: ['korrespondansepart', 'eksternId'],
};

// ---------------------------------------------------------------- checks

const ZONED = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const KONTAKT = new Set(['epostadresse', 'mobiltelefon', 'telefon', 'telefonnummer']);
const SKJERMING_KEYS = new Set([
  'tilgangsrestriksjon',
  'skjermingshjemmel',
  'skjermingMetadata',
  'skjermingDokument',
  'skjermingsvarighet',
  'skjermingOpphoererDato',
]);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(kind: Kind, field: string, why: string): never {
  throw badRequest(`${kind}.${field} ${why}.`);
}

function readCodeField(kind: Kind, field: string, list: string, v: unknown): unknown {
  const r = readCode(list, v);
  if (typeof r === 'string') fail(kind, field, r);
  return r.code;
}

function readDateTime(kind: Kind, field: string, v: unknown): string {
  if (typeof v !== 'string' || !ZONED.test(v) || Number.isNaN(Date.parse(v))) {
    fail(
      kind,
      field,
      'must be a date (2026-03-02) or a date and time with a zone (2026-03-02T08:00:00+01:00)',
    );
  }
  return v;
}

function readInt(kind: Kind, field: string, min: number, v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    fail(kind, field, `must be a JSON number, a whole number from ${min}`);
  }
  return v;
}

function readSkjerming(kind: Kind, v: unknown): Record<string, unknown> {
  if (!isObject(v)) fail(kind, 'skjerming', 'must be an object');
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (!SKJERMING_KEYS.has(k)) fail(kind, `skjerming.${k}`, 'is not a field of skjerming');
    if (x === null || x === undefined) continue;
    switch (k) {
      case 'tilgangsrestriksjon':
        out[k] = readCodeField(kind, `skjerming.${k}`, 'tilgangsrestriksjon', x);
        break;
      case 'skjermingDokument':
        out[k] = readCodeField(kind, `skjerming.${k}`, 'skjermingdokument', x);
        break;
      case 'skjermingMetadata': {
        const list = Array.isArray(x) ? x : [x];
        out[k] = list.map((c) => readCodeField(kind, `skjerming.${k}`, 'skjermingmetadata', c));
        break;
      }
      case 'skjermingsvarighet':
        out[k] = readInt(kind, `skjerming.${k}`, 0, x);
        break;
      case 'skjermingOpphoererDato':
        out[k] = readDateTime(kind, `skjerming.${k}`, x);
        break;
      default:
        if (typeof x !== 'string' || x.trim() === '') {
          fail(kind, `skjerming.${k}`, 'must be a non-empty string (e.g. "Offl. § 13")');
        }
        out[k] = x;
    }
  }
  if (out['tilgangsrestriksjon'] === undefined) {
    fail(kind, 'skjerming.tilgangsrestriksjon', 'is required');
  }
  if (out['skjermingshjemmel'] === undefined) {
    fail(kind, 'skjerming.skjermingshjemmel', 'is required');
  }
  return out;
}

function readValue(kind: Kind, field: string, type: FieldType, v: unknown): unknown {
  switch (type.t) {
    case 'string':
      if (typeof v !== 'string') fail(kind, field, 'must be a string');
      return v;
    case 'strings':
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
        fail(kind, field, 'must be a list of strings');
      }
      return v;
    case 'int':
      return readInt(kind, field, type.min, v);
    case 'datetime':
      return readDateTime(kind, field, v);
    case 'code':
      return readCodeField(kind, field, type.list, v);
    case 'skjerming':
      return readSkjerming(kind, v);
    case 'object':
      if (!isObject(v)) fail(kind, field, 'must be an object');
      return v;
    case 'kontakt':
      if (!isObject(v)) fail(kind, field, 'must be an object');
      for (const [k, x] of Object.entries(v)) {
        if (!KONTAKT.has(k)) fail(kind, `${field}.${k}`, 'is not a field of kontaktinformasjon');
        if (x !== null && typeof x !== 'string') fail(kind, `${field}.${k}`, 'must be a string');
      }
      return v;
    case 'sha256':
      if (typeof v !== 'string' || !/^[0-9a-fA-F]{64}$/.test(v)) {
        fail(kind, field, 'must be a SHA-256 checksum: 64 hexadecimal digits');
      }
      return v.toLowerCase();
    case 'algorithm':
      if (v !== 'SHA-256') fail(kind, field, 'must be "SHA-256"');
      return v;
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export type Mode = 'create' | 'put' | 'patch';

/**
 * The fields a body asks for, checked against the entity's spec. `current`
 * holds what is stored (for put and patch). Returns the new field set;
 * nothing is stored here.
 */
export function readFields(
  kind: Kind,
  body: unknown,
  mode: Mode,
  current: Readonly<Record<string, unknown>> = {},
  locked: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  if (!isObject(body)) throw badRequest(`Send a JSON object describing the ${kind}.`);
  const spec = FIELDS[kind];
  const next: Record<string, unknown> = {};
  if (mode !== 'create') {
    // PUT keeps what the archive assigned; PATCH keeps everything it does not name.
    for (const [k, v] of Object.entries(current)) {
      const f = spec[k];
      if (mode === 'patch' || f?.system || f?.once || locked.has(k)) next[k] = v;
    }
  }
  for (const [k, v] of Object.entries(body)) {
    if (k === '_links') continue;
    const f = spec[k];
    if (!f) throw badRequest(`${kind} has no field "${k}".`);
    const fixed = f.system || (mode !== 'create' && (f.once || locked.has(k)));
    if (v === null || v === undefined) {
      if (fixed && current[k] !== undefined && mode !== 'create') {
        throw badRequest(`${kind}.${k} cannot be removed.`);
      }
      if (mode !== 'create') delete next[k];
      continue;
    }
    if (fixed) {
      if (mode !== 'create' && same(v, current[k])) continue;
      throw badRequest(
        f.system
          ? `${kind}.${k} is assigned by the archive and cannot be set.`
          : `${kind}.${k} cannot be changed once set.`,
      );
    }
    next[k] = readValue(kind, k, f.type, v);
  }
  return next;
}

/** Required fields and the rules that tie fields together (after defaults). */
export function checkComplete(kind: Kind, fields: Readonly<Record<string, unknown>>): void {
  for (const [k, f] of Object.entries(FIELDS[kind])) {
    if (f.required && (fields[k] === undefined || fields[k] === '')) {
      throw badRequest(`${kind}.${k} is required.`);
    }
  }
  const skjerming = fields['skjerming'] as { skjermingMetadata?: { kode: string }[] } | undefined;
  const words = skjerming?.skjermingMetadata?.some((c) => c.kode === 'TRO' || c.kode === 'TMO');
  if (words && typeof fields['offentligTittel'] !== 'string') {
    // Noark 5 M025: screening chosen words of the title needs the public title.
    throw badRequest(`${kind}.offentligTittel is required when skjermingMetadata screens words.`);
  }
}

/** The entity's fields in the order of its spec (what GET answers, before `_links`). */
export function ordered(
  kind: Kind,
  fields: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(FIELDS[kind])) {
    if (fields[k] !== undefined) out[k] = fields[k];
  }
  return out;
}
