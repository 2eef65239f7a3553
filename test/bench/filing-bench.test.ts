/**
 * The filing benchmark's memory figure (bench/filing.bench.ts): the peak
 * above the level the work started from, Buffers counted once, nothing
 * negative, and a level reached only between the start and the end still
 * seen by the timer.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { PeakMemory } from '../../bench/filing.bench';
import type { MemoryReading } from '../../bench/filing.bench';

const MB = 1e6;

/** Readings handed out one by one; the last one repeats. */
function readings(...list: MemoryReading[]): () => MemoryReading {
  let i = 0;
  return () => list[Math.min(i++, list.length - 1)] as MemoryReading;
}

const at = (heapMb: number, externalMb: number, rssMb: number): MemoryReading => ({
  heapUsed: heapMb * MB,
  external: externalMb * MB,
  rss: rssMb * MB,
});

describe('PeakMemory', () => {
  it('gives the highest level above the start, heap and external together', () => {
    const peak = new PeakMemory(
      readings(at(10, 5, 100), at(12, 30, 140), at(30, 40, 130), at(11, 6, 120)),
      0,
    );
    peak.sample();
    peak.sample();
    expect(peak.stop()).toEqual({ liveMb: 55, rssMb: 40 });
  });

  it('counts an ArrayBuffer once: external holds arrayBuffers already', () => {
    const read = readings(
      { ...at(10, 5, 100), arrayBuffers: 4 * MB } as MemoryReading,
      { ...at(10, 30, 100), arrayBuffers: 29 * MB } as MemoryReading,
    );
    expect(new PeakMemory(read, 0).stop().liveMb).toBe(25);
  });

  it('reports nothing, not less, when the work ends below where it started', () => {
    const peak = new PeakMemory(readings(at(50, 50, 300), at(20, 10, 250)), 0);
    peak.sample();
    expect(peak.stop()).toEqual({ liveMb: 0, rssMb: 0 });
  });

  it('sees on its own timer a level that is gone by the end', async () => {
    let level = 10;
    const peak = new PeakMemory(() => at(level, level, level), 1);
    level = 26;
    await delay(30);
    level = 12;
    expect(peak.stop()).toEqual({ liveMb: 32, rssMb: 16 });
  });

  it('reads process.memoryUsage() by default', async () => {
    const peak = new PeakMemory(undefined, 1);
    const held = new Uint8Array(8 * MB).fill(1);
    await delay(10);
    const { liveMb } = peak.stop();
    expect(held[0]).toBe(1);
    expect(Number.isFinite(liveMb) && liveMb >= 0).toBe(true);
  });
});
