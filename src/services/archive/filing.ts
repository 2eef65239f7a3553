/**
 * One filing of one message into a Noark 5 archive, step by step, each
 * step that creates something recorded in the filing journal (on the
 * message: core/archive/journal, services/filing-journal) before it is
 * taken, with the key it will be looked up by, and after, with what the
 * archive made:
 *
 *   case          "case": the chosen saksmappe, or a new one (ny-saksmappe),
 *                 key its title and the saksdato sent
 *   record        "record": the journalpost (ny-journalpost) with skjerming,
 *                 key its title, date and external id
 *   external id   "external-id": the Message-ID (or the id derived from it,
 *                 ny-eksternId where the archive offers it); "fingerprint": a
 *                 second eksternId, eksternSystem "<system>/fingerprint",
 *                 the message's fingerprint
 *   parties       "parties": a korrespondansepart for the sender and each
 *                 recipient
 *   documents     "document:<n>": a dokumentbeskrivelse (H, then V),
 *                 dokumentstatus B; "object:<n>": its dokumentobjekt
 *                 declaring size and SHA-256, then the file, confirmed by
 *                 the archive; then dokumentstatus F — except our own
 *                 documents with draft markers, which stay B ("under
 *                 redigering") on purpose
 *
 * On a new attempt (any pane: the journal is on the item) a step the
 * journal says was made is read where it is (gone: reported, not made
 * again, unless nothing of ours hangs under it); a step begun but not
 * recorded as made is looked up by its key first; a step never begun is
 * made without looking, since nothing of it can exist. Whether a document
 * is finished is the journal's to say, not its status: a draft is B for
 * good.
 *
 * A failure that repeating may cure (the connection, a timeout, 429/503,
 * signing in) leaves what was made for the next attempt; one that it
 * cannot (the archive refused the request) removes what this attempt made
 * and undoes its steps in the journal, so that the form's choice counts
 * again.
 */
import { isBegun } from '../../core/archive/journal';
import type { FilingJournalPort, JournalEntry } from '../../core/archive/journal';
import type {
  ArchiveCase,
  ArchiveDocument,
  ArchiveParty,
  FilingOutcome,
  FilingProgress,
  FilingRequest,
} from '../../core/ports';
import { href, kodeOf, listed, numberOf, odataString, requireHref, textOf } from './api';
import type { Ensured, Entity, Json, NoarkApi } from './api';
import { ArchiveFailure } from './errors';
import type { ArchiveFailureKind } from './errors';
import { screenText } from './screen';
import { sha256OfDocument } from './sha256';
import { uploadFile } from './upload';

export type DocumentType = FilingRequest['documentType'];

/** The restriction as this archive writes it: its tilgangsrestriksjon code. */
export interface Restriction {
  readonly kode: string;
  readonly basis: string;
  readonly words: readonly string[];
}

export interface FilingSettings {
  readonly chunkSize: number;
  /** Largest file sent in one request (already limited by the archive's bulkgrense). */
  readonly singleLimit: number;
  /** eksternSystem of the external id. */
  readonly externalSystem: string;
  readonly journalstatus: Readonly<Record<DocumentType, string>>;
  readonly now: () => Date;
}

export interface FilingContext {
  readonly api: NoarkApi;
  readonly settings: FilingSettings;
  /** The arkivdel new cases go into. */
  readonly arkivdel: () => Promise<Entity>;
  /** A case by its systemID. */
  readonly existingCase: (id: string) => Promise<Entity>;
  /** The filing journal: the item's (any pane), or one in memory. */
  readonly journal: FilingJournalPort;
}

/** eksternSystem of the eksternId that carries the message's fingerprint. */
export function fingerprintSystem(externalSystem: string): string {
  return `${externalSystem}/fingerprint`;
}

/** Failures repeating cannot cure: what this attempt made is removed. */
const FINAL: ReadonlySet<ArchiveFailureKind> = new Set([
  'bad-request',
  'too-large',
  'forbidden',
  'not-found',
  'conflict',
]);

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

function sameInstant(value: unknown, iso: string): boolean {
  return typeof value === 'string' && Date.parse(value) === Date.parse(iso);
}

/**
 * Cases, the newest first: by saksaar and sakssekvensnummer, else by
 * opprettetDato, else the last listed first.
 */
