/**
 * Text of the binary Office formats that came before Office Open XML: Word
 * 97–2003 (.doc, MS-DOC) and Excel 97–2003 (.xls, BIFF8, MS-XLS). Read far
 * enough for the detectors: a Word document's text from its piece table (the
 * body, notes, headers, comments and deleted text, field results without
 * field codes), an Excel workbook's shared strings, inline strings and
 * numbers. Everything is bounded by the stream sizes and read in one pass.
 */
import type { Meter } from '../metering/meter';
import { u16le, u32le } from './bytes';
import type { Cfb, CfbEntry } from './cfb';
import { decodeUtf16, decodeWindows1252 } from './decode';
import { tidy } from './text';

export type LegacyText =
  { readonly text: string } | { readonly encrypted: true } | { readonly unreadable: true };

function stream(cfb: Cfb, name: string): CfbEntry | undefined {
  return cfb.entries.find((e) => e.type === 2 && e.parent === 0 && e.name === name);
}

/** Word's own characters for structure, turned into what a reader sees. */
function cleanWordText(raw: string, meter?: Meter): string {
  meter?.tick(raw.length);
  const out: string[] = [];
  // Field codes (between 0x13 and 0x14) are hidden; results (0x14..0x15)
  // shown. `fields` holds, for each open field, whether its code has ended.
  const fields: boolean[] = [];
  let hidden = 0;
  let start = 0;
  const flush = (end: number): void => {
    if (hidden === 0 && end > start) out.push(raw.slice(start, end));
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x20 || c === 0x09) continue;
    flush(i);
    start = i + 1;
    if (c === 0x13) {
      fields.push(false);
      hidden++;
    } else if (c === 0x14) {
      if (fields.length > 0 && !fields[fields.length - 1]) {
        fields[fields.length - 1] = true;
        hidden--;
      }
    } else if (c === 0x15) {
      if (fields.length > 0 && !fields.pop()) hidden--;
    } else if (hidden === 0) {
      if (c === 0x0d || c === 0x0b || c === 0x0c) out.push('\n');
      else if (c === 0x07) out.push('\t');
      else if (c === 0x1e) out.push('-');
      else if (c === 0x1f) out.push('');
    }
  }
  flush(raw.length);
  return tidy(out.join(''), meter);
}

/** A Word 97–2003 document's text, from its piece table. */
export function wordBinaryText(cfb: Cfb, cap: number, meter?: Meter): LegacyText | null {
  const doc = stream(cfb, 'WordDocument');
  if (!doc) return null;
  const word = cfb.read(doc, cap).data;
  if (word.length < 0x1aa || u16le(word, 0) !== 0xa5ec) return { unreadable: true };
  const flags = u16le(word, 0x0a);
  if (flags & 0x0100) return { encrypted: true };
  const table = stream(cfb, flags & 0x0200 ? '1Table' : '0Table');
  if (!table) return { unreadable: true };
  // Where the FibRgFcLcb blob starts, from the counts before it.
  const csw = u16le(word, 32);
  const cslwAt = 34 + csw * 2;
  const cslw = u16le(word, cslwAt);
  const blob = cslwAt + 2 + cslw * 4 + 2;
  const fcClx = u32le(word, blob + 33 * 8);
  const lcbClx = u32le(word, blob + 33 * 8 + 4);
  const tbl = cfb.read(table, cap).data;
  if (lcbClx === 0 || fcClx + lcbClx > tbl.length) return { unreadable: true };
  // The Clx: property runs (0x01) to skip, then the piece table (0x02).
  let p = fcClx;
  const end = fcClx + lcbClx;
  while (p < end && tbl[p] === 0x01) p += 3 + u16le(tbl, p + 1);
  if (tbl[p] !== 0x02) return { unreadable: true };
  const lcb = u32le(tbl, p + 1);
  const plc = p + 5;
  const n = Math.floor((lcb - 4) / 12);
  if (n <= 0 || plc + lcb > tbl.length) return { unreadable: true };
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const cpStart = u32le(tbl, plc + i * 4);
    const cpEnd = u32le(tbl, plc + (i + 1) * 4);
    if (cpEnd <= cpStart) continue;
    const count = Math.min(cpEnd - cpStart, cap - total);
    if (count <= 0) break;
    const pcd = plc + (n + 1) * 4 + i * 8;
    const fcValue = u32le(tbl, pcd + 2);
    const compressed = (fcValue & 0x40000000) !== 0;
    const fc = fcValue & 0x3fffffff;
    meter?.tick(count);
    if (compressed) {
      const at = fc / 2;
      parts.push(decodeWindows1252(word.subarray(at, Math.min(word.length, at + count))));
    } else {
      parts.push(decodeUtf16(word.subarray(fc, Math.min(word.length, fc + count * 2)), true));
    }
    total += count;
  }
  return { text: cleanWordText(parts.join(''), meter) };
}

/** A number as Excel shows it by default: integers without a decimal point. */
function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return '';
  return Number.isInteger(v) && Math.abs(v) < 1e17 ? v.toFixed(0) : String(v);
}

