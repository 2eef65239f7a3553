/**
 * The Noark 5 API the emulator answers, below its prefix (default
 * /noark5v5, as Nikita's): the root with `_links`, the arkivstruktur,
 * sakarkiv and metadata listings, admin/system, every entity by systemID,
 * lists with `$filter`/`$orderby`/`$top`/`$skip`, `ny-…` templates (GET) and
 * creation (POST), updates (PUT, PATCH) with ETag, DELETE, and files. See
 * dev/noark/README.md for the list.
 *
 * One class, kept whole: Routes dispatches every request over the archive it holds.
 */

import { statSync } from 'node:fs';
import { CODE_LISTS, codeList, code } from './codes';
import {
  NoarkError,
  badRequest,
  notFound,
  unauthorized,
  methodNotAllowed,
  conflict,
} from './errors';
import { compileFilter, compileOrderBy } from './filter';
import type { View } from './filter';
import {
  FIELDS,
  ordered,
  NAVIGABLE,
  CORRESPONDENCE_KINDS,
  readFields,
  checkComplete,
} from './model';
import type { Kind, Mode } from './model';
import type { NoarkStore, Entity } from './store';
import type { Landed } from './upload';
import {
  CHILDREN,
  LISTS,
  NOARK_JSON,
  PACKAGE_LISTS,
  PARENT_REL,
  PLACE,
  REL,
  TEMPLATED,
  accepts,
  checkEtag,
  etagOf,
  isCorrespondence,
  osloYear,
  readJson,
  sortLinks,
  userRef,
} from './routes-structure';
import type { Answer, Archive, Ctx, Links, Pkg } from './routes-structure';

export { NOARK_JSON, REL, userRef } from './routes-structure';
export type { Answer, Archive, Ctx } from './routes-structure';

// ---------------------------------------------------------------- the archive's answers

export class Routes {
  constructor(private readonly a: Archive) {}

  private get store(): NoarkStore {
    return this.a.store;
  }

  // ------------------------------------------------------------ hrefs and JSON

  private href(ctx: Ctx, e: Entity): string {
    const p = PLACE[e.kind];
    return `${ctx.base}/api/${p.pkg}/${p.seg}/${e.systemID}/`;
  }

  private fileHref(ctx: Ctx, e: Entity): string {
    return `${ctx.base}/api/arkivstruktur/dokumentobjekt/${e.systemID}/referanseFil`;
  }

  private codeLinks(ctx: Ctx, kind: Kind): Links {
    const links: Links = {};
    for (const f of Object.values(FIELDS[kind])) {
      if (f.type.t === 'code') {
        links[`${REL}metadata/${f.type.list}/`] = {
          href: `${ctx.base}/api/metadata/${f.type.list}/${TEMPLATED}`,
          templated: true,
        };
      }
    }
    if (Object.values(FIELDS[kind]).some((f) => f.type.t === 'skjerming')) {
      for (const list of ['tilgangsrestriksjon', 'skjermingmetadata', 'skjermingdokument']) {
        links[`${REL}metadata/${list}/`] = {
          href: `${ctx.base}/api/metadata/${list}/${TEMPLATED}`,
          templated: true,
        };
      }
    }
    return links;
  }

  private json(ctx: Ctx, e: Entity): Record<string, unknown> {
    const self = this.href(ctx, e);
    const p = PLACE[e.kind];
    const links: Links = { self: { href: self }, [`${REL}${p.pkg}/${p.seg}/`]: { href: self } };
    if (isCorrespondence(e.kind)) links[`${REL}arkivstruktur/korrespondansepart/`] = { href: self };
    const parent = e.parent === null ? undefined : this.store.get(e.parent);
    const parentRel = PARENT_REL[e.kind];
    if (parent && parentRel) links[`${REL}${parentRel}`] = { href: this.href(ctx, parent) };
    for (const c of CHILDREN[e.kind] ?? []) {
      links[`${REL}${c.rel}`] = { href: `${self}${c.seg}/${TEMPLATED}`, templated: true };
      for (const n of c.create) links[`${REL}${n.rel}`] = { href: `${self}${n.seg}/` };
    }
    if (e.kind === 'dokumentbeskrivelse') {
      links[`${REL}arkivstruktur/registrering/`] = { href: `${self}registrering/` };
      links[`${REL}arkivstruktur/fil/`] = { href: `${self}fil` };
    }
    if (e.kind === 'dokumentobjekt') {
      links[`${REL}arkivstruktur/fil/`] = { href: this.fileHref(ctx, e) };
    }
    const fields = ordered(e.kind, e.fields);
    if (e.kind === 'dokumentobjekt' && e.file !== undefined) {
      fields['referanseDokumentfil'] = this.fileHref(ctx, e);
    }
    return { ...fields, _links: sortLinks({ ...this.codeLinks(ctx, e.kind), ...links }) };
  }

