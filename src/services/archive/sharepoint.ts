/**
 * The SharePoint archive connector (R26): a document library reached through
 * Microsoft Graph, a folder per case, the e-mail (.eml) and its attachments
 * as files in it, and what the archive needs to know about each in the
 * library's columns.
 *
 *   case        a folder in the library's root, "2026-123 Bygglov Storgatan 1",
 *               its number also in the column ArkivpostCaseNumber
 *   record      one document number in the case for the message: its files are
 *               "2026-123-4 Søknad.eml", "2026-123-4 vedlegg.pdf"; reference 2026/123-4
 *   files       one PUT up to 4 MiB, an upload session above (ranges of 10 × 320 KiB),
 *               each confirmed by the size and QuickXorHash the library answers
 *   metadata    case and document number, document type, restriction, sender,
 *               date and Message-ID on every file; on the .eml last, the number of
 *               attachments, which makes the record complete
 *
 * Numbers are claimed, not assumed: a new case's folder is made under a
 * name of its own ("Arkivpost k3j9x1q2", written in the filing journal
 * first), then renamed to its number with conflictBehavior fail (a 409
 * takes the next number); two folders or records that got the same number
 * by different names are told apart by their list item ids, which
 * SharePoint hands out in order: the later one moves to the next number.
 * The journal (core/archive/journal) records each step before and after:
 * a retry from any pane finds the folder it made by that name or id, never
 * makes a second one, and a lookup that fails stops the filing instead of
 * counting as "not there". Without a journal from the caller the connector
 * keeps one in memory per Message-ID. A retry also finds what this message
 * has already (by its Message-ID and fingerprint, or by its .eml's bytes)
 * and uploads only what is missing, resuming an upload session where the
 * library says it stopped.
 */
import type { FilingJournalPort, JournalEntry } from '../../core/archive/journal';
import { restrictionText } from '../../core/archive/restrictions';
import {
  formatCaseNumber,
  normaliseCaseNumber,
  parseCaseNumber,
} from '../../core/archive/case-number';
import { safeFileName, safeFileNameOf } from '../../core/archive/file-name';
import type {
  ArchiveCase,
  ArchiveConnector,
  ArchiveDocument,
  FiledRecord,
  FilingOutcome,
  FilingProgress,
  FilingRequest,
} from '../../core/ports';
import type { GraphClient } from '../graph/client';
import { GraphFailure } from '../graph/errors';
import { sessionStands, uploadToSession } from '../graph/upload';
import { ArchiveFailure, kindOf } from './errors';
import { quickXorOf } from './quickxor';
import { changed, whole } from './upload';

const KiB = 1024;
const MiB = 1024 * KiB;
/** Graph takes every range but the last in multiples of this. */
const RANGE_UNIT = 320 * KiB;

export const SHAREPOINT_DEFAULTS = {
  /** Graph's simple upload: one PUT of up to 4 MiB. */
  simpleUploadLimit: 4 * MiB,
  rangeSize: 10 * RANGE_UNIT,
  searchResults: 25,
} as const;

/** The library's columns the connector writes, by internal name. */
export const SHAREPOINT_COLUMNS = {
  caseNumber: 'ArkivpostCaseNumber',
  documentNumber: 'ArkivpostDocumentNumber',
  documentType: 'ArkivpostDocumentType',
  restriction: 'ArkivpostRestriction',
  sender: 'ArkivpostSender',
  received: 'ArkivpostReceived',
  messageId: 'ArkivpostMessageId',
  attachments: 'ArkivpostAttachments',
  /** Optional: the message's fingerprint, on the .eml (a library without it files without). */
  fingerprint: 'ArkivpostFingerprint',
} as const;

const C = SHAREPOINT_COLUMNS;
/** Columns a library may lack: what they would hold is then not kept. */
const OPTIONAL_COLUMNS: readonly string[] = [C.fingerprint];
const PREFER_NON_INDEXED = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
/** How many numbers a claim tries before it gives up (someone else is taking them all). */
const MAX_CLAIMS = 50;
const MAX_TEXT = 255;
const MAX_STEM = 100;

export interface SharePointOptions {
  readonly graph: GraphClient;
  /** The site as Graph addresses it: host name and path, mellerud.sharepoint.com:/sites/diarium. */
  readonly site: string;
  /** The document library by its name, "Ärenden". */
  readonly library: string;
  readonly now?: () => Date;
  /** Files up to this size go in one PUT; default 4 MiB. */
  readonly simpleUploadLimit?: number;
  /** Bytes a range of an upload session: a multiple of 320 KiB; default 10 × 320 KiB. */
  readonly rangeSize?: number;
}

// ---------------------------------------------------------------- Graph's shapes

interface DriveItem {
  readonly id: string;
  readonly name: string;
  readonly size?: number;
  readonly eTag?: string;
  readonly file?: { readonly hashes?: { readonly quickXorHash?: string } };
  readonly folder?: object;
  readonly parentReference?: { readonly id?: string };
  readonly sharepointIds?: { readonly listItemId?: string };
}

type Fields = Readonly<Record<string, unknown>>;

