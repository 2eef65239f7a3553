/**
 * The PDF reader is linear in the file, whatever the file holds (issue 10: a
 * 549 KB PDF held the send check for 22 s). Work is counted on the meter,
 * never timed: for the worst inputs we know, 4× the input costs at most 4.5×
 * the steps, and never more than a fixed number of steps per byte.
 */
import { Budget } from '../../../src/core/attachments/inflate';
import { inspectPdfWith } from '../../../src/core/attachments/pdf';
import { DEFAULT_LIMITS } from '../../../src/core/attachments/types';
import { Meter, OutOfTime } from '../../../src/core/metering/meter';
import { basePdf, cmsSignedData, PdfBuilder, sigField } from '../../support/pdf-builder';

/** Most steps the reader may take per byte of input. */
const STEPS_PER_BYTE = 16;

function latin1(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
}

function repeat(unit: string, bytes: number, head = '%PDF-1.7\n'): Uint8Array {
  return latin1(head + unit.repeat(Math.max(1, Math.floor(bytes / unit.length))));
}

function steps(bytes: Uint8Array): number {
  const meter = new Meter();
  inspectPdfWith(bytes, new Budget(DEFAULT_LIMITS, meter), {});
  return meter.steps;
}

const HEX_CMS = Array.from(cmsSignedData(), (x) => x.toString(16).padStart(2, '0')).join('');

/** A signed document followed by `bytes` worth of revisions that each write the catalog again. */
function signedThenUpdated(bytes: number): Uint8Array {
  const b = basePdf('/AcroForm << /Fields [5 0 R] /SigFlags 3 >> ', '/Annots [5 0 R] ')
    .obj(5, sigField(5, 6))
    .sig(6)
    .endRevision();
  const start = b.length;
  while (b.length - start < bytes) {
    b.obj(
      1,
      '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> >>',
    ).endRevision();
  }
  return b.bytes();
}

/** A signed page with many annotations, then written again unchanged many times. */
function bigPageRewritten(bytes: number): Uint8Array {
  const annots = Array.from({ length: 500 }, (_x, i) => `${100 + i} 0 R`).join(' ');
  const page = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Annots [5 0 R ${annots}] >>`;
  const b = basePdf('/AcroForm << /Fields [5 0 R] /SigFlags 3 >> ')
    .obj(3, page)
    .obj(5, sigField(5, 6))
    .sig(6)
    .endRevision();
  const start = b.length;
  while (b.length - start < bytes) b.obj(3, page).endRevision();
  return b.bytes();
}

/** Many objects in one compressed object stream, with a cross-reference stream. */
function manyCompressedObjects(bytes: number): Uint8Array {
  const objects: Array<readonly [number, string]> = [];
  for (let i = 0; i < bytes / 40; i++)
    objects.push([10 + i, `<< /Type /Annot /Subtype /Text /N ${i} >>`]);
  return new PdfBuilder('1.5')
    .objStm(9, [[1, '<< /Type /Catalog /Pages 2 0 R >>'], ...objects], false)
    .endRevision('/Root 1 0 R', true)
    .bytes();
}

const WORST: ReadonlyArray<readonly [string, (bytes: number) => Uint8Array]> = [
  ['many "obj" words', (n) => repeat('obj ', n)],
  ['many object headers', (n) => repeat('1 0 obj ', n)],
  ['objects whose strings never close', (n) => repeat('1 0 obj (\n', n)],
  ['objects whose hex strings never close', (n) => repeat('1 0 obj <0a\n', n)],
  ['one dictionary that never closes', (n) => repeat(' /A 1', n, '%PDF-1.7\n1 0 obj <<')],
  ['dictionaries that never close', (n) => repeat('1 0 obj << /A << /B [ 1 2\n', n)],
  ['streams without endstream', (n) => repeat('1 0 obj << /Length 0 >> stream\n', n)],
  [
    'streams whose /Length runs past the end',
    (n) => repeat('1 0 obj << /Length 99999999 >> stream\n', n),
  ],
  ['a long run of "<<"', (n) => repeat('<<', n, '%PDF-1.7\n1 0 obj ')],
  ['a long run of "("', (n) => repeat('(', n, '%PDF-1.7\n1 0 obj ')],
  ['a long run of "["', (n) => repeat('[', n, '%PDF-1.7\n1 0 obj ')],
  ['deeply nested arrays, many times', (n) => repeat(`1 0 obj ${'['.repeat(40)}\n`, n)],
  ['numbers that look like references', (n) => repeat('1 2 ', n, '%PDF-1.7\n1 0 obj [')],
  ['comments between numbers', (n) => repeat('1 %c\n', n, '%PDF-1.7\n1 0 obj [')],
  ['many %%EOF markers', (n) => repeat('%%EOF\n', n)],
  [
    'a huge cross-reference table',
    (n) => repeat('0000000000 00001 f \n', n, '%PDF-1.7\nxref\n0 999999999\n'),
  ],
  ['trailers whose strings never close', (n) => repeat('trailer << /A (\n', n)],
  ['many "startxref" and "xref" words', (n) => repeat('startxref xref 1 ', n)],
  [
    'many signature dictionaries with a CMS value',
    (n) =>
      repeat(`9 0 obj << /Type /Sig /ByteRange [0 10 20 30] /Contents <${HEX_CMS}> >> endobj\n`, n),
  ],
  [
    'many signature dictionaries with nested BER lengths',
    (n) =>
      repeat(`9 0 obj << /ByteRange [0 10 20 30] /Contents <${'3080'.repeat(200)}> >> endobj\n`, n),
  ],
  ['a signed document, then many updates', signedThenUpdated],
  ['a large signed page written again many times', bigPageRewritten],
  ['many objects in an object stream', manyCompressedObjects],
];

describe('the PDF reader is linear in the file', () => {
  const n = 50_000;

  it.each(WORST)('%s', (_name, build) => {
    const small = build(n);
    const large = build(4 * n);
    const a = steps(small);
    const b = steps(large);
    expect(b).toBeLessThanOrEqual(4.5 * a);
    expect(b).toBeLessThanOrEqual(STEPS_PER_BYTE * large.length);
  });

  it('issue 10: a 549 KB PDF of unclosed strings takes a bounded number of steps per byte', () => {
    const bytes = repeat('1 0 obj (\n', 549 * 1024);
    expect(steps(bytes)).toBeLessThanOrEqual(STEPS_PER_BYTE * bytes.length);
  });

  it('reads nesting far deeper than it keeps, without recursion', () => {
    const bytes = repeat('[<<', 6_000_000, '%PDF-1.7\n1 0 obj ');
    expect(() => steps(bytes)).not.toThrow();
  });

  it('stops with OutOfTime when the deadline passes, and does not call the file unreadable', () => {
    let now = 0;
    const meter = new Meter({ now: () => (now += 5), deadline: 100, checkEvery: 1_000 });
    const bytes = repeat('1 0 obj (\n', 549 * 1024);
    expect(() => inspectPdfWith(bytes, new Budget(DEFAULT_LIMITS, meter), {})).toThrow(OutOfTime);
  });
});