  private entityAnswer(ctx: Ctx, e: Entity, status = 200): Answer {
    return {
      status,
      headers: {
        etag: etagOf(e),
        ...(status === 201 ? { location: this.href(ctx, e) } : {}),
      },
      json: this.json(ctx, e),
    };
  }

  /** What `$filter` sees: the fields, and a journalpost's parts and external ids. */
  private view(e: Entity): View {
    const nav = NAVIGABLE[e.kind];
    if (!nav) return e.fields;
    return {
      ...e.fields,
      korrespondansepart: this.store
        .children(e.systemID, CORRESPONDENCE_KINDS)
        .map((c) => c.fields),
      eksternId: this.store.children(e.systemID, 'eksternId').map((c) => c.fields),
    };
  }

  // ------------------------------------------------------------ lists

  private list<T>(
    ctx: Ctx,
    items: readonly T[],
    opts: {
      readonly type: string;
      readonly fields: ReadonlySet<string>;
      readonly view: (t: T) => View;
      readonly json: (t: T) => unknown;
      readonly self: string;
      readonly rel: string;
    },
  ): Answer {
    for (const unsupported of ['$search', '$expand']) {
      if (ctx.query.has(unsupported)) {
        throw new NoarkError(501, `${unsupported} is not implemented by the emulator.`);
      }
    }
    const int = (name: string, fallback: number): number => {
      const v = ctx.query.get(name);
      if (v === null) return fallback;
      if (!/^\d{1,9}$/.test(v.trim())) throw badRequest(`${name} must be a whole number.`);
      return Number(v.trim());
    };
    const top = Math.min(int('$top', this.a.pageSize), this.a.pageSize);
    const skip = int('$skip', 0);
    const filterText = ctx.query.get('$filter');
    const orderText = ctx.query.get('$orderby');
    const pred = filterText ? compileFilter(filterText, opts.type, opts.fields) : null;
    const order = orderText ? compileOrderBy(orderText, opts.type, opts.fields) : null;
    let rows = items.map((t) => ({ t, v: opts.view(t) }));
    if (pred) rows = rows.filter((r) => pred(r.v));
    if (order) rows = [...rows].sort((x, y) => order(x.v, y.v));
    const page = rows.slice(skip, skip + top);
    const links: Links = {
      self: { href: `${opts.self}${ctx.query.toString() !== '' ? `?${ctx.query}` : ''}` },
      [opts.rel]: { href: `${opts.self}${TEMPLATED}`, templated: true },
    };
    const wanted = ctx.query.has('$top') ? int('$top', 0) : Infinity;
    if (skip + page.length < rows.length && page.length < wanted) {
      const next = new URLSearchParams(ctx.query);
      next.set('$skip', String(skip + page.length));
      if (ctx.query.has('$top')) next.set('$top', String(wanted - page.length));
      links['next'] = { href: `${opts.self}?${next}` };
    }
    return {
      status: 200,
      json: {
        count: rows.length,
        ...(page.length > 0 ? { results: page.map((r) => opts.json(r.t)) } : {}),
        _links: sortLinks(links),
      },
    };
  }

  private entityList(ctx: Ctx, kinds: readonly Kind[], items: Entity[], self: string): Answer {
    const fields = new Set<string>();
    for (const k of kinds) {
      for (const f of Object.keys(FIELDS[k])) fields.add(f);
      for (const f of NAVIGABLE[k] ?? []) fields.add(f);
    }
    const first = kinds[0] as Kind;
    const p = PLACE[first];
    const rel =
      kinds.length > 1 ? `${REL}arkivstruktur/korrespondansepart/` : `${REL}${p.pkg}/${p.seg}/`;
    return this.list(ctx, items, {
      type: kinds.length > 1 ? 'korrespondansepart' : first,
      fields,
      view: (e) => this.view(e),
      json: (e) => this.json(ctx, e),
      self,
      rel,
    });
  }

  // ------------------------------------------------------------ dispatch

