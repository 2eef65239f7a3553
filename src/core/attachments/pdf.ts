/**
 * PDF signature state (R17, 000 §11: case documents go out signed), judged
 * the way a conservative checker (Adobe Reader, pyHanko) would.
 *
 * What counts, and why:
 * - /SigFlags and /Type /Sig appear in unsigned files too (an empty field, a
 *   dictionary prepared for signing): a signature is a signature dictionary
 *   with a numeric /ByteRange and a /Contents that holds a CMS/PKCS #7
 *   SignedData (cms.ts). /Type is optional in such a dictionary (PDF 32000-1
 *   table 252), so it is found by /ByteRange as well.
 * - /Contents all zeros is a placeholder (prepared for signing). /Contents
 *   that is something else but no SignedData (random bytes, text, a cut-off
 *   blob), a /ByteRange no signer writes, or a signature dictionary inside a
 *   compressed object stream (whose /Contents no /ByteRange can leave out)
 *   is no signature at all: the file is reported `unsigned`. Not
 *   `placeholder`, which says the file was honestly prepared for signing;
 *   such a dictionary claims a signature that is not there, and "not
 *   signed" is the plain truth about it.
 * - A signature covers the bytes named in its /ByteRange [0 b c d]: 0..b and
 *   c..c+d, the gap being exactly its own /Contents, and the covered bytes
 *   must run to the end of its own revision (the %%EOF that closes it). A
 *   range that has moved off its /Contents, or runs past the end of the file,
 *   means the bytes changed after signing. A range that stops short of its
 *   revision's end (pyHanko's tail-uncovered.pdf) leaves part of the signed
 *   revision open to change: with anything appended after it, the document
 *   was modified after signing; with nothing, it is not signed.
 * - Bytes after the last author signature were added later, in incremental
 *   updates. Only long-term validation (LTV) updates leave the signed
 *   document as it was: validation data (/DSS with /Certs, /OCSPs, /CRLs,
 *   /VRI), document time stamps (/Type /DocTimeStamp, /SubFilter
 *   /ETSI.RFC3161) in invisible signature fields, and the catalog, AcroForm
 *   and page /Annots entries that reference them; also the document
 *   information dictionary and XMP metadata, which signing tools update with
 *   every save. Those entries may change only in an update that carries LTV
 *   data: an update that only changes them is not an LTV update. Anything
 *   else (an annotation, an action, a page, changed content, a filled-in
 *   field, an object deleted, a /Root or a cross-reference entry pointed
 *   elsewhere, something unreadable) makes the file `modified-after-signing`.
 * - A document time stamp proves when, not who: on its own it is
 *   "timestamp-only".
 * - Adobe's usage-rights signature (/Perms /UR3 or /UR) only unlocks Reader
 *   features; it is not an author's signature.
 *
 * Linear in the file: the reader is (pdf-parse.ts), and the judgement looks
 * at each object a bounded number of times, comparing a later version of an
 * object with its signed version at a cost bounded by the later version's
 * size. All work is counted on the attachment's meter; OutOfTime passes
 * through.
 */

import { ascii, MB, toMb } from './bytes';
import { Budget } from './inflate';
import {
  findBytes,
  PdfScanner,
  dictOf,
  nameOf,
  arrOf,
  refOf,
  strOf,
  fullTextOf,
} from './pdf-parse';
import type { PdfDict } from './pdf-parse';
import { DEFAULT_LIMITS } from './types';
import type {
  SignatureState,
  PdfSignatureInfo,
  AttachmentFinding,
  InspectLimits,
  NotInspectedReason,
} from './types';
import { classify, forEachDict, isSigDict, latest, resolve, typeOf } from './pdf-objects';
import type { SigDict } from './pdf-objects';
import { Judge } from './pdf-judge';

