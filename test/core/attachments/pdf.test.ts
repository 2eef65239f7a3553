import { readFileSync } from 'node:fs';
import { inspectAttachment, inspectPdf } from '../../../src/core/attachments';
import type { SignatureState } from '../../../src/core/attachments';
import { deflatedZeros } from '../../support/docx-builder';
import { describeExternal, externalPath, readExternalJson } from '../../support/external';
import { basePdf, PdfBuilder, sigField, signedPdf } from '../../support/pdf-builder';

const ANNOTATED = '/AcroForm << /Fields [5 0 R] /SigFlags 3 >> ';

/** An unsigned document, then a signature added in an incremental update (how signers work). */
function signedLater(): PdfBuilder {
  return basePdf()
    .endRevision()
    .obj(1, `<< /Type /Catalog /Pages 2 0 R ${ANNOTATED}>>`)
    .obj(
      3,
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents 4 0 R /Annots [5 0 R] >>',
    )
    .obj(5, sigField(5, 6))
    .sig(6)
    .endRevision();
}

/** Long-term validation data (PAdES-LT) added after signing, as signing services do. */
function withDss(b: PdfBuilder): PdfBuilder {
  return b
    .obj(1, `<< /Type /Catalog /Pages 2 0 R ${ANNOTATED}/DSS 20 0 R >>`)
    .obj(
      20,
      '<< /Type /DSS /Certs [21 0 R] /OCSPs [22 0 R] /VRI << /ABCDEF0123456789ABCDEF0123456789ABCDEF01 << /Cert [21 0 R] >> >> >>',
    )
    .obj(21, '<< >>', '0\x82\x03\x12 certificate bytes')
    .obj(22, '<< >>', '0\x82\x01\x00 ocsp response bytes')
    .endRevision();
}

function state(bytes: Uint8Array): SignatureState | null {
  return inspectPdf(bytes).signature;
}

function codes(bytes: Uint8Array): string[] {
  return inspectPdf(bytes).findings.map((f) => f.code);
}

describe('PDF signature state from our own files', () => {
  it.each<[string, () => Uint8Array, SignatureState]>([
    ['a signature in the only revision', () => signedPdf().bytes(), 'signed'],
    ['a signature added in an incremental update', () => signedLater().bytes(), 'signed'],
    [
      'a signature dictionary without /Type /Sig',
      () => signedPdf({ type: null }).bytes(),
      'signed',
    ],
    [
      'two signatures, the second in a later revision',
      () =>
        signedLater()
          .obj(
            1,
            '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R 7 0 R] /SigFlags 3 >> >>',
          )
          .obj(7, sigField(7, 8, 'Signatur2'))
          .sig(8, { type: null, subFilter: 'ETSI.CAdES.detached' })
          .endRevision()
          .bytes(),
      'signed',
    ],
    ['a plain document', () => basePdf().endRevision().bytes(), 'unsigned'],
    [
      '/SigFlags without any signature field',
      () => basePdf('/AcroForm << /Fields [] /SigFlags 3 >> ').endRevision().bytes(),
      'unsigned',
    ],
    [
      'a signature field without a value',
      () => basePdf(ANNOTATED, '/Annots [5 0 R] ').obj(5, sigField(5, null)).endRevision().bytes(),
      'empty-field',
    ],
    [
      'a signature dictionary whose /Contents is all zeros',
      () => signedPdf({ contents: 'zeros' }).bytes(),
      'placeholder',
    ],
    [
      'a signature dictionary with a /ByteRange of asterisks',
      () => signedPdf({ contents: 'zeros', byteRange: 'placeholder' }).bytes(),
      'placeholder',
    ],
    [
      'a document time stamp and nothing else',
      () =>
        basePdf(ANNOTATED, '/Annots [5 0 R] ')
          .obj(5, sigField(5, 6))
          .sig(6, { type: 'DocTimeStamp' })
          .endRevision()
          .bytes(),
      'timestamp-only',
    ],
    [
      'an RFC 3161 time stamp without /Type',
      () => signedPdf({ type: null, subFilter: 'ETSI.RFC3161' }).bytes(),
      'timestamp-only',
    ],
    [
      'only Adobe Reader usage rights (/Perms /UR3)',
      () =>
        basePdf('/Perms << /UR3 6 0 R >> ')
          .sig(6, {
            extra:
              '/Reference [<< /Type /SigRef /TransformMethod /UR3 /TransformParams << /Type /TransformParams /V /2.2 >> >>] ',
          })
          .endRevision()
          .bytes(),
      'usage-rights-only',
    ],
    [
      'usage rights recognised by their transform method alone',
      () =>
        basePdf()
          .sig(6, { extra: '/Reference [<< /TransformMethod /UR >>] ' })
          .endRevision()
          .bytes(),
      'usage-rights-only',
    ],
    [
      'usage rights next to an author signature',
      () =>
        basePdf(`${ANNOTATED}/Perms << /UR3 7 0 R >> `, '/Annots [5 0 R] ')
          .sig(7, { extra: '/Reference [<< /TransformMethod /UR3 >>] ' })
          .obj(5, sigField(5, 6))
          .sig(6)
          .endRevision()
          .bytes(),
      'signed',
    ],
  ])('%s', (_name, build, expected) => {
    expect(state(build())).toBe(expected);
  });

  it('counts what it found', () => {
    const r = inspectPdf(signedLater().bytes());
    expect(r.info).toEqual({
      signatures: 1,
      timestamps: 0,
      usageRights: 0,
      placeholders: 0,
      emptyFields: 0,
      revisions: 2,
    });
  });

  it.each<[string, () => Uint8Array]>([
    ['attachment.pdf.unsigned', () => basePdf().endRevision().bytes()],
    [
      'attachment.pdf.empty-field',
      () => basePdf(ANNOTATED).obj(5, sigField(5, null)).endRevision().bytes(),
    ],
    ['attachment.pdf.placeholder', () => signedPdf({ contents: 'zeros' }).bytes()],
    ['attachment.pdf.timestamp-only', () => signedPdf({ type: 'DocTimeStamp' }).bytes()],
    [
      'attachment.pdf.usage-rights-only',
      () => basePdf('/Perms << /UR3 6 0 R >> ').sig(6).endRevision().bytes(),
    ],
  ])('reports the state as %s', (code, build) => {
    expect(codes(build())).toContain(code);
  });

  it('reports nothing about a properly signed file', () => {
    expect(codes(signedLater().bytes())).toEqual([]);
  });
});

