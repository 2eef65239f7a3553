/**
 * Signature states as a conservative checker reports them (issue 10): the
 * signature value must be a CMS SignedData, its byte range must frame it and
 * reach its revision's end, and only LTV updates may follow it.
 */
import { inspectPdf } from '../../../src/core/attachments';
import type { SignatureState } from '../../../src/core/attachments';
import type { SigOptions } from '../../support/pdf-builder';
import { basePdf, cmsSignedData, PdfBuilder, sigField } from '../../support/pdf-builder';

const FONT =
  '/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>';
const page = (extra = ''): string =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${FONT} /Contents 4 0 R ${extra}>>`;
const catalog = (extra = '', fields = '5 0 R'): string =>
  `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [${fields}] /SigFlags 3 >> ${extra}>>`;

/**
 * An unsigned document, then a revision that signs it (field 5, signature
 * dictionary 6), as signers write them. `before` adds to the first revision.
 */
function signedDoc(opts: SigOptions = {}, before?: (b: PdfBuilder) => PdfBuilder): PdfBuilder {
  const first = basePdf();
  return (before ? before(first) : first)
    .endRevision()
    .obj(1, catalog())
    .obj(3, page('/Annots [5 0 R] '))
    .obj(5, sigField(5, 6))
    .sig(6, opts)
    .endRevision();
}

/** Validation data (PAdES-LT): certificates and OCSP responses in a /DSS. */
function addDss(b: PdfBuilder, fields = '5 0 R'): PdfBuilder {
  return b
    .obj(1, catalog('/DSS 20 0 R ', fields))
    .obj(
      20,
      '<< /Type /DSS /Certs [21 0 R] /OCSPs [22 0 R] /VRI << /ABCDEF0123456789ABCDEF0123456789ABCDEF01 << /Cert [21 0 R] >> >> >>',
    )
    .obj(21, '<< >>', '0\x82\x03\x12 certificate bytes')
    .obj(22, '<< >>', '0\x82\x01\x00 ocsp response bytes')
    .endRevision();
}

interface StampOptions {
  readonly rect?: string;
  readonly flags?: number;
  readonly sig?: SigOptions;
}

/** A document time stamp (PAdES-LTA) in field 60, its widget on page 3. */
function addTimestamp(b: PdfBuilder, o: StampOptions = {}): PdfBuilder {
  return b
    .obj(1, catalog('/DSS 20 0 R ', '5 0 R 60 0 R'))
    .obj(3, page('/Annots [5 0 R 60 0 R] '))
    .obj(
      60,
      `<< /FT /Sig /T (Tidsstempel) /V 61 0 R /Type /Annot /Subtype /Widget /Rect ${o.rect ?? '[0 0 0 0]'} /F ${o.flags ?? 132} /P 3 0 R >>`,
    )
    .sig(61, { type: 'DocTimeStamp', ...o.sig })
    .obj(62, '<< /Type /XObject /Subtype /Form /BBox [0 0 0 0] >>', '')
    .endRevision();
}

function state(b: PdfBuilder | Uint8Array): SignatureState | null {
  return inspectPdf(b instanceof Uint8Array ? b : b.bytes()).signature;
}

describe('a signature is a CMS SignedData', () => {
  it.each<[string, () => PdfBuilder, SignatureState]>([
    ['a CMS SignedData', () => signedDoc(), 'signed'],
    [
      'a CMS SignedData in BER',
      () => signedDoc({ contents: cmsSignedData({ indefinite: true }) }),
      'signed',
    ],
    // Random bytes claim a signature that is not there: "not signed" is the
    // plain truth, not "prepared for signing" (that is all zeros).
    ['random bytes', () => signedDoc({ contents: 'garbage' }), 'unsigned'],
    [
      'text',
      () => signedDoc({ contents: new TextEncoder().encode('Godkjent av rådmannen') }),
      'unsigned',
    ],
    [
      'a CMS SignedData cut short',
      () => signedDoc({ contents: cmsSignedData().subarray(0, 300), size: 300 }),
      'unsigned',
    ],
    [
      'a SignedData without signers',
      () => signedDoc({ contents: cmsSignedData({ signers: 0 }) }),
      'unsigned',
    ],
    ['all zeros', () => signedDoc({ contents: 'zeros' }), 'placeholder'],
    [
      'a document time stamp whose token signs no TSTInfo',
      () => signedDoc({ type: 'DocTimeStamp', contents: cmsSignedData() }),
      'unsigned',
    ],
    ['a time stamp token', () => signedDoc({ type: 'DocTimeStamp' }), 'timestamp-only'],
  ])('/Contents holding %s', (_name, build, expected) => {
    expect(state(build())).toBe(expected);
  });

  it('does not count a signature dictionary inside an object stream, whose /Contents no range can leave out', () => {
    let hex = '';
    for (const x of cmsSignedData()) hex += x.toString(16).padStart(2, '0');
    const bytes = new PdfBuilder('1.5')
      .objStm(10, [
        [1, '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> >>'],
        [2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
        [3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [5 0 R] >>'],
        [5, sigField(5, 6)],
        [
          6,
          `<< /Type /Sig /SubFilter /adbe.pkcs7.detached /ByteRange [0 10 20 30] /Contents <${hex}> >>`,
        ],
      ])
      .endRevision('/Root 1 0 R', true)
      .bytes();
    expect(state(bytes)).toBe('unsigned');
  });

  it('says why in the finding', () => {
    expect(inspectPdf(signedDoc({ contents: 'garbage' }).bytes()).findings).toContainEqual({
      code: 'attachment.pdf.unsigned',
    });
  });
});

describe('the signed byte range', () => {
  it.each<[string, () => PdfBuilder, SignatureState]>([
    [
      "stops short of its revision's %%EOF, and an update follows (pyHanko's tail-uncovered.pdf)",
      () =>
        signedDoc({ byteRange: 'tail-uncovered' })
          .obj(9, '<< /Producer (pyHanko) /Author (John Doe) >>')
          .endRevision('/Root 1 0 R /Info 9 0 R'),
      'modified-after-signing',
    ],
    [
      "stops short of its revision's %%EOF, with nothing after it",
      () => signedDoc({ byteRange: 'tail-uncovered' }),
      'unsigned',
    ],
    [
      'does not start at the first byte',
      () => signedDoc({ adjustRange: ([, b, c, d]) => [1, b as number, c as number, d as number] }),
      'unsigned',
    ],
    [
      'has two numbers',
      () => signedDoc({ adjustRange: ([a, b]) => [a as number, b as number] }),
      'unsigned',
    ],
    [
      'leaves a hole wider than the signature value',
      () =>
        signedDoc({
          adjustRange: ([a, b, c, d]) => [
            a as number,
            b as number,
            (c as number) + 40,
            (d as number) - 40,
          ],
        }),
      'modified-after-signing',
    ],
    ['covers the end of its revision and a line break', () => signedDoc().raw('\r\n'), 'signed'],
  ])('%s', (_name, build, expected) => {
    expect(state(build())).toBe(expected);
  });
});

describe('updates after the last signature', () => {
  const textField = (b: PdfBuilder): PdfBuilder =>
    b.obj(
      7,
      '<< /FT /Tx /T (Navn) /V (Ola Nordmann) /Type /Annot /Subtype /Widget /Rect [10 10 200 30] /P 3 0 R >>',
    );

  it.each<[string, () => PdfBuilder]>([
    [
      'a visible annotation added to the page',
      () =>
        signedDoc()
          .obj(3, page('/Annots [5 0 R 40 0 R] '))
          .obj(40, '<< /Type /Annot /Subtype /Square /Rect [50 700 300 760] /C [1 0 0] >>')
          .endRevision(),
    ],
    [
      'a JavaScript /OpenAction in the catalog',
      () =>
        signedDoc()
          .obj(1, catalog('/OpenAction << /S /JavaScript /JS (app.alert\\("Hei"\\)) >> '))
          .endRevision(),
    ],
    [
      'an /OpenAction pointing at a new JavaScript action',
      () =>
        signedDoc()
          .obj(1, catalog('/OpenAction 41 0 R '))
          .obj(41, '<< /S /JavaScript /JS (this.print\\(\\)) >>')
          .endRevision(),
    ],
    [
      'document-level JavaScript in /Names',
      () =>
        signedDoc()
          .obj(1, catalog('/Names << /JavaScript 42 0 R >> '))
          .obj(42, '<< /Names [(a) 41 0 R] >>')
          .obj(41, '<< /S /JavaScript /JS (app.alert\\(1\\)) >>')
          .endRevision(),
    ],
    [
      'a new page',
      () =>
        signedDoc()
          .obj(2, '<< /Type /Pages /Kids [3 0 R 30 0 R] /Count 2 >>')
          .obj(30, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 31 0 R >>')
          .obj(31, '<< >>', 'BT (Ny side) Tj ET')
          .endRevision(),
    ],
    ['changed page content', () => signedDoc().obj(4, '<< >>', 'BT (Avslag) Tj ET').endRevision()],
    [
      'a form field filled in differently',
      () =>
        signedDoc({}, textField)
          .obj(
            7,
            '<< /FT /Tx /T (Navn) /V (Kari Nordmann) /Type /Annot /Subtype /Widget /Rect [10 10 200 30] /P 3 0 R >>',
          )
          .endRevision(),
    ],
    ['the page content deleted', () => signedDoc().free(4).endRevision()],
    [
      "the page content's entry pointed at other bytes",
      () => {
        const b = signedDoc().obj(30, '<< >>', 'BT (Skjult) Tj ET');
        return b.point(4, b.offsetOf(30)).endRevision();
      },
    ],
    [
      "the page content's entry pointed back at a version from before signing",
      () => {
        const b = signedDoc({}, (x) => x.endRevision().obj(4, '<< >>', 'BT (Innvilget) Tj ET'));
        return b.point(4, b.offsetOf(4, true)).endRevision();
      },
    ],
    [
      'the /Root moved to another catalog with an /OpenAction',
      () =>
        signedDoc()
          .obj(50, catalog('/OpenAction << /S /JavaScript /JS (1) >> '))
          .endRevision('/Root 50 0 R'),
    ],
    [
      'a document time stamp with a visible widget',
      () => addTimestamp(addDss(signedDoc()), { rect: '[50 50 300 120]', flags: 4 }),
    ],
    [
      'a document time stamp whose token is random bytes',
      () => addTimestamp(addDss(signedDoc()), { sig: { contents: 'garbage' } }),
    ],
    [
      'a new, empty signature field',
      () =>
        signedDoc()
          .obj(1, catalog('', '5 0 R 60 0 R'))
          .obj(3, page('/Annots [5 0 R 60 0 R] '))
          .obj(60, sigField(60, null, 'Signatur2'))
          .endRevision(),
    ],
    [
      'only the document information and XMP metadata changed',
      () =>
        signedDoc()
          .obj(9, '<< /Producer (Arkivpost) /Title (Endret) >>')
          .obj(11, '<< /Type /Metadata /Subtype /XML >>', '<x:xmpmeta/>')
          .obj(1, catalog('/Metadata 11 0 R '))
          .endRevision('/Root 1 0 R /Info 9 0 R'),
    ],
    [
      'the catalog changed in an update that carries no validation data',
      () => signedDoc().obj(1, catalog('/MarkInfo << /Marked true >> ')).endRevision(),
    ],
    [
      'an object stream that cannot be opened',
      () =>
        signedDoc()
          .obj(70, '<< /Type /ObjStm /N 1 /First 4 /Filter /LZWDecode >>', 'xxxx')
          .endRevision(),
    ],
    [
      'an object that never ends',
      () =>
        signedDoc()
          .raw('40 0 obj\n<< /Type /Annot /Subtype /Square /Rect [0 0 9 9] /Contents (open\n')
          .endRevision(),
    ],
    [
      'an object header we cannot read',
      () =>
        signedDoc()
          .raw(
            `12${' '.repeat(40)}0 obj << /Type /Annot /Subtype /Square /Rect [0 0 9 9] >> endobj\n`,
          )
          .endRevision(),
    ],
    [
      'a cross-reference stream that cannot be decoded',
      () =>
        signedDoc().raw(
          '31 0 obj\n<< /Type /XRef /W [1 4 2] /Size 32 /Root 1 0 R /Filter /FlateDecode /DecodeParms << /Predictor 2 >> /Length 3 >>\nstream\nabc\nendstream\nendobj\nstartxref\n0\n%%EOF\n',
        ),
    ],
    [
      'an annotation added inside an object stream',
      () =>
        signedDoc()
          .objStm(70, [
            [3, page('/Annots [5 0 R 40 0 R] ')],
            [40, '<< /Type /Annot /Subtype /FreeText /Rect [50 700 300 760] /Contents (Utkast) >>'],
          ])
          .endRevision('/Root 1 0 R', true),
    ],
    [
      'a comment after two signatures',
      () =>
        signedDoc()
          .obj(1, catalog('', '5 0 R 7 0 R'))
          .obj(7, sigField(7, 8, 'Signatur2'))
          .sig(8, { type: null, subFilter: 'ETSI.CAdES.detached' })
          .endRevision()
          .obj(3, page('/Annots [5 0 R 40 0 R] '))
          .obj(40, '<< /Type /Annot /Subtype /Text /Rect [10 10 30 30] /Contents (Sjekk dette) >>')
          .endRevision(),
    ],
  ])('are modified after signing: %s', (_name, build) => {
    expect(state(build())).toBe('modified-after-signing');
  });

  it.each<[string, () => PdfBuilder]>([
    ['validation data (DSS)', () => addDss(signedDoc())],
    [
      'validation data, then a document time stamp (PAdES-LTA)',
      () => addTimestamp(addDss(signedDoc())),
    ],
    [
      'a time stamp widget that is hidden rather than empty',
      () => addTimestamp(addDss(signedDoc()), { rect: '[50 50 300 120]', flags: 2 }),
    ],
    [
      'validation data and a time stamp in object streams',
      () =>
        signedDoc()
          .objStm(70, [
            [1, catalog('/DSS 20 0 R ', '5 0 R 60 0 R')],
            [3, page('/Annots [5 0 R 60 0 R] ')],
            [20, '<< /Type /DSS /Certs [21 0 R] >>'],
            [
              60,
              '<< /FT /Sig /T (Tidsstempel) /V 61 0 R /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /F 132 /P 3 0 R >>',
            ],
          ])
          .obj(21, '<< >>', '0\x82\x03\x12 certificate bytes')
          .sig(61, { type: 'DocTimeStamp' })
          .endRevision('/Root 1 0 R', true),
    ],
    [
      'the catalog written anew under another number, with only /DSS added',
      () =>
        signedDoc()
          .obj(50, catalog('/DSS 20 0 R '))
          .obj(20, '<< /Type /DSS /Certs [21 0 R] >>')
          .obj(21, '<< >>', '0\x82\x03\x12 certificate bytes')
          .endRevision('/Root 50 0 R'),
    ],
    [
      'the time stamp field put first in an indirect /Fields list',
      () =>
        basePdf()
          .endRevision()
          .obj(1, '<< /Type /Catalog /Pages 2 0 R /AcroForm 33 0 R >>')
          .obj(33, '<< /Fields [5 0 R] /SigFlags 3 >>')
          .obj(3, page('/Annots [5 0 R] '))
          .obj(5, sigField(5, 6))
          .sig(6)
          .endRevision()
          .obj(33, '<< /Fields [60 0 R 5 0 R] /SigFlags 3 >>')
          .obj(3, page('/Annots [5 0 R 60 0 R] '))
          .obj(
            60,
            '<< /FT /Sig /T (TS) /V 61 0 R /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /P 3 0 R >>',
          )
          .sig(61, { type: 'DocTimeStamp' })
          .endRevision(),
    ],
    [
      'the document information and XMP metadata updated with validation data',
      () =>
        addDss(
          signedDoc()
            .obj(9, '<< /Producer (Arkivpost) /ModDate (D:20240302120000Z) >>')
            .obj(11, '<< /Type /Metadata /Subtype /XML >>', '<x:xmpmeta/>')
            .obj(1, catalog('/Metadata 11 0 R /DSS 20 0 R ')),
        ),
    ],
    [
      'signed objects written again unchanged',
      () => signedDoc().obj(1, catalog()).obj(3, page('/Annots [5 0 R] ')).endRevision(),
    ],
    [
      'an annotation added between two signatures',
      () =>
        signedDoc()
          .obj(3, page('/Annots [5 0 R 40 0 R 7 0 R] '))
          .obj(40, '<< /Type /Annot /Subtype /Text /Rect [10 10 30 30] /Contents (Sett) >>')
          .obj(1, catalog('', '5 0 R 7 0 R'))
          .obj(7, sigField(7, 8, 'Signatur2'))
          .sig(8, { type: null, subFilter: 'ETSI.CAdES.detached' })
          .endRevision(),
    ],
  ])('leave the document signed: %s', (_name, build) => {
    expect(state(build())).toBe('signed');
  });

  it('names the number of revisions when the document was modified', () => {
    const b = signedDoc().obj(4, '<< >>', 'BT (Avslag) Tj ET').endRevision();
    expect(inspectPdf(b.bytes()).findings).toContainEqual({
      code: 'attachment.pdf.modified-after-signing',
      params: { revisions: 3 },
    });
  });
});
