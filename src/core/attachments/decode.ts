/**
 * Text decoding without relying on TextDecoder: the Outlook send runtime on
 * classic Windows may not have it. When it exists it is used for UTF-8,
 * because it is much faster, and for the multi-byte East Asian charsets,
 * which have no table here; everything else is decoded by hand.
 *
 * Every decoder is one pass over its input. Text files and MIME parts name
 * their charset or do not; either way an ID number must not hide behind
 * UTF-16, UTF-7 or EBCDIC, so those are recognised from the bytes too.
 */
import type { Meter } from '../metering/meter';
import { EBCDIC_037, EBCDIC_DIFFS, HIGH } from './charsets';
import { LEGACY_REFERENCES, NAMED_REFERENCES } from './entities';

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderCtor = new (label: string, options?: { fatal?: boolean }) => TextDecoderLike;

const decoders = new Map<string, TextDecoderLike | null>();

function nativeDecoder(label: string, fatal: boolean): TextDecoderLike | null {
  const key = label + (fatal ? '!' : '');
  const cached = decoders.get(key);
  if (cached !== undefined) return cached;
  // `typeof` first: an old engine may not even have globalThis.
  const g =
    typeof globalThis !== 'undefined' ? (globalThis as { TextDecoder?: TextDecoderCtor }) : {};
  const Ctor = g.TextDecoder;
  let decoder: TextDecoderLike | null = null;
  if (typeof Ctor === 'function') {
    try {
      decoder = new Ctor(label, { fatal });
    } catch {
      decoder = null;
    }
  }
  decoders.set(key, decoder);
  return decoder;
}

const CHUNK = 0x2000;

function fromCodeUnits(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(
      String.fromCharCode.apply(
        null,
        units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[],
      ),
    );
  }
  return parts.join('');
}

/**
 * UTF-8 to string. With `fatal`, returns null on the first malformed
 * sequence (so the caller can fall back to windows-1252); otherwise
 * malformed bytes become U+FFFD.
 */
export function decodeUtf8(b: Uint8Array, fatal: boolean): string | null {
  const native = nativeDecoder('utf-8', fatal);
  if (native) {
    try {
      return native.decode(b);
    } catch {
      return null;
    }
  }
  return decodeUtf8Portable(b, fatal);
}