export interface PdfInspection {
  /** Null when the file is not a readable PDF, or too little of it was seen to decide. */
  readonly signature: SignatureState | null;
  readonly info: PdfSignatureInfo;
  readonly encrypted: boolean;
  readonly findings: readonly AttachmentFinding[];
  /** Names of files embedded in the PDF (checked for risky types by the caller). */
  readonly embeddedFiles: readonly string[];
}

export interface PdfOptions {
  /** The host gave only the first part of the file. */
  readonly hostTruncated?: boolean;
  /** Real size of the file when the host truncated it. */
  readonly size?: number;
}

const PDF_HEADER = ascii('%PDF-');

const EOF_MARK = ascii('%%EOF');

export function inspectPdf(
  bytes: Uint8Array,
  limits?: Partial<InspectLimits>,
  options?: PdfOptions,
): PdfInspection {
  return inspectPdfWith(bytes, new Budget({ ...DEFAULT_LIMITS, ...limits }), options ?? {});
}

export function inspectPdfWith(
  bytes: Uint8Array,
  budget: Budget,
  options: PdfOptions,
): PdfInspection {
  const meter = budget.meter;
  const findings: AttachmentFinding[] = [];
  /** Why parts of the file were not read: never passed over in silence. */
  const notInspected = new Set<NotInspectedReason>();
  const len = bytes.length;
  const hostTruncated = options.hostTruncated === true;
  const emptyInfo: PdfSignatureInfo = {
    signatures: 0,
    timestamps: 0,
    usageRights: 0,
    placeholders: 0,
    emptyFields: 0,
    revisions: 0,
  };
  const header = findBytes(bytes, PDF_HEADER, 0, Math.min(len, 1024 + PDF_HEADER.length));
  if (header < 0) {
    findings.push({ code: 'attachment.unreadable' });
    return { signature: null, info: emptyInfo, encrypted: false, findings, embeddedFiles: [] };
  }

  // Large files: the head and the tail. Signatures and later updates are at the end.
  const maxScan = budget.limits.maxScanBytes;
  const scanner = new PdfScanner(bytes, budget, budget.limits.maxPdfObjects);
  let partial = hostTruncated;
  if (len > maxScan) {
    const tailPart = Math.min(Math.floor(maxScan / 4), 16 * MB);
    scanner.scan(0, maxScan - tailPart);
    scanner.scan(len - tailPart, len);
    partial = true;
    findings.push({
      code: 'attachment.too-large',
      params: { limitMb: toMb(maxScan), bound: 'scan', sizeMb: toMb(len) },
    });
    notInspected.add('size');
  } else {
    scanner.scan(0, len);
  }
  const scan = scanner.result();
  if (scanner.bomb)
    findings.push({
      code: 'attachment.zip-bomb',
      params: { limitMb: toMb(budget.limits.minBombBytes) },
    });
  if (scan.tooManyObjects) {
    findings.push({
      code: 'attachment.too-large',
      params: { limitMb: toMb(len), bound: 'part', sizeMb: toMb(len) },
    });
    notInspected.add('parts');
    partial = true;
  }
  for (const limit of scan.limits) notInspected.add(limit);

  const eofs = scan.eofs;
  // A complete file ends with %%EOF (tolerating trailing whitespace or junk).
  const endsWithEof = findBytes(bytes, EOF_MARK, Math.max(0, len - 1024), len) >= 0;
  const cut = !hostTruncated && (!endsWithEof || scan.cutStream);
  if (cut) findings.push({ code: 'attachment.truncated' });
  const readable = scan.defs.some((d) => !d.broken);
  // Objects that could not be read at all (a cut file says so already).
  if (!cut && readable && scan.defs.some((d) => d.broken)) notInspected.add('format');

  const current = latest(scan.defs);
  const encrypted =
    scan.trailers.some((t) => t.dict.map.has('Encrypt')) ||
    scan.defs.some((d) => {
      const dict = dictOf(d.value);
      return !!dict && d.stream && typeOf(dict) === 'XRef' && dict.map.has('Encrypt');
    });
  if (encrypted) findings.push({ code: 'attachment.encrypted', params: { format: 'PDF' } });

  // Usage-rights signatures are those named in /Perms /UR3 or /UR.
  const urNums = new Set<number>();
  const urDicts = new Set<PdfDict>();
  const sigs: SigDict[] = [];
  const seen = new Set<PdfDict>();
  const embeddedFiles: string[] = [];
  // Signature fields (/FT /Sig) without a value. /SigFlags alone proves nothing.
  let emptyFields = 0;
  let unresolved = 0;
  for (const def of current.values()) {
    if (def.dropped) continue;
    forEachDict(def.value, meter, (d) => {
      if (nameOf(d.map.get('FT')) === 'Sig') {
        const v = d.map.get('V');
        if (v === undefined || v === null) {
          const kids = arrOf(d.map.get('Kids'))?.items ?? [];
          const kidIsField = kids.some((k) => {
            const kd = dictOf(resolve(current, k));
            return !!kd && (kd.map.has('V') || kd.map.has('T'));
          });
          if (!kidIsField) emptyFields++;
        } else if (refOf(v) && resolve(current, v) === undefined) {
          unresolved++;
        }
      }
      const perms = dictOf(resolve(current, d.map.get('Perms')));
      if (perms) {
        for (const key of ['UR3', 'UR']) {
          const v = perms.map.get(key);
          const r = refOf(v);
          if (r) urNums.add(r.n);
          const inline = dictOf(v);
          if (inline) urDicts.add(inline);
        }
      }
      if (isSigDict(d) && !seen.has(d)) {
        seen.add(d);
        sigs.push({ dict: d, objNum: d === def.value ? def.n : null, compressed: def.compressed });
      }
      if (typeOf(d) === 'Filespec' && d.map.has('EF')) {
        const s = strOf(d.map.get('UF')) ?? strOf(d.map.get('F'));
        if (s) embeddedFiles.push(fullTextOf(s, meter));
      }
    });
  }

  const classified = sigs.map((sig) => classify(sig, current, urNums, urDicts, meter));
  const real = classified.filter((c) => c.verdict === 'valid');
  const authors = real.filter((c) => !c.timestamp && !c.usageRights);
  const timestamps = real.filter((c) => c.timestamp && !c.usageRights);
  const usage = real.filter((c) => c.usageRights);
  const placeholders = classified.filter((c) => c.verdict === 'placeholder');

  const info: PdfSignatureInfo = {
    signatures: authors.length,
    timestamps: timestamps.length,
    usageRights: usage.length,
    placeholders: placeholders.length,
    emptyFields,
    revisions: eofs,
  };

  let state: SignatureState | null;
  if (authors.length > 0) {
    state = 'signed';
    if (!hostTruncated) {
      const verdict = new Judge(bytes, scan, current, classified, partial, meter).judge(authors);
      if (verdict === 'modified') state = 'modified-after-signing';
      else if (verdict === 'not-signed') state = 'unsigned';
    }
  } else if (timestamps.length > 0) state = 'timestamp-only';
  else if (usage.length > 0) state = 'usage-rights-only';
  else if (placeholders.length > 0) state = 'placeholder';
  else if (emptyFields > 0) state = 'empty-field';
  // Part of the file unseen, or a field points at a signature we could not
  // find: we cannot say it is unsigned.
  else if (partial || unresolved > 0 || (!readable && !encrypted)) state = null;
  else state = 'unsigned';

  if (state === null && !readable && !partial) findings.push({ code: 'attachment.unreadable' });
  for (const reason of notInspected) {
    findings.push({ code: 'attachment.not-inspected', params: { reason } });
  }
  if (state && state !== 'signed') {
    findings.push(
      state === 'modified-after-signing'
        ? { code: 'attachment.pdf.modified-after-signing', params: { revisions: eofs } }
        : { code: `attachment.pdf.${state}` },
    );
  }
  return { signature: state, info, encrypted, findings, embeddedFiles };
}
