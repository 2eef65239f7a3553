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
 * Here the connector as the add-in sees it; the library and its columns in
 * ./library.ts, ./shapes.ts and ./columns.ts, names and numbers in
 * ./names.ts, searching in ./search.ts, one filing (numbers claimed, the
 * journal) in ./filing.ts and the files (upload sessions resumed) in
 * ./files.ts. Without a journal from the caller the connector keeps one in
 * memory per Message-ID.
 */
import type { FilingJournalPort, JournalEntry } from '../../../core/archive/journal';
import type { Clock } from '../../../core/model';
import type {
  ArchiveCase,
  ArchiveConnector,
  FiledRecord,
  FilingOutcome,
  FilingProgress,
  FilingRequest,
} from '../../../core/ports';
import type { GraphClient } from '../../graph/client';
import { ArchiveFailure } from '../errors';
import { guard } from './failures';
import { Progress } from '../progress';
import type { UploadSettings } from './files';
import { Filing } from './filing';
import { LibraryClient } from './library';
import { quickXorOf } from './quickxor';
import { SEARCH_RESULTS, findFiled, searchCases } from './search';
import type { Sum } from './shapes';

const KiB = 1024;
const MiB = 1024 * KiB;
/** Graph takes every range but the last in multiples of this. */
const RANGE_UNIT = 320 * KiB;

export const SHAREPOINT_DEFAULTS = {
  /** Graph's simple upload: one PUT of up to 4 MiB. */
  simpleUploadLimit: 4 * MiB,
  rangeSize: 10 * RANGE_UNIT,
  searchResults: SEARCH_RESULTS,
} as const;

export interface SharePointOptions {
  readonly graph: GraphClient;
  /** The site as Graph addresses it: host name and path, mellerud.sharepoint.com:/sites/diarium. */
  readonly site: string;
  /** The document library by its name, "Ärenden". */
  readonly library: string;
  /** The year a new case is numbered in. */
  readonly clock: Clock;
  /** Files up to this size go in one PUT; default 4 MiB. */
  readonly simpleUploadLimit?: number;
  /** Bytes a range of an upload session: a multiple of 320 KiB; default 10 × 320 KiB. */
  readonly rangeSize?: number;
}

class SharePointConnector implements ArchiveConnector {
  readonly kind = 'sharepoint' as const;
  private readonly lc: LibraryClient;
  /** Journals of filings given none by the caller, by Message-ID: a retry from this pane resumes. */
  private readonly journals = new Map<string, FilingJournalPort>();
  private readonly upload: UploadSettings;

  constructor(private readonly o: SharePointOptions) {
    this.lc = new LibraryClient(o.graph, o.site, o.library);
    const range = o.rangeSize ?? SHAREPOINT_DEFAULTS.rangeSize;
    this.upload = {
      simpleUploadLimit: o.simpleUploadLimit ?? SHAREPOINT_DEFAULTS.simpleUploadLimit,
      // Graph wants every range but the last in multiples of 320 KiB.
      rangeSize: Math.max(RANGE_UNIT, range - (range % RANGE_UNIT)),
      sessions: new Map(),
    };
  }

  searchCases(query: string): Promise<readonly ArchiveCase[]> {
    return searchCases(this.lc, query);
  }

  findFiled(messageId: string): Promise<FiledRecord | null> {
    return findFiled(this.lc, messageId);
  }

  async file(
    request: FilingRequest,
    onProgress?: (p: FilingProgress) => void,
    journal?: FilingJournalPort,
  ): Promise<FilingOutcome> {
    return guard(async () => {
      const lib = await this.lc.resolve();
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
      const filing = new Filing({
        lc: this.lc,
        lib,
        request,
        documents,
        sums,
        journal: journal ?? this.journalOf(request.messageId),
        clock: this.o.clock,
        upload: this.upload,
        progress: new Progress(
          sums.reduce((n, s) => n + s.size, 0),
          onProgress,
        ),
      });
      const outcome = await filing.run(await this.lc.ofMessage(lib, request.messageId));
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
}

/** A SharePoint connector for the library `library` of the site `site`. */
export function createSharePointConnector(options: SharePointOptions): ArchiveConnector {
  return new SharePointConnector(options);
}