/** The portable UTF-8 decoder (exported so tests can compare it with TextDecoder). */
export function decodeUtf8Portable(b: Uint8Array, fatal: boolean): string | null {
  const n = b.length;
  const out = new Uint16Array(n + 1);
  let o = 0;
  let i = 0;
  while (i < n) {
    const c = b[i] as number;
    if (c < 0x80) {
      out[o++] = c;
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      cp = c & 0x1f;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      cp = c & 0x0f;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      cp = c & 0x07;
      min = 0x10000;
    } else {
      if (fatal) return null;
      out[o++] = 0xfffd;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const cc = b[i + j];
      if (cc === undefined || (cc & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (j <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      if (fatal) return null;
      out[o++] = 0xfffd;
      i += Math.max(1, j);
      continue;
    }
    i += need + 1;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out[o++] = 0xd800 + (cp >> 10);
      out[o++] = 0xdc00 + (cp & 0x3ff);
    } else {
      out[o++] = cp;
    }
  }
  return fromCodeUnits(out, o);
}

export function decodeUtf16(b: Uint8Array, littleEndian: boolean, start = 0): string {
  const count = Math.floor((b.length - start) / 2);
  const out = new Uint16Array(count);
  for (let k = 0; k < count; k++) {
    const lo = b[start + k * 2 + (littleEndian ? 0 : 1)] as number;
    const hi = b[start + k * 2 + (littleEndian ? 1 : 0)] as number;
    out[k] = lo | (hi << 8);
  }
  return fromCodeUnits(out, count);
}

/** windows-1252 bytes 0x80..0x9F; the rest of the range is latin1. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(b: Uint8Array): string {
  const out = new Uint16Array(b.length);
  for (let i = 0; i < b.length; i++) {
    const c = b[i] as number;
    out[i] = c >= 0x80 && c < 0xa0 ? (CP1252_HIGH[c - 0x80] as number) : c;
  }
  return fromCodeUnits(out, b.length);
}

// ---------------------------------------------------------------------------
// Single-byte tables

const tables = new Map<string, Uint16Array>();

function tableFromHigh(high: string): Uint16Array {
  const t = new Uint16Array(256);
  for (let i = 0; i < 128; i++) t[i] = i;
  for (let i = 0; i < 128; i++) t[128 + i] = high.charCodeAt(i);
  return t;
}

/** The byte-to-code-unit table of a single-byte charset by canonical name, or null. */
function singleByteTable(name: string): Uint16Array | null {
  const cached = tables.get(name);
  if (cached) return cached;
  let t: Uint16Array | null = null;
  const high = HIGH[name];
  if (high !== undefined) t = tableFromHigh(high);
  else if (name.startsWith('ibm')) {
    const page = String(Number(name.slice(3)));
    const diffs = page === '37' ? [] : EBCDIC_DIFFS[page];
    if (diffs !== undefined) {
      t = new Uint16Array(256);
      for (let i = 0; i < 256; i++) t[i] = EBCDIC_037.charCodeAt(i);
      for (let i = 0; i + 1 < diffs.length; i += 2) t[diffs[i] as number] = diffs[i + 1] as number;
      // NEL ends a line on the mainframe; to everyone else it is a line break.
      t[0x15] = 0x0a;
    }
  }
  if (t) tables.set(name, t);
  return t;
}

function decodeWithTable(b: Uint8Array, table: Uint16Array): string {
  const out = new Uint16Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = table[b[i] as number] as number;
  return fromCodeUnits(out, b.length);
}

// ---------------------------------------------------------------------------
// UTF-7 (RFC 2152)

const B64 = new Int8Array(128).fill(-1);
{
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < abc.length; i++) B64[abc.charCodeAt(i)] = i;
}

function b64(c: number | undefined): number {
  return c !== undefined && c < 0x80 ? (B64[c] as number) : -1;
}

/**
 * UTF-7: ASCII as itself, anything else as "+<modified base64 of UTF-16>-";
 * "+-" is a plus sign. Bytes above 0x7F are not UTF-7 and are kept as Latin-1.
 */
export function decodeUtf7(b: Uint8Array): string {
  const out = new Uint16Array(b.length + 1);
  let o = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    if (c !== 0x2b) {
      out[o++] = c;
      i++;
      continue;
    }
    i++;
    if (b[i] === 0x2d) {
      out[o++] = 0x2b;
      i++;
      continue;
    }
    let acc = 0;
    let bits = 0;
    for (let v = b64(b[i]); v >= 0; v = b64(b[i])) {
      acc = ((acc << 6) | v) & 0xffffff;
      bits += 6;
      if (bits >= 16) {
        bits -= 16;
        out[o++] = (acc >> bits) & 0xffff;
      }
      i++;
    }
    // A '-' ends the run and is absorbed; any other character ends it and is kept.
    if (b[i] === 0x2d) i++;
  }
  return fromCodeUnits(out, o);
}

/**
 * True when ASCII bytes are unmistakably UTF-7: there is at least one
 * encoded run, and every '+' starts either "+-" or a well-formed run (whole
 * UTF-16 code units, zero padding bits, no controls, surrogates paired).
 * Ordinary text with a plus sign ("C++", "+47 22 00 00 00", "a+b") fails.
 */
export function looksLikeUtf7(b: Uint8Array): boolean {
  let runs = 0;
  let i = b.indexOf(0x2b);
  while (i >= 0) {
    let j = i + 1;
    if (b[j] === 0x2d) {
      i = b.indexOf(0x2b, j + 1);
      continue;
    }
    let acc = 0;
    let bits = 0;
    let units = 0;
    let highSurrogate = false;
    for (let v = b64(b[j]); v >= 0; v = b64(b[j])) {
      acc = ((acc << 6) | v) & 0xffffff;
      bits += 6;
      if (bits >= 16) {
        bits -= 16;
        const u = (acc >> bits) & 0xffff;
        units++;
        if (u >= 0xd800 && u <= 0xdbff) {
          if (highSurrogate) return false;
          highSurrogate = true;
        } else if (u >= 0xdc00 && u <= 0xdfff) {
          if (!highSurrogate) return false;
          highSurrogate = false;
        } else {
          if (highSurrogate) return false;
          if ((u < 0x20 && u !== 0x09 && u !== 0x0a && u !== 0x0d) || u === 0xfffe || u === 0xffff)
            return false;
        }
      }
      j++;
    }
    if (units === 0 || highSurrogate || bits >= 6 || (acc & ((1 << bits) - 1)) !== 0) return false;
    runs++;
    i = b.indexOf(0x2b, j);
  }
  return runs > 0;
}

