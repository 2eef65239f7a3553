/**
 * The documents of a Noark 5 filing: for each, a dokumentbeskrivelse (H,
 * then V) with dokumentstatus B, journaled as "document:<n>"; its
 * dokumentobjekt declaring size and SHA-256, journaled as "object:<n>";
 * the file (./upload.ts), confirmed by the archive; then dokumentstatus F —
 * except our own documents with draft markers, which stay B ("under
 * redigering") on purpose. What the journal says is confirmed is not sent
 * again; a dokumentobjekt without its file is used when it declares these
 * bytes, removed otherwise.
 */
import { isBegun } from '../../../core/archive/journal';
import type { FilingJournalPort } from '../../../core/archive/journal';
import type { ArchiveDocument, FilingRequest } from '../../../core/ports';
import { ArchiveFailure } from '../errors';
import type { Progress } from '../progress';
import { kodeOf, listed, numberOf, requireHref, textOf } from './api';
import type { Ensured, Entity, Json, NoarkApi } from './api';
import { confirms, declares, hasFile, referenceOf } from './records';
import type { Sum } from './records';
import type { Screening } from './screen';
import { sha256OfDocument } from './sha256';
import { isMain, noteMade, readMade } from './steps';
import type { FilingContext, Step } from './steps';
import { uploadFile } from './upload';

export class DocumentSteps {
  constructor(
    private readonly ctx: FilingContext,
    private readonly r: FilingRequest,
    private readonly screening: Screening,
    /** The main document first, then the attachments. */
    private readonly documents: readonly ArchiveDocument[],
    private readonly progress: Progress,
  ) {}

  private get api(): NoarkApi {
    return this.ctx.api;
  }

  private get journal(): FilingJournalPort {
    return this.ctx.journal;
  }

  private descriptionFields(d: ArchiveDocument, index: number, title: string): Json {
    const main = isMain(d, index);
    return {
      tittel: title,
      tilknyttetRegistreringSom: { kode: main ? 'H' : 'V' },
      dokumentnummer: index + 1,
      // B until the archive confirmed the file; F then, except a draft of ours.
      dokumentstatus: { kode: 'B' },
      ...(main ? { eksternReferanse: this.r.messageId } : {}),
      ...(this.screening.restriction !== null
        ? {
            skjerming: {
              ...this.screening.skjerming(this.screening.screen(title).screened ? ['TD'] : []),
              skjermingDokument: { kode: 'H' },
            },
          }
        : {}),
    };
  }

  /** Every document under the record, each with its file, confirmed. */
  async run(record: Step): Promise<void> {
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
        this.progress.at(this.progress.bytes + d.size);
        continue;
      }
      const title = isMain(d, index) ? this.r.title : d.name;
      const sum = await sha256OfDocument(d);
      let description: Ensured;
      if (entry?.made !== undefined) {
        description = {
          entity: await readMade(this.api, entry, 'dokumentbeskrivelse'),
          made: false,
        };
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
        noteMade(this.journal, {
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
      noteMade(this.journal, {
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
    const start = this.progress.bytes;
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
        noteMade(this.journal, {
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
        onBytes: (bytes) => this.progress.at(this.progress.bytes + bytes),
      });
      if (!confirms(landed, sum)) {
        throw new ArchiveFailure(
          'unknown',
          `${d.name}: the archive has ${String(landed['filstoerrelse'])} bytes with SHA-256 ${String(landed['sjekksum'])}, sent ${sum.size} bytes with ${sum.hex}`,
          { reason: 'checksum' },
        );
      }
    }
    this.progress.reset(start + sum.size);
    if (entry?.confirmed !== true) {
      noteMade(this.journal, {
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
    this.progress.report('documents');
  }
}
