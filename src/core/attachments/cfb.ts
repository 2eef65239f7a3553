/**
 * OLE compound files (MS-CFB): the container of .doc/.xls/.ppt, of .msg, and
 * of the objects Office embeds (word/embeddings/oleObject1.bin). Read here
 * only far enough to find embedded files: the "\x01Ole10Native" stream of an
 * OLE Package object (MS-OLEDS 2.3.6) carries a file's name and bytes, which
 * is how an .exe rides inside a Word document behind an icon.
 *
 * Nothing is trusted: sector numbers are checked against the file, chains
 * stop at their first loop, and every sector and directory entry read is a
 * step on the meter, so the work is linear in the file.
 */
import type { Meter } from '../metering/meter';
import { u16le, u32le } from './bytes';
import { decodeUtf16, decodeUtf8, decodeWindows1252 } from './decode';

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
/** Directory entries read at most (a real file has a few hundred). */
const MAX_DIRECTORY_ENTRIES = 100_000;

export interface CfbEntry {
  readonly name: string;
  /** 0 unused, 1 storage, 2 stream, 5 root. */
  readonly type: number;
  readonly start: number;
  readonly size: number;
  /** The storage this entry is in (its index in `entries`), -1 for the root or an entry no storage reaches. */
  readonly parent: number;
}

export interface StreamData {
  readonly data: Uint8Array;
  /** The stream was longer than the cap, or its chain was cut or broken. */
  readonly cut: boolean;
}

export interface Cfb {
  /** Every directory entry, by its number (unused ones have type 0). */
  readonly entries: readonly CfbEntry[];
  /** The bytes of a stream, at most `cap` of them. */
  read(entry: CfbEntry, cap: number): StreamData;
}

export function isCfb(b: Uint8Array): boolean {
  if (b.length < 512) return false;
  for (let i = 0; i < SIGNATURE.length; i++) if (b[i] !== SIGNATURE[i]) return false;
  return true;
}

