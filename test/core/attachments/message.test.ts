import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { htmlToText, inspectAttachment } from '../../../src/core/attachments';
import type { InspectOptions, MessageParser } from '../../../src/core/attachments';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'attachments');
const FORWARDED = new Uint8Array(readFileSync(join(FIXTURES, 'videresendt-klage.eml')));

/** A full MIME parser injected the way a host with TextDecoder and Blob would do it. */
const postalMime: MessageParser = async (raw) => {
  const email = await PostalMime.parse(raw, {
    attachmentEncoding: 'arraybuffer',
    forceRfc822Attachments: true,
  });
  return {
    subject: email.subject ?? '',
    body: email.text ?? htmlToText(email.html ?? ''),
    attachments: email.attachments.map((a) => {
      const bytes = new Uint8Array(a.content as ArrayBuffer);
      return { name: a.filename ?? 'vedlegg', contentType: a.mimeType, size: bytes.length, bytes };
    }),
  };
};

describe.each<[string, InspectOptions]>([
  ['the built-in reader', {}],
  ['an injected postal-mime parser', { parseMessage: postalMime }],
])('an attached message read with %s', (_name, options) => {
  it('gives subject and body text to the detectors', async () => {
    const r = await inspectAttachment({ name: 'klage.eml', bytes: FORWARDED }, undefined, options);
    expect(r.kind).toBe('eml');
    expect(
      r.text?.startsWith(
        'Videresendt: klage på vedtak\n\nHei,\njeg klager på vedtaket i sak 24/1234. Se vedlagt søknad og faktura.',
      ),
    ).toBe(true);
  });

  it('inspects its attachments and raises their risks on the message', async () => {
    const r = await inspectAttachment({ name: 'klage.eml', bytes: FORWARDED }, undefined, options);
    expect(r.children?.map((c) => [c.name, c.kind])).toEqual([
      ['faktura.pdf.exe', 'executable'],
      ['soknad.eml', 'eml'],
    ]);
    expect(r.riskReasons).toEqual(['executable', 'double-extension']);
    expect(r.findings).toContainEqual({
      code: 'attachment.risky.executable',
      params: { type: 'EXE', entry: 'faktura.pdf.exe' },
    });
  });

  it('reads a message attached to the attached message', async () => {
    const r = await inspectAttachment({ name: 'klage.eml', bytes: FORWARDED }, undefined, options);
    const inner = r.children?.[1];
    expect(inner?.text).toBe('Søknad om startlån\n\nMitt fødselsnummer er 15038500047.');
    expect(r.text).toContain('Mitt fødselsnummer er 15038500047.');
  });

  it('stops at the nesting limit', async () => {
    const r = await inspectAttachment(
      { name: 'klage.eml', bytes: FORWARDED },
      { maxDepth: 0 },
      options,
    );
    expect(r.children).toBeUndefined();
    expect(r.findings.map((f) => f.code)).toContain('attachment.too-large');
  });
});

describe('attached messages the built-in reader must cope with', () => {
  it.each<[string, string, string]>([
    ['a single-part message', 'Subject: Hei\r\n\r\nBare tekst.\r\n', 'Hei\n\nBare tekst.'],
    [
      'raw UTF-8 in the subject',
      'Subject: Søknad\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nTekst',
      'Søknad\n\nTekst',
    ],
    [
      'a folded subject',
      'Subject: =?utf-8?Q?Klage_p=C3=A5?=\r\n =?utf-8?Q?_vedtak?=\r\n\r\nTekst',
      'Klage på vedtak\n\nTekst',
    ],
    [
      'a latin1 body',
      'Subject: x\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nP\u00e5 vent',
      'x\n\nPå vent',
    ],
    [
      'an HTML-only body',
      'Subject: x\r\nContent-Type: text/html\r\n\r\n<p>Hei&nbsp;der</p>',
      'x\n\nHei der',
    ],
    [
      'a multipart message without its closing delimiter',
      'Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nTekst',
      'x\n\nTekst',
    ],
  ])('%s', async (_name, raw, text) => {
    const r = await inspectAttachment({
      name: 'm.eml',
      bytes: Uint8Array.from(raw, (c) => c.charCodeAt(0) & 0xff),
    });
    expect(r.text).toBe(text);
  });

  it('recognises a message by its content type', async () => {
    const r = await inspectAttachment({
      name: 'ATT00001',
      contentType: 'message/rfc822',
      bytes: new TextEncoder().encode('Subject: Hei\r\n\r\nTekst'),
    });
    expect(r.kind).toBe('eml');
  });

  it('reports a parser that fails as unreadable, without throwing', async () => {
    const failing: MessageParser = () => Promise.reject(new Error('broken'));
    const r = await inspectAttachment({ name: 'm.eml', bytes: FORWARDED }, undefined, {
      parseMessage: failing,
    });
    expect(r.findings).toEqual([{ code: 'attachment.unreadable' }]);
  });
});
