/**
 * QuickXorHash as SharePoint computes it: values Microsoft's reference
 * implementation gives, and the same hash however the input is cut.
 */
import { randomBytes } from 'node:crypto';
import { QuickXorHash, quickXorOf } from '../../../src/services/archive/sharepoint/quickxor';

const b64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));

describe('QuickXorHash', () => {
  // Inputs and hashes as Microsoft's C# reference implementation computes them.
  it.each(
    [
      ['', 'AAAAAAAAAAAAAAAAAAAAAAAAAAA='],
      ['Sg==', 'SgAAAAAAAAAAAAAAAQAAAAAAAAA='],
      ['0pZP', '0rDEEwAAAAAAAAAAAwAAAAAAAAA='],
      ['2fuxhBJXtpWFe8dOfdGeHw==', 'O9tHLAghgSvYohKFyMMxnNCHaHg='],
      ['T6LYJIfDh81JrAK309H2JMJTXis=', 'zBTHrspn3mEcohlJdIUAbjGNaNg='],
      ['DWAAX5/CIfrmErgZa8ot6ZraeSbu', 'LR2Z0PjuRYGKQB/mhQAuMrAGZbQ='],
      [
        'Mb7EGva2rEE5fENDL85P+BsapHEEjv2/siVhKjvAQe02feExVOQSkfmuYzU/kTF1MaKjPmKF/w+cbvwfdWL8aQ==',
        'n1anP5NfvD4XDYWIeRPW3ZkPv1Y=',
      ],
      [
        'PfxMcUd0vIW6VbHG/uj/Y0W6qEoKmyBD0nYebEKazKaKG+UaDqBEcmQjbfQeVnVLuodMoPp7P7TR' +
          '1htX5n2VnkHh22xDyoJ8C/ZQKiSNqQfXvh83judf4RVr9exJCud8Uvgip6aVZTaPrJHVjQhMCp/d' +
          'EnGvqg0oN5OVkM2qqAXvA0teKUDhgNM71sDBVBCGXxNOR2bpbD1iM4dnuT0ey4L+loXEHTL0fqMe' +
          'UcEi2asgImnlNakwenDzz0x57aBwyq3AspCFGB1ncX4yYCr/OaCcS5OKi/00WH+wNQU3',
        'QX/YEpG0gDsmhEpCdWhsxDzsfVE=',
      ],
    ].map(([input, hash]) => [b64(input as string).length, input, hash]),
  )('hashes %d bytes as the reference does', (_bytes, input, hash) => {
    expect(new QuickXorHash().update(b64(input as string)).base64()).toBe(hash);
  });

  it('puts the length in the last eight bytes, little-endian', () => {
    const zeros = new Uint8Array(0x01_0203);
    const digest = new QuickXorHash().update(zeros).digest();
    expect([...digest]).toEqual([...new Uint8Array(12), 3, 2, 1, 0, 0, 0, 0, 0]);
  });

  it('gives the same hash however the input is cut', async () => {
    const data = randomBytes(5000);
    const whole = new QuickXorHash().update(data).base64();
    for (const step of [1, 7, 19, 20, 21, 160, 161, 4999]) {
      const hash = new QuickXorHash();
      for (let i = 0; i < data.length; i += step) hash.update(data.subarray(i, i + step));
      expect(hash.base64()).toBe(whole);
    }
    async function* pieces() {
      yield data.subarray(0, 3);
      yield data.subarray(3);
    }
    expect(await quickXorOf(pieces())).toEqual({ hash: whole, size: 5000 });
  });

  it('tells apart inputs that differ in one bit or only in length', () => {
    const a = randomBytes(1000);
    const b = Uint8Array.from(a);
    b[500] = (b[500] as number) ^ 0x10;
    const hash = (x: Uint8Array) => new QuickXorHash().update(x).base64();
    expect(hash(a)).not.toBe(hash(b));
    expect(hash(new Uint8Array(160))).not.toBe(hash(new Uint8Array(320)));
  });
});