/** Read the directory of a compound file; null when it is not one or is broken beyond use. */
export function readCfb(b: Uint8Array, meter?: Meter): Cfb | null {
  if (!isCfb(b)) return null;
  const shift = u16le(b, 0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const miniShift = u16le(b, 0x20);
  if (miniShift !== 6) return null;
  const miniSize = 1 << miniShift;
  const miniCutoff = u32le(b, 0x38) || 4096;
  const sectors = Math.ceil((b.length - sectorSize) / sectorSize);
  if (sectors <= 0) return null;
  const perSector = sectorSize / 4;
  const offsetOf = (sector: number): number => (sector + 1) * sectorSize;

  // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  const addFatSector = (s: number): void => {
    if (s < sectors && fatSectors.length < sectors) fatSectors.push(s);
  };
  for (let i = 0; i < 109; i++) addFatSector(u32le(b, 0x4c + i * 4));
  let difat = u32le(b, 0x44);
  const seenDifat = new Set<number>();
  while (difat < sectors && !seenDifat.has(difat) && fatSectors.length < sectors) {
    seenDifat.add(difat);
    const at = offsetOf(difat);
    meter?.tick(sectorSize);
    for (let i = 0; i < perSector - 1; i++) addFatSector(u32le(b, at + i * 4));
    difat = u32le(b, at + (perSector - 1) * 4);
  }
  const fat = new Uint32Array(fatSectors.length * perSector);
  fatSectors.forEach((s, k) => {
    const at = offsetOf(s);
    meter?.tick(sectorSize);
    for (let i = 0; i < perSector; i++) fat[k * perSector + i] = u32le(b, at + i * 4);
  });

  /** The sectors of a chain in `table`, stopping at its end, a bad number, a loop or `max`. */
  const chain = (
    start: number,
    table: Uint32Array,
    limit: number,
    max: number,
  ): { list: number[]; broken: boolean } => {
    const list: number[] = [];
    const seen = new Set<number>();
    const bound = Math.min(limit, table.length);
    let s = start;
    while (s !== END_OF_CHAIN) {
      if (s >= bound || seen.has(s)) return { list, broken: true };
      if (list.length >= max) return { list, broken: false };
      seen.add(s);
      list.push(s);
      meter?.tick(1);
      s = table[s] as number;
    }
    return { list, broken: false };
  };

  const readChain = (start: number, size: number, cap: number): StreamData => {
    const want = Math.min(size, cap);
    const { list, broken } = chain(start, fat, sectors, Math.ceil(want / sectorSize));
    const out = new Uint8Array(Math.min(want, list.length * sectorSize));
    let o = 0;
    for (const s of list) {
      const at = offsetOf(s);
      const n = Math.min(sectorSize, out.length - o, Math.max(0, b.length - at));
      if (n <= 0) break;
      out.set(b.subarray(at, at + n), o);
      meter?.tick(n);
      o += n;
    }
    return { data: out.subarray(0, o), cut: broken || size > cap || o < want };
  };

  // The directory: 128-byte entries in the chain from the header.
  const dirChain = chain(
    u32le(b, 0x30),
    fat,
    sectors,
    Math.ceil((MAX_DIRECTORY_ENTRIES * 128) / sectorSize),
  );
  const raw: Array<{
    name: string;
    type: number;
    start: number;
    size: number;
    left: number;
    right: number;
    child: number;
  }> = [];
  for (const s of dirChain.list) {
    const at = offsetOf(s);
    for (let k = 0; k < sectorSize / 128; k++) {
      const e = at + k * 128;
      if (e + 128 > b.length) break;
      meter?.tick(128);
      const type = b[e + 0x42] as number;
      const nameBytes = type === 0 ? 0 : Math.min(64, u16le(b, e + 0x40));
      raw.push({
        name: decodeUtf16(b.subarray(e, e + Math.max(0, nameBytes - 2)), true),
        type,
        start: u32le(b, e + 0x74),
        size: u32le(b, e + 0x78),
        left: u32le(b, e + 0x44),
        right: u32le(b, e + 0x48),
        child: u32le(b, e + 0x4c),
      });
    }
  }
  const root = raw[0];
  if (!root || root.type !== 5) return null;
  // Which storage each entry is in: the children of a storage are the
  // binary tree under its child pointer. Each entry is visited once.
  const parent = new Int32Array(raw.length).fill(-1);
  const visited = new Uint8Array(raw.length);
  const storages = [0];
  visited[0] = 1;
  while (storages.length > 0) {
    const storage = storages.pop() as number;
    const tree = [(raw[storage] as (typeof raw)[number]).child];
    while (tree.length > 0) {
      const id = tree.pop() as number;
      if (id >= raw.length || visited[id]) continue;
      visited[id] = 1;
      meter?.tick(1);
      const e = raw[id] as (typeof raw)[number];
      parent[id] = storage;
      tree.push(e.left, e.right);
      if (e.type === 1 || e.type === 5) storages.push(id);
    }
  }
  const entries: CfbEntry[] = raw.map((e, i) => ({
    name: e.name,
    type: e.type,
    start: e.start,
    size: e.size,
    parent: parent[i] as number,
  }));

  let mini: { stream: Uint8Array; fat: Uint32Array } | null = null;
  const miniStream = (): { stream: Uint8Array; fat: Uint32Array } => {
    if (mini) return mini;
    const stream = readChain(root.start, root.size, root.size).data;
    const miniFatSectors = u32le(b, 0x40);
    const miniFatBytes = readChain(
      u32le(b, 0x3c),
      Math.min(miniFatSectors, sectors) * sectorSize,
      Math.min(miniFatSectors, sectors) * sectorSize,
    ).data;
    const table = new Uint32Array(miniFatBytes.length >> 2);
    for (let i = 0; i < table.length; i++) table[i] = u32le(miniFatBytes, i * 4);
    mini = { stream, fat: table };
    return mini;
  };

  const read = (entry: CfbEntry, cap: number): StreamData => {
    if (entry.type !== 2) return { data: new Uint8Array(0), cut: false };
    if (entry.size >= miniCutoff) return readChain(entry.start, entry.size, cap);
    const m = miniStream();
    const want = Math.min(entry.size, cap);
    const count = Math.floor(m.stream.length / miniSize);
    const { list, broken } = chain(entry.start, m.fat, count, Math.ceil(want / miniSize));
    const out = new Uint8Array(Math.min(want, list.length * miniSize));
    let o = 0;
    for (const s of list) {
      const at = s * miniSize;
      const n = Math.min(miniSize, out.length - o, Math.max(0, m.stream.length - at));
      if (n <= 0) break;
      out.set(m.stream.subarray(at, at + n), o);
      meter?.tick(n);
      o += n;
    }
    return { data: out.subarray(0, o), cut: broken || entry.size > cap || o < want };
  };

  return { entries, read };
}

