/**
 * A tiny PDF writer for tests: objects, compressed object streams,
 * incremental updates with classic or stream cross-reference sections, and
 * signature dictionaries whose /ByteRange is filled in when their revision
 * ends, like a real signer does. The signature value is a CMS SignedData of
 * the right shape (DER, see `cmsSignedData`) with made-up certificates and
 * signature bytes: the inspector judges structure, it does not verify
 * cryptography.
 */
import { zlibSync } from 'fflate';

export interface SigOptions {
  /** /Type entry; null leaves it out (it is optional in the spec). */
  readonly type?: 'Sig' | 'DocTimeStamp' | null;
  readonly subFilter?: string;
  /**
   * `signed`: a CMS SignedData (a time stamp token for a document time
   * stamp); `zeros` leaves /Contents unfilled, as a signer's placeholder
   * does; `garbage`: random bytes; or the exact bytes to write.
   */
  readonly contents?: 'signed' | 'zeros' | 'garbage' | Uint8Array;
  /**
   * `computed`: covers the file to the end of its revision, as signers do;
   * `placeholder` writes node-signpdf's `[0 /********** ...]` and never fills
   * it; `tail-uncovered` stops the range where the revision's cross-reference
   * section starts (pyHanko's tail-uncovered.pdf).
   */
  readonly byteRange?: 'computed' | 'placeholder' | 'tail-uncovered';
  /** Changes the computed [a b c d] before it is written. */
  readonly adjustRange?: (range: readonly number[]) => readonly number[];
  /** Extra dictionary entries, e.g. a /Reference array. */
  readonly extra?: string;
  /** Bytes reserved for the signature value. */
  readonly size?: number;
}

interface PendingSig {
  readonly rangeAt: number;
  readonly contentsStart: number;
  readonly contentsEnd: number;
  readonly tailUncovered: boolean;
  readonly adjust?: (range: readonly number[]) => readonly number[];
}

// DER (X.690), enough to write CMS structures.
function derLength(n: number): number[] {
  if (n < 0x80) return [n];
  const out: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return [0x80 | out.length, ...out];
}

/** One element: tag, length, contents. `indefinite` writes BER's 0x80 length and end-of-contents. */
export function der(tag: number, parts: readonly Uint8Array[], indefinite = false): Uint8Array {
  const body = concat(parts);
  const head = indefinite ? [tag, 0x80] : [tag, ...derLength(body.length)];
  return concat([Uint8Array.from(head), body, Uint8Array.from(indefinite ? [0, 0] : [])]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const oid = (bytes: readonly number[]): Uint8Array => der(0x06, [Uint8Array.from(bytes)]);
const int = (v: number): Uint8Array => der(0x02, [Uint8Array.from([v])]);
const octets = (n: number, seed: number): Uint8Array => der(0x04, [pseudoRandom(n, seed)]);
const NULL = Uint8Array.from([0x05, 0x00]);
const OID_SIGNED_DATA = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];
const OID_DATA = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01];
const OID_TST_INFO = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x10, 0x01, 0x04];
const OID_CONTENT_TYPE = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x03];
const OID_SHA256 = [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01];
const OID_RSA = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const OID_CN = [0x55, 0x04, 0x03];

