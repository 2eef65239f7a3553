import type { ArchiveDocument } from '../../../core/ports';

/**
 * SHA-256 (FIPS 180-4) fed piece by piece. Web Crypto's digest() wants the
 * whole document in memory at once; a document that is not (read from
 * somewhere piece by piece) is hashed as it is read, so that at most one
 * piece of it is held (the archive's sjekksum is declared before the file
 * is sent). One that is in memory already goes to Web Crypto.
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const INITIAL = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

export class Sha256 {
  private readonly state = new Int32Array(INITIAL);
  private readonly block = new Uint8Array(64);
  private readonly w = new Int32Array(64);
  private filled = 0;
  private length = 0;
  private finished = false;

  /** Add bytes; any split of the input gives the same digest. */
  update(data: Uint8Array): this {
    if (this.finished) throw new Error('SHA-256: update() after digest()');
    this.length += data.length;
    let i = 0;
    if (this.filled > 0) {
      const take = Math.min(64 - this.filled, data.length);
      this.block.set(data.subarray(0, take), this.filled);
      this.filled += take;
      i = take;
      if (this.filled < 64) return this;
      this.compress(this.block, 0);
      this.filled = 0;
    }
    for (; i + 64 <= data.length; i += 64) this.compress(data, i);
    if (i < data.length) {
      this.block.set(data.subarray(i), 0);
      this.filled = data.length - i;
    }
    return this;
  }

  /** The 32-byte digest; the hash cannot be fed afterwards. */
  digest(): Uint8Array {
    if (!this.finished) {
      const bits = this.length * 8;
      const tail = new Uint8Array(this.filled < 56 ? 64 - this.filled : 128 - this.filled);
      tail[0] = 0x80;
      const end = tail.length - 8;
      const high = Math.floor(bits / 0x100000000);
      const low = bits >>> 0;
      for (let b = 0; b < 4; b++) {
        tail[end + b] = (high >>> (24 - 8 * b)) & 0xff;
        tail[end + 4 + b] = (low >>> (24 - 8 * b)) & 0xff;
      }
      this.update(tail);
      this.finished = true;
    }
    const out = new Uint8Array(32);
    for (let j = 0; j < 8; j++) {
      const v = this.state[j] as number;
      out[4 * j] = v >>> 24;
      out[4 * j + 1] = (v >>> 16) & 0xff;
      out[4 * j + 2] = (v >>> 8) & 0xff;
      out[4 * j + 3] = v & 0xff;
    }
    return out;
  }

  /** The digest as 64 lowercase hexadecimal digits (Noark's sjekksum). */
  hex(): string {
    let s = '';
    for (const b of this.digest()) s += b.toString(16).padStart(2, '0');
    return s;
  }

  private compress(d: Uint8Array, o: number): void {
    const w = this.w;
    for (let t = 0; t < 16; t++, o += 4) {
      w[t] =
        ((d[o] as number) << 24) |
        ((d[o + 1] as number) << 16) |
        ((d[o + 2] as number) << 8) |
        (d[o + 3] as number);
    }
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15] as number;
      const b = w[t - 2] as number;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[t] = ((w[t - 16] as number) + s0 + (w[t - 7] as number) + s1) | 0;
    }
    const h = this.state;
    let a = h[0] as number;
    let b = h[1] as number;
    let c = h[2] as number;
    let e = h[4] as number;
    let f = h[5] as number;
    let g = h[6] as number;
    let dd = h[3] as number;
    let hh = h[7] as number;
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + (K[t] as number) + (w[t] as number)) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      hh = g;
      g = f;
      f = e;
      e = (dd + t1) | 0;
      dd = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0] as number) + a;
    h[1] = (h[1] as number) + b;
    h[2] = (h[2] as number) + c;
    h[3] = (h[3] as number) + dd;
    h[4] = (h[4] as number) + e;
    h[5] = (h[5] as number) + f;
    h[6] = (h[6] as number) + g;
    h[7] = (h[7] as number) + hh;
  }
}

/** SHA-256 and size of a stream of pieces, read once. */
export async function sha256Of(
  pieces: AsyncIterable<Uint8Array>,
): Promise<{ readonly hex: string; readonly size: number }> {
  const hash = new Sha256();
  let size = 0;
  for await (const piece of pieces) {
    hash.update(piece);
    size += piece.length;
  }
  return { hex: hash.hex(), size };
}

/**
 * SHA-256 and size of a document: by the platform's own implementation
 * (Web Crypto) when its bytes are in memory, which is some ten times
 * faster; else piece by piece with the code above.
 */
export async function sha256OfDocument(
  d: Pick<ArchiveDocument, 'chunks' | 'bytes'>,
): Promise<{ readonly hex: string; readonly size: number }> {
  const subtle = typeof crypto !== 'undefined' ? crypto.subtle : undefined;
  if (d.bytes && subtle) {
    try {
      const digest = new Uint8Array(await subtle.digest('SHA-256', d.bytes as BufferSource));
      let hex = '';
      for (const b of digest) hex += b.toString(16).padStart(2, '0');
      return { hex, size: d.bytes.byteLength };
    } catch {
      // A context without Web Crypto's digest (insecure origin): the code above.
    }
  }
  return sha256Of(d.chunks());
}
