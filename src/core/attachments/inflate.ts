/**
 * Bounded decompression. Declared sizes in zip headers and PDF dictionaries
 * are never trusted: the input is fed to fflate's streaming inflater in small
 * slices and output is counted as it comes, so a zip bomb is stopped after a
 * few megabytes instead of exhausting memory.
 */
import { Inflate } from 'fflate';
import { Meter, OutOfTime } from '../metering/meter';
import type { InspectLimits } from './types';

/** Shared by everything inflated for one attachment, nesting included. */
export class Budget {
  inflated = 0;
  bomb = false;
  constructor(
    readonly limits: InspectLimits,
    /** Counts the work of every reader for this attachment; may carry the send check's deadline. */
    readonly meter: Meter = new Meter(),
  ) {}
  get remaining(): number {
    return Math.max(0, this.limits.maxTotalInflatedBytes - this.inflated);
  }
}

export type InflateStop = 'complete' | 'cap' | 'budget' | 'bomb' | 'error' | 'truncated';

export interface InflateResult {
  readonly data: Uint8Array;
  readonly stop: InflateStop;
}

/**
 * Input is pushed in slices that start small and double up to this size.
 * One slice can produce at most ~1032 times its size (deflate's maximum
 * ratio): about 8 MB for the largest, but only 64 KB for the first, so a
 * small read (the first bytes of an entry, to see what it is) never pays for
 * inflating megabytes it does not keep.
 */
const SLICE = 8 * 1024;
const FIRST_SLICE = 64;

/**
 * Inflate raw deflate data, stopping at `cap` output bytes, at the shared
 * budget, or when the output/input ratio marks a zip bomb. Every byte the
 * inflater produces is counted on the budget's meter, including those past
 * the cap, so a deadline stops it.
 */
export function inflateBounded(input: Uint8Array, cap: number, budget: Budget): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let produced = 0;
  let done = false;
  let over = false;
  const limit = Math.min(cap, budget.remaining);
  const meter = budget.meter;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    meter.tick(chunk.length + 1);
    if (over) return;
    if (chunk.length > 0) {
      const room = limit - total;
      if (chunk.length > room) {
        if (room > 0) chunks.push(chunk.subarray(0, room));
        total += Math.max(0, room);
        over = true;
      } else {
        chunks.push(chunk);
        total += chunk.length;
      }
    }
    if (final) done = true;
  });
  let stop: InflateStop = 'truncated';
  try {
    let consumed = 0;
    let slice = FIRST_SLICE;
    while (consumed < input.length && !done) {
      const next = Math.min(input.length, consumed + slice);
      slice = Math.min(SLICE, slice * 2);
      meter.tick(next - consumed);
      // The last slice is pushed as final: fflate then reports a stream
      // that ends early (a cut file) as 'unexpected EOF'.
      inflater.push(input.subarray(consumed, next), next === input.length);
      consumed = next;
      if (
        produced >= budget.limits.minBombBytes &&
        produced > budget.limits.maxRatio * Math.max(1, consumed)
      ) {
        budget.bomb = true;
        stop = 'bomb';
        break;
      }
      if (over) {
        stop = limit < cap ? 'budget' : 'cap';
        break;
      }
    }
    if (stop === 'truncated' && done) stop = 'complete';
  } catch (e) {
    // Out of time is not a broken stream: the send check handles it.
    if (e instanceof OutOfTime) throw e;
    const code = (e as { code?: unknown }).code;
    stop = done ? 'complete' : code === 0 ? 'truncated' : 'error';
  }
  budget.inflated += total;
  let data: Uint8Array;
  if (chunks.length === 1 && chunks[0]) data = chunks[0];
  else {
    data = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      data.set(c, at);
      at += c.length;
    }
  }
  return { data, stop };
}

/** Inflate a zlib-wrapped stream (PDF /FlateDecode); tolerates a missing header. */
export function inflateZlibBounded(input: Uint8Array, cap: number, budget: Budget): InflateResult {
  const cmf = input[0] ?? 0;
  const flg = input[1] ?? 0;
  const hasHeader = (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
  return inflateBounded(hasHeader ? input.subarray(2) : input, cap, budget);
}
