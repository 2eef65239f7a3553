/**
 * Who a message is (issue 11): the fingerprint is the same for one message
 * however it travelled, and differs for another message with the same
 * Message-ID; the derived external id is deterministic and a Message-ID.
 */
import { createHash } from 'node:crypto';
import {
  canonicalForm,
  externalIdFor,
  isDerivedId,
  messageFingerprint,
} from '../../../src/core/archive/identity';
import { parseEml } from '../../../src/core/mime/eml';

const PDF = Buffer.from('%PDF-1.7\nsøknad\n%%EOF\n', 'utf8');

function eml(o: {
  received?: string;
  date?: string;
  from?: string;
  subject?: string;
  body?: string;
  encoding?: 'qp' | 'base64';
  eol?: '\r\n' | '\n';
  attachment?: Buffer;
  inline?: Buffer;
}): string {
  const body = o.body ?? 'Hei,\n\nvedlagt søknad om  startlån.\n\nHelsing Kari';
  const eol = o.eol ?? '\r\n';
  const text =
    o.encoding === 'base64'
      ? Buffer.from(body.replace(/\n/g, eol), 'utf8').toString('base64')
      : body.replace(/ø/g, '=C3=B8').replace(/å/g, '=C3=A5').replace(/\n/g, eol);
  const lines = [
    ...(o.received ? [`Received: ${o.received}`] : []),
    `From: ${o.from ?? 'Kari Lunde <Kari.Lunde@example.no>'}`,
    'To: post@ha.kommune.no',
    `Subject: ${o.subject ?? 'Søknad om startlån'}`,
    `Date: ${o.date ?? 'Wed, 04 Mar 2026 14:03:52 +0100'}`,
    'Message-ID: <03-startlan.20260304@example.org>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    `Content-Transfer-Encoding: ${o.encoding === 'base64' ? 'base64' : 'quoted-printable'}`,
    '',
    text,
    '--b1',
    'Content-Type: application/pdf; name="soknad.pdf"',
    'Content-Disposition: attachment; filename="soknad.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    (o.attachment ?? PDF).toString('base64'),
    ...(o.inline
      ? [
          '--b1',
          'Content-Type: image/png; name="logo.png"',
          'Content-Disposition: inline; filename="logo.png"',
          'Content-ID: <logo>',
          'Content-Transfer-Encoding: base64',
          '',
          o.inline.toString('base64'),
        ]
      : []),
    '--b1--',
    '',
  ];
  return lines.join(eol);
}

const fp = async (text: string): Promise<string> => messageFingerprint(await parseEml(text));

describe('messageFingerprint', () => {
  it('is SHA-256 over the canonical form', async () => {
    const parsed = await parseEml(eml({}));
    const form = await canonicalForm(parsed);
    expect(await messageFingerprint(parsed)).toBe(
      createHash('sha256').update(form, 'utf8').digest('hex'),
    );
    expect(JSON.parse(form)).toEqual([
      'arkivpost-fingerprint-1',
      '2026-03-04T13:03:52.000Z',
      'kari.lunde@example.no',
      'Søknad om startlån',
      'Hei, vedlagt søknad om startlån. Helsing Kari',
      [['soknad.pdf', PDF.length, createHash('sha256').update(PDF).digest('hex')]],
    ]);
  });

  it('is the same for one message however it travelled', async () => {
    const base = await fp(eml({}));
    // Another mailbox: other Received headers; base64 instead of quoted-printable; LF line ends;
    // the Date in another zone; the sender's address in other case; an inline logo added.
    expect(
      await fp(eml({ received: 'from mx2 by mailbox2; Wed, 04 Mar 2026 14:04:00 +0100' })),
    ).toBe(base);
    expect(await fp(eml({ encoding: 'base64' }))).toBe(base);
    expect(await fp(eml({ eol: '\n' }))).toBe(base);
    expect(await fp(eml({ date: 'Wed, 4 Mar 2026 13:03:52 +0000 (UTC)' }))).toBe(base);
    expect(await fp(eml({ from: '"Lunde, Kari" <KARI.LUNDE@EXAMPLE.NO>' }))).toBe(base);
    expect(await fp(eml({ inline: Buffer.from('png') }))).toBe(base);
    expect(await fp(eml({ subject: '  Søknad om startlån ' }))).toBe(base);
  });

  it('differs for a different message with the same Message-ID', async () => {
    const base = await fp(eml({}));
    const others = await Promise.all([
      fp(eml({ body: 'Hei,\n\nvedlagt søknad om bustøtte.\n\nHelsing Kari' })),
      fp(eml({ subject: 'Søknad om bustøtte' })),
      fp(eml({ from: 'ola@example.no' })),
      fp(eml({ date: 'Wed, 04 Mar 2026 14:03:53 +0100' })),
      fp(eml({ attachment: Buffer.from('%PDF-1.7\nanna\n%%EOF\n') })),
    ]);
    for (const other of others) expect(other).not.toBe(base);
    expect(new Set(others).size).toBe(others.length);
  });
});

describe('externalIdFor', () => {
  const FP = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

  it('is the Message-ID itself when it is not taken', () => {
    expect(externalIdFor('<x@example.org>', FP, false)).toBe('<x@example.org>');
  });

  it('derives a Message-ID from it and the fingerprint when it is taken, the same every time', () => {
    const id = externalIdFor('<03-startlan.20260304@example.org>', FP, true);
    expect(id).toBe('<fp-a1b2c3d4e5f60718.03-startlan.20260304@example.org>');
    expect(externalIdFor('<03-startlan.20260304@example.org>', FP, true)).toBe(id);
    expect(
      externalIdFor('<03-startlan.20260304@example.org>', FP.replace('a1', 'b1'), true),
    ).not.toBe(id);
    expect(isDerivedId(id, FP)).toBe(true);
    expect(isDerivedId('<03-startlan.20260304@example.org>', FP)).toBe(false);
  });

  it('gives an id of its own for a Message-ID that is not one', () => {
    expect(externalIdFor('not an id', FP, true)).toBe('<fp-a1b2c3d4e5f60718@arkivpost.invalid>');
    expect(externalIdFor('<a b@c>', FP, true)).toBe('<fp-a1b2c3d4e5f60718@arkivpost.invalid>');
  });
});
