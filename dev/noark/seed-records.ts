/**
 * Registered mail written straight into the archive, as a registrar's
 * journal would have it after a quarter of work (the sample traffic,
 * dev/sample): a case per title and year, a journalpost with its
 * correspondent, its external id (the message's Message-ID), and the
 * message itself as the main document with its file. Numbered as the API
 * numbers what it receives (year/sequence, record number within the case),
 * by the journal date's year in Oslo.
 *
 * Synchronous and on disk like everything else in the store; a record whose
 * external id is in the archive already is not written again, so seeding
 * twice (a restart of `npm start`) changes nothing.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { code, formatForMime } from './codes';
import type { Entity, NoarkStore } from './store';
import { safeFileName } from './store';

export interface JournalRecordSeed {
  /** The case's title; records of the same title and year share one case. */
  readonly caseTitle: string;
  readonly tittel: string;
  /** The title in the public journal, when it differs (names or ID numbers left out). */
  readonly offentligTittel?: string;
  /** When it was registered, an ISO instant. */
  readonly journaldato: string;
  /** I incoming, U outgoing, N internal. */
  readonly journalposttype: 'I' | 'U' | 'N';
  /** The message's Message-ID. */
  readonly eksternID: string;
  readonly eksternSystem?: string;
  /** The sender (I) or recipient (U). */
  readonly correspondent: { readonly name: string; readonly address: string };
  /** The message as .eml. */
  readonly eml: string;
  /** Who registered it. */
  readonly by: string;
}

/** Every external id in the archive (of any record), for a seeder to skip what is there. */
export function externalIds(store: NoarkStore): Set<string> {
  return new Set(store.all('eksternId').map((e) => String(e.fields['eksternID'])));
}

function osloYear(iso: string): number {
  const y = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(
    new Date(iso),
  );
  return Number(y);
}

function maxOf(items: readonly Entity[], field: string): number {
  let max = 0;
  for (const e of items) {
    const n = e.fields[field];
    if (typeof n === 'number' && n > max) max = n;
  }
  return max;
}

/**
 * Write one registered message; its registreringsID ("2026/4-2"), or null
 * when a record with this external id was there already (`known`, kept
 * current as records are added).
 */
export function addJournalRecord(
  store: NoarkStore,
  seed: JournalRecordSeed,
  known: Set<string> = externalIds(store),
): string | null {
  if (known.has(seed.eksternID)) return null;
  const year = osloYear(seed.journaldato);
  const at = seed.journaldato;
  const by = { opprettetDato: at, opprettetAv: seed.by };
  let sak = store
    .all('saksmappe')
    .find((s) => s.fields['saksaar'] === year && s.fields['tittel'] === seed.caseTitle);
  if (!sak) {
    const seq =
      maxOf(
        store.all('saksmappe').filter((s) => s.fields['saksaar'] === year),
        'sakssekvensnummer',
      ) + 1;
    sak = store.add('saksmappe', store.arkivdel(), {
      ...by,
      mappeID: `${year}/${seq}`,
      tittel: seed.caseTitle,
      dokumentmedium: code('dokumentmedium', 'E'),
      saksaar: year,
      sakssekvensnummer: seq,
      saksdato: at,
      saksansvarlig: seed.by,
      saksstatus: code('saksstatus', 'B'),
    });
  }
  const jseq =
    maxOf(
      store.all('journalpost').filter((j) => j.fields['journalaar'] === year),
      'journalsekvensnummer',
    ) + 1;
  const number = maxOf(store.children(sak.systemID, 'journalpost'), 'journalpostnummer') + 1;
  const registreringsID = `${String(sak.fields['saksaar'])}/${String(sak.fields['sakssekvensnummer'])}-${number}`;
  const jp = store.add('journalpost', sak, {
    ...by,
    registreringsID,
    tittel: seed.tittel,
    ...(seed.offentligTittel !== undefined ? { offentligTittel: seed.offentligTittel } : {}),
    dokumentmedium: code('dokumentmedium', 'E'),
    journalaar: year,
    journalsekvensnummer: jseq,
    journalpostnummer: number,
    journalposttype: code('journalposttype', seed.journalposttype),
    journalstatus: code('journalstatus', 'J'),
    journaldato: at,
    ...(seed.journalposttype === 'U' ? { sendtDato: at } : { mottattDato: at }),
  });
  store.add(
    seed.journalposttype === 'N' ? 'korrespondansepartintern' : 'korrespondansepartperson',
    jp,
    seed.journalposttype === 'N'
      ? { korrespondanseparttype: code('korrespondanseparttype', 'IA'), saksbehandler: seed.by }
      : {
          korrespondanseparttype: code(
            'korrespondanseparttype',
            seed.journalposttype === 'U' ? 'EM' : 'EA',
          ),
          navn: seed.correspondent.name,
          kontaktinformasjon: { epostadresse: seed.correspondent.address },
        },
  );
  store.add('eksternId', jp, {
    eksternID: seed.eksternID,
    eksternSystem: seed.eksternSystem ?? 'Arkivpost',
  });
  known.add(seed.eksternID);
  const doc = store.add('dokumentbeskrivelse', jp, {
    ...by,
    dokumenttype: code('dokumenttype', 'B'),
    dokumentstatus: code('dokumentstatus', 'F'),
    tittel: seed.tittel,
    dokumentmedium: code('dokumentmedium', 'E'),
    tilknyttetRegistreringSom: code('tilknyttetregistreringsom', 'H'),
    dokumentnummer: 1,
    tilknyttetDato: at,
    tilknyttetAv: seed.by,
    eksternReferanse: seed.eksternID,
  });
  const bytes = Buffer.from(seed.eml, 'utf8');
  const filnavn = safeFileName(`${registreringsID.replace('/', '-')} ${seed.tittel}.eml`);
  const obj = store.add('dokumentobjekt', doc, {
    ...by,
    versjonsnummer: 1,
    variantformat: code('variantformat', 'A'),
    format: formatForMime('message/rfc822'),
    filnavn,
    mimeType: 'message/rfc822',
    sjekksum: createHash('sha256').update(bytes).digest('hex'),
    sjekksumAlgoritme: 'SHA-256',
    filstoerrelse: bytes.length,
  });
  writeFileSync(join(store.dir, store.folder(obj), filnavn), bytes);
  obj.file = filnavn;
  store.save(obj);
  return registreringsID;
}
