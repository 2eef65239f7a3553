/**
 * Outlook items (.msg, MS-OXMSG): what people get when they drag a message
 * out of Outlook and attach it. A compound file whose root storage holds the
 * message's properties as streams ("__substg1.0_<id><type>"), one storage
 * per attachment, and attached messages as storages inside those. Read here:
 * subject, plain or HTML body, and every attachment with its name and
 * bytes, attached messages' attachments included (named by their path).
 *
 * A body kept only as compressed RTF, an attachment that is an OLE object,
 * or messages nested past the limit are said to be not inspected.
 */
import type { Cfb, CfbEntry } from './cfb';
import type { Collector } from './collector';
import { u32le } from './bytes';
import { decodeCharset, decodeUtf16 } from './decode';
import { htmlToTextMetered } from './text';

export interface OutlookAttachment {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The size the item gives, when only part of the bytes could be read. */
  readonly size?: number;
  readonly contentType?: string;
}

export interface OutlookItem {
  /** Subjects and bodies, the item's own first, then those of attached messages. */
  readonly text: string;
  readonly attachments: readonly OutlookAttachment[];
}

const SUBJECT = '0037';
const BODY = '1000';
const HTML = '1013';
const RTF = '1009';
const LONG_NAME = '3707';
const SHORT_NAME = '3704';
const DISPLAY_NAME = '3001';
const DATA = '3701';
const MIME = '370E';
const PR_INTERNET_CPID = 0x3fde0003;
const PR_MESSAGE_CODEPAGE = 0x3ffd0003;
const PR_ATTACH_METHOD = 0x37050003;
/** Text properties read at most (a subject or body larger than this is cut, and said). */
const MAX_TEXT_BYTES = 8 * 1024 * 1024;

/** True when a compound file is an Outlook item. */
export function isOutlookItem(cfb: Cfb): boolean {
  return cfb.entries.some(
    (e) =>
      e.parent === 0 && (e.name === '__properties_version1.0' || e.name.startsWith('__substg1.0_')),
  );
}

function stripNul(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 0) e--;
  return s.slice(0, e);
}

/** Read an Outlook item: its text, and its attachments flattened (attached messages' ones by path). */
export function readOutlookItem(cfb: Cfb, c: Collector): OutlookItem {
  const children = new Map<number, number[]>();
  cfb.entries.forEach((e, i) => {
    if (e.type === 0 || e.parent < 0) return;
    const list = children.get(e.parent);
    if (list) list.push(i);
    else children.set(e.parent, [i]);
  });
  const limits = c.budget.limits;
  const meter = c.budget.meter;
  const kidIndex = (storage: number, name: string): number =>
    (children.get(storage) ?? []).find((i) => cfb.entries[i]?.name === name) ?? -1;

  const readStream = (e: CfbEntry, cap: number, entry?: string): Uint8Array => {
    const limit = Math.min(cap, c.budget.remaining);
    const r = cfb.read(e, limit);
    c.budget.inflated += r.data.length;
    if (e.size > limit) c.tooLarge(limit, limit < cap ? 'scan' : 'part', e.size, entry);
    return r.data;
  };

  /** The property stream "__substg1.0_<id><type>" of a storage, for either string type. */
  const property = (storage: number, id: string, types: readonly string[]): CfbEntry | null => {
    for (const type of types) {
      const i = kidIndex(storage, `__substg1.0_${id}${type}`);
      if (i >= 0) return cfb.entries[i] as CfbEntry;
    }
    return null;
  };

  /** Fixed-size properties (code page, attachment method) from "__properties_version1.0". */
  const fixed = (storage: number, header: number, tag: number): number | undefined => {
    const i = kidIndex(storage, '__properties_version1.0');
    if (i < 0) return undefined;
    const data = readStream(cfb.entries[i] as CfbEntry, 1024 * 1024);
    for (let p = header; p + 16 <= data.length; p += 16) {
      if (u32le(data, p) === tag) return u32le(data, p + 8);
    }
    return undefined;
  };

  const text = (storage: number, id: string, codePage: string): string | null => {
    const e = property(storage, id, ['001F', '001E']);
    if (!e) return null;
    const bytes = readStream(e, MAX_TEXT_BYTES);
    return stripNul(
      e.name.endsWith('001F') ? decodeUtf16(bytes, true) : decodeCharset(bytes, codePage, meter),
    );
  };

  const texts: string[] = [];
  const attachments: OutlookAttachment[] = [];

  const readMessage = (storage: number, header: number, depth: number, path: string): void => {
    const cp =
      fixed(storage, header, PR_INTERNET_CPID) ?? fixed(storage, header, PR_MESSAGE_CODEPAGE);
    const codePage = cp !== undefined ? `cp${cp}` : 'windows-1252';
    const subject = text(storage, SUBJECT, codePage);
    let body = text(storage, BODY, codePage);
    if (body === null) {
      const html = property(storage, HTML, ['0102', '001F', '001E']);
      if (html) {
        const bytes = readStream(html, MAX_TEXT_BYTES);
        const page = html.name.endsWith('001F')
          ? decodeUtf16(bytes, true)
          : decodeCharset(bytes, codePage, meter);
        body = htmlToTextMetered(stripNul(page), meter);
      } else if (property(storage, RTF, ['0102'])) {
        // Only compressed RTF: not read here.
        c.notInspected('format', path || undefined);
      }
    }
    for (const t of [subject, body]) if (t) texts.push(t.trim());
    for (const at of children.get(storage) ?? []) {
      const e = cfb.entries[at] as CfbEntry;
      if (e.type !== 1 || !e.name.startsWith('__attach_version1.0_')) continue;
      const nameOf = (): string => {
        for (const id of [LONG_NAME, SHORT_NAME, DISPLAY_NAME]) {
          const t = text(at, id, codePage);
          if (t) return t;
        }
        return 'attachment';
      };
      const name = nameOf();
      const entry = path ? `${path}/${name}` : name;
      const method = fixed(at, 8, PR_ATTACH_METHOD);
      const data = property(at, DATA, ['0102']);
      if (data) {
        const cap = limits.maxPartBytes;
        const bytes = readStream(data, cap, entry);
        const mime = text(at, MIME, codePage);
        attachments.push({
          name: entry,
          bytes,
          ...(data.size > bytes.length ? { size: data.size } : {}),
          ...(mime ? { contentType: mime } : {}),
        });
        continue;
      }
      const inner = kidIndex(at, `__substg1.0_${DATA}000D`);
      if (inner >= 0 && method === 5) {
        // An attached message: read in turn, down to the nesting limit.
        if (depth + 1 + c.depth > limits.maxDepth) c.notInspected('nesting', entry);
        else readMessage(inner, 24, depth + 1, entry);
        continue;
      }
      // An OLE object or a reference to a file elsewhere: the name is all there is.
      attachments.push({ name: entry, bytes: new Uint8Array(0) });
      if (inner >= 0) c.notInspected('format', entry);
    }
  };

  readMessage(0, 32, 0, '');
  return { text: texts.filter((t) => t.length > 0).join('\n\n'), attachments };
}
