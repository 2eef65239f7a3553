/**
 * Names (file names, addresses, quoted text) as they may stand in a sentence
 * of ours: on one line, their direction closed, and for Markdown escaped. No
 * texts here, so the pane's first screen can use it without the catalogs.
 */

/** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Names are shown up to this many characters (60 first, 59 last); the middle of a longer one gives way. */
const MAX_NAME_CHARS = 120;

/**
 * Direction controls (LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM ALM), and
 * line breaks and other controls (C0, DEL, C1 with NEL, LINE and PARAGRAPH
 * SEPARATOR). Single character classes: one step per character.
 */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
// eslint-disable-next-line no-control-regex -- reason: this class exists to find control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Text of someone else's on one line: line breaks and other controls become
 * a space, direction controls go, and a very long text keeps its start and
 * its end (where a file's real extension is). Linear in the text.
 */
export function oneLine(s: string): string {
  const out = s.replace(BIDI, '').replace(CONTROL, ' ');
  if (out.length <= MAX_NAME_CHARS) return out;
  // By code point, so that a character written as two UTF-16 units is never cut in half.
  const cps = Array.from(out);
  return cps.length <= MAX_NAME_CHARS
    ? out
    : `${cps.slice(0, 60).join('')}…${cps.slice(-59).join('')}`;
}

/** A name as it may stand in a sentence of ours: on one line, its direction closed (FSI … PDI). */
export function isolateName(s: string): string {
  return FSI + oneLine(s) + PDI;
}

/**
 * Characters Markdown (CommonMark with GitHub's extensions) can read as
 * formatting, links, HTML or entities anywhere in a line; each is written with
 * a backslash, which CommonMark allows before any ASCII punctuation. `:` and
 * `@` are escaped so that no bare address or URL is linked.
 */
const MARKDOWN_SPECIAL = new Set('\\`*_[]<>~|#!&:@{}'.split(''));

/** Escape what Markdown could read in someone else's text. One pass. */
export function escapeMarkdown(s: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    let escape = MARKDOWN_SPECIAL.has(ch);
    // "www." starts a link in GitHub's Markdown: break it at the dot.
    if (!escape && ch === '.' && i >= 3) {
      const w = s.slice(i - 3, i).toLowerCase();
      escape = w === 'www';
    }
    if (!escape) continue;
    out += s.slice(run, i) + '\\' + ch;
    run = i + 1;
  }
  return out + s.slice(run);
}
