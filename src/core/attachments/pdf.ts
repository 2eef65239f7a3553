/**
 * PDF signature state (R17, 000 §11: case documents go out signed), judged
 * the way a conservative checker (Adobe Reader, pyHanko) would.
 *
 * What counts, and why:
 * - /SigFlags and /Type /Sig appear in unsigned files too (an empty field, a
 *   dictionary prepared for signing): a signature is a signature dictionary
 *   with a numeric /ByteRange and a /Contents that holds a CMS/PKCS #7
 *   SignedData (cms.ts). /Type is optional in such a dictionary (PDF 32000-1
 *   table 252), so it is found by /ByteRange as well.
 * - /Contents all zeros is a placeholder (prepared for signing). /Contents
 *   that is something else but no SignedData (random bytes, text, a cut-off
 *   blob), a /ByteRange no signer writes, or a signature dictionary inside a
 *   compressed object stream (whose /Contents no /ByteRange can leave out)
 *   is no signature at all: the file is reported `unsigned`. Not
 *   `placeholder`, which says the file was honestly prepared for signing;
 *   such a dictionary claims a signature that is not there, and "not
 *   signed" is the plain truth about it.
 * - A signature covers the bytes named in its /ByteRange [0 b c d]: 0..b and
 *   c..c+d, the gap being exactly its own /Contents, and the covered bytes
 *   must run to the end of its own revision (the %%EOF that closes it). A
 *   range that has moved off its /Contents, or runs past the end of the file,
 *   means the bytes changed after signing. A range that stops short of its
 *   revision's end (pyHanko's tail-uncovered.pdf) leaves part of the signed
 *   revision open to change: with anything appended after it, the document
 *   was modified after signing; with nothing, it is not signed.
 * - Bytes after the last author signature were added later, in incremental
 *   updates. Only long-term validation (LTV) updates leave the signed
 *   document as it was: validation data (/DSS with /Certs, /OCSPs, /CRLs,
 *   /VRI), document time stamps (/Type /DocTimeStamp, /SubFilter
 *   /ETSI.RFC3161) in invisible signature fields, and the catalog, AcroForm
 *   and page /Annots entries that reference them; also the document
 *   information dictionary and XMP metadata, which signing tools update with
 *   every save. Those entries may change only in an update that carries LTV
 *   data: an update that only changes them is not an LTV update. Anything
 *   else (an annotation, an action, a page, changed content, a filled-in
 *   field, an object deleted, a /Root or a cross-reference entry pointed
 *   elsewhere, something unreadable) makes the file `modified-after-signing`.
 * - A document time stamp proves when, not who: on its own it is
 *   "timestamp-only".
 * - Adobe's usage-rights signature (/Perms /UR3 or /UR) only unlocks Reader
 *   features; it is not an author's signature.
 *
 * Linear in the file: the reader is (pdf-parse.ts), and the judgement looks
 * at each object a bounded number of times, comparing a later version of an
 * object with its signed version at a cost bounded by the later version's
 * size. All work is counted on the attachment's meter; OutOfTime passes
 * through.
 */
import { ascii, MB, toMb } from './bytes';
import { isPkcs1Signature, readSignedData } from './cms';
import { Budget } from './inflate';
import type { ObjDef, PdfArray, PdfDict, PdfString, PdfValue, ScanResult } from './pdf-parse';
import {
  arrOf,
  dictOf,
  findBytes,
  fullTextOf,
  isPdfWhitespace,
  nameOf,
  PdfScanner,
  refOf,
  strOf,
  stringBytes,
} from './pdf-parse';
import type { Meter } from '../metering/meter';
import type {
  AttachmentFinding,
  InspectLimits,
  NotInspectedReason,
  PdfSignatureInfo,
  SignatureState,
} from './types';
import { DEFAULT_LIMITS } from './types';

export interface PdfInspection {
  /** Null when the file is not a readable PDF, or too little of it was seen to decide. */
  readonly signature: SignatureState | null;
  readonly info: PdfSignatureInfo;
  readonly encrypted: boolean;
  readonly findings: readonly AttachmentFinding[];
  /** Names of files embedded in the PDF (checked for risky types by the caller). */
  readonly embeddedFiles: readonly string[];
}

export interface PdfOptions {
  /** The host gave only the first part of the file. */
  readonly hostTruncated?: boolean;
  /** Real size of the file when the host truncated it. */
  readonly size?: number;
}

const PDF_HEADER = ascii('%PDF-');
const EOF_MARK = ascii('%%EOF');

