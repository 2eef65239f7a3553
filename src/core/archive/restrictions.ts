/**
 * Access restrictions an archive record can carry (R5), by country.
 *
 * Norway: a tilgangskode (the record's tilgangsrestriksjon) with its
 * skjermingshjemmel, the legal basis written as archives write it
 * ("Offl. § 13 jf. fvl. § 13 første ledd nr. 1"). Sweden: sekretess with the chapter and
 * section of offentlighets- och sekretesslagen (2009:400), "OSL 26 kap. 1 §".
 *
 * These are the common municipal ones; an organisation's archive may use
 * other codes: the restrictions its profile suggests (`restrictions.suggest`)
 * are offered too (core/archive/suggest).
 */
import type { Country, Lang } from '../model';

export interface AccessRestriction {
  /** The archive's code: Norwegian tilgangskode ("U", "P"), Swedish "S". */
  readonly code: string;
  /** The legal basis as written on the record. */
  readonly basis: string;
  /** What it covers, for people choosing it (in the country's language). */
  readonly label: string;
}

const NORWAY: readonly AccessRestriction[] = [
  {
    code: 'U',
    basis: 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1',
    label: 'Teieplikt om personlege forhold (forvaltningslova § 13 første ledd nr. 1)',
  },
  { code: 'P', basis: 'Offl. § 25', label: 'Personalsak' },
  { code: 'B', basis: 'Offl. § 13 jf. bvl. § 13-1', label: 'Barnevern' },
  { code: 'S', basis: 'Offl. § 13 jf. sotjl. § 44', label: 'Sosiale tenester i Nav' },
  { code: 'H', basis: 'Offl. § 13 jf. hpl. § 21', label: 'Helseopplysningar' },
  { code: 'X', basis: 'Offl. § 14', label: 'Organinternt dokument' },
  { code: 'K', basis: 'Offl. § 23 første ledd', label: 'Forhandlingsposisjon' },
  { code: 'I', basis: 'Offl. § 24 første ledd', label: 'Kontroll- og reguleringstiltak' },
];

const SWEDEN: readonly AccessRestriction[] = [
  { code: 'S', basis: 'OSL 26 kap. 1 §', label: 'Socialtjänst' },
  { code: 'S', basis: 'OSL 25 kap. 1 §', label: 'Hälso- och sjukvård' },
  {
    code: 'S',
    basis: 'OSL 23 kap. 2 §',
    label: 'Förskola och skola, enskilds personliga förhållanden',
  },
  { code: 'S', basis: 'OSL 39 kap. 1 §', label: 'Personalsociala ärenden' },
  { code: 'S', basis: 'OSL 19 kap. 3 §', label: 'Upphandling' },
  {
    code: 'S',
    basis: 'OSL 21 kap. 7 §',
    label: 'Personuppgifter som skulle behandlas i strid med GDPR',
  },
  { code: 'S', basis: 'OSL 18 kap. 8 §', label: 'Säkerhets- och bevakningsåtgärder' },
];

/** The default list for a country (the profile may replace it). */
export function accessRestrictions(country: Country): readonly AccessRestriction[] {
  return country === 'NO' ? NORWAY : SWEDEN;
}

/** The text an archive record and a registry-mailbox subject carry: "U – Offl. § 13 jf. fvl. § 13 …". */
export function restrictionText(r: AccessRestriction): string {
  return `${r.code} – ${r.basis}`;
}

/**
 * The restriction as the pane offers it. In Swedish the basis alone
 * ("OSL 26 kap. 1 §"): Swedish practice has no letter codes, and the record's
 * "S" read as the Norwegian-style "S – …". Elsewhere the code and the basis,
 * as Norwegian archives write it ("U – Offl. § 13 …"). The record itself
 * always carries `restrictionText`.
 */
export function restrictionChoice(r: AccessRestriction, lang: Lang): string {
  return lang === 'sv' ? r.basis : restrictionText(r);
}
