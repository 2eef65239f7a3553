/**
 * Names (file names, addresses, quoted text) as they may stand in a sentence
 * of ours: on one line, their direction closed, and for Markdown escaped. No
 * texts here, so the pane's first screen can use it without the catalogs.
 */

/** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Names are shown up to this many characters; the middle of a longer one gives way. */
const MAX_NAME_CHARS = 120;

function isBidiControl(c: number): boolean {
  return (
    (c >= 0x202a && c <= 0x202e) || // LRE RLE PDF LRO RLO
    (c >= 0x2066 && c <= 0x2069) || // LRI RLI FSI PDI
    c === 0x200e || // LRM
    c === 0x200f || // RLM
    c === 0x061c // ALM
  );
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLineBreakOrControl(c: number): boolean {
  // C0 controls (LF, CR, VT, FF, TAB...), DEL, C1 (NEL is 0x85), LINE and PARAGRAPH SEPARATOR.
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
}

/**
 * Text of someone else's on one line: line breaks and other controls become
 * a space, direction controls go, and a very long text keeps its start and
 * its end (where a file's real extension is). One pass.
 */
export function oneLine(s: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isBidiControl(c)) {
      out += s.slice(run, i);
      run = i + 1;
    } else if (isLineBreakOrControl(c)) {
      out += s.slice(run, i) + ' ';
      run = i + 1;
    }
  }
  out += s.slice(run);
  if (out.length <= MAX_NAME_CHARS) return out;
  let head = Math.ceil((MAX_NAME_CHARS - 1) / 2);
  let from = out.length - (MAX_NAME_CHARS - 1 - head);
  // Never cut a character written as two UTF-16 units in half.
  if (isHighSurrogate(out.charCodeAt(head - 1))) head--;
  if (isHighSurrogate(out.charCodeAt(from - 1))) from++;
  return `${out.slice(0, head)}…${out.slice(from)}`;
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
