import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { inspectAttachment, inspectDocx } from '../../../src/core/attachments';
import type { DraftMarker } from '../../../src/core/attachments';
import { describeExternal, externalPath, readExternalJson } from '../../support/external';
import {
  buildDocx,
  buildPptx,
  buildXlsx,
  comment,
  del,
  drawingWatermark,
  header,
  ins,
  p,
  vmlWatermark,
} from '../../support/docx-builder';
import type { DocxParts } from '../../support/docx-builder';

const GUID = 'f42aa342-8706-4288-bd11-ebb85995028c';

function label(field: string, value: string, pid: number): string {
  return `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="MSIP_Label_${GUID}_${field}"><vt:lpwstr>${value}</vt:lpwstr></property>`;
}

function markers(parts: DocxParts): DraftMarker[] {
  return [...inspectDocx(buildDocx(parts)).draftMarkers];
}

describe('Word draft markers', () => {
  it.each<[string, DocxParts, DraftMarker[]]>([
    ['a clean document', {}, []],
    [
      'inserted and deleted text',
      { body: `<w:p>${ins('ny tekst')}${del('gammel tekst')}</w:p>` },
      [{ type: 'revisions', count: 2, kinds: ['ins', 'del'] }],
    ],
    [
      'moved text',
      {
        body:
          '<w:moveFrom w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>flyttet</w:t></w:r></w:moveFrom>' +
          '<w:moveTo w:id="4" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>flyttet</w:t></w:r></w:moveTo>',
      },
      [{ type: 'revisions', count: 2, kinds: ['move'] }],
    ],
    [
      'a formatting-only change',
      {
        body: '<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="A" w:date="2024-01-01T00:00:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>fet</w:t></w:r></w:p>',
      },
      [{ type: 'revisions', count: 1, kinds: ['format'] }],
    ],
    [
      'paragraph, section and table property changes',
      {
        body:
          '<w:p><w:pPr><w:jc w:val="center"/><w:pPrChange w:id="6" w:author="A"><w:pPr/></w:pPrChange></w:pPr></w:p>' +
          '<w:tbl><w:tblPr><w:tblPrChange w:id="7" w:author="A"><w:tblPr/></w:tblPrChange></w:tblPr></w:tbl>' +
          '<w:p><w:pPr><w:sectPr><w:sectPrChange w:id="8" w:author="A"><w:sectPr/></w:sectPrChange></w:sectPr></w:pPr></w:p>',
      },
      [{ type: 'revisions', count: 3, kinds: ['format'] }],
    ],
    [
      'a tracked change in a header',
      { headers: [header(`<w:p>${ins('Utkast 2')}</w:p>`)] },
      [{ type: 'revisions', count: 1, kinds: ['ins'] }],
    ],
    [
      'two comments',
      { comments: comment(0, 'Sjekk beløpet') + comment(1, 'Hvem har skrevet dette?') },
      [{ type: 'comments', count: 2 }],
    ],
    ['an empty comments part left behind by Word', { comments: '' }, []],
    [
      'content status "Utkast"',
      { contentStatus: 'Utkast' },
      [{ type: 'content-status', value: 'Utkast' }],
    ],
    [
      'content status "utkast v2" in lower case',
      { contentStatus: 'utkast v2' },
      [{ type: 'content-status', value: 'utkast v2' }],
    ],
    [
      'content status "Draft"',
      { contentStatus: 'Draft' },
      [{ type: 'content-status', value: 'Draft' }],
    ],
    [
      'content status "Kladd"',
      { contentStatus: 'Kladd' },
      [{ type: 'content-status', value: 'Kladd' }],
    ],
    ['content status "Final"', { contentStatus: 'Final' }, []],
    [
      'content status "Høringsutkast", a document meant to be sent out',
      { contentStatus: 'Høringsutkast' },
      [],
    ],
    [
      'a DRAFT watermark (VML)',
      { headers: [vmlWatermark('DRAFT')] },
      [{ type: 'watermark', text: 'DRAFT' }],
    ],
    [
      'an UTKAST watermark (DrawingML)',
      { headers: [drawingWatermark('UTKAST')] },
      [{ type: 'watermark', text: 'UTKAST' }],
    ],
    [
      'a CONFIDENTIAL watermark, which is not a draft sign',
      { headers: [vmlWatermark('KONFIDENSIELT')] },
      [],
    ],
    [
      'a sensitivity label with its name',
      { customProperties: label('Enabled', 'true', 2) + label('Name', 'Intern', 3) },
      [{ type: 'sensitivity-label', name: 'Intern', id: GUID }],
    ],
    [
      'a sensitivity label that was switched off',
      { customProperties: label('Enabled', 'false', 2) + label('Name', 'Intern', 3) },
      [],
    ],
    [
      'a sensitivity label known only by its id (LabelInfo.xml)',
      {
        labelInfo: `<?xml version="1.0"?><clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata"><clbl:label id="{${GUID}}" enabled="1" method="Standard" siteId="{00000000-0000-0000-0000-000000000000}" removed="0"/></clbl:labelList>`,
      },
      [{ type: 'sensitivity-label', id: GUID }],
    ],
  ])('%s', (_name, parts, expected) => {
    expect(markers(parts)).toEqual(expected);
  });

  it('calls a labelled but otherwise clean document not a draft', () => {
    const r = inspectDocx(
      buildDocx({ customProperties: label('Enabled', 'true', 2) + label('Name', 'Intern', 3) }),
    );
    expect(r.draft).toBe(false);
    expect(r.findings).toEqual([
      { code: 'attachment.sensitivity-label', params: { name: 'Intern' } },
    ]);
  });

  it('gives the revision counts by kind in the finding', () => {
    const r = inspectDocx(
      buildDocx({ body: `<w:p>${ins('a', 1)}${ins('b', 2)}${del('c', 3)}</w:p>` }),
    );
    expect(r.draft).toBe(true);
    expect(r.findings).toContainEqual({
      code: 'attachment.draft.revisions',
      params: { count: 3, insertions: 2, deletions: 1, moves: 0, formatting: 0 },
    });
  });

  it.each([
    ['draft.comments', { comments: comment(0, 'x') }, { count: 1 }],
    ['draft.status', { contentStatus: 'Utkast' }, { value: 'Utkast' }],
    ['draft.watermark', { headers: [vmlWatermark('DRAFT')] }, { text: 'DRAFT' }],
  ])('reports attachment.%s with its params', (code, parts, params) => {
    expect(inspectDocx(buildDocx(parts)).findings).toContainEqual({
      code: `attachment.${code}`,
      params,
    });
  });
});

