/**
 * The judgement of incremental updates after the last author signature
 * (pdf.ts): whether every later update is long-term validation data and the
 * bookkeeping that goes with it, or the document was modified after signing.
 * One class, one decision: it is kept whole although it is long.
 */

import { isPdfWhitespace, dictOf, refOf, arrOf, nameOf } from './pdf-parse';
import type { PdfDict, ScanResult, PdfString, ObjDef, PdfValue, PdfArray } from './pdf-parse';
import type { Meter } from '../metering/meter';
import {
  ACROFORM_LTV_KEYS,
  CATALOG_LTV_KEYS,
  INVISIBLE_FLAGS,
  PAGE_LTV_KEYS,
  inlineDss,
  isAcroForm,
  isAction,
  isAnnotation,
  isInfo,
  isSigDict,
  isValidationData,
  isWidget,
  latest,
  resolve,
  same,
  sameExcept,
  typeOf,
} from './pdf-objects';
import type { Classified, Range, View } from './pdf-objects';

/**
 * Decides whether the author signatures still cover the document: 'clean',
 * 'modified' after signing, or 'not-signed' at all.
 */
export class Judge {
  private readonly byDict = new Map<PdfDict, Classified>();
  /** Where the whitespace at the very end of the file starts. */
  private readonly trailingWs: number;
  private signed: View = new Map();
  private readonly ltvMemo = new Map<number, boolean>();
  private dssNums = new Set<number>();
  /**
   * What the definition just judged did: nothing (written again unchanged, or
   * inert), carry LTV data (validation data, a document time stamp), or keep
   * the books (catalog, AcroForm, /Annots, document information, XMP
   * metadata), which only an update that carries LTV data may do.
   */
  private role: 'inert' | 'ltv' | 'books' = 'inert';
  /** Catalogs written under a new number by an LTV update, already compared with the signed one. */
  private readonly newRoots = new Set<number>();

  constructor(
    private readonly b: Uint8Array,
    private readonly scan: ScanResult,
    private readonly current: View,
    classified: readonly Classified[],
    private readonly partial: boolean,
    private readonly meter: Meter,
  ) {
    for (const c of classified) this.byDict.set(c.sig.dict, c);
    let t = b.length;
    while (t > 0 && isPdfWhitespace(b[t - 1])) t--;
    meter.tick(b.length - t + 1);
    this.trailingWs = t;
  }

  judge(authors: readonly Classified[]): 'clean' | 'modified' | 'not-signed' {
    const len = this.b.length;
    let lastEnd = -1;
    for (const c of authors) {
      const [, b, cStart, d] = c.range as Range;
      const end = cStart + d;
      // The file lost bytes since it was signed.
      if (end > len) return 'modified';
      // The signed bytes moved: the file was rewritten after signing.
      const contents = c.contents as PdfString;
      if (contents.start !== b || contents.end !== cStart) return 'modified';
      if (!this.endsRevision(end)) {
        // The signed range stops short of its own revision's %%EOF.
        return this.anythingAfter(end) ? 'modified' : 'not-signed';
      }
      lastEnd = Math.max(lastEnd, end);
    }
    if (lastEnd >= this.trailingWs) return 'clean';
    return this.laterUpdatesAreLtv(lastEnd) ? 'clean' : 'modified';
  }

  /** Does a revision end at `end`: the end of the file, or a %%EOF with at most a line break after it? */
  private endsRevision(end: number): boolean {
    if (end >= this.trailingWs) return true;
    const eofs = this.scan.eofEnds;
    // The last %%EOF that ends at or before `end` (binary search).
    let lo = 0;
    let hi = eofs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      this.meter.tick(1);
      if ((eofs[mid] as number) <= end) {
        found = eofs[mid] as number;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0 || end - found > 2) return false;
    for (let i = found; i < end; i++) if (!isPdfWhitespace(this.b[i])) return false;
    return true;
  }

  /** Anything that is not the rest of the same revision's cross-reference section after `end`? */
  private anythingAfter(end: number): boolean {
    const defs = this.scan.defs;
    const last = defs.length > 0 ? (defs[defs.length - 1] as ObjDef) : undefined;
    if (last && last.offset >= end) return true;
    if (this.scan.lastStray >= end) return true;
    // A second %%EOF after the range: a later revision.
    let after = 0;
    for (let i = this.scan.eofEnds.length - 1; i >= 0 && after < 2; i--) {
      if ((this.scan.eofEnds[i] as number) <= end) break;
      after++;
    }
    return after >= 2;
  }

