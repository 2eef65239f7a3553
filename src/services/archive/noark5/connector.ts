/**
 * The Noark 5 Tjenestegrensesnitt archive connector (R5): cases searched by
 * number or title words, e-mail filed as a journalpost with its parties,
 * skjerming, the Message-ID as external id, and the .eml and attachments as
 * documents with their files, each confirmed by the archive's SHA-256.
 *
 * Everything is reached from the API root by `_links` relations; no path is
 * written here. Filing is in ./filing.ts (its parties in ./parties.ts, its
 * documents in ./documents.ts), the files in ./upload.ts, the HTTP
 * (token, Noark's JSON) in ./http.ts over the network layer in ../http.
 */
import type { Clock } from '../../../core/model';
import { MemoryJournal } from '../../../core/archive/journal';
import type { FilingJournalPort } from '../../../core/archive/journal';
import { parseCaseNumber } from '../../../core/archive/case-number';
import type {
  ArchiveCase,
  ArchiveConnector,
  FiledRecord,
  FilingOutcome,
  FilingProgress,
  FilingRequest,
} from '../../../core/ports';
import { policyOf } from '../../http';
import { odataString } from '../../odata';
import { NoarkApi, href, kodeOf, listed, numberOf, requireHref, textOf } from './api';
import type { Entity, Json } from './api';
import { ArchiveFailure } from '../errors';
import { Filing } from './filing';
import { fingerprintSystem, hasFile, isComplete, referenceOf, toCase } from './records';
import type { Restriction } from './screen';
import type { DocumentType } from './steps';
import { NoarkHttp } from './http';
import type { Fetch } from './http';

const MiB = 1024 * 1024;

export const NOARK5_DEFAULTS = {
  chunkSize: 4 * MiB,
  singleUploadLimit: 8 * MiB,
  timeoutMs: 30_000,
  maxRetries: 6,
  maxNetworkRetries: 2,
  maxDelayMs: 60_000,
  externalSystem: 'Arkivpost',
  /**
   * A caseworker registers: incoming "S" (saksbehandler har registrert
   * innkommet dokument), outgoing "E" (ekspedert: the e-mail is sent), a
   * note "F" (ferdigstilt fra saksbehandler). The records office journals.
   */
  journalstatus: { I: 'S', U: 'E', N: 'F' },
} as const;

export interface Noark5Options {
  /** The API root, e.g. https://archive.example.no/noark5v5/ */
  readonly baseUrl: string;
  /** An access token for the archive (sent as Bearer). */
  readonly token: () => Promise<string>;
  readonly fetch: Fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  /** The back-off's dice, a number in [0, 1]; Math.random by default. */
  readonly random?: () => number;
  /** Bytes a chunk of a large file; default 4 MiB (never above the archive's bulkgrense). */
  readonly chunkSize?: number;
  /** Files up to this size go in one request; default 8 MiB (never above bulkgrense). */
  readonly singleUploadLimit?: number;
  /** How long one request may take before it counts as lost; default 30 s (files get more). */
  readonly timeoutMs?: number;
  /** The arkivdel new cases go into, by systemID or title, where the archive has several. */
  readonly arkivdel?: string;
  /** 429/503 repeats (default 6) and repeats after a lost connection (default 2). */
  readonly maxRetries?: number;
  readonly maxNetworkRetries?: number;
  /** Upper bound of one wait, whatever Retry-After says; default 60 s. */
  readonly maxDelayMs?: number;
  /**
   * The organisation's access codes as this archive's tilgangsrestriksjon
   * codes ("U" → "13"), where they differ. Without it a code the archive
   * does not list is taken from the legal basis ("Offl. § 13 …" → "13").
   */
  readonly restrictionCodes?: Readonly<Record<string, string>>;
  /** journalstatus of a new record by document type (defaults above). */
  readonly journalstatus?: Partial<Readonly<Record<DocumentType, string>>>;
  /** eksternSystem of the external id; default "Arkivpost". */
  readonly externalSystem?: string;
  /** The saksdato of a new case, and what a Retry-After date is counted from. */
  readonly clock: Clock;
}

interface Discovery {
  readonly arkivstruktur: Json;
  readonly sakarkiv: Json;
  readonly metadata: Json | null;
  /** admin/system's bulkgrense: the largest file in one request. */
  readonly bulkgrense: number | null;
}