/** Deterministic filler bytes. */
export function pseudoRandom(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed * 2654435761 + 12345;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export interface CmsOptions {
  /** An RFC 3161 time stamp token (content type TSTInfo) instead of a detached signature. */
  readonly timestamp?: boolean;
  /** BER indefinite lengths on the outer structures, as some PKCS #7 signers write. */
  readonly indefinite?: boolean;
  /** Number of SignerInfos; 0 writes an empty set (not a valid signature). */
  readonly signers?: number;
}

/** A CMS ContentInfo holding a SignedData of the right shape (RFC 5652 §5). */
export function cmsSignedData(opts: CmsOptions = {}): Uint8Array {
  const seq = (parts: readonly Uint8Array[], indefinite = false): Uint8Array =>
    der(0x30, parts, indefinite);
  const set = (parts: readonly Uint8Array[]): Uint8Array => der(0x31, parts);
  const name = seq([set([seq([oid(OID_CN), der(0x0c, [new TextEncoder().encode('Test CA')])])])]);
  const sha256 = seq([oid(OID_SHA256), NULL]);
  const cert = seq([
    seq([int(2), name, name]),
    seq([oid(OID_RSA), NULL]),
    der(0x03, [pseudoRandom(64, 7)]),
  ]);
  const encap = opts.timestamp
    ? seq([oid(OID_TST_INFO), der(0xa0, [octets(48, 3)])])
    : seq([oid(OID_DATA)]);
  const signerInfo = seq([
    int(1),
    seq([name, int(5)]),
    sha256,
    der(0xa0, [seq([oid(OID_CONTENT_TYPE), set([oid(opts.timestamp ? OID_TST_INFO : OID_DATA)])])]),
    seq([oid(OID_RSA), NULL]),
    octets(256, 11),
  ]);
  const signers = Array.from({ length: opts.signers ?? 1 }, () => signerInfo);
  const signedData = seq(
    [int(opts.timestamp ? 3 : 1), set([sha256]), encap, der(0xa0, [cert]), set(signers)],
    opts.indefinite,
  );
  return seq([oid(OID_SIGNED_DATA), der(0xa0, [signedData], opts.indefinite)], opts.indefinite);
}

function hexOf(data: Uint8Array): string {
  let s = '';
  for (const b of data) s += b.toString(16).padStart(2, '0');
  return s;
}

const RANGE_WIDTH = 40;

function toLatin1(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i += 0x2000) {
    s += String.fromCharCode(...data.subarray(i, i + 0x2000));
  }
  return s;
}

export class PdfBuilder {
  private out: string;
  private revision: Array<
    { num: number; offset: number } | { num: number; stream: number; index: number }
  > = [];
  private pending: PendingSig[] = [];
  private lastXref = -1;
  private maxNum = 0;
  private freed: number[] = [];
  private written = new Map<number, number[]>();

  constructor(version = '1.7') {
    this.out = `%PDF-${version}\n%\u00e2\u00e3\u00cf\u00d3\n`;
  }

  get length(): number {
    return this.out.length;
  }

  private track(num: number): void {
    this.maxNum = Math.max(this.maxNum, num);
  }

  private wrote(num: number): void {
    const list = this.written.get(num);
    if (list) list.push(this.out.length);
    else this.written.set(num, [this.out.length]);
  }

  /** An object; with `stream`, /Length is added to the dictionary. */
  obj(num: number, body: string, stream?: string | Uint8Array): this {
    this.track(num);
    this.wrote(num);
    this.revision.push({ num, offset: this.out.length });
    if (stream === undefined) {
      this.out += `${num} 0 obj\n${body}\nendobj\n`;
      return this;
    }
    const data = typeof stream === 'string' ? stream : toLatin1(stream);
    const dict = body.replace(/>>\s*$/, `/Length ${data.length} >>`);
    this.out += `${num} 0 obj\n${dict}\nstream\n${data}\nendstream\nendobj\n`;
    return this;
  }

  /** A stream object whose /Length lies (the data is longer than declared). */
  objWithLyingLength(num: number, body: string, data: string, declared: number): this {
    this.track(num);
    this.wrote(num);
    this.revision.push({ num, offset: this.out.length });
    const dict = body.replace(/>>\s*$/, `/Length ${declared} >>`);
    this.out += `${num} 0 obj\n${dict}\nstream\n${data}\nendstream\nendobj\n`;
    return this;
  }

  /** Where object `num` was written: its latest version, or the first with `first`. */
  offsetOf(num: number, first = false): number {
    const all = this.written.get(num) ?? [];
    const at = first ? all[0] : all[all.length - 1];
    if (at === undefined) throw new Error(`object ${num} was not written`);
    return at;
  }

