/**
 * An OLE Package object as Word stores one in word/embeddings/oleObject1.bin:
 * a compound file (MS-CFB, version 3, 512-byte sectors) holding one stream,
 * "\x01Ole10Native" (MS-OLEDS 2.3.6), which carries a file's name and bytes.
 * It is how a program rides inside a document behind an icon.
 */
import { latin1Bytes } from './mime';

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

function u16(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
}

function u32(b: Uint8Array, at: number, v: number): void {
  u16(b, at, v & 0xffff);
  u16(b, at + 2, v >>> 16);
}

/** The Ole10Native stream: the packaged file's label, paths and bytes. */
export function ole10Native(name: string, data: Uint8Array): Uint8Array {
  const label = latin1Bytes(`${name}\0`);
  const path = latin1Bytes(`C:\\Users\\kari\\Desktop\\${name}\0`);
  const temp = latin1Bytes(`C:\\Users\\kari\\AppData\\Local\\Temp\\${name}\0`);
  const body = new Uint8Array(
    2 + label.length + path.length + 4 + 4 + temp.length + 4 + data.length,
  );
  let at = 0;
  u16(body, at, 2);
  at += 2;
  body.set(label, at);
  at += label.length;
  body.set(path, at);
  at += path.length;
  u16(body, at, 0);
  u16(body, at + 2, 3);
  at += 4;
  u32(body, at, temp.length);
  at += 4;
  body.set(temp, at);
  at += temp.length;
  u32(body, at, data.length);
  at += 4;
  body.set(data, at);
  const out = new Uint8Array(4 + body.length);
  u32(out, 0, body.length);
  out.set(body, 4);
  return out;
}

function directoryEntry(
  b: Uint8Array,
  at: number,
  name: string,
  type: number,
  child: number,
  start: number,
  size: number,
): void {
  for (let i = 0; i < name.length; i++) u16(b, at + i * 2, name.charCodeAt(i));
  u16(b, at + 0x40, (name.length + 1) * 2);
  b[at + 0x42] = type;
  b[at + 0x43] = 1;
  u32(b, at + 0x44, NO_STREAM);
  u32(b, at + 0x48, NO_STREAM);
  u32(b, at + 0x4c, child);
  u32(b, at + 0x74, start);
  u32(b, at + 0x78, size);
}

/** A compound file whose one stream is an OLE Package carrying `name` with `data`. */
export function olePackage(name: string, data: Uint8Array): Uint8Array {
  // At least the mini-stream cutoff, so the stream sits in ordinary sectors.
  const padded = new Uint8Array(Math.max(data.length, 4096));
  padded.set(data);
  const stream = ole10Native(name, padded);
  const dataSectors = Math.ceil(stream.length / SECTOR);
  const b = new Uint8Array(SECTOR * (3 + dataSectors));
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  u16(b, 0x18, 0x003e);
  u16(b, 0x1a, 0x0003);
  u16(b, 0x1c, 0xfffe);
  u16(b, 0x1e, 9);
  u16(b, 0x20, 6);
  u32(b, 0x2c, 1); // one FAT sector
  u32(b, 0x30, 1); // the directory in sector 1
  u32(b, 0x38, 4096);
  u32(b, 0x3c, END_OF_CHAIN);
  u32(b, 0x44, END_OF_CHAIN);
  u32(b, 0x4c, 0); // the FAT in sector 0
  for (let i = 1; i < 109; i++) u32(b, 0x4c + i * 4, FREE);
  // Sector 0: the FAT.
  const fat = SECTOR;
  for (let i = 0; i < SECTOR / 4; i++) u32(b, fat + i * 4, FREE);
  u32(b, fat, FAT_SECTOR);
  u32(b, fat + 4, END_OF_CHAIN);
  for (let k = 0; k < dataSectors; k++)
    u32(b, fat + (2 + k) * 4, k === dataSectors - 1 ? END_OF_CHAIN : 3 + k);
  // Sector 1: the directory (root, the stream, two unused entries).
  const dir = 2 * SECTOR;
  directoryEntry(b, dir, 'Root Entry', 5, 1, END_OF_CHAIN, 0);
  directoryEntry(b, dir + 128, '\u0001Ole10Native', 2, NO_STREAM, 2, stream.length);
  for (const at of [dir + 256, dir + 384]) {
    u32(b, at + 0x44, NO_STREAM);
    u32(b, at + 0x48, NO_STREAM);
    u32(b, at + 0x4c, NO_STREAM);
  }
  // Sectors 2…: the stream.
  b.set(stream, 3 * SECTOR);
  return b;
}