describe('text for the detectors', () => {
  it('takes body, deleted text, headers, footers, footnotes, comments and watermarks, in that order', () => {
    const r = inspectDocx(
      buildDocx({
        body:
          p('Vedtak om startlån') +
          `<w:p>${del('fødselsnummer 15038500047')}</w:p>` +
          '<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t></w:r></w:p>',
        headers: [header(p('Hå kommune')), vmlWatermark('KONFIDENSIELT')],
        footers: [header(p('Side 1'))],
        footnotes: `<w:footnote w:id="1">${p('Jf. forvaltningsloven § 16')}</w:footnote>`,
        comments: comment(0, 'Unnta offentlighet?'),
      }),
    );
    expect(r.text.split('\n').filter((l) => l.length > 0)).toEqual([
      'Vedtak om startlån',
      'fødselsnummer 15038500047',
      'A\tB',
      'Hå kommune',
      'Side 1',
      'Jf. forvaltningsloven § 16',
      'Unnta offentlighet?',
      'KONFIDENSIELT',
    ]);
  });

  it('decodes XML entities', () => {
    expect(inspectDocx(buildDocx({ body: p('Barn & unge <18> «sak»') })).text).toBe(
      'Barn & unge <18> «sak»',
    );
  });

  it('stops at the text limit and says so', async () => {
    const body = Array.from({ length: 200 }, (_x, i) => p(`Avsnitt ${i} `.padEnd(100, 'x'))).join(
      '',
    );
    const r = await inspectAttachment(
      { name: 'lang.docx', bytes: buildDocx({ body }) },
      { maxTextChars: 1000 },
    );
    expect(r.text?.length).toBeLessThanOrEqual(1000);
    expect(r.findings.map((f) => f.code)).toContain('attachment.too-large');
  });
});