// ---------------------------------------------------------------------------
// Recognising charsets from the bytes

/** Bytes looked at to recognise UTF-16 or EBCDIC. */
const SNIFF_BYTES = 64 * 1024;

/**
 * 'le' or 'be' when the bytes look like UTF-16 text without a byte order
 * mark: zero bytes on one side of most pairs and hardly any on the other.
 */
export function utf16Order(b: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(b.length, SNIFF_BYTES) & ~1;
  const pairs = n >> 1;
  if (pairs < 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) zeroEven++;
    if (b[i + 1] === 0) zeroOdd++;
  }
  // One NUL in a few bytes of text ("x\0y") is not UTF-16: at least two.
  if (zeroOdd >= 2 && zeroOdd * 10 >= pairs * 3 && zeroEven * 20 <= pairs) return 'le';
  if (zeroEven >= 2 && zeroEven * 10 >= pairs * 3 && zeroOdd * 20 <= pairs) return 'be';
  return null;
}

/** EBCDIC pages tried when the bytes look like EBCDIC, in order of preference on a tie. */
const EBCDIC_CANDIDATES = ['ibm277', 'ibm278', 'ibm037', 'ibm500'];

let ebcdicText: Uint8Array | null = null;

/** Bytes that are printable text (or a line break or tab) in every common EBCDIC page. */
function ebcdicTextBytes(): Uint8Array {
  if (ebcdicText) return ebcdicText;
  const t = new Uint8Array(256);
  const pages = EBCDIC_CANDIDATES.map((p) => singleByteTable(p) as Uint16Array);
  for (let b = 0; b < 256; b++) {
    let ok = true;
    for (const page of pages) {
      const u = page[b] as number;
      if (!(
        u === 0x09 ||
        u === 0x0a ||
        u === 0x0d ||
        (u >= 0x20 && u !== 0x7f && (u < 0x80 || u >= 0xa0))
      ))
        ok = false;
    }
    t[b] = ok ? 1 : 0;
  }
  ebcdicText = t;
  return t;
}

/** EBCDIC letters and digits that are not ASCII letters or digits. */
function isEbcdicAlnum(c: number): boolean {
  return (
    (c >= 0x81 && c <= 0x89) ||
    (c >= 0x91 && c <= 0x99) ||
    (c >= 0xa2 && c <= 0xa9) ||
    (c >= 0xc1 && c <= 0xc9) ||
    (c >= 0xd1 && c <= 0xd9) ||
    (c >= 0xe2 && c <= 0xe9) ||
    (c >= 0xf0 && c <= 0xf9)
  );
}

function isLetterUnit(u: number): boolean {
  if (u < 0x80) return (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a);
  return u >= 0xc0 && u <= 0x24f && u !== 0xd7 && u !== 0xf7;
}

/**
 * The EBCDIC page the bytes are written in, or null: nearly every byte is
 * EBCDIC text and most are EBCDIC letters and digits (which ASCII text never
 * uses). Among the Nordic and international pages, the one that makes the
 * most letters of the remaining bytes wins.
 */
