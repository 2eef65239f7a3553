/**
 * File type from the first bytes ("magic numbers"), so a program renamed to
 * faktura.pdf is still recognised as a program.
 */
import { ascii, indexOfBytes, startsWithBytes } from './bytes';
import { sniffEbcdic, utf16Order } from './decode';
import type { RiskCode } from './types';

export type Sniffed =
  | 'pe' // Windows program (MZ)
  | 'elf'
  | 'macho'
  | 'lnk' // Windows shortcut
  | 'pdf'
  | 'zip'
  | 'cfb' // OLE compound file: .doc/.xls/.ppt/.msi/.msg, or encrypted OOXML
  | '7z'
  | 'rar'
  | 'gzip'
  | 'bzip2'
  | 'xz'
  | 'tar'
  | 'cab'
  | 'arj'
  | 'iso'
  | 'vhd'
  | 'vhdx'
  | 'dmg'
  | 'image'
  | 'html'
  | 'rtf'
  | null;

const PDF = ascii('%PDF-');
const CFB = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const SEVEN_Z = new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]);
const RAR = ascii('Rar!\x1a\x07');
const XZ = new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);
const CD001 = ascii('CD001');
const LNK = new Uint8Array([0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00]);
const ELF = new Uint8Array([0x7f, 0x45, 0x4c, 0x46]);
const CONECTIX = ascii('conectix');
const KOLY = ascii('koly');

function at(b: Uint8Array, i: number): number {
  return b[i] ?? -1;
}

function isMachO(b: Uint8Array): boolean {
  const m = ((at(b, 0) << 24) | (at(b, 1) << 16) | (at(b, 2) << 8) | at(b, 3)) >>> 0;
  // 0xCAFEBABE is also a Java class file; both are programs.
  return (
    m === 0xfeedface || m === 0xfeedfacf || m === 0xcefaedfe || m === 0xcffaedfe || m === 0xcafebabe
  );
}

/**
 * "MZ" alone could start a text file; a program header has binary fields
 * (and usually "PE\0\0" where e_lfanew points).
 */
function isProgramHeader(b: Uint8Array): boolean {
  if (b.length < 64) return false;
  const lfanew = at(b, 0x3c) | (at(b, 0x3d) << 8) | (at(b, 0x3e) << 16);
  if (startsWithBytes(b, ascii('PE\x00\x00'), lfanew)) return true;
  for (let i = 2; i < 64; i++) if (at(b, i) === 0) return true;
  return false;
}

function looksLikeHtml(b: Uint8Array): boolean {
  let i = 0;
  if (at(b, 0) === 0xef && at(b, 1) === 0xbb && at(b, 2) === 0xbf) i = 3;
  while (
    i < b.length &&
    i < 1024 &&
    (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)
  )
    i++;
  if (at(b, i) !== 0x3c) return false;
  let head = '';
  for (let k = i; k < Math.min(b.length, i + 16); k++) head += String.fromCharCode(b[k] as number);
  head = head.toLowerCase();
  return (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    head.startsWith('<head') ||
    head.startsWith('<body') ||
    head.startsWith('<script') ||
    head.startsWith('<iframe')
  );
}

