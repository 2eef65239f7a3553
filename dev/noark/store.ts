/**
 * The archive on disk, in a folder a person can open and read:
 *
 *   arkiv.json, arkivdel.json                the one arkiv and arkivdel (made on first start)
 *   saksmappe/2026-1/saksmappe.json          case 2026/1
 *   saksmappe/2026-1/journalpost-1/journalpost.json                 record 2026/1-1
 *   saksmappe/2026-1/journalpost-1/korrespondansepart-1.json
 *   saksmappe/2026-1/journalpost-1/eksternId-1.json
 *   saksmappe/2026-1/journalpost-1/dokument-1/dokumentbeskrivelse.json
 *   saksmappe/2026-1/journalpost-1/dokument-1/dokumentobjekt-1.json
 *   saksmappe/2026-1/journalpost-1/dokument-1/<filnavn>             the file's bytes
 *   .uploads/                                files being received (emptied on start)
 *
 * Each JSON file holds the entity's Noark fields as the API answers them
 * (without `_links`) and an `_emulator` member with what the emulator needs
 * to read it back: kind, parent systemID, version (the ETag), its place among
 * its siblings and, for a dokumentobjekt, the name of its file. Everything is
 * read back on start, so the archive survives a restart. Only these names
 * are ever written or removed in the folder.
 */
import { randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { code } from './codes';
import { conflict } from './errors';
import type { Kind } from './model';
import { CORRESPONDENCE_KINDS } from './model';

export interface Entity {
  readonly kind: Kind;
  readonly systemID: string;
  readonly parent: string | null;
  /** Counts updates; the ETag is its decimal value in quotes, as Nikita's is. */
  version: number;
  /** Place among the siblings of its kind (names the file of parts, ids and objects). */
  readonly seq: number;
  /** Creation order across the archive (lists answer in this order). */
  readonly order: number;
  fields: Record<string, unknown>;
  /** dokumentobjekt: the stored file's name in its document's folder. */
  file?: string;
}

interface Meta {
  readonly kind: Kind;
  readonly parent: string | null;
  readonly version: number;
  readonly seq: number;
  readonly order: number;
  readonly file?: string;
}

const OWN =
  /^(arkiv|arkivdel|saksmappe|journalpost|dokumentbeskrivelse)\.json$|^(korrespondansepart|eksternId|dokumentobjekt)-\d+\.json$/;

/** A file name that is safe in the folder and never one of the emulator's own. */
export function safeFileName(name: string): string {
  let n = basename(name.replace(/\\/g, '/'))
    .replace(/[\p{Cc}/:*?"<>|]/gu, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (n.length > 150) {
    const dot = n.lastIndexOf('.');
    const ext = dot > 0 && n.length - dot <= 10 ? n.slice(dot) : '';
    n = n.slice(0, 150 - ext.length) + ext;
  }
  if (n === '' || OWN.test(n)) n = `fil-${n || 'uten-navn'}`;
  return n;
}

export class NoarkStore {
  private readonly byId = new Map<string, Entity>();
  /** Children by their parent's systemID: a list of a record's parts never walks the archive. */
  private readonly byParent = new Map<string, Set<Entity>>();
  private nextOrder = 1;

  constructor(
    readonly dir: string,
    private readonly now: () => Date,
  ) {
    this.load();
  }

  // ------------------------------------------------------------ reading

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  all(kind?: Kind | readonly Kind[]): Entity[] {
    const kinds = kind === undefined ? null : Array.isArray(kind) ? kind : [kind];
    return [...this.byId.values()]
      .filter((e) => kinds === null || kinds.includes(e.kind))
      .sort((a, b) => a.order - b.order);
  }

  children(parent: string, kind?: Kind | readonly Kind[]): Entity[] {
    const kinds = kind === undefined ? null : Array.isArray(kind) ? kind : [kind];
    return [...(this.byParent.get(parent) ?? [])]
      .filter((e) => kinds === null || kinds.includes(e.kind))
      .sort((a, b) => a.order - b.order);
  }

  /** The seeded arkivdel (where cases are created). */
  arkivdel(): Entity {
    const d = this.all('arkivdel')[0];
    if (!d) throw new Error('The archive has no arkivdel.');
    return d;
  }

  /** The folder of an entity that has one, relative to the archive folder. */
  folder(e: Entity): string {
    const parent = e.parent === null ? undefined : this.byId.get(e.parent);
    switch (e.kind) {
      case 'saksmappe':
        return join('saksmappe', `${e.fields['saksaar']}-${e.fields['sakssekvensnummer']}`);
      case 'journalpost':
        return join(this.folder(parent as Entity), `journalpost-${e.fields['journalpostnummer']}`);
      case 'dokumentbeskrivelse':
        return join(this.folder(parent as Entity), `dokument-${e.fields['dokumentnummer']}`);
      default:
        return parent === undefined ? '' : this.folder(parent);
    }
  }

  /** Where the entity's JSON lives, relative to the archive folder. */
  jsonPath(e: Entity): string {
    switch (e.kind) {
      case 'arkiv':
      case 'arkivdel':
        return `${e.kind}.json`;
      case 'saksmappe':
      case 'journalpost':
      case 'dokumentbeskrivelse':
        return join(this.folder(e), `${e.kind}.json`);
      case 'eksternId':
      case 'dokumentobjekt':
        return join(this.folder(e), `${e.kind}-${e.seq}.json`);
      default:
        return join(this.folder(e), `korrespondansepart-${e.seq}.json`);
    }
  }

  /** The absolute path of a dokumentobjekt's file, or null before upload. */
  filePath(e: Entity): string | null {
    return e.file === undefined ? null : join(this.dir, this.folder(e), e.file);
  }

  uploadsDir(): string {
    return join(this.dir, '.uploads');
  }

  // ------------------------------------------------------------ writing

  /** Store a new entity under its parent (fields already checked and numbered). */
  add(kind: Kind, parent: Entity | null, fields: Record<string, unknown>): Entity {
    const siblings = parent === null ? [] : this.children(parent.systemID, siblingKinds(kind));
    const e: Entity = {
      kind,
      systemID: (fields['systemID'] as string | undefined) ?? randomUUID(),
      parent: parent?.systemID ?? null,
      version: 0,
      seq: Math.max(0, ...siblings.map((s) => s.seq)) + 1,
      order: this.nextOrder++,
      fields,
    };
    e.fields['systemID'] = e.systemID;
    if (existsSync(join(this.dir, this.jsonPath(e)))) {
      throw conflict(`${this.jsonPath(e)} already exists in the archive folder.`);
    }
    this.index(e);
    this.save(e);
    return e;
  }

  save(e: Entity): void {
    const meta: Meta = {
      kind: e.kind,
      parent: e.parent,
      version: e.version,
      seq: e.seq,
      order: e.order,
      ...(e.file !== undefined ? { file: e.file } : {}),
    };
    const path = join(this.dir, this.jsonPath(e));
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify({ ...e.fields, _emulator: meta }, null, 2)}\n`);
    renameSync(tmp, path);
  }

  /** Move a received file into the dokumentobjekt's folder under (a safe form of) its name. */
  attachFile(e: Entity, received: string, name: string): string {
    const folder = join(this.dir, this.folder(e));
    mkdirSync(folder, { recursive: true });
    let file = safeFileName(name);
    if (existsSync(join(folder, file))) file = safeFileName(`${e.seq}-${file}`);
    renameSync(received, join(folder, file));
    e.file = file;
    return file;
  }

  /** Remove an entity and everything under it, from memory and disk. */
  remove(e: Entity): void {
    for (const c of this.children(e.systemID)) this.remove(c);
    const file = this.filePath(e);
    if (file !== null) rmSync(file, { force: true });
    rmSync(join(this.dir, this.jsonPath(e)), { force: true });
    if (e.kind === 'saksmappe' || e.kind === 'journalpost' || e.kind === 'dokumentbeskrivelse') {
      rmSync(join(this.dir, this.folder(e)), { recursive: true, force: true });
    }
    this.byId.delete(e.systemID);
    if (e.parent !== null) this.byParent.get(e.parent)?.delete(e);
  }

  /** Empty the archive folder (only what the emulator writes) and seed it again. */
  reset(): void {
    for (const name of ['saksmappe', '.uploads', 'arkiv.json', 'arkivdel.json']) {
      rmSync(join(this.dir, name), { recursive: true, force: true });
    }
    this.byId.clear();
    this.byParent.clear();
    this.nextOrder = 1;
    this.seed();
  }

  private index(e: Entity): void {
    this.byId.set(e.systemID, e);
    if (e.parent === null) return;
    let set = this.byParent.get(e.parent);
    if (!set) this.byParent.set(e.parent, (set = new Set()));
    set.add(e);
  }

  // ------------------------------------------------------------ start

  private load(): void {
    mkdirSync(this.dir, { recursive: true });
    rmSync(this.uploadsDir(), { recursive: true, force: true });
    const found: Entity[] = [];
    const walk = (dir: string): void => {
      for (const d of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, d.name);
        if (d.isDirectory()) {
          if (d.name === 'saksmappe' || /^(\d{4}-\d+|journalpost-\d+|dokument-\d+)$/.test(d.name)) {
            walk(path);
          }
        } else if (d.isFile() && OWN.test(d.name)) {
          const e = readEntity(path);
          if (e) found.push(e);
        }
      }
    };
    walk(this.dir);
    for (const e of found) this.index(e);
    this.nextOrder = Math.max(0, ...found.map((e) => e.order)) + 1;
    if (this.all('arkivdel').length === 0) this.seed();
  }

  private seed(): void {
    const at = this.now().toISOString();
    const by = { opprettetDato: at, opprettetAv: 'Arkivpost', referanseOpprettetAv: SYSTEM_USER };
    const arkiv = this.add('arkiv', null, {
      tittel: 'Arkivpost',
      beskrivelse: 'Local Noark 5 archive for developing the Arkivpost archive connector.',
      arkivstatus: code('arkivstatus', 'O'),
      dokumentmedium: code('dokumentmedium', 'E'),
      ...by,
    });
    this.add('arkivdel', arkiv, {
      tittel: 'Sakarkiv',
      arkivdelstatus: code('arkivdelstatus', 'A'),
      dokumentmedium: code('dokumentmedium', 'E'),
      ...by,
    });
  }
}

/** referanseOpprettetAv of what the emulator made itself. */
const SYSTEM_USER = '00000000-0000-4000-8000-000000000000';

function siblingKinds(kind: Kind): readonly Kind[] {
  return (CORRESPONDENCE_KINDS as readonly Kind[]).includes(kind) ? CORRESPONDENCE_KINDS : [kind];
}

function readEntity(path: string): Entity | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { _emulator: meta, ...fields } = raw as { _emulator?: Meta } & Record<string, unknown>;
  if (!meta || typeof fields['systemID'] !== 'string') return null;
  return {
    kind: meta.kind,
    systemID: fields['systemID'],
    parent: meta.parent,
    version: meta.version,
    seq: meta.seq,
    order: meta.order,
    fields,
    ...(meta.file !== undefined ? { file: meta.file } : {}),
  };
}