interface ListItem {
  readonly id: string;
  readonly eTag?: string;
  readonly fields?: Fields;
  readonly driveItem?: DriveItem;
}

interface Page<T> {
  readonly value: T[];
  readonly '@odata.nextLink'?: string;
}

interface Library {
  readonly driveId: string;
  readonly siteId: string;
  readonly listId: string;
  readonly rootId: string;
  /** The library has the fingerprint column. */
  readonly fingerprint: boolean;
}

/** A case folder as filing uses it. */
interface CaseFolder {
  readonly id: string;
  readonly year: number;
  readonly seq: number;
  readonly title: string;
}

// ---------------------------------------------------------------- names and numbers

/** A case folder's name: "2026-123 Bygglov Storgatan 1". */
const CASE_FOLDER = /^(\d{4})-(\d{1,9})(?: (.*))?$/;
/** "2026-123-4 Søknad.eml" from "Søknad.eml": the prefix, the safe stem, the safe extension. */
function fileName(prefix: string, original: string): string {
  return safeFileNameOf(original, { prefix, max: MAX_STEM });
}

function caseFolderName(year: number, seq: number, title: string): string {
  return safeFileName(title, '', { prefix: `${year}-${seq}`, max: MAX_STEM });
}

function caseNumber(c: Pick<CaseFolder, 'year' | 'seq'>): string {
  return `${c.year}/${c.seq}`;
}

function reference(c: CaseFolder, doc: number): string {
  return `${caseNumber(c)}-${doc}`;
}

/** The number of a record's file in this case ("2026-123-4 …" → 4), or null. */
function documentNumberOf(c: CaseFolder, name: string): number | null {
  const prefix = `${c.year}-${c.seq}-`;
  if (!name.startsWith(prefix)) return null;
  const m = /^(\d{1,9})(?=[ .]|$)/.exec(name.slice(prefix.length));
  return m ? Number(m[1]) : null;
}

function caseFolderNumber(year: number, name: string): number | null {
  const m = CASE_FOLDER.exec(name);
  return m && Number(m[1]) === year ? Number(m[2]) : null;
}

const odataString = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const enc = encodeURIComponent;

function listItemIdOf(item: DriveItem): number {
  return Number(item.sharepointIds?.listItemId ?? Infinity);
}

function hashOf(item: DriveItem): string | null {
  return item.file?.hashes?.quickXorHash ?? null;
}

function text(v: string): string {
  return v.length > MAX_TEXT ? v.slice(0, MAX_TEXT) : v;
}

// ---------------------------------------------------------------- failures

function fromGraph(e: GraphFailure): ArchiveFailure {
  const kind = e.status > 0 ? kindOf(e.status) : e.kind;
  const id = e.requestId !== null ? ` (request-id ${e.requestId})` : '';
  return new ArchiveFailure(kind, `Graph ${e.status} ${e.code}: ${e.message}${id}`, {
    status: e.status,
  });
}

/** Anything thrown becomes an ArchiveFailure (never a raw error for the user). */
async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof ArchiveFailure) throw e;
    if (e instanceof GraphFailure) throw fromGraph(e);
    throw new ArchiveFailure('unknown', e instanceof Error ? e.message : String(e));
  }
}

function is(e: unknown, ...statuses: number[]): e is GraphFailure {
  return e instanceof GraphFailure && statuses.includes(e.status);
}

function notThere(what: string, detail: string): ArchiveFailure {
  return new ArchiveFailure('not-found', detail, { reason: 'library', params: { what } });
}

// ---------------------------------------------------------------- the connector

class SharePointConnector implements ArchiveConnector {
  readonly kind = 'sharepoint' as const;
  readonly graph: GraphClient;
  private library: Promise<Library> | null = null;
  /** Journals of filings given none by the caller, by Message-ID: a retry from this pane resumes. */
  private readonly journals = new Map<string, FilingJournalPort>();
  /** Upload sessions under way (folder id and file name → upload URL). */
  readonly sessions = new Map<string, string>();
  readonly settings: {
    readonly simpleUploadLimit: number;
    readonly rangeSize: number;
    readonly now: () => Date;
  };

  constructor(private readonly o: SharePointOptions) {
    this.graph = o.graph;
    const range = o.rangeSize ?? SHAREPOINT_DEFAULTS.rangeSize;
    this.settings = {
      simpleUploadLimit: o.simpleUploadLimit ?? SHAREPOINT_DEFAULTS.simpleUploadLimit,
      // Graph wants every range but the last in multiples of 320 KiB.
      rangeSize: Math.max(RANGE_UNIT, range - (range % RANGE_UNIT)),
      now: o.now ?? (() => new Date()),
    };
  }

  async get<T>(path: string, headers?: Record<string, string>): Promise<T> {
    return (await this.graph.request<T>('GET', path, headers ? { headers } : {})).value;
  }

  /** Every page of a collection, following @odata.nextLink. */
  async all<T>(path: string, headers?: Record<string, string>): Promise<T[]> {
    const out: T[] = [];
    for (let next: string | undefined = path; next !== undefined;) {
      const page: Page<T> = await this.get<Page<T>>(next, headers);
      out.push(...page.value);
      const link = page['@odata.nextLink'];
      next = link === undefined ? undefined : link.slice(link.indexOf('/v1.0/') + '/v1.0'.length);
    }
    return out;
  }

