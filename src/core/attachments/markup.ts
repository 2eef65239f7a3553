/**
 * One tokenizer for the XML of Office files and for HTML, linear in its
 * input by construction: every character is looked at a bounded number of
 * times, and every search for a closing delimiter starts where the last one
 * ended and consumes what it passed over. Nothing backtracks: an unclosed tag,
 * comment, CDATA section or quoted value simply runs to the end of the input
 * (as it does in a browser).
 *
 * Names are kept to 64 characters and attribute values to 1,024; longer ones
 * are scanned in full but stored cut, so a hostile attribute costs its length
 * once and no memory beyond the cut (or none at all, for readers that want
 * no attributes). Text comes out as offsets into the source, with entities
 * still encoded (see `decodeEntities`, `referenceAt`).
 */
import type { Meter } from '../metering/meter';

/** Characters of a tag or attribute name that are kept. */
export const MAX_NAME = 64;
/** Characters of an attribute value that are kept. */
export const MAX_VALUE = 1024;
/** Attributes of one tag that are kept. */
const MAX_ATTRS = 32;

export type TokenKind = 'text' | 'open' | 'close' | 'end';
type State = TokenKind | 'skip';

/** Elements whose content HTML reads as raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Elements whose content HTML reads as text (entities decoded) up to their end tag. */
const RCDATA = new Set(['textarea', 'title']);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** XML name start characters (ASCII letters, '_', ':' and anything past ASCII). */
function isXmlNameStart(c: number): boolean {
  return isAsciiLetter(c) || c === 0x5f || c === 0x3a || c >= 0x80;
}

export class MarkupTokenizer {
  /** The kind of the current token. */
  kind: State = 'end';
  /** Text token: its source range (raw: entities not decoded). */
  textStart = 0;
  textEnd = 0;
  /** Text token: true for CDATA and raw-text content, which have no entities. */
  raw = false;
  /** Open/close token: the name as written (cut at MAX_NAME; lower case in HTML). */
  name = '';
  /** Open/close token: the name without its namespace prefix. */
  local = '';
  /** Open token: written as `<x/>`. */
  selfClosing = false;
  private attrNames: string[] = [];
  private attrValues: string[] = [];
  private attrCount = 0;
  private pos = 0;
  /** HTML: the raw-text element whose end tag ends the current content. */
  private rawUntil = '';
  private rawIsText = false;
  private readonly n: number;

  /**
   * `attributes` false: attribute names and values are scanned but not kept
   * (`attr` finds none), so a page whose tags carry large values (data: URIs
   * of embedded pictures, inline styles) is read without making a string of
   * any of them.
   */
  constructor(
    readonly src: string,
    private readonly html: boolean,
    private readonly meter?: Meter,
    private readonly attributes = true,
  ) {
    this.n = src.length;
  }

  /** The raw text of the current text token. */
  text(): string {
    return this.src.slice(this.textStart, this.textEnd);
  }

  /** Open token: an attribute's value by local name (prefix ignored), cut at MAX_VALUE. */
  attr(local: string): string | undefined {
    for (let i = 0; i < this.attrCount; i++) {
      const name = this.attrNames[i] as string;
      const colon = name.lastIndexOf(':');
      const l = colon >= 0 ? name.slice(colon + 1) : name;
      if (l === local) return this.attrValues[i];
    }
    return undefined;
  }

  /** Open token: the number of attributes kept. */
  get attributeCount(): number {
    return this.attrCount;
  }

  /** Open token: the i-th attribute value kept. */
  attributeValue(i: number): string {
    return this.attrValues[i] ?? '';
  }

