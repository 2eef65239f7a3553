/**
 * The sample mailbox's attachments: a one-page PDF, signed or not, and a
 * Word document with tracked changes and comments. Written here (not with
 * the test builders) so the workbench's samples depend on nothing under
 * test/, and deterministic, so `build.ts` makes the same bytes every time.
 *
 * A signed PDF is signed as a signer does it: an AcroForm signature field
 * whose value is a signature dictionary, /ByteRange covering the whole file
 * but the /Contents value, and /Contents a CMS SignedData (RFC 5652) of the
 * right shape, DER-encoded, with an invented certificate and signature
 * bytes. Arkivpost judges a signature's structure, not its cryptography,
 * so the sample reads as "signed"; no real signature software would accept it.
 */
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';

// ---- CMS SignedData (DER, X.690) -------------------------------------------

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function derLength(n: number): number[] {
  if (n < 0x80) return [n];
  const out: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return [0x80 | out.length, ...out];
}

/** One DER element: tag, length, contents. */
function der(tag: number, parts: readonly Uint8Array[]): Uint8Array {
  const body = concat(parts);
  return concat([Uint8Array.from([tag, ...derLength(body.length)]), body]);
}

/** Deterministic filler bytes (the certificate's key and the signature value). */
function filler(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed * 2654435761 + 12345;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const seq = (parts: readonly Uint8Array[]): Uint8Array => der(0x30, parts);
const set = (parts: readonly Uint8Array[]): Uint8Array => der(0x31, parts);
const oid = (bytes: readonly number[]): Uint8Array => der(0x06, [Uint8Array.from(bytes)]);
const int = (v: number): Uint8Array => der(0x02, [Uint8Array.from([v])]);
const NULL = Uint8Array.from([0x05, 0x00]);
const OID_SIGNED_DATA = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];
const OID_DATA = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01];
const OID_CONTENT_TYPE = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x03];
const OID_SHA256 = [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01];
const OID_RSA = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const OID_CN = [0x55, 0x04, 0x03];

/**
 * A CMS ContentInfo holding a detached SignedData (RFC 5652 §5): version,
 * digest algorithms, encapsulated content info without content, one
 * certificate, one SignerInfo with a content-type attribute.
 */
export function cmsSignedData(issuer: string): Uint8Array {
  const name = seq([set([seq([oid(OID_CN), der(0x0c, [new TextEncoder().encode(issuer)])])])]);
  const sha256 = seq([oid(OID_SHA256), NULL]);
  const rsa = seq([oid(OID_RSA), NULL]);
  const certificate = seq([seq([int(2), name, name]), rsa, der(0x03, [filler(64, 7)])]);
  const signerInfo = seq([
    int(1),
    seq([name, int(5)]),
    sha256,
    der(0xa0, [seq([oid(OID_CONTENT_TYPE), set([oid(OID_DATA)])])]),
    rsa,
    der(0x04, [filler(256, 11)]),
  ]);
  const signedData = seq([
    int(1),
    set([sha256]),
    seq([oid(OID_DATA)]),
    der(0xa0, [certificate]),
    set([signerInfo]),
  ]);
  return seq([oid(OID_SIGNED_DATA), der(0xa0, [signedData])]);
}

// ---- PDF -------------------------------------------------------------------

/** A PDF literal string: parentheses and backslashes escaped, Latin-1 letters as octal (WinAnsi). */
function pdfString(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch === '(' || ch === ')' || ch === '\\') out += '\\' + ch;
    else if (c < 128) out += ch;
    else out += '\\' + (c & 0xff).toString(8).padStart(3, '0');
  }
  return `(${out})`;
}

function hex(data: Uint8Array): string {
  let s = '';
  for (const b of data) s += b.toString(16).padStart(2, '0');
  return s;
}

/** Room kept for /ByteRange's four numbers, and for the signature value. */
const RANGE_WIDTH = 40;
const SIGNATURE_BYTES = 2048;

/**
 * One page of text in Helvetica; with `signer`, signed: the page carries a
 * signature widget, the AcroForm lists the field, and its value covers the
 * whole file but the signature itself.
 */
