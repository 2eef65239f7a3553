/**
 * A record's files in the case folder: each one there with its bytes (by
 * size and QuickXorHash), or uploaded now and confirmed — in one PUT up to
 * a limit, else in an upload session that a retry resumes where the
 * library says it stopped. Progress is counted in bytes across the files.
 */
import type { ArchiveDocument } from '../../../core/ports';
import { sessionStands, uploadToSession } from '../../graph/upload';
import { changed, whole } from '../documents';
import { ArchiveFailure } from '../errors';
import type { Progress } from '../progress';
import { is } from './failures';
import type { LibraryClient } from './library';
import { documentNumberOf, reference } from './names';
import { SHAREPOINT_COLUMNS as C, hashOf, same } from './shapes';
import type { CaseFolder, DriveItem, Fields, Library, ListItem, Sum } from './shapes';

const enc = encodeURIComponent;

export interface UploadSettings {
  /** Files up to this size go in one PUT. */
  readonly simpleUploadLimit: number;
  /** Bytes a range of an upload session: a multiple of 320 KiB. */
  readonly rangeSize: number;
  /** Upload sessions under way (folder id and file name → upload URL), kept across attempts. */
  readonly sessions: Map<string, string>;
}

/** Whose files these are: the message's Message-ID, and whether columns say it is this message. */
export interface Owner {
  readonly messageId: string;
  readonly ours: (fields: Fields | undefined) => boolean;
}

export class Files {
  constructor(
    private readonly lc: LibraryClient,
    private readonly lib: Library,
    private readonly settings: UploadSettings,
    private readonly progress: Progress,
    private readonly owner: Owner,
  ) {}

  /** The file with these bytes under `name`: there already, or uploaded now and confirmed. */
  async ensure(
    theCase: CaseFolder,
    name: string,
    doc: ArchiveDocument,
    sum: Sum,
    children: readonly DriveItem[],
    byId: ReadonlyMap<string, ListItem>,
  ): Promise<DriveItem> {
    const there = children.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (there && same(there, sum)) {
      this.progress.at(this.progress.bytes + sum.size);
      return there;
    }
    if (there) {
      // Other bytes under our name: ours to replace only if nothing says it is another message's.
      const fields = byId.get(there.id)?.fields ?? (await this.lc.fieldsOf(this.lib, there));
      const owner = fields[C.messageId];
      if (owner !== undefined && (owner !== this.owner.messageId || !this.owner.ours(fields))) {
        const ref = reference(theCase, documentNumberOf(theCase, name) ?? 0);
        throw new ArchiveFailure('conflict', `${name} in ${ref} is another message's`, {
          reason: 'document-mismatch',
          params: { reference: ref },
        });
      }
    }
    const landed = await this.upload(theCase.id, name, doc, sum, there !== undefined);
    if (!same(landed, sum)) {
      throw new ArchiveFailure(
        'unknown',
        `${name}: the library has ${String(landed.size)} bytes with QuickXorHash ${String(hashOf(landed))}, sent ${sum.size} bytes with ${sum.hash}`,
        { reason: 'checksum' },
      );
    }
    return landed;
  }

  private async upload(
    folderId: string,
    name: string,
    doc: ArchiveDocument,
    sum: Sum,
    replace: boolean,
  ): Promise<DriveItem> {
    const conflict = replace ? 'replace' : 'fail';
    const start = this.progress.bytes;
    const at = `/drives/${enc(this.lib.driveId)}/items/${enc(folderId)}:/${enc(name)}:`;
    try {
      const item =
        sum.size <= this.settings.simpleUploadLimit
          ? (
              await this.lc.graph.request<DriveItem>(
                'PUT',
                `${at}/content?@microsoft.graph.conflictBehavior=${conflict}`,
                { body: await whole(doc, sum.size) },
              )
            ).value
          : await this.inSession(`${folderId}\n${name.toLowerCase()}`, at, doc, sum, conflict);
      this.progress.at(start + sum.size);
      return item;
    } catch (e) {
      // 409: it landed before (an answer that was lost), or someone else's file is there.
      if (!is(e, 409)) throw e;
      this.progress.reset(start);
      const there = await this.lc.get<DriveItem>(at);
      if (!same(there, sum)) throw e;
      this.progress.at(start + sum.size);
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
    const size = this.settings.rangeSize;
    const sessions = this.settings.sessions;
    const graph = this.lc.graph;
    const base = this.progress.bytes;
    for (let attempt = 0; attempt < 2; attempt++) {
      let url = sessions.get(key);
      let from = url !== undefined ? await sessionStands(graph, url) : null;
      if (url === undefined || from === null || from % size !== 0) {
        const s = await graph.request<{ uploadUrl: string }>('POST', `${at}/createUploadSession`, {
          body: { item: { '@microsoft.graph.conflictBehavior': conflict } },
        });
        url = s.value.uploadUrl;
        sessions.set(key, url);
        from = 0;
      }
      const end = await uploadToSession<DriveItem>(graph, url, {
        document: doc,
        size: sum.size,
        rangeSize: size,
        from,
        onBytes: (held) => this.progress.at(base + held),
        changed: () => changed(doc),
      });
      sessions.delete(key);
      if (end.kind === 'done') return end.value;
      // The session went away (its last answer lost: the caller looks again), or expired.
      this.progress.reset(base);
    }
    throw new ArchiveFailure('unknown', `${key}: the upload session was lost twice`);
  }
}
