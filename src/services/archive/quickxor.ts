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
  private readonly block = new Uint8Array(WIDTH_BYTES);
  /** Where the next byte goes, in bits. */
  private position = 0;
  private length = 0;

  /** Add bytes; any split of the input gives the same hash. */
  update(data: Uint8Array): this {
    const block = this.block;
    let position = this.position;
    for (let i = 0; i < data.length; i++) {
      const at = position >>> 3;
      const shifted = (data[i] as number) << (position & 7);
      block[at] = (block[at] as number) ^ (shifted & 0xff);
      // The bits past this byte go into the next one, or round to the first.
      const next = at + 1 === WIDTH_BYTES ? 0 : at + 1;
      block[next] = (block[next] as number) ^ (shifted >>> 8);
      position += SHIFT;
      if (position >= WIDTH_BITS) position -= WIDTH_BITS;
    }
    this.position = position;
    this.length += data.length;
    return this;
  }

  /** The 20 bytes of the hash of everything added so far. */
  digest(): Uint8Array {
    const out = new Uint8Array(this.block);
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
