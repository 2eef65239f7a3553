/**
 * Address headers (From, To, Cc, Bcc, Reply-To): mailboxes with display
 * names in quotes or encoded words, comments, groups ("Team: a@b, c@d;"),
 * obsolete routes. A tokenizer, linear in the header; groups are
 * flattened, and a mailbox without an address is left out.
 */
import type { Address } from '../message';
import type { Meter } from '../metering/meter';
import { decodeWords } from './words';
import type { OnBadCharset } from './words';

type Token =
  | { readonly kind: 'word'; readonly value: string; readonly space: boolean }
  | { readonly kind: 'comment'; readonly value: string }
  | { readonly kind: 'angle'; readonly value: string }
  | { readonly kind: 'op'; readonly value: ',' | ';' | ':' };

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

function isSpecial(c: number): boolean {
  return (
    c === 0x22 || c === 0x28 || c === 0x3c || c === 0x2c || c === 0x3b || c === 0x3a || isSpace(c)
  );
}

function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  const n = s.length;
  let i = 0;
  let space = false;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    if (c === 0x22) {
      const parts: string[] = [];
      let from = ++i;
      while (i < n && s.charCodeAt(i) !== 0x22) {
        if (s.charCodeAt(i) === 0x5c && i + 1 < n) {
          parts.push(s.slice(from, i));
          from = i + 1;
          i += 2;
          continue;
        }
        i++;
      }
      parts.push(s.slice(from, i));
      i++;
      tokens.push({ kind: 'word', value: parts.join(''), space });
    } else if (c === 0x28) {
      let depth = 0;
      const from = i + 1;
      let end = n;
      for (; i < n; i++) {
        const d = s.charCodeAt(i);
        if (d === 0x5c) {
          i++;
          continue;
        }
        if (d === 0x28) depth++;
        else if (d === 0x29 && --depth === 0) {
          end = i;
          i++;
          break;
        }
      }
      tokens.push({ kind: 'comment', value: s.slice(from, Math.min(end, n)) });
    } else if (c === 0x3c) {
      const end = s.indexOf('>', i + 1);
      const stop = end < 0 ? n : end;
      tokens.push({ kind: 'angle', value: s.slice(i + 1, stop) });
      i = stop + 1;
    } else if (c === 0x2c || c === 0x3b || c === 0x3a) {
      tokens.push({ kind: 'op', value: c === 0x2c ? ',' : c === 0x3b ? ';' : ':' });
      i++;
    } else {
      const from = i;
      while (i < n && !isSpecial(s.charCodeAt(i))) i++;
      // A '>' without its '<' is junk in a word; keep the word.
      tokens.push({ kind: 'word', value: s.slice(from, i), space });
    }
    space = false;
  }
  return tokens;
}

/** "<@relay1,@relay2:ola@example.no>" is ola@example.no. */
function stripRoute(addr: string): string {
  const a = addr.trim();
  if (a.charAt(0) !== '@') return a;
  const colon = a.lastIndexOf(':');
  return colon < 0 ? a : a.slice(colon + 1).trim();
}

export function parseAddresses(header: string, onBad?: OnBadCharset, meter?: Meter): Address[] {
  // The tokenizer moves forward only; each mailbox looks at its own words.
  meter?.tick(header.length);
  const out: Address[] = [];
  let words: { value: string; space: boolean }[] = [];
  let angle: string | null = null;
  let comments: string[] = [];
  let sawAt = false;
  const emit = (): void => {
    let address = '';
    let nameWords = words;
    if (angle !== null) address = stripRoute(angle);
    else {
      // No angle brackets: the word with an "@" is the address (ola@example.no (Ola)).
      const k = words.findIndex((w) => w.value.indexOf('@') >= 0);
      if (k >= 0) {
        address = (words[k] as { value: string }).value;
        nameWords = words.slice(0, k).concat(words.slice(k + 1));
      }
    }
    let name = '';
    for (const w of nameWords) name += (name !== '' && w.space ? ' ' : '') + w.value;
    if (name === '' && comments.length > 0) name = comments.join(' ');
    meter?.tick(words.length + comments.length);
    name = decodeWords(name.trim(), onBad, meter).trim();
    if (address !== '') out.push(name !== '' ? { address, name } : { address });
    words = [];
    angle = null;
    comments = [];
    sawAt = false;
  };
  for (const t of tokenize(header)) {
    switch (t.kind) {
      case 'word':
        words.push({ value: t.value, space: t.space });
        if (t.value.indexOf('@') >= 0) sawAt = true;
        break;
      case 'comment':
        comments.push(t.value);
        break;
      case 'angle':
        if (angle === null) angle = t.value;
        break;
      case 'op':
        if (t.value === ':' && angle === null && !sawAt) {
          // A group's name: its members follow.
          words = [];
          comments = [];
        } else if (t.value === ':') {
          words.push({ value: ':', space: false });
        } else emit();
        break;
    }
  }
  emit();
  return out;
}