const MAX_WORDS = 6;
const SEARCH_RESULTS = '25';

function offlSection(basis: string): string | null {
  const m = /^\s*offl\.?\s*§\s*(\d+\s*[a-z]?)\b/i.exec(basis);
  return m ? (m[1] as string).replace(/\s+/g, '') : null;
}

/** Anything thrown that is not an ArchiveFailure becomes one (never a raw error for the user). */
async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof ArchiveFailure) throw e;
    throw new ArchiveFailure('unknown', e instanceof Error ? e.message : String(e));
  }
}

class Noark5Connector implements ArchiveConnector {
  readonly kind = 'noark5' as const;
  private readonly api: NoarkApi;
  private discovery: Promise<Discovery> | null = null;
  private codes: Promise<ReadonlySet<string> | null> | null = null;
  /** Journals of filings given none (a draft from compose): a retry here takes them up. */
  private readonly journals = new Map<string, MemoryJournal>();

  constructor(private readonly o: Noark5Options) {
    const http = new NoarkHttp(o.token, policyOf(o.fetch, o, NOARK5_DEFAULTS));
    this.api = new NoarkApi(http);
  }

  // ------------------------------------------------------------ the root

  private discover(): Promise<Discovery> {
    this.discovery ??= this.load().catch((e: unknown) => {
      this.discovery = null;
      throw e;
    });
    return this.discovery;
  }

  private async load(): Promise<Discovery> {
    let root: Json;
    try {
      root = (await this.api.read(this.o.baseUrl)).json;
    } catch (e) {
      if (e instanceof ArchiveFailure && (e.kind === 'unknown' || e.kind === 'not-found')) {
        throw new ArchiveFailure('not-found', e.detail, { status: e.status, reason: 'not-noark' });
      }
      throw e;
    }
    const links = root['_links'];
    if (typeof links !== 'object' || links === null) {
      throw new ArchiveFailure('not-found', `${this.o.baseUrl} has no _links`, {
        reason: 'not-noark',
      });
    }
    const arkivstruktur = href(root, 'arkivstruktur/');
    const sakarkiv = href(root, 'sakarkiv/');
    if (arkivstruktur === null || sakarkiv === null) {
      // The standard lets anyone read the root; the rest is announced to those signed in.
      if (Object.keys(links).every((k) => k === 'self')) {
        throw new ArchiveFailure('auth', `${this.o.baseUrl} announces nothing: not signed in`);
      }
      requireHref(root, arkivstruktur === null ? 'arkivstruktur/' : 'sakarkiv/');
    }
    const metadata = href(root, 'metadata/');
    const system = href(root, 'admin/system/');
    const [a, s, m, sys] = await Promise.all([
      this.api.read(arkivstruktur as string),
      this.api.read(sakarkiv as string),
      metadata !== null ? this.api.read(metadata) : null,
      system !== null ? this.api.read(system).catch(() => null) : null,
    ]);
    const bulkgrense = sys !== null ? numberOf(sys.json['bulkgrense']) : null;
    return {
      arkivstruktur: a.json,
      sakarkiv: s.json,
      metadata: m?.json ?? null,
      bulkgrense: bulkgrense !== null && bulkgrense > 0 ? bulkgrense : null,
    };
  }

  // ------------------------------------------------------------ cases

  async searchCases(query: string): Promise<readonly ArchiveCase[]> {
    return guard(async () => {
      const q = query.replace(/\s+/g, ' ').trim();
      if (q === '') return [];
      const d = await this.discover();
      const list = requireHref(d.sakarkiv, 'sakarkiv/saksmappe/');
      const number = parseCaseNumber(q);
      const filter = number
        ? `saksaar eq ${number.year} and sakssekvensnummer eq ${number.seq}`
        : q
            .split(' ')
            .slice(0, MAX_WORDS)
            .map((w) => `contains(tittel,${odataString(w)})`)
            .join(' and ');
      const results = await this.api.list(
        list,
        { $filter: filter, $orderby: 'saksaar desc,sakssekvensnummer desc', $top: SEARCH_RESULTS },
        1,
      );
      return results.map(toCase);
    });
  }

  private async existingCase(id: string): Promise<Entity> {
    const d = await this.discover();
    const list = requireHref(d.sakarkiv, 'sakarkiv/saksmappe/');
    const [hit] = await this.api.list(list, { $filter: `systemID eq ${odataString(id)}` }, 1);
    if (hit === undefined) {
      throw new ArchiveFailure('not-found', `no saksmappe with systemID ${id}`);
    }
    return listed(hit);
  }