const ANNOT_SUBTYPES = new Set(
  (
    'Text Link FreeText Line Square Circle Polygon PolyLine Highlight Underline Squiggly ' +
    'StrikeOut Stamp Caret Ink Popup FileAttachment Sound Movie Widget Screen PrinterMark ' +
    'TrapNet Watermark 3D Redact RichMedia Projection'
  ).split(' '),
);

const ACTION_TYPES = new Set(
  (
    'GoTo GoToR GoToE GoToDp Launch Thread URI Sound Movie Hide Named SubmitForm ResetForm ' +
    'ImportData JavaScript SetOCGState Rendition Trans GoTo3DView RichMediaExecute'
  ).split(' '),
);

const INFO_KEYS = new Set([
  'Producer',
  'Creator',
  'ModDate',
  'CreationDate',
  'Author',
  'Title',
  'Subject',
  'Keywords',
  'Trapped',
]);

const VALIDATION_KEYS = new Set([
  'Type',
  'VRI',
  'Certs',
  'OCSPs',
  'CRLs',
  'Cert',
  'OCSP',
  'CRL',
  'TU',
  'TS',
]);

/** Catalog entries an LTV update may add or change (as pyHanko's CatalogModificationRule allows). */
const CATALOG_LTV_KEYS = new Set([
  'DSS',
  'AcroForm',
  'Extensions',
  'Metadata',
  'MarkInfo',
  'Version',
]);
/** AcroForm entries an LTV update may change (a time stamp field added to /Fields). */
const ACROFORM_LTV_KEYS = new Set(['Fields', 'SigFlags', 'DR', 'DA']);
/** Page entries an LTV update may change (a time stamp widget added to /Annots). */
const PAGE_LTV_KEYS = new Set(['Annots']);

/** Annotation flags that keep a widget from being seen: Hidden (2), NoView (32). */
const INVISIBLE_FLAGS = 2 | 32;

interface SigDict {
  readonly dict: PdfDict;
  readonly objNum: number | null;
  readonly compressed: boolean;
}

type Range = readonly [number, number, number, number];

interface Classified {
  readonly sig: SigDict;
  readonly range: Range | null;
  readonly contents: PdfString | undefined;
  /** A signature, an unfilled one, or a dictionary claiming one that is not there. */
  readonly verdict: 'valid' | 'placeholder' | 'bogus';
  readonly timestamp: boolean;
  readonly usageRights: boolean;
}

type View = ReadonlyMap<number, ObjDef>;

function typeOf(d: PdfDict): string | undefined {
  return nameOf(d.map.get('Type'));
}

function isSigDict(d: PdfDict): boolean {
  const t = typeOf(d);
  return d.map.has('ByteRange') || t === 'Sig' || t === 'DocTimeStamp';
}

/**
 * The signed byte range; 'unfilled' when space was reserved and never
 * computed (missing, [0 0 0 0], node-signpdf's [0 /********** ...]);
 * 'malformed' when it is numbers no signer writes.
 */
function byteRange(d: PdfDict): Range | 'unfilled' | 'malformed' {
  const arr = arrOf(d.map.get('ByteRange'));
  if (!arr) return 'unfilled';
  const nums: number[] = [];
  for (const x of arr.items) {
    if (typeof x !== 'number') return 'unfilled';
    nums.push(x);
  }
  if (nums.every((x) => x === 0)) return 'unfilled';
  if (nums.length !== 4 || nums.some((x) => !Number.isInteger(x) || x < 0)) return 'malformed';
  const [a, b, c, e] = nums as [number, number, number, number];
  // Starts at the first byte, and the hole runs forwards.
  if (a !== 0 || c < b || e === 0) return 'malformed';
  return [a, b, c, e];
}

function resolve(view: View, v: PdfValue | undefined): PdfValue | undefined {
  let cur = v;
  for (let i = 0; i < 4; i++) {
    const r = refOf(cur);
    if (!r) return cur;
    const def = view.get(r.n);
    if (!def || def.dropped) return undefined;
    cur = def.value;
  }
  return refOf(cur) ? undefined : cur;
}

function isWidget(d: PdfDict): boolean {
  return nameOf(d.map.get('Subtype')) === 'Widget';
}

function isAnnotation(d: PdfDict): boolean {
  if (typeOf(d) === 'Annot') return true;
  const st = nameOf(d.map.get('Subtype'));
  return st !== undefined && ANNOT_SUBTYPES.has(st) && d.map.has('Rect');
}

