/**
 * One filing of one message into a Noark 5 archive, step by step, each step
 * "find it or make it" so that a filing that stopped half-way continues
 * where it stopped and never makes a record twice:
 *
 *   case          the chosen saksmappe, or a new one (ny-saksmappe)
 *   record        the journalpost (ny-journalpost) with skjerming
 *   external id   the Message-ID (ny-eksternId, where the archive offers it)
 *   parties       a korrespondansepart for the sender and each recipient
 *   documents     per document a dokumentbeskrivelse (H, then V) with
 *                 dokumentstatus B, its dokumentobjekt declaring size and
 *                 SHA-256, the file, and — once the archive has confirmed
 *                 the file — dokumentstatus F
 *
 * A record is complete when every document is F. A failure that repeating
 * may cure (the connection, a timeout, 429/503, signing in) leaves what was
 * made for the next attempt; one that it cannot (the archive refused the
 * request) removes what this attempt made.
 */
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
  /** Cases made for a message whose filing has not finished (Message-ID → href). */
  readonly madeCases: Map<string, string>;
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

/** Every document is there and finished (F): nothing left to file. */
export function isComplete(record: Json, documents: readonly Json[], expected = 0): boolean {
  const role = (d: Json): string | null => kodeOf(d['tilknyttetRegistreringSom']);
  if (!documents.some((d) => role(d) === 'H')) return false;
  const attachments = documents.filter((d) => role(d) === 'V').length;
  if (attachments < (numberOf(record['antallVedlegg']) ?? 0)) return false;
  if (documents.length < expected) return false;
  return documents.every((d) => kodeOf(d['dokumentstatus']) !== 'B');
}

function sameInstant(value: unknown, iso: string): boolean {
  return typeof value === 'string' && Date.parse(value) === Date.parse(iso);
}

