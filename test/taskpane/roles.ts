/**
 * Query server-rendered markup by role and accessible name, the way the
 * browser tests query the real page (no DOM library needed: xmldom parses
 * React's HTML).
 */
import { DOMParser } from '@xmldom/xmldom';
import type { Document, Element } from '@xmldom/xmldom';

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
}

const IMPLICIT: Readonly<Record<string, string>> = {
  button: 'button',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  main: 'main',
  ul: 'list',
  ol: 'list',
  li: 'listitem',
  article: 'article',
  header: 'banner',
  footer: 'contentinfo',
};

function elements(root: Document | Element): Element[] {
  return Array.from(root.getElementsByTagName('*'));
}

export function roleOf(el: Element): string | null {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit;
  const tag = el.tagName.toLowerCase();
  if (tag === 'section' && (el.getAttribute('aria-labelledby') || el.getAttribute('aria-label'))) {
    return 'region';
  }
  return IMPLICIT[tag] ?? null;
}

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function nameOf(el: Element, doc: Document): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    return ids
      .split(/\s+/)
      .map((id) => {
        const target = elements(doc).find((e) => e.getAttribute('id') === id);
        return target ? text(target) : '';
      })
      .join(' ')
      .trim();
  }
  return text(el);
}

export interface Query {
  readonly name?: string | RegExp;
  readonly level?: number;
}

export function allByRole(
  doc: Document,
  role: string,
  query: Query = {},
  within: Document | Element = doc,
): Element[] {
  return elements(within).filter((el) => {
    if (roleOf(el) !== role) return false;
    if (query.level !== undefined && el.tagName.toLowerCase() !== `h${query.level}`) return false;
    if (query.name === undefined) return true;
    const name = nameOf(el, doc);
    return typeof query.name === 'string' ? name === query.name : query.name.test(name);
  });
}

export function getByRole(
  doc: Document,
  role: string,
  query: Query = {},
  within: Document | Element = doc,
): Element {
  const found = allByRole(doc, role, query, within);
  if (found.length !== 1) {
    const names = allByRole(doc, role, {}, within).map((e) => nameOf(e, doc));
    throw new Error(
      `expected one ${role} ${String(query.name ?? '')}, found ${found.length}; ${role}s: ${JSON.stringify(names)}`,
    );
  }
  return found[0] as Element;
}

export function names(doc: Document, role: string, query: Query = {}): string[] {
  return allByRole(doc, role, query).map((e) => nameOf(e, doc));
}

export function textOf(doc: Document): string {
  const body = doc.getElementsByTagName('body')[0];
  if (!body) return '';
  // Leave out <style>: Fluent inlines its theme variables.
  return elements(body)
    .filter((e) => e.tagName.toLowerCase() === 'style')
    .reduce((all, s) => all.replace(text(s), ''), text(body));
}
