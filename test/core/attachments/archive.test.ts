import { strToU8, zipSync } from 'fflate';
import { inspectAttachment } from '../../../src/core/attachments';
import type { AttachmentReport, InspectLimits } from '../../../src/core/attachments';
import { deflatedZeros, rawZip } from '../../support/docx-builder';

const MB = 1024 * 1024;

async function inspect(
  name: string,
  bytes: Uint8Array,
  limits?: Partial<InspectLimits>,
): Promise<AttachmentReport> {
  return inspectAttachment({ name, bytes }, limits);
}

function codesOf(r: AttachmentReport): string[] {
  return r.findings.map((f) => f.code);
}

/** 42.zip's shape: `copies` identical zips per level, `levels` deep, gigabytes of zeros at the bottom. */
function nestedBomb(levels: number, copies: number): Uint8Array {
  let layer = rawZip([{ name: 'data.bin', data: deflatedZeros(64 * MB), size: 64 * MB }]);
  for (let level = 1; level < levels; level++) {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < copies; i++) files[`lag${level}-${i}.zip`] = layer;
    layer = zipSync(files, { level: 9 });
  }
  return layer;
}

describe('archives are risky and say what they hold', () => {
  it('flags a zip as an archive and lists risky entries', async () => {
    const bytes = zipSync({
      'Faktura/faktura.pdf.exe': strToU8('MZ'),
      'Faktura/les meg.txt': strToU8('Hei'),
      'Faktura/': new Uint8Array(0),
    });
    const r = await inspect('faktura.zip', bytes);
    expect(r.kind).toBe('zip');
    expect(r.riskReasons).toEqual(['archive', 'executable', 'double-extension']);
    expect(r.findings).toContainEqual({
      code: 'attachment.risky.executable',
      params: { type: 'EXE', entry: 'Faktura/faktura.pdf.exe' },
    });
  });

  it('still sees a zip renamed to .pdf', async () => {
    const r = await inspect(
      'kvittering.pdf',
      zipSync({ 'kvittering.js': strToU8('WScript.Shell') }),
    );
    expect(r.kind).toBe('zip');
    expect(r.riskReasons).toEqual(expect.arrayContaining(['archive', 'script']));
  });

  it('opens a zip inside a zip', async () => {
    const inner = zipSync({ 'oppdatering.scr': strToU8('MZ') });
    const r = await inspect('pakke.zip', zipSync({ 'inner.zip': inner }));
    expect(r.riskReasons).toContain('executable');
  });

  it.each([
    [
      'a zip whose entries are encrypted',
      rawZip([{ name: 'lønn.xlsx', data: strToU8('xxxx'), method: 0, size: 4, flags: 1 }]),
    ],
    [
      'an AES-encrypted entry (method 99)',
      rawZip([{ name: 'lønn.xlsx', data: strToU8('xxxx'), method: 99, size: 4 }]),
    ],
  ])('reports %s as encrypted', async (_name, bytes) => {
    const r = await inspect('lønn.zip', bytes);
    expect(r.encrypted).toBe(true);
    expect(r.findings).toContainEqual({ code: 'attachment.encrypted', params: { format: 'ZIP' } });
  });

  it('reads the entries of a zip whose central directory is cut off', async () => {
    const whole = zipSync(
      { 'a.txt': strToU8('første fil'), 'b.vbs': strToU8('MsgBox 1') },
      { level: 0 },
    );
    const cut = whole.subarray(0, whole.length - 30);
    const r = await inspect('cut.zip', cut);
    expect(r.riskReasons).toContain('script');
    expect(codesOf(r)).toContain('attachment.truncated');
  });

  it('reports random bytes named .zip as unreadable', async () => {
    const r = await inspect(
      'data.zip',
      Uint8Array.from({ length: 3000 }, (_x, i) => (i * 31) % 253),
    );
    expect(r.kind).toBe('zip');
    expect(codesOf(r)).toContain('attachment.unreadable');
  });
});

