/**
 * Base64 to bytes without `atob` or `Buffer`: neither is promised in
 * Outlook's JavaScript-only runtime. Whitespace and padding are ignored; the
 * URL-safe alphabet is accepted too. `maxBytes` stops early, so a huge
 * attachment is only decoded as far as it will be scanned.
 */
const INDEX = new Int16Array(128).fill(-1);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charCodeAt(i)] = i;
INDEX[0x2d] = 62; // '-'
INDEX[0x5f] = 63; // '_'

export function decodeBase64(s: string, maxBytes = Infinity): Uint8Array {
  const limit = Math.min(maxBytes, Math.floor((s.length * 3) / 4) + 3);
  const out = new Uint8Array(limit);
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < s.length && o < limit; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? (INDEX[c] ?? -1) : -1;
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return o === out.length ? out : out.subarray(0, o);
}
