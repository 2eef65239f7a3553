import { classes, WORD } from './chars';

/**
 * A character trie flattened into typed arrays, walked one `charCodeAt` at a
 * time while the scanner reads a word. One step is two array reads:
 *
 *   a  = map[charCode]        0: not a word character; otherwise a column
 *   st = trans[st + a]        0: no such edge; < 0: the node ends a key
 *
 * Node states are premultiplied by `width` (state = node * width), so a step
 * needs no multiplication. Word characters that no key uses share a column
 * whose edges are all 0. Keys are lower case and a capital letter has the
 * column of its small letter, so the text is walked in its own case.
 */
export interface Trie {
  readonly map: Uint16Array;
  /** Column of the apostrophe (inside "i'll"), 0 when no key has one. */
  readonly apos: number;
  readonly width: number;
  readonly trans: Int32Array;
  /** Payload ids of node k (state k * width) are `ids[first[k]] .. ids[first[k + 1] - 1]`. */
  readonly first: Int32Array;
  readonly ids: Int32Array;
  /** Length of the shortest key. */
  readonly minKey: number;
  readonly empty: boolean;
}

function fold(c: number): number {
  return c === 0x2019 ? 0x27 : c;
}

export class TrieBuilder {
  private readonly children: Array<Map<number, number>> = [new Map()];
  private readonly payload: number[][] = [[]];
  private readonly chars = new Set<number>();
  private minKey = Infinity;

  add(key: string, id: number): void {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = fold(key.charCodeAt(i));
      this.chars.add(c);
      const kids = this.children[node]!;
      let next = kids.get(c);
      if (next === undefined) {
        next = this.children.length;
        kids.set(c, next);
        this.children.push(new Map());
        this.payload.push([]);
      }
      node = next;
    }
    const list = this.payload[node]!;
    if (!list.includes(id)) list.push(id);
    this.minKey = Math.min(this.minKey, key.length);
  }

  build(): Trie {
    const cls = classes();
    const map = new Uint16Array(0x10000);
    // Column 1 is the dead column for word characters no key uses.
    let width = 2;
    for (let c = 0; c < 0x10000; c++) if (cls[c]! & WORD) map[c] = 1;
    let apos = 0;
    for (const c of [...this.chars].sort((a, b) => a - b)) {
      if (c === 0x27) apos = width;
      else {
        map[c] = width;
        // Keys are lower case; the text is read in its own case.
        const up = c === 0xdf ? '\u1e9e' : String.fromCharCode(c).toUpperCase();
        if (up.length === 1 && up.charCodeAt(0) !== c && !this.chars.has(up.charCodeAt(0))) {
          map[up.charCodeAt(0)] = width;
        }
      }
      width += 1;
    }
    const count = this.children.length;
    // Nodes numbered breadth first: the few near the root, which nearly
    // every word of a text visits, share a small stretch of the table
    // (and of the processor's cache) instead of being spread over all of it.
    const order = [0];
    for (let k = 0; k < order.length; k++) {
      for (const next of this.children[order[k]!]!.values()) order.push(next);
    }
    const rank = new Int32Array(count);
    for (let k = 0; k < count; k++) rank[order[k]!] = k;
    const trans = new Int32Array(count * width);
    const first = new Int32Array(count + 1);
    const ids: number[] = [];
    for (let k = 0; k < count; k++) {
      const node = order[k]!;
      for (const [c, next] of this.children[node]!) {
        const a = c === 0x27 ? apos : map[c]!;
        const target = rank[next]! * width;
        trans[k * width + a] = this.payload[next]!.length > 0 ? -target : target;
      }
      first[k] = ids.length;
      ids.push(...this.payload[node]!);
    }
    first[count] = ids.length;
    return {
      map,
      apos,
      width,
      trans,
      first,
      ids: Int32Array.from(ids),
      minKey: count === 1 ? 0 : this.minKey,
      empty: count === 1,
    };
  }
}
