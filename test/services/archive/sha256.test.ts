/**
 * The incremental SHA-256 the archive connector declares as sjekksum: the
 * NIST example vectors, and every way of cutting the input into pieces
 * giving the digest Node's own implementation gives.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Sha256, sha256Of, sha256OfDocument } from '../../../src/services/archive/noark5/sha256';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const node = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('SHA-256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('gives the NIST digest of %j', (input, digest) => {
    expect(new Sha256().update(text(input)).hex()).toBe(digest);
  });

  it('gives the NIST digest of a million "a", fed in uneven pieces', () => {
    const hash = new Sha256();
    const a = new Uint8Array(1_000_000).fill(0x61);
    let at = 0;
    for (const step of [1, 63, 64, 65, 1000, 4095]) {
      hash.update(a.subarray(at, at + step));
      at += step;
    }
    hash.update(a.subarray(at));
    expect(hash.hex()).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with Node for every length around the block and padding boundaries', () => {
    const data = randomBytes(300);
    const wrong: number[] = [];
    for (let n = 0; n <= 300; n++) {
      if (new Sha256().update(data.subarray(0, n)).hex() !== node(data.subarray(0, n)))
        wrong.push(n);
    }
    expect(wrong).toEqual([]);
  });

  it('gives the same digest however the input is cut', () => {
    const data = randomBytes(5000);
    const want = node(data);
    for (const size of [1, 7, 55, 56, 63, 64, 65, 127, 128, 129, 1000, 4999, 5000]) {
      const hash = new Sha256();
      for (let i = 0; i < data.length; i += size) hash.update(data.subarray(i, i + size));
      expect(hash.hex()).toBe(want);
    }
  });

  it('hashes a stream of pieces and counts its bytes', async () => {
    const data = randomBytes(200_000);
    async function* pieces(): AsyncIterable<Uint8Array> {
      for (let i = 0; i < data.length; i += 30_000) yield data.subarray(i, i + 30_000);
    }
    await expect(sha256Of(pieces())).resolves.toEqual({ hex: node(data), size: 200_000 });
  });

  it('answers the same digest twice and refuses more input after it', () => {
    const hash = new Sha256().update(text('abc'));
    expect(hash.hex()).toBe(hash.hex());
    expect(() => hash.update(text('d'))).toThrow(/after digest/);
  });
});

describe('a document’s SHA-256', () => {
  it('is the same by Web Crypto (bytes in memory) as piece by piece', async () => {
    const bytes = new Uint8Array(3 * 1024 * 1024 + 7).map((_, i) => (i * 31 + 7) & 0xff);
    const pieces = async function* () {
      for (let i = 0; i < bytes.length; i += 100_000) yield bytes.subarray(i, i + 100_000);
    };
    const streamed = await sha256OfDocument({ chunks: pieces });
    const whole = await sha256OfDocument({ chunks: pieces, bytes });
    expect(whole).toEqual(streamed);
    expect(whole.size).toBe(bytes.length);
    expect(whole.hex).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
