/**
 * The workbench's small DOM pieces (main.ts): elements and buttons,
 * category chips and flag badges, toasts, a modal dialog and the nodes of a
 * Smart Alert's text.
 */

import type { Block, Inline } from './alert';
import { categoryColour } from './mailboxes';
import type { FlagView } from './mailboxes';
import { localDate, state, tr } from './state';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

export function button(label: string, onClick: () => void, cls = 'cmd'): HTMLButtonElement {
  const b = el('button', { type: 'button', class: cls }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** Categories as Outlook shows them: small labels in the category's colour. */
export function categoryChips(categories: readonly string[]): HTMLElement {
  const box = el('span', { class: 'categories' });
  for (const name of categories) {
    const colour = categoryColour(state.colours.get(name.toLowerCase()) ?? undefined);
    const chip = el('span', { class: colour ? 'category' : 'category neutral' }, name);
    if (colour) chip.style.background = colour;
    box.append(chip);
  }
  return box;
}

export function flagBadge(flag: FlagView): HTMLElement | null {
  if (!flag) return null;
  if (flag.kind === 'complete')
    return el(
      'span',
      { class: 'flag complete' },
      el('span', { 'aria-hidden': 'true' }, '✓'),
      ` ${tr('flag-complete')}`,
    );
  const text = flag.due ? tr('flag-due', { date: localDate(flag.due) }) : tr('flag');
  return el('span', { class: 'flag' }, el('span', { 'aria-hidden': 'true' }, '⚑'), ` ${text}`);
}

export function toast(text: string, role: 'status' | 'alert' = 'status'): void {
  const t = el('div', { class: role === 'alert' ? 'toast error' : 'toast', role }, text);
  document.body.append(t);
  setTimeout(() => t.remove(), 3000);
}

/** A modal dialog: title, content (one element has the id `<id>-message`), buttons. */
export function modal(
  role: 'dialog' | 'alertdialog',
  id: string,
  title: string,
  ...content: HTMLElement[]
): { backdrop: HTMLElement; buttons: HTMLElement } {
  const buttons = el('div', { class: 'buttons' });
  const dialog = el(
    'div',
    {
      class: 'dialog',
      role,
      'aria-modal': 'true',
      'aria-labelledby': `${id}-title`,
      'aria-describedby': `${id}-message`,
    },
    el('h2', { id: `${id}-title` }, title),
    ...content,
    buttons,
  );
  return { backdrop: el('div', { class: 'backdrop' }, dialog), buttons };
}

/** The dialog's text as elements (alert.ts reads it as Outlook does). */
export function alertNodes(blocks: readonly Block[]): Node[] {
  const inline = (nodes: readonly Inline[]): (Node | string)[] =>
    nodes.map((n) =>
      n.kind === 'text'
        ? n.text
        : el(n.kind === 'strong' ? 'strong' : 'em', {}, ...inline(n.children)),
    );
  const lines = (ls: readonly (readonly Inline[])[]): (Node | string)[] =>
    ls.flatMap((l, i) => (i === 0 ? inline(l) : [el('br'), ...inline(l)]));
  return blocks.map((b) =>
    b.kind === 'p'
      ? el('p', {}, ...lines(b.lines))
      : el(b.kind, {}, ...b.items.map((item) => el('li', {}, ...inline(item)))),
  );
}
