/**
 * PDF signature state (R17, 000 §11: case documents go out signed).
 *
 * What counts, and why:
 * - /SigFlags and /Type /Sig appear in unsigned files too (an empty field, a
 *   dictionary prepared for signing): a signature is a signature dictionary
 *   with a numeric /ByteRange and a /Contents that is not all zeros. /Type is
 *   optional in such a dictionary (PDF 32000-1 table 252), so it is found by
 *   /ByteRange as well.
 * - A signature covers the bytes named in its /ByteRange [a b c d]: 0..b and
 *   c..c+d, the gap being its own /Contents. Bytes after c+d were added
 *   later, in an incremental update. That is not always a change to the
 *   document: long-term validation data (/DSS) and document time stamps are
 *   added exactly this way. So the later objects are examined, and only new
 *   or changed pages, content, annotations and form fields count as
 *   "modified after signing".
 * - A document time stamp (/Type /DocTimeStamp, /SubFilter /ETSI.RFC3161)
 *   proves when, not who: on its own it is "timestamp-only".
 * - Adobe's usage-rights signature (/Perms /UR3 or /UR) only unlocks Reader
 *   features; it is not an author's signature.
 */
import { ascii, indexOfBytes, lastIndexOfBytes, MB, toMb } from './bytes';
import { Budget } from './inflate';
import type { ObjDef, PdfDict, PdfString, PdfValue } from './pdf-parse';
import { arrOf, dictOf, nameOf, PdfScanner, refOf, serialize, strOf, textOf } from './pdf-parse';
import type { AttachmentFinding, InspectLimits, PdfSignatureInfo, SignatureState } from './types';
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
const OBJ = ascii('obj');

const ANNOT_SUBTYPES = new Set(
  (
    'Text Link FreeText Line Square Circle Polygon PolyLine Highlight Underline Squiggly ' +
    'StrikeOut Stamp Caret Ink Popup FileAttachment Sound Movie Widget Screen PrinterMark ' +
    'TrapNet Watermark 3D Redact RichMedia Projection'
  ).split(' '),
);

/** Objects that carry signatures, validation data or bookkeeping, not content. */
const META_TYPES = new Set([
  'Catalog',
  'XRef',
  'ObjStm',
  'DSS',
  'VRI',
  'Sig',
  'DocTimeStamp',
  'Metadata',
  'SigFieldLock',
  'TransformParams',
  'SV',
  'SigRef',
]);

const INFO_KEYS = [
  'Producer',
  'Creator',
  'ModDate',
  'CreationDate',
  'Author',
  'Title',
  'Subject',
  'Keywords',
];

interface SigDict {
  readonly dict: PdfDict;
  readonly objNum: number | null;
  readonly compressed: boolean;
}

interface Classified {
  readonly sig: SigDict;
  readonly range: readonly [number, number, number, number] | null;
  readonly contents: PdfString | undefined;
  readonly placeholder: boolean;
  readonly timestamp: boolean;
  readonly usageRights: boolean;
}

class Model {
  readonly current = new Map<number, ObjDef>();
  /** Every version of each object; built only when a later update must be judged. */
  private byNum: Map<number, ObjDef[]> | null = null;

  constructor(readonly defs: readonly ObjDef[]) {
    for (const d of defs) {
      const prev = this.current.get(d.n);
      // The later definition wins (incremental updates append new versions).
      if (!prev || d.offset >= prev.offset) this.current.set(d.n, d);
    }
  }

  resolve(v: PdfValue | undefined, depth = 0): PdfValue | undefined {
    const r = refOf(v);
    if (!r) return v;
    if (depth > 4) return undefined;
    return this.resolve(this.current.get(r.n)?.value, depth + 1);
  }

  dict(v: PdfValue | undefined): PdfDict | undefined {
    return dictOf(this.resolve(v));
  }

  /** The last definition of object n that starts before `offset`. */
  before(n: number, offset: number): ObjDef | undefined {
    if (!this.byNum) {
      this.byNum = new Map();
      for (const d of this.defs) {
        const list = this.byNum.get(d.n);
        if (list) list.push(d);
        else this.byNum.set(d.n, [d]);
      }
    }
    let best: ObjDef | undefined;
    for (const d of this.byNum.get(n) ?? []) {
      if (d.offset < offset && (!best || d.offset >= best.offset)) best = d;
    }
    return best;
  }
}

function typeOf(d: PdfDict): string | undefined {
  return nameOf(d.map.get('Type'));
}

function isSigDict(d: PdfDict): boolean {
  const t = typeOf(d);
  return d.map.has('ByteRange') || t === 'Sig' || t === 'DocTimeStamp';
}

/** Every dictionary in a value, nested ones included (bounded). */
function forEachDict(v: PdfValue | undefined, fn: (d: PdfDict) => void, depth = 0): void {
  if (v === null || v === undefined || typeof v !== 'object' || depth > 10) return;
  if (v.k === 'dict') {
    fn(v);
    for (const x of v.map.values()) forEachDict(x, fn, depth + 1);
  } else if (v.k === 'arr') {
    for (const x of v.items) forEachDict(x, fn, depth + 1);
  }
}