  next(): TokenKind {
    const s = this.src;
    // Comments, CDATA in HTML, doctypes and processing instructions are
    // skipped in a loop (not by recursion: there may be millions of them).
    for (;;) {
      const start = this.pos;
      if (this.pos >= this.n) {
        this.kind = 'end';
        return this.kind;
      }
      if (this.rawUntil !== '') {
        this.readRawText();
      } else if (s.charCodeAt(this.pos) !== 0x3c) {
        this.readText(this.pos);
      } else {
        const c1 = s.charCodeAt(this.pos + 1);
        if (c1 === 0x21) {
          // <!-- comment -->, <![CDATA[ ... ]]>, <!DOCTYPE ...>
          if (s.startsWith('<!--', this.pos)) this.skipComment();
          else if (!this.html && s.startsWith('<![CDATA[', this.pos)) this.readCdata();
          else this.skipTo('>');
        } else if (c1 === 0x3f) {
          // <?xml ...?> and other processing instructions.
          this.skipTo('>');
        } else if (c1 === 0x2f) {
          const c2 = s.charCodeAt(this.pos + 2);
          if (this.html ? isAsciiLetter(c2) : isXmlNameStart(c2)) this.readCloseTag();
          // HTML drops "</>" and reads "</ x>" as a bogus comment.
          else if (this.html) this.skipTo('>');
          else this.readText(this.pos + 1);
        } else if (this.html ? isAsciiLetter(c1) : isXmlNameStart(c1)) {
          this.readOpenTag();
        } else {
          // A '<' that starts no tag is text.
          this.readText(this.pos + 1);
        }
      }
      this.meter?.tick(this.pos - start + 1);
      if (this.pos === start) this.pos++; // never stand still
      if (this.kind !== 'skip') return this.kind;
    }
  }

  /** True when the '<' at `at` starts a tag, comment, CDATA section or instruction. */
  private startsMarkup(at: number): boolean {
    const s = this.src;
    const c1 = s.charCodeAt(at + 1);
    if (c1 === 0x21 || c1 === 0x3f) return true;
    if (c1 === 0x2f) return this.html || isXmlNameStart(s.charCodeAt(at + 2));
    return this.html ? isAsciiLetter(c1) : isXmlNameStart(c1);
  }

  /**
   * Text from `pos` up to the next '<' at or after `from` that starts
   * markup: a '<' that starts nothing is text, however many there are.
   */
  private readText(from: number): void {
    let lt = this.src.indexOf('<', from);
    while (lt >= 0 && !this.startsMarkup(lt)) lt = this.src.indexOf('<', lt + 1);
    const end = lt < 0 ? this.n : lt;
    this.kind = 'text';
    this.raw = false;
    this.textStart = this.pos;
    this.textEnd = end;
    this.pos = end;
  }

  private readCdata(): void {
    const from = this.pos + 9;
    const close = this.src.indexOf(']]>', from);
    const end = close < 0 ? this.n : close;
    this.kind = 'text';
    this.raw = true;
    this.textStart = from;
    this.textEnd = end;
    this.pos = close < 0 ? this.n : close + 3;
  }

  /** Skip past the next `ch`, or to the end; the token is then skipped. */
  private skipTo(ch: string): boolean {
    const at = this.src.indexOf(ch, this.pos);
    this.pos = at < 0 ? this.n : at + 1;
    this.kind = 'skip';
    return at >= 0;
  }

  /**
   * Comments end at "-->" (HTML also takes "--!>", "<!-->" and "<!--->").
   * Searched for "--" once, moving forward, so a comment with many dashes
   * costs its length and no more.
   */
  private skipComment(): void {
    const s = this.src;
    this.kind = 'skip';
    let from = this.pos + 4;
    if (this.html) {
      if (s.charCodeAt(from) === 0x3e) {
        this.pos = from + 1;
        return;
      }
      if (s.charCodeAt(from) === 0x2d && s.charCodeAt(from + 1) === 0x3e) {
        this.pos = from + 2;
        return;
      }
    }
    for (;;) {
      const dd = s.indexOf('--', from);
      if (dd < 0) {
        this.pos = this.n;
        return;
      }
      // A run of dashes: only what follows the run can end the comment.
      let k = dd + 2;
      while (s.charCodeAt(k) === 0x2d) k++;
      const after = s.charCodeAt(k);
      if (after === 0x3e) {
        this.pos = k + 1;
        return;
      }
      if (this.html && after === 0x21 && s.charCodeAt(k + 1) === 0x3e) {
        this.pos = k + 2;
        return;
      }
      from = k;
    }
  }

  /** A name from `at`: up to whitespace, '/', '>' (and '=' for attributes). Returns its end. */
  private nameEnd(at: number, attribute: boolean): number {
    const s = this.src;
    let i = at;
    while (i < this.n) {
      const c = s.charCodeAt(i);
      if (isSpace(c) || c === 0x2f || c === 0x3e || (attribute && c === 0x3d && i > at)) break;
      i++;
    }
    return i;
  }

  private setName(start: number, end: number): void {
    let name = this.src.slice(start, Math.min(end, start + MAX_NAME));
    if (this.html) name = name.toLowerCase();
    this.name = name;
    const colon = name.lastIndexOf(':');
    this.local = colon >= 0 ? name.slice(colon + 1) : name;
  }

