/**
 * Unpacks data that the send-runtime build stored deflated (see
 * scripts/build-send.mjs and docs/adr/0005). Plain ES2016 and fflate: no
 * atob, no TextDecoder required.
 */
import { strFromU8, unzlibSync } from 'fflate';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64(s: string): Uint8Array {
  const index = new Uint8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) index[ALPHABET.charCodeAt(i)] = i;
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const a = index[clean.charCodeAt(i)] ?? 0;
    const b = index[clean.charCodeAt(i + 1)] ?? 0;
    const c = index[clean.charCodeAt(i + 2)] ?? 0;
    const d = index[clean.charCodeAt(i + 3)] ?? 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (n >> 16) & 0xff;
    if (o < out.length) out[o++] = (n >> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}

export function unpack<T>(data: string): T {
  return JSON.parse(strFromU8(unzlibSync(base64(data)))) as T;
}
