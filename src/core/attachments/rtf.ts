/**
 * Text of an RTF document as Word or WordPad shows it: control words for
 * paragraphs, tabs and cells become line breaks and tabs, \'hh and \uN
 * escapes become their characters, and the groups a reader never sees (font
 * and colour tables, style sheets, pictures, field instructions, anything
 * marked \*) are left out. Digits split by formatting groups
 * ("150{\b 385}00047") come out whole. One pass, linear in the input.
 */
import type { Meter } from '../metering/meter';
import { decodeCharset } from './decode';

/** Destinations whose content is not shown as text. */
const HIDDEN = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'listtable',
  'listoverridetable',
  'revtbl',
  'rsidtbl',
  'generator',
  'info',
  'pict',
  'object',
  'objdata',
  'themedata',
  'colorschememapping',
  'datastore',
  'xmlnstbl',
  'latentstyles',
  'fldinst',
  'bkmkstart',
  'bkmkend',
  'filetbl',
  'mmathPr',
  'wgrffmtfilter',
  'pgdsctbl',
]);

/** Control words that stand for a character. */
const CHARACTERS: Readonly<Record<string, string>> = {
  par: '\n',
  line: '\n',
  sect: '\n',
  page: '\n',
  row: '\n',
  cell: '\t',
  tab: '\t',
  emdash: '\u2014',
  endash: '\u2013',
  emspace: '\u2003',
  enspace: '\u2002',
  qmspace: '\u2005',
  bullet: '\u2022',
  lquote: '\u2018',
  rquote: '\u2019',
  ldblquote: '\u201c',
  rdblquote: '\u201d',
};

interface Group {
  hidden: boolean;
  /** Characters to skip after \uN (set by \ucN). */
  uc: number;
  /** The hex digits of an embedded object (\objdata) are collected here. */
  object: boolean;
}

export interface RtfDocument {
  readonly text: string;
  /** Embedded objects (\objdata), as bytes: OLE 1.0 objects, each at most `maxObjectBytes`. */
  readonly objects: readonly Uint8Array[];
  /** An object was larger than `maxObjectBytes` and was cut. */
  readonly objectCut: boolean;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function hex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x66 ? l - 0x61 + 10 : -1;
}

/** RTF (as Latin-1 text, one character per byte) to plain text. */
export function rtfToText(s: string, meter?: Meter): string {
  return readRtf(s, meter).text;
}