  // ------------------------------------------------------------ the library

  resolve(): Promise<Library> {
    this.library ??= this.load().catch((e: unknown) => {
      this.library = null;
      throw e;
    });
    return this.library;
  }

  private async load(): Promise<Library> {
    const m = /^([^:/\s]+):(\/\S*)$/.exec(this.o.site.trim());
    if (!m) throw notThere(this.o.site, `"${this.o.site}" is not host:/path`);
    const path = (m[2] as string).split('/').filter(Boolean).map(enc).join('/');
    let site: { id: string };
    try {
      site = await this.get(`/sites/${enc(m[1] as string)}:/${path}`);
    } catch (e) {
      if (is(e, 404, 400)) throw notThere(this.o.site, `no site ${this.o.site}: ${e.message}`);
      throw e;
    }
    const wanted = this.o.library.normalize('NFC').trim().toLowerCase();
    const drives = await this.all<{ id: string; name: string }>(`/sites/${enc(site.id)}/drives`);
    const drive = drives.find((d) => d.name.normalize('NFC').trim().toLowerCase() === wanted);
    if (!drive) {
      throw notThere(
        `${this.o.site} ${this.o.library}`,
        `no library "${this.o.library}" in ${this.o.site}: ${drives.map((d) => d.name).join(', ')}`,
      );
    }
    const d = enc(drive.id);
    const [list, root] = await Promise.all([
      this.get<{ id: string }>(`/drives/${d}/list`),
      this.get<{ id: string }>(`/drives/${d}/root`),
    ]);
    const columns = await this.all<{ name: string }>(
      `/sites/${enc(site.id)}/lists/${enc(list.id)}/columns`,
    );
    const have = new Set(columns.map((c) => c.name));
    const missing = Object.values(C).filter(
      (name) => !have.has(name) && !OPTIONAL_COLUMNS.includes(name),
    );
    if (missing.length > 0) {
      throw new ArchiveFailure(
        'not-found',
        `the library "${this.o.library}" has no column ${missing.join(', ')}`,
        { reason: 'relation', params: { what: missing.join(', ') } },
      );
    }
    return {
      driveId: drive.id,
      siteId: site.id,
      listId: list.id,
      rootId: root.id,
      fingerprint: have.has(C.fingerprint),
    };
  }

  /** The list items (with fields and drive item) whose column `column` is `value`. */
  async itemsWhere(lib: Library, column: string, value: string, indexed: boolean) {
    const filter = enc(`fields/${column} eq ${odataString(value)}`);
    return this.all<ListItem>(
      `/sites/${enc(lib.siteId)}/lists/${enc(lib.listId)}/items?$expand=fields,driveItem&$filter=${filter}`,
      indexed ? undefined : PREFER_NON_INDEXED,
    );
  }

  /** A folder's children with what filing compares: name, size, hash, eTag, list item id. */
  children(lib: Library, folderId: string): Promise<DriveItem[]> {
    return this.all<DriveItem>(
      `/drives/${enc(lib.driveId)}/items/${enc(folderId)}/children?$select=id,name,size,eTag,file,folder,sharepointIds`,
    );
  }

  // ------------------------------------------------------------ cases

  async searchCases(query: string): Promise<readonly ArchiveCase[]> {
    return guard(async () => {
      const q = query.replace(/\s+/g, ' ').trim();
      if (q === '') return [];
      const lib = await this.resolve();
      const number = normaliseCaseNumber(q);
      if (number !== null) {
        const items = await this.itemsWhere(lib, C.caseNumber, number, true);
        const folders = items.filter((i) => i.driveItem?.folder !== undefined);
        if (folders.length > 0) {
          return folders.map((i) => this.toCase(i.driveItem as DriveItem, i.fields));
        }
      }
      // Title words, or a number no folder has in its column: the folders' names.
      const words = number !== null ? number.replace('/', '-') : q;
      const found = await this.all<DriveItem>(
        `/drives/${enc(lib.driveId)}/root/search(q=${enc(odataString(words))})`,
      );
      return found
        .filter((i) => i.folder !== undefined && i.parentReference?.id === lib.rootId)
        .map((i) => this.toCase(i))
        .filter((c) => c.number !== '' && (number === null || c.number === number))
        .sort((a, b) => b.number.localeCompare(a.number, 'en', { numeric: true }))
        .slice(0, SHAREPOINT_DEFAULTS.searchResults);
    });
  }

  private toCase(item: DriveItem, fields?: Fields): ArchiveCase {
    const m = CASE_FOLDER.exec(item.name);
    const fromColumn = fields?.[C.caseNumber];
    const title = fields?.['Title'];
    return {
      id: item.id,
      number: typeof fromColumn === 'string' ? fromColumn : m ? `${m[1]}/${m[2]}` : '',
      title: typeof title === 'string' && title !== '' ? title : (m?.[3] ?? item.name),
    };
  }