export function sniffEbcdic(b: Uint8Array): string | null {
  const n = Math.min(b.length, SNIFF_BYTES);
  if (n < 8) return null;
  const text = ebcdicTextBytes();
  let printable = 0;
  let alnum = 0;
  const counts = new Uint32Array(256);
  for (let i = 0; i < n; i++) {
    const c = b[i] as number;
    counts[c] = (counts[c] as number) + 1;
    if (text[c]) printable++;
    if (isEbcdicAlnum(c)) alnum++;
  }
  if (printable * 100 < n * 95 || alnum * 2 < n) return null;
  let best: string | null = null;
  let bestScore = -1;
  for (const name of EBCDIC_CANDIDATES) {
    const t = singleByteTable(name) as Uint16Array;
    let score = 0;
    for (let c = 0; c < 256; c++) if (isLetterUnit(t[c] as number)) score += counts[c] as number;
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// Charset names

/** Every label of the WHATWG Encoding Standard, by the encoding it names. */
const WHATWG_LABELS: Readonly<Record<string, string>> = {
  'utf-8': 'unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8',
  ibm866: '866 cp866 csibm866 ibm866',
  'iso-8859-2':
    'csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2',
  'iso-8859-3':
    'csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3',
  'iso-8859-4':
    'csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4',
  'iso-8859-5':
    'csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988',
  'iso-8859-6':
    'arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e ' +
    'iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987',
  'iso-8859-7':
    'csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 ' +
    'iso_8859-7 iso_8859-7:1987 sun_eu_greek',
  'iso-8859-8':
    'csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 ' +
    'iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical',
  'iso-8859-10': 'csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6',
  'iso-8859-13': 'iso-8859-13 iso8859-13 iso885913',
  'iso-8859-14': 'iso-8859-14 iso8859-14 iso885914',
  'iso-8859-15': 'csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9',
  'iso-8859-16': 'iso-8859-16',
  'koi8-r': 'cskoi8r koi koi8 koi8-r koi8_r',
  'koi8-u': 'koi8-ru koi8-u',
  macintosh: 'csmacintosh mac macintosh x-mac-roman',
  'windows-874': 'dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874',
  'windows-1250': 'cp1250 windows-1250 x-cp1250',
  'windows-1251': 'cp1251 windows-1251 x-cp1251',
  'windows-1252':
    'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 ' +
    'iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252',
  'windows-1253': 'cp1253 windows-1253 x-cp1253',
  'windows-1254':
    'cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 ' +
    'latin5 windows-1254 x-cp1254',
  'windows-1255': 'cp1255 windows-1255 x-cp1255',
  'windows-1256': 'cp1256 windows-1256 x-cp1256',
  'windows-1257': 'cp1257 windows-1257 x-cp1257',
  'windows-1258': 'cp1258 windows-1258 x-cp1258',
  'x-mac-cyrillic': 'x-mac-cyrillic x-mac-ukrainian',
  gbk: 'chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk',
  gb18030: 'gb18030',
  big5: 'big5 big5-hkscs cn-big5 csbig5 x-x-big5',
  'euc-jp': 'cseucpkdfmtjapanese euc-jp x-euc-jp',
  'iso-2022-jp': 'csiso2022jp iso-2022-jp',
  shift_jis: 'csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis',
  'euc-kr':
    'cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ' +
    'ksc_5601 windows-949',
  replacement: 'csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement',
  'utf-16be': 'unicodefffe utf-16be',
  'utf-16le': 'csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16le',
  'utf-16': 'utf-16',
  'x-user-defined': 'x-user-defined',
};

/** Labels beyond WHATWG, already normalised (see `normalize`). */
const MORE_LABELS: Readonly<Record<string, string>> = {
  utf7: 'utf-7',
  unicode11utf7: 'utf-7',
  utf16: 'utf-16',
  ucs2le: 'utf-16le',
  ucs2be: 'utf-16be',
  iso88598i: 'iso-8859-8',
  iso88598e: 'iso-8859-8',
  shiftjis: 'shift_jis',
  windows31j: 'shift_jis',
  mskanji: 'shift_jis',
  eucjp: 'euc-jp',
  iso2022jp: 'iso-2022-jp',
  iso2022jp1: 'iso-2022-jp',
  iso2022jp2: 'iso-2022-jp',
  junet: 'iso-2022-jp',
  euckr: 'euc-kr',
  uhc: 'euc-kr',
  tis620: 'windows-874',
  ebcdic: 'ibm037',
  ebcdiccpus: 'ibm037',
  ebcdiccpca: 'ibm037',
  ebcdiccpnl: 'ibm037',
  ebcdiccpwt: 'ibm037',
  ebcdiccpdk: 'ibm277',
  ebcdiccpno: 'ibm277',
  ebcdiccpfi: 'ibm278',
  ebcdiccpse: 'ibm278',
  ebcdicsv: 'ibm278',
  ebcdiccpit: 'ibm280',
  ebcdiccpes: 'ibm284',
  ebcdiccpgb: 'ibm285',
  ebcdiccpfr: 'ibm297',
  ebcdiccpbe: 'ibm500',
  ebcdiccpch: 'ibm500',
  ebcdicinternational: 'ibm500',
  ebcdiccpis: 'ibm871',
  ebcdicdk277euro: 'ibm1142',
  ebcdicno277euro: 'ibm1142',
  ebcdicfi278euro: 'ibm1143',
  ebcdicse278euro: 'ibm1143',
  ebcdicus37euro: 'ibm1140',
  // Labels that say nothing: the bytes decide.
  unknown: 'auto',
  unknown8bit: 'auto',
  default: 'auto',
  '8bit': 'auto',
  '7bit': 'auto',
  binary: 'auto',
  ansi: 'auto',
};

/** Windows and IBM code page numbers (cp1252, windows-936, ibm277, ccsid00278...). */
const CODE_PAGES: Readonly<Record<string, string>> = {
  '437': 'ibm437',
  '850': 'ibm850',
  '865': 'ibm865',
  '866': 'ibm866',
  '874': 'windows-874',
  '932': 'shift_jis',
  '936': 'gbk',
  '949': 'euc-kr',
  '950': 'big5',
  '1200': 'utf-16le',
  '1201': 'utf-16be',
  '10000': 'macintosh',
  '10007': 'x-mac-cyrillic',
  '20127': 'windows-1252',
  '20866': 'koi8-r',
  '21866': 'koi8-u',
  '20932': 'euc-jp',
  '28591': 'windows-1252',
  '28592': 'iso-8859-2',
  '28593': 'iso-8859-3',
  '28594': 'iso-8859-4',
  '28595': 'iso-8859-5',
  '28596': 'iso-8859-6',
  '28597': 'iso-8859-7',
  '28598': 'iso-8859-8',
  '28599': 'windows-1254',
  '28600': 'iso-8859-10',
  '28603': 'iso-8859-13',
  '28604': 'iso-8859-14',
  '28605': 'iso-8859-15',
  '28606': 'iso-8859-16',
  '38598': 'iso-8859-8',
  '50220': 'iso-2022-jp',
  '50221': 'iso-2022-jp',
  '50222': 'iso-2022-jp',
  '51932': 'euc-jp',
  '51949': 'euc-kr',
  '54936': 'gb18030',
  '65000': 'utf-7',
  '65001': 'utf-8',
};

let labels: Map<string, string> | null = null;

/** Without an x-/cs prefix and without separators: "x-EUC_jp" → "eucjp". */
function normalize(label: string): string {
  let s = label;
  if (s.startsWith('x-ms-')) s = s.slice(5);
  else if (s.startsWith('x-')) s = s.slice(2);
  else if (s.startsWith('cs')) s = s.slice(2);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c !== ' ' && c !== '.' && c !== '_' && c !== '-' && c !== '\t') out += c;
  }
  return out;
}