export function onePagePdf(lines: readonly string[], signer?: string): Uint8Array {
  const content =
    'BT /F1 12 Tf 72 770 Td 16 TL ' + lines.map((l) => `${pdfString(l)} Tj T*`).join(' ') + ' ET';
  const objects: string[] = [
    `<< /Type /Catalog /Pages 2 0 R ${signer !== undefined ? '/AcroForm << /Fields [5 0 R] /SigFlags 3 >> ' : ''}>>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >> >> /Contents 4 0 R ${signer !== undefined ? '/Annots [5 0 R] ' : ''}>>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  if (signer !== undefined) {
    objects.push(
      '<< /FT /Sig /T (Signatur) /V 6 0 R /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /F 132 /P 3 0 R >>',
    );
  }
  let out = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  let rangeAt = -1;
  let contentsStart = -1;
  let contentsEnd = -1;
  if (signer !== undefined) {
    offsets.push(out.length);
    out += `6 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [`;
    rangeAt = out.length;
    out += '0 0 0 0'.padEnd(RANGE_WIDTH) + '] /Contents ';
    contentsStart = out.length;
    out += `<${hex(cmsSignedData(signer)).padEnd(SIGNATURE_BYTES * 2, '0')}>`;
    contentsEnd = out.length;
    out += " /M (D:20240301120000+01'00') >>\nendobj\n";
  }
  const xrefAt = out.length;
  out += 'xref\n0 1\n0000000000 65535 f \n';
  offsets.forEach((offset, i) => {
    out += `${i + 1} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
  });
  out += `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  if (signer !== undefined) {
    // The signed ranges: everything before the value and everything after it, to the end.
    const range = [0, contentsStart, contentsEnd, out.length - contentsEnd]
      .join(' ')
      .padEnd(RANGE_WIDTH);
    out = out.slice(0, rangeAt) + range + out.slice(rangeAt + RANGE_WIDTH);
  }
  return Uint8Array.from(out, (ch) => ch.charCodeAt(0) & 0xff);
}

// ---- Word ------------------------------------------------------------------

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A paragraph of plain text. */
export function p(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** An inserted run as Word writes it with Track Changes on. */
export function ins(text: string, id: number): string {
  return `<w:ins w:id="${id}" w:author="Kari Nordmann" w:date="2024-03-01T10:00:00Z"><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:ins>`;
}

/** A deleted run as Word writes it with Track Changes on. */
export function del(text: string, id: number): string {
  return `<w:del w:id="${id}" w:author="Kari Nordmann" w:date="2024-03-01T10:00:00Z"><w:r><w:delText>${escapeXml(text)}</w:delText></w:r></w:del>`;
}

/** A comment, for `DocxParts.comments`. */
export function comment(id: number, text: string): string {
  return `<w:comment w:id="${id}" w:author="Ola Nordmann" w:date="2024-03-01T10:00:00Z" w:initials="ON">${p(text)}</w:comment>`;
}

export interface DocxParts {
  /** Inner XML of <w:body>. */
  readonly body: string;
  /** Inner XML of <w:comments>; omitted = no comments part. */
  readonly comments?: string;
  /** cp:contentStatus in docProps/core.xml ("Utkast" marks a draft). */
  readonly contentStatus?: string;
}

/** A .docx with the parts Word needs to open it, and the ones asked for. */
export function buildDocx(parts: DocxParts): Uint8Array {
  const files: Zippable = {};
  if (parts.comments !== undefined) {
    files['word/comments.xml'] = strToU8(
      `${XML}<w:comments xmlns:w="${W}">${parts.comments}</w:comments>`,
    );
  }
  const status =
    parts.contentStatus === undefined
      ? ''
      : `<cp:contentStatus>${escapeXml(parts.contentStatus)}</cp:contentStatus>`;
  const all: Zippable = {
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'docProps/core.xml': strToU8(
      `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Vedtak</dc:title>${status}</cp:coreProperties>`,
    ),
    'word/document.xml': strToU8(
      `${XML}<w:document xmlns:w="${W}"><w:body>${parts.body}<w:sectPr/></w:body></w:document>`,
    ),
    ...files,
  };
  return zipSync(all, { level: 6 });
}
