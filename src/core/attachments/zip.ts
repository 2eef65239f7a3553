/**
 * A zip reader that trusts nothing it reads: sizes and offsets are checked
 * against the file, entries are inflated only on request and only up to a
 * cap (see inflate.ts), and a zip whose central directory is missing (a cut
 * file) is read from its local headers instead.
 */
import { ascii, indexOfBytes, u16le, u32le, u64le } from './bytes';
import { decodeUtf8, decodeWindows1252 } from './decode';
import type { Meter } from '../metering/meter';
import type { Budget, InflateStop } from './inflate';
import { inflateBounded } from './inflate';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly crc: number;
  readonly localOffset: number;
  /** Traditional PKWARE or AES encryption (flag bit 0, or method 99). */
  readonly encrypted: boolean;
}

export interface ZipDirectory {
  readonly entries: readonly ZipEntry[];
  /** The central directory was missing or cut: entries come from local headers. */
  readonly damaged: boolean;
  /** More entries than the limit; the rest were not listed. */
  readonly tooMany: boolean;
  /** Two entries share data: the overlapping-file zip bomb. */
  readonly overlapping: boolean;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const LOCAL_SIG = ascii('PK\x03\x04');

function nameOf(b: Uint8Array, at: number, len: number, utf8: boolean): string {
  const raw = b.subarray(at, Math.min(b.length, at + len));
  if (utf8) return decodeUtf8(raw, false) ?? '';
  // Without the UTF-8 flag names are CP437 in theory; in practice tools write
  // UTF-8 or the local code page. Try UTF-8 first.
  return decodeUtf8(raw, true) ?? decodeWindows1252(raw);
}

/** Zip64 sizes and offset from the extra field, where the 32-bit ones are 0xFFFFFFFF. */
function zip64Extra(
  b: Uint8Array,
  at: number,
  len: number,
  need: { size: boolean; comp: boolean; offset: boolean },
): { size?: number; comp?: number; offset?: number } {
  const end = Math.min(b.length, at + len);
  let p = at;
  while (p + 4 <= end) {
    const id = u16le(b, p);
    const sz = u16le(b, p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const out: { size?: number; comp?: number; offset?: number } = {};
      if (need.size && q + 8 <= p + 4 + sz) {
        out.size = u64le(b, q);
        q += 8;
      }
      if (need.comp && q + 8 <= p + 4 + sz) {
        out.comp = u64le(b, q);
        q += 8;
      }
      if (need.offset && q + 8 <= p + 4 + sz) out.offset = u64le(b, q);
      return out;
    }
    p += 4 + sz;
  }
  return {};
}

function findEocd(b: Uint8Array, meter?: Meter): number {
  // The end record is 22 bytes plus a comment of up to 65535 bytes.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  meter?.tick(b.length - stop);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] === 0x50 && u32le(b, i) === EOCD) return i;
  }
  return -1;
}

/**
 * The entries of a zip, from its central directory or, when that is missing,
 * its local headers. At most `maxEntries` are listed (`tooMany` says there
 * were more). Work is counted on `meter`: a step per byte of headers read.
 */
export function readZipDirectory(
  b: Uint8Array,
  maxEntries: number,
  meter?: Meter,
): ZipDirectory | null {
  const eocd = findEocd(b, meter);
  if (eocd >= 0) {
    let count = u16le(b, eocd + 10);
    let cdOffset = u32le(b, eocd + 16);
    const loc = eocd - 20;
    if (
      (count === 0xffff || cdOffset === 0xffffffff) &&
      loc >= 0 &&
      u32le(b, loc) === EOCD64_LOCATOR
    ) {
      const rec = u64le(b, loc + 8);
      if (rec + 56 <= b.length && u32le(b, rec) === EOCD64) {
        count = u64le(b, rec + 32);
        cdOffset = u64le(b, rec + 48);
      }
    }
    const central = readCentral(b, cdOffset, count, maxEntries, meter);
    if (central) return central;
  }
  return readLocal(b, maxEntries, meter);
}

function overlaps(entries: readonly ZipEntry[], fileLength: number, meter?: Meter): boolean {
  meter?.tick(entries.length * 2);
  const sorted = entries
    .filter((e) => e.localOffset < fileLength)
    .map((e) => e.localOffset)
    .sort((x, y) => x - y);
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return true;
  // Entries whose data runs into the next entry's header.
  const byOffset = entries.slice().sort((x, y) => x.localOffset - y.localOffset);
  for (let i = 0; i + 1 < byOffset.length; i++) {
    const e = byOffset[i] as ZipEntry;
    const next = byOffset[i + 1] as ZipEntry;
    if (
      e.localOffset + 30 + e.compressedSize > next.localOffset + 30 &&
      e.compressedSize > 0 &&
      next.localOffset > 0
    ) {
      return true;
    }
  }
  return false;
}

