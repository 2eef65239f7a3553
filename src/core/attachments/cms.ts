/**
 * The shape of a CMS / PKCS #7 SignedData (RFC 5652 §5), as a PDF
 * signature's /Contents holds it (PDF 32000-1 §12.8.3.3; a document time
 * stamp holds an RFC 3161 TimeStampToken, which is a SignedData too).
 *
 * Structure only, no cryptography: the question is whether the bytes are a
 * signature at all, or filler (random bytes, text, a truncated blob) that a
 * checker which only looks for /ByteRange would call signed.
 *
 *   ContentInfo ::= SEQUENCE { contentType OID id-signedData,
 *                              content [0] EXPLICIT SignedData }
 *   SignedData ::= SEQUENCE { version INTEGER, digestAlgorithms SET,
 *                             encapContentInfo SEQUENCE { OID, [0] OPTIONAL },
 *                             certificates [0] OPTIONAL, crls [1] OPTIONAL,
 *                             signerInfos SET (at least one SignerInfo) }
 *   SignerInfo ::= SEQUENCE { version INTEGER, sid (SEQUENCE | [0]),
 *                             digestAlgorithm SEQUENCE, signedAttrs [0] OPTIONAL,
 *                             signatureAlgorithm SEQUENCE, signature OCTET STRING,
 *                             unsignedAttrs [1] OPTIONAL }
 *
 * DER and BER (indefinite lengths, which older PKCS #7 signers write) are
 * both read. Linear: every element header is read a bounded number of times
 * (once per level the walk descends through, at most six), indefinite
 * lengths are resolved without recursion and nest at most 64 deep.
 * Signers pad /Contents with zero bytes, and some leave other bytes after
 * the structure (a larger earlier value, base64 text); like Adobe and
 * pyHanko, the reader takes the first element and ignores what follows.
 */
import type { Meter } from '../metering/meter';

export interface CmsShape {
  /** What the SignedData signs: plain data (a PDF signature) or RFC 3161 TSTInfo (a time stamp). */
  readonly content: 'data' | 'tst-info' | 'other';
  /** Number of SignerInfos (at least one). */
  readonly signers: number;
}

interface Tlv {
  readonly tag: number;
  /** First content byte and one past the last. */
  readonly from: number;
  readonly to: number;
  /** One past the element (after the end-of-contents octets when the length is indefinite). */
  readonly end: number;
}

const SEQUENCE = 0x30;
const SET = 0x31;
const INTEGER = 0x02;
const OID = 0x06;
const OCTET_STRING = 0x04;
const OCTET_STRING_BER = 0x24;
const CTX0 = 0xa0;
const CTX1 = 0xa1;
const CTX0_PRIMITIVE = 0x80;
const MAX_INDEFINITE_DEPTH = 64;

const ID_SIGNED_DATA = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];
const ID_DATA = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01];
const ID_TST_INFO = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x10, 0x01, 0x04];

interface Head {
  readonly tag: number;
  readonly from: number;
  /** Content length; -1 for an indefinite length. */
  readonly len: number;
}

/** The identifier and length octets at `at`; null when malformed or past `limit`. */
function head(b: Uint8Array, at: number, limit: number): Head | null {
  if (at + 2 > limit) return null;
  const tag = b[at] as number;
  // High tag numbers are not used by CMS.
  if ((tag & 0x1f) === 0x1f) return null;
  const first = b[at + 1] as number;
  if (first < 0x80) return at + 2 + first <= limit ? { tag, from: at + 2, len: first } : null;
  if (first === 0x80) return tag & 0x20 ? { tag, from: at + 2, len: -1 } : null;
  const n = first & 0x7f;
  if (n > 4 || at + 2 + n > limit) return null;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + (b[at + 2 + i] as number);
  const from = at + 2 + n;
  return from + len <= limit ? { tag, from, len } : null;
}

/** The element at `at`, its end found through any indefinite lengths inside it. */
function tlv(b: Uint8Array, at: number, limit: number, meter: Meter): Tlv | null {
  const h = head(b, at, limit);
  meter.tick(1);
  if (!h) return null;
  if (h.len >= 0) return { tag: h.tag, from: h.from, to: h.from + h.len, end: h.from + h.len };
  // Indefinite: walk the contents, skipping definite elements whole, until
  // the end-of-contents octets that close this one.
  let depth = 1;
  let p = h.from;
  for (;;) {
    const c = head(b, p, limit);
    meter.tick(1);
    if (!c) return null;
    if (c.tag === 0 && c.len === 0) {
      p = c.from;
      if (--depth === 0) return { tag: h.tag, from: h.from, to: p - 2, end: p };
    } else if (c.len < 0) {
      if (++depth > MAX_INDEFINITE_DEPTH) return null;
      p = c.from;
    } else {
      p = c.from + c.len;
    }
  }
}