describe('zip bombs: stopped early, in bounded memory', () => {
  it('detects a 42.zip-style nest of zips', async () => {
    const bomb = nestedBomb(4, 16);
    expect(bomb.length).toBeLessThan(2 * MB);
    const before = process.memoryUsage().arrayBuffers;
    const r = await inspect('42.zip', bomb);
    expect(codesOf(r)).toContain('attachment.zip-bomb');
    // Loose bound: the inspector never holds more than a few parts' worth.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(160 * MB);
  });

  it('stops nesting past the depth limit even when each level is small, and names where', async () => {
    let layer = zipSync({ 'bunn.txt': strToU8('hei') });
    for (let i = 0; i < 6; i++) layer = zipSync({ [`niva${i}.zip`]: layer });
    const r = await inspect('dyp.zip', layer);
    expect(r.findings).toContainEqual({
      code: 'attachment.not-inspected',
      params: { reason: 'nesting', entry: 'niva5.zip/niva4.zip/niva3.zip/niva2.zip/niva1.zip' },
    });
    expect(codesOf(r)).not.toContain('attachment.zip-bomb');
    const shallow = await inspect(
      'grunn.zip',
      zipSync({ 'a.zip': zipSync({ 'b.txt': strToU8('hei') }) }),
    );
    expect(codesOf(shallow)).not.toContain('attachment.zip-bomb');
  });

  it.each<[string, number]>([
    ['honest headers', 1024 * MB],
    ['headers that claim it is small', 300],
  ])('detects a single gigabyte of zeros with %s', async (_name, declared) => {
    const data = deflatedZeros(1024 * MB);
    const r = await inspect('logg.zip', rawZip([{ name: 'logg.txt', data, size: declared }]));
    expect(codesOf(r)).toContain('attachment.zip-bomb');
    expect(r.findings).toContainEqual({ code: 'attachment.zip-bomb', params: { limitMb: 1 } });
  });

  it('detects entries that share their data (overlapping-file bomb)', async () => {
    const one = rawZip([{ name: 'a.txt', data: deflatedZeros(200_000), size: 200_000 }]);
    // A second central-directory entry pointing at the same local header.
    const cdStart = one.length - 22 - 46 - 5;
    const cd = one.subarray(cdStart, one.length - 22);
    const eocd = new Uint8Array(one.subarray(one.length - 22));
    const twice = new Uint8Array(cdStart + cd.length * 2 + 22);
    twice.set(one.subarray(0, cdStart));
    twice.set(cd, cdStart);
    twice.set(cd, cdStart + cd.length);
    eocd[8] = 2;
    eocd[10] = 2;
    eocd[12] = cd.length * 2;
    twice.set(eocd, cdStart + cd.length * 2);
    const r = await inspect('overlapp.zip', twice);
    expect(codesOf(r)).toContain('attachment.zip-bomb');
  });

  it('does not call an ordinary compressed text file a bomb', async () => {
    const lines = Array.from(
      { length: 20000 },
      (_x, i) => `${i};Kari Nordmann;Storgata ${i % 90};${4000 + (i % 80)} Stavanger`,
    );
    const r = await inspect(
      'adresser.zip',
      zipSync({ 'adresser.csv': strToU8(lines.join('\n')) }, { level: 9 }),
    );
    expect(codesOf(r)).not.toContain('attachment.zip-bomb');
  });

  it('stops a bomb hidden as an XML part of a Word document', async () => {
    const bomb = rawZip([
      { name: '[Content_Types].xml', data: strToU8('<Types/>'), method: 0, size: 8 },
      { name: 'word/document.xml', data: deflatedZeros(2048 * MB), size: 40_000 },
    ]);
    const before = process.memoryUsage().arrayBuffers;
    const r = await inspect('vedtak.docx', bomb);
    expect(codesOf(r)).toContain('attachment.zip-bomb');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * MB);
  });

  it('names the part limit when a document part is larger than it', async () => {
    const big = rawZip([
      { name: '[Content_Types].xml', data: strToU8('<Types/>'), method: 0, size: 8 },
      {
        name: 'word/document.xml',
        data: strToU8('<w:t>' + 'a '.repeat(600_000) + '</w:t>'),
        method: 0,
        size: 1_200_011,
      },
    ]);
    const r = await inspect('stor.docx', big, { maxPartBytes: 1 * MB });
    expect(r.findings).toContainEqual({
      code: 'attachment.too-large',
      params: { limitMb: 1, bound: 'part', sizeMb: 1.1 },
    });
  });
});