function hasFile(objekt: Json): boolean {
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

  /** File it; `found` is the record an earlier attempt made (by its external id). */
  async run(found: Entity | null): Promise<FilingOutcome> {
    try {
      const outcome = await this.steps(found);
      this.ctx.madeCases.delete(this.r.messageId);
      return outcome;
    } catch (e) {
      if (e instanceof ArchiveFailure && FINAL.has(e.kind) && e.reason !== 'document-mismatch') {
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
    const theCase: Step = found
      ? {
          entity: await this.api.read(requireHref(found.json, 'arkivstruktur/mappe/')),
          fresh: false,
        }
      : await this.theCase();
    this.report('record');
    const record: Step = found ? { entity: found, fresh: false } : await this.record(theCase);
    await this.externalId(record);
    await this.parties(record);
    this.report('documents');
    await this.files(record);
    return {
      kind: 'filed',
      reference: referenceOf(record.entity.json),
      case: toCase(theCase.entity.json),
    };
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
      return { entity: await this.ctx.existingCase(this.r.case.case.id), fresh: false };
    }
    const remembered = this.ctx.madeCases.get(this.r.messageId);
    if (remembered !== undefined) {
      try {
        this.madeCase = await this.api.read(remembered);
        return { entity: this.madeCase, fresh: false };
      } catch (e) {
        if (!(e instanceof ArchiveFailure) || e.kind !== 'not-found') throw e;
        this.ctx.madeCases.delete(this.r.messageId);
      }
    }
    return this.newCase(this.r.case.title);
  }

  private async newCase(title: string): Promise<Step> {
    const arkivdel = await this.ctx.arkivdel();
    const ny = requireHref(arkivdel.json, 'sakarkiv/ny-saksmappe/');
    const template = await this.api.template(ny);
    const saksdato = textOf(template['saksdato']) ?? this.ctx.settings.now().toISOString();
    const pub = this.screen(title);
    const body: Json = {
      ...template,
      tittel: title,
      offentligTittel: pub.text,
      saksdato,
      ...(this.restriction !== null && pub.screened ? { skjerming: this.skjerming(['TMO']) } : {}),
    };
    const list = href(arkivdel.json, 'sakarkiv/saksmappe/');
    const { entity } = await this.api.ensure({
      known: true,
      find: async () => {
        if (list === null) return null;
        const same = await this.api.list(list, { $filter: `tittel eq ${odataString(title)}` });
        const hit = same.find((j) => sameInstant(j['saksdato'], saksdato));
        return hit ? listed(hit) : null;
      },
      create: () => this.api.create(ny, body),
    });
    this.madeCase = entity;
    this.ctx.madeCases.set(this.r.messageId, entity.self);
    return { entity, fresh: true };
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
    const ids = href(record, 'arkivstruktur/eksternId/');
    if (ids !== null) {
      const marks = (await this.api.list(ids)).map((j) => textOf(j['eksternID']));
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
    const { entity, made } = await this.api.ensure({
      known: theCase.fresh,
      find: () => this.findRecord(list),
      create: () => this.api.create(ny, body),
    });
    if (made) this.madeRecord = entity;
    return { entity, fresh: made };
  }

  // ------------------------------------------------------------ external id, parties

  /** Find one of a list's items, or make it. */
  private async child(
    record: Step,
    list: string | null,
    matches: (j: Json) => boolean,
    create: () => Promise<Entity>,
    known: readonly Json[] | null,
  ): Promise<Ensured> {
    const find = async (): Promise<Entity | null> => {
      const hit = list === null ? undefined : (await this.api.list(list)).find(matches);
      return hit ? listed(hit) : null;
    };
    if (known !== null) {
      const hit = known.find(matches);
      if (hit) return { entity: listed(hit), made: false };
    }
    return this.api.ensure({ known: record.fresh || known !== null, find, create });
  }

  private async externalId(record: Step): Promise<void> {
    const ny = href(record.entity.json, 'arkivstruktur/ny-eksternId/');
    if (ny === null) return;
    const id = this.r.messageId;
    await this.child(
      record,
      href(record.entity.json, 'arkivstruktur/eksternId/'),
      (j) => textOf(j['eksternID']) === id,
      () => this.api.create(ny, { eksternID: id, eksternSystem: this.ctx.settings.externalSystem }),
      null,
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
    const list = href(record.entity.json, 'arkivstruktur/korrespondansepart/');
    const known = record.fresh || list === null ? [] : await this.api.list(list);
    const made: Json[] = [];
    for (const p of this.r.parties) {
      const plan = this.party(record.entity.json, p);
      if (made.some(plan.matches)) continue;
      const { entity } = await this.child(
        record,
        list,
        plan.matches,
        () => this.api.create(plan.href, plan.body),
        known,
      );
      made.push(entity.json);
    }
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
    const known = record.fresh ? [] : await this.api.list(list);
    for (const [index, d] of this.documents.entries()) {
      const title = this.isMain(d, index) ? this.r.title : d.name;
      const sum = await sha256OfDocument(d);
      const description = await this.child(
        record,
        list,
        (j) => numberOf(j['dokumentnummer']) === index + 1,
        () => this.api.create(ny, this.descriptionFields(d, index, title)),
        known,
      );
      if ((textOf(description.entity.json['tittel']) ?? '').trim() !== title.trim()) {
        const reference = referenceOf(json);
        throw new ArchiveFailure(
          'conflict',
          `journalpost ${reference} has dokumentnummer ${index + 1} "${String(description.entity.json['tittel'])}", not "${title}"`,
          { reason: 'document-mismatch', params: { reference } },
        );
      }
      await this.file(description, d, sum);
    }
  }

  /** The document's file under its dokumentbeskrivelse, confirmed; then the description is F. */
  private async file(description: Ensured, d: ArchiveDocument, sum: Sum): Promise<void> {
    const desc = description.entity.json;
    const mimeType = d.mimeType.trim() || 'application/octet-stream';
    const list = requireHref(desc, 'arkivstruktur/dokumentobjekt/');
    const ny = requireHref(desc, 'arkivstruktur/ny-dokumentobjekt/');
    let objekt: Entity | null = null;
    let landed: Json | null = null;
    if (!description.made) {
      const objects = await this.api.list(list);
      landed = objects.find((o) => confirms(o, sum)) ?? null;
      for (const o of landed === null ? objects : []) {
        // One without its file that says what will be sent is used; the rest cannot be.
        if (objekt === null && !hasFile(o) && declares(o, sum)) objekt = listed(o);
        else await this.api.remove(listed(o));
      }
    }
    const start = this.uploaded;
    if (landed === null) {
      objekt ??= (
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
      landed = await uploadFile(this.api, {
        objekt,
        document: d,
        mimeType,
        size: sum.size,
        singleLimit: this.ctx.settings.singleLimit,
        chunkSize: this.ctx.settings.chunkSize,
        onBytes: (n) => {
          this.uploaded += n;
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
    if (kodeOf(desc['dokumentstatus']) === 'B') {
      await this.api.patch(
        description.entity,
        { dokumentstatus: { kode: 'F' } },
        (j) => kodeOf(j['dokumentstatus']) === 'F',
      );
    }
    this.report('documents');
  }

  // ------------------------------------------------------------ cleaning up

  /** Remove what this attempt made (the record, then the case); say so in the failure. */
  private async cleanUp(failure: ArchiveFailure): Promise<ArchiveFailure> {
    const notes: string[] = [];
    const made: [string, Entity | null][] = [
      ['journalpost', this.madeRecord],
      ['saksmappe', this.madeCase],
    ];
    for (const [what, entity] of made) {
      if (entity === null) continue;
      try {
        await this.api.remove(entity);
        notes.push(`removed the ${what} this attempt had made`);
        if (what === 'saksmappe') this.ctx.madeCases.delete(this.r.messageId);
      } catch (e) {
        notes.push(`could not remove the ${what} (${e instanceof Error ? e.message : String(e)})`);
      }
    }
    return notes.length > 0 ? failure.withDetail(notes.join('; ')) : failure;
  }
}
