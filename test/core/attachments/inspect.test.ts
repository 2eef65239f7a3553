import { inspectAttachment } from '../../../src/core/attachments';
import type { AttachmentKind, RiskCode } from '../../../src/core/attachments';
import { buildDocx } from '../../support/docx-builder';
import { basePdf } from '../../support/pdf-builder';

function bytes(...parts: Array<string | number[]>): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'string')
      for (let i = 0; i < part.length; i++) out.push(part.charCodeAt(i) & 0xff);
    else out.push(...part);
  }
  return new Uint8Array(out);
}

/** A Windows program header: "MZ", binary fields, and "PE\0\0" where e_lfanew points. */
function peFile(): Uint8Array {
  const b = new Uint8Array(256);
  b.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  b[0x3c] = 0x80;
  b.set([0x50, 0x45, 0x00, 0x00], 0x80);
  return b;
}

function at(offset: number, marker: string, total: number): Uint8Array {
  const b = new Uint8Array(total);
  b.set(bytes(marker), offset);
  return b;
}

describe('what kind of file, from content first and name second', () => {
  it.each<[string, string, Uint8Array, AttachmentKind, RiskCode[]]>([
    ['a program', 'oppdatering.exe', peFile(), 'executable', ['executable']],
    ['a program renamed to .pdf', 'faktura.pdf', peFile(), 'executable', ['executable']],
    ['a program with no extension', 'faktura', peFile(), 'executable', ['executable']],
    [
      'a Linux program',
      'verktøy',
      bytes([0x7f], 'ELF', [2, 1, 1, 0]),
      'executable',
      ['executable'],
    ],
    [
      'a Windows shortcut renamed to .txt',
      'les.txt',
      bytes([0x4c, 0, 0, 0, 1, 0x14, 2, 0, 0, 0]),
      'executable',
      ['executable'],
    ],
    [
      'a 7-Zip archive named .pdf',
      'faktura.pdf',
      bytes('7z', [0xbc, 0xaf, 0x27, 0x1c, 0, 4]),
      'zip',
      ['archive'],
    ],
    ['a RAR archive', 'pakke.rar', bytes('Rar!', [0x1a, 0x07, 0x01, 0x00]), 'zip', ['archive']],
    ['a gzip file', 'logg.gz', bytes([0x1f, 0x8b, 8, 0, 0, 0]), 'zip', ['archive']],
    ['a cabinet file', 'pakke.cab', bytes('MSCF', [0, 0, 0, 0]), 'zip', ['archive']],
    [
      'an ISO image renamed to .pdf',
      'kvittering.pdf',
      at(0x8001, 'CD001', 0x9000),
      'other',
      ['disk-image'],
    ],
    ['an ISO image', 'disk.iso', at(0x8001, 'CD001', 0x9000), 'other', ['disk-image']],
    ['a PNG image', 'kart.png', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]), 'image', []],
    ['a JPEG image', 'bilde.jpg', bytes([0xff, 0xd8, 0xff, 0xe0]), 'image', []],
    [
      'an SVG image (can hold scripts)',
      'logo.svg',
      bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'image',
      ['html'],
    ],
    [
      'an HTML page named .txt',
      'melding.txt',
      bytes('<!DOCTYPE html><html><body>Hei</body></html>'),
      'html',
      [],
    ],
    ['plain text', 'notat.txt', bytes('Hei på deg'), 'text', []],
    ['text with no extension', 'LESMEG', bytes('Hei på deg\n'), 'text', []],
    ['a script by name', 'oppsett.ps1', bytes('Write-Host hei'), 'executable', ['script']],
    ['an unknown binary', 'data.bin', bytes([0, 1, 2, 3, 4, 5]), 'other', []],
    [
      'text starting with MZ is not a program',
      'MZ-rapport.txt',
      bytes('MZ Sørensen skrev dette notatet\n'.repeat(5)),
      'text',
      [],
    ],
  ])('%s', async (_name, fileName, content, kind, reasons) => {
    const r = await inspectAttachment({ name: fileName, bytes: content });
    expect(r.kind).toBe(kind);
    expect(r.riskReasons).toEqual(reasons);
    expect(r.risky).toBe(reasons.length > 0);
  });

  it.each<[string, string, Uint8Array, AttachmentKind]>([
    ['a PDF named .docx', 'vedtak.docx', basePdf().endRevision().bytes(), 'pdf'],
    ['a Word document named .pdf', 'vedtak.pdf', buildDocx(), 'docx'],
    ['a Word document without an extension', 'vedlegg', buildDocx(), 'docx'],
  ])('reads %s as what it is', async (_name, fileName, content, kind) => {
    const r = await inspectAttachment({ name: fileName, bytes: content });
    expect(r.kind).toBe(kind);
  });

  it('uses the content type when the name says nothing', async () => {
    const r = await inspectAttachment({
      name: 'eksport',
      contentType: 'text/csv; charset=utf-8',
      bytes: bytes([0xef, 0xbb, 0xbf], 'a;b\n'),
    });
    expect(r.kind).toBe('text');
    expect(r.text).toBe('a;b\n');
  });
});

describe('the report', () => {
  it('has every field a caller relies on', async () => {
    const r = await inspectAttachment({
      name: 'vedtak.pdf',
      bytes: basePdf().endRevision().bytes(),
    });
    expect(r).toEqual({
      name: 'vedtak.pdf',
      size: r.size,
      kind: 'pdf',
      signature: 'unsigned',
      pdf: {
        signatures: 0,
        timestamps: 0,
        usageRights: 0,
        placeholders: 0,
        emptyFields: 0,
        revisions: 1,
      },
      draft: false,
      draftMarkers: [],
      risky: false,
      riskReasons: [],
      encrypted: false,
      findings: [{ code: 'attachment.pdf.unsigned' }],
    });
  });

  it('gives the real size when the host cut the bytes', async () => {
    const r = await inspectAttachment({
      name: 'stor.bin',
      bytes: new Uint8Array(10),
      size: 30 * 1024 * 1024,
    });
    expect(r.size).toBe(30 * 1024 * 1024);
    expect(r.findings).toContainEqual({
      code: 'attachment.too-large',
      params: { limitMb: 0.1, bound: 'host', sizeMb: 30 },
    });
  });

  it.each<[string, string, Record<string, string>]>([
    ['double-extension', 'faktura.pdf.exe', { shown: 'pdf', real: 'exe' }],
    ['rtl-override', 'faktura\u202efdp.exe', { real: 'exe' }],
    ['executable', 'faktura.pdf.exe', { type: 'EXE' }],
  ])('gives the %s finding the names its message needs', async (reason, name, params) => {
    const r = await inspectAttachment({ name, bytes: new Uint8Array(0) });
    expect(r.findings).toContainEqual({ code: `attachment.risky.${reason}`, params });
  });

  it('never throws, whatever the bytes', async () => {
    let seed = 12345;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 24;
    };
    const headers = [
      '%PDF-1.7\n',
      'PK\x03\x04',
      '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1',
      '<html>',
      'Subject: x\r\n\r\n',
      '',
    ];
    for (let i = 0; i < 60; i++) {
      const head = headers[i % headers.length] as string;
      const body = Uint8Array.from({ length: 200 + (i % 7) * 300 }, next);
      const content = new Uint8Array([...bytes(head), ...body]);
      const name = ['a.pdf', 'a.docx', 'a.doc', 'a.html', 'a.eml', 'a.zip'][i % 6] as string;
      await expect(inspectAttachment({ name, bytes: content })).resolves.toHaveProperty(
        'name',
        name,
      );
    }
  });
});
