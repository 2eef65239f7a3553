/**
 * Plain text out of markup, for the text detectors. Everything here is one
 * pass of the tokenizer in markup.ts plus one pass of tidying, so the work is
 * linear in the input whatever it holds (unclosed tags, runs of '<', endless
 * comments, long attribute values).
 */
import type { Meter } from '../metering/meter';
import { decodeEntities, referenceAt } from './decode';
import type { Reference } from './decode';
import { MarkupTokenizer } from './markup';

/** HTML elements that start a new line where they open and where they close. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'hr',
  'dt',
  'dd',
  'title',
]);

/** HTML to readable text: tags removed, entities decoded, block elements on their own lines. */
export function htmlToText(html: string): string {
  return htmlToTextMetered(html);
}

/**
 * `htmlToText` that counts its work on a meter (and stops with OutOfTime at
 * its deadline). Held to about the size of its result: text is copied from
 * the page character by character into blocks of a few kilobytes, with
 * references decoded and blanks collapsed as it goes, and the blocks are
 * joined once. No string is made per tag, attribute or piece of text; the
 * content of scripts, styles and templates and every attribute value
 * (data: URIs of embedded pictures among them) are passed over, not copied.
 */
export function htmlToTextMetered(html: string, meter?: Meter): string {
  const t = new MarkupTokenizer(html, true, meter, false);
  const out = new TextWriter();
  const ref: Reference = { end: -1, value: '' };
  // <template> content is never shown.
  let template = 0;
  for (let k = t.next(); k !== 'end'; k = t.next()) {
    if (k === 'text') {
      if (template > 0 || t.rawText) continue;
      const end = t.textEnd;
      meter?.tick(end - t.textStart + 1);
      let i = t.textStart;
      while (i < end) {
        const c = html.charCodeAt(i);
        if (c === 0x26 && referenceAt(html, i, end, ref)) {
          // The characters looked at after the '&' (at most 33, or a digit run).
          meter?.tick(ref.end - i);
          out.string(ref.value);
          i = ref.end;
        } else {
          out.char(c);
          i++;
        }
      }
    } else if (k === 'open') {
      if (t.name === 'template') template++;
      else if (BLOCK_TAGS.has(t.name)) out.char(0x0a);
    } else {
      if (t.name === 'template') template = Math.max(0, template - 1);
      else if (t.name === 'td' || t.name === 'th') out.char(0x09);
      else if (BLOCK_TAGS.has(t.name)) out.char(0x0a);
    }
  }
  const text = out.result();
  meter?.tick(text.length);
  return text;
}

/** Code units collected before they are made a string (String.fromCharCode takes this many). */
const BLOCK = 0x2000;

/**
 * Text written a character at a time, with its blanks collapsed as they
 * come: a run of spaces and tabs becomes one space (one tab if the run had
 * a tab), a run with a line break becomes one line break, a no-break space
 * counts as a space, and the ends are trimmed. The characters are kept in a
 * block of code units that becomes a string when full; the strings are
 * joined once at the end.
 */
class TextWriter {
  private readonly block = new Uint16Array(BLOCK);
  private used = 0;
  private readonly parts: string[] = [];
  /** Something other than blanks has been written (blanks before it are dropped). */
  private started = false;
  /** A run of blanks waits for the next character to say it was not at the end. */
  private blank = false;
  private tab = false;
  private newline = false;

  char(c: number): void {
    if (
      c === 0x20 ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x0c ||
      c === 0x0b ||
      c === 0xa0
    ) {
      this.blank = true;
      if (c === 0x09) this.tab = true;
      else if (c === 0x0a || c === 0x0d) this.newline = true;
      return;
    }
    if (this.blank) {
      if (this.started) this.put(this.newline ? 0x0a : this.tab ? 0x09 : 0x20);
      this.blank = false;
      this.tab = false;
      this.newline = false;
    }
    this.started = true;
    this.put(c);
  }

  string(s: string): void {
    for (let k = 0; k < s.length; k++) this.char(s.charCodeAt(k));
  }

  private put(c: number): void {
    if (this.used === BLOCK) this.flush();
    this.block[this.used++] = c;
  }

  private flush(): void {
    if (this.used === 0) return;
    this.parts.push(
      String.fromCharCode.apply(null, this.block.subarray(0, this.used) as unknown as number[]),
    );
    this.used = 0;
  }