function newestFirst(cases: readonly Json[]): Json[] {
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

interface Sum {
  readonly hex: string;
  readonly size: number;
}

/** The dokumentobjekt says this size and checksum (before or after its file). */
function declares(objekt: Json, sum: Sum): boolean {
  return (
    textOf(objekt['sjekksum'])?.toLowerCase() === sum.hex &&
    numberOf(objekt['filstoerrelse']) === sum.size
  );
}

/** The archive has the file, and it is these bytes. */
function confirms(objekt: Json, sum: Sum): boolean {
  return hasFile(objekt) && declares(objekt, sum);
}

interface Step {
  readonly entity: Entity;
  /** Made by this attempt just now: nothing below it exists yet. */
  readonly fresh: boolean;
  /** Made by this filing (now or by an earlier attempt the journal knows): its children are journaled. */
  readonly ours: boolean;
}

/** The steps of a filing of `documents` documents, in the order they are taken. */
function stepNames(documents: number): string[] {
  const names = ['case', 'record', 'external-id', 'fingerprint', 'parties'];
  for (let n = 1; n <= documents; n++) names.push(`document:${n}`, `object:${n}`);
  return names;
}

export class Filing {
  private madeCase: Entity | null = null;
  private madeRecord: Entity | null = null;
  private uploaded = 0;
  private readonly total: number;
  private readonly date: string | null;

  constructor(
    private readonly ctx: FilingContext,
    private readonly r: FilingRequest,
    private readonly restriction: Restriction | null,
    /** The main document first, then the attachments. */
    private readonly documents: readonly ArchiveDocument[],
    private readonly onProgress?: (p: FilingProgress) => void,
  ) {
    this.total = documents.reduce((n, d) => n + d.size, 0);
    const ms = Date.parse(r.date);
    this.date = Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }

  private get api(): NoarkApi {
    return this.ctx.api;
  }

  private get journal(): FilingJournalPort {
    return this.ctx.journal;
  }

  /** Record an entry of what was made: with the next write where the journal can wait. */
  private made(entry: JournalEntry): void {
    if (this.journal.defer) this.journal.defer(entry);
    else void this.journal.note(entry).catch(() => undefined);
  }

  /** File it; `found` is the record an earlier attempt made (by its external id). */
  async run(found: Entity | null): Promise<FilingOutcome> {
    try {
      return await this.steps(found);
    } catch (e) {
      if (
        e instanceof ArchiveFailure &&
        FINAL.has(e.kind) &&
        e.reason !== 'document-mismatch' &&
        e.reason !== 'deleted' &&
        e.reason !== 'identity-taken'
      ) {
        throw await this.cleanUp(e);
      }
      throw e;
    }
  }

  private report(step: FilingProgress['step']): void {
    this.onProgress?.({
      step,
      bytes: Math.max(0, Math.min(this.uploaded, this.total)),
      totalBytes: this.total,
    });
  }

  private async steps(found: Entity | null): Promise<FilingOutcome> {
    this.report('case');
    let theCase: Step;
    let record: Step;
    const known = this.journal.get('record');
    if (known?.made !== undefined) {
      const entity = await this.readMade(known, 'journalpost');
      record = { entity, fresh: false, ours: true };
      theCase = { entity: await this.parentCase(entity), fresh: false, ours: true };
    } else if (found !== null) {
      record = { entity: found, fresh: false, ours: false };
      theCase = { entity: await this.parentCase(found), fresh: false, ours: false };
      this.made({ step: 'record', made: this.recordMade(found) });
    } else {
      theCase = await this.theCase();
      this.report('record');
      record = await this.record(theCase);
    }
    await this.externalIds(record);
    await this.parties(record);
    this.report('documents');
    await this.files(record);
    return {
      kind: 'filed',
      reference: referenceOf(record.entity.json),
      case: toCase(theCase.entity.json),
    };
  }

  private parentCase(record: Entity): Promise<Entity> {
    return this.api.read(requireHref(record.json, 'arkivstruktur/mappe/'));
  }

  private recordMade(e: Entity): NonNullable<JournalEntry['made']> {
    return { id: textOf(e.json['systemID']) ?? e.self, ref: referenceOf(e.json), href: e.self };
  }

  /** What the journal says was made, read where it is; gone is reported, never made again here. */
  private async readMade(entry: JournalEntry, what: string): Promise<Entity> {
    const made = entry.made as NonNullable<JournalEntry['made']>;
    try {
      if (made.href === undefined) throw new ArchiveFailure('not-found', `${what} without href`);
      return await this.api.read(made.href);
    } catch (e) {
      if (!(e instanceof ArchiveFailure) || e.kind !== 'not-found') throw e;
      const name = `${what} ${made.ref ?? made.id}`;
      throw new ArchiveFailure('not-found', `${name}, made by this filing, is gone: ${e.detail}`, {
        status: e.status,
        reason: 'deleted',
        params: { what: name },
      });
    }
  }

  // ------------------------------------------------------------ screening

  private screen(text: string): { readonly text: string; readonly screened: boolean } {
    return screenText(text, this.restriction?.words ?? []);
  }

  private partyScreened(p: ArchiveParty): boolean {
    return this.screen(p.name).screened || this.screen(p.address).screened;
  }

  private skjerming(metadata: readonly string[]): Json {
    const r = this.restriction as Restriction;
    return {
      tilgangsrestriksjon: { kode: r.kode },
      skjermingshjemmel: r.basis,
      ...(metadata.length > 0 ? { skjermingMetadata: metadata.map((kode) => ({ kode })) } : {}),
    };
  }

  // ------------------------------------------------------------ case

  private async theCase(): Promise<Step> {
    if (this.r.case.kind === 'existing') {
      return {
        entity: await this.ctx.existingCase(this.r.case.case.id),
        fresh: false,
        ours: false,
      };
    }
    let entry = this.journal.get('case');
    if (entry?.made !== undefined) {
      try {
        return { entity: await this.readMade(entry, 'saksmappe'), fresh: false, ours: true };
      } catch (e) {
        // Deleted while nothing of ours is in it (no record was made): made again, safely.
        if (!(e instanceof ArchiveFailure) || e.reason !== 'deleted') throw e;
        if (this.journal.get('record')?.made !== undefined) throw e;
        entry = undefined;
      }
    }
    return this.newCase(this.r.case.title, entry?.made === undefined ? entry : undefined);
  }

  private async newCase(title: string, begun: JournalEntry | undefined): Promise<Step> {
    const arkivdel = await this.ctx.arkivdel();
    const ny = requireHref(arkivdel.json, 'sakarkiv/ny-saksmappe/');
    const template = await this.api.template(ny);
    // The saksdato it is looked up by: the one an earlier attempt sent, or the one sent now.
    const key = begun?.key;
    const sentBefore = key?.['saksdato'];
    const saksdato =
      sentBefore ?? textOf(template['saksdato']) ?? this.ctx.settings.now().toISOString();
    const caseTitle = key?.['title'] ?? title;
    const pub = this.screen(caseTitle);
    const body: Json = {
      ...template,
      tittel: caseTitle,
      offentligTittel: pub.text,
      saksdato,
      ...(this.restriction !== null && pub.screened ? { skjerming: this.skjerming(['TMO']) } : {}),
    };
    const list = href(arkivdel.json, 'sakarkiv/saksmappe/');
    // Title and saksdato do not name one case: another filing (a second message, another user)
    // may have made a case with this title the same day, and its lookup finds ours as we find
    // theirs. Ours is told apart by what this filing does: nothing is put in it before the
    // journal holds it as made (the record's key is written, with the case, before the record
    // is asked for), so while the journal has only its key it is empty. A case with a
    // journalpost is never ours; of the empty ones, ours is the newest, since it was asked for
    // after the key was on the item.
    const find = async (): Promise<Entity | null> => {
      if (list === null) return null;
      const same = await this.api.list(list, { $filter: `tittel eq ${odataString(caseTitle)}` });
      for (const j of newestFirst(same.filter((c) => sameInstant(c['saksdato'], saksdato)))) {
        if (await this.isEmpty(j)) return listed(j);
      }
      return null;
    };
    if (sentBefore !== undefined) {
      const hit = await find();
      if (hit !== null) {
        this.made({ step: 'case', made: this.caseMade(hit) });
        return { entity: hit, fresh: false, ours: true };
      }
    } else {
      await this.journal.note({ step: 'case', key: { title: caseTitle, saksdato } });
    }
    const { entity } = await this.api.ensure({
      known: true,
      find,
      create: () => this.api.create(ny, body),
    });
    this.madeCase = entity;
    this.made({ step: 'case', made: this.caseMade(entity) });
    return { entity, fresh: true, ours: true };
  }

  /** The case holds no journalpost (one that offers no list of them counts as empty). */
  private async isEmpty(theCase: Json): Promise<boolean> {
    const records = href(theCase, 'sakarkiv/journalpost/');
    return records === null || (await this.api.list(records, { $top: '1' }, 1)).length === 0;
  }

  private caseMade(e: Entity): NonNullable<JournalEntry['made']> {
    const c = toCase(e.json);
    return { id: c.id || e.self, ref: c.number, href: e.self };
  }

  // ------------------------------------------------------------ record

  private recordFields(): Json {
    const r = this.r;
    const pub = this.screen(r.title);
    const metadata: string[] = [];
    if (pub.screened) metadata.push('TRO');
    const screenedParty = (role: ArchiveParty['role']): boolean =>
      r.parties.some((p) => p.role === role && this.partyScreened(p));
    if (screenedParty('sender')) metadata.push('NA');
    if (screenedParty('recipient')) metadata.push('NM');
    const date = this.date;
    return {
      tittel: r.title,
      offentligTittel: pub.text,
      journalposttype: { kode: r.documentType },
      journalstatus: { kode: this.ctx.settings.journalstatus[r.documentType] },
      ...(date !== null ? { dokumentetsDato: date } : {}),
      ...(date !== null && r.documentType === 'I' ? { mottattDato: date } : {}),
      ...(date !== null && r.documentType === 'U' ? { sendtDato: date } : {}),
      antallVedlegg: this.documents.filter((d, i) => !this.isMain(d, i)).length,
      ...(this.restriction !== null ? { skjerming: this.skjerming(metadata) } : {}),
    };
  }

  /** An earlier attempt's record not yet marked with the external id: same title, type and date. */
  private async findRecord(list: string | null): Promise<Entity | null> {
    if (list === null) return null;
    const items = await this.api.list(list, { $filter: `tittel eq ${odataString(this.r.title)}` });
    for (const j of items) {
      if (kodeOf(j['journalposttype']) !== this.r.documentType) continue;
      if (this.date !== null && !sameInstant(j['dokumentetsDato'], this.date)) continue;
      if (await this.isOurs(j)) return listed(j);
    }
    return null;
  }

  /** Nothing on the record names another message. */
  private async isOurs(record: Json): Promise<boolean> {
    const id = this.r.messageId;
    const system = fingerprintSystem(this.ctx.settings.externalSystem);
    const ids = href(record, 'arkivstruktur/eksternId/');
    if (ids !== null) {
      const marks = (await this.api.list(ids))
        .filter((j) => textOf(j['eksternSystem']) !== system)
        .map((j) => textOf(j['eksternID']));
      if (marks.some((m) => m !== null && m !== id)) return false;
    }
    const docs = href(record, 'arkivstruktur/dokumentbeskrivelse/');
    if (docs !== null) {
      const refs = (await this.api.list(docs)).map((j) => textOf(j['eksternReferanse']));
      if (refs.some((m) => m !== null && m !== id)) return false;
    }
    return true;
  }

  private async record(theCase: Step): Promise<Step> {
    const ny = requireHref(theCase.entity.json, 'sakarkiv/ny-journalpost/');
    const template = await this.api.template(ny);
    const body: Json = { ...template, ...this.recordFields() };
    const list = href(theCase.entity.json, 'sakarkiv/journalpost/');
    const begun = isBegun(this.journal.get('record'));
    if (!begun) {
      await this.journal.note({
        step: 'record',
        key: { title: this.r.title, date: this.date ?? '', externalId: this.r.messageId },
      });
    }
    const { entity, made } = await this.api.ensure({
      // Never begun, or begun in a case made just now: it cannot exist yet.
      known: !begun || theCase.fresh,
      find: () => this.findRecord(list),
      create: () => this.api.create(ny, body),
    });
    if (made) this.madeRecord = entity;
    this.made({ step: 'record', made: this.recordMade(entity) });
    return { entity, fresh: made, ours: true };
  }

  // ------------------------------------------------------------ external ids, parties

  /**
   * One child of the record, journaled: done when the journal says so;
   * looked for when it was begun before or the record is not this
   * filing's; made.
   */
  private async journaledChild(
    record: Step,
    step: string,
    key: Readonly<Record<string, string>>,
    find: () => Promise<Entity | null>,
    create: () => Promise<Entity>,
  ): Promise<void> {
    const entry = this.journal.get(step);
    if (entry?.made !== undefined) return;
    const begun = isBegun(entry);
    if (!begun) await this.journal.note({ step, key });
    const { entity } = await this.api.ensure({
      known: record.fresh || (!begun && record.ours),
      find,
      create,
    });
    this.made({ step, made: { id: textOf(entity.json['systemID']) ?? entity.self } });
  }

  private async externalIds(record: Step): Promise<void> {
    const json = record.entity.json;
    const ny = href(json, 'arkivstruktur/ny-eksternId/');
    if (ny === null) return;
    const list = href(json, 'arkivstruktur/eksternId/');
    const find = (matches: (j: Json) => boolean) => async (): Promise<Entity | null> => {
      const hit = list === null ? undefined : (await this.api.list(list)).find(matches);
      return hit ? listed(hit) : null;
    };
    const system = this.ctx.settings.externalSystem;
    const id = this.r.messageId;
    await this.journaledChild(
      record,
      'external-id',
      { id },
      find((j) => textOf(j['eksternID']) === id),
      () => this.api.create(ny, { eksternID: id, eksternSystem: system }),
    );
    const fingerprint = this.r.fingerprint;
    if (fingerprint === undefined) return;
    const fpSystem = fingerprintSystem(system);
    await this.journaledChild(
      record,
      'fingerprint',
      { id: fingerprint },
      find((j) => textOf(j['eksternSystem']) === fpSystem),
      () => this.api.create(ny, { eksternID: fingerprint, eksternSystem: fpSystem }),
    );
  }

  private party(
    record: Json,
    p: ArchiveParty,
  ): { href: string; body: Json; matches: (j: Json) => boolean } {
    const internal = this.r.documentType === 'N';
    const sender = p.role === 'sender';
    const type = internal ? (sender ? 'IA' : 'IM') : sender ? 'EA' : 'EM';
    const name = p.name.trim() || p.address.trim();
    const address = p.address.trim();
    const intern = internal ? href(record, 'arkivstruktur/ny-korrespondansepartintern/') : null;
    if (intern !== null) {
      return {
        href: intern,
        body: { korrespondanseparttype: { kode: type }, saksbehandler: name },
        matches: (j) => kodeOf(j['korrespondanseparttype']) === type && j['saksbehandler'] === name,
      };
    }
    return {
      href: requireHref(record, 'arkivstruktur/ny-korrespondansepartperson/'),
      body: {
        korrespondanseparttype: { kode: type },
        navn: name,
        ...(address !== '' ? { kontaktinformasjon: { epostadresse: address } } : {}),
      },
      matches: (j) => {
        const contact = j['kontaktinformasjon'] as Json | undefined;
        const mail = textOf(contact?.['epostadresse']);
        return (
          kodeOf(j['korrespondanseparttype']) === type &&
          j['navn'] === name &&
          (mail === null || mail.toLowerCase() === address.toLowerCase())
        );
      },
    };
  }

  private async parties(record: Step): Promise<void> {
    const entry = this.journal.get('parties');
    if (entry?.made !== undefined || this.r.parties.length === 0) return;
    const begun = isBegun(entry);
    const list = href(record.entity.json, 'arkivstruktur/korrespondansepart/');
    // Never begun on a record of this filing: there are none yet.
    const empty = record.fresh || (!begun && record.ours) || list === null;
    const known = empty ? [] : await this.api.list(list);
    if (!begun)
      await this.journal.note({ step: 'parties', key: { n: String(this.r.parties.length) } });
    const made: Json[] = [];
    for (const p of this.r.parties) {
      const plan = this.party(record.entity.json, p);
      if (made.some(plan.matches)) continue;
      const hit = known.find(plan.matches);
      if (hit) {
        made.push(hit);
        continue;
      }
      const { entity } = await this.api.ensure({
        known: empty,
        find: async () => {
          const found = list === null ? undefined : (await this.api.list(list)).find(plan.matches);
          return found ? listed(found) : null;
        },
        create: () => this.api.create(plan.href, plan.body),
      });
      made.push(entity.json);
    }
    this.made({ step: 'parties', made: { id: String(made.length) } });
  }

  // ------------------------------------------------------------ documents

  private isMain(d: ArchiveDocument, index: number): boolean {
    return index === 0 && d.role === 'main';
  }

  private descriptionFields(d: ArchiveDocument, index: number, title: string): Json {
    const main = this.isMain(d, index);
    return {
      tittel: title,
      tilknyttetRegistreringSom: { kode: main ? 'H' : 'V' },
      dokumentnummer: index + 1,
      // B until the archive confirmed the file; F then, except a draft of ours.
      dokumentstatus: { kode: 'B' },
      ...(main ? { eksternReferanse: this.r.messageId } : {}),
      ...(this.restriction !== null
        ? {
            skjerming: {
              ...this.skjerming(this.screen(title).screened ? ['TD'] : []),
              skjermingDokument: { kode: 'H' },
            },
          }
        : {}),
    };
  }

  private async files(record: Step): Promise<void> {
    const json = record.entity.json;
    const list = requireHref(json, 'arkivstruktur/dokumentbeskrivelse/');
    const ny = requireHref(json, 'arkivstruktur/ny-dokumentbeskrivelse/');
    let listing: Json[] | null = record.fresh ? [] : null;
    const descriptions = async (): Promise<Json[]> => (listing ??= await this.api.list(list));
    for (const [index, d] of this.documents.entries()) {
      const n = index + 1;
      const step = `document:${n}`;
      const entry = this.journal.get(step);
      if (entry?.confirmed === true) {
        // Finished by an earlier attempt: the journal says so, whatever its status.
        this.uploaded += d.size;
        this.report('documents');
        continue;
      }
      const title = this.isMain(d, index) ? this.r.title : d.name;
      const sum = await sha256OfDocument(d);
      let description: Ensured;
      if (entry?.made !== undefined) {
        description = { entity: await this.readMade(entry, 'dokumentbeskrivelse'), made: false };
      } else {
        const begun = isBegun(entry);
        const matches = (j: Json): boolean => numberOf(j['dokumentnummer']) === n;
        // Never begun on a record of this filing: it cannot exist yet.
        const empty = record.fresh || (!begun && record.ours);
        const hit = empty ? undefined : (await descriptions()).find(matches);
        if (hit) {
          description = { entity: listed(hit), made: false };
        } else {
          if (!begun) await this.journal.note({ step, key: { n: String(n) } });
          description = await this.api.ensure({
            known: empty,
            find: async () => {
              const found = (await this.api.list(list)).find(matches);
              return found ? listed(found) : null;
            },
            create: () => this.api.create(ny, this.descriptionFields(d, index, title)),
          });
        }
        this.made({
          step,
          made: {
            id: textOf(description.entity.json['systemID']) ?? description.entity.self,
            href: description.entity.self,
          },
        });
      }
      if ((textOf(description.entity.json['tittel']) ?? '').trim() !== title.trim()) {
        const reference = referenceOf(json);
        throw new ArchiveFailure(
          'conflict',
          `journalpost ${reference} has dokumentnummer ${n} "${String(description.entity.json['tittel'])}", not "${title}"`,
          { reason: 'document-mismatch', params: { reference } },
        );
      }
      await this.file(n, description, d, sum);
      this.made({
        step,
        made: { id: textOf(description.entity.json['systemID']) ?? description.entity.self },
        confirmed: true,
      });
    }
  }

  /**
   * The document's file under its dokumentbeskrivelse, confirmed; then the
   * description is F (not a draft of ours: it stays B, "under redigering").
   */
  private async file(n: number, description: Ensured, d: ArchiveDocument, sum: Sum): Promise<void> {
    const desc = description.entity.json;
    const step = `object:${n}`;
    const entry = this.journal.get(step);
    const mimeType = d.mimeType.trim() || 'application/octet-stream';
    const list = requireHref(desc, 'arkivstruktur/dokumentobjekt/');
    const ny = requireHref(desc, 'arkivstruktur/ny-dokumentobjekt/');
    let objekt: Entity | null = null;
    let landed: Json | null = entry?.confirmed === true ? desc : null;
    const start = this.uploaded;
    if (landed === null && entry?.made?.href !== undefined) {
      try {
        const o = await this.api.read(entry.made.href);
        if (confirms(o.json, sum)) landed = o.json;
        else if (!hasFile(o.json) && declares(o.json, sum)) objekt = o;
        else await this.api.remove(o);
      } catch (e) {
        // Gone: under a description of ours, another is made.
        if (!(e instanceof ArchiveFailure) || e.kind !== 'not-found') throw e;
      }
    } else if (landed === null && (!description.made || isBegun(entry))) {
      const objects = await this.api.list(list);
      landed = objects.find((o) => confirms(o, sum)) ?? null;
      for (const o of landed === null ? objects : []) {
        // One without its file that says what will be sent is used; the rest cannot be.
        if (objekt === null && !hasFile(o) && declares(o, sum)) objekt = listed(o);
        else await this.api.remove(listed(o));
      }
    }
    if (landed === null) {
      if (objekt === null) {
        const begun = entry !== undefined && entry.key !== undefined && entry.made === undefined;
        if (!begun) await this.journal.note({ step, key: { n: String(n) } });
        objekt = (
          await this.api.ensure({
            known: true,
            find: async () => {
              const hit = (await this.api.list(list)).find((o) => declares(o, sum));
              return hit ? listed(hit) : null;
            },
            create: () =>
              this.api.create(ny, {
                versjonsnummer: 1,
                variantformat: { kode: 'P' },
                filnavn: d.name,
                mimeType,
                filstoerrelse: sum.size,
                sjekksum: sum.hex,
                sjekksumAlgoritme: 'SHA-256',
              }),
          })
        ).entity;
        this.made({
          step,
          made: { id: textOf(objekt.json['systemID']) ?? objekt.self, href: objekt.self },
        });
      }
      landed = await uploadFile(this.api, {
        objekt,
        document: d,
        mimeType,
        size: sum.size,
        singleLimit: this.ctx.settings.singleLimit,
        chunkSize: this.ctx.settings.chunkSize,
        onBytes: (bytes) => {
          this.uploaded += bytes;
          this.report('documents');
        },
      });
      if (!confirms(landed, sum)) {
        throw new ArchiveFailure(
          'unknown',
          `${d.name}: the archive has ${String(landed['filstoerrelse'])} bytes with SHA-256 ${String(landed['sjekksum'])}, sent ${sum.size} bytes with ${sum.hex}`,
          { reason: 'checksum' },
        );
      }
    }
    this.uploaded = start + sum.size;
    if (entry?.confirmed !== true) {
      this.made({
        step,
        made: { id: textOf(landed['systemID']) ?? objekt?.self ?? '' },
        confirmed: true,
      });
    }
    if (d.draft !== true && kodeOf(desc['dokumentstatus']) === 'B') {
      await this.api.patch(
        description.entity,
        { dokumentstatus: { kode: 'F' } },
        (j) => kodeOf(j['dokumentstatus']) === 'F',
      );
    }
    this.report('documents');
  }

  // ------------------------------------------------------------ cleaning up

  /**
   * Remove what this attempt made (the record, then the case) and undo the
   * journal's steps, so that the next attempt starts afresh with the form's
   * choice; say so in the failure.
   */
  private async cleanUp(failure: ArchiveFailure): Promise<ArchiveFailure> {
    const notes: string[] = [];
    const made: [string, Entity | null][] = [
      ['journalpost', this.madeRecord],
      ['saksmappe', this.madeCase],
    ];
    const gone = new Set<string>();
    for (const [what, entity] of made) {
      if (entity === null) continue;
      try {
        await this.api.remove(entity);
        gone.add(what);
        notes.push(`removed the ${what} this attempt had made`);
      } catch (e) {
        notes.push(`could not remove the ${what} (${e instanceof Error ? e.message : String(e)})`);
      }
    }
    // The journal starts afresh only when nothing it says was made is left.
    const left =
      (this.journal.get('record')?.made !== undefined && !gone.has('journalpost')) ||
      (this.journal.get('case')?.made !== undefined && !gone.has('saksmappe'));
    if (!left) {
      try {
        const steps = stepNames(this.documents.length).filter((s) => this.journal.get(s));
        for (const [i, step] of steps.entries()) {
          if (i < steps.length - 1 && this.journal.defer) this.journal.defer({ step });
          else await this.journal.note({ step });
        }
      } catch (e) {
        notes.push(`could not undo the journal (${e instanceof Error ? e.message : String(e)})`);
      }
    }
    return notes.length > 0 ? failure.withDetail(notes.join('; ')) : failure;
  }
}
