/**
 * A small seeded pseudo-random generator (mulberry32): the adversarial corpus
 * is made from seeds, so every run writes the same messages byte for byte.
 */
import { mulberry32 } from '../../dev/emulator/util';

export type Rng = () => number;

export const prng: (seed: number) => Rng = mulberry32;

/** A whole number from lo to hi, both included. */
export function between(r: Rng, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

export function pick<T>(r: Rng, xs: readonly T[]): T {
  const x = xs[Math.floor(r() * xs.length)];
  if (x === undefined) throw new RangeError('pick from an empty list');
  return x;
}
