import { strToU8, zipSync } from 'fflate';
import { inspectAttachment } from '../../../src/core/attachments';
import type { AttachmentFinding, AttachmentReport } from '../../../src/core/attachments';
import { readCfb, readPackagedFile } from '../../../src/core/attachments/cfb';
import {
  buildCfb,
  buildDocx,
  buildXlsx,
  ole10Native,
  packageObject,
  peFile,
  rawZip,
} from '../../support/docx-builder';

function risky(r: AttachmentReport): AttachmentFinding[] {
  return r.findings.filter((f) => f.code.startsWith('attachment.risky.'));
}

const ELF = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]);

describe('compound files and OLE Package objects', () => {
  it.each([
    ['a stream in the mini stream', 300],
    ['a stream in regular sectors', 9000],
  ])('reads the file an OLE Package carries, from %s', (_name, size) => {
    const data = peFile(size);
    const cfb = readCfb(packageObject('oppdatering.exe', data));
    const stream = cfb?.entries.find((e) => e.name === '\u0001Ole10Native');
    expect(stream).toBeDefined();
    const read = cfb?.read(stream!, 1 << 20);
    const file = readPackagedFile(read!.data);
    expect(file?.label).toBe('oppdatering.exe');
    expect(file?.sourcePath).toBe('C:\\Temp\\oppdatering.exe');
    expect(Array.from(file!.data)).toEqual(Array.from(data));
  });

  it('survives a sector chain that loops back on itself', () => {
    const b = buildCfb([{ name: 'Data', data: new Uint8Array(5000).fill(7) }]);
    // The FAT (sector 0) entry for the stream's last sector points to its first.
    const view = new DataView(b.buffer);
    const fat = 512;
    for (let i = 0; i < 128; i++) {
      if (view.getUint32(fat + i * 4, true) === 0xfffffffe && i > 2) {
        view.setUint32(fat + i * 4, 2, true);
        break;
      }
    }
    const cfb = readCfb(b);
    const e = cfb!.entries.find((x) => x.name === 'Data')!;
    const r = cfb!.read(e, 1 << 20);
    expect(r.data.length).toBeLessThanOrEqual(5000);
  });
});