  async dispatch(ctx: Ctx): Promise<Answer> {
    const [head, ...rest] = ctx.segments;
    if (head === undefined) return this.root(ctx);
    if (head !== 'api') throw notFound(ctx.segments.join('/'));
    if (ctx.user === null) throw unauthorized();
    const [pkg, seg, id, sub, ...more] = rest;
    if (pkg === undefined || more.length > 0) throw notFound(ctx.segments.join('/'));
    const method = ctx.method;
    const get = (f: () => Answer | Promise<Answer>): Answer | Promise<Answer> => {
      if (method !== 'GET' && method !== 'HEAD')
        throw methodNotAllowed(method, ctx.segments.join('/'));
      if (!accepts(ctx, NOARK_JSON) && !accepts(ctx, 'application/json')) {
        throw new NoarkError(406, `This resource answers ${NOARK_JSON}.`);
      }
      return f();
    };
    if (seg === undefined) {
      if (pkg === 'arkivstruktur' || pkg === 'sakarkiv')
        return get(() => this.packageList(ctx, pkg));
      if (pkg === 'metadata') return get(() => this.metadataList(ctx));
      throw notFound(ctx.segments.join('/'));
    }
    if (pkg === 'metadata' && id === undefined) return get(() => this.codes(ctx, seg));
    if (pkg === 'admin' && seg === 'system' && id === undefined) return get(() => this.system(ctx));
    const kinds = LISTS[`${pkg}/${seg}`];
    if (!kinds) throw notFound(ctx.segments.join('/'));
    const self = `${ctx.base}/api/${pkg}/${seg}/`;
    if (id === undefined)
      return get(() => this.entityList(ctx, kinds, this.store.all(kinds), self));
    const e = this.store.get(id);
    if (!e || !kinds.includes(e.kind)) throw notFound(`${pkg}/${seg}/${id}/`);
    if (sub === undefined) return this.entity(ctx, e);
    return this.sub(ctx, e, sub, get);
  }

  private root(ctx: Ctx): Answer {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') throw methodNotAllowed(ctx.method, '/');
    const links: Links = { self: { href: `${ctx.base}/` } };
    // The standard lets anyone read the root; the rest is announced after signing in.
    if (ctx.user !== null) {
      for (const p of ['arkivstruktur', 'sakarkiv', 'metadata']) {
        links[`${REL}${p}/`] = { href: `${ctx.base}/api/${p}/` };
      }
      links[`${REL}admin/system/`] = { href: `${ctx.base}/api/admin/system/` };
    }
    return { status: 200, json: { _links: sortLinks(links) } };
  }

  private packageList(ctx: Ctx, pkg: Pkg): Answer {
    const links: Links = { self: { href: `${ctx.base}/api/${pkg}/` } };
    for (const seg of PACKAGE_LISTS[pkg]) {
      links[`${REL}${pkg}/${seg}/`] = {
        href: `${ctx.base}/api/${pkg}/${seg}/${TEMPLATED}`,
        templated: true,
      };
    }
    return { status: 200, json: { _links: sortLinks(links) } };
  }

  private metadataList(ctx: Ctx): Answer {
    const links: Links = { self: { href: `${ctx.base}/api/metadata/` } };
    for (const name of CODE_LISTS) {
      links[`${REL}metadata/${name}/`] = {
        href: `${ctx.base}/api/metadata/${name}/${TEMPLATED}`,
        templated: true,
      };
    }
    return { status: 200, json: { _links: sortLinks(links) } };
  }

  private codes(ctx: Ctx, name: string): Answer {
    const list = codeList(name);
    if (!list) throw notFound(`metadata/${name}/`);
    const self = `${ctx.base}/api/metadata/${name}/`;
    return this.list(ctx, list, {
      type: name,
      fields: new Set(['kode', 'kodenavn']),
      view: (c) => ({ ...c }),
      json: (c) => ({ ...c, _links: { self: { href: `${self}${encodeURIComponent(c.kode)}/` } } }),
      self,
      rel: `${REL}metadata/${name}/`,
    });
  }

  private system(ctx: Ctx): Answer {
    return {
      status: 200,
      json: {
        bulkgrense: this.a.bulkgrense,
        leverandoer: 'Arkivpost',
        produkt: 'Arkivpost Noark 5 emulator',
        versjon: '1.0',
        versjonsdato: '2026-03-01',
        protokollversjon: '1.1',
        _links: { self: { href: `${ctx.base}/api/admin/system/` } },
      },
    };
  }

  // ------------------------------------------------------------ one entity

