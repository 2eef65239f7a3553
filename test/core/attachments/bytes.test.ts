/**
 * Byte searches within a window (issue 10): a search for a few bytes at the
 * start of a file must not read on to the end of it when the first byte is
 * missing, or many searches over a large file cost the file's size each
 * time. The bytes the native search really looks at are counted by a
 * Uint8Array whose indexOf and lastIndexOf count, and the readers that search
 * (first-bytes sniffing, compound-file facts, a zip without its directory)
 * are checked with it at n and 4n.
 */
import { zipSync } from 'fflate';
import { indexOfBytes, lastIndexOfBytes } from '../../../src/core/attachments/bytes';
import { cfbFacts } from '../../../src/core/attachments/office';
import { sniff } from '../../../src/core/attachments/sniff';
import { readZipDirectory } from '../../../src/core/attachments/zip';
import { Meter } from '../../../src/core/metering/meter';

/** The bytes the native searches over views of this array have looked at. */
const scanned = { bytes: 0 };

class CountingBytes extends Uint8Array {
  override indexOf(value: number, fromIndex = 0): number {
    const from = Math.max(0, fromIndex);
    const at = super.indexOf(value, from);
    scanned.bytes += (at < 0 ? this.length : at + 1) - from;
    return at;
  }

  override lastIndexOf(value: number, fromIndex = this.length - 1): number {
    const from = Math.min(this.length - 1, fromIndex);
    const at = super.lastIndexOf(value, from);
    scanned.bytes += from - (at < 0 ? -1 : at);
    return at;
  }
}

function counting(n: number, fill = 0x20): CountingBytes {
  return new CountingBytes(n).fill(fill);
}

function scannedBy(run: () => unknown): number {
  scanned.bytes = 0;
  run();
  return scanned.bytes;
}

const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** The plain search, for comparison. */
function naive(b: Uint8Array, p: Uint8Array, from: number, to: number, last: boolean): number {
  const hits: number[] = [];
  for (let i = Math.max(0, from); i + p.length <= Math.min(to, b.length); i++) {
    let j = 0;
    while (j < p.length && b[i + j] === p[j]) j++;
    if (j === p.length) hits.push(i);
  }
  if (hits.length === 0) return -1;
  return (last ? hits[hits.length - 1] : hits[0]) as number;
}

describe('searching bytes in a window', () => {
  it.each([
    ['found inside the window', 'xxPK..PK', 'PK', 0, 8, 2, 6],
    ['not found before the window', 'PKxxxxxx', 'PK', 1, 8, -1, -1],
    ['not found across its end', 'xxxxxxPK', 'PK', 0, 7, -1, -1],
    ['found ending right at its end', 'xxxxxxPK', 'PK', 0, 8, 6, 6],
    ['a window past the end of the bytes', 'xxPKxx', 'PK', 0, 100, 2, 2],
    ['an empty window', 'PKPK', 'PK', 2, 2, -1, -1],
    ['a window the wrong way round', 'PKPK', 'PK', 3, 1, -1, -1],
    ['a window starting before the bytes', 'PKxx', 'PK', -5, 4, 0, 0],
    ['a first byte that repeats', 'PPPPPK', 'PK', 0, 6, 4, 4],
  ] as const)('%s', (_what, text, pat, from, to, first, last) => {
    expect(indexOfBytes(bytes(text), bytes(pat), from, to)).toBe(first);
    expect(lastIndexOfBytes(bytes(text), bytes(pat), from, to)).toBe(last);
  });

  it('agrees with the plain search on many small cases', () => {
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      const b = Uint8Array.from({ length: rnd(40) }, () => 0x61 + rnd(3));
      const p = Uint8Array.from({ length: 1 + rnd(3) }, () => 0x61 + rnd(3));
      const from = rnd(45) - 2;
      const to = rnd(45) - 2;
      expect(indexOfBytes(b, p, from, to)).toBe(naive(b, p, from, to, false));
      expect(lastIndexOfBytes(b, p, from, to)).toBe(naive(b, p, from, to, true));
    }
  });
});

describe('a search looks only at its window', () => {
  it.each([1, 4])(
    'looks at no more than a 1 KB window of a %i MB file without the first byte',
    (mb) => {
      const b = counting(mb * 1024 * 1024);
      expect(scannedBy(() => indexOfBytes(b, bytes('%PDF-'), 0, 1024))).toBeLessThanOrEqual(1024);
      expect(
        scannedBy(() => lastIndexOfBytes(b, bytes('%%EOF'), b.length - 1024, b.length)),
      ).toBeLessThanOrEqual(1024);
    },
  );

  it('costs the windows, not the file, over many searches (linear in total)', () => {
    const b = counting(4 * 1024 * 1024);
    const windows = 4096;
    const looked = scannedBy(() => {
      for (let w = 0; w < windows; w++) indexOfBytes(b, bytes('PK'), w * 1024, w * 1024 + 1024);
    });
    expect(looked).toBeLessThanOrEqual(windows * 1024);
  });

  it('counts what it looks at on a meter: the window, and the bytes compared', () => {
    const b = new Uint8Array(10_000).fill(0x50); // 'P' everywhere, never "PK"
    const meter = new Meter();
    expect(indexOfBytes(b, bytes('PK'), 0, 1000, meter)).toBe(-1);
    expect(meter.steps).toBeGreaterThanOrEqual(999);
    expect(meter.steps).toBeLessThanOrEqual(2 * 1000);
  });
});

describe('the readers that search bytes look at a bounded part of a large file', () => {
  it.each([
    ['the first bytes (is it a PDF?)', (b: Uint8Array) => sniff(b), 2048],
    ['a compound file’s names, up to its limit', (b: Uint8Array) => cfbFacts(b, 4096), 6 * 4096],
  ] as const)('%s, at 1 MB and 4 MB alike', (_what, read, bound) => {
    const one = scannedBy(() => read(counting(1024 * 1024)));
    const four = scannedBy(() => read(counting(4 * 1024 * 1024)));
    expect(one).toBeLessThanOrEqual(bound);
    expect(four).toBe(one);
  });

  it('walks a zip without its directory once, however many entries have their sizes after the data', () => {
    /** Entries written with a data descriptor, the directory cut off, 'P' bytes everywhere. */
    const hostile = (entries: number): Uint8Array => {
      const files: Record<string, Uint8Array> = {};
      for (let i = 0; i < entries; i++) files[`f${i}.txt`] = new Uint8Array(512).fill(0x50);
      const zip = zipSync(files, { level: 0 });
      // Flag bit 3 on every local header, and no end of central directory.
      for (let p = 0; p + 4 <= zip.length; p++) {
        if (zip[p] === 0x50 && zip[p + 1] === 0x4b && zip[p + 2] === 3 && zip[p + 3] === 4)
          zip[p + 6] = (zip[p + 6] as number) | 8;
      }
      const cut = zip.length - 22;
      const out = new CountingBytes(cut);
      out.set(zip.subarray(0, cut));
      return out;
    };
    const steps = (entries: number): { steps: number; looked: number; size: number } => {
      const b = hostile(entries);
      const meter = new Meter();
      const looked = scannedBy(() => readZipDirectory(b, 100_000, meter));
      return { steps: meter.steps, looked, size: b.length };
    };
    const one = steps(500);
    const four = steps(2000);
    expect(four.steps).toBeLessThanOrEqual(4.5 * one.steps);
    expect(four.looked).toBeLessThanOrEqual(4.5 * one.looked);
    expect(four.looked).toBeLessThanOrEqual(2 * four.size);
  });
});