function labelMap(): Map<string, string> {
  if (labels) return labels;
  const m = new Map<string, string>();
  for (const [name, list] of Object.entries(WHATWG_LABELS)) {
    for (const label of list.split(' ')) {
      m.set(label, name);
      if (!m.has(normalize(label))) m.set(normalize(label), name);
    }
  }
  for (const [label, name] of Object.entries(MORE_LABELS)) m.set(label, name);
  labels = m;
  return m;
}

/** Charset names are short; anything longer is not one. */
const MAX_LABEL = 64;

/**
 * The charset a label names, by its canonical name ('utf-8', 'windows-1252',
 * 'iso-8859-2', 'ibm277', 'shift_jis', 'utf-7', ...; 'auto' for labels that
 * say nothing), or null for a label no one knows.
 */
export function resolveCharset(label: string): string | null {
  if (label.length > MAX_LABEL) return null;
  let cs = label.trim().toLowerCase();
  if (cs.length >= 2 && (cs.charAt(0) === '"' || cs.charAt(0) === "'")) cs = cs.slice(1, -1).trim();
  // RFC 2231 language suffix: utf-8*no
  const star = cs.indexOf('*');
  if (star >= 0) cs = cs.slice(0, star);
  if (cs === '') return 'auto';
  const map = labelMap();
  const direct = map.get(cs);
  if (direct !== undefined) return direct;
  const norm = normalize(cs);
  const byNorm = map.get(norm);
  if (byNorm !== undefined) return byNorm;
  let digits = '';
  for (const prefix of ['cp', 'windows', 'ms', 'ibm', 'ccsid', 'dos']) {
    if (norm.startsWith(prefix)) {
      digits = norm.slice(prefix.length);
      break;
    }
  }
  if (digits === '' && /^\d{3,5}$/.test(norm)) digits = norm;
  if (!/^\d{2,6}$/.test(digits)) return null;
  const page = String(Number(digits));
  const known = CODE_PAGES[page];
  if (known !== undefined) return known;
  if (page.length === 4 && page.startsWith('125')) return map.get('windows-' + page) ?? null;
  // Windows numbers the EBCDIC pages 20273, 20277...; IBM numbers them 273, 277...
  const ebcdic = page.length === 5 && page.startsWith('20') ? String(Number(page.slice(2))) : page;
  if (ebcdic === '37' || EBCDIC_DIFFS[ebcdic] !== undefined)
    return 'ibm' + (ebcdic.length < 3 ? ebcdic.padStart(3, '0') : ebcdic);
  return null;
}