  private async entity(ctx: Ctx, e: Entity): Promise<Answer> {
    switch (ctx.method) {
      case 'GET':
      case 'HEAD':
        return this.entityAnswer(ctx, e);
      case 'PUT':
        return this.update(ctx, e, 'put');
      case 'PATCH':
        return this.update(ctx, e, 'patch');
      case 'DELETE':
        return this.remove(ctx, e);
      default:
        throw methodNotAllowed(ctx.method, ctx.segments.join('/'));
    }
  }

  private async update(ctx: Ctx, e: Entity, mode: Mode): Promise<Answer> {
    if (e.kind === 'arkiv' || e.kind === 'arkivdel') {
      throw methodNotAllowed(ctx.method, `${e.kind} (the emulator's arkiv and arkivdel are fixed)`);
    }
    const body = await readJson(ctx);
    checkEtag(ctx, e, true);
    const fields = readFields(e.kind, body, mode, e.fields);
    checkComplete(e.kind, fields);
    if (e.kind === 'dokumentbeskrivelse') this.checkMainDocument(e.parent, fields, e);
    if ('endretDato' in FIELDS[e.kind] && ctx.user !== null) {
      fields['endretDato'] = ctx.now.toISOString();
      fields['endretAv'] = ctx.user;
      fields['referanseEndretAv'] = userRef(ctx.user);
    }
    e.fields = fields;
    e.version += 1;
    this.store.save(e);
    ctx.applied = true;
    return this.entityAnswer(ctx, e);
  }

  private remove(ctx: Ctx, e: Entity): Answer {
    if (e.kind === 'arkiv' || e.kind === 'arkivdel') {
      throw methodNotAllowed('DELETE', `${e.kind} (the emulator's arkiv and arkivdel are fixed)`);
    }
    checkEtag(ctx, e, false);
    if (e.kind === 'saksmappe' && this.store.children(e.systemID).length > 0) {
      throw conflict('The saksmappe has journalposter; it cannot be deleted.');
    }
    this.store.remove(e);
    ctx.applied = true;
    return { status: 204 };
  }

  // ------------------------------------------------------------ below an entity

  private async sub(
    ctx: Ctx,
    e: Entity,
    sub: string,
    get: (f: () => Answer | Promise<Answer>) => Answer | Promise<Answer>,
  ): Promise<Answer> {
    const here = `${this.href(ctx, e)}${sub}/`;
    for (const c of CHILDREN[e.kind] ?? []) {
      if (c.seg === sub) {
        return get(() =>
          this.entityList(ctx, c.kinds, this.store.children(e.systemID, c.kinds), here),
        );
      }
      const n = c.create.find((x) => x.seg === sub);
      if (n) {
        if (ctx.method === 'GET') return get(() => this.template(ctx, n.kind, e));
        if (ctx.method === 'POST') return this.create(ctx, n.kind, e, await readJson(ctx));
        throw methodNotAllowed(ctx.method, ctx.segments.join('/'));
      }
    }
    if (e.kind === 'dokumentbeskrivelse' && sub === 'registrering') {
      const parent = e.parent === null ? undefined : this.store.get(e.parent);
      return get(() => this.entityList(ctx, ['journalpost'], parent ? [parent] : [], here));
    }
    if (e.kind === 'dokumentbeskrivelse' && sub === 'fil') {
      if (ctx.method !== 'POST') throw methodNotAllowed(ctx.method, ctx.segments.join('/'));
      return this.uploadToDescription(ctx, e);
    }
    if (e.kind === 'dokumentobjekt' && sub === 'referanseFil') return this.file(ctx, e);
    throw notFound(ctx.segments.join('/'));
  }

  // ------------------------------------------------------------ templates and creation

  private nextNumber(parent: Entity, kind: Kind, field: string): number {
    const used = this.store.children(parent.systemID, kind).map((c) => Number(c.fields[field]));
    return Math.max(0, ...used) + 1;
  }