  /** A case folder by its id: its number from the column, else from its name. */
  async caseById(lib: Library, id: string): Promise<CaseFolder> {
    const d = enc(lib.driveId);
    const [item, listItem] = await Promise.all([
      this.get<DriveItem>(`/drives/${d}/items/${enc(id)}`),
      this.get<ListItem>(`/drives/${d}/items/${enc(id)}/listItem?$expand=fields`),
    ]);
    const c = this.toCase(item, listItem.fields);
    const m = parseCaseNumber(c.number);
    if (item.folder === undefined || !m || m.doc !== null) {
      throw new ArchiveFailure('not-found', `${item.name} (${id}) is not a case folder`);
    }
    return { id, year: m.year, seq: m.seq, title: c.title };
  }

  // ------------------------------------------------------------ filed before?

  /** This message's items in the library: its files, and the case folder it opened. */
  ofMessage(lib: Library, messageId: string): Promise<ListItem[]> {
    return this.itemsWhere(lib, C.messageId, messageId, false);
  }

  async findFiled(messageId: string): Promise<FiledRecord | null> {
    return guard(async () => {
      const items = await this.ofMessage(await this.resolve(), messageId);
      const files = items.filter((i) => i.driveItem?.file !== undefined);
      const main = files.find((i) => typeof i.fields?.[C.attachments] === 'number');
      const ref = main?.fields?.[C.documentNumber];
      if (!main || typeof ref !== 'string') return null;
      const attachments = files.filter(
        (i) => i !== main && i.fields?.[C.documentNumber] === ref,
      ).length;
      const fingerprint = main.fields?.[C.fingerprint];
      return attachments >= (main.fields?.[C.attachments] as number)
        ? { reference: ref, fingerprint: typeof fingerprint === 'string' ? fingerprint : null }
        : null;
    });
  }

  // ------------------------------------------------------------ filing

  async file(
    request: FilingRequest,
    onProgress?: (p: FilingProgress) => void,
    journal?: FilingJournalPort,
  ): Promise<FilingOutcome> {
    return guard(async () => {
      const lib = await this.resolve();
      // The .eml first, then the attachments; an empty file has nothing to keep (the .eml has it).
      const documents = [
        ...request.documents.filter((x) => x.role === 'main'),
        ...request.documents.filter((x) => x.role !== 'main'),
      ].filter((x) => x.size > 0);
      if (documents[0]?.role !== 'main') {
        throw new ArchiveFailure('bad-request', 'the request has no main document (the .eml)');
      }
      const sums: Sum[] = [];
      for (const d of documents) sums.push(await quickXorOf(d.chunks()));
      const j = journal ?? this.journalOf(request.messageId);
      const filing = new Filing(this, lib, request, documents, sums, j, onProgress);
      const outcome = await filing.run(await this.ofMessage(lib, request.messageId));
      if (journal === undefined) this.journals.delete(request.messageId);
      return outcome;
    });
  }

  private journalOf(messageId: string): FilingJournalPort {
    let j = this.journals.get(messageId);
    if (!j) {
      const steps = new Map<string, JournalEntry>();
      j = {
        get: (step) => steps.get(step),
        note: (entry) => {
          steps.set(entry.step, entry);
          return Promise.resolve();
        },
      };
      this.journals.set(messageId, j);
    }
    return j;
  }

  /** The item named `name` in the folder `parentId`, or null when there is none (404). */
  async childNamed(lib: Library, parentId: string, name: string): Promise<DriveItem | null> {
    try {
      return await this.get<DriveItem>(
        `/drives/${enc(lib.driveId)}/items/${enc(parentId)}:/${enc(name)}:?$select=id,name,size,eTag,file,folder,sharepointIds`,
      );
    } catch (e) {
      if (is(e, 404)) return null;
      throw e;
    }
  }

  /** A drive item by id, or null when it is gone (404). */
  async itemById(lib: Library, id: string): Promise<DriveItem | null> {
    try {
      return await this.get<DriveItem>(
        `/drives/${enc(lib.driveId)}/items/${enc(id)}?$select=id,name,size,eTag,file,folder,sharepointIds`,
      );
    } catch (e) {
      if (is(e, 404)) return null;
      throw e;
    }
  }
}

/** A name no one else's folder has: the claim a new case folder is made under. */
function claimName(): string {
  const b = new Uint8Array(10);
  globalThis.crypto.getRandomValues(b);
  const digits = 'abcdefghijklmnopqrstuvwxyz234567';
  return `Arkivpost ${Array.from(b, (x) => digits[x & 31]).join('')}`;
}

// ---------------------------------------------------------------- one filing

interface Sum {
  readonly hash: string;
  readonly size: number;
}

/** What a file must have in its columns (null: empty). */
type Wanted = Readonly<Record<string, string | number | null>>;

class Filing {
  private uploaded = 0;
  private readonly total: number;
  private readonly d: string;

  constructor(
    private readonly c: SharePointConnector,
    private readonly lib: Library,
    private readonly r: FilingRequest,
    /** The main document first. */
    private readonly documents: readonly ArchiveDocument[],
    private readonly sums: readonly Sum[],
    private readonly j: FilingJournalPort,
    private readonly onProgress?: (p: FilingProgress) => void,
  ) {
    this.total = sums.reduce((n, s) => n + s.size, 0);
    this.d = enc(lib.driveId);
  }