function isAction(d: PdfDict): boolean {
  if (typeOf(d) === 'Action' || d.map.has('JS')) return true;
  const s = nameOf(d.map.get('S'));
  return s !== undefined && ACTION_TYPES.has(s);
}

function keysWithin(d: PdfDict, allowed: ReadonlySet<string>): boolean {
  if (d.map.size === 0) return false;
  for (const k of d.map.keys()) if (!allowed.has(k)) return false;
  return true;
}

function isInfo(d: PdfDict): boolean {
  return keysWithin(d, INFO_KEYS);
}

function isValidationData(d: PdfDict): boolean {
  const t = typeOf(d);
  if (t !== undefined && t !== 'DSS' && t !== 'VRI') return false;
  return keysWithin(d, VALIDATION_KEYS);
}

function inlineDss(catalog: PdfDict): boolean {
  const dss = dictOf(catalog.map.get('DSS'));
  return !!dss && isValidationData(dss);
}

function isAcroForm(d: PdfDict): boolean {
  return d.map.has('Fields') && !d.map.has('Type');
}

/** Values equal in structure; the cost is bounded by the size of `b`. */
function same(a: PdfValue | undefined, b: PdfValue | undefined, meter: Meter): boolean {
  meter.tick(1);
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  switch (a.k) {
    case 'name':
      return b.k === 'name' && a.v === b.v;
    case 'ref':
      return b.k === 'ref' && a.n === b.n && a.g === b.g;
    case 'str': {
      if (b.k !== 'str' || a.hex !== b.hex || a.end - a.start !== b.end - b.start) return false;
      meter.tick(b.end - b.start);
      for (let i = 1; i < a.end - a.start - 1; i++)
        if (a.src[a.start + i] !== b.src[b.start + i]) return false;
      return true;
    }
    case 'arr': {
      if (b.k !== 'arr' || a.items.length !== b.items.length) return false;
      for (let i = 0; i < b.items.length; i++)
        if (!same(a.items[i], b.items[i], meter)) return false;
      return true;
    }
    case 'dict': {
      if (b.k !== 'dict' || a.map.size !== b.map.size) return false;
      for (const [k, v] of b.map) if (!a.map.has(k) || !same(a.map.get(k), v, meter)) return false;
      return true;
    }
  }
}

/** Dictionaries equal outside `except`; the cost is bounded by the size of `neu`. */
function sameExcept(
  old: PdfDict,
  neu: PdfDict,
  except: ReadonlySet<string>,
  meter: Meter,
): boolean {
  let matched = 0;
  for (const [k, v] of neu.map) {
    if (except.has(k)) continue;
    if (!old.map.has(k) || !same(old.map.get(k), v, meter)) return false;
    matched++;
  }
  let oldCount = old.map.size;
  for (const k of except) if (old.map.has(k)) oldCount--;
  return matched === oldCount;
}

/** Every dictionary in a value, nested ones included; no recursion. */
function forEachDict(v: PdfValue, meter: Meter, fn: (d: PdfDict) => void): void {
  const stack: PdfValue[] = [v];
  while (stack.length > 0) {
    const x = stack.pop() as PdfValue;
    meter.tick(1);
    if (x === null || typeof x !== 'object') continue;
    if (x.k === 'dict') {
      fn(x);
      for (const y of x.map.values()) if (y !== null && typeof y === 'object') stack.push(y);
    } else if (x.k === 'arr') {
      for (const y of x.items) if (y !== null && typeof y === 'object') stack.push(y);
    }
  }
}

/** The latest readable definition of each object. */
function latest(defs: readonly ObjDef[], before = Infinity): Map<number, ObjDef> {
  const out = new Map<number, ObjDef>();
  for (const d of defs) {
    if (d.offset >= before) break;
    if (d.broken) continue;
    const prev = out.get(d.n);
    // The later definition wins (incremental updates append new versions).
    if (!prev || d.offset >= prev.offset) out.set(d.n, d);
  }
  return out;
}

export function inspectPdf(
  bytes: Uint8Array,
  limits?: Partial<InspectLimits>,
  options?: PdfOptions,
): PdfInspection {
  return inspectPdfWith(bytes, new Budget({ ...DEFAULT_LIMITS, ...limits }), options ?? {});
}

