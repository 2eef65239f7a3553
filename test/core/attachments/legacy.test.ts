import { inspectAttachment } from '../../../src/core/attachments';
import { buildCfb, buildDoc, buildXls } from '../../support/docx-builder';

const FNR = '15038500047';

describe('Word 97–2003 documents (.doc)', () => {
  it.each([
    ['8-bit text', false],
    ['UTF-16 text', true],
  ])('reads %s from the piece table', async (_name, wide) => {
    const r = await inspectAttachment({
      name: 'vedtak.doc',
      bytes: buildDoc(`Vedtak\rFødselsnummer ${FNR}\r`, { wide }),
    });
    expect(r.text).toBe(`Vedtak\nFødselsnummer ${FNR}\n`.trim());
    expect(r.findings).toEqual([]);
  });

  it('shows field results and hides field codes, as Word does', async () => {
    const r = await inspectAttachment({
      name: 'brev.doc',
      bytes: buildDoc(
        'Se \x13 HYPERLINK "https://x" \x14klikk\x15 og \x13PAGE\x15side\rTabell\x07celle\x07',
      ),
    });
    expect(r.text).toBe('Se klikk og side\nTabell\tcelle');
  });

  it('says a password-protected .doc is encrypted', async () => {
    const r = await inspectAttachment({
      name: 'lønn.doc',
      bytes: buildDoc('hemmelig', { flags: 0x0100 }),
    });
    expect(r.encrypted).toBe(true);
    expect(r.findings).toContainEqual({
      code: 'attachment.encrypted',
      params: { format: 'Office' },
    });
  });
});

describe('Excel 97–2003 workbooks (.xls)', () => {
  it('reads shared strings (across CONTINUE records) and numbers', async () => {
    const r = await inspectAttachment({
      name: 'liste.xls',
      bytes: buildXls(['Navn', 'Kari Nordmann', 'Fødselsnummer i kolonne B'], [Number(FNR)]),
    });
    expect(r.text).toContain('Kari Nordmann');
    expect(r.text).toContain('Fødselsnummer i kolonne B');
    expect(r.text).toContain(FNR);
  });
});

describe('legacy files whose text is not read', () => {
  it('says a PowerPoint 97–2003 presentation was not inspected', async () => {
    const r = await inspectAttachment({
      name: 'møte.ppt',
      bytes: buildCfb([{ name: 'PowerPoint Document', data: new Uint8Array(600) }]),
    });
    expect(r.findings).toContainEqual({
      code: 'attachment.not-inspected',
      params: { reason: 'format' },
    });
  });

  it('says a damaged .doc was not inspected', async () => {
    const r = await inspectAttachment({
      name: 'brev.doc',
      bytes: buildCfb([{ name: 'WordDocument', data: new Uint8Array(600) }]),
    });
    expect(r.findings).toContainEqual({
      code: 'attachment.not-inspected',
      params: { reason: 'format' },
    });
  });
});
