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
 *                 recipient (./parties.ts)
 *   documents     (./documents.ts) "document:<n>": a dokumentbeskrivelse (H, then V),
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
import { isBegun } from '../../../core/archive/journal';
import type { JournalEntry } from '../../../core/archive/journal';
import type {
  ArchiveDocument,
  ArchiveParty,
  FilingOutcome,
  FilingProgress,
  FilingRequest,
} from '../../../core/ports';
import { ArchiveFailure } from '../errors';
import type { ArchiveFailureKind } from '../errors';
import { Progress } from '../progress';
import { odataString } from '../../odata';
import { href, kodeOf, listed, requireHref, textOf } from './api';
import type { Entity, Json, NoarkApi } from './api';
import { DocumentSteps } from './documents';
import { fileParties } from './parties';
import { fingerprintSystem, newestFirst, referenceOf, sameInstant, toCase } from './records';
import { Screening } from './screen';
import type { Restriction } from './screen';
import { isMain, noteMade, readMade } from './steps';
import type { FilingContext, Step } from './steps';

/** Failures repeating cannot cure: what this attempt made is removed. */
const FINAL: ReadonlySet<ArchiveFailureKind> = new Set([
  'bad-request',
  'too-large',
  'forbidden',
  'not-found',
  'conflict',
]);

/** The steps of a filing of `documents` documents, in the order they are taken. */
function stepNames(documents: number): string[] {
  const names = ['case', 'record', 'external-id', 'fingerprint', 'parties'];
  for (let n = 1; n <= documents; n++) names.push(`document:${n}`, `object:${n}`);
  return names;
}

export class Filing {
  private madeCase: Entity | null = null;
  private madeRecord: Entity | null = null;
  private readonly date: string | null;
  private readonly screening: Screening;
  private readonly progress: Progress;
  private readonly documentSteps: DocumentSteps;

  constructor(
    private readonly ctx: FilingContext,
    private readonly r: FilingRequest,
    restriction: Restriction | null,
    /** The main document first, then the attachments. */
    private readonly documents: readonly ArchiveDocument[],
    onProgress?: (p: FilingProgress) => void,
  ) {
    this.screening = new Screening(restriction);
    this.progress = new Progress(
      documents.reduce((n, d) => n + d.size, 0),
      onProgress,
    );
    this.documentSteps = new DocumentSteps(ctx, r, this.screening, documents, this.progress);
    const ms = Date.parse(r.date);
    this.date = Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }

  private get api(): NoarkApi {
    return this.ctx.api;
  }

  private get journal(): FilingContext['journal'] {
    return this.ctx.journal;
  }

  /** Record an entry of what was made: with the next write where the journal can wait. */
  private made(entry: JournalEntry): void {
    noteMade(this.journal, entry);
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
    this.progress.report(step);
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
    await fileParties(this.ctx, this.r, record);
    this.report('documents');
    await this.documentSteps.run(record);
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
  private readMade(entry: JournalEntry, what: string): Promise<Entity> {
    return readMade(this.api, entry, what);
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
      sentBefore ?? textOf(template['saksdato']) ?? this.ctx.settings.clock.now().toISOString();
    const caseTitle = key?.['title'] ?? title;
    const pub = this.screening.screen(caseTitle);
    const body: Json = {
      ...template,
      tittel: caseTitle,
      offentligTittel: pub.text,
      saksdato,
      ...(this.screening.restriction !== null && pub.screened
        ? { skjerming: this.screening.skjerming(['TMO']) }
        : {}),
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
    const pub = this.screening.screen(r.title);
    const metadata: string[] = [];
    if (pub.screened) metadata.push('TRO');
    const screenedParty = (role: ArchiveParty['role']): boolean =>
      r.parties.some((p) => p.role === role && this.screening.partyScreened(p));
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
      antallVedlegg: this.documents.filter((d, i) => !isMain(d, i)).length,
      ...(this.screening.restriction !== null
        ? { skjerming: this.screening.skjerming(metadata) }
        : {}),
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

  // ------------------------------------------------------------ external ids

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