/** A file carried by an OLE Package object. */
export interface PackagedFile {
  /** The name shown under the icon (usually the file name). */
  readonly label: string;
  /** The path it was packaged from. */
  readonly sourcePath: string;
  /** The path it is written to when opened. */
  readonly tempPath: string;
  /** Its bytes (as far as the stream holds them). */
  readonly data: Uint8Array;
}

/** A NUL-terminated ANSI string from `at`, of at most 1024 bytes. */
function cString(b: Uint8Array, at: number): { text: string; next: number } | null {
  const end = Math.min(b.length, at + 1024);
  let i = at;
  while (i < end && b[i] !== 0) i++;
  if (i >= end) return null;
  const raw = b.subarray(at, i);
  return { text: decodeUtf8(raw, true) ?? decodeWindows1252(raw), next: i + 1 };
}

/** A length-prefixed UTF-16LE string (the Unicode tail of a package), or null. */
function wideString(b: Uint8Array, at: number): { text: string; next: number } | null {
  if (at + 4 > b.length) return null;
  const chars = u32le(b, at);
  if (chars > 1024 || at + 4 + chars * 2 > b.length) return null;
  return {
    text: decodeUtf16(b.subarray(at + 4, at + 4 + chars * 2), true),
    next: at + 4 + chars * 2,
  };
}

/**
 * The file in an "\x01Ole10Native" stream: total size, 2, label, source
 * path, two reserved words, the temp path (length-prefixed), the data size
 * and the data; newer Office adds the three names again in UTF-16.
 */
export function readPackagedFile(s: Uint8Array): PackagedFile | null {
  if (s.length < 6 || u16le(s, 4) !== 2) return null;
  const label = cString(s, 6);
  if (!label) return null;
  const source = cString(s, label.next);
  if (!source) return null;
  let p = source.next + 4;
  if (p + 4 > s.length)
    return { label: label.text, sourcePath: source.text, tempPath: '', data: new Uint8Array(0) };
  const tempLength = u32le(s, p);
  p += 4;
  const tempEnd = Math.min(s.length, p + Math.min(tempLength, 1024));
  let t = p;
  while (t < tempEnd && s[t] !== 0) t++;
  const tempRaw = s.subarray(p, t);
  let tempPath = decodeUtf8(tempRaw, true) ?? decodeWindows1252(tempRaw);
  p += tempLength;
  if (p + 4 > s.length)
    return { label: label.text, sourcePath: source.text, tempPath, data: new Uint8Array(0) };
  const size = u32le(s, p);
  p += 4;
  const data = s.subarray(p, Math.min(s.length, p + size));
  p += size;
  let labelText = label.text;
  let sourcePath = source.text;
  // The Unicode names, when present, are the ones Windows shows.
  const wTemp = wideString(s, p);
  const wLabel = wTemp ? wideString(s, wTemp.next) : null;
  const wSource = wLabel ? wideString(s, wLabel.next) : null;
  if (wTemp && wTemp.text) tempPath = wTemp.text;
  if (wLabel && wLabel.text) labelText = wLabel.text;
  if (wSource && wSource.text) sourcePath = wSource.text;
  return { label: labelText, sourcePath, tempPath, data };
}
