/**
 * The parts of an Office package as office.ts reads them: part names,
 * numbered parts, the small XML parts inflated on demand within a budget,
 * and the little XML helpers (entities, element counts, element text, draft
 * words). Each is linear in the part it reads.
 */

import type { Meter } from '../metering/meter';
import { decodeUtf16, decodeUtf8, decodeEntities } from './decode';
import type { Collector } from './collector';
import { MarkupTokenizer } from './markup';
import { readEntry } from './zip';
import type { ZipEntry, ZipDirectory } from './zip';

/** Words that mark a document as not final, in the four languages (whole words). */
const DRAFT_WORDS =
  /(?:^|[^A-Za-z0-9æøåäöÆØÅÄÖ])(utkast|arbeidsutkast|arbetsutkast|kladd|draft)(?=$|[^A-Za-z0-9æøåäöÆØÅÄÖ])/i;

/** Longest status or watermark text that is judged (they are a word or two). */
const MAX_MARK = 1024;

export function isDraftWord(s: string): boolean {
  return s.length <= MAX_MARK && DRAFT_WORDS.test(s.trim());
}

/** XML part bytes to string (UTF-8, or UTF-16 with BOM). */
export function decodeXml(b: Uint8Array, meter?: Meter): string {
  meter?.tick(b.length);
  if (b[0] === 0xff && b[1] === 0xfe) return decodeUtf16(b, true, 2);
  if (b[0] === 0xfe && b[1] === 0xff) return decodeUtf16(b, false, 2);
  const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  return decodeUtf8(b.subarray(start), false) ?? '';
}

/** Part names longer than this are no part we read. */
const MAX_PART_NAME = 256;

/** "folder/name<digits>.xml" split for natural order (slide2 before slide10). */
function partKey(name: string): { stem: string; number: number } {
  if (!name.endsWith('.xml')) return { stem: name, number: 0 };
  let i = name.length - 4;
  while (i > 0) {
    const c = name.charCodeAt(i - 1);
    if (c < 0x30 || c > 0x39) break;
    i--;
  }
  return { stem: name.slice(0, i), number: Number(name.slice(i, name.length - 4) || '0') };
}

/** "prefix<digits>.xml" with nothing else between (header1.xml, sheet12.xml, slide.xml). */
export function numberedPart(name: string, prefix: string): boolean {
  if (!name.startsWith(prefix) || !name.endsWith('.xml')) return false;
  for (let i = prefix.length; i < name.length - 4; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** A part directly in `folder` ending in .xml (no further folders). */
export function partIn(name: string, folder: string): boolean {
  return (
    name.startsWith(folder) &&
    name.endsWith('.xml') &&
    name.indexOf('/', folder.length) < 0 &&
    name.length > folder.length + 4
  );
}

/** Reads parts of one package, with the findings their reading produces. */
export class Parts {
  private readonly byName = new Map<string, ZipEntry>();
  readonly meter: Meter;
  constructor(
    private readonly bytes: Uint8Array,
    readonly dir: ZipDirectory,
    private readonly c: Collector,
  ) {
    this.meter = c.budget.meter;
    for (const e of dir.entries) {
      const lower = e.name.toLowerCase();
      this.byName.set(lower.charAt(0) === '/' ? lower.slice(1) : lower, e);
    }
  }

  names(): string[] {
    return Array.from(this.byName.keys());
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** Part names for which `test` holds, in natural order. */
  matching(test: (name: string) => boolean): string[] {
    const keyed = this.names()
      .filter((n) => n.length <= MAX_PART_NAME && test(n))
      .map((n) => ({ n, k: partKey(n) }));
    keyed.sort((a, b) =>
      a.k.stem !== b.k.stem ? (a.k.stem < b.k.stem ? -1 : 1) : a.k.number - b.k.number,
    );
    return keyed.map((x) => x.n);
  }

  /** The part as text, or '' when missing or unreadable (the reason becomes a finding). */
  xml(name: string, cap?: number): string {
    const e = this.byName.get(name.toLowerCase());
    if (!e) return '';
    const limits = this.c.budget.limits;
    const partCap = Math.min(cap ?? limits.maxPartBytes, limits.maxPartBytes);
    const r = readEntry(this.bytes, e, partCap, this.c.budget);
    switch (r.stop) {
      case 'bomb':
        this.c.bomb();
        return '';
      case 'encrypted':
        this.c.markEncrypted('ZIP');
        return '';
      case 'cap':
        this.c.tooLarge(partCap, 'part', e.size, e.name);
        break;
      case 'budget':
        this.c.tooLarge(limits.maxTotalInflatedBytes, 'scan', e.size, e.name);
        break;
      case 'truncated':
      case 'error':
        this.c.add('attachment.truncated');
        break;
      case 'unsupported':
        this.c.notInspected('format', e.name);
        return '';
      case 'complete':
        break;
    }
    return decodeXml(r.data, this.meter);
  }
}

/** Number of elements with this local name (any prefix). */
export function countElements(xml: string, local: string, meter: Meter): number {
  const t = new MarkupTokenizer(xml, false, meter);
  let n = 0;
  for (let k = t.next(); k !== 'end'; k = t.next()) if (k === 'open' && t.local === local) n++;
  return n;
}

/** Text of the first element with this local name, entities decoded and trimmed. */
export function elementText(xml: string, local: string, meter: Meter): string | undefined {
  const t = new MarkupTokenizer(xml, false, meter);
  let inside = false;
  const out: string[] = [];
  for (let k = t.next(); k !== 'end'; k = t.next()) {
    if (k === 'open' && t.local === local && !inside) {
      if (t.selfClosing) return '';
      inside = true;
    } else if (inside && k === 'text') {
      out.push(t.raw ? t.text() : decodeEntities(t.text(), meter));
    } else if (inside) {
      break;
    }
  }
  return inside ? out.join('').trim() : undefined;
}