  private get graph(): GraphClient {
    return this.c.graph;
  }

  private report(step: FilingProgress['step']): void {
    this.onProgress?.({
      step,
      bytes: Math.max(0, Math.min(this.uploaded, this.total)),
      totalBytes: this.total,
    });
  }

  /** An item of this message, not of another that reuses its Message-ID (by the fingerprint). */
  private ours(fields: Fields | undefined): boolean {
    const theirs = fields?.[C.fingerprint];
    return !(
      this.r.fingerprint !== undefined &&
      typeof theirs === 'string' &&
      theirs !== '' &&
      theirs !== this.r.fingerprint
    );
  }

  async run(all: readonly ListItem[]): Promise<FilingOutcome> {
    const earlier = all.filter((i) => this.ours(i.fields));
    this.report('case');
    const theCase = await this.theCase(earlier);
    this.report('record');
    const byId = new Map(
      earlier.filter((i) => i.driveItem).map((i) => [(i.driveItem as DriveItem).id, i]),
    );
    let children = await this.c.children(this.lib, theCase.id);
    let number = this.documentNumber(theCase, earlier, children);
    let names = this.names(theCase, number.value);
    if (this.complete(names, children, byId, theCase, number.value)) {
      return { kind: 'already-filed', reference: reference(theCase, number.value) };
    }
    this.report('documents');
    const key = { case: caseNumber(theCase), number: String(number.value) };
    if (number.fresh) await this.j.note({ step: 'record', key });
    for (const [i, doc] of this.documents.entries()) {
      const item = await this.ensureFile(
        theCase,
        names[i] as string,
        doc,
        this.sums[i] as Sum,
        children,
        byId,
      );
      if (i === 0) {
        if (number.fresh) {
          // A number taken from the folder's listing: make sure no one else took it meanwhile.
          number = { value: await this.claimDocument(theCase, item, number.value), fresh: false };
          names = this.names(theCase, number.value);
          children = await this.c.children(this.lib, theCase.id);
        }
        await this.j.note({
          step: 'record',
          key,
          made: { id: item.id, ref: reference(theCase, number.value) },
        });
      }
      const fresh = children.find((x) => x.id === item.id) ?? item;
      await this.ensureFields(fresh, this.wanted(theCase, number.value, i, false), byId);
      // Its bytes are there by size and QuickXorHash, and its columns are written.
      await this.j.note({
        step: `document:${i}`,
        made: { id: item.id, ref: names[i] as string },
        confirmed: true,
      });
    }
    // The .eml's number of attachments last: with it the record is complete.
    const main = (await this.c.children(this.lib, theCase.id)).find(
      (x) => x.name.toLowerCase() === (names[0] as string).toLowerCase(),
    );
    if (!main) throw new ArchiveFailure('not-found', `${names[0] as string} went missing`);
    await this.ensureFields(main, this.wanted(theCase, number.value, 0, true), new Map());
    return {
      kind: 'filed',
      reference: reference(theCase, number.value),
      case: { id: theCase.id, number: caseNumber(theCase), title: theCase.title },
    };
  }

  // ------------------------------------------------------------ the case

  private async theCase(earlier: readonly ListItem[]): Promise<CaseFolder> {
    const title = this.r.case.kind === 'new' ? this.r.case.title : this.r.title;
    // What the journal says this filing made, or was about to make, decides first.
    const entry = this.j.get('case');
    if (entry?.made !== undefined) {
      const folder = await this.c.itemById(this.lib, entry.made.id);
      if (folder !== null) return this.numbered(folder, entry.key?.['title'] ?? title);
      // Someone removed the folder it made (and whatever was in it): a new one.
    } else if (entry?.key?.['claim'] !== undefined) {
      // About to be made: made, if a folder has the name no one else's has.
      const folder = await this.c.childNamed(this.lib, this.lib.rootId, entry.key['claim']);
      if (folder !== null) {
        await this.j.note({ step: 'case', key: entry.key, made: { id: folder.id } });
        return this.numbered(folder, entry.key['title'] ?? title);
      }
      return this.newCase(entry.key['title'] ?? title, entry.key['claim']);
    }
    // Without a journal: what this message has already decides (its files' folder, or the
    // case it opened), then the case chosen.
    const opened = earlier.find((i) => i.driveItem?.folder !== undefined)?.driveItem?.id;
    const filedIn = earlier.find((i) => i.driveItem?.file !== undefined)?.driveItem?.parentReference
      ?.id;
    const chosen = this.r.case.kind === 'existing' ? this.r.case.case.id : undefined;
    const known = filedIn ?? opened ?? chosen;
    if (known !== undefined) return this.c.caseById(this.lib, known);
    return this.newCase(title, claimName());
  }