function byteRange(d: PdfDict): readonly [number, number, number, number] | null {
  const arr = arrOf(d.map.get('ByteRange'));
  if (!arr || arr.items.length !== 4) return null;
  const nums: number[] = [];
  for (const x of arr.items) {
    if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) return null;
    nums.push(x);
  }
  const [a, b, c, e] = nums as [number, number, number, number];
  // [0 0 0 0] and friends: space reserved, never computed.
  if (b === 0 && c === 0 && e === 0) return null;
  return [a, b, c, e];
}

function isWidget(d: PdfDict): boolean {
  return nameOf(d.map.get('Subtype')) === 'Widget';
}

function isAnnotation(d: PdfDict): boolean {
  if (typeOf(d) === 'Annot') return true;
  const st = nameOf(d.map.get('Subtype'));
  return st !== undefined && ANNOT_SUBTYPES.has(st) && d.map.has('Rect');
}

function fieldType(m: Model, d: PdfDict): string | undefined {
  let cur: PdfDict | undefined = d;
  for (let i = 0; cur && i < 8; i++) {
    const ft = nameOf(cur.map.get('FT'));
    if (ft) return ft;
    cur = m.dict(cur.map.get('Parent'));
  }
  return undefined;
}

function isInfo(d: PdfDict): boolean {
  if (d.map.has('Type') || d.map.has('FT')) return false;
  return INFO_KEYS.some((k) => d.map.has(k));
}

function isValidationData(d: PdfDict): boolean {
  return ['VRI', 'Certs', 'OCSPs', 'CRLs', 'Cert', 'OCSP', 'CRL', 'TU', 'TS'].some((k) =>
    d.map.has(k),
  );
}

function isMeta(m: Model, d: PdfDict): boolean {
  const t = typeOf(d);
  if (t !== undefined && META_TYPES.has(t)) return true;
  if (isSigDict(d) || isInfo(d) || isValidationData(d)) return true;
  // The AcroForm dictionary: gains an entry when a signature field is added.
  if (d.map.has('Fields') && !t) return true;
  const ft = fieldType(m, d);
  return ft === 'Sig' && (isWidget(d) || d.map.has('FT') || d.map.has('T'));
}

function samePage(a: PdfDict, b: PdfDict): boolean {
  return ['Contents', 'Resources', 'MediaBox', 'CropBox', 'Rotate', 'Parent'].every(
    (k) => serialize(a.map.get(k)) === serialize(b.map.get(k)),
  );
}

/**
 * Is an object written after the last signature harmless for the signed
 * content? `prior` is its earlier version, if it redefines one.
 */
function harmlessLater(
  m: Model,
  def: ObjDef,
  prior: ObjDef | undefined,
  signedPageTrees: ReadonlySet<string>,
): boolean {
  if (def.opaque) return false;
  const d = dictOf(def.value);
  const p = prior ? dictOf(prior.value) : undefined;
  if (!d) {
    // A plain number or array: harmless when new (e.g. a /Length), not when it replaces content.
    return !prior || (!prior.stream && !dictOf(prior.value));
  }
  const t = typeOf(d);
  // A catalog may gain /DSS or a larger /AcroForm, but must keep the signed page tree.
  if (t === 'Catalog') return signedPageTrees.has(serialize(d.map.get('Pages')));
  if (t === 'Page') return !!p && typeOf(p) === 'Page' && samePage(p, d);
  if (t === 'Pages') {
    return (
      !!p &&
      serialize(p.map.get('Kids')) === serialize(d.map.get('Kids')) &&
      serialize(p.map.get('Count')) === serialize(d.map.get('Count'))
    );
  }
  if (isMeta(m, d)) return !p || isMeta(m, p);
  // Anything else that replaces an earlier object (a content stream, a font,
  // a resource dictionary, an annotation) changes what was signed.
  if (prior) return false;
  if (isAnnotation(d)) return false;
  if (d.map.has('FT')) return false;
  if (t === 'EmbeddedFile' || t === 'Filespec') return false;
  // New streams and dictionaries nobody references from a page are inert
  // (certificates, OCSP responses, appearance streams of signature fields).
  return true;
}