// ---------------------------------------------------------------------------
// Decoding by charset

export interface CharsetDecoding {
  readonly text: string;
  /**
   * False when the charset is unknown, or needs a decoder this runtime lacks
   * (the East Asian ones without TextDecoder): the text is then a best guess
   * (UTF-8 or windows-1252, so ASCII digits and words still read) and the
   * caller says the part was not inspected (reason `encoding`).
   */
  readonly ok: boolean;
  /** The charset the text was decoded as (canonical name). */
  readonly encoding: string;
}

const MULTI_BYTE = new Set([
  'gbk',
  'gb18030',
  'big5',
  'euc-jp',
  'iso-2022-jp',
  'shift_jis',
  'euc-kr',
]);

function bomDecoding(b: Uint8Array): CharsetDecoding | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return { text: decodeUtf8(b.subarray(3), false) ?? '', ok: true, encoding: 'utf-8' };
  if (b[0] === 0xff && b[1] === 0xfe)
    return { text: decodeUtf16(b, true, 2), ok: true, encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff)
    return { text: decodeUtf16(b, false, 2), ok: true, encoding: 'utf-16be' };
  return null;
}

/** UTF-8 when the bytes are valid UTF-8, else windows-1252. */
function utf8OrWindows1252(b: Uint8Array): CharsetDecoding {
  const utf8 = decodeUtf8(b, true);
  if (utf8 !== null) return { text: utf8, ok: true, encoding: 'utf-8' };
  return { text: decodeWindows1252(b), ok: true, encoding: 'windows-1252' };
}

function decodeKnown(b: Uint8Array, cs: string): CharsetDecoding {
  const done = (text: string): CharsetDecoding => ({ text, ok: true, encoding: cs });
  switch (cs) {
    case 'utf-8':
      return done(decodeUtf8(b, false) ?? '');
    case 'utf-16le':
      return done(decodeUtf16(b, true));
    case 'utf-16be':
      return done(decodeUtf16(b, false));
    case 'utf-16': {
      // Without a BOM RFC 2781 says big-endian, but Windows writes little-endian.
      const le = utf16Order(b) !== 'be';
      return { text: decodeUtf16(b, le), ok: true, encoding: le ? 'utf-16le' : 'utf-16be' };
    }
    case 'windows-1252':
      return done(decodeWindows1252(b));
    case 'utf-7':
      return done(decodeUtf7(b));
    case 'x-user-defined': {
      const out = new Uint16Array(b.length);
      for (let i = 0; i < b.length; i++) {
        const c = b[i] as number;
        out[i] = c < 0x80 ? c : 0xf780 + c - 0x80;
      }
      return done(fromCodeUnits(out, b.length));
    }
    case 'auto':
      return detectText(b);
  }
  const table = singleByteTable(cs);
  if (table) return done(decodeWithTable(b, table));
  if (MULTI_BYTE.has(cs)) {
    const native = nativeDecoder(cs, false);
    if (native) {
      try {
        return done(native.decode(b));
      } catch {
        // fall through to the guess below
      }
    }
  }
  // 'replacement' (ISO-2022-KR, HZ...) and East Asian charsets without TextDecoder.
  return { ...utf8OrWindows1252(b), ok: false };
}

/**
 * Decode bytes in the charset a MIME part or file declares: every label the
 * WHATWG Encoding Standard knows (as postal-mime and browsers read them),
 * UTF-7, the EBCDIC pages, and DOS code pages 437/850/865. A byte order mark
 * wins over the label, as in browsers, and UTF-16 labelled as an 8-bit
 * charset is read as UTF-16. Never throws.
 */