describe('macros, spreadsheets and presentations', () => {
  it.each([
    ['a .docm', 'vedtak.docm', buildDocx({ macro: true })],
    ['a macro document renamed to .docx', 'vedtak.docx', buildDocx({ macro: true })],
    ['an .xlsm', 'budsjett.xlsm', buildXlsx({ macro: true })],
  ])('flags %s as a macro document', async (_name, fileName, bytes) => {
    const r = await inspectAttachment({ name: fileName, bytes });
    expect(r.kind).toBe('office-macro');
    expect(r.riskReasons).toContain('macro');
  });

  it('finds an Excel 4.0 macro sheet', async () => {
    const bytes = zipSync({
      '[Content_Types].xml': strToU8(
        '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
      'xl/workbook.xml': strToU8('<workbook/>'),
      'xl/macrosheets/sheet1.xml': strToU8('<xm:macrosheet/>'),
    });
    expect((await inspectAttachment({ name: 'regneark.xlsx', bytes })).riskReasons).toContain(
      'macro',
    );
  });

  it('reads spreadsheet text, numbers included, and counts comments', async () => {
    const r = await inspectAttachment({
      name: 'liste.xlsx',
      bytes: buildXlsx({ strings: ['Navn', 'Kari Nordmann'], numbers: [15038500047], comments: 2 }),
    });
    expect(r.kind).toBe('xlsx');
    expect(r.text).toContain('Kari Nordmann');
    expect(r.text).toContain('15038500047');
    expect(r.draftMarkers).toEqual([{ type: 'comments', count: 2 }]);
  });

  it('reads slide text and counts comments in a presentation', async () => {
    const r = await inspectAttachment({
      name: 'møte.pptx',
      bytes: buildPptx({ slides: ['Budsjett', 'Personalsak'], comments: 1 }),
    });
    expect(r.kind).toBe('pptx');
    expect(r.text).toBe('Budsjett\n\nPersonalsak');
    expect(r.draftMarkers).toEqual([{ type: 'comments', count: 1 }]);
  });
});

describe('encrypted and broken Office files', () => {
  /** An OLE compound file whose directory names an EncryptedPackage stream (UTF-16LE). */
  function cfb(names: string[]): Uint8Array {
    const out = new Uint8Array(4096);
    out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    let at = 1024;
    for (const n of names) {
      for (let i = 0; i < n.length; i++) out[at + i * 2] = n.charCodeAt(i);
      at += 128;
    }
    return out;
  }

  it('recognises a password-protected .docx (EncryptedPackage in a compound file)', async () => {
    const r = await inspectAttachment({
      name: 'lønn.docx',
      bytes: cfb(['EncryptionInfo', 'EncryptedPackage']),
    });
    expect(r.kind).toBe('docx');
    expect(r.encrypted).toBe(true);
    expect(r.findings).toContainEqual({
      code: 'attachment.encrypted',
      params: { format: 'Office' },
    });
  });

  it('recognises a legacy .doc with a VBA project', async () => {
    const r = await inspectAttachment({
      name: 'mal.doc',
      bytes: cfb(['Root Entry', 'WordDocument', 'Macros', 'VBA', '_VBA_PROJECT']),
    });
    expect(r.kind).toBe('office-macro');
    expect(r.riskReasons).toEqual(['macro']);
  });

  it('does not flag a plain legacy .doc', async () => {
    const r = await inspectAttachment({
      name: 'brev.doc',
      bytes: cfb(['Root Entry', 'WordDocument', '1Table']),
    });
    expect(r.kind).toBe('other');
    expect(r.risky).toBe(false);
  });

  it.each([
    ['random bytes', Uint8Array.from({ length: 5000 }, (_x, i) => (i * 131) % 256)],
    ['a zip without any Word parts', zipSync({ 'a.txt': strToU8('x') })],
  ])('copes with %s named .docx', async (_name, bytes) => {
    const r = await inspectAttachment({ name: 'vedtak.docx', bytes });
    expect(r.draft).toBe(false);
    expect(r.findings.length).toBeGreaterThan(0);
  });

  it('reports a .docx cut short as truncated and still reads what it can', async () => {
    const whole = buildDocx({ comments: comment(0, 'Sjekk') });
    const r = await inspectAttachment({
      name: 'vedtak.docx',
      bytes: whole.subarray(0, whole.length - 200),
    });
    expect(r.findings.map((f) => f.code)).toContain('attachment.truncated');
  });
});

interface DocxManifestEntry {
  readonly file: string;
  readonly notes: string;
}

/** What each external file holds, from the manifest's notes. */
const EXPECTED: Readonly<Record<string, { draft: boolean; types: string[] }>> = {
  'oxsdk__Comment051.docx': { draft: true, types: ['revisions', 'comments'] },
  'oxsdk__watermark-draft.docx': { draft: true, types: ['watermark'] },
  // "Test-Status" is a content status, but not a draft status.
  'oxsdk__DocProps.docx': { draft: true, types: ['comments'] },
  'oxsdk__empty.docx': { draft: false, types: [] },
  'pydocx__doc-coreprops.docx': { draft: false, types: [] },
  'pydocx__doc-default.docx': { draft: false, types: [] },
};

describeExternal('Word files from Open-XML-SDK and python-docx', 'docx', () => {
  const manifest = readExternalJson<DocxManifestEntry[]>('docx', 'manifest.json');

  it('knows what every file in the manifest should give', () => {
    for (const e of manifest) expect(EXPECTED[e.file]).toBeDefined();
  });

  it.each(manifest.map((e) => [e.file, e.notes] as const))('%s (%s)', (file) => {
    const r = inspectDocx(new Uint8Array(readFileSync(externalPath('docx', file))));
    const expected = EXPECTED[file];
    expect(r.draft).toBe(expected?.draft);
    expect(r.draftMarkers.map((m) => m.type)).toEqual(expected?.types);
  });

  it('counts the deletions and the single comment in Comment051', () => {
    const r = inspectDocx(
      new Uint8Array(readFileSync(externalPath('docx', 'oxsdk__Comment051.docx'))),
    );
    expect(r.draftMarkers).toEqual([
      { type: 'revisions', count: 2, kinds: ['del'] },
      { type: 'comments', count: 1 },
    ]);
  });
});

describe('OpenDocument files', () => {
  const NS =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';

  function odt(body: string, extra: Record<string, Uint8Array> = {}, styles = ''): Uint8Array {
    return zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8(
        `<?xml version="1.0"?><office:document-content ${NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
      ),
      'styles.xml': strToU8(
        `<?xml version="1.0"?><office:document-styles ${NS}><office:master-styles><style:master-page>${styles}</style:master-page></office:master-styles></office:document-styles>`,
      ),
      ...extra,
    });
  }

  it('reads the text, headers and footers of an .odt', async () => {
    const r = await inspectAttachment({
      name: 'vedtak.odt',
      bytes: odt(
        '<text:h>Vedtak</text:h><text:p>Fødselsnummer<text:s/>150385<text:span>00047</text:span></text:p>',
        {},
        '<style:header><text:p>Hå kommune</text:p></style:header><style:footer><text:p>Side 1</text:p></style:footer>',
      ),
    });
    expect(r.text).toBe('Vedtak\nFødselsnummer 15038500047\n\nHå kommune\nSide 1');
    expect(r.draft).toBe(false);
  });

  it('counts comments and tracked changes as draft markers', async () => {
    const r = await inspectAttachment({
      name: 'utkast.odt',
      bytes: odt(
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>Kari</dc:creator></office:change-info><text:p>gammel tekst</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
          '<text:p>Tekst<office:annotation><dc:creator>Ola</dc:creator><text:p>Sjekk dette</text:p></office:annotation></text:p>',
      ),
    });
    expect(r.draftMarkers).toEqual([
      { type: 'revisions', count: 1, kinds: ['del'] },
      { type: 'comments', count: 1 },
    ]);
    expect(r.text).toContain('gammel tekst');
  });

  it('finds macros and embedded programs', async () => {
    const r = await inspectAttachment({
      name: 'skjema.odt',
      bytes: odt('<text:p>Hei</text:p>', {
        'Basic/Standard/Module1.xml': strToU8('<script:module/>'),
        'Object 1': strToU8('#!/bin/sh\nrm -rf ~'),
      }),
    });
    expect(r.riskReasons).toEqual(expect.arrayContaining(['macro', 'script']));
    expect(r.findings).toContainEqual({
      code: 'attachment.risky.script',
      params: { type: 'SH', entry: 'Object 1' },
    });
  });
});
