/**
 * The text of Outlook's Smart Alerts dialog, as Outlook shows it, without a
 * DOM (the workbench turns the blocks into elements).
 *
 * - `errorMessage` (Mailbox 1.12–1.14) is plain text: nothing is formatted,
 *   and each line break is a line break.
 * - `errorMessageMarkdown` (Mailbox 1.15) is the Markdown subset Outlook
 *   documents for Smart Alerts: bold, italics, bulleted and numbered lists and
 *   new lines, read as CommonMark reads them — a backslash before ASCII
 *   punctuation stands for that character, and `_` inside a word is a letter.
 *
 * Both are linear in the text: one pass, and emphasis closes only the
 * innermost open delimiter.
 */

export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong' | 'em'; readonly children: readonly Inline[] };

export type Block =
  | { readonly kind: 'p'; readonly lines: readonly (readonly Inline[])[] }
  | { readonly kind: 'ul' | 'ol'; readonly items: readonly (readonly Inline[])[] };

/** Plain text: paragraphs at blank lines, each keeping its line breaks. */
export function plainAlert(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: Inline[][] = [];
  const flush = (): void => {
    if (lines.length > 0) blocks.push({ kind: 'p', lines });
    lines = [];
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') flush();
    else lines.push([{ kind: 'text', text: line }]);
  }
  flush();
  return blocks;
}

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;

interface Frame {
  readonly delim: string;
  readonly children: Inline[];
}

/** One line of Markdown: escapes, **bold** (__bold__), *italics* and _italics_. */
export function inlineMarkdown(line: string): Inline[] {
  const stack: Frame[] = [{ delim: '', children: [] }];
  let text = '';
  const top = (): Frame => stack[stack.length - 1] as Frame;
  const flushText = (): void => {
    if (text !== '') top().children.push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    const next = line.charAt(i + 1);
    if (ch === '\\' && PUNCTUATION.test(next)) {
      text += next;
      i++;
      continue;
    }
    if (ch !== '*' && ch !== '_') {
      text += ch;
      continue;
    }
    let end = i;
    while (line.charAt(end) === ch) end++;
    // Underscores between two letters or digits are part of the word.
    if (ch === '_' && WORD.test(line.charAt(i - 1)) && WORD.test(line.charAt(end))) {
      text += line.slice(i, end);
      i = end - 1;
      continue;
    }
    const delim = end - i >= 2 ? ch + ch : ch;
    i += delim.length - 1;
    flushText();
    const open = top();
    if (stack.length > 1 && open.delim === delim) {
      stack.pop();
      top().children.push({ kind: delim.length === 2 ? 'strong' : 'em', children: open.children });
    } else {
      stack.push({ delim, children: [] });
    }
  }
  flushText();
  // Delimiters never closed are text. Each frame was opened after everything
  // in the frames below it, and nothing went below it since: in stack order.
  const out: Inline[] = [];
  stack.forEach((frame, k) => {
    if (k > 0) out.push({ kind: 'text', text: frame.delim });
    for (const n of frame.children) out.push(n);
  });
  return merge(out);
}

/** Neighbouring text pieces joined (an unclosed delimiter leaves them split). */
function merge(nodes: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    const last = out[out.length - 1];
    if (n.kind === 'text' && last?.kind === 'text') {
      out[out.length - 1] = { kind: 'text', text: last.text + n.text };
    } else out.push(n);
  }
  return out;
}

/** Markdown: paragraphs (a single line break stays a line break), bulleted and numbered lists. */
export function markdownAlert(text: string): Block[] {
  const blocks: Block[] = [];
  let para: Inline[][] = [];
  let list = null as { kind: 'ul' | 'ol'; items: Inline[][] } | null;
  const flush = (): void => {
    if (para.length > 0) blocks.push({ kind: 'p', lines: para });
    para = [];
    if (list) blocks.push(list);
    list = null;
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    const bullet = /^ {0,3}[-*+] +(.*)$/.exec(line);
    const numbered = bullet ? null : /^ {0,3}\d{1,9}[.)] +(.*)$/.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const kind = bullet ? 'ul' : 'ol';
      if (para.length > 0 || list?.kind !== kind) flush();
      list ??= { kind, items: [] };
      list.items.push(inlineMarkdown(item[1] ?? ''));
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (list) flush();
    para.push(inlineMarkdown(line.trim()));
  }
  flush();
  return blocks;
}

/** The text a reader sees, for tests: blocks on lines of their own, list items with "• ". */
export function alertText(blocks: readonly Block[]): string {
  const inline = (nodes: readonly Inline[]): string =>
    nodes.map((n) => (n.kind === 'text' ? n.text : inline(n.children))).join('');
  return blocks
    .map((b) =>
      b.kind === 'p'
        ? b.lines.map(inline).join('\n')
        : b.items.map((i, k) => `${b.kind === 'ul' ? '•' : `${k + 1}.`} ${inline(i)}`).join('\n'),
    )
    .join('\n');
}