export function inspectPdfWith(
  bytes: Uint8Array,
  budget: Budget,
  options: PdfOptions,
): PdfInspection {
  const meter = budget.meter;
  const findings: AttachmentFinding[] = [];
  /** Why parts of the file were not read: never passed over in silence. */
  const notInspected = new Set<NotInspectedReason>();
  const len = bytes.length;
  const hostTruncated = options.hostTruncated === true;
  const emptyInfo: PdfSignatureInfo = {
    signatures: 0,
    timestamps: 0,
    usageRights: 0,
    placeholders: 0,
    emptyFields: 0,
    revisions: 0,
  };
  const header = findBytes(bytes, PDF_HEADER, 0, Math.min(len, 1024 + PDF_HEADER.length));
  if (header < 0) {
    findings.push({ code: 'attachment.unreadable' });
    return { signature: null, info: emptyInfo, encrypted: false, findings, embeddedFiles: [] };
  }

  // Large files: the head and the tail. Signatures and later updates are at the end.
  const maxScan = budget.limits.maxScanBytes;
  const scanner = new PdfScanner(bytes, budget, budget.limits.maxPdfObjects);
  let partial = hostTruncated;
  if (len > maxScan) {
    const tailPart = Math.min(Math.floor(maxScan / 4), 16 * MB);
    scanner.scan(0, maxScan - tailPart);
    scanner.scan(len - tailPart, len);
    partial = true;
    findings.push({
      code: 'attachment.too-large',
      params: { limitMb: toMb(maxScan), bound: 'scan', sizeMb: toMb(len) },
    });
    notInspected.add('size');
  } else {
    scanner.scan(0, len);
  }
  const scan = scanner.result();
  if (scanner.bomb)
    findings.push({
      code: 'attachment.zip-bomb',
      params: { limitMb: toMb(budget.limits.minBombBytes) },
    });
  if (scan.tooManyObjects) {
    findings.push({
      code: 'attachment.too-large',
      params: { limitMb: toMb(len), bound: 'part', sizeMb: toMb(len) },
    });
    notInspected.add('parts');
    partial = true;
  }
  for (const limit of scan.limits) notInspected.add(limit);

  const eofs = scan.eofs;
  // A complete file ends with %%EOF (tolerating trailing whitespace or junk).
  const endsWithEof = findBytes(bytes, EOF_MARK, Math.max(0, len - 1024), len) >= 0;
  const cut = !hostTruncated && (!endsWithEof || scan.cutStream);
  if (cut) findings.push({ code: 'attachment.truncated' });
  const readable = scan.defs.some((d) => !d.broken);
  // Objects that could not be read at all (a cut file says so already).
  if (!cut && readable && scan.defs.some((d) => d.broken)) notInspected.add('format');

  const current = latest(scan.defs);
  const encrypted =
    scan.trailers.some((t) => t.dict.map.has('Encrypt')) ||
    scan.defs.some((d) => {
      const dict = dictOf(d.value);
      return !!dict && d.stream && typeOf(dict) === 'XRef' && dict.map.has('Encrypt');
    });
  if (encrypted) findings.push({ code: 'attachment.encrypted', params: { format: 'PDF' } });

  // Usage-rights signatures are those named in /Perms /UR3 or /UR.
  const urNums = new Set<number>();
  const urDicts = new Set<PdfDict>();
  const sigs: SigDict[] = [];
  const seen = new Set<PdfDict>();
  const embeddedFiles: string[] = [];
  // Signature fields (/FT /Sig) without a value. /SigFlags alone proves nothing.
  let emptyFields = 0;
  let unresolved = 0;
  for (const def of current.values()) {
    if (def.dropped) continue;
    forEachDict(def.value, meter, (d) => {
      if (nameOf(d.map.get('FT')) === 'Sig') {
        const v = d.map.get('V');
        if (v === undefined || v === null) {
          const kids = arrOf(d.map.get('Kids'))?.items ?? [];
          const kidIsField = kids.some((k) => {
            const kd = dictOf(resolve(current, k));
            return !!kd && (kd.map.has('V') || kd.map.has('T'));
          });
          if (!kidIsField) emptyFields++;
        } else if (refOf(v) && resolve(current, v) === undefined) {
          unresolved++;
        }
      }
      const perms = dictOf(resolve(current, d.map.get('Perms')));
      if (perms) {
        for (const key of ['UR3', 'UR']) {
          const v = perms.map.get(key);
          const r = refOf(v);
          if (r) urNums.add(r.n);
          const inline = dictOf(v);
          if (inline) urDicts.add(inline);
        }
      }
      if (isSigDict(d) && !seen.has(d)) {
        seen.add(d);
        sigs.push({ dict: d, objNum: d === def.value ? def.n : null, compressed: def.compressed });
      }
      if (typeOf(d) === 'Filespec' && d.map.has('EF')) {
        const s = strOf(d.map.get('UF')) ?? strOf(d.map.get('F'));
        if (s) embeddedFiles.push(fullTextOf(s, meter));
      }
    });
  }

  const classified = sigs.map((sig) => classify(sig, current, urNums, urDicts, meter));
  const real = classified.filter((c) => c.verdict === 'valid');
  const authors = real.filter((c) => !c.timestamp && !c.usageRights);
  const timestamps = real.filter((c) => c.timestamp && !c.usageRights);
  const usage = real.filter((c) => c.usageRights);
  const placeholders = classified.filter((c) => c.verdict === 'placeholder');

  const info: PdfSignatureInfo = {
    signatures: authors.length,
    timestamps: timestamps.length,
    usageRights: usage.length,
    placeholders: placeholders.length,
    emptyFields,
    revisions: eofs,
  };

  let state: SignatureState | null;
  if (authors.length > 0) {
    state = 'signed';
    if (!hostTruncated) {
      const verdict = new Judge(bytes, scan, current, classified, partial, meter).judge(authors);
      if (verdict === 'modified') state = 'modified-after-signing';
      else if (verdict === 'not-signed') state = 'unsigned';
    }
  } else if (timestamps.length > 0) state = 'timestamp-only';
  else if (usage.length > 0) state = 'usage-rights-only';
  else if (placeholders.length > 0) state = 'placeholder';
  else if (emptyFields > 0) state = 'empty-field';
  // Part of the file unseen, or a field points at a signature we could not
  // find: we cannot say it is unsigned.
  else if (partial || unresolved > 0 || (!readable && !encrypted)) state = null;
  else state = 'unsigned';

  if (state === null && !readable && !partial) findings.push({ code: 'attachment.unreadable' });
  for (const reason of notInspected) {
    findings.push({ code: 'attachment.not-inspected', params: { reason } });
  }
  if (state && state !== 'signed') {
    findings.push(
      state === 'modified-after-signing'
        ? { code: 'attachment.pdf.modified-after-signing', params: { revisions: eofs } }
        : { code: `attachment.pdf.${state}` },
    );
  }
  return { signature: state, info, encrypted, findings, embeddedFiles };
}

