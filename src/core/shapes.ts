/**
 * Objects kept for the module's life, one of each class the text scan
 * makes per text or per hit.
 *
 * Optimised code is specialised to the shape of the objects it reads, and
 * the engine forgets a shape, throwing away the code that depends on it,
 * when a garbage collection finds no object left with that shape. Objects
 * made per scan are all gone between two scans, so without a survivor every
 * full collection would send the scan back to the interpreter and make it
 * compile again: on a large text, that is every scan.
 */
const kept: object[] = [];

/** Keep `o` alive, and so its shape; returns it. */
export function keepShape<T extends object>(o: T): T {
  kept.push(o);
  return o;
}