describe('files hidden in Office documents (issue 10)', () => {
  it.each<[string, Uint8Array, AttachmentFinding]>([
    [
      'an .exe in word/embeddings/',
      buildDocx({ extra: { 'word/embeddings/oppdatering.exe': peFile() } }),
      {
        code: 'attachment.risky.executable',
        params: { type: 'EXE', entry: 'word/embeddings/oppdatering.exe' },
      },
    ],
    [
      'a program named as an image in word/embeddings/',
      buildDocx({ extra: { 'word/embeddings/image1.emf': peFile() } }),
      {
        code: 'attachment.risky.executable',
        params: { type: 'EXE', entry: 'word/embeddings/image1.emf' },
      },
    ],
    [
      'an OLE Package with a program behind an icon',
      buildDocx({
        extra: { 'word/embeddings/oleObject1.bin': packageObject('faktura.exe', peFile()) },
      }),
      {
        code: 'attachment.risky.executable',
        params: { type: 'EXE', entry: 'word/embeddings/oleObject1.bin/faktura.exe' },
      },
    ],
    [
      'an OLE Package whose label lies but whose content is a program',
      buildDocx({
        extra: { 'word/embeddings/oleObject1.bin': packageObject('faktura.pdf', peFile()) },
      }),
      {
        code: 'attachment.risky.executable',
        params: { type: 'EXE', entry: 'word/embeddings/oleObject1.bin/faktura.pdf' },
      },
    ],
    [
      'an OLE Package with a script',
      buildDocx({
        extra: { 'word/embeddings/oleObject2.bin': packageObject('vis.vbs', strToU8('MsgBox 1')) },
      }),
      {
        code: 'attachment.risky.script',
        params: { type: 'VBS', entry: 'word/embeddings/oleObject2.bin/vis.vbs' },
      },
    ],
    [
      'a shell script without a name',
      buildDocx({
        extra: { 'word/embeddings/data.bin': strToU8('#!/usr/bin/env python3\nprint(1)') },
      }),
      {
        code: 'attachment.risky.script',
        params: { type: 'PYTHON3', entry: 'word/embeddings/data.bin' },
      },
    ],
  ])('finds %s and names it', async (_name, bytes, expected) => {
    const r = await inspectAttachment({ name: 'vedtak.docx', bytes });
    expect(r.kind).toBe('docx');
    expect(risky(r)).toContainEqual(expected);
  });

  it('finds a zip with a program in a spreadsheet, and names both', async () => {
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8(
        '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
      'xl/workbook.xml': strToU8('<workbook/>'),
      'xl/embeddings/Pakke.zip': zipSync({ 'setup.exe': peFile() }),
    });
    const r = await inspectAttachment({ name: 'budsjett.xlsx', bytes: xlsx });
    expect(risky(r)).toEqual(
      expect.arrayContaining([
        {
          code: 'attachment.risky.executable',
          params: { type: 'EXE', entry: 'xl/embeddings/Pakke.zip/setup.exe' },
        },
        {
          code: 'attachment.risky.archive',
          params: { type: 'ZIP', entry: 'xl/embeddings/Pakke.zip' },
        },
      ]),
    );
  });

  it('names a macro document embedded as an OLE object', async () => {
    const docm = buildDocx({ macro: true });
    const object = buildCfb([{ name: 'Package', data: docm }]);
    const r = await inspectAttachment({
      name: 'vedtak.docx',
      bytes: buildDocx({ extra: { 'word/embeddings/oleObject1.bin': object } }),
    });
    expect(r.findings).toContainEqual({
      code: 'attachment.risky.macro',
      params: { type: 'VBA', entry: 'word/embeddings/oleObject1.bin' },
    });
  });

  it('leaves an ordinary document with pictures and an embedded chart alone', async () => {
    const r = await inspectAttachment({
      name: 'vedtak.docx',
      bytes: buildDocx({
        extra: {
          'word/media/image1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]),
          'word/media/image2.svg': strToU8('<svg xmlns="http://www.w3.org/2000/svg"/>'),
          'word/embeddings/Microsoft_Excel_Worksheet.xlsx': buildXlsx(),
          'word/embeddings/oleObject1.bin': buildCfb([
            { name: '\u0001CompObj', data: new Uint8Array(76) },
            { name: 'Workbook', data: new Uint8Array(600) },
          ]),
        },
      }),
    });
    expect(r.risky).toBe(false);
    expect(r.findings).toEqual([]);
  });

  it('finds an OLE Package in a legacy .doc', async () => {
    const doc = buildCfb([
      { name: 'WordDocument', data: new Uint8Array(600) },
      { name: '\u0001Ole10Native', data: ole10Native('kvittering.scr', peFile()) },
    ]);
    const r = await inspectAttachment({ name: 'brev.doc', bytes: doc });
    expect(risky(r)).toContainEqual({
      code: 'attachment.risky.executable',
      params: { type: 'SCR', entry: 'kvittering.scr' },
    });
  });
});

