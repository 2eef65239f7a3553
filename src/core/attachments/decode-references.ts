/**
 * HTML and XML character references (&amp;, &#233;, &eacute;) decoded in
 * one pass (decode.ts), with the legacy references HTML accepts without a
 * semicolon.
 */

import type { Meter } from '../metering/meter';
import { NAMED_REFERENCES, LEGACY_REFERENCES } from './entities';
import { CP1252_HIGH, fromCodeUnits } from './decode-codecs';

// ---------------------------------------------------------------------------
// Character references

const BASIC_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

let named: Map<string, string> | null = null;

let legacy: Set<string> | null = null;

function namedReferences(): Map<string, string> {
  if (named) return named;
  const m = new Map<string, string>();
  for (const pair of NAMED_REFERENCES.split(' ')) {
    const eq = pair.indexOf('=', 1);
    m.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  for (const [k, v] of Object.entries(BASIC_REFERENCES)) m.set(k, v);
  named = m;
  legacy = new Set(LEGACY_REFERENCES.split(' '));
  return m;
}

/** Numeric references 0x80–0x9F mean windows-1252 in HTML. */
function referenceChar(cp: number): string {
  if (cp >= 0x80 && cp <= 0x9f) return String.fromCharCode(CP1252_HIGH[cp - 0x80] as number);
  if (cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Longest reference name that is looked at. */
const MAX_REFERENCE = 32;

/** A character reference read by `referenceAt`. */
export interface Reference {
  /** Where the reference ends (after its ';', when it has one). */
  end: number;
  /** The character it stands for. */
  value: string;
}

/**
 * The character reference that starts with the '&' at `amp` in `s`, read no
 * further than `n`: true, with `into` set, when there is one (as
 * `decodeEntities` reads them); false when it is none and stays as written.
 * Looks at most 33 characters past the '&', or at one run of digits. For
 * readers that decode a part of a larger text in place, without a copy.
 */
export function referenceAt(s: string, amp: number, n: number, into: Reference): boolean {
  const at = (i: number): number => (i < n ? s.charCodeAt(i) : -1);
  if (at(amp + 1) === 0x23) {
    // &#123; &#x1F; (HTML also takes them without ';')
    const hex = (at(amp + 2) | 0x20) === 0x78;
    let i = amp + (hex ? 3 : 2);
    const start = i;
    let cp = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      let d: number;
      if (c >= 0x30 && c <= 0x39) d = c - 0x30;
      else if (hex && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66) d = (c | 0x20) - 0x61 + 10;
      else break;
      cp = Math.min(0x110000, cp * (hex ? 16 : 10) + d);
    }
    if (i === start) return false;
    into.end = at(i) === 0x3b ? i + 1 : i;
    into.value = referenceChar(cp);
    return true;
  }
  const refs = namedReferences();
  let i = amp + 1;
  const limit = Math.min(n, amp + 1 + MAX_REFERENCE);
  while (i < limit && isAlnum(s.charCodeAt(i))) i++;
  if (i === amp + 1) return false;
  if (at(i) === 0x3b) {
    const v = refs.get(s.slice(amp + 1, i));
    if (v !== undefined) {
      into.end = i + 1;
      into.value = v;
      return true;
    }
  }
  // Legacy references without ';': the longest that fits ("&copy2024").
  for (let k = Math.min(i, amp + 7); k > amp + 1; k--) {
    const name = s.slice(amp + 1, k);
    if (legacy?.has(name)) {
      const v = refs.get(name);
      if (v === undefined) return false;
      into.end = k;
      into.value = v;
      return true;
    }
  }
  return false;
}

/**
 * Decode XML/HTML character references as a browser shows them: numeric
 * ones with or without the semicolon (any number of digits), named ones
 * from the WHATWG list for letters, digits, spaces and invisible characters,
 * and the legacy names HTML reads without a semicolon. Unknown ones are left
 * as written. One pass; each '&' looks at most 32 characters ahead.
 */
export function decodeEntities(s: string, meter?: Meter): string {
  meter?.tick(s.length + 1);
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  // Every reference is at least as long as what it stands for.
  const out = new Uint16Array(s.length);
  let o = 0;
  let last = 0;
  const n = s.length;
  const copy = (from: number, to: number): void => {
    for (let k = from; k < to; k++) out[o++] = s.charCodeAt(k);
  };
  const ref: Reference = { end: -1, value: '' };
  while (amp >= 0) {
    const end = referenceAt(s, amp, n, ref) ? ref.end : -1;
    // The characters looked at after the '&' (at most 33, or a digit run that is then passed).
    meter?.tick(Math.max(1, (end > 0 ? end : amp + 1) - amp));
    if (end > 0) {
      copy(last, amp);
      const value = ref.value;
      for (let k = 0; k < value.length; k++) out[o++] = value.charCodeAt(k);
      last = end;
      amp = s.indexOf('&', end);
    } else {
      amp = s.indexOf('&', amp + 1);
    }
  }
  if (last === 0) return s;
  copy(last, n);
  return fromCodeUnits(out, o);
}
