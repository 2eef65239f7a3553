import { isPkcs1Signature, readSignedData } from '../../../src/core/attachments/cms';
import { Meter } from '../../../src/core/metering/meter';
import { cmsSignedData, der, pseudoRandom } from '../../support/pdf-builder';

function read(bytes: Uint8Array): ReturnType<typeof readSignedData> {
  return readSignedData(bytes, new Meter());
}

function withTail(bytes: Uint8Array, tail: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + tail.length);
  out.set(bytes);
  out.set(tail, bytes.length);
  return out;
}

/** The same structure with another content type OID (envelopedData, 1.2.840.113549.1.7.3). */
function envelopedData(): Uint8Array {
  const b = cmsSignedData().slice();
  const at = b.indexOf(0x02, 8); // last byte of the signedData OID
  b[at] = 0x03;
  return b;
}

/** The first SignerInfo of a well-formed SignedData. */
function signerInfo(): Uint8Array {
  const b = cmsSignedData();
  // ContentInfo > [0] > SignedData > ... > SET of SignerInfo: the SignerInfo is the last element.
  const marker = [0x30, 0x82];
  for (let i = b.length - 300; i > 0; i--) {
    if (b[i] === marker[0] && b[i + 1] === marker[1] && b[i + 4] === 0x02 && b[i + 5] === 0x01) {
      const len = ((b[i + 2] as number) << 8) | (b[i + 3] as number);
      if (i + 4 + len === b.length) return b.subarray(i);
    }
  }
  throw new Error('no SignerInfo');
}

/** A SignedData whose signer set holds `signers` as is, with `certificates` (raw) before it. */
function signedDataWith(signers: Uint8Array, certificates?: Uint8Array): Uint8Array {
  const oid = (bytes: number[]): Uint8Array => der(0x06, [Uint8Array.from(bytes)]);
  const parts = [
    der(0x02, [Uint8Array.from([1])]),
    der(0x31, []),
    der(0x30, [oid([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01])]),
  ];
  if (certificates) parts.push(withTail(Uint8Array.from([0xa0, 0x80]), certificates));
  parts.push(der(0x31, [signers]));
  return der(0x30, [
    oid([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]),
    der(0xa0, [der(0x30, parts)]),
  ]);
}

describe('CMS SignedData in a signature /Contents', () => {
  it.each<[string, () => Uint8Array, 'data' | 'tst-info']>([
    ['a detached signature', () => cmsSignedData(), 'data'],
    ['an RFC 3161 time stamp token', () => cmsSignedData({ timestamp: true }), 'tst-info'],
    ['BER with indefinite lengths', () => cmsSignedData({ indefinite: true }), 'data'],
    ['two signers', () => cmsSignedData({ signers: 2 }), 'data'],
    ['zero padding after it', () => withTail(cmsSignedData(), new Uint8Array(4000)), 'data'],
    [
      'other bytes left after it by the signer',
      () => withTail(cmsSignedData(), new TextEncoder().encode('JUVYS4L+8S3hhDRP')),
      'data',
    ],
  ])('reads %s', (_name, build, content) => {
    expect(read(build())).toEqual({ content, signers: expect.any(Number) });
  });

  it.each<[string, () => Uint8Array]>([
    ['random bytes', () => pseudoRandom(600, 3)],
    ['all zeros', () => new Uint8Array(512)],
    ['nothing', () => new Uint8Array(0)],
    ['text', () => new TextEncoder().encode('Signert av saksbehandler')],
    ['the first half of a signature', () => cmsSignedData().subarray(0, 200)],
    ['a SignedData without signers', () => cmsSignedData({ signers: 0 })],
    ['another CMS content type', envelopedData],
    ['a bare SEQUENCE', () => der(0x30, [der(0x02, [Uint8Array.from([1])])])],
    [
      'indefinite lengths nested far too deep',
      () => {
        const b = new Uint8Array(20_000);
        for (let i = 0; i < b.length; i += 2) b.set([0x30, 0x80], i);
        return b;
      },
    ],
    ['a length running past the end', () => Uint8Array.from([0x30, 0x84, 0x7f, 0xff, 0xff, 0xff])],
  ])('does not take %s for a signature', (_name, build) => {
    expect(read(build())).toBeNull();
  });

  it('counts every SignerInfo of the set', () => {
    const one = signerInfo();
    expect(read(signedDataWith(withTail(one, one)))).toEqual({ content: 'data', signers: 2 });
    expect(read(signedDataWith(withTail(one, Uint8Array.from([0x30, 0x00]))))).toBeNull();
  });

  it('reads an adbe.x509.rsa_sha1 value as an OCTET STRING and nothing else', () => {
    const meter = new Meter();
    expect(isPkcs1Signature(der(0x04, [pseudoRandom(256)]), meter)).toBe(true);
    expect(isPkcs1Signature(pseudoRandom(256, 9), meter)).toBe(false);
    expect(isPkcs1Signature(cmsSignedData(), meter)).toBe(false);
  });

  it.each<[string, (n: number) => Uint8Array]>([
    [
      'nested indefinite lengths',
      (n) => {
        const b = new Uint8Array(n);
        for (let i = 0; i < n; i += 2) b.set([0x30, 0x80], i);
        return b;
      },
    ],
    [
      'many empty SignerInfos',
      (n) => signedDataWith(new Uint8Array(n).map((_x, i) => (i % 2 ? 0 : 0x30))),
    ],
    [
      'many well-formed SignerInfos',
      (n) => {
        const one = signerInfo();
        const all = new Uint8Array(Math.floor(n / one.length) * one.length);
        for (let i = 0; i < all.length; i += one.length) all.set(one, i);
        return signedDataWith(all);
      },
    ],
    [
      'certificates nested in indefinite lengths',
      (n) => {
        const inner = new Uint8Array(n);
        for (let i = 0; i < n / 2; i += 2) inner.set([0x30, 0x80], i);
        return signedDataWith(signerInfo(), inner);
      },
    ],
  ])('reads %s in steps linear in its size', (_name, build) => {
    const steps = (n: number): number => {
      const meter = new Meter();
      readSignedData(build(n), meter);
      return meter.steps;
    };
    const n = 20_000;
    const small = steps(n);
    const large = steps(4 * n);
    expect(large).toBeLessThanOrEqual(4.5 * Math.max(small, 1));
    expect(large).toBeLessThanOrEqual(8 * 4 * n);
  });
});