  /** The arkivdel new cases go into: the configured one, the only one, or the only active one. */
  private async arkivdel(): Promise<Entity> {
    const d = await this.discover();
    const all = await this.api.list(requireHref(d.arkivstruktur, 'arkivstruktur/arkivdel/'));
    const wanted = this.o.arkivdel?.trim().toLowerCase();
    const chosen =
      wanted !== undefined && wanted !== ''
        ? all.filter(
            (j) =>
              textOf(j['systemID'])?.toLowerCase() === wanted ||
              textOf(j['tittel'])?.trim().toLowerCase() === wanted,
          )
        : all.length > 1
          ? all.filter((j) => kodeOf(j['arkivdelstatus']) === 'A')
          : all;
    if (chosen.length !== 1) {
      throw new ArchiveFailure(
        'bad-request',
        `arkivdel: ${all.length} in the archive, ${chosen.length} chosen by ${this.o.arkivdel ?? '(none configured)'}`,
        { reason: 'arkivdel' },
      );
    }
    return listed(chosen[0] as Json);
  }

  // ------------------------------------------------------------ restrictions

  /** The archive's tilgangsrestriksjon codes, or null where it does not list them. */
  private tilgangskoder(d: Discovery): Promise<ReadonlySet<string> | null> {
    this.codes ??= (async () => {
      const list = d.metadata !== null ? href(d.metadata, 'metadata/tilgangsrestriksjon/') : null;
      if (list === null) return null;
      const codes = await this.api.list(list);
      return new Set(codes.map((c) => textOf(c['kode'])).filter((c): c is string => c !== null));
    })().catch((e: unknown) => {
      this.codes = null;
      throw e;
    });
    return this.codes;
  }

  private async restrictionFor(
    d: Discovery,
    r: NonNullable<FilingRequest['restriction']>,
  ): Promise<Restriction> {
    const words = r.screenedWords ?? [];
    const mapped = this.o.restrictionCodes?.[r.code];
    const codes = await this.tilgangskoder(d);
    if (codes === null) return { kode: mapped ?? r.code, basis: r.basis, words };
    const candidates = [mapped, r.code, offlSection(r.basis)];
    const kode = candidates.find((c): c is string => c !== undefined && c !== null && codes.has(c));
    if (kode === undefined) {
      throw new ArchiveFailure(
        'bad-request',
        `tilgangsrestriksjon "${r.code}" (${r.basis}) is not in the archive's list: ${[...codes].join(', ')}`,
        { reason: 'restriction-code', params: { restriction: r.code } },
      );
    }
    return { kode, basis: r.basis, words };
  }

  // ------------------------------------------------------------ filed before?

  /** The record filed with this external id (eksternId where offered, else eksternReferanse). */
  private async locate(d: Discovery, messageId: string): Promise<Entity | null> {
    const records = href(d.sakarkiv, 'sakarkiv/journalpost/');
    if (records !== null && href(d.arkivstruktur, 'arkivstruktur/eksternId/') !== null) {
      try {
        const [hit] = await this.api.list(
          records,
          { $filter: `eksternId/eksternID eq ${odataString(messageId)}` },
          1,
        );
        if (hit !== undefined) return listed(hit);
      } catch (e) {
        // An archive that cannot filter on it: look at eksternReferanse.
        if (!(e instanceof ArchiveFailure) || e.kind !== 'bad-request') throw e;
      }
    }
    const descriptions = href(d.arkivstruktur, 'arkivstruktur/dokumentbeskrivelse/');
    if (descriptions === null) return null;
    const docs = await this.api.list(
      descriptions,
      { $filter: `eksternReferanse eq ${odataString(messageId)}` },
      1,
    );
    for (const doc of docs) {
      const up = href(doc, 'arkivstruktur/registrering/');
      if (up === null) continue;
      const [record] = await this.api.list(up, {}, 1);
      if (record !== undefined) return listed(record);
    }
    return null;
  }

  private async documentsOf(record: Entity): Promise<Json[]> {
    const list = href(record.json, 'arkivstruktur/dokumentbeskrivelse/');
    return list === null ? [] : this.api.list(list);
  }