  /**
   * Lists object `num` at `offset` in this revision's cross-reference
   * section without writing it: an update that points a reader at other
   * bytes (another object, an older version).
   */
  point(num: number, offset: number): this {
    this.track(num);
    this.revision.push({ num, offset });
    return this;
  }

  /** Mark object `num` free (deleted) in this revision's classic cross-reference section. */
  free(num: number): this {
    this.freed.push(num);
    return this;
  }

  /** A signature dictionary; its /ByteRange is computed when the revision ends. */
  sig(num: number, opts: SigOptions = {}): this {
    this.track(num);
    this.wrote(num);
    this.revision.push({ num, offset: this.out.length });
    const type =
      opts.type === undefined ? '/Type /Sig ' : opts.type === null ? '' : `/Type /${opts.type} `;
    const subFilter =
      opts.subFilter ?? (opts.type === 'DocTimeStamp' ? 'ETSI.RFC3161' : 'adbe.pkcs7.detached');
    const head = `${num} 0 obj\n<< ${type}/Filter /Adobe.PPKLite /SubFilter /${subFilter} ${opts.extra ?? ''}/ByteRange [`;
    this.out += head;
    const rangeAt = this.out.length;
    if (opts.byteRange === 'placeholder') {
      this.out += '0 /********** /********** /**********'.padEnd(RANGE_WIDTH) + ']';
    } else {
      this.out += '0 0 0 0'.padEnd(RANGE_WIDTH) + ']';
    }
    this.out += ' /Contents ';
    const contentsStart = this.out.length;
    const timestamp = opts.type === 'DocTimeStamp' || subFilter === 'ETSI.RFC3161';
    const value =
      opts.contents === 'zeros'
        ? new Uint8Array(0)
        : opts.contents === 'garbage'
          ? pseudoRandom(600, num)
          : opts.contents instanceof Uint8Array
            ? opts.contents
            : cmsSignedData({ timestamp });
    const size = Math.max(opts.size ?? 2048, value.length);
    this.out += `<${hexOf(value).padEnd(size * 2, '0')}>`;
    const contentsEnd = this.out.length;
    this.out += " /M (D:20240301120000+01'00') >>\nendobj\n";
    if (opts.byteRange !== 'placeholder')
      this.pending.push({
        rangeAt,
        contentsStart,
        contentsEnd,
        tailUncovered: opts.byteRange === 'tail-uncovered',
        ...(opts.adjustRange ? { adjust: opts.adjustRange } : {}),
      });
    return this;
  }

  /** A compressed object stream (PDF 1.5) holding `objects`. */
  objStm(num: number, objects: ReadonlyArray<readonly [number, string]>, compress = true): this {
    let header = '';
    let body = '';
    objects.forEach(([n, text], index) => {
      this.track(n);
      header += `${n} ${body.length} `;
      body += text + '\n';
      this.revision.push({ num: n, stream: num, index });
    });
    const data = header + '\n' + body;
    const first = header.length + 1;
    const bytes = Uint8Array.from(data, (ch) => ch.charCodeAt(0));
    if (compress) {
      this.obj(
        num,
        `<< /Type /ObjStm /N ${objects.length} /First ${first} /Filter /FlateDecode >>`,
        zlibSync(bytes),
      );
    } else {
      this.obj(num, `<< /Type /ObjStm /N ${objects.length} /First ${first} >>`, data);
    }
    return this;
  }