function classify(
  sig: SigDict,
  current: View,
  urNums: ReadonlySet<number>,
  urDicts: ReadonlySet<PdfDict>,
  meter: Meter,
): Classified {
  const d = sig.dict;
  const range = byteRange(d);
  const contents = strOf(d.map.get('Contents'));
  const subFilter = nameOf(d.map.get('SubFilter'));
  const refs = arrOf(d.map.get('Reference'))?.items ?? [];
  const urRef = refs.some((x) => {
    const method = nameOf(dictOf(resolve(current, x))?.map.get('TransformMethod'));
    return method === 'UR3' || method === 'UR';
  });
  const timestamp = typeOf(d) === 'DocTimeStamp' || subFilter === 'ETSI.RFC3161';
  const usageRights = (sig.objNum !== null && urNums.has(sig.objNum)) || urDicts.has(d) || urRef;
  let verdict: Classified['verdict'];
  if (!contents || contents.zero || range === 'unfilled') verdict = 'placeholder';
  else if (sig.compressed || range === 'malformed') {
    // Inside an object stream the /Contents bytes are compressed, so no
    // /ByteRange can leave them out; a malformed range is not one a signer
    // writes.
    verdict = 'bogus';
  } else {
    const bytes = stringBytes(contents, meter);
    let ok: boolean;
    if (subFilter === 'adbe.x509.rsa_sha1')
      ok = d.map.has('Cert') && isPkcs1Signature(bytes, meter);
    else {
      const shape = readSignedData(bytes, meter);
      // A time stamp token signs a TSTInfo (RFC 3161 §2.4.2).
      ok = shape !== null && (!timestamp || shape.content === 'tst-info');
    }
    verdict = ok ? 'valid' : 'bogus';
  }
  return {
    sig,
    range: typeof range === 'string' ? null : range,
    contents,
    verdict,
    timestamp,
    usageRights,
  };
}

/**
 * Decides whether the author signatures still cover the document: 'clean',
 * 'modified' after signing, or 'not-signed' at all.
 */
class Judge {
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