  /** The text; a trailing run of blanks is dropped, and other white space at the ends trimmed. */
  result(): string {
    this.flush();
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    this.parts.length = 0;
    return text.trim();
  }
}

/** Element names (without prefix) whose text is document text. */
const TEXT_ELEMENTS = new Set(['t', 'delText']);

/**
 * Collects the text of WordprocessingML, DrawingML or SpreadsheetML shared
 * strings from tokens: the content of <w:t>, <w:delText>, <a:t> and <t>,
 * with tabs and line breaks, a line per paragraph and a tab per table cell.
 * Deleted text (w:delText) is included on purpose: whoever opens the file can
 * show it again.
 */
export class OoxmlText {
  private readonly out: string[] = [];
  private inText = 0;

  constructor(private readonly meter?: Meter) {}

  /** Feed the tokenizer's current token. */
  take(t: MarkupTokenizer, kind: 'text' | 'open' | 'close'): void {
    if (kind === 'text') {
      if (this.inText > 0) this.out.push(t.raw ? t.text() : decodeEntities(t.text(), this.meter));
      return;
    }
    const local = t.local;
    if (kind === 'open') {
      if (TEXT_ELEMENTS.has(local)) {
        if (!t.selfClosing) this.inText++;
      } else if (local === 'tab') this.out.push('\t');
      else if (local === 'br' || local === 'cr') this.out.push('\n');
      return;
    }
    if (TEXT_ELEMENTS.has(local)) this.inText = Math.max(0, this.inText - 1);
    else if (local === 'tc') this.out.push('\t');
    else if (local === 'p' || local === 'si' || local === 'txbxContent') this.out.push('\n');
  }

  result(): string {
    return tidy(this.out.join(''), this.meter);
  }
}

/**
 * Text of WordprocessingML, DrawingML or SpreadsheetML shared strings: the
 * content of <w:t>, <w:delText>, <a:t>, <t> elements, with paragraph breaks.
 */
export function ooxmlText(xml: string, meter?: Meter): string {
  const t = new MarkupTokenizer(xml, false, meter);
  const text = new OoxmlText(meter);
  for (let k = t.next(); k !== 'end'; k = t.next()) text.take(t, k);
  return text.result();
}

/** Cell values of a worksheet that are not shared strings (numbers, inline strings). */
export function sheetValues(xml: string, meter?: Meter): string {
  const t = new MarkupTokenizer(xml, false, meter);
  const out: string[] = [];
  let shared = false;
  let inValue = 0;
  let valueIsShared = false;
  for (let k = t.next(); k !== 'end'; k = t.next()) {
    if (k === 'text') {
      if (inValue > 0 && !valueIsShared)
        out.push(t.raw ? t.text() : decodeEntities(t.text(), meter));
    } else if (k === 'open') {
      if (t.local === 'c') {
        shared = t.attr('t') === 's';
        if (!t.selfClosing) out.push('\t');
      } else if ((t.local === 'v' || t.local === 't') && !t.selfClosing) {
        inValue++;
        valueIsShared = t.local === 'v' && shared;
      }
    } else if (t.local === 'v' || t.local === 't') {
      inValue = Math.max(0, inValue - 1);
    } else if (t.local === 'row') {
      out.push('\n');
    }
  }
  return tidy(out.join(''), meter);
}

/**
 * Blanks before a line break go, at most one empty line is kept in a row,
 * tabs at the start of a line go, and the ends are trimmed. One pass.
 */
export function tidy(s: string, meter?: Meter): string {
  meter?.tick(s.length);
  const lines = s.split('\n');
  const out: string[] = [];
  let empties = 0;
  for (let li = 0; li < lines.length; li++) {
    let line = lines[li] as string;
    // Blanks before a line break (the last line is trimmed below anyway).
    if (li < lines.length - 1) {
      let e = line.length;
      while (e > 0) {
        const c = line.charCodeAt(e - 1);
        if (c !== 0x20 && c !== 0x09) break;
        e--;
      }
      line = line.slice(0, e);
    }
    let b = 0;
    while (b < line.length && line.charCodeAt(b) === 0x09) b++;
    line = line.slice(b);
    if (line.length === 0) {
      empties++;
      if (empties > 1) continue;
    } else {
      empties = 0;
    }
    out.push(line);
  }
  return out.join('\n').trim();
}
