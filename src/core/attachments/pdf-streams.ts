/**
 * Stream handling for the PDF object reader (pdf-parse.ts): which filters
 * it undoes (Flate only), which stream dictionaries and keys it keeps, and
 * the PNG predictor of cross-reference streams. Linear in the stream.
 */

import type { Meter } from '../metering/meter';
import { arrOf, dictOf, nameOf } from './pdf-values';
import type { PdfDict, PdfValue } from './pdf-values';

export function filterIsFlate(d: PdfDict): boolean | undefined {
  const f = d.map.get('Filter');
  if (f === undefined || f === null) return false;
  const name = nameOf(f) ?? nameOf(arrOf(f)?.items.length === 1 ? arrOf(f)?.items[0] : undefined);
  if (name === 'FlateDecode' || name === 'Fl') {
    // Predictors are used on xref streams, not on object streams; do not guess.
    return d.map.has('DecodeParms') || d.map.has('DP') ? undefined : true;
  }
  return undefined;
}

/**
 * Keys that make a dictionary matter for signatures, fields, pages, actions
 * or validation data.
 */
const KEPT_KEYS = [
  'Type',
  'FT',
  'ByteRange',
  'Perms',
  'Fields',
  'Subtype',
  'Parent',
  'Kids',
  'V',
  'T',
  'EF',
  'Encrypt',
  'AcroForm',
  'VRI',
  'Certs',
  'OCSPs',
  'CRLs',
  'Cert',
  'OCSP',
  'CRL',
  'Producer',
  'Creator',
  'ModDate',
  'CreationDate',
  'Author',
  'Title',
  'S',
  'JS',
  'Annots',
  'OpenAction',
  'AA',
];

const KEPT_STREAM_TYPES = new Set(['ObjStm', 'XRef', 'Metadata', 'EmbeddedFile']);

/**
 * Most objects of a large PDF are content streams, images, fonts and resource
 * dictionaries. Their parsed form is dropped at once (the definition is
 * marked `dropped`), so memory and garbage collection stay proportional to
 * the few objects that matter.
 */
export function keeps(value: PdfValue, stream: boolean): boolean {
  const d = dictOf(value);
  if (!d) return !stream;
  if (stream) return KEPT_STREAM_TYPES.has(nameOf(d.map.get('Type')) ?? '');
  for (const key of KEPT_KEYS) if (d.map.has(key)) return true;
  return false;
}

export const DROPPED: PdfDict = { k: 'dict', map: new Map() };

/**
 * Undo PNG prediction (PDF 32000-1 §7.4.4.4): rows of `columns` bytes, each
 * after a byte naming its filter; one byte per pixel, as in cross-reference
 * streams.
 */
export function unpredictPng(data: Uint8Array, columns: number, meter: Meter): Uint8Array | null {
  const rowIn = columns + 1;
  const rows = Math.floor(data.length / rowIn);
  const out = new Uint8Array(rows * columns);
  meter.tick(data.length + 1);
  for (let r = 0; r < rows; r++) {
    const kind = data[r * rowIn] as number;
    const src = r * rowIn + 1;
    const dst = r * columns;
    for (let c = 0; c < columns; c++) {
      const x = data[src + c] as number;
      const left = c > 0 ? (out[dst + c - 1] as number) : 0;
      const up = r > 0 ? (out[dst - columns + c] as number) : 0;
      const upLeft = r > 0 && c > 0 ? (out[dst - columns + c - 1] as number) : 0;
      let v: number;
      if (kind === 0) v = x;
      else if (kind === 1) v = x + left;
      else if (kind === 2) v = x + up;
      else if (kind === 3) v = x + ((left + up) >> 1);
      else if (kind === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        v = x + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      } else return null;
      out[dst + c] = v & 0xff;
    }
  }
  return out;
}