describe('changes after signing', () => {
  const newPage = (b: PdfBuilder): Uint8Array =>
    b
      .obj(2, '<< /Type /Pages /Kids [3 0 R 30 0 R] /Count 2 >>')
      .obj(30, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 31 0 R >>')
      .obj(31, '<< >>', 'BT (Ny side) Tj ET')
      .endRevision()
      .bytes();

  it.each<[string, () => Uint8Array, SignatureState]>([
    ['a page added in a later update', () => newPage(signedLater()), 'modified-after-signing'],
    [
      'the page content replaced under the same object number',
      () => signedLater().obj(4, '<< >>', 'BT (Endret tekst) Tj ET').endRevision().bytes(),
      'modified-after-signing',
    ],
    [
      'a comment annotation added to the page',
      () =>
        signedLater()
          .obj(
            3,
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents 4 0 R /Annots [5 0 R 40 0 R] >>',
          )
          .obj(
            40,
            '<< /Type /Annot /Subtype /Text /Rect [10 10 30 30] /Contents (Stemmer dette?) >>',
          )
          .endRevision()
          .bytes(),
      'modified-after-signing',
    ],
    [
      'a form field filled in after signing',
      () => signedLater().obj(41, '<< /FT /Tx /T (Navn) /V (Ola) >>').endRevision().bytes(),
      'modified-after-signing',
    ],
    [
      'the page tree swapped in a new catalog',
      () =>
        signedLater()
          .obj(1, `<< /Type /Catalog /Pages 50 0 R ${ANNOTATED}>>`)
          .obj(50, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>')
          .endRevision()
          .bytes(),
      'modified-after-signing',
    ],
    ['validation data (DSS) added after signing', () => withDss(signedLater()).bytes(), 'signed'],
    [
      'a document time stamp added after signing (PAdES-LTA)',
      () =>
        withDss(signedLater())
          .obj(
            1,
            `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R 60 0 R] /SigFlags 3 >> /DSS 20 0 R >>`,
          )
          .obj(
            3,
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents 4 0 R /Annots [5 0 R 60 0 R] >>',
          )
          .obj(60, sigField(60, 61, 'Tidsstempel'))
          .sig(61, { type: 'DocTimeStamp' })
          .obj(62, '<< /Type /XObject /Subtype /Form /BBox [0 0 0 0] >>', '')
          .endRevision()
          .bytes(),
      'signed',
    ],
    ['blank lines after the last %%EOF', () => signedLater().raw('\r\n\n').bytes(), 'signed'],
    [
      'an xref section appended with no objects',
      () => signedLater().endRevision().bytes(),
      'signed',
    ],
  ])('%s', (_name, build, expected) => {
    expect(state(build())).toBe(expected);
  });

  it('names the number of revisions in the finding', () => {
    const r = inspectPdf(newPage(signedLater()));
    expect(r.findings).toContainEqual({
      code: 'attachment.pdf.modified-after-signing',
      params: { revisions: 3 },
    });
  });

  it('sees a file rewritten after signing: the byte range no longer frames the signature', () => {
    const bytes = signedLater().bytes();
    const text = Buffer.from(bytes).toString('latin1').replace('(Vedtak om', '(Nytt vedtak om');
    expect(state(new Uint8Array(Buffer.from(text, 'latin1')))).toBe('modified-after-signing');
  });

  it('sees a signed file that lost its end', () => {
    const bytes = signedLater().bytes();
    const r = inspectPdf(bytes.subarray(0, bytes.length - 40));
    expect(r.signature).toBe('modified-after-signing');
    expect(r.findings.map((f) => f.code)).toContain('attachment.truncated');
  });
});

describe('signature fields in compressed object streams', () => {
  function withObjStm(sigNum: number | null, contents: 'signed' | 'zeros' = 'signed'): Uint8Array {
    const b = new PdfBuilder('1.5').objStm(10, [
      [1, '<< /Type /Catalog /Pages 2 0 R /AcroForm 7 0 R >>'],
      [2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
      [3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [5 0 R] >>'],
      [5, sigField(5, sigNum)],
      [7, '<< /Fields [5 0 R] /SigFlags 3 >>'],
    ]);
    if (sigNum !== null) b.sig(sigNum, { contents });
    return b.endRevision('/Root 1 0 R', true).bytes();
  }

  it.each<[string, () => Uint8Array, SignatureState]>([
    ['a signed field', () => withObjStm(6), 'signed'],
    ['an empty field', () => withObjStm(null), 'empty-field'],
    ['a field pointing at a placeholder', () => withObjStm(6, 'zeros'), 'placeholder'],
  ])('%s', (_name, build, expected) => {
    const bytes = build();
    // The field really is hidden: its text does not appear in the file.
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('/FT /Sig');
    expect(state(bytes)).toBe(expected);
  });

  it('reads an uncompressed object stream too', () => {
    const bytes = new PdfBuilder('1.5')
      .objStm(
        10,
        [
          [1, '<< /Type /Catalog /Pages 2 0 R >>'],
          [5, sigField(5, null)],
        ],
        false,
      )
      .endRevision('/Root 1 0 R', true)
      .bytes();
    expect(state(bytes)).toBe('empty-field');
  });

  it('stops an object stream that inflates like a bomb', () => {
    // A zlib header, then 128 MB of zeros (the checksum is never reached).
    const raw = deflatedZeros(128 * 1024 * 1024);
    const zeros = new Uint8Array(raw.length + 2);
    zeros.set([0x78, 0x01]);
    zeros.set(raw, 2);
    const bytes = basePdf()
      .obj(10, '<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>', zeros)
      .endRevision()
      .bytes();
    const before = process.memoryUsage().arrayBuffers;
    const r = inspectPdf(bytes);
    expect(r.findings.map((f) => f.code)).toContain('attachment.zip-bomb');
    expect(r.signature).toBe('unsigned');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(48 * 1024 * 1024);
  });
});

describe('encrypted, damaged and odd PDFs', () => {
  const encryptDict =
    '<< /Filter /Standard /V 2 /R 3 /Length 128 /P -1028 /O <8a3f0c1d2e4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1> /U <1b2a39485766758493a2b1c0dfeefd0c1b2a39485766758493a2b1c0dfeefd0c> >>';

  it('recognises an encrypted PDF from its trailer', () => {
    const bytes = basePdf()
      .obj(9, encryptDict)
      .endRevision('/Root 1 0 R /Encrypt 9 0 R /ID [<01> <01>]')
      .bytes();
    const r = inspectPdf(bytes);
    expect(r.encrypted).toBe(true);
    expect(r.findings).toContainEqual({ code: 'attachment.encrypted', params: { format: 'PDF' } });
  });

  it('recognises encryption named in a cross-reference stream', () => {
    const bytes = basePdf()
      .obj(9, encryptDict)
      .endRevision('/Root 1 0 R /Encrypt 9 0 R', true)
      .bytes();
    expect(inspectPdf(bytes).encrypted).toBe(true);
  });

  it('reports a file cut in the middle of a stream as truncated, without throwing', () => {
    const bytes = basePdf().obj(8, '<< >>', 'x'.repeat(5000)).endRevision().bytes();
    const cut = bytes.subarray(0, bytes.indexOf(0x78) + 100);
    const r = inspectPdf(cut);
    expect(r.findings.map((f) => f.code)).toContain('attachment.truncated');
    expect(r.signature).toBe('unsigned');
  });

  it('reports a file without %%EOF as truncated', () => {
    const bytes = basePdf().bytes();
    expect(codes(bytes)).toContain('attachment.truncated');
  });

  it('finds objects after a stream whose /Length lies', () => {
    const bytes = basePdf(ANNOTATED)
      .objWithLyingLength(8, '<< >>', 'q 1 0 0 1 0 0 cm Q '.repeat(40), 12)
      .objWithLyingLength(9, '<< >>', 'short', 999999)
      .obj(5, sigField(5, null))
      .endRevision()
      .bytes();
    expect(state(bytes)).toBe('empty-field');
  });

  it('reads a file with junk before the %PDF header, and sees that the signature does not cover it', () => {
    const junk = new TextEncoder().encode('X'.repeat(500) + '\n');
    const body = signedPdf().bytes();
    const both = new Uint8Array(junk.length + body.length);
    both.set(junk);
    both.set(body, junk.length);
    expect(state(both)).toBe('modified-after-signing');
  });

  it.each([
    ['random bytes', Uint8Array.from({ length: 4000 }, (_x, i) => (i * 7919) % 251)],
    ['an empty file', new Uint8Array(0)],
    ['a header and nothing else', new TextEncoder().encode('%PDF-1.7\n')],
    [
      'unbalanced dictionaries',
      new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< /A << /B [ (x\n' + '<<'.repeat(5000)),
    ],
  ])('does not crash on %s', (_name, bytes) => {
    const r = inspectPdf(bytes);
    expect(r.findings.length).toBeGreaterThan(0);
  });

  it('names files embedded in the PDF when they are risky', async () => {
    const bytes = basePdf('/Names << /EmbeddedFiles << /Names [(faktura) 12 0 R] >> >> ')
      .obj(
        12,
        '<< /Type /Filespec /F (faktura.pdf.exe) /UF (faktura.pdf.exe) /EF << /F 13 0 R >> >>',
      )
      .obj(13, '<< /Type /EmbeddedFile >>', 'MZ')
      .endRevision()
      .bytes();
    const r = await inspectAttachment({ name: 'vedlegg.pdf', bytes });
    expect(r.riskReasons).toEqual(expect.arrayContaining(['executable', 'double-extension']));
    expect(r.findings).toContainEqual({
      code: 'attachment.risky.executable',
      params: { type: 'EXE', entry: 'faktura.pdf.exe' },
    });
  });
});

describe('large and partial PDFs', () => {
  it('scans the head and tail of a file above the scan limit, and names the limit', () => {
    const b = basePdf(ANNOTATED)
      .obj(8, '<< >>', 'y'.repeat(3 * 1024 * 1024))
      .endRevision();
    const bytes = b.obj(5, sigField(5, 6)).sig(6).endRevision().bytes();
    const r = inspectPdf(bytes, { maxScanBytes: 2 * 1024 * 1024 });
    expect(r.signature).toBe('signed');
    expect(r.findings).toContainEqual({
      code: 'attachment.too-large',
      params: { limitMb: 2, bound: 'scan', sizeMb: 3 },
    });
  });

  it('does not call a PDF unsigned when the host gave only its first part', async () => {
    const full = signedLater().bytes();
    const firstPart = full.subarray(0, 300);
    const r = await inspectAttachment({ name: 'vedtak.pdf', bytes: firstPart, size: full.length });
    expect(r.signature).toBeNull();
    const found = r.findings.map((f) => f.code);
    expect(found).toContain('attachment.too-large');
    expect(found).not.toContain('attachment.truncated');
    expect(found).not.toContain('attachment.pdf.unsigned');
  });
});

interface PdfManifestEntry {
  readonly file: string;
  readonly label: string;
}

const LABELS: Readonly<Record<string, SignatureState>> = {
  signed: 'signed',
  'signed-but-modified': 'modified-after-signing',
  unsigned: 'unsigned',
  'unsigned-empty-field': 'empty-field',
  'unsigned-placeholder': 'placeholder',
};

describeExternal('labelled PDFs from node-signpdf, pyHanko and DSS', 'pdf', () => {
  const manifest = readExternalJson<PdfManifestEntry[]>('pdf', 'manifest.json');

  it('has every label mapped to a state', () => {
    expect(manifest.length).toBeGreaterThan(0);
    for (const e of manifest) expect(LABELS[e.label]).toBeDefined();
  });

  it.each(manifest.map((e) => [e.file, e.label] as const))('%s is %s', (file, label) => {
    const bytes = new Uint8Array(readFileSync(externalPath('pdf', file)));
    expect(state(bytes)).toBe(LABELS[label]);
  });
});