export function decodeCharsetDetailed(
  bytes: Uint8Array,
  charset: string,
  meter?: Meter,
): CharsetDecoding {
  meter?.tick(bytes.length);
  const bom = bomDecoding(bytes);
  if (bom) return bom;
  const cs = resolveCharset(charset);
  if (cs === null) return { ...detectText(bytes), ok: false };
  const asciiCompatible =
    cs === 'utf-8' || cs === 'windows-1252' || (HIGH[cs] !== undefined && cs !== 'ibm866');
  if (asciiCompatible) {
    const order = utf16Order(bytes);
    if (order !== null)
      return {
        text: decodeUtf16(bytes, order === 'le'),
        ok: true,
        encoding: order === 'le' ? 'utf-16le' : 'utf-16be',
      };
  }
  return decodeKnown(bytes, cs);
}

/** `decodeCharsetDetailed` for callers that only want the text. */
export function decodeCharset(bytes: Uint8Array, charset: string, meter?: Meter): string {
  return decodeCharsetDetailed(bytes, charset, meter).text;
}

/**
 * The charset of text that declares none, from its bytes: a byte order mark
 * (UTF-8, UTF-16, UTF-7), UTF-16 by its zero bytes, UTF-7 when it can be
 * nothing else, UTF-8 when valid, EBCDIC when nearly every byte is EBCDIC
 * text, and windows-1252 otherwise (old Windows exports).
 */
export function detectText(b: Uint8Array, meter?: Meter): CharsetDecoding {
  meter?.tick(b.length);
  const bom = bomDecoding(b);
  if (bom) return bom;
  if (b[0] === 0x2b && b[1] === 0x2f && b[2] === 0x76) {
    const c = b[3];
    if (c === 0x38 || c === 0x39 || c === 0x2b || c === 0x2f)
      return { text: decodeUtf7(b).replace(/^\ufeff/, ''), ok: true, encoding: 'utf-7' };
  }
  const order = utf16Order(b);
  if (order !== null)
    return {
      text: decodeUtf16(b, order === 'le'),
      ok: true,
      encoding: order === 'le' ? 'utf-16le' : 'utf-16be',
    };
  const utf8 = decodeUtf8(b, true);
  if (utf8 !== null) {
    if (isAscii(b) && looksLikeUtf7(b)) return { text: decodeUtf7(b), ok: true, encoding: 'utf-7' };
    return { text: utf8, ok: true, encoding: 'utf-8' };
  }
  const ebcdic = sniffEbcdic(b);
  if (ebcdic) return decodeKnown(b, ebcdic);
  return { text: decodeWindows1252(b), ok: true, encoding: 'windows-1252' };
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if ((b[i] as number) >= 0x80) return false;
  return true;
}

/**
 * A text file's content, with the charset its content type names if any.
 * Labels that only say "ASCII-compatible 8-bit" (utf-8, us-ascii, latin1,
 * windows-1252) do not stop the bytes from showing they are UTF-16, UTF-7
 * or EBCDIC: a viewer such as Notepad ignores the mail's label too.
 */
export function decodeTextDetailed(
  b: Uint8Array,
  charset?: string,
  meter?: Meter,
): CharsetDecoding {
  const cs = charset === undefined ? 'auto' : resolveCharset(charset);
  if (cs === 'auto' || cs === 'utf-8' || cs === 'windows-1252') return detectText(b, meter);
  if (cs === null) {
    const guess = detectText(b, meter);
    // A label no one knows is harmless when the bytes are plain UTF-8 or ASCII.
    return guess.encoding === 'utf-8' ? guess : { ...guess, ok: false };
  }
  return decodeCharsetDetailed(b, cs, meter);
}

/** Decode a text file that declares no charset (see `detectText`). */
export function decodeText(b: Uint8Array, meter?: Meter): string {
  return detectText(b, meter).text;
}

// ---------------------------------------------------------------------------
// Character references

const BASIC_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

let named: Map<string, string> | null = null;
let legacy: Set<string> | null = null;