export function sniff(b: Uint8Array): Sniffed {
  const b0 = at(b, 0);
  const b1 = at(b, 1);
  if (b0 === 0x4d && b1 === 0x5a && isProgramHeader(b)) return 'pe';
  if (startsWithBytes(b, ELF)) return 'elf';
  if (isMachO(b)) return 'macho';
  if (startsWithBytes(b, LNK)) return 'lnk';
  // %PDF- may follow up to 1 KB of junk (PDF 1.7, annex H).
  if (indexOfBytes(b, PDF, 0, Math.min(b.length, 1024 + PDF.length)) >= 0) return 'pdf';
  if (b0 === 0x50 && b1 === 0x4b && (at(b, 2) === 3 || at(b, 2) === 5 || at(b, 2) === 7))
    return 'zip';
  if (startsWithBytes(b, CFB)) return 'cfb';
  if (startsWithBytes(b, SEVEN_Z)) return '7z';
  if (startsWithBytes(b, RAR)) return 'rar';
  if (b0 === 0x1f && b1 === 0x8b) return 'gzip';
  if (startsWithBytes(b, ascii('BZh')) && at(b, 4) === 0x31 && at(b, 5) === 0x41) return 'bzip2';
  if (startsWithBytes(b, XZ)) return 'xz';
  if (startsWithBytes(b, ascii('MSCF'))) return 'cab';
  if (b0 === 0x60 && b1 === 0xea && b.length > 32 && at(b, 10) === 2) return 'arj';
  if (startsWithBytes(b, ascii('ustar'), 257)) return 'tar';
  if (startsWithBytes(b, ascii('vhdxfile'))) return 'vhdx';
  if (startsWithBytes(b, CONECTIX) || startsWithBytes(b, CONECTIX, b.length - 512)) return 'vhd';
  // ISO 9660: the volume descriptor "CD001" sits at 0x8001 (or the next sectors).
  if (
    startsWithBytes(b, CD001, 0x8001) ||
    startsWithBytes(b, CD001, 0x8801) ||
    startsWithBytes(b, CD001, 0x9001)
  ) {
    return 'iso';
  }
  if (startsWithBytes(b, KOLY, b.length - 512)) return 'dmg';
  if (
    (b0 === 0x89 && b1 === 0x50 && at(b, 2) === 0x4e && at(b, 3) === 0x47) || // PNG
    (b0 === 0xff && b1 === 0xd8 && at(b, 2) === 0xff) || // JPEG
    startsWithBytes(b, ascii('GIF8')) ||
    (b0 === 0x42 && b1 === 0x4d && b.length > 26 && at(b, 6) === 0 && at(b, 7) === 0) || // BMP
    startsWithBytes(b, ascii('II*\x00')) ||
    startsWithBytes(b, ascii('MM\x00*')) ||
    (startsWithBytes(b, ascii('RIFF')) && startsWithBytes(b, ascii('WEBP'), 8)) ||
    (startsWithBytes(b, ascii('ftyp'), 4) &&
      (startsWithBytes(b, ascii('heic'), 8) ||
        startsWithBytes(b, ascii('heif'), 8) ||
        startsWithBytes(b, ascii('mif1'), 8)))
  ) {
    return 'image';
  }
  if (startsWithBytes(b, ascii('{\\rtf'))) return 'rtf';
  if (looksLikeHtml(b)) return 'html';
  return null;
}

/** What a sniffed type means for risk, with the type name for the finding. */
export const SNIFFED_RISK: Partial<
  Record<NonNullable<Sniffed>, { readonly reason: RiskCode; readonly type: string }>
> = {
  pe: { reason: 'executable', type: 'EXE' },
  elf: { reason: 'executable', type: 'ELF' },
  macho: { reason: 'executable', type: 'Mach-O' },
  lnk: { reason: 'executable', type: 'LNK' },
  '7z': { reason: 'archive', type: '7Z' },
  rar: { reason: 'archive', type: 'RAR' },
  gzip: { reason: 'archive', type: 'GZ' },
  bzip2: { reason: 'archive', type: 'BZ2' },
  xz: { reason: 'archive', type: 'XZ' },
  tar: { reason: 'archive', type: 'TAR' },
  cab: { reason: 'archive', type: 'CAB' },
  arj: { reason: 'archive', type: 'ARJ' },
  iso: { reason: 'disk-image', type: 'ISO' },
  vhd: { reason: 'disk-image', type: 'VHD' },
  vhdx: { reason: 'disk-image', type: 'VHDX' },
  dmg: { reason: 'disk-image', type: 'DMG' },
};

/**
 * A script by its first line ("#!/bin/sh"): for files inside documents and
 * archives whose name says nothing. Null when there is no such line.
 */
export function sniffScript(b: Uint8Array): string | null {
  const i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (b[i] !== 0x23 || b[i + 1] !== 0x21) return null;
  let line = '';
  for (let k = i + 2; k < Math.min(b.length, i + 130); k++) {
    const c = b[k] as number;
    if (c === 0x0a || c === 0x0d) break;
    line += String.fromCharCode(c);
  }
  // The interpreter's own name: "/usr/bin/env python3" → PYTHON3, "/bin/sh" → SH.
  const words = line.split(' ').filter((w) => w !== '');
  const base = (w: string | undefined): string => (w ?? '').slice(w ? w.lastIndexOf('/') + 1 : 0);
  const name = base(words[0]) === 'env' ? base(words[1]) : base(words[0]);
  const type = name.replace(/[^A-Za-z0-9.+-]/g, '').toUpperCase();
  return type === '' ? 'SCRIPT' : type;
}

/** True when the first bytes look like text (no NUL, few control characters). */
export function looksLikeText(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192);
  if (n === 0) return false;
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
  // UTF-16 without a byte order mark, and EBCDIC, are text too.
  if (utf16Order(b.subarray(0, n)) !== null || sniffEbcdic(b.subarray(0, n)) !== null) return true;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] as number;
    if (c === 0) return false;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  return controls * 100 < n;
}
