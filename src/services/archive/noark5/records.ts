/**
 * What a Noark 5 archive holds, as filing reads it: a case as the panel
 * shows it, a record's reference, whether a record is complete, whether a
 * dokumentobjekt declares or has a file with these bytes.
 */
import type { ArchiveCase } from '../../../core/ports';
import { kodeOf, numberOf, textOf } from './api';
import type { Json } from './api';

/** eksternSystem of the eksternId that carries the message's fingerprint. */
export function fingerprintSystem(externalSystem: string): string {
  return `${externalSystem}/fingerprint`;
}

/** A case as the filing panel shows it. */
export function toCase(json: Json): ArchiveCase {
  const year = numberOf(json['saksaar']);
  const seq = numberOf(json['sakssekvensnummer']);
  return {
    id: textOf(json['systemID']) ?? '',
    number: textOf(json['mappeID']) ?? (year !== null && seq !== null ? `${year}/${seq}` : ''),
    title: textOf(json['tittel']) ?? '',
  };
}

/** A record's reference: its registreringsID ("2026/123-4"). */
export function referenceOf(json: Json): string {
  return textOf(json['registreringsID']) ?? textOf(json['systemID']) ?? '';
}

/**
 * Every document is there and finished: F, or B with its file (a draft is
 * filed "under redigering" on purpose; `withFile` says which of the B ones
 * have their file). Nothing left to file.
 */
export function isComplete(
  record: Json,
  documents: readonly Json[],
  expected = 0,
  withFile: (description: Json) => boolean = () => false,
): boolean {
  const role = (d: Json): string | null => kodeOf(d['tilknyttetRegistreringSom']);
  if (!documents.some((d) => role(d) === 'H')) return false;
  const attachments = documents.filter((d) => role(d) === 'V').length;
  if (attachments < (numberOf(record['antallVedlegg']) ?? 0)) return false;
  if (documents.length < expected) return false;
  return documents.every((d) => kodeOf(d['dokumentstatus']) !== 'B' || withFile(d));
}

export function sameInstant(value: unknown, iso: string): boolean {
  return typeof value === 'string' && Date.parse(value) === Date.parse(iso);
}

/**
 * Cases, the newest first: by saksaar and sakssekvensnummer, else by
 * opprettetDato, else the last listed first.
 */
export function newestFirst(cases: readonly Json[]): Json[] {
  const rank = (j: Json): [number, number, number] => [
    numberOf(j['saksaar']) ?? -1,
    numberOf(j['sakssekvensnummer']) ?? -1,
    Date.parse(textOf(j['opprettetDato']) ?? '') || -1,
  ];
  const ranked = cases.map((j) => ({ j, r: rank(j) })).reverse();
  ranked.sort((a, b) => b.r[0] - a.r[0] || b.r[1] - a.r[1] || b.r[2] - a.r[2]);
  return ranked.map((x) => x.j);
}

export function hasFile(objekt: Json): boolean {
  return typeof objekt['referanseDokumentfil'] === 'string';
}

/** A document's size and SHA-256 (hex). */
export interface Sum {
  readonly hex: string;
  readonly size: number;
}

/** The dokumentobjekt says this size and checksum (before or after its file). */
export function declares(objekt: Json, sum: Sum): boolean {
  return (
    textOf(objekt['sjekksum'])?.toLowerCase() === sum.hex &&
    numberOf(objekt['filstoerrelse']) === sum.size
  );
}

/** The archive has the file, and it is these bytes. */
export function confirms(objekt: Json, sum: Sum): boolean {
  return hasFile(objekt) && declares(objekt, sum);
}