function namedReferences(): Map<string, string> {
  if (named) return named;
  const m = new Map<string, string>();
  for (const pair of NAMED_REFERENCES.split(' ')) {
    const eq = pair.indexOf('=', 1);
    m.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  for (const [k, v] of Object.entries(BASIC_REFERENCES)) m.set(k, v);
  named = m;
  legacy = new Set(LEGACY_REFERENCES.split(' '));
  return m;
}

/** Numeric references 0x80–0x9F mean windows-1252 in HTML. */
function referenceChar(cp: number): string {
  if (cp >= 0x80 && cp <= 0x9f) return String.fromCharCode(CP1252_HIGH[cp - 0x80] as number);
  if (cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Longest reference name that is looked at. */
const MAX_REFERENCE = 32;

/** A character reference read by `referenceAt`. */
export interface Reference {
  /** Where the reference ends (after its ';', when it has one). */
  end: number;
  /** The character it stands for. */
  value: string;
}

/**
 * The character reference that starts with the '&' at `amp` in `s`, read no
 * further than `n`: true, with `into` set, when there is one (as
 * `decodeEntities` reads them); false when it is none and stays as written.
 * Looks at most 33 characters past the '&', or at one run of digits. For
 * readers that decode a part of a larger text in place, without a copy.
 */
export function referenceAt(s: string, amp: number, n: number, into: Reference): boolean {
  const at = (i: number): number => (i < n ? s.charCodeAt(i) : -1);
  if (at(amp + 1) === 0x23) {
    // &#123; &#x1F; (HTML also takes them without ';')
    const hex = (at(amp + 2) | 0x20) === 0x78;
    let i = amp + (hex ? 3 : 2);
    const start = i;
    let cp = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      let d: number;
      if (c >= 0x30 && c <= 0x39) d = c - 0x30;
      else if (hex && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66) d = (c | 0x20) - 0x61 + 10;
      else break;
      cp = Math.min(0x110000, cp * (hex ? 16 : 10) + d);
    }
    if (i === start) return false;
    into.end = at(i) === 0x3b ? i + 1 : i;
    into.value = referenceChar(cp);
    return true;
  }
  const refs = namedReferences();
  let i = amp + 1;
  const limit = Math.min(n, amp + 1 + MAX_REFERENCE);
  while (i < limit && isAlnum(s.charCodeAt(i))) i++;
  if (i === amp + 1) return false;
  if (at(i) === 0x3b) {
    const v = refs.get(s.slice(amp + 1, i));
    if (v !== undefined) {
      into.end = i + 1;
      into.value = v;
      return true;
    }
  }
  // Legacy references without ';': the longest that fits ("&copy2024").
  for (let k = Math.min(i, amp + 7); k > amp + 1; k--) {
    const name = s.slice(amp + 1, k);
    if (legacy?.has(name)) {
      const v = refs.get(name);
      if (v === undefined) return false;
      into.end = k;
      into.value = v;
      return true;
    }
  }
  return false;
}

/**
 * Decode XML/HTML character references as a browser shows them: numeric
 * ones with or without the semicolon (any number of digits), named ones
 * from the WHATWG list for letters, digits, spaces and invisible characters,
 * and the legacy names HTML reads without a semicolon. Unknown ones are left
 * as written. One pass; each '&' looks at most 32 characters ahead.
 */
export function decodeEntities(s: string, meter?: Meter): string {
  meter?.tick(s.length + 1);
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  // Every reference is at least as long as what it stands for.
  const out = new Uint16Array(s.length);
  let o = 0;
  let last = 0;
  const n = s.length;
  const copy = (from: number, to: number): void => {
    for (let k = from; k < to; k++) out[o++] = s.charCodeAt(k);
  };
  const ref: Reference = { end: -1, value: '' };
  while (amp >= 0) {
    const end = referenceAt(s, amp, n, ref) ? ref.end : -1;
    // The characters looked at after the '&' (at most 33, or a digit run that is then passed).
    meter?.tick(Math.max(1, (end > 0 ? end : amp + 1) - amp));
    if (end > 0) {
      copy(last, amp);
      const value = ref.value;
      for (let k = 0; k < value.length; k++) out[o++] = value.charCodeAt(k);
      last = end;
      amp = s.indexOf('&', end);
    } else {
      amp = s.indexOf('&', amp + 1);
    }
  }
  if (last === 0) return s;
  copy(last, n);
  return fromCodeUnits(out, o);
}