  /**
   * End a revision: cross-reference section, trailer, %%EOF. Signatures
   * written in this revision then cover the file up to here.
   */
  endRevision(trailer = '/Root 1 0 R', xrefStream = false): this {
    const entries = this.revision;
    this.revision = [];
    const prev = this.lastXref >= 0 ? ` /Prev ${this.lastXref}` : '';
    const start = this.out.length;
    if (xrefStream) {
      const num = this.maxNum + 1;
      this.track(num);
      const rows: number[] = [];
      const index: number[] = [];
      const all = [...entries, { num, offset: start }].sort((a, b) => a.num - b.num);
      for (const e of all) {
        index.push(e.num, 1);
        if ('offset' in e)
          rows.push(
            1,
            (e.offset >>> 24) & 255,
            (e.offset >>> 16) & 255,
            (e.offset >>> 8) & 255,
            e.offset & 255,
            0,
            0,
          );
        else
          rows.push(
            2,
            (e.stream >>> 24) & 255,
            (e.stream >>> 16) & 255,
            (e.stream >>> 8) & 255,
            e.stream & 255,
            0,
            e.index,
          );
      }
      const data = toLatin1(Uint8Array.from(rows));
      this.out +=
        `${num} 0 obj\n<< /Type /XRef /Size ${this.maxNum + 1} /W [1 4 2] /Index [${index.join(' ')}] ${trailer}${prev} /Length ${data.length} >>\n` +
        `stream\n${data}\nendstream\nendobj\n`;
    } else {
      let xref = 'xref\n0 1\n0000000000 65535 f \n';
      for (const e of entries.filter((x): x is { num: number; offset: number } => 'offset' in x)) {
        xref += `${e.num} 1\n${String(e.offset).padStart(10, '0')} 00000 n \n`;
      }
      for (const n of this.freed) xref += `${n} 1\n0000000000 00001 f \n`;
      this.freed = [];
      this.out += xref + `trailer\n<< /Size ${this.maxNum + 1} ${trailer}${prev} >>\n`;
    }
    this.out += `startxref\n${start}\n%%EOF\n`;
    this.lastXref = start;
    for (const p of this.pending) {
      const b = p.contentsStart;
      const c = p.contentsEnd;
      const end = p.tailUncovered ? start : this.out.length;
      const computed = [0, b, c, end - c];
      const range = (p.adjust ? p.adjust(computed) : computed).join(' ').padEnd(RANGE_WIDTH);
      this.out = this.out.slice(0, p.rangeAt) + range + this.out.slice(p.rangeAt + RANGE_WIDTH);
    }
    this.pending = [];
    return this;
  }

  /** Raw text appended as is (junk after %%EOF, a half-written update...). */
  raw(text: string): this {
    this.out += text;
    return this;
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.out, (ch) => ch.charCodeAt(0) & 0xff);
  }
}

/** Catalog 1, page tree 2, one page 3 with content stream 4. `catalogExtra` goes into the catalog. */
export function basePdf(catalogExtra = '', pageExtra = ''): PdfBuilder {
  return new PdfBuilder()
    .obj(1, `<< /Type /Catalog /Pages 2 0 R ${catalogExtra}>>`)
    .obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>')
    .obj(
      3,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents 4 0 R ${pageExtra}>>`,
    )
    .obj(4, '<< >>', 'BT /F1 12 Tf 72 760 Td (Vedtak om tildeling av barnehageplass) Tj ET');
}

/** A signature field (and its widget) pointing at signature dictionary `sigNum`, or empty. */
export function sigField(num: number, sigNum: number | null, name = 'Signatur1'): string {
  const value = sigNum === null ? '' : `/V ${sigNum} 0 R `;
  return `<< /FT /Sig /T (${name}) ${value}/Type /Annot /Subtype /Widget /Rect [0 0 0 0] /F 132 /P 3 0 R >>`;
}

/**
 * The usual one-signature document: page 3 carries widget 5, the AcroForm
 * lists field 5, whose value is signature dictionary 6.
 */
export function signedPdf(opts: SigOptions = {}): PdfBuilder {
  return basePdf('/AcroForm << /Fields [5 0 R] /SigFlags 3 >> ', '/Annots [5 0 R] ')
    .obj(5, sigField(5, 6))
    .sig(6, opts)
    .endRevision();
}
