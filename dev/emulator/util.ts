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

/**
 * Bytes to base64. Outlook encodes attachments natively and fast; so must the
 * emulator, or the workbench would time its own encoder instead of the add-in.
 */
export function encodeBase64(bytes: Uint8Array): string {
  const codes = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const abc = new Uint8Array(64);
  for (let i = 0; i < 64; i++) abc[i] = ALPHABET.charCodeAt(i);
  let o = 0;
  const whole = bytes.length - (bytes.length % 3);
  for (let i = 0; i < whole; i += 3) {
    const n =
      ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    codes[o++] = abc[(n >> 18) & 63] as number;
    codes[o++] = abc[(n >> 12) & 63] as number;
    codes[o++] = abc[(n >> 6) & 63] as number;
    codes[o++] = abc[n & 63] as number;
  }
  const rest = bytes.length - whole;
  if (rest > 0) {
    const a = bytes[whole] as number;
    const b = rest === 2 ? (bytes[whole + 1] as number) : 0;
    const n = (a << 16) | (b << 8);
    codes[o++] = abc[(n >> 18) & 63] as number;
    codes[o++] = abc[(n >> 12) & 63] as number;
    codes[o++] = rest === 2 ? (abc[(n >> 6) & 63] as number) : 0x3d;
    codes[o] = 0x3d;
  }
  // ASCII bytes to a string in one native step (browsers and Node have it).
  return new TextDecoder('latin1').decode(codes);
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
 * `length` bytes that stay the same from run to run for the same seed.
 * Each byte is taken from a finalised (avalanched) state: FNV-1a's low byte
 * depends only on the low bytes before it, so taking it raw gave only 256
 * different ids, and a mailbox of a few hundred messages ran out of them.
 */
export function hashBytes(seed: string, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let h = fnv1a(seed);
  for (let i = 0; i < length; i++) {
    h = fnv1a(String(i), h);
    out[i] = mix32(h) & 0xff;
  }
  return out;
}

/** MurmurHash3's 32-bit finaliser: every output bit depends on every input bit. */
function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * An Exchange-style (EWS) item id derived from `seed`: base64 with `/` and
 * `+` in it, so that convertToRestId visibly changes it, as in Outlook.
 */
export function ewsId(prefix: 'item' | 'attachment' | 'conversation', seed: string): string {
  const head = prefix === 'conversation' ? 'AAQkAD' : 'AAMkAD';
  // Exchange ids are long base64 strings; a few fixed characters make sure
  // both of the characters REST ids replace are present.
  const body = encodeBase64(hashBytes(`${prefix}:${seed}`, 48)).replace(/=+$/, '');
  return `${head}${body.slice(0, 20)}/${body.slice(20, 40)}+${body.slice(40)}=`;
}

/** Office's EWS item id → Graph's REST id, as `Office.context.mailbox.convertToRestId` does. */
export function toRestId(ews: string): string {
  return ews.replace(/\//g, '-').replace(/\+/g, '_');
}

/** Graph's REST id → the EWS id Office.js uses. */
export function toEwsId(rest: string): string {
  return rest.replace(/-/g, '/').replace(/_/g, '+');
}

/** A GUID that stays the same from run to run (directory object ids, category ids). */
export function stableGuid(seed: string): string {
  const b = hashBytes(seed, 16);
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The directory object id (`oid`) of a user or function mailbox: the same in
 * the Graph emulator (`GET /users/{upn}` → `id`) and in the id tokens of the
 * emulated nested app authentication.
 */
export function userObjectId(upn: string): string {
  return stableGuid(`user:${upn.toLowerCase()}`);
}

/** The Entra tenant id (`tid`) of an organisation, by one of its mail domains or an address in it. */
export function tenantIdOf(domainOrAddress: string): string {
  const domain = domainOrAddress.slice(domainOrAddress.lastIndexOf('@') + 1).toLowerCase();
  return stableGuid(`tenant:${domain}`);
}

/**
 * Deterministic pseudo-random numbers in [0, 1) from a 32-bit seed
 * (mulberry32): small, fast, and the same numbers on every machine. The
 * sample traffic, the benchmarks' inputs and the adversarial corpus all use
 * this one.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