  /**
   * Every document there and finished: F, or B (a draft of ours, filed
   * "under redigering" on purpose) with its file.
   */
  private async complete(record: Entity, expected = 0): Promise<boolean> {
    const docs = await this.documentsOf(record);
    const withFile = new Set<Json>();
    for (const d of docs) {
      if (kodeOf(d['dokumentstatus']) !== 'B') continue;
      const objects = href(d, 'arkivstruktur/dokumentobjekt/');
      if (objects !== null && (await this.api.list(objects)).some(hasFile)) withFile.add(d);
    }
    return isComplete(record.json, docs, expected, (d) => withFile.has(d));
  }

  private get externalSystem(): string {
    return this.o.externalSystem ?? NOARK5_DEFAULTS.externalSystem;
  }

  /** The fingerprint kept with a record (a second eksternId), or null. */
  private async fingerprintOf(record: Entity): Promise<string | null> {
    const list = href(record.json, 'arkivstruktur/eksternId/');
    if (list === null) return null;
    const system = fingerprintSystem(this.externalSystem);
    const hit = (await this.api.list(list)).find((j) => textOf(j['eksternSystem']) === system);
    return hit ? textOf(hit['eksternID']) : null;
  }

  async findFiled(messageId: string): Promise<FiledRecord | null> {
    return guard(async () => {
      const record = await this.locate(await this.discover(), messageId);
      if (record === null || !(await this.complete(record))) return null;
      return { reference: referenceOf(record.json), fingerprint: await this.fingerprintOf(record) };
    });
  }

  // ------------------------------------------------------------ filing

  async file(
    request: FilingRequest,
    onProgress?: (p: FilingProgress) => void,
    journal?: FilingJournalPort,
  ): Promise<FilingOutcome> {
    return guard(async () => {
      const d = await this.discover();
      const restriction =
        request.restriction !== undefined
          ? await this.restrictionFor(d, request.restriction)
          : null;
      // The .eml first, then the attachments; an empty file has nothing to keep (the .eml has it).
      const documents = [
        ...request.documents.filter((x) => x.role === 'main'),
        ...request.documents.filter((x) => x.role !== 'main'),
      ].filter((x) => x.size > 0);
      let memory: MemoryJournal | undefined;
      if (journal === undefined) {
        memory = this.journals.get(request.messageId) ?? new MemoryJournal();
        this.journals.set(request.messageId, memory);
      }
      const steps = journal ?? (memory as MemoryJournal);
      // A record the journal knows is taken up from there; otherwise, one
      // under this external id (filed from another mailbox, or before journals).
      let found: Entity | null = null;
      if (steps.get('record')?.made === undefined) {
        found = await this.locate(d, request.messageId);
        if (found !== null) {
          const theirs = request.fingerprint !== undefined ? await this.fingerprintOf(found) : null;
          if (theirs !== null && theirs !== request.fingerprint) {
            throw new ArchiveFailure(
              'conflict',
              `journalpost ${referenceOf(found.json)} carries ${request.messageId} with another fingerprint`,
              { reason: 'identity-taken', params: { reference: referenceOf(found.json) } },
            );
          }
          if (await this.complete(found, documents.length)) {
            this.journals.delete(request.messageId);
            return { kind: 'already-filed', reference: referenceOf(found.json) };
          }
        }
      }
      const limit = Math.min(
        this.o.singleUploadLimit ?? NOARK5_DEFAULTS.singleUploadLimit,
        d.bulkgrense ?? Infinity,
      );
      const chunkSize = Math.max(
        1,
        Math.min(this.o.chunkSize ?? NOARK5_DEFAULTS.chunkSize, d.bulkgrense ?? Infinity),
      );
      const filing = new Filing(
        {
          api: this.api,
          settings: {
            chunkSize,
            singleLimit: limit,
            externalSystem: this.externalSystem,
            journalstatus: { ...NOARK5_DEFAULTS.journalstatus, ...this.o.journalstatus },
            clock: this.o.clock,
          },
          arkivdel: () => this.arkivdel(),
          existingCase: (id) => this.existingCase(id),
          journal: steps,
        },
        request,
        restriction,
        documents,
        onProgress,
      );
      const outcome = await filing.run(found);
      this.journals.delete(request.messageId);
      return outcome;
    });
  }
}

/** A Noark 5 connector for the archive at `baseUrl`. */
export function createNoark5Connector(options: Noark5Options): ArchiveConnector {
  return new Noark5Connector(options);
}
