/**
 * Registered mail written straight into the archive, as a registrar's
 * journal would have it after a quarter of work (the sample traffic,
 * dev/sample): a case per title and year, a journalpost with its
 * correspondent, its external id (the message's Message-ID), and the
 * message itself as the main document (finished, with its file when given). Numbered as the API
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
  /** The message as .eml, kept as the main document's file; without it the document has no file object. */
  readonly eml?: string;
  /** Who registered it. */
  readonly by: string;
  /** The case's year (saksaar); default: the journal date's year in Oslo. */
  readonly caseYear?: number;
  /** The case's number in its year (sakssekvensnummer); default: the title's case, else the next. */
  readonly caseNumber?: number;
  /** The record's number in its case (journalpostnummer); default (or when taken): the next. */
  readonly recordNumber?: number;
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

/**
 * Writes registered mail into one archive, indexing what is there once (a
 * record is then a handful of writes, however large the archive is).
 */
export class JournalSeeder {
  private readonly known: Set<string>;
  private readonly cases = new Map<string, Entity>();
  private readonly journalSeq = new Map<number, number>();
  private readonly recordNumbers = new Map<string, Set<number>>();
  private readonly caseSeq = new Map<number, number>();

  constructor(private readonly store: NoarkStore) {
    this.known = externalIds(store);
    for (const s of store.all('saksmappe')) {
      const year = Number(s.fields['saksaar']);
      const seq = Number(s.fields['sakssekvensnummer']);
      this.cases.set(`${year}/${seq}`, s);
      this.cases.set(`${year}:${String(s.fields['tittel'])}`, s);
      this.caseSeq.set(year, Math.max(this.caseSeq.get(year) ?? 0, seq));
    }
    for (const j of store.all('journalpost')) {
      const year = Number(j.fields['journalaar']);
      const seq = Number(j.fields['journalsekvensnummer']);
      this.journalSeq.set(year, Math.max(this.journalSeq.get(year) ?? 0, seq));
      if (j.parent !== null) this.numbersOf(j.parent).add(Number(j.fields['journalpostnummer']));
    }
  }

  private numbersOf(caseId: string): Set<number> {
    let set = this.recordNumbers.get(caseId);
    if (!set) this.recordNumbers.set(caseId, (set = new Set()));
    return set;
  }

  /** True when a record with this external id is in the archive. */
  has(eksternID: string): boolean {
    return this.known.has(eksternID);
  }

  /** Write one registered message; its registreringsID ("2026/4-2"), or null when it was there. */
  add(seed: JournalRecordSeed): string | null {
    if (this.known.has(seed.eksternID)) return null;
    const store = this.store;
    const year = seed.caseYear ?? osloYear(seed.journaldato);
    const journalYear = osloYear(seed.journaldato);
    const at = seed.journaldato;
    const by = { opprettetDato: at, opprettetAv: seed.by };
    let sak =
      seed.caseNumber !== undefined
        ? this.cases.get(`${year}/${seed.caseNumber}`)
        : this.cases.get(`${year}:${seed.caseTitle}`);
    if (!sak) {
      const seq = seed.caseNumber ?? (this.caseSeq.get(year) ?? 0) + 1;
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
      this.caseSeq.set(year, Math.max(this.caseSeq.get(year) ?? 0, seq));
      this.cases.set(`${year}/${seq}`, sak);
      if (!this.cases.has(`${year}:${seed.caseTitle}`))
        this.cases.set(`${year}:${seed.caseTitle}`, sak);
    }
    const numbers = this.numbersOf(sak.systemID);
    let number = seed.recordNumber ?? 0;
    if (number < 1 || numbers.has(number)) number = Math.max(0, ...numbers) + 1;
    numbers.add(number);
    const jseq = (this.journalSeq.get(journalYear) ?? 0) + 1;
    this.journalSeq.set(journalYear, jseq);
    const registreringsID = `${String(sak.fields['saksaar'])}/${String(sak.fields['sakssekvensnummer'])}-${number}`;
    const jp = store.add('journalpost', sak, {
      ...by,
      registreringsID,
      tittel: seed.tittel,
      ...(seed.offentligTittel !== undefined ? { offentligTittel: seed.offentligTittel } : {}),
      dokumentmedium: code('dokumentmedium', 'E'),
      journalaar: journalYear,
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
    this.known.add(seed.eksternID);
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
    if (seed.eml === undefined) return registreringsID;
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
}

/**
 * Write one registered message; its registreringsID ("2026/4-2"), or null
 * when a record with this external id was there already. For many, make
 * one JournalSeeder.
 */
export function addJournalRecord(store: NoarkStore, seed: JournalRecordSeed): string | null {
  return new JournalSeeder(store).add(seed);
}
