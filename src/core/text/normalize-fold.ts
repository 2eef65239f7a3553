/**
 * The normalisation pass (normalize.ts): one pass, one table lookup per
 * character; plain text is copied in long slices and the few characters
 * that change are handled one by one.
 */

import type { Meter } from '../metering/meter';
import {
  BLOCK,
  HAS_NORMALIZE,
  HIGH,
  KEEP,
  LAZY,
  MAP,
  MARK,
  RLE,
  RLI,
  RLO,
  nextCandidate,
  resolveLazy,
  supplementary,
  tables,
} from './normalize-tables';
import { Derived, plain } from './normalize-origin';
import type { NormalizedText } from './normalize-origin';

/** Normalise `original` (see the top of this file). */
export function normalizeText(original: string, meter?: Meter): NormalizedText {
  const t = tables();
  const cls = t.cls;
  const repl = t.repl;
  const n = original.length;
  // Unchanged stretches are copied as slices and only the characters that
  // change are handled one by one: Norwegian and Swedish text nearly always
  // has a few (« », §, –), and this runs on every send. The offset map is
  // kept as the short list of skipped positions and built only if read.
  let parts: string[] | null = null;
  const skipped: number[] = [];
  // Plain locals, no closures: this is the hottest loop of a send check.
  let len = 0;
  let runStart = 0;
  let ticked = 0;
  let rtl = false;
  let i = 0;
  for (;;) {
    i = nextCandidate(original, i, n, cls);
    if (meter !== undefined && i - ticked >= BLOCK) {
      meter.tick(i - ticked);
      ticked = i;
    }
    if (i >= n) break;
    const c = original.charCodeAt(i);
    let k = cls[c] ?? KEEP;
    if (k === LAZY) k = resolveLazy(t, c);
    if (k === KEEP) {
      i++;
      continue;
    }
    let to = -1;
    let width = 1;
    if (k === MAP) to = repl[c] ?? c;
    else if (k === MARK) to = -2;
    else if (k === HIGH) {
      const lo = i + 1 < n ? original.charCodeAt(i + 1) : 0;
      if (lo < 0xdc00 || lo > 0xdfff) {
        i++;
        continue;
      }
      to = supplementary(t, 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00));
      if (to === -3) {
        i += 2;
        continue;
      }
      width = 2;
    }
    if (parts === null) parts = [];
    if (to === -2) {
      // A combining mark: compose with the character before it where Unicode
      // has one code point for both (a + ring = å); otherwise drop it. The
      // last character gets a part of its own, so composing copies nothing.
      if (i - 1 > runStart) parts.push(original.slice(runStart, i - 1));
      if (i > runStart) parts.push(original.charAt(i - 1));
      const last = parts.length - 1;
      const prev = parts[last];
      if (prev !== undefined && prev.length > 0 && HAS_NORMALIZE) {
        const base = prev.charAt(prev.length - 1);
        let composed = (base + original.slice(i, i + width)).normalize('NFC');
        if (composed.length === 1) {
          // A letter with a mark it is read without (t + dot below).
          const cc = composed.charCodeAt(0);
          if (cls[cc] === MAP) composed = String.fromCharCode(repl[cc] ?? cc);
          if (prev.length === 1) parts[last] = composed;
          else {
            parts[last] = prev.slice(0, prev.length - 1);
            parts.push(composed);
          }
        }
      }
      len += i - runStart;
      for (let u = 0; u < width; u++) skipped.push(len);
    } else {
      if (i > runStart) {
        parts.push(original.slice(runStart, i));
        len += i - runStart;
      }
      if (to >= 0) {
        parts.push(String.fromCharCode(to));
        len += 1;
        // The low surrogate has no character of its own.
        if (width === 2) skipped.push(len);
      } else {
        for (let u = 0; u < width; u++) skipped.push(len);
        if (c === RLO || c === RLE || c === RLI) rtl = true;
      }
    }
    i += width;
    runStart = i;
  }
  if (meter !== undefined && n > ticked) meter.tick(n - ticked);
  if (parts === null) return plain(original);
  if (n > runStart) parts.push(original.slice(runStart, n));
  const text = parts.join('');
  const norm = new Derived(original, text, {
    kind: 'skips',
    skips: Int32Array.from(skipped),
    base: null,
  });
  norm.rightToLeft = rtl;
  return norm;
}
