/**
 * QuickXorHash, the hash OneDrive for Business and SharePoint give every file
 * (`file.hashes.quickXorHash`), fed piece by piece so that a document is read
 * once and never held whole.
 *
 * Microsoft's description: a 160-bit block; byte i of the input is XORed in
 * at bit (11·i) mod 160, wrapping round the end of the block; at the end the
 * input's length, as 8 little-endian bytes, is XORed into the last 8 bytes.
 * Bit p of the block is bit p mod 8 of byte ⌊p/8⌋, so the block is the hash
 * as it is sent: 20 bytes, in base64.
 */

const WIDTH_BITS = 160;
const WIDTH_BYTES = WIDTH_BITS / 8;
const SHIFT = 11;

export class QuickXorHash {
  /**
   * The bytes XORed together by their place modulo 160. Byte n is shifted
   * to bit 11·n mod 160, which depends only on n mod 160 (11 and 160 share
   * no factor), and XOR is linear: so bytes of the same place are XORed
   * first, and each place is shifted into the block once, at the end.
   */
  private readonly lanes = new Uint8Array(WIDTH_BITS);
  private readonly lanes32 = new Uint32Array(this.lanes.buffer);
  /** The place of the next byte (n mod 160). */
  private lane = 0;
  private length = 0;

  /** Add bytes; any split of the input gives the same hash. */
  update(data: Uint8Array): this {
    const lanes = this.lanes;
    let lane = this.lane;
    let i = 0;
    const n = data.length;
    // Byte by byte up to a whole round of 160 that starts at place 0 …
    while (i < n && (lane !== 0 || (data.byteOffset + i) % 4 !== 0)) {
      lanes[lane] = (lanes[lane] as number) ^ (data[i] as number);
      i++;
      if (++lane === WIDTH_BITS) lane = 0;
    }
    // … then 40 words at a time.
    const rounds = Math.floor((n - i) / WIDTH_BITS);
    if (rounds > 0) {
      const words = new Uint32Array(data.buffer, data.byteOffset + i, rounds * 40);
      const acc = this.lanes32;
      for (let w = 0; w < words.length; w += 40) {
        for (let k = 0; k < 40; k++) acc[k] = (acc[k] as number) ^ (words[w + k] as number);
      }
      i += rounds * WIDTH_BITS;
    }
    for (; i < n; i++) {
      lanes[lane] = (lanes[lane] as number) ^ (data[i] as number);
      if (++lane === WIDTH_BITS) lane = 0;
    }
    this.lane = lane;
    this.length += n;
    return this;
  }

  /** The 20 bytes of the hash of everything added so far. */
  digest(): Uint8Array {
    const out = new Uint8Array(WIDTH_BYTES);
    for (let k = 0; k < WIDTH_BITS; k++) {
      const position = (k * SHIFT) % WIDTH_BITS;
      const at = position >>> 3;
      const shifted = (this.lanes[k] as number) << (position & 7);
      out[at] = (out[at] as number) ^ (shifted & 0xff);
      // The bits past this byte go into the next one, or round to the first.
      const next = at + 1 === WIDTH_BYTES ? 0 : at + 1;
      out[next] = (out[next] as number) ^ (shifted >>> 8);
    }
    let length = this.length;
    for (let i = 0; i < 8; i++) {
      const at = WIDTH_BYTES - 8 + i;
      out[at] = (out[at] as number) ^ (length % 256);
      length = Math.floor(length / 256);
    }
    return out;
  }

  /** The hash as Graph writes it: base64 of the 20 bytes. */
  base64(): string {
    let text = '';
    for (const b of this.digest()) text += String.fromCharCode(b);
    return btoa(text);
  }
}

/** QuickXorHash (base64) and size of a stream of pieces, read once. */
export async function quickXorOf(
  pieces: AsyncIterable<Uint8Array>,
): Promise<{ readonly hash: string; readonly size: number }> {
  const hash = new QuickXorHash();
  let size = 0;
  for await (const piece of pieces) {
    hash.update(piece);
    size += piece.length;
  }
  return { hash: hash.base64(), size };
}