describe('files hidden in archives (issue 10)', () => {
  it('opens a zip inside a zip whatever its name, and names the path', async () => {
    const inner = zipSync({ 'setup.exe': peFile() });
    const r = await inspectAttachment({
      name: 'bilder.zip',
      bytes: zipSync({ 'ferie/bilde1.jpg': inner, 'les meg.txt': strToU8('Hei') }),
    });
    expect(risky(r)).toContainEqual({
      code: 'attachment.risky.executable',
      params: { type: 'EXE', entry: 'ferie/bilde1.jpg/setup.exe' },
    });
  });

  it.each<[string, Uint8Array, string]>([
    ['a program named .png', peFile(), 'EXE'],
    ['a Linux program named .txt', ELF, 'ELF'],
  ])('judges an entry by its content: %s', async (_name, content, type) => {
    const r = await inspectAttachment({
      name: 'pakke.zip',
      bytes: zipSync({ 'skjermbilde.png': content }),
    });
    expect(risky(r)).toContainEqual({
      code: 'attachment.risky.executable',
      params: { type, entry: 'skjermbilde.png' },
    });
  });

  it('names an Office document with an embedded program inside a zip', async () => {
    const docx = buildDocx({ extra: { 'word/embeddings/oppdatering.exe': peFile() } });
    const r = await inspectAttachment({
      name: 'saken.zip',
      bytes: zipSync({ 'vedtak.docx': docx }),
    });
    expect(risky(r)).toContainEqual({
      code: 'attachment.risky.executable',
      params: { type: 'EXE', entry: 'vedtak.docx/word/embeddings/oppdatering.exe' },
    });
  });

  it('says which archive had more entries than it could look at', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 20; i++) files[`fil${i}.txt`] = strToU8('x');
    const r = await inspectAttachment(
      { name: 'mange.zip', bytes: zipSync({ 'indre.zip': zipSync(files) }) },
      { maxEntries: 10 },
    );
    expect(r.findings).toContainEqual({
      code: 'attachment.not-inspected',
      params: { reason: 'parts', entry: 'indre.zip' },
    });
  });

  it('says which entry is compressed in a way it cannot read', async () => {
    const r = await inspectAttachment({
      name: 'pakke.zip',
      bytes: rawZip([{ name: 'data.bin', data: strToU8('BZh91AY&SY'), method: 12, size: 100 }]),
    });
    expect(r.findings).toContainEqual({
      code: 'attachment.not-inspected',
      params: { reason: 'format', entry: 'data.bin' },
    });
  });

  it('says which entry was larger than the part limit', async () => {
    const big = new Uint8Array(300_000);
    big.set(strToU8('PK\x03\x04'));
    const r = await inspectAttachment(
      { name: 'pakke.zip', bytes: zipSync({ 'stor.zip': big }, { level: 0 }) },
      { maxPartBytes: 100_000 },
    );
    expect(r.findings).toContainEqual({
      code: 'attachment.not-inspected',
      params: { reason: 'size', entry: 'stor.zip' },
    });
  });
});

describe('documents inside archives and documents are read (issue 10)', () => {
  const FNR = '15038500047';
  const body = (text: string): string => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

  it.each<[string, string, Uint8Array]>([
    ['a text file in a zip', 'saken.zip', zipSync({ 'notater/notat.txt': strToU8(`Fnr ${FNR}`) })],
    [
      'a Word document in a zip',
      'saken.zip',
      zipSync({ 'vedtak.docx': buildDocx({ body: body(`Fnr ${FNR}`) }) }),
    ],
    [
      'an HTML page in a zip in a zip',
      'saken.zip',
      zipSync({ 'indre.zip': zipSync({ 'side.html': strToU8(`<p>Fnr <b>${FNR}</b></p>`) }) }),
    ],
    [
      'a spreadsheet embedded in a Word document',
      'vedtak.docx',
      buildDocx({
        extra: {
          'word/embeddings/Microsoft_Excel_Worksheet.xlsx': buildXlsx({ strings: [`Fnr ${FNR}`] }),
        },
      }),
    ],
  ])('finds the ID number in %s', async (_name, name, bytes) => {
    const r = await inspectAttachment({ name, bytes });
    expect(r.text).toContain(FNR);
  });

  it('reads every file of an archive with many, not just the first fifty', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 120; i++) files[`fil${i}.txt`] = strToU8(i === 119 ? `Fnr ${FNR}` : 'Hei');
    const r = await inspectAttachment({ name: 'mange.zip', bytes: zipSync(files) });
    expect(r.text).toContain(FNR);
    expect(r.findings.map((f) => f.code)).not.toContain('attachment.not-inspected');
  });

  it('names a program inside a document inside an archive by its whole path', async () => {
    const docx = buildDocx({
      extra: { 'word/embeddings/oleObject1.bin': packageObject('oppdatering.exe', peFile()) },
    });
    const r = await inspectAttachment({
      name: 'saken.zip',
      bytes: zipSync({ 'mappe/vedtak.docx': docx }),
    });
    expect(risky(r)).toContainEqual({
      code: 'attachment.risky.executable',
      params: {
        type: 'EXE',
        entry: 'mappe/vedtak.docx/word/embeddings/oleObject1.bin/oppdatering.exe',
      },
    });
  });
});
