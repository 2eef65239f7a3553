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
import { HIGH } from './charsets';
import {
  decodeUtf16,
  decodeUtf7,
  decodeUtf8,
  decodeWindows1252,
  decodeWithTable,
  fromCodeUnits,
  looksLikeUtf7,
  nativeDecoder,
  singleByteTable,
} from './decode-codecs';
import { sniffEbcdic, utf16Order } from './decode-sniff';
import { resolveCharset } from './decode-labels';

export {
  decodeUtf16,
  decodeUtf7,
  decodeUtf8,
  decodeUtf8Portable,
  decodeWindows1252,
  looksLikeUtf7,
} from './decode-codecs';
export { sniffEbcdic, utf16Order } from './decode-sniff';
export { resolveCharset } from './decode-labels';
export { decodeEntities, referenceAt } from './decode-references';
export type { Reference } from './decode-references';

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