/** An RK value (MS-XLS 2.5.217): a compressed double or integer. */
function rkValue(rk: number): number {
  const div100 = (rk & 1) !== 0;
  let v: number;
  if (rk & 2) v = rk >> 2;
  else {
    const buf = new DataView(new ArrayBuffer(8));
    buf.setUint32(4, rk & 0xfffffffc, true);
    v = buf.getFloat64(0, true);
  }
  return div100 ? v / 100 : v;
}

/**
 * An Excel 97–2003 workbook's text: the shared strings (SST, with their
 * CONTINUE records), inline labels and the numbers of NUMBER, RK and MULRK
 * cells, one line per record. Encrypted workbooks (FILEPASS) say so.
 */
export function excelBinaryText(cfb: Cfb, cap: number, meter?: Meter): LegacyText | null {
  const book = stream(cfb, 'Workbook') ?? stream(cfb, 'Book');
  if (!book) return null;
  const b = cfb.read(book, cap).data;
  const out: string[] = [];
  // Records: type, length, data. CONTINUE (0x3C) carries on the one before.
  const records: Array<{ type: number; data: Uint8Array }> = [];
  let p = 0;
  while (p + 4 <= b.length) {
    const type = u16le(b, p);
    const length = u16le(b, p + 2);
    const data = b.subarray(p + 4, Math.min(b.length, p + 4 + length));
    meter?.tick(length + 4);
    if (type === 0x002f) return { encrypted: true };
    records.push({ type, data });
    p += 4 + length;
  }
  for (let i = 0; i < records.length; i++) {
    const { type, data } = records[i] as { type: number; data: Uint8Array };
    if (type === 0x00fc) {
      // SST: strings that may run on into CONTINUE records.
      const chunks = [data];
      while (records[i + 1]?.type === 0x003c)
        chunks.push((records[++i] as { data: Uint8Array }).data);
      out.push(...sharedStrings(chunks, meter));
    } else if (type === 0x0203 && data.length >= 14) {
      out.push(formatNumber(new DataView(data.buffer, data.byteOffset + 6, 8).getFloat64(0, true)));
    } else if (type === 0x027e && data.length >= 10) {
      out.push(formatNumber(rkValue(u32le(data, 6))));
    } else if (type === 0x00bd && data.length >= 6) {
      for (let q = 4; q + 6 <= data.length - 2; q += 6)
        out.push(formatNumber(rkValue(u32le(data, q + 2))));
    } else if (type === 0x0006 && data.length >= 14 && u16le(data, 12) !== 0xffff) {
      // FORMULA: the value it last computed.
      out.push(formatNumber(new DataView(data.buffer, data.byteOffset + 6, 8).getFloat64(0, true)));
    } else if (type === 0x0204 && data.length >= 9) {
      // LABEL: a string in the cell itself.
      const chars = u16le(data, 6);
      const wide = ((data[8] as number) & 0x01) !== 0;
      const raw = data.subarray(9, 9 + chars * (wide ? 2 : 1));
      out.push(wide ? decodeUtf16(raw, true) : decodeWindows1252(raw));
    }
  }
  return { text: out.filter((s) => s !== '').join('\n') };
}

/** The strings of an SST record and its CONTINUE records (XLUnicodeRichExtendedString). */
function sharedStrings(chunks: readonly Uint8Array[], meter?: Meter): string[] {
  const out: string[] = [];
  let c = 0;
  let data = chunks[0] as Uint8Array;
  let p = 8;
  const next = (): boolean => {
    if (c + 1 >= chunks.length) return false;
    data = chunks[++c] as Uint8Array;
    p = 0;
    return true;
  };
  const byte = (): number => {
    if (p >= data.length && !next()) return -1;
    return data[p++] as number;
  };
  const word = (): number => {
    const lo = byte();
    const hi = byte();
    return lo < 0 || hi < 0 ? -1 : lo | (hi << 8);
  };
  const skip = (n: number): void => {
    let left = n;
    while (left > 0) {
      const here = Math.min(left, data.length - p);
      p += here;
      left -= here;
      if (left > 0 && !next()) return;
    }
  };
  for (;;) {
    const chars = word();
    if (chars < 0) break;
    let flags = byte();
    if (flags < 0) break;
    const runs = flags & 0x08 ? word() : 0;
    const ext = flags & 0x04 ? word() | (word() << 16) : 0;
    let text = '';
    let left = chars;
    // Each turn reads at least a byte or moves to the next record.
    while (left > 0) {
      if (p >= data.length) {
        // The string goes on in the next CONTINUE record, with its own flags byte.
        if (!next()) break;
        flags = (flags & ~0x01) | ((data[p++] ?? 0) & 0x01);
        continue;
      }
      const wide = (flags & 0x01) !== 0;
      const take = Math.min(left, Math.floor((data.length - p) / (wide ? 2 : 1)));
      if (take === 0) {
        p = data.length;
        continue;
      }
      const raw = data.subarray(p, p + take * (wide ? 2 : 1));
      text += wide ? decodeUtf16(raw, true) : decodeWindows1252(raw);
      meter?.tick(raw.length + 1);
      p += raw.length;
      left -= take;
    }
    out.push(text);
    skip(runs * 4 + Math.max(0, ext));
  }
  return out;
}
