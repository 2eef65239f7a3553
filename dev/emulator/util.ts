/**
 * Small helpers for the Office.js emulator: base64, deterministic ids and
 * requirement-set versions. No DOM and no Node built-ins, so the emulator runs
 * in the browser (the workbench) and in jest alike.
 */

export const MAILBOX_VERSIONS = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '1.6',
  '1.7',
  '1.8',
  '1.9',
  '1.10',
  '1.11',
  '1.12',
  '1.13',
  '1.14',
  '1.15',
] as const;
export type MailboxVersion = (typeof MAILBOX_VERSIONS)[number];

/** Compare dotted versions numerically ("1.10" is above "1.9"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = i + 1 < bytes.length ? (bytes[i + 1] as number) : 0;
    const c = i + 2 < bytes.length ? (bytes[i + 2] as number) : 0;
    const n = (a << 16) | (b << 8) | c;
    chunk +=
      ALPHABET.charAt((n >> 18) & 63) +
      ALPHABET.charAt((n >> 12) & 63) +
      (i + 1 < bytes.length ? ALPHABET.charAt((n >> 6) & 63) : '=') +
      (i + 2 < bytes.length ? ALPHABET.charAt(n & 63) : '=');
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** Decode base64 (whitespace ignored); null when the text is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/[\s]/g, '');
  const body = clean.replace(/=+$/, '');
  if (clean.length - body.length > 2) return null;
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    const v = code < 128 ? (LOOKUP[code] as number) : -1;
    if (v < 0) return null;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, at);
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** 32-bit FNV-1a, for ids that stay the same from run to run. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * An Exchange-style (EWS) item id derived from `seed`: base64 with `/` and
 * `+` in it, so that convertToRestId visibly changes it, as in Outlook.
 */
export function ewsId(prefix: 'item' | 'attachment' | 'conversation', seed: string): string {
  const bytes = new Uint8Array(48);
  let h = fnv1a(`${prefix}:${seed}`);
  for (let i = 0; i < bytes.length; i++) {
    h = fnv1a(String(i), h);
    bytes[i] = h & 0xff;
  }
  const head = prefix === 'conversation' ? 'AAQkAD' : 'AAMkAD';
  // Exchange ids are long base64 strings; a few fixed characters make sure
  // both of the characters REST ids replace are present.
  const body = encodeBase64(bytes).replace(/=+$/, '');
  return `${head}${body.slice(0, 20)}/${body.slice(20, 40)}+${body.slice(40)}=`;
}
