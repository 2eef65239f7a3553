/**
 * Plain text out of markup, for the text detectors. Written with indexOf
 * and simple linear regexes: no backtracking traps on hostile input.
 */
import { decodeEntities } from './decode';

/** Cut markup that must not be read as text: <script>, <style>, comments, <head>. */
function dropBlocks(html: string, open: string, close: string): string {
  const lower = html.toLowerCase();
  if (lower.indexOf(open) < 0) return html;
  const out: string[] = [];
  let pos = 0;
  for (;;) {
    const s = lower.indexOf(open, pos);
    if (s < 0) break;
    // "<script" must be a whole tag name, not "<scripts".
    const after = lower.charCodeAt(s + open.length);
    if (open.charAt(0) === '<' && open.charAt(1) !== '!' && after >= 0x61 && after <= 0x7a) {
      out.push(html.slice(pos, s + open.length));
      pos = s + open.length;
      continue;
    }
    out.push(html.slice(pos, s));
    const e = lower.indexOf(close, s + open.length);
    if (e < 0) {
      pos = html.length;
      break;
    }
    // "</script >": the end tag runs to its '>'.
    const gt =
      close.charAt(close.length - 1) === '>' ? e + close.length - 1 : lower.indexOf('>', e);
    pos = gt < 0 ? html.length : gt + 1;
  }
  out.push(html.slice(pos));
  return out.join('');
}

const BLOCK_TAGS =
  /<\/?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|blockquote|pre|section|article|header|footer|hr|dt|dd|title)\b[^>]*>/gi;

/** HTML to readable text: tags removed, entities decoded, block elements on their own lines. */
export function htmlToText(html: string): string {
  let s = dropBlocks(html, '<!--', '-->');
  s = dropBlocks(s, '<script', '</script');
  s = dropBlocks(s, '<style', '</style');
  s = dropBlocks(s, '<template', '</template');
  s = s.replace(/<\/t[dh]\s*>/gi, '\t');
  s = s.replace(BLOCK_TAGS, '\n');
  s = s.replace(/<[^>]*>/g, '');
  // A '<' with no closing '>' ends the markup; keep what follows as text.
  s = decodeEntities(s);
  s = s.replace(/\u00a0/g, ' ');
  s = s.replace(/[ \t\f\v]+/g, (m) => (m.indexOf('\t') >= 0 ? '\t' : ' '));
  s = s.replace(/[ \t]*\n[ \t\n]*/g, '\n');
  return s.trim();
}

/**
 * Text of WordprocessingML, DrawingML or SpreadsheetML shared strings: the
 * content of <w:t>, <w:delText>, <a:t>, <t> elements, with paragraph breaks.
 * Deleted text (w:delText) is included on purpose: whoever opens the file
 * can show it again.
 */
export function ooxmlText(xml: string): string {
  const out: string[] = [];
  const re =
    /<(?:[A-Za-z_][\w.-]*:)?(t|delText)(?:\s[^>]*)?>([^<]*)<|<(?:[A-Za-z_][\w.-]*:)?(tab|br|cr)\b[^>]*>|<\/(?:[A-Za-z_][\w.-]*:)?(p|si|tc|txbxContent)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    if (m[2] !== undefined) out.push(decodeEntities(m[2]));
    else if (m[3] === 'tab' || m[4] === 'tc') out.push('\t');
    else out.push('\n');
  }
  return tidy(out.join(''));
}

/** Cell values of a worksheet that are not shared strings (numbers, inline strings). */
export function sheetValues(xml: string): string {
  const out: string[] = [];
  const re =
    /<(?:[A-Za-z_][\w.-]*:)?c\b([^>]*?)(\/?)>|<(?:[A-Za-z_][\w.-]*:)?(v|t)(?:\s[^>]*)?>([^<]*)<|<\/(?:[A-Za-z_][\w.-]*:)?row>/g;
  let shared = false;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    if (m[1] !== undefined) {
      shared = /\st\s*=\s*["']s["']/.test(m[1]);
      if (m[2] !== '/') out.push('\t');
    } else if (m[3] !== undefined) {
      if (!(m[3] === 'v' && shared)) out.push(decodeEntities(m[4] ?? ''));
    } else {
      out.push('\n');
    }
  }
  return tidy(out.join(''));
}

function tidy(s: string): string {
  return s
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\t+/gm, '')
    .trim();
}
