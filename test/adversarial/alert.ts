/**
 * What an alert must never carry, whatever the names and texts in it: a
 * Markdown construct the user did not write (a link, raw HTML, a heading,
 * a table, strikethrough), a line that did not come from our own layout, or
 * a right-to-left override left open. Each function returns the problems
 * found, in plain words, so a failing case says what went wrong.
 */

/** Characters that format in Markdown anywhere in a line: each must be escaped with `\`. */
const MARKDOWN_SPECIAL = new Set(['\\', '`', '*', '_', '[', ']', '<', '~', '|']);

const OPENERS = new Map<number, 'embedding' | 'isolate'>([
  [0x202a, 'embedding'],
  [0x202b, 'embedding'],
  [0x202d, 'embedding'],
  [0x202e, 'embedding'],
  [0x2066, 'isolate'],
  [0x2067, 'isolate'],
  [0x2068, 'isolate'],
]);

/** Bidi embeddings, overrides and isolates still open at the end of the line. */
export function openBidi(line: string): number {
  const stack: Array<'embedding' | 'isolate'> = [];
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const kind = OPENERS.get(c);
    if (kind) stack.push(kind);
    else if (c === 0x202c) {
      if (stack[stack.length - 1] === 'embedding') stack.pop();
    } else if (c === 0x2069) {
      const at = stack.lastIndexOf('isolate');
      if (at >= 0) stack.length = at;
    }
  }
  return stack.length;
}

const show = (s: string): string => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** Problems common to both forms: lines we did not lay out, bidi left open, names not isolated. */
function layoutProblems(
  form: string,
  lines: readonly string[],
  ours: (line: string) => boolean,
  isolated: readonly string[],
): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && !ours(line)) out.push(`${form}: line ${i + 1} is not one of ours: ${show(line)}`);
    if (/^\s*#/.test(line)) out.push(`${form}: line ${i + 1} starts a heading: ${show(line)}`);
    const open = openBidi(line);
    if (open > 0)
      out.push(`${form}: line ${i + 1} leaves ${open} bidi override(s) or isolate(s) open`);
  });
  for (const word of isolated) {
    const line = lines.find((l) => l.includes(word));
    if (line === undefined) {
      out.push(`${form}: does not show the name with ${show(word)}`);
      continue;
    }
    const at = line.indexOf(word);
    const fsi = Math.max(
      line.lastIndexOf('\u2068', at),
      line.lastIndexOf('\u2066', at),
      line.lastIndexOf('\u2067', at),
    );
    const pdi = line.indexOf('\u2069', at);
    if (fsi < 0 || pdi < 0)
      out.push(`${form}: the name with ${show(word)} is not inside FSI … PDI`);
  }
  return out;
}

/** The plain-text alert: a title, then "• " lines, and perhaps a last "…" line. */
export function textProblems(text: string, isolated: readonly string[] = []): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
  return layoutProblems('text', lines, (l) => l.startsWith('• ') || l.startsWith('…'), isolated);
}

/**
 * The Markdown alert: a bold title, then "- " bullet lines, and perhaps a
 * last "…" line. Outside our own `**` and `- `, every character that
 * formats must be escaped.
 */
export function markdownProblems(markdown: string, isolated: readonly string[] = []): string[] {
  if (markdown === '') return [];
  const lines = markdown.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
  const out = layoutProblems(
    'markdown',
    lines,
    (l) => l.startsWith('- ') || l.startsWith('…') || l.startsWith('\\…'),
    isolated,
  );
  lines.forEach((line, i) => {
    let body = line;
    if (i === 0 && body.startsWith('**') && body.endsWith('**') && body.length >= 4)
      body = body.slice(2, -2);
    else if (body.startsWith('- ')) body = body.slice(2);
    for (let k = 0; k < body.length; k++) {
      const ch = body.charAt(k);
      if (ch === '\\') {
        k++; // the escaped character
        continue;
      }
      if (MARKDOWN_SPECIAL.has(ch)) {
        out.push(`markdown: line ${i + 1} has an unescaped ${show(ch)}: ${show(line)}`);
        break;
      }
    }
    // A link the renderer would make by itself: <https://…>, or a bare URL or www. address.
    if (/https?:\/\/|www\./i.test(body))
      out.push(`markdown: line ${i + 1} has a link the renderer would follow: ${show(line)}`);
  });
  return out;
}