function onlyWhitespace(b: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0x00 && c !== 0x0c)
      return false;
  }
  return true;
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
  const findings: AttachmentFinding[] = [];
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
  const header = indexOfBytes(bytes, PDF_HEADER, 0, Math.min(len, 1024 + PDF_HEADER.length));
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
    partial = true;
  }

  const eofs = scan.eofs;
  // A complete file ends with %%EOF (tolerating trailing whitespace or junk).
  const endsWithEof = lastIndexOfBytes(bytes, EOF_MARK, Math.max(0, len - 1024)) >= 0;
  const cut = !hostTruncated && (!endsWithEof || scan.cutStream);
  if (cut) findings.push({ code: 'attachment.truncated' });

  const m = new Model(scan.defs);
  const encrypted =
    scan.trailers.some((t) => t.map.has('Encrypt')) ||
    scan.defs.some((d) => {
      const dict = dictOf(d.value);
      return !!dict && typeOf(dict) === 'XRef' && dict.map.has('Encrypt');
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
  for (const def of m.current.values()) {
    forEachDict(def.value, (d) => {
      if (nameOf(d.map.get('FT')) === 'Sig') {
        const v = d.map.get('V');
        if (v === undefined || v === null) {
          const kids = arrOf(d.map.get('Kids'))?.items ?? [];
          const kidIsField = kids.some((k) => {
            const kd = m.dict(k);
            return !!kd && (kd.map.has('V') || kd.map.has('T'));
          });
          if (!kidIsField) emptyFields++;
        } else if (refOf(v) && m.resolve(v) === undefined) {
          unresolved++;
        }
      }
      const perms = m.dict(d.map.get('Perms'));
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
        if (s) embeddedFiles.push(textOf(s));
      }
    });
  }

  const classified: Classified[] = sigs.map((sig) => {
    const d = sig.dict;
    const range = byteRange(d);
    const contents = strOf(d.map.get('Contents'));
    const subFilter = nameOf(d.map.get('SubFilter'));
    const refs = arrOf(d.map.get('Reference'))?.items ?? [];
    const urRef = refs.some((x) => {
      const method = nameOf(m.dict(x)?.map.get('TransformMethod'));
      return method === 'UR3' || method === 'UR';
    });
    return {
      sig,
      range,
      contents,
      placeholder: !range || !contents || contents.zero,
      timestamp: typeOf(d) === 'DocTimeStamp' || subFilter === 'ETSI.RFC3161',
      usageRights: (sig.objNum !== null && urNums.has(sig.objNum)) || urDicts.has(d) || urRef,
    };
  });
  const real = classified.filter((c) => !c.placeholder);
  const authors = real.filter((c) => !c.timestamp && !c.usageRights);
  const timestamps = real.filter((c) => c.timestamp && !c.usageRights);
  const usage = real.filter((c) => c.usageRights);
  const placeholders = classified.filter((c) => c.placeholder);

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
    if (!hostTruncated && modifiedAfter(bytes, m, authors)) state = 'modified-after-signing';
  } else if (timestamps.length > 0) state = 'timestamp-only';
  else if (usage.length > 0) state = 'usage-rights-only';
  else if (placeholders.length > 0) state = 'placeholder';
  else if (emptyFields > 0) state = 'empty-field';
  // Part of the file unseen, or a field points at a signature we could not
  // find: we cannot say it is unsigned.
  else if (partial || unresolved > 0 || (scan.defs.length === 0 && !encrypted)) state = null;
  else state = 'unsigned';

  if (state === null && scan.defs.length === 0 && !partial)
    findings.push({ code: 'attachment.unreadable' });
  if (state && state !== 'signed') {
    findings.push(
      state === 'modified-after-signing'
        ? { code: 'attachment.pdf.modified-after-signing', params: { revisions: eofs } }
        : { code: `attachment.pdf.${state}` },
    );
  }
  return { signature: state, info, encrypted, findings, embeddedFiles };
}

/**
 * Was the document changed after its last author signature? True when the
 * signature's byte range does not fit the file, or when objects appended
 * after it change pages, content, annotations or form fields.
 */
function modifiedAfter(b: Uint8Array, m: Model, authors: readonly Classified[]): boolean {
  let last: Classified | undefined;
  let lastEnd = -1;
  for (const c of authors) {
    const r = c.range;
    if (r && r[2] + r[3] > lastEnd) {
      last = c;
      lastEnd = r[2] + r[3];
    }
  }
  if (!last || !last.range) return false;
  const [a, bEnd, cStart] = last.range;
  const len = b.length;
  // The signed range must start at the first byte and fit in the file.
  if (a !== 0 || lastEnd > len || cStart < bEnd) return true;
  // The gap must be exactly this signature's /Contents; if not, the file was
  // rewritten after signing (a full save moves every byte).
  const contents = last.contents;
  if (contents && !last.sig.compressed && (contents.start !== bEnd || contents.end !== cStart)) {
    return true;
  }
  if (lastEnd === len || onlyWhitespace(b, lastEnd, len)) return false;
  const later = m.defs.filter((d) => d.offset >= lastEnd);
  if (later.length === 0) {
    // Nothing parsable was appended (an xref section, a stray comment), unless
    // there is an object we could not parse.
    return indexOfBytes(b, OBJ, lastEnd) >= 0 && /\d\s+\d+\s+obj/.test(tailText(b, lastEnd));
  }
  const signedPageTrees = new Set<string>();
  for (const d of m.defs) {
    const dict = dictOf(d.value);
    if (d.offset < lastEnd && dict && typeOf(dict) === 'Catalog') {
      signedPageTrees.add(serialize(dict.map.get('Pages')));
    }
  }
  return later.some((d) => !harmlessLater(m, d, m.before(d.n, lastEnd), signedPageTrees));
}

function tailText(b: Uint8Array, from: number): string {
  let s = '';
  for (let i = from; i < b.length && i < from + 65536; i++)
    s += String.fromCharCode(b[i] as number);
  return s;
}