function readCentral(
  b: Uint8Array,
  offset: number,
  count: number,
  maxEntries: number,
  meter?: Meter,
): ZipDirectory | null {
  const entries: ZipEntry[] = [];
  let p = offset;
  let damaged = false;
  for (let i = 0; i < count; i++) {
    if (entries.length >= maxEntries) {
      return {
        entries,
        damaged,
        tooMany: true,
        overlapping: overlaps(entries, b.length, meter),
      };
    }
    if (p + 46 > b.length || u32le(b, p) !== CENTRAL) {
      if (i === 0) return null;
      damaged = true;
      break;
    }
    const flags = u16le(b, p + 8);
    const method = u16le(b, p + 10);
    const crc = u32le(b, p + 16);
    let comp = u32le(b, p + 20);
    let size = u32le(b, p + 24);
    const nameLen = u16le(b, p + 28);
    const extraLen = u16le(b, p + 30);
    const commentLen = u16le(b, p + 32);
    meter?.tick(46 + nameLen);
    let local = u32le(b, p + 42);
    const name = nameOf(b, p + 46, nameLen, (flags & 0x800) !== 0);
    if (comp === 0xffffffff || size === 0xffffffff || local === 0xffffffff) {
      const x = zip64Extra(b, p + 46 + nameLen, extraLen, {
        size: size === 0xffffffff,
        comp: comp === 0xffffffff,
        offset: local === 0xffffffff,
      });
      size = x.size ?? size;
      comp = x.comp ?? comp;
      local = x.offset ?? local;
    }
    entries.push({
      name,
      method,
      flags,
      compressedSize: comp,
      size,
      crc,
      localOffset: local,
      encrypted: (flags & 1) !== 0 || method === 99,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return {
    entries,
    damaged,
    tooMany: false,
    overlapping: overlaps(entries, b.length, meter),
  };
}

/** Walk local file headers from the start: for zips whose end is missing. */
function readLocal(b: Uint8Array, maxEntries: number, meter?: Meter): ZipDirectory | null {
  if (u32le(b, 0) !== LOCAL) return null;
  const entries: ZipEntry[] = [];
  let p = 0;
  while (p + 30 <= b.length && u32le(b, p) === LOCAL) {
    if (entries.length >= maxEntries)
      return { entries, damaged: true, tooMany: true, overlapping: false };
    const flags = u16le(b, p + 6);
    const method = u16le(b, p + 8);
    const crc = u32le(b, p + 14);
    let comp = u32le(b, p + 18);
    const size = u32le(b, p + 22);
    const nameLen = u16le(b, p + 26);
    const extraLen = u16le(b, p + 28);
    const dataStart = p + 30 + nameLen + extraLen;
    meter?.tick(30 + nameLen);
    const name = nameOf(b, p + 30, nameLen, (flags & 0x800) !== 0);
    // With a data descriptor (flag bit 3) the sizes are written after the
    // data: find the next header instead.
    if ((flags & 8) !== 0 || comp === 0xffffffff || dataStart + comp > b.length) {
      // The next header may be anywhere after the data: the window is the rest of the file,
      // and the walk goes on from where it was found, so the file is searched once.
      const next = indexOfBytes(b, LOCAL_SIG, dataStart, b.length);
      comp = (next < 0 ? b.length : next) - dataStart;
      meter?.tick(comp);
    }
    entries.push({
      name,
      method,
      flags,
      compressedSize: Math.max(0, comp),
      size,
      crc,
      localOffset: p,
      encrypted: (flags & 1) !== 0 || method === 99,
    });
    const next = dataStart + Math.max(0, comp);
    if (next <= p) break;
    p = next;
    // Skip a data descriptor, with or without its signature.
    if (u32le(b, p) === 0x08074b50) p += 16;
  }
  return { entries, damaged: true, tooMany: false, overlapping: false };
}

export interface EntryData {
  readonly data: Uint8Array;
  readonly stop: InflateStop | 'unsupported' | 'encrypted';
}

/** The content of one entry, inflated up to `cap` bytes. */
export function readEntry(b: Uint8Array, e: ZipEntry, cap: number, budget: Budget): EntryData {
  if (e.encrypted) return { data: new Uint8Array(0), stop: 'encrypted' };
  const p = e.localOffset;
  if (p + 30 > b.length || u32le(b, p) !== LOCAL) return { data: new Uint8Array(0), stop: 'error' };
  const start = p + 30 + u16le(b, p + 26) + u16le(b, p + 28);
  const end = Math.min(b.length, start + e.compressedSize);
  const cut = start + e.compressedSize > b.length;
  const raw = b.subarray(Math.min(start, b.length), end);
  if (e.method === 0) {
    const n = Math.min(raw.length, cap, budget.remaining);
    budget.meter.tick(n + 1);
    budget.inflated += n;
    const stop: InflateStop =
      n < raw.length ? (n === cap ? 'cap' : 'budget') : cut ? 'truncated' : 'complete';
    return { data: raw.subarray(0, n), stop };
  }
  if (e.method !== 8) return { data: new Uint8Array(0), stop: 'unsupported' };
  const r = inflateBounded(raw, cap, budget);
  return { data: r.data, stop: r.stop === 'complete' && cut ? 'truncated' : r.stop };
}

/** How many input bytes a probe inflates: enough to see a bomb's ratio. */
const PROBE_INPUT = 64 * 1024;

/**
 * Inflate the start of an entry to see whether it expands like a bomb,
 * whatever sizes the headers declare. Counts against its own small budget.
 */
export function probeEntry(b: Uint8Array, e: ZipEntry, budget: Budget): InflateStop | 'skipped' {
  if (e.encrypted || e.method !== 8) return 'skipped';
  const p = e.localOffset;
  if (p + 30 > b.length || u32le(b, p) !== LOCAL) return 'skipped';
  const start = p + 30 + u16le(b, p + 26) + u16le(b, p + 28);
  const end = Math.min(b.length, start + e.compressedSize, start + PROBE_INPUT);
  if (start >= end) return 'skipped';
  return inflateBounded(b.subarray(start, end), budget.limits.minBombBytes + PROBE_INPUT, budget)
    .stop;
}