  /** Is everything written after `end` (the last author signature's range) an LTV update? */
  private laterUpdatesAreLtv(end: number): boolean {
    const scan = this.scan;
    const meter = this.meter;
    if (scan.lastStray >= end) return false;
    const signed = latest(scan.defs, end);
    this.signed = signed;
    if (scan.lastUnreadXref >= end || !this.xrefAllowed(end)) return false;
    if (!this.rootsAllowed(end)) return false;
    this.dssNums = this.validationObjects(signed);
    // Per revision after signing: does it carry LTV data, does it keep books?
    const ltv = new Set<number>();
    const books = new Set<number>();
    for (const d of scan.defs) {
      meter.tick(1);
      if (d.offset < end) continue;
      this.role = 'inert';
      if (!this.laterDefAllowed(d)) return false;
      const role = this.roleOfLast();
      if (role === 'ltv') ltv.add(this.revisionOf(d.offset));
      else if (role === 'books') books.add(this.revisionOf(d.offset));
    }
    // An update that only changes the catalog, the document information or
    // the metadata is no LTV update.
    for (const r of books) if (!ltv.has(r)) return false;
    return true;
  }

  private roleOfLast(): 'inert' | 'ltv' | 'books' {
    return this.role;
  }

  /** Which revision the byte at `offset` belongs to: the index of the first %%EOF after it. */
  private revisionOf(offset: number): number {
    const eofs = this.scan.eofEnds;
    let lo = 0;
    let hi = eofs.length;
    while (lo < hi) {
      this.meter.tick(1);
      const mid = (lo + hi) >> 1;
      if ((eofs[mid] as number) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The cross-reference sections written after signing say where readers
   * find each object. Each entry must point at the object we read under that
   * number: a new version, or the very version that was signed (never an
   * older one, nor another object's bytes, as in an update that maps object
   * 6 to the offset of object 8). An object in use when signed must not be
   * marked free.
   */
  private xrefAllowed(end: number): boolean {
    const scan = this.scan;
    const meter = this.meter;
    const signed = this.signed;
    const tops: ObjDef[] = [];
    const compressed = new Set<string>();
    const stms = new Map<number, number[]>();
    for (const d of scan.defs) {
      if (d.compressed) compressed.add(`${d.n}@${d.offset}`);
      else {
        tops.push(d);
        if (d.stream && d.value !== null && typeOf(dictOf(d.value) ?? EMPTY) === 'ObjStm') {
          const list = stms.get(d.n);
          if (list) list.push(d.offset);
          else stms.set(d.n, [d.offset]);
        }
      }
    }
    const freedBefore = new Map<number, number>();
    for (const e of scan.xref) {
      meter.tick(1);
      if (e.section < end) {
        if (e.kind === 'free') freedBefore.set(e.n, e.section);
        continue;
      }
      if (e.kind === 'free') {
        const def = signed.get(e.n);
        if (def && def.offset > (freedBefore.get(e.n) ?? -1)) return false;
        continue;
      }
      let def: ObjDef | undefined;
      if (e.kind === 'used') {
        def = this.topAt(tops, e.at);
        if (!def) {
          // No object there: readers rebuild the table by scanning the file,
          // as we read it. Unless there is an object header there that we
          // did not read (one inside stream data, say).
          if (headerAt(this.b, e.at)) return false;
          continue;
        }
        if (def.n !== e.n) return false;
      } else {
        // The object stream of that number written last before this section.
        let stm = -1;
        for (const o of stms.get(e.at) ?? []) if (o < e.section) stm = o;
        if (stm < 0 || !compressed.has(`${e.n}@${stm}`)) return false;
        if (stm >= end) continue;
        def = signed.get(e.n);
        if (!def || !def.compressed || def.offset !== stm) return false;
        continue;
      }
      if (def.offset < end && signed.get(e.n) !== def) return false;
    }
    return true;
  }

  /** The object whose header starts at `at`, or after a little whitespace from it. */
  private topAt(tops: readonly ObjDef[], at: number): ObjDef | undefined {
    let lo = 0;
    let hi = tops.length - 1;
    while (lo < hi) {
      this.meter.tick(1);
      const mid = (lo + hi) >> 1;
      if ((tops[mid] as ObjDef).offset < at) lo = mid + 1;
      else hi = mid;
    }
    const def = tops[lo];
    if (!def || def.offset < at || def.offset - at > 16) return undefined;
    for (let i = at; i < def.offset; i++) if (!isPdfWhitespace(this.b[i])) return undefined;
    return def;
  }

  /**
   * The document's /Root: the signed catalog, or a catalog that differs from
   * it only as an LTV update may (some tools write the catalog anew under
   * another number). Such a catalog may then appear as a new object.
   */
  private rootsAllowed(end: number): boolean {
    let signedRoot: PdfValue | undefined;
    let signedAt = -1;
    const later: PdfValue[] = [];
    const note = (offset: number, dict: PdfDict): void => {
      const root = dict.map.get('Root');
      if (root === undefined) return;
      if (offset >= end) later.push(root);
      else if (offset >= signedAt) {
        signedRoot = root;
        signedAt = offset;
      }
    };
    for (const t of this.scan.trailers) note(t.offset, t.dict);
    for (const d of this.scan.defs) {
      const dict = dictOf(d.value);
      if (d.stream && dict && typeOf(dict) === 'XRef') note(d.offset, dict);
    }
    if (signedRoot === undefined) return true;
    const root = signedRoot;
    const signedCatalog = dictOf(resolve(this.signed, root));
    for (const r of later) {
      if (same(root, r, this.meter)) continue;
      const n = refOf(r)?.n;
      // A /Root must be a reference.
      if (n === undefined) return false;
      if (this.newRoots.has(n)) continue;
      const catalog = dictOf(resolve(this.current, r));
      if (!signedCatalog || !catalog || typeOf(catalog) !== 'Catalog') return false;
      if (!this.catalogAllowed(signedCatalog, catalog)) return false;
      this.newRoots.add(n);
    }
    return true;
  }

  /**
   * Objects holding validation data: reachable from the /DSS of the current
   * catalog, and either new or already part of the signed /DSS (so that an
   * update cannot pass off a page's /Annots array as a list of certificates).
   */
  private validationObjects(signed: View): Set<number> {
    const walk = (view: View): Set<number> => {
      const out = new Set<number>();
      const root = this.rootCatalog(view);
      const stack: Array<{ v: PdfValue | undefined; depth: number }> = [
        { v: root?.map.get('DSS'), depth: 0 },
      ];
      while (stack.length > 0) {
        const { v, depth } = stack.pop() as { v: PdfValue | undefined; depth: number };
        this.meter.tick(1);
        if (v === undefined || v === null || typeof v !== 'object' || depth > 6) continue;
        let x: PdfValue | undefined = v;
        const r = refOf(v);
        if (r) {
          if (out.has(r.n)) continue;
          out.add(r.n);
          const def = view.get(r.n);
          if (!def || def.dropped || def.stream) continue;
          x = def.value;
        }
        const dict = dictOf(x);
        const arr = arrOf(x);
        if (dict) for (const y of dict.map.values()) stack.push({ v: y, depth: depth + 1 });
        else if (arr) for (const y of arr.items) stack.push({ v: y, depth: depth + 1 });
      }
      return out;
    };
    const before = walk(signed);
    const now = walk(this.current);
    for (const n of now) if (signed.has(n) && !before.has(n)) now.delete(n);
    return now;
  }

  private rootCatalog(view: View): PdfDict | undefined {
    let best: PdfDict | undefined;
    let bestOffset = -1;
    for (const t of this.scan.trailers) {
      const cat = dictOf(resolve(view, t.dict.map.get('Root')));
      if (cat && t.offset > bestOffset) {
        best = cat;
        bestOffset = t.offset;
      }
    }
    for (const d of this.scan.defs) {
      const dict = dictOf(d.value);
      if (!d.stream || !dict || typeOf(dict) !== 'XRef') continue;
      const cat = dictOf(resolve(view, dict.map.get('Root')));
      if (cat && d.offset > bestOffset) {
        best = cat;
        bestOffset = d.offset;
      }
    }
    if (best) return best;
    for (const d of view.values()) {
      const dict = dictOf(d.value);
      if (!d.dropped && dict && typeOf(dict) === 'Catalog') return dict;
    }
    return undefined;
  }

  private laterDefAllowed(d: ObjDef): boolean {
    if (d.broken || d.opaque) return false;
    const prior = this.signed.get(d.n);
    // Part of the file was not read: an object with no known earlier version
    // may still have had one.
    if (!prior && this.partial) return false;
    const dict = dictOf(d.value);
    if (d.stream) {
      const t = d.dropped || !dict ? undefined : typeOf(dict);
      if (t === 'XRef' || t === 'ObjStm') return true;
      if (t === 'Metadata') {
        this.role = 'books';
        return true;
      }
      if (prior) return false;
      // A new stream nothing signed refers to: a certificate, an OCSP
      // response, a CRL, an appearance. Not an embedded file.
      return t !== 'EmbeddedFile';
    }
    // A new plain object (a font, a resource dictionary) is inert; a
    // replaced one cannot be compared.
    if (d.dropped) return !prior;
    if (prior) {
      if (prior.stream || prior.dropped) return false;
      if (same(prior.value, d.value, this.meter)) return true;
      return this.changeAllowed(prior.value, d.value, d.n);
    }
    return this.newAllowed(d.value, d.n);
  }

  private changeAllowed(old: PdfValue, neu: PdfValue, n: number): boolean {
    // Validation data (lists of certificates, OCSP responses and CRLs, /VRI
    // entries) grows with each LTV update; its new version must still be
    // nothing a viewer shows or runs.
    if (this.dssNums.has(n)) {
      const ok = this.newAllowed(neu);
      this.role = 'ltv';
      return ok;
    }
    const o = dictOf(old);
    const v = dictOf(neu);
    this.role = 'books';
    if (!o || !v) {
      const oa = arrOf(old);
      const va = arrOf(neu);
      if (!oa || !va) return false;
      return this.grows(oa, va);
    }
    if (isValidationData(o) && isValidationData(v)) {
      this.role = 'ltv';
      return true;
    }
    if (isInfo(o) && isInfo(v)) return true;
    const t = typeOf(v);
    if (t !== typeOf(o)) return false;
    if (t === 'Catalog') {
      // Validation data written straight into the catalog.
      if (inlineDss(v) && !same(o.map.get('DSS'), v.map.get('DSS'), this.meter)) this.role = 'ltv';
      return this.catalogAllowed(o, v);
    }
    if (t === 'Page') {
      if (!sameExcept(o, v, PAGE_LTV_KEYS, this.meter)) return false;
      return this.listGrows(o.map.get('Annots'), v.map.get('Annots'));
    }
    if (isAcroForm(o) && isAcroForm(v)) return this.acroFormAllowed(o, v);
    return false;
  }

  private catalogAllowed(o: PdfDict, v: PdfDict): boolean {
    if (!sameExcept(o, v, CATALOG_LTV_KEYS, this.meter)) return false;
    return this.entryGrows(o, v, 'AcroForm', (a, b) => this.acroFormAllowed(a, b));
  }

  /** An entry that is a dictionary, changed only as `allowed` says. */
  private entryGrows(
    o: PdfDict,
    v: PdfDict,
    key: string,
    allowed: (a: PdfDict, b: PdfDict) => boolean,
  ): boolean {
    const ov = o.map.get(key);
    const nv = v.map.get(key);
    if (nv === undefined) return ov === undefined;
    const or = refOf(ov);
    const nr = refOf(nv);
    // The same object: a new version of it is judged on its own.
    if (or && nr && or.n === nr.n) return true;
    const od = ov === undefined ? EMPTY : dictOf(resolve(this.signed, ov));
    const nd = dictOf(resolve(this.current, nv));
    return !!od && !!nd && allowed(od, nd);
  }

  private acroFormAllowed(o: PdfDict, v: PdfDict): boolean {
    if (!sameExcept(o, v, ACROFORM_LTV_KEYS, this.meter)) return false;
    return this.listGrows(o.map.get('Fields'), v.map.get('Fields'));
  }

  /** An array entry (direct or indirect) that only gained time stamp fields or widgets. */
  private listGrows(ov: PdfValue | undefined, nv: PdfValue | undefined): boolean {
    if (nv === undefined) return ov === undefined;
    const or = refOf(ov);
    const nr = refOf(nv);
    if (or && nr && or.n === nr.n) return true;
    const oa = ov === undefined ? EMPTY_ARRAY : arrOf(resolve(this.signed, ov));
    const na = arrOf(resolve(this.current, nv));
    return !!oa && !!na && this.grows(oa, na);
  }

  /**
   * Every reference of the signed array is still there (in any order), inline
   * entries are unchanged, and what was added are time stamp fields.
   */
  private grows(oa: PdfArray, na: PdfArray): boolean {
    if (na.items.length < oa.items.length) return false;
    const refs = new Map<string, number>();
    const inline: PdfValue[] = [];
    for (const x of oa.items) {
      this.meter.tick(1);
      const r = refOf(x);
      if (r) refs.set(`${r.n} ${r.g}`, (refs.get(`${r.n} ${r.g}`) ?? 0) + 1);
      else inline.push(x);
    }
    let inlineAt = 0;
    for (const x of na.items) {
      this.meter.tick(1);
      const r = refOf(x);
      if (!r) {
        if (inlineAt >= inline.length || !same(inline[inlineAt], x, this.meter)) return false;
        inlineAt++;
        continue;
      }
      const key = `${r.n} ${r.g}`;
      const left = refs.get(key) ?? 0;
      if (left > 0) refs.set(key, left - 1);
      else if (!this.isLtvField(x)) return false;
    }
    if (inlineAt !== inline.length) return false;
    for (const left of refs.values()) if (left > 0) return false;
    return true;
  }

  /** A new object that is not part of the signed document. */
  private newAllowed(value: PdfValue, n = -1): boolean {
    const d = dictOf(value);
    if (!d) return true;
    const t = typeOf(d);
    if (t === 'Catalog' && this.newRoots.has(n)) {
      this.role = inlineDss(d) ? 'ltv' : 'books';
      return true;
    }
    if (
      t === 'Catalog' ||
      t === 'Page' ||
      t === 'Pages' ||
      t === 'Filespec' ||
      t === 'EmbeddedFile' ||
      isAction(d) ||
      d.map.has('OpenAction') ||
      d.map.has('AA')
    ) {
      return false;
    }
    if (isSigDict(d)) {
      this.role = 'ltv';
      return this.isTimestamp(d);
    }
    if (isAnnotation(d) || d.map.has('FT')) {
      this.role = 'books';
      return this.isLtvFieldDict(d);
    }
    if (isValidationData(d)) this.role = 'ltv';
    else if (isInfo(d)) this.role = 'books';
    // Appearance resources, arrays of references: inert.
    return true;
  }

  private isTimestamp(d: PdfDict): boolean {
    const c = this.byDict.get(d);
    return !!c && c.verdict === 'valid' && c.timestamp && !c.usageRights;
  }

  private isLtvField(v: PdfValue | undefined): boolean {
    const r = refOf(v);
    if (r) {
      const known = this.ltvMemo.get(r.n);
      if (known !== undefined) return known;
    }
    const d = dictOf(resolve(this.current, v));
    const ok = !!d && this.isLtvFieldDict(d);
    if (r) this.ltvMemo.set(r.n, ok);
    return ok;
  }

  /**
   * A document time stamp's field or widget: a signature field whose value
   * is a valid time stamp, shown nowhere.
   */
  private isLtvFieldDict(d: PdfDict): boolean {
    this.meter.tick(1);
    if (isAnnotation(d) && !this.invisibleWidget(d)) return false;
    let field: PdfDict | undefined = d;
    let ft: string | undefined;
    let value: PdfValue | undefined;
    for (let i = 0; field && i < 8; i++) {
      ft ??= nameOf(field.map.get('FT'));
      value ??= field.map.get('V');
      if (ft !== undefined && value !== undefined) break;
      field = dictOf(resolve(this.current, field.map.get('Parent')));
    }
    if (ft !== 'Sig') return false;
    const sig = dictOf(resolve(this.current, value));
    if (!sig || !this.isTimestamp(sig)) return false;
    // A field with separate widgets: each must be invisible.
    const kids = arrOf(resolve(this.current, d.map.get('Kids')))?.items ?? [];
    if (kids.length > 16) return false;
    for (const k of kids) {
      const kd = dictOf(resolve(this.current, k));
      if (!kd || !this.invisibleWidget(kd)) return false;
    }
    return true;
  }

  private invisibleWidget(d: PdfDict): boolean {
    if (!isWidget(d)) return false;
    const flags = d.map.get('F');
    if (typeof flags === 'number' && (flags & INVISIBLE_FLAGS) !== 0) return true;
    const rect = arrOf(resolve(this.current, d.map.get('Rect')));
    if (!rect || rect.items.length !== 4) return false;
    const [x1, y1, x2, y2] = rect.items;
    if (
      typeof x1 !== 'number' ||
      typeof y1 !== 'number' ||
      typeof x2 !== 'number' ||
      typeof y2 !== 'number'
    )
      return false;
    return x1 === x2 || y1 === y2;
  }
}

/** Does an object header ("n g obj") start at `at`, after at most 16 bytes of whitespace? */
function headerAt(b: Uint8Array, at: number): boolean {
  let i = at;
  const stop = Math.min(b.length, at + 16);
  while (i < stop && isPdfWhitespace(b[i])) i++;
  let parts = 0;
  for (; parts < 2; parts++) {
    const s = i;
    while (i < b.length && i - s < 11 && (b[i] as number) >= 0x30 && (b[i] as number) <= 0x39) i++;
    if (i === s || !isPdfWhitespace(b[i])) return false;
    const w = i;
    while (i < b.length && i - w < 16 && isPdfWhitespace(b[i])) i++;
  }
  return b[i] === 0x6f && b[i + 1] === 0x62 && b[i + 2] === 0x6a;
}

const EMPTY: PdfDict = { k: 'dict', map: new Map() };

const EMPTY_ARRAY: PdfArray = { k: 'arr', items: [] };
