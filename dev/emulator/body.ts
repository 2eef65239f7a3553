/** Message bodies between HTML and plain text, as Outlook converts them. */
import { htmlToText } from '../../src/core/attachments/text';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Plain text as an HTML fragment: one line per `<div>`, blank lines kept. */
export function textToHtmlFragment(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `<div>${line === '' ? '<br>' : escapeHtml(line)}</div>`)
    .join('');
}

/** A whole HTML document, as body.getAsync(Html) returns it. */
export function htmlDocument(fragment: string): string {
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${fragment}</body></html>`;
}

export function textToHtml(text: string): string {
  return htmlDocument(textToHtmlFragment(text));
}

export function htmlBodyToText(html: string): string {
  return htmlToText(html);
}

/** Insert an HTML fragment at the start of a document's body. */
export function prependHtml(document: string, fragment: string): string {
  const m = /<body\b[^>]*>/i.exec(document);
  if (!m) return fragment + document;
  const at = m.index + m[0].length;
  return document.slice(0, at) + fragment + document.slice(at);
}

/** Append an HTML fragment at the end of a document's body. */
export function appendHtml(document: string, fragment: string): string {
  const i = document.search(/<\/body\s*>/i);
  if (i < 0) return document + fragment;
  return document.slice(0, i) + fragment + document.slice(i);
}
