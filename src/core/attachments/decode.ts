/**
 * Text decoding without relying on TextDecoder: the Outlook send runtime on
 * classic Windows may not have it. When it exists it is used, because it is
 * much faster; the hand-written decoders below give the same result.
 */

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

/**
 * Decode a text file: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM,
 * and windows-1252 when the bytes are not valid UTF-8 (old Windows CSV exports).
 */
export function decodeText(b: Uint8Array): string {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return decodeUtf8(b.subarray(3), false) ?? '';
  if (b[0] === 0xff && b[1] === 0xfe) return decodeUtf16(b, true, 2);
  if (b[0] === 0xfe && b[1] === 0xff) return decodeUtf16(b, false, 2);
  const utf8 = decodeUtf8(b, true);
  return utf8 ?? decodeWindows1252(b);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  aring: 'å',
  Aring: 'Å',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  auml: 'ä',
  Auml: 'Ä',
  ouml: 'ö',
  Ouml: 'Ö',
  uuml: 'ü',
  Uuml: 'Ü',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  aacute: 'á',
  oacute: 'ó',
  ecirc: 'ê',
  ocirc: 'ô',
  ccedil: 'ç',
  szlig: 'ß',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  bull: '•',
  middot: '·',
  sect: '§',
  para: '¶',
  deg: '°',
  times: '×',
  divide: '÷',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  trade: '™',
  zwnj: '\u200c',
  zwj: '\u200d',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
};

/** Decode XML/HTML character references; unknown named ones are left as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(
    /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g,
    (whole, ref: string) => {
      if (ref.charAt(0) === '#') {
        const hex = ref.charAt(1) === 'x' || ref.charAt(1) === 'X';
        const cp = parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
        if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
        return String.fromCodePoint(cp);
      }
      return NAMED_ENTITIES[ref] ?? whole;
    },
  );
}
