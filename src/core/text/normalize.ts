/**
 * Text normalisation for detectors, with a map back to the original offsets.
 *
 * People (and copy-paste) hide digits and words behind formatting: invisible
 * characters (zero-width, soft hyphens, tag characters, variation selectors,
 * Hangul fillers, bidi controls), non-breaking and Braille-blank spaces,
 * decimal digits of any script, full-width and mathematical letters, small
 * capitals, dotless i, Cyrillic and Greek look-alike letters, combining
 * marks. Detectors run on the normalised text; every match is mapped back to
 * the user's own text so it can be highlighted or removed exactly.
 *
 * One pass, one table lookup per character: plain text (ASCII and the
 * Nordic letters) is copied in long slices and the few characters that
 * change are handled one by one. Work is counted on an optional Meter, so a
 * caller with a deadline can abandon it (OutOfTime is not caught here).
 */

export { lowerSameLength, toOriginalRange, withSkips } from './normalize-origin';
export type { NormalizedText } from './normalize-origin';
export { normalizeText } from './normalize-fold';
export { hasRightToLeft, visualText, visualTextOf } from './normalize-bidi';
