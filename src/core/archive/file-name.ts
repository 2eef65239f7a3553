/**
 * File names for what is filed: the one rule for every archive (Noark 5's
 * filnavn, SharePoint's files and case folders, the .eml sent to the
 * registry). A name must survive Windows and SharePoint, the strictest
 * places a filed document goes:
 *
 * - quotes, `* < > ?`, control and format characters (a right-to-left
 *   override among them) go;
 * - a colon becomes a dash ("Foto: tomten" → "Foto - tomten"), and so do
 *   `/ \ |` ("1/3" → "1-3");
 * - runs of white space are one space; leading and trailing dots and spaces go;
 * - Windows' device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9) and
 *   SharePoint's `_vti_` are changed so they name nothing special;
 * - the stem is at most {@link MAX_FILE_STEM} characters, never cut inside a
 *   character;
 * - what is left empty becomes the fallback.
 *
 * Linear in its input: every step is one pass, and only the first
 * {@link MAX_FILE_NAME_INPUT} characters are read.
 */

/** The most characters a file name's stem (the name before its extension) keeps. */
export const MAX_FILE_STEM = 100;

/** The most characters of a title or name that are read to make a file name. */
export const MAX_FILE_NAME_INPUT = 4096;

/** The most characters an extension keeps. */
const MAX_EXTENSION = 20;

/**
 * Control characters (C0, DEL, C1) and the invisible format characters a name
 * can hide behind: soft hyphen, zero-width and direction marks, the
 * right-to-left override and its kin, the byte order mark.
 */
const DROPPED =
  // reason: control characters are among the characters Windows and SharePoint refuse in a name.
  // eslint-disable-next-line no-control-regex
  /["*<>?\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
const DEVICE = /^(?:CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$/i;

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  // Never half a surrogate pair.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/**
 * Text made into (part of) a name Windows and SharePoint take, at most `max`
 * characters; empty when nothing of it can be kept.
 */
export function safeNamePart(text: string, max: number = MAX_FILE_STEM): string {
  let s = cut(text, MAX_FILE_NAME_INPUT)
    .normalize('NFC')
    .replace(DROPPED, '')
    // One space for every run first: the patterns after it are of fixed width.
    .replace(/\s+/g, ' ')
    .replace(/ ?: /g, ' - ')
    .replace(/[:/\\|]/g, '-')
    .replace(/_vti_/gi, 'vti')
    .trim();
  s = cut(s, max).trim();
  // Leading and trailing dots and spaces: Windows drops them, SharePoint refuses them.
  let start = 0;
  while (start < s.length && (s[start] === '.' || s[start] === ' ')) start += 1;
  let end = s.length;
  while (end > start && (s[end - 1] === '.' || s[end - 1] === ' ')) end -= 1;
  s = s.slice(start, end);
  return DEVICE.test(s) ? `${s}_` : s;
}

/** An extension as a file name ends: letters and digits kept, dots and spaces gone. */
export function safeExtension(extension: string): string {
  return safeNamePart(extension, MAX_EXTENSION).replace(/[\s.]/g, '');
}

export interface FileNameOptions {
  /** Put before the stem with a space: SharePoint's "2026-123-4". */
  readonly prefix?: string;
  /** The stem when nothing of the name can be kept (and there is no prefix). */
  readonly fallback?: string;
  /** The most characters the stem keeps. */
  readonly max?: number;
}

/**
 * A file name from a stem and an extension: "Søknad: tomt 1/3" and "eml" →
 * "Søknad - tomt 1-3.eml"; an empty stem is the fallback ("dokument.eml").
 */
export function safeFileName(
  stem: string,
  extension: string,
  options: FileNameOptions = {},
): string {
  const kept = safeNamePart(stem, options.max ?? MAX_FILE_STEM);
  const ext = safeExtension(extension);
  const prefix = options.prefix ?? '';
  const name =
    prefix !== ''
      ? `${prefix}${kept !== '' ? ` ${kept}` : ''}`
      : kept !== ''
        ? kept
        : safeNamePart(options.fallback ?? 'dokument') || 'dokument';
  return `${name}${ext !== '' ? `.${ext}` : ''}`;
}

/**
 * A file's name made safe, its extension kept: "Foto: tomten.JPG" →
 * "Foto - tomten.JPG"; with a prefix, "2026-123-4 Foto - tomten.JPG".
 */
export function safeFileNameOf(original: string, options: FileNameOptions = {}): string {
  const dot = original.lastIndexOf('.');
  return dot > 0
    ? safeFileName(original.slice(0, dot), original.slice(dot + 1), options)
    : safeFileName(original, '', options);
}