  /**
   * A new case: a folder made under a name that is this filing's alone (in
   * the journal before it is asked for), so that a retry after a lost
   * answer finds it and makes no second one; then given its number.
   */
  private async newCase(title: string, claim: string): Promise<CaseFolder> {
    const key = { claim, title };
    await this.j.note({ step: 'case', key });
    let folder: DriveItem;
    try {
      folder = (
        await this.graph.request<DriveItem>(
          'POST',
          `/drives/${this.d}/items/${enc(this.lib.rootId)}/children`,
          { body: { name: claim, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' } },
        )
      ).value;
    } catch (e) {
      // 409: the name is this filing's alone, so the folder is the one it made (a repeat).
      if (!is(e, 409)) throw e;
      const there = await this.c.childNamed(this.lib, this.lib.rootId, claim);
      if (there === null) throw e;
      folder = there;
    }
    await this.j.note({ step: 'case', key, made: { id: folder.id } });
    return this.numbered(folder, title);
  }

  /**
   * The case folder `folder` this filing made, with its number: the one in
   * its name when it has one (and no other folder took it first), else the
   * next free one, claimed by renaming it with conflictBehavior fail. Its
   * columns are written and the journal told before any file goes in.
   */
  private async numbered(folder: DriveItem, title: string): Promise<CaseFolder> {
    const year = this.c.settings.now().getFullYear();
    let seq: number | null = null;
    for (let i = 0; seq === null; i++) {
      if (i >= MAX_CLAIMS) throw new ArchiveFailure('conflict', `no free case number for ${title}`);
      const siblings = await this.c.children(this.lib, this.lib.rootId);
      const me = siblings.find((x) => x.id === folder.id);
      if (!me) throw new ArchiveFailure('not-found', `${folder.name} went missing`);
      const named = caseFolderNumber(year, me.name);
      if (named !== null) {
        seq = await this.claim({
          parent: this.lib.rootId,
          mine: me,
          number: named,
          numberOf: (name) => caseFolderNumber(year, name),
          nameFor: (n) => caseFolderName(year, n, title),
          ours: () => false,
        });
        break;
      }
      const used = siblings
        .map((x) => caseFolderNumber(year, x.name))
        .filter((n): n is number => n !== null);
      try {
        await this.graph.request('PATCH', `/drives/${this.d}/items/${enc(me.id)}`, {
          body: {
            name: caseFolderName(year, Math.max(0, ...used) + 1, title),
            '@microsoft.graph.conflictBehavior': 'fail',
          },
          ...(me.eTag !== undefined ? { headers: { 'If-Match': me.eTag } } : {}),
        });
      } catch (e) {
        // Taken (someone else's folder has the number), or changed meanwhile: look again.
        if (!is(e, 409, 412)) throw e;
      }
    }
    const theCase = { id: folder.id, year, seq, title };
    await this.ensureFields(
      folder,
      {
        Title: text(title),
        [C.caseNumber]: caseNumber(theCase),
        [C.messageId]: text(this.r.messageId),
        ...(this.lib.fingerprint && this.r.fingerprint !== undefined
          ? { [C.fingerprint]: text(this.r.fingerprint) }
          : {}),
      },
      new Map(),
    );
    const entry = this.j.get('case');
    await this.j.note({
      step: 'case',
      ...(entry?.key !== undefined ? { key: entry.key } : {}),
      made: { id: folder.id, ref: caseNumber(theCase) },
    });
    return theCase;
  }

  /**
   * Keep `number` for `mine` unless an item of the same number that is not
   * ours came first (a lower list item id): then move to the next free one.
   */
  private async claim(o: {
    readonly parent: string;
    readonly mine: DriveItem;
    number: number;
    readonly numberOf: (name: string) => number | null;
    readonly nameFor: (n: number) => string;
    readonly ours: (name: string, n: number) => boolean;
  }): Promise<number> {
    let number = o.number;
    for (let i = 0; i < MAX_CLAIMS; i++) {
      const siblings = await this.c.children(this.lib, o.parent);
      const me = siblings.find((x) => x.id === o.mine.id);
      if (!me) throw new ArchiveFailure('not-found', `${o.mine.name} went missing`);
      const first = siblings.some(
        (x) =>
          x.id !== me.id &&
          o.numberOf(x.name) === number &&
          !o.ours(x.name, number) &&
          listItemIdOf(x) < listItemIdOf(me),
      );
      if (!first) return number;
      const used = siblings.map((x) => o.numberOf(x.name)).filter((n): n is number => n !== null);
      number = Math.max(number, ...used) + 1;
      try {
        await this.graph.request('PATCH', `/drives/${this.d}/items/${enc(me.id)}`, {
          body: { name: o.nameFor(number), '@microsoft.graph.conflictBehavior': 'fail' },
          ...(me.eTag !== undefined ? { headers: { 'If-Match': me.eTag } } : {}),
        });
      } catch (e) {
        // Taken, or changed meanwhile: look again.
        if (!is(e, 409, 412)) throw e;
      }
    }
    throw new ArchiveFailure('conflict', `no free number for ${o.mine.name}`);
  }

  // ------------------------------------------------------------ the record's number

  /**
   * This message's document number in the case: the one its files have (by
   * their column, or an .eml with the same bytes whose columns were not yet
   * written), else the next one, which must then be claimed.
   */
  private documentNumber(
    theCase: CaseFolder,
    earlier: readonly ListItem[],
    children: readonly DriveItem[],
  ): { value: number; fresh: boolean } {
    for (const i of earlier) {
      const ref = i.fields?.[C.documentNumber];
      const m = typeof ref === 'string' ? parseCaseNumber(ref) : null;
      if (m && m.doc !== null && formatCaseNumber(m) === caseNumber(theCase))
        return { value: m.doc, fresh: false };
    }
    const mainName = (n: number) =>
      fileName(`${theCase.year}-${theCase.seq}-${n}`, this.documents[0]?.name ?? '');
    const main = this.sums[0] as Sum;
    for (const x of children) {
      const n = documentNumberOf(theCase, x.name);
      if (n !== null && x.name.toLowerCase() === mainName(n).toLowerCase() && this.same(x, main)) {
        return { value: n, fresh: false };
      }
    }
    const used = children
      .map((x) => documentNumberOf(theCase, x.name))
      .filter((n): n is number => n !== null);
    return { value: Math.max(0, ...used) + 1, fresh: true };
  }

  /** The files' names for document number `n`, each one different. */
  private names(theCase: CaseFolder, n: number): string[] {
    const prefix = `${theCase.year}-${theCase.seq}-${n}`;
    const out: string[] = [];
    for (const d of this.documents) {
      let name = fileName(prefix, d.name);
      for (let k = 2; out.some((o) => o.toLowerCase() === name.toLowerCase()); k++) {
        const dot = name.lastIndexOf('.');
        const [stem, ext] =
          dot > prefix.length ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
        name = `${stem.replace(/ \(\d+\)$/, '')} (${k})${ext}`;
      }
      out.push(name);
    }
    return out;
  }

  private claimDocument(theCase: CaseFolder, main: DriveItem, n: number): Promise<number> {
    return this.claim({
      parent: theCase.id,
      mine: main,
      number: n,
      numberOf: (name) => documentNumberOf(theCase, name),
      nameFor: (k) => this.names(theCase, k)[0] as string,
      ours: (name, k) => this.names(theCase, k).some((x) => x.toLowerCase() === name.toLowerCase()),
    });
  }

  // ------------------------------------------------------------ files

  private same(item: DriveItem, sum: Sum): boolean {
    return item.size === sum.size && hashOf(item) === sum.hash;
  }

  /** Every file is there with these bytes and its columns say what they should. */
  private complete(
    names: readonly string[],
    children: readonly DriveItem[],
    byId: ReadonlyMap<string, ListItem>,
    theCase: CaseFolder,
    n: number,
  ): boolean {
    return names.every((name, i) => {
      const item = children.find((x) => x.name.toLowerCase() === name.toLowerCase());
      const fields = item ? byId.get(item.id)?.fields : undefined;
      return (
        item !== undefined &&
        fields !== undefined &&
        this.same(item, this.sums[i] as Sum) &&
        matches(fields, this.wanted(theCase, n, i, i === 0))
      );
    });
  }

  /** The file with these bytes under `name`: there already, or uploaded now and confirmed. */
  private async ensureFile(
    theCase: CaseFolder,
    name: string,
    doc: ArchiveDocument,
    sum: Sum,
    children: readonly DriveItem[],
    byId: ReadonlyMap<string, ListItem>,
  ): Promise<DriveItem> {
    const there = children.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (there && this.same(there, sum)) {
      this.progress(sum.size);
      return there;
    }
    if (there) {
      // Other bytes under our name: ours to replace only if nothing says it is another message's.
      const fields = byId.get(there.id)?.fields ?? (await this.fieldsOf(there));
      const owner = fields[C.messageId];
      if (owner !== undefined && (owner !== this.r.messageId || !this.ours(fields))) {
        const ref = reference(theCase, documentNumberOf(theCase, name) ?? 0);
        throw new ArchiveFailure('conflict', `${name} in ${ref} is another message's`, {
          reason: 'document-mismatch',
          params: { reference: ref },
        });
      }
    }
    const landed = await this.upload(theCase.id, name, doc, sum, there !== undefined);
    if (!this.same(landed, sum)) {
      throw new ArchiveFailure(
        'unknown',
        `${name}: the library has ${String(landed.size)} bytes with QuickXorHash ${String(hashOf(landed))}, sent ${sum.size} bytes with ${sum.hash}`,
        { reason: 'checksum' },
      );
    }
    return landed;
  }

  private async fieldsOf(item: DriveItem): Promise<Fields> {
    const li = await this.c.get<ListItem>(
      `/drives/${this.d}/items/${enc(item.id)}/listItem?$expand=fields`,
    );
    return li.fields ?? {};
  }

  private progress(n: number): void {
    this.uploaded += n;
    this.report('documents');
  }

  private async upload(
    folderId: string,
    name: string,
    doc: ArchiveDocument,
    sum: Sum,
    replace: boolean,
  ): Promise<DriveItem> {
    const conflict = replace ? 'replace' : 'fail';
    const start = this.uploaded;
    const at = `/drives/${this.d}/items/${enc(folderId)}:/${enc(name)}:`;
    try {
      const item =
        sum.size <= this.c.settings.simpleUploadLimit
          ? (
              await this.graph.request<DriveItem>(
                'PUT',
                `${at}/content?@microsoft.graph.conflictBehavior=${conflict}`,
                { body: await whole(doc, sum.size) },
              )
            ).value
          : await this.inSession(`${folderId}\n${name.toLowerCase()}`, at, doc, sum, conflict);
      this.uploaded = start + sum.size;
      this.report('documents');
      return item;
    } catch (e) {
      // 409: it landed before (an answer that was lost), or someone else's file is there.
      if (!is(e, 409)) throw e;
      this.uploaded = start;
      const there = await this.c.get<DriveItem>(at);
      if (!this.same(there, sum)) throw e;
      this.progress(sum.size);
      return there;
    }
  }

  /** An upload session: resumed where the library says, or a new one. */
  private async inSession(
    key: string,
    at: string,
    doc: ArchiveDocument,
    sum: Sum,
    conflict: 'fail' | 'replace',
  ): Promise<DriveItem> {
    const size = this.c.settings.rangeSize;
    const sessions = this.c.sessions;
    const base = this.uploaded;
    for (let attempt = 0; attempt < 2; attempt++) {
      let url = sessions.get(key);
      let from = url !== undefined ? await sessionStands(this.graph, url) : null;
      if (url === undefined || from === null || from % size !== 0) {
        const s = await this.graph.request<{ uploadUrl: string }>(
          'POST',
          `${at}/createUploadSession`,
          { body: { item: { '@microsoft.graph.conflictBehavior': conflict } } },
        );
        url = s.value.uploadUrl;
        sessions.set(key, url);
        from = 0;
      }
      const end = await uploadToSession<DriveItem>(this.graph, url, {
        document: doc,
        size: sum.size,
        rangeSize: size,
        from,
        onBytes: (held) => {
          this.uploaded = base + held;
          this.report('documents');
        },
        changed: () => changed(doc),
      });
      sessions.delete(key);
      if (end.kind === 'done') return end.value;
      // The session went away (its last answer lost: the caller looks again), or expired.
      this.uploaded = base;
    }
    throw new ArchiveFailure('unknown', `${key}: the upload session was lost twice`);
  }

  // ------------------------------------------------------------ metadata

  private wanted(theCase: CaseFolder, n: number, index: number, last: boolean): Wanted {
    const r = this.r;
    const doc = this.documents[index] as ArchiveDocument;
    const sender = r.parties.find((p) => p.role === 'sender');
    const ms = Date.parse(r.date);
    return {
      Title: text(index === 0 ? r.title : doc.name),
      [C.caseNumber]: caseNumber(theCase),
      [C.documentNumber]: reference(theCase, n),
      [C.documentType]: r.documentType,
      [C.restriction]: r.restriction
        ? text(restrictionText({ code: r.restriction.code, basis: r.restriction.basis, label: '' }))
        : null,
      [C.sender]: sender
        ? text(
            sender.name.trim() !== ''
              ? `${sender.name.trim()} <${sender.address}>`
              : sender.address,
          )
        : null,
      [C.received]: Number.isNaN(ms) ? null : new Date(ms).toISOString(),
      [C.messageId]: text(r.messageId),
      // On every file, so that each tells which message it is of.
      ...(this.lib.fingerprint && r.fingerprint !== undefined
        ? { [C.fingerprint]: text(r.fingerprint) }
        : {}),
      ...(last ? { [C.attachments]: this.documents.length - 1 } : {}),
    };
  }

  /** The item's columns say `wanted`: read, written with If-Match, confirmed by the answer. */
  private async ensureFields(
    item: DriveItem,
    wanted: Wanted,
    byId: ReadonlyMap<string, ListItem>,
  ): Promise<void> {
    const path = `/drives/${this.d}/items/${enc(item.id)}/listItem`;
    const known = byId.get(item.id);
    let current =
      known?.fields !== undefined ? { fields: known.fields, eTag: known.eTag ?? item.eTag } : null;
    for (let i = 0; i < 3; i++) {
      if (current === null) {
        const li = await this.c.get<ListItem>(`${path}?$expand=fields`);
        current = { fields: li.fields ?? {}, eTag: li.eTag };
      }
      if (matches(current.fields, wanted)) return;
      try {
        const answer = await this.graph.request<Fields>('PATCH', `${path}/fields`, {
          body: wanted,
          ...(current.eTag !== undefined ? { headers: { 'If-Match': current.eTag } } : {}),
        });
        if (matches(answer.value, wanted)) return;
      } catch (e) {
        // Changed meanwhile (or our own change, repeated after a lost answer): read again.
        if (!is(e, 412)) throw e;
      }
      current = null;
    }
    throw new ArchiveFailure('conflict', `the columns of ${item.name} did not take`);
  }
}

/** The columns hold what is wanted (an empty column is absent or null). */
function matches(fields: Fields, wanted: Wanted): boolean {
  return Object.entries(wanted).every(([k, v]) => {
    const have = fields[k];
    if (v === null) return have === undefined || have === null || have === '';
    if (k === C.received && typeof v === 'string' && typeof have === 'string') {
      return Date.parse(have) === Date.parse(v);
    }
    return have === v;
  });
}

/** A SharePoint connector for the library `library` of the site `site`. */
export function createSharePointConnector(options: SharePointOptions): ArchiveConnector {
  return new SharePointConnector(options);
}
