/**
 * A character trie flattened into typed arrays, walked one `charCodeAt` at a
 * time while the scanner reads a word. Lookups cost an array read per
 * character and stop at the first character no dictionary word shares.
 */

export interface Trie {
  /** Alphabet index + 1 for code units below 0x250, 0 when unused. */
  readonly alpha: Int32Array;
  /** Alphabet index + 1 for the rare code units at or above 0x250. */
  readonly alphaHigh: ReadonlyMap<number, number>;
  /** Alphabet size + 1 (index 0 means "no such character"). */
  readonly width: number;
  /** `trans[node * width + a]` is the next node, 0 when there is none (root is never a target). */
  readonly trans: Int32Array;
  /** Payload ids of node i are `ids[first[i]] .. ids[first[i + 1] - 1]`. */
  readonly first: Int32Array;
  readonly ids: Int32Array;
  /** True at nodes that carry payload ids. */
  readonly term: Uint8Array;
  readonly empty: boolean;
}

const LOW = 0x250;

function fold(c: number): number {
  return c === 0x2019 ? 0x27 : c;
}

export class TrieBuilder {
  private readonly children: Array<Map<number, number>> = [new Map()];
  private readonly payload: number[][] = [[]];
  private readonly chars = new Set<number>();

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
  }

  build(): Trie {
    const alpha = new Int32Array(LOW);
    const alphaHigh = new Map<number, number>();
    let width = 1;
    for (const c of [...this.chars].sort((a, b) => a - b)) {
      if (c < LOW) alpha[c] = width;
      else alphaHigh.set(c, width);
      width += 1;
    }
    // The typographic apostrophe walks the same edge as the ASCII one.
    if (alpha[0x27]) alphaHigh.set(0x2019, alpha[0x27]!);
    const count = this.children.length;
    const trans = new Int32Array(count * width);
    const first = new Int32Array(count + 1);
    const term = new Uint8Array(count);
    const ids: number[] = [];
    for (let node = 0; node < count; node++) {
      for (const [c, next] of this.children[node]!) {
        const a = c < LOW ? alpha[c]! : alphaHigh.get(c)!;
        trans[node * width + a] = next;
      }
      first[node] = ids.length;
      const p = this.payload[node]!;
      if (p.length > 0) term[node] = 1;
      ids.push(...p);
    }
    first[count] = ids.length;
    return {
      alpha,
      alphaHigh,
      width,
      trans,
      first,
      ids: Int32Array.from(ids),
      term,
      empty: count === 1,
    };
  }
}

/** Alphabet index of a code unit, 0 when no key uses it. */
export function alphaOf(t: Trie, c: number): number {
  return c < LOW ? t.alpha[c]! : (t.alphaHigh.get(c) ?? 0);
}