  private readCloseTag(): void {
    const start = this.pos + 2;
    const end = this.nameEnd(start, false);
    this.setName(start, end);
    this.pos = end;
    // An end tag cut off by the end of the input is not a tag.
    this.kind = this.skipTo('>') ? 'close' : 'skip';
  }

  private readOpenTag(): void {
    const s = this.src;
    const start = this.pos + 1;
    const end = this.nameEnd(start, false);
    this.setName(start, end);
    this.attrCount = 0;
    this.selfClosing = false;
    let i = end;
    for (;;) {
      while (i < this.n && isSpace(s.charCodeAt(i))) i++;
      if (i >= this.n) {
        // A tag cut off by the end of the input is dropped, as browsers do.
        this.pos = this.n;
        this.kind = 'end';
        return;
      }
      const c = s.charCodeAt(i);
      if (c === 0x3e) {
        i++;
        break;
      }
      if (c === 0x2f) {
        if (s.charCodeAt(i + 1) === 0x3e) {
          this.selfClosing = true;
          i += 2;
          break;
        }
        i++;
        continue;
      }
      const nameStart = i;
      const nameEnd = this.nameEnd(i, true);
      i = nameEnd;
      while (i < this.n && isSpace(s.charCodeAt(i))) i++;
      let value = '';
      if (s.charCodeAt(i) === 0x3d) {
        i++;
        while (i < this.n && isSpace(s.charCodeAt(i))) i++;
        const q = s.charCodeAt(i);
        if (q === 0x22 || q === 0x27) {
          const close = s.indexOf(q === 0x22 ? '"' : "'", i + 1);
          if (close < 0) {
            this.pos = this.n;
            this.kind = 'end';
            return;
          }
          if (this.attributes) value = s.slice(i + 1, Math.min(close, i + 1 + MAX_VALUE));
          i = close + 1;
        } else {
          const vStart = i;
          while (i < this.n) {
            const v = s.charCodeAt(i);
            if (isSpace(v) || v === 0x3e) break;
            i++;
          }
          if (this.attributes) value = s.slice(vStart, Math.min(i, vStart + MAX_VALUE));
        }
      }
      if (this.attributes && this.attrCount < MAX_ATTRS && nameEnd > nameStart) {
        let an = s.slice(nameStart, Math.min(nameEnd, nameStart + MAX_NAME));
        if (this.html) an = an.toLowerCase();
        this.attrNames[this.attrCount] = an;
        this.attrValues[this.attrCount] = value;
        this.attrCount++;
      }
    }
    this.pos = i;
    this.kind = 'open';
    if (this.html) {
      if (RAW_TEXT.has(this.name)) {
        this.rawUntil = this.name;
        this.rawIsText = false;
      } else if (RCDATA.has(this.name)) {
        this.rawUntil = this.name;
        this.rawIsText = true;
      } else if (this.name === 'plaintext') {
        this.rawUntil = '\0';
        this.rawIsText = true;
      }
    }
  }

  /**
   * HTML raw text (script, style) and RCDATA (textarea, title): everything up
   * to "</name" followed by whitespace, '/' or '>', compared without case.
   * Each "</" is looked at once.
   */
  private readRawText(): void {
    const s = this.src;
    const until = this.rawUntil;
    const start = this.pos;
    let from = start;
    let end = this.n;
    if (until !== '\0') {
      for (;;) {
        const lt = s.indexOf('</', from);
        if (lt < 0) break;
        if (this.endTagAt(lt + 2, until)) {
          end = lt;
          break;
        }
        from = lt + 2;
      }
    }
    this.kind = 'text';
    this.raw = !this.rawIsText;
    this.textStart = start;
    this.textEnd = end;
    this.pos = end;
    this.rawUntil = '';
  }

  private endTagAt(at: number, name: string): boolean {
    const s = this.src;
    if (at + name.length > this.n) return false;
    for (let k = 0; k < name.length; k++) {
      const c = s.charCodeAt(at + k) | 0x20;
      if (c !== name.charCodeAt(k)) return false;
    }
    const after = s.charCodeAt(at + name.length);
    return Number.isNaN(after) || isSpace(after) || after === 0x2f || after === 0x3e;
  }

  /** True when the current text token is content of a raw-text element (script, style). */
  get rawText(): boolean {
    return this.kind === 'text' && this.raw && this.html;
  }
}
