/**
 * Every limit the PDF reader meets is named in an `attachment.not-inspected`
 * finding: nothing it did not read is passed over in silence (issue 10).
 */
import { inspectAttachment, inspectPdf } from '../../../src/core/attachments';
import type { AttachmentFinding, InspectLimits } from '../../../src/core/attachments';
import { basePdf, PdfBuilder } from '../../support/pdf-builder';

function notInspected(
  bytes: Uint8Array,
  limits?: Partial<InspectLimits>,
): ReadonlyArray<string | number | undefined> {
  return inspectPdf(bytes, limits)
    .findings.filter((f: AttachmentFinding) => f.code === 'attachment.not-inspected')
    .map((f) => f.params?.['reason']);
}

describe('limits of the PDF reader', () => {
  it.each<[string, () => Uint8Array, Partial<InspectLimits>, string]>([
    [
      'a value nested deeper than the reader keeps',
      () =>
        basePdf()
          .obj(8, `${'['.repeat(40)}${']'.repeat(40)}`)
          .endRevision()
          .bytes(),
      {},
      'nesting',
    ],
    [
      'a dictionary with more entries than the reader keeps',
      () =>
        basePdf()
          .obj(8, `<< ${Array.from({ length: 20_001 }, (_x, i) => `/K${i} ${i}`).join(' ')} >>`)
          .endRevision()
          .bytes(),
      {},
      'parts',
    ],
    [
      'more objects than the reader reads',
      () => {
        const b = basePdf();
        for (let i = 0; i < 20; i++) b.obj(10 + i, '<< /Type /Annot >>');
        return b.endRevision().bytes();
      },
      { maxPdfObjects: 10 },
      'parts',
    ],
    [
      'an object stream in a compression it does not read',
      () =>
        basePdf()
          .obj(9, '<< /Type /ObjStm /N 1 /First 4 /Filter /LZWDecode >>', '1 0 <<>>')
          .endRevision()
          .bytes(),
      {},
      'format',
    ],
    [
      'an object stream larger than one part may inflate to',
      () =>
        new PdfBuilder('1.5')
          .objStm(
            9,
            Array.from({ length: 400 }, (_x, i) => [10 + i, `<< /Type /Annot /N ${i} >>`] as const),
          )
          .endRevision('/Root 1 0 R', true)
          .bytes(),
      { maxPartBytes: 1024 },
      'size',
    ],
    [
      'a file above the scan limit',
      () =>
        basePdf()
          .obj(8, '<< >>', 'y'.repeat(3 * 1024 * 1024))
          .endRevision()
          .bytes(),
      { maxScanBytes: 2 * 1024 * 1024 },
      'size',
    ],
    [
      'an object that cannot be read',
      () => basePdf().raw('8 0 obj\n<< /A { >>\nendobj\n').endRevision().bytes(),
      {},
      'format',
    ],
  ])('names %s', (_name, build, limits, reason) => {
    expect(notInspected(build(), limits)).toContain(reason);
  });

  it('says nothing of the kind about an ordinary file', () => {
    expect(notInspected(basePdf().endRevision().bytes())).toEqual([]);
  });

  it('reads an empty object ("n g obj endobj") as null, not as unreadable', () => {
    expect(notInspected(basePdf().raw('8 0 obj\nendobj\n').endRevision().bytes())).toEqual([]);
  });

  it('names a risky embedded file whose name is longer than the reader keeps of a string', async () => {
    const name = `${'a'.repeat(3000)}.exe`;
    const bytes = basePdf('/Names << /EmbeddedFiles << /Names [(x) 12 0 R] >> >> ')
      .obj(12, `<< /Type /Filespec /F (${name}) /UF (${name}) /EF << /F 13 0 R >> >>`)
      .obj(13, '<< /Type /EmbeddedFile >>', 'MZ')
      .endRevision()
      .bytes();
    const r = await inspectAttachment({ name: 'vedlegg.pdf', bytes });
    expect(r.riskReasons).toContain('executable');
  });
});