/** The elements directly inside `t`; null when one of them is malformed. */
function children(b: Uint8Array, t: Tlv, meter: Meter): Tlv[] | null {
  const out: Tlv[] = [];
  for (let p = t.from; p < t.to;) {
    const c = tlv(b, p, t.to, meter);
    if (!c) return null;
    out.push(c);
    p = c.end;
  }
  return out;
}

function isOid(b: Uint8Array, t: Tlv | undefined, oid: readonly number[]): boolean {
  if (!t || t.tag !== OID || t.to - t.from !== oid.length) return false;
  for (let i = 0; i < oid.length; i++) if (b[t.from + i] !== oid[i]) return false;
  return true;
}

function isInteger(t: Tlv | undefined): boolean {
  return !!t && t.tag === INTEGER && t.to > t.from;
}

function signerInfo(b: Uint8Array, t: Tlv, meter: Meter): boolean {
  if (t.tag !== SEQUENCE) return false;
  const f = children(b, t, meter);
  if (!f) return false;
  let i = 0;
  if (!isInteger(f[i++])) return false;
  const sid = f[i++];
  if (!sid || (sid.tag !== SEQUENCE && sid.tag !== CTX0_PRIMITIVE)) return false;
  if (f[i++]?.tag !== SEQUENCE) return false;
  if (f[i]?.tag === CTX0) i++;
  if (f[i++]?.tag !== SEQUENCE) return false;
  const sig = f[i++];
  if (!sig || (sig.tag !== OCTET_STRING && sig.tag !== OCTET_STRING_BER) || sig.to <= sig.from)
    return false;
  if (f[i]?.tag === CTX1) i++;
  return i === f.length;
}

/** The SignedData in a signature's /Contents, or null when the bytes are not one. */
export function readSignedData(b: Uint8Array, meter: Meter): CmsShape | null {
  const info = tlv(b, 0, b.length, meter);
  if (!info || info.tag !== SEQUENCE) return null;
  const ci = children(b, info, meter);
  if (!ci || ci.length !== 2 || !isOid(b, ci[0], ID_SIGNED_DATA)) return null;
  const explicit = ci[1] as Tlv;
  if (explicit.tag !== CTX0) return null;
  const inner = children(b, explicit, meter);
  if (!inner || inner.length !== 1 || inner[0]?.tag !== SEQUENCE) return null;
  const sd = children(b, inner[0], meter);
  if (!sd) return null;
  let i = 0;
  if (!isInteger(sd[i++])) return null;
  if (sd[i++]?.tag !== SET) return null;
  const encap = sd[i++];
  if (!encap || encap.tag !== SEQUENCE) return null;
  const ec = children(b, encap, meter);
  if (!ec || ec.length < 1 || ec.length > 2 || ec[0]?.tag !== OID) return null;
  if (ec.length === 2 && ec[1]?.tag !== CTX0) return null;
  if (sd[i]?.tag === CTX0) i++;
  if (sd[i]?.tag === CTX1) i++;
  const signers = sd[i++];
  if (!signers || signers.tag !== SET || i !== sd.length) return null;
  const si = children(b, signers, meter);
  if (!si || si.length === 0) return null;
  for (const s of si) if (!signerInfo(b, s, meter)) return null;
  const content = isOid(b, ec[0], ID_DATA)
    ? 'data'
    : isOid(b, ec[0], ID_TST_INFO)
      ? 'tst-info'
      : 'other';
  return { content, signers: si.length };
}

/**
 * The /Contents of an adbe.x509.rsa_sha1 signature: a DER OCTET STRING
 * holding the PKCS #1 signature value (PDF 32000-1 §12.8.3.2).
 */
export function isPkcs1Signature(b: Uint8Array, meter: Meter): boolean {
  const t = tlv(b, 0, b.length, meter);
  return !!t && t.tag === OCTET_STRING && t.to > t.from;
}
