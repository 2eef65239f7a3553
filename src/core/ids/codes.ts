/**
 * Finding codes of the national identity number detector. The code names the
 * kind of number so a policy can treat, say, a synthetic Tenor test number
 * differently from a real fødselsnummer.
 */

/** Norwegian 11-digit numbers. */
export const NO_ID_KINDS = ['fnr', 'dnr', 'hnr', 'tnr', 'fhn'] as const;
export type NoIdKind = (typeof NO_ID_KINDS)[number];

/** Swedish 10/12-digit numbers, and interim numbers with a letter. */
export const SE_ID_KINDS = ['pnr', 'snr', 'interim'] as const;
export type SeIdKind = (typeof SE_ID_KINDS)[number];

export const ID_CODES = [
  'national-id.no.fnr',
  'national-id.no.dnr',
  'national-id.no.hnr',
  'national-id.no.tnr',
  'national-id.no.fhn',
  'national-id.se.pnr',
  'national-id.se.snr',
  'national-id.se.interim',
] as const;
export type IdCode = (typeof ID_CODES)[number];

export function noCode(kind: NoIdKind): IdCode {
  return `national-id.no.${kind}`;
}

export function seCode(kind: SeIdKind): IdCode {
  return `national-id.se.${kind}`;
}
