/**
 * The document library through Graph: found once by the site and name the
 * settings give (with the columns the connector needs), then read by path:
 * list items by a column's value, a folder's children, an item by name or
 * id, a case folder, an item's columns.
 */
import { parseCaseNumber } from '../../../core/archive/case-number';
import type { GraphClient } from '../../graph/client';
import { odataString } from '../../odata';
import { ArchiveFailure } from '../errors';
import { is, notThere } from './failures';
import { toCase } from './names';
import { OPTIONAL_COLUMNS, SHAREPOINT_COLUMNS as C } from './shapes';
import type { CaseFolder, DriveItem, Fields, Library, ListItem, Page } from './shapes';

const PREFER_NON_INDEXED = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
const ITEM_SELECT = '$select=id,name,size,eTag,file,folder,sharepointIds';

const enc = encodeURIComponent;

export class LibraryClient {
  private library: Promise<Library> | null = null;

  constructor(
    readonly graph: GraphClient,
    /** The site as Graph addresses it: host name and path, mellerud.sharepoint.com:/sites/diarium. */
    private readonly site: string,
    /** The document library by its name, "Ärenden". */
    private readonly name: string,
  ) {}

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

  /** The library, found once (and looked for again after a failure). */
  resolve(): Promise<Library> {
    this.library ??= this.load().catch((e: unknown) => {
      this.library = null;
      throw e;
    });
    return this.library;
  }

  private async load(): Promise<Library> {
    const m = /^([^:/\s]+):(\/\S*)$/.exec(this.site.trim());
    if (!m) throw notThere(this.site, `"${this.site}" is not host:/path`);
    const path = (m[2] as string).split('/').filter(Boolean).map(enc).join('/');
    let site: { id: string };
    try {
      site = await this.get(`/sites/${enc(m[1] as string)}:/${path}`);
    } catch (e) {
      if (is(e, 404, 400)) throw notThere(this.site, `no site ${this.site}: ${e.message}`);
      throw e;
    }
    const wanted = this.name.normalize('NFC').trim().toLowerCase();
    const drives = await this.all<{ id: string; name: string }>(`/sites/${enc(site.id)}/drives`);
    const drive = drives.find((d) => d.name.normalize('NFC').trim().toLowerCase() === wanted);
    if (!drive) {
      throw notThere(
        `${this.site} ${this.name}`,
        `no library "${this.name}" in ${this.site}: ${drives.map((d) => d.name).join(', ')}`,
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
        `the library "${this.name}" has no column ${missing.join(', ')}`,
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
  async itemsWhere(
    lib: Library,
    column: string,
    value: string,
    indexed: boolean,
  ): Promise<ListItem[]> {
    const filter = enc(`fields/${column} eq ${odataString(value)}`);
    return this.all<ListItem>(
      `/sites/${enc(lib.siteId)}/lists/${enc(lib.listId)}/items?$expand=fields,driveItem&$filter=${filter}`,
      indexed ? undefined : PREFER_NON_INDEXED,
    );
  }

  /** This message's items in the library: its files, and the case folder it opened. */
  ofMessage(lib: Library, messageId: string): Promise<ListItem[]> {
    return this.itemsWhere(lib, C.messageId, messageId, false);
  }

  /** A folder's children with what filing compares: name, size, hash, eTag, list item id. */
  children(lib: Library, folderId: string): Promise<DriveItem[]> {
    return this.all<DriveItem>(
      `/drives/${enc(lib.driveId)}/items/${enc(folderId)}/children?${ITEM_SELECT}`,
    );
  }

  /** A case folder by its id: its number from the column, else from its name. */
  async caseById(lib: Library, id: string): Promise<CaseFolder> {
    const d = enc(lib.driveId);
    const [item, listItem] = await Promise.all([
      this.get<DriveItem>(`/drives/${d}/items/${enc(id)}`),
      this.get<ListItem>(`/drives/${d}/items/${enc(id)}/listItem?$expand=fields`),
    ]);
    const c = toCase(item, listItem.fields);
    const m = parseCaseNumber(c.number);
    if (item.folder === undefined || !m || m.doc !== null) {
      throw new ArchiveFailure('not-found', `${item.name} (${id}) is not a case folder`);
    }
    return { id, year: m.year, seq: m.seq, title: c.title };
  }

  /** The item named `name` in the folder `parentId`, or null when there is none (404). */
  async childNamed(lib: Library, parentId: string, name: string): Promise<DriveItem | null> {
    try {
      return await this.get<DriveItem>(
        `/drives/${enc(lib.driveId)}/items/${enc(parentId)}:/${enc(name)}:?${ITEM_SELECT}`,
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
        `/drives/${enc(lib.driveId)}/items/${enc(id)}?${ITEM_SELECT}`,
      );
    } catch (e) {
      if (is(e, 404)) return null;
      throw e;
    }
  }

  /** An item's columns. */
  async fieldsOf(lib: Library, item: DriveItem): Promise<Fields> {
    const li = await this.get<ListItem>(
      `/drives/${enc(lib.driveId)}/items/${enc(item.id)}/listItem?$expand=fields`,
    );
    return li.fields ?? {};
  }
}