  /** Defaults for absent fields on POST; `template` adds what GET ny-… suggests. */
  private defaults(
    ctx: Ctx,
    kind: Kind,
    parent: Entity,
    template: boolean,
  ): Record<string, unknown> {
    const now = ctx.now.toISOString();
    switch (kind) {
      case 'saksmappe':
        return {
          saksdato: now,
          saksstatus: code('saksstatus', 'B'),
          dokumentmedium: code('dokumentmedium', 'E'),
          ...(template && ctx.user !== null ? { saksansvarlig: ctx.user } : {}),
        };
      case 'journalpost':
        return {
          journaldato: now,
          dokumentmedium: code('dokumentmedium', 'E'),
          ...(template
            ? {
                journalposttype: code('journalposttype', 'I'),
                journalstatus: code('journalstatus', 'J'),
              }
            : {}),
        };
      case 'korrespondansepartperson':
      case 'korrespondansepartenhet':
        return template ? { korrespondanseparttype: code('korrespondanseparttype', 'EA') } : {};
      case 'korrespondansepartintern':
        return template ? { korrespondanseparttype: code('korrespondanseparttype', 'IA') } : {};
      case 'dokumentbeskrivelse': {
        const hasMain = this.store
          .children(parent.systemID, 'dokumentbeskrivelse')
          .some((d) => (d.fields['tilknyttetRegistreringSom'] as { kode?: string })?.kode === 'H');
        return {
          dokumentmedium: code('dokumentmedium', 'E'),
          dokumentnummer: this.nextNumber(parent, kind, 'dokumentnummer'),
          ...(template
            ? {
                dokumentstatus: code('dokumentstatus', 'F'),
                tilknyttetRegistreringSom: code('tilknyttetregistreringsom', hasMain ? 'V' : 'H'),
              }
            : {}),
        };
      }
      case 'dokumentobjekt':
        return {
          versjonsnummer: 1,
          ...(template ? { variantformat: code('variantformat', 'P') } : {}),
        };
      default:
        return {};
    }
  }

  private template(ctx: Ctx, kind: Kind, parent: Entity): Answer {
    const fields = ordered(kind, this.defaults(ctx, kind, parent, true));
    return { status: 200, json: { ...fields, _links: sortLinks(this.codeLinks(ctx, kind)) } };
  }

  private checkMainDocument(
    parentId: string | null,
    fields: Readonly<Record<string, unknown>>,
    self?: Entity,
  ): void {
    if ((fields['tilknyttetRegistreringSom'] as { kode?: string } | undefined)?.kode !== 'H')
      return;
    const other = this.store
      .children(parentId ?? '', 'dokumentbeskrivelse')
      .find(
        (d) =>
          d !== self &&
          (d.fields['tilknyttetRegistreringSom'] as { kode?: string } | undefined)?.kode === 'H',
      );
    if (other) {
      throw conflict(
        `The journalpost has its hoveddokument already (dokumentnummer ${String(other.fields['dokumentnummer'])}); attach this one as vedlegg (V).`,
      );
    }
  }

  /** The next sequence number of the year (sakssekvensnummer, journalsekvensnummer). */
  private nextInYear(kind: Kind, yearField: string, seqField: string, year: number): number {
    const used = this.store
      .all(kind)
      .filter((e) => e.fields[yearField] === year)
      .map((e) => Number(e.fields[seqField]));
    return Math.max(0, ...used) + 1;
  }

  /** Numbers and stamps the archive assigns, and the checks that need the archive. */
  private prepare(ctx: Ctx, kind: Kind, parent: Entity, fields: Record<string, unknown>): void {
    const year = osloYear(ctx.now);
    if (kind === 'saksmappe') {
      const seq = this.nextInYear('saksmappe', 'saksaar', 'sakssekvensnummer', year);
      fields['saksaar'] = year;
      fields['sakssekvensnummer'] = seq;
      fields['mappeID'] = `${year}/${seq}`;
    }
    if (kind === 'journalpost') {
      const seq = this.nextInYear('journalpost', 'journalaar', 'journalsekvensnummer', year);
      const number = this.nextNumber(parent, 'journalpost', 'journalpostnummer');
      fields['journalaar'] = year;
      fields['journalsekvensnummer'] = seq;
      fields['journalpostnummer'] = number;
      fields['registreringsID'] =
        `${String(parent.fields['saksaar'])}/${String(parent.fields['sakssekvensnummer'])}-${number}`;
    }
    if (kind === 'dokumentbeskrivelse') {
      this.checkMainDocument(parent.systemID, fields);
      const taken = this.store
        .children(parent.systemID, 'dokumentbeskrivelse')
        .some((d) => d.fields['dokumentnummer'] === fields['dokumentnummer']);
      if (taken) {
        throw conflict(`dokumentnummer ${String(fields['dokumentnummer'])} is taken.`);
      }
      fields['tilknyttetDato'] = ctx.now.toISOString();
      if (ctx.user !== null) fields['tilknyttetAv'] = ctx.user;
    }
    if (kind === 'dokumentobjekt') {
      const variant = (fields['variantformat'] as { kode?: string } | undefined)?.kode;
      const twin = this.store
        .children(parent.systemID, 'dokumentobjekt')
        .find(
          (d) =>
            d.fields['versjonsnummer'] === fields['versjonsnummer'] &&
            (d.fields['variantformat'] as { kode?: string } | undefined)?.kode === variant,
        );
      if (twin) {
        throw conflict(
          `The dokumentbeskrivelse has versjonsnummer ${String(fields['versjonsnummer'])} in variantformat ${String(variant)} already (${twin.systemID}).`,
        );
      }
    }
    if ('opprettetDato' in FIELDS[kind] && ctx.user !== null) {
      fields['opprettetDato'] = ctx.now.toISOString();
      fields['opprettetAv'] = ctx.user;
      fields['referanseOpprettetAv'] = userRef(ctx.user);
    }
  }

