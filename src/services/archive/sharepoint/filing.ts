/**
 * One filing of one message into a SharePoint library. Numbers are
 * claimed, not assumed: a new case's folder is made under a name of its
 * own ("Arkivpost k3j9x1q2", written in the filing journal first), then
 * renamed to its number with conflictBehavior fail (a 409 takes the next
 * number); two folders or records that got the same number by different
 * names are told apart by their list item ids, which SharePoint hands out
 * in order: the later one moves to the next number. The journal
 * (core/archive/journal) records each step before and after: a retry from
 * any pane finds the folder it made by that name or id, never makes a
 * second one, and a lookup that fails stops the filing instead of counting
 * as "not there". A retry also finds what this message has already (by its
 * Message-ID and fingerprint, or by its .eml's bytes) and uploads only
 * what is missing (./files.ts).
 */
import { formatCaseNumber, parseCaseNumber } from '../../../core/archive/case-number';
import type { FilingJournalPort } from '../../../core/archive/journal';
import type { Clock } from '../../../core/model';
import type { ArchiveDocument, FilingOutcome, FilingRequest } from '../../../core/ports';
import { ArchiveFailure } from '../errors';
import { ensureFields, matches, wanted } from './columns';
import { is } from './failures';
import { Files } from './files';
import type { UploadSettings } from './files';
import type { Progress } from '../progress';
import type { LibraryClient } from './library';
import {
  caseFolderName,
  caseFolderNumber,
  caseNumber,
  claimName,
  documentNumberOf,
  documentPrefix,
  fileName,
  reference,
  text,
} from './names';
import { SHAREPOINT_COLUMNS as C, listItemIdOf, same } from './shapes';
import type { CaseFolder, DriveItem, Fields, Library, ListItem, Sum } from './shapes';

/** How many numbers a claim tries before it gives up (someone else is taking them all). */
const MAX_CLAIMS = 50;

const enc = encodeURIComponent;

export interface FilingParts {
  readonly lc: LibraryClient;
  readonly lib: Library;
  readonly request: FilingRequest;
  /** The main document first. */
  readonly documents: readonly ArchiveDocument[];
  readonly sums: readonly Sum[];
  readonly journal: FilingJournalPort;
  readonly clock: Clock;
  readonly upload: UploadSettings;
  readonly progress: Progress;
}

export class Filing {
  private readonly lc: LibraryClient;
  private readonly lib: Library;
  private readonly r: FilingRequest;
  private readonly documents: readonly ArchiveDocument[];
  private readonly sums: readonly Sum[];
  private readonly j: FilingJournalPort;
  private readonly files: Files;
  private readonly d: string;

  constructor(private readonly p: FilingParts) {
    this.lc = p.lc;
    this.lib = p.lib;
    this.r = p.request;
    this.documents = p.documents;
    this.sums = p.sums;
    this.j = p.journal;
    this.d = enc(p.lib.driveId);
    this.files = new Files(p.lc, p.lib, p.upload, p.progress, {
      messageId: p.request.messageId,
      ours: (fields) => this.ours(fields),
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

  private wanted(theCase: CaseFolder, n: number, index: number, last: boolean) {
    return wanted(this.lib, this.r, this.documents, { theCase, n, index }, last);
  }

  async run(all: readonly ListItem[]): Promise<FilingOutcome> {
    const progress = this.p.progress;
    const earlier = all.filter((i) => this.ours(i.fields));
    progress.report('case');
    const theCase = await this.theCase(earlier);
    progress.report('record');
    const byId = new Map(
      earlier.filter((i) => i.driveItem).map((i) => [(i.driveItem as DriveItem).id, i]),
    );
    let children = await this.lc.children(this.lib, theCase.id);
    let number = this.documentNumber(theCase, earlier, children);
    let names = this.names(theCase, number.value);
    if (this.complete(names, children, byId, theCase, number.value)) {
      return { kind: 'already-filed', reference: reference(theCase, number.value) };
    }
    progress.report('documents');
    const key = { case: caseNumber(theCase), number: String(number.value) };
    if (number.fresh) await this.j.note({ step: 'record', key });
    for (const [i, doc] of this.documents.entries()) {
      const item = await this.files.ensure(
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
          children = await this.lc.children(this.lib, theCase.id);
        }
        await this.j.note({
          step: 'record',
          key,
          made: { id: item.id, ref: reference(theCase, number.value) },
        });
      }
      const fresh = children.find((x) => x.id === item.id) ?? item;
      await ensureFields(
        this.lc,
        this.lib,
        fresh,
        this.wanted(theCase, number.value, i, false),
        byId,
      );
      // Its bytes are there by size and QuickXorHash, and its columns are written.
      await this.j.note({
        step: `document:${i}`,
        made: { id: item.id, ref: names[i] as string },
        confirmed: true,
      });
    }
    // The .eml's number of attachments last: with it the record is complete.
    const main = (await this.lc.children(this.lib, theCase.id)).find(
      (x) => x.name.toLowerCase() === (names[0] as string).toLowerCase(),
    );
    if (!main) throw new ArchiveFailure('not-found', `${names[0] as string} went missing`);
    await ensureFields(
      this.lc,
      this.lib,
      main,
      this.wanted(theCase, number.value, 0, true),
      new Map(),
    );
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
      const folder = await this.lc.itemById(this.lib, entry.made.id);
      if (folder !== null) return this.numbered(folder, entry.key?.['title'] ?? title);
      // Someone removed the folder it made (and whatever was in it): a new one.
    } else if (entry?.key?.['claim'] !== undefined) {
      // About to be made: made, if a folder has the name no one else's has.
      const folder = await this.lc.childNamed(this.lib, this.lib.rootId, entry.key['claim']);
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
    if (known !== undefined) return this.lc.caseById(this.lib, known);
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
        await this.lc.graph.request<DriveItem>(
          'POST',
          `/drives/${this.d}/items/${enc(this.lib.rootId)}/children`,
          { body: { name: claim, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' } },
        )
      ).value;
    } catch (e) {
      // 409: the name is this filing's alone, so the folder is the one it made (a repeat).
      if (!is(e, 409)) throw e;
      const there = await this.lc.childNamed(this.lib, this.lib.rootId, claim);
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
    const year = this.p.clock.now().getFullYear();
    let seq: number | null = null;
    for (let i = 0; seq === null; i++) {
      if (i >= MAX_CLAIMS) throw new ArchiveFailure('conflict', `no free case number for ${title}`);
      const siblings = await this.lc.children(this.lib, this.lib.rootId);
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
        await this.lc.graph.request('PATCH', `/drives/${this.d}/items/${enc(me.id)}`, {
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
    await ensureFields(
      this.lc,
      this.lib,
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
      const siblings = await this.lc.children(this.lib, o.parent);
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
        await this.lc.graph.request('PATCH', `/drives/${this.d}/items/${enc(me.id)}`, {
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
      fileName(documentPrefix(theCase, n), this.documents[0]?.name ?? '');
    const main = this.sums[0] as Sum;
    for (const x of children) {
      const n = documentNumberOf(theCase, x.name);
      if (n !== null && x.name.toLowerCase() === mainName(n).toLowerCase() && same(x, main)) {
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
    const prefix = documentPrefix(theCase, n);
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
        same(item, this.sums[i] as Sum) &&
        matches(fields, this.wanted(theCase, n, i, i === 0))
      );
    });
  }
}
