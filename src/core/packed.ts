/**
 * Unpacks data that the send-runtime build stored deflated (see
 * scripts/build-send.mjs and docs/adr/0005). Plain ES2016 and fflate: no
 * atob, no TextDecoder required.
 */
import { strFromU8, unzlibSync } from 'fflate';
import { decodeBase64 } from './text/base64';

export function unpack<T>(data: string): T {
  return JSON.parse(strFromU8(unzlibSync(decodeBase64(data)))) as T;
}