  private create(ctx: Ctx, kind: Kind, parent: Entity, body: unknown): Answer {
    const given = readFields(kind, body, 'create');
    const fields = { ...this.defaults(ctx, kind, parent, false), ...given };
    checkComplete(kind, fields);
    this.prepare(ctx, kind, parent, fields);
    const e = this.store.add(kind, parent, ordered(kind, fields));
    ctx.applied = true;
    return this.entityAnswer(ctx, e, 201);
  }

  // ------------------------------------------------------------ files

  private landed(ctx: Ctx, l: Landed): Answer {
    if (l.entity === null) return { status: l.status, headers: l.headers };
    const a = this.entityAnswer(ctx, l.entity, l.status);
    return { ...a, headers: { ...a.headers, ...l.headers, location: this.href(ctx, l.entity) } };
  }

  private finish(ctx: Ctx): (e: Entity) => void {
    return (e) => {
      e.version += 1;
      this.store.save(e);
      ctx.applied = true;
    };
  }

  private async file(ctx: Ctx, e: Entity): Promise<Answer> {
    const href = this.fileHref(ctx, e);
    if (ctx.method === 'GET' || ctx.method === 'HEAD') {
      const path = this.store.filePath(e);
      if (path === null) throw notFound(`the file of dokumentobjekt ${e.systemID} (not uploaded)`);
      const mime = String(e.fields['mimeType'] ?? 'application/octet-stream');
      if (!accepts(ctx, mime)) {
        throw new NoarkError(406, `The file is ${mime}; send no Accept header, or */*.`);
      }
      const name = String(e.fields['filnavn'] ?? e.file);
      return {
        status: 200,
        headers: {
          'content-type': mime,
          'content-length': String(statSync(path).size),
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
          etag: etagOf(e),
        },
        file: path,
      };
    }
    if (ctx.method === 'POST') {
      return this.landed(
        ctx,
        await this.a.uploads.post(e, ctx.headers, ctx.body, href, this.finish(ctx)),
      );
    }
    if (ctx.method === 'PUT') {
      const landed = await this.a.uploads.put(
        e,
        ctx.query.get('ref'),
        ctx.headers,
        ctx.body,
        href,
        this.finish(ctx),
      );
      ctx.applied = true;
      return this.landed(ctx, landed);
    }
    throw methodNotAllowed(ctx.method, ctx.segments.join('/'));
  }

  /** POST …/dokumentbeskrivelse/{id}/fil: a new dokumentobjekt made from the file. */
  private async uploadToDescription(ctx: Ctx, d: Entity): Promise<Answer> {
    const fields: Record<string, unknown> = {
      versjonsnummer: this.nextNumber(d, 'dokumentobjekt', 'versjonsnummer'),
      variantformat: code('variantformat', 'P'),
    };
    this.prepare(ctx, 'dokumentobjekt', d, fields);
    const e = this.store.add('dokumentobjekt', d, ordered('dokumentobjekt', fields));
    try {
      const l = await this.a.uploads.post(
        e,
        ctx.headers,
        ctx.body,
        this.fileHref(ctx, e),
        this.finish(ctx),
      );
      ctx.applied = true;
      if (l.entity !== null) return this.landed(ctx, l);
      // A chunked upload: the new dokumentobjekt is where the chunks go.
      return {
        status: l.status,
        headers: { ...l.headers, etag: etagOf(e) },
        json: this.json(ctx, e),
      };
    } catch (err) {
      this.store.remove(e);
      throw err;
    }
  }
}
