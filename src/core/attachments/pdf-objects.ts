/**
 * The PDF objects a signature judgement looks at (pdf.ts): signature
 * dictionaries and their /ByteRange, annotations, actions, validation data
 * (/DSS), document information, and structural comparison of an object with
 * its signed version. Each helper is linear in the objects it is given.
 */

import { isPkcs1Signature, readSignedData } from './cms';
import { nameOf, arrOf, refOf, dictOf, strOf, stringBytes } from './pdf-parse';
import type { PdfDict, PdfString, ObjDef, PdfValue } from './pdf-parse';
import type { Meter } from '../metering/meter';

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
export const CATALOG_LTV_KEYS = new Set([
  'DSS',
  'AcroForm',
  'Extensions',
  'Metadata',
  'MarkInfo',
  'Version',
]);

/** AcroForm entries an LTV update may change (a time stamp field added to /Fields). */
export const ACROFORM_LTV_KEYS = new Set(['Fields', 'SigFlags', 'DR', 'DA']);

/** Page entries an LTV update may change (a time stamp widget added to /Annots). */
export const PAGE_LTV_KEYS = new Set(['Annots']);

/** Annotation flags that keep a widget from being seen: Hidden (2), NoView (32). */
export const INVISIBLE_FLAGS = 2 | 32;

export interface SigDict {
  readonly dict: PdfDict;
  readonly objNum: number | null;
  readonly compressed: boolean;
}

export type Range = readonly [number, number, number, number];

export interface Classified {
  readonly sig: SigDict;
  readonly range: Range | null;
  readonly contents: PdfString | undefined;
  /** A signature, an unfilled one, or a dictionary claiming one that is not there. */
  readonly verdict: 'valid' | 'placeholder' | 'bogus';
  readonly timestamp: boolean;
  readonly usageRights: boolean;
}

export type View = ReadonlyMap<number, ObjDef>;

export function typeOf(d: PdfDict): string | undefined {
  return nameOf(d.map.get('Type'));
}

export function isSigDict(d: PdfDict): boolean {
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

export function resolve(view: View, v: PdfValue | undefined): PdfValue | undefined {
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

export function isWidget(d: PdfDict): boolean {
  return nameOf(d.map.get('Subtype')) === 'Widget';
}

export function isAnnotation(d: PdfDict): boolean {
  if (typeOf(d) === 'Annot') return true;
  const st = nameOf(d.map.get('Subtype'));
  return st !== undefined && ANNOT_SUBTYPES.has(st) && d.map.has('Rect');
}

export function isAction(d: PdfDict): boolean {
  if (typeOf(d) === 'Action' || d.map.has('JS')) return true;
  const s = nameOf(d.map.get('S'));
  return s !== undefined && ACTION_TYPES.has(s);
}

function keysWithin(d: PdfDict, allowed: ReadonlySet<string>): boolean {
  if (d.map.size === 0) return false;
  for (const k of d.map.keys()) if (!allowed.has(k)) return false;
  return true;
}

export function isInfo(d: PdfDict): boolean {
  return keysWithin(d, INFO_KEYS);
}

export function isValidationData(d: PdfDict): boolean {
  const t = typeOf(d);
  if (t !== undefined && t !== 'DSS' && t !== 'VRI') return false;
  return keysWithin(d, VALIDATION_KEYS);
}

export function inlineDss(catalog: PdfDict): boolean {
  const dss = dictOf(catalog.map.get('DSS'));
  return !!dss && isValidationData(dss);
}

export function isAcroForm(d: PdfDict): boolean {
  return d.map.has('Fields') && !d.map.has('Type');
}

/** Values equal in structure; the cost is bounded by the size of `b`. */
export function same(a: PdfValue | undefined, b: PdfValue | undefined, meter: Meter): boolean {
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
export function sameExcept(
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
export function forEachDict(v: PdfValue, meter: Meter, fn: (d: PdfDict) => void): void {
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
export function latest(defs: readonly ObjDef[], before = Infinity): Map<number, ObjDef> {
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

export function classify(
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