/** RTF (as Latin-1 text) to its text and its embedded objects. */
export function readRtf(s: string, meter?: Meter, maxObjectBytes = 8 * 1024 * 1024): RtfDocument {
  meter?.tick(s.length + 1);
  const objects: Uint8Array[] = [];
  let objectCut = false;
  let object: Uint8Array | null = null;
  let objectLength = 0;
  let nibble = -1;
  const endObject = (): void => {
    if (object) objects.push(object.subarray(0, objectLength));
    object = null;
  };
  const n = s.length;
  const out: string[] = [];
  let bytes: number[] = [];
  let codePage = 'windows-1252';
  const stack: Group[] = [];
  let g: Group = { hidden: false, uc: 1, object: false };
  /** Fallback characters still to skip after a \uN. */
  let skip = 0;
  const flushBytes = (): void => {
    if (bytes.length === 0) return;
    out.push(decodeCharset(Uint8Array.from(bytes), codePage));
    bytes = [];
  };
  const emit = (text: string): void => {
    if (g.hidden) return;
    flushBytes();
    out.push(text);
  };
  let i = 0;
  // The first group opened after '{' decides whether a destination is hidden.
  let groupStart = false;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x7b) {
      stack.push(g);
      g = { hidden: g.hidden, uc: g.uc, object: g.object };
      groupStart = true;
      skip = 0;
      i++;
      continue;
    }
    if (c === 0x7d) {
      flushBytes();
      const was = g.object;
      g = stack.pop() ?? { hidden: false, uc: 1, object: false };
      if (was && !g.object) endObject();
      groupStart = false;
      skip = 0;
      i++;
      continue;
    }
    if (c === 0x0d || c === 0x0a) {
      i++;
      continue;
    }
    if (c !== 0x5c) {
      if (g.object) {
        // Hex digits of the object's bytes; anything else in them is ignored.
        let j = i;
        while (j < n) {
          const v = hex(s.charCodeAt(j));
          if (v < 0) break;
          if (nibble < 0) nibble = v;
          else {
            const current: Uint8Array | null = object;
            if (current && objectLength < maxObjectBytes) {
              let buffer: Uint8Array = current;
              if (objectLength === buffer.length) {
                // Grown by doubling: the copies cost at most the bytes kept.
                buffer = new Uint8Array(Math.min(maxObjectBytes, buffer.length * 2));
                buffer.set(current);
                object = buffer;
              }
              buffer[objectLength++] = (nibble << 4) | v;
            } else if (current) objectCut = true;
            nibble = -1;
          }
          j++;
        }
        i = j > i ? j : i + 1;
        continue;
      }
      if (skip > 0) skip--;
      else if (!g.hidden) {
        flushBytes();
        // A run of plain text in one piece.
        let j = i + 1;
        while (j < n) {
          const d = s.charCodeAt(j);
          if (d === 0x5c || d === 0x7b || d === 0x7d || d === 0x0d || d === 0x0a) break;
          j++;
        }
        out.push(s.slice(i, j));
        groupStart = false;
        i = j;
        continue;
      }
      groupStart = false;
      i++;
      continue;
    }
    // A control symbol or word.
    const d = s.charCodeAt(i + 1);
    if (!isLetter(d)) {
      if (d === 0x27) {
        // \'hh: a byte in the document's code page.
        const v = (hex(s.charCodeAt(i + 2)) << 4) | hex(s.charCodeAt(i + 3));
        if (skip > 0) skip--;
        else if (!g.hidden && v >= 0 && hex(s.charCodeAt(i + 2)) >= 0) bytes.push(v);
        i += 4;
      } else if (d === 0x2a) {
        // \*: a destination a reader that does not know it must skip. The
        // word after it is still the group's first.
        if (groupStart) g.hidden = true;
        i += 2;
        continue;
      } else {
        if (skip > 0) skip--;
        else if (d === 0x7e) emit('\u00a0');
        else if (d === 0x5f) emit('\u2011');
        else if (d === 0x5c || d === 0x7b || d === 0x7d) emit(String.fromCharCode(d));
        else if (d === 0x0a || d === 0x0d) emit('\n');
        i += 2;
      }
      groupStart = false;
      continue;
    }
    let j = i + 1;
    while (j < n && j - i <= 32 && isLetter(s.charCodeAt(j))) j++;
    const word = s.slice(i + 1, j);
    let sign = 1;
    if (s.charCodeAt(j) === 0x2d) {
      sign = -1;
      j++;
    }
    const numberStart = j;
    let value = 0;
    while (j < n && j - numberStart < 10 && isDigit(s.charCodeAt(j))) {
      value = value * 10 + s.charCodeAt(j) - 0x30;
      j++;
    }
    const hasNumber = j > numberStart;
    value *= sign;
    if (s.charCodeAt(j) === 0x20) j++;
    i = j;
    if (HIDDEN.has(word) && groupStart) g.hidden = true;
    if (word === 'objdata' && groupStart) {
      endObject();
      g.object = true;
      object = new Uint8Array(Math.min(maxObjectBytes, 256));
      objectLength = 0;
      nibble = -1;
    }
    groupStart = false;
    if (word === 'bin' && hasNumber) {
      // Binary data: its bytes are not text.
      i += Math.max(0, value);
      continue;
    }
    if (word === 'ansicpg' && hasNumber) {
      codePage = `cp${value}`;
      continue;
    }
    if (word === 'uc' && hasNumber) {
      g.uc = Math.max(0, Math.min(value, 8));
      continue;
    }
    if (word === 'u' && hasNumber) {
      const code = value < 0 ? value + 65536 : value;
      emit(String.fromCharCode(code & 0xffff));
      skip = g.uc;
      continue;
    }
    if (skip > 0) {
      skip--;
      continue;
    }
    const ch = CHARACTERS[word];
    if (ch !== undefined && Object.prototype.hasOwnProperty.call(CHARACTERS, word)) emit(ch);
  }
  flushBytes();
  endObject();
  return { text: out.join(''), objects, objectCut };
}
