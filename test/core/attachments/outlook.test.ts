import { inspectAttachment } from '../../../src/core/attachments';
import { buildDoc, buildDocx, buildMsg, peFile } from '../../support/docx-builder';

const FNR = '15038500047';

describe('an Outlook item (.msg) attached to a message', () => {
  it('reads its subject and body, and inspects its attachments', async () => {
    const r = await inspectAttachment({
      name: 'Søknad fra Kari.msg',
      bytes: buildMsg({
        subject: 'Søknad om startlån',
        body: `Fødselsnummer ${FNR}`,
        attachments: [
          { name: 'oppdatering.exe', data: peFile() },
          {
            name: 'vedtak.docx',
            data: buildDocx({ body: '<w:p><w:r><w:t>Vedlegg 2</w:t></w:r></w:p>' }),
          },
        ],
      }),
    });
    expect(r.kind).toBe('eml');
    expect(r.text).toContain('Søknad om startlån');
    expect(r.text).toContain(`Fødselsnummer ${FNR}`);
    expect(r.text).toContain('Vedlegg 2');
    expect(r.children?.map((c) => c.name)).toEqual(['oppdatering.exe', 'vedtak.docx']);
    expect(r.findings).toContainEqual({
      code: 'attachment.risky.executable',
      params: { type: 'EXE', entry: 'oppdatering.exe' },
    });
  });

  it('reads an HTML body when there is no plain one', async () => {
    const r = await inspectAttachment({
      name: 'melding.msg',
      bytes: buildMsg({ subject: 'Hei', html: `<p>Fnr&nbsp;<b>${FNR}</b></p>` }),
    });
    expect(r.text).toContain(`Fnr ${FNR}`);
  });

  it('reads messages attached to it, and names their attachments by path', async () => {
    const r = await inspectAttachment({
      name: 'videresendt.msg',
      bytes: buildMsg({
        subject: 'Fwd: faktura',
        attachments: [
          {
            name: 'Faktura.msg',
            message: {
              subject: 'Faktura',
              body: `Kundenummer ${FNR}`,
              attachments: [{ name: 'faktura.pdf.js', data: new Uint8Array([0x61]) }],
            },
          },
        ],
      }),
    });
    expect(r.text).toContain(`Kundenummer ${FNR}`);
    expect(r.findings).toContainEqual({
      code: 'attachment.risky.script',
      params: { type: 'JS', entry: 'Faktura.msg/faktura.pdf.js' },
    });
  });

  it('says when a body is kept only as compressed RTF', async () => {
    const r = await inspectAttachment({
      name: 'melding.msg',
      bytes: buildMsg({ subject: 'Hei', rtfOnly: true }),
    });
    expect(r.findings).toContainEqual({
      code: 'attachment.not-inspected',
      params: { reason: 'format' },
    });
  });

  it('says where attached messages nest too deep', async () => {
    let m: Parameters<typeof buildMsg>[0] = { subject: 'Innerst', body: FNR };
    for (let i = 0; i < 6; i++) {
      m = { subject: `Nivå ${i}`, attachments: [{ name: `n${i}.msg`, message: m }] };
    }
    const r = await inspectAttachment({ name: 'dyp.msg', bytes: buildMsg(m) }, { maxDepth: 4 });
    expect(r.findings).toContainEqual({
      code: 'attachment.not-inspected',
      params: { reason: 'nesting', entry: 'n5.msg/n4.msg/n3.msg/n2.msg/n1.msg' },
    });
  });

  it('leaves a legacy Word document a Word document', async () => {
    const r = await inspectAttachment({
      name: 'brev.doc',
      bytes: buildDoc('Hei\r'),
    });
    expect(r.kind).toBe('other');
    expect(r.text).toBe('Hei');
    expect(r.findings).toEqual([]);
  });
});
