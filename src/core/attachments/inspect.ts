/**
 * Attachment inspection: what an attachment is, whether it is risky (R12),
 * a draft or unsigned (R17), encrypted, and what text it holds for the
 * detectors (R10, R15). Bounded in memory and work (InspectLimits), and it
 * never throws: a file it cannot read becomes a finding.
 * One job, kept whole: the dispatch by kind and nested attachments recurse into each other.
 */
import {
  ARCHIVE_EXTENSIONS,
  analyzeName,
  HTML_EXTENSIONS,
  IMAGE_EXTENSIONS,
  riskParams,
  TEXT_EXTENSIONS,
} from './names';
import { Collector } from './collector';
import { decodeTextDetailed } from './decode';
import { Budget } from './inflate';
import { OutOfTime } from '../metering/meter';
import type { Meter } from '../metering/meter';
import type { MessageParser, ParsedMessage } from './message';
import { looksLikeMessage, readMessageSimple } from './message';
import { cfbFacts, inspectOdfInto, inspectOoxmlInto, isOoxml } from './office';
import { inspectPdfWith } from './pdf';
import { inspectOle1Object, inspectZipArchiveInto, scanCompound } from './archive';
import { latin1 } from './bytes';
import { readRtf } from './rtf';
import { readCfb } from './cfb';
import { excelBinaryText, wordBinaryText } from './legacy';
import { isOutlookItem, readOutlookItem } from './outlook';
import { looksLikeText, SNIFFED_RISK, sniff } from './sniff';
import { htmlToTextMetered } from './text';
import type { AttachmentInput, AttachmentReport, InspectLimits } from './types';
import { DEFAULT_LIMITS } from './types';
import { readZipDirectory } from './zip';

export interface InspectOptions {
  /**
   * A full MIME parser for attached messages, e.g. `parseEml` from
   * core/mime. Optional because it needs TextDecoder and Blob; without it a
   * small built-in reader is used.
   */
  readonly parseMessage?: MessageParser;
  /**
   * Counts the readers' work (linearity tests) and, with a deadline, stops
   * them with OutOfTime so the send check can answer in time.
   */
  readonly meter?: Meter;
}

/** Attachments of an attached message (or files in a file) that are inspected in turn. */
const MAX_CHILDREN = 10_000;

const OOXML_EXTENSIONS = new Set([
  'docx',
  'docm',
  'dotx',
  'dotm',
  'xlsx',
  'xlsm',
  'xltx',
  'xltm',
  'xlam',
  'pptx',
  'pptm',
  'potx',
  'potm',
  'ppsx',
  'ppsm',
]);
const LEGACY_OFFICE = new Set(['doc', 'dot', 'xls', 'xlt', 'xla', 'ppt', 'pot', 'pps']);
const PACKAGE_EXECUTABLES = new Set([
  'jar',
  'apk',
  'aab',
  'msix',
  'appx',
  'msixbundle',
  'appxbundle',
  'xpi',
  'crx',
  'vsix',
]);

/**
 * Thrown when the meter's deadline passed while an attachment was read. It
 * is an OutOfTime (the send check catches that and reports the attachment
 * as not inspected for time) and carries what was found before time ran
 * out, the cheap checks of name, type and size among it, with an
 * `attachment.not-inspected` (reason time) finding added.
 */
export class InspectionOutOfTime extends OutOfTime {
  constructor(readonly partial: AttachmentReport) {
    super();
  }
}

/** The charset a content type names ("text/plain; charset=utf-16"), if any. */
function charsetOf(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined;
  const lower = contentType.length > 1024 ? '' : contentType.toLowerCase();
  const at = lower.indexOf('charset=');
  if (at < 0) return undefined;
  let end = at + 8;
  while (end < lower.length && lower.charAt(end) !== ';') end++;
  const value = contentType.slice(at + 8, end).trim();
  return value.replace(/^["']|["']$/g, '');
}

/** The charset an HTML page declares in its first kilobyte (<meta charset=...>), if any. */
function htmlCharset(bytes: Uint8Array): string | undefined {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 1024); i++)
    head += String.fromCharCode(bytes[i] as number);
  const lower = head.toLowerCase();
  const at = lower.indexOf('charset=');
  if (at < 0) return undefined;
  let i = at + 8;
  while (lower.charAt(i) === '"' || lower.charAt(i) === "'" || lower.charAt(i) === ' ') i++;
  let label = '';
  while (i < lower.length && label.length < 40 && /[a-z0-9_:.-]/.test(lower.charAt(i)))
    label += lower.charAt(i++);
  return label || undefined;
}

export async function inspectAttachment(
  input: AttachmentInput,
  limits?: Partial<InspectLimits>,
  options?: InspectOptions,
): Promise<AttachmentReport> {
  const budget = new Budget({ ...DEFAULT_LIMITS, ...limits }, options?.meter);
  return inspectNested(input, budget, 0, options ?? {});
}

async function inspectNested(
  input: AttachmentInput,
  budget: Budget,
  depth: number,
  options: InspectOptions,
  archiveDepth = 0,
  message?: ParsedMessage,
): Promise<AttachmentReport> {
  const c = new Collector(budget, depth, archiveDepth);
  const hostTruncated = input.size !== undefined && input.size > input.bytes.length;
  const size = Math.max(input.size ?? 0, input.bytes.length);
  try {
    await inspectInto(input, c, options, hostTruncated, size, message);
    // Documents found inside it (in an archive, embedded), each as an attachment of its own.
    if (c.documents.length > 0) await inspectAttachedInto(c.documents, c, options, size);
  } catch (e) {
    // Out of time is not "unreadable": it goes up to the send check, with
    // what was found so far.
    if (e instanceof OutOfTime) {
      c.notInspected('time');
      throw new InspectionOutOfTime(c.report(input.name, size));
    }
    c.add('attachment.unreadable');
  }
  // A file the host cut short is not "damaged": the too-large finding says why.
  if (hostTruncated) c.drop('attachment.truncated');
  return c.report(input.name, size);
}

async function inspectInto(
  input: AttachmentInput,
  c: Collector,
  options: InspectOptions,
  hostTruncated: boolean,
  size: number,
  message?: ParsedMessage,
): Promise<void> {
  const bytes = input.bytes;
  // Cheap checks first: name, size, type, magic bytes.
  const name = analyzeName(input.name);
  for (const reason of name.reasons) c.risk(reason, riskParams(reason, name));
  if (hostTruncated) c.tooLarge(bytes.length, 'host', size);
  const contentType = input.contentType ?? '';
  const semicolon = contentType.indexOf(';');
  const ct = (semicolon >= 0 ? contentType.slice(0, semicolon) : contentType).trim().toLowerCase();
  const ext = name.ext;
  const sniffed = sniff(bytes);

  // A program, an archive or a disk image is what it is whatever its name says.
  const risk = sniffed ? SNIFFED_RISK[sniffed] : undefined;
  if (risk) {
    c.kind =
      risk.reason === 'executable' ? 'executable' : risk.reason === 'archive' ? 'zip' : 'other';
    c.risk(risk.reason, { type: risk.type });
    return;
  }
  if (sniffed === 'pdf' || (sniffed === null && (ext === 'pdf' || ct === 'application/pdf'))) {
    inspectPdfInto(bytes, c, hostTruncated, size);
    return;
  }
  if (sniffed === 'zip' || (sniffed === null && (OOXML_EXTENSIONS.has(ext) || ext === 'zip'))) {
    inspectZipInto(bytes, c, ext);
    return;
  }
  if (sniffed === 'cfb') {
    await inspectCfbInto(bytes, c, ext, options);
    return;
  }
  if (sniffed === 'image' || (sniffed === null && IMAGE_EXTENSIONS.has(ext))) {
    c.kind = 'image';
    // An SVG drawing is XML: its text elements are shown, so they are read.
    if (sniffed === null && looksLikeText(bytes)) {
      const text = decoded(scanned(bytes, c), charsetOf(input.contentType), c);
      c.text(htmlToTextMetered(text, c.budget.meter));
    }
    return;
  }
  if (
    ext === 'eml' ||
    ct === 'message/rfc822' ||
    (sniffed === null && ext === '' && looksLikeMessage(bytes))
  ) {
    await inspectMessageInto(bytes, c, options, message);
    return;
  }
  if (sniffed === 'rtf' || (sniffed === null && ext === 'rtf')) {
    inspectRtfInto(bytes, c);
    return;
  }
  if (sniffed === 'html' || HTML_EXTENSIONS.has(ext) || ct === 'text/html') {
    c.kind = 'html';
    const raw = scanned(bytes, c);
    const text = decoded(raw, charsetOf(input.contentType) ?? htmlCharset(raw), c);
    c.text(htmlToTextMetered(text, c.budget.meter));
    return;
  }
  if (
    TEXT_EXTENSIONS.has(ext) ||
    ct === 'text/plain' ||
    ct === 'text/csv' ||
    (sniffed === null && ext === '' && looksLikeText(bytes))
  ) {
    c.kind = 'text';
    c.text(decoded(scanned(bytes, c), charsetOf(input.contentType), c));
    return;
  }
  if (name.reasons.indexOf('executable') >= 0 || name.reasons.indexOf('script') >= 0)
    c.kind = 'executable';
  else if (ARCHIVE_EXTENSIONS.has(ext)) c.kind = 'zip';
  else if (name.reasons.indexOf('macro') >= 0) c.kind = 'office-macro';
  // Any other file that is text (.xml, .json, .ics, .vcf, a script) can be
  // opened in an editor and read: the detectors read it too.
  if (sniffed === null && looksLikeText(bytes)) {
    c.text(decoded(scanned(bytes, c), charsetOf(input.contentType), c));
  }
}

/**
 * Text of a text or HTML file: its declared charset, or what its bytes
 * show (UTF-16, UTF-7, EBCDIC...). A charset that cannot be decoded here
 * is said (not inspected, reason encoding); the best guess is still read.
 */
function decoded(bytes: Uint8Array, charset: string | undefined, c: Collector): string {
  const r = decodeTextDetailed(bytes, charset, c.budget.meter);
  if (!r.ok) c.notInspected('encoding');
  return r.text;
}

/** An RTF document: its text, and the objects embedded in it (an OLE Package with a program). */
function inspectRtfInto(bytes: Uint8Array, c: Collector): void {
  c.kind = 'text';
  const limits = c.budget.limits;
  const doc = readRtf(latin1(scanned(bytes, c)), c.budget.meter, limits.maxPartBytes);
  c.text(doc.text);
  if (doc.objectCut) c.tooLarge(limits.maxPartBytes, 'part', bytes.length);
  doc.objects.forEach((o, i) => {
    if (!c.budget.bomb) inspectOle1Object(o, { nesting: 0, path: `object${i + 1}` }, c);
  });
}

/** The bytes within the scan limit, noting the limit when it bites. */
function scanned(bytes: Uint8Array, c: Collector): Uint8Array {
  const max = c.budget.limits.maxScanBytes;
  if (bytes.length <= max) return bytes;
  c.tooLarge(max, 'scan', bytes.length);
  return bytes.subarray(0, max);
}

function inspectPdfInto(
  bytes: Uint8Array,
  c: Collector,
  hostTruncated: boolean,
  size: number,
): void {
  c.kind = 'pdf';
  const r = inspectPdfWith(bytes, c.budget, { hostTruncated, size });
  c.signature = r.signature;
  c.pdf = r.info;
  c.addAll(r.findings);
  if (r.encrypted) c.encrypted = true;
  if (r.findings.some((f) => f.code === 'attachment.zip-bomb')) c.budget.bomb = true;
  // Files embedded in a PDF are attachments too.
  for (const file of r.embeddedFiles) {
    const n = analyzeName(file);
    for (const reason of n.reasons) c.risk(reason, riskParams(reason, n, file));
  }
}

function inspectZipInto(bytes: Uint8Array, c: Collector, ext: string): void {
  const limits = c.budget.limits;
  const dir = readZipDirectory(bytes, limits.maxEntries, c.budget.meter);
  if (!dir) {
    c.kind = OOXML_EXTENSIONS.has(ext) ? kindForOfficeExt(ext) : 'zip';
    c.add('attachment.unreadable');
    return;
  }
  if (isOoxml(dir)) {
    inspectOoxmlInto(bytes, dir, c);
    return;
  }
  const names = dir.entries.map((e) => e.name);
  const isJavaOrApp =
    PACKAGE_EXECUTABLES.has(ext) ||
    names.some(
      (n) => n === 'AndroidManifest.xml' || n === 'classes.dex' || n === 'AppxManifest.xml',
    ) ||
    (names.indexOf('META-INF/MANIFEST.MF') >= 0 && names.some((n) => n.endsWith('.class')));
  if (isJavaOrApp) {
    c.kind = 'executable';
    c.risk('executable', { type: (ext || 'JAR').toUpperCase() });
    return;
  }
  if (names[0] === 'mimetype') {
    inspectOdfInto(bytes, dir, c);
    return;
  }
  c.kind = 'zip';
  c.risk('archive', { type: 'ZIP' });
  inspectZipArchiveInto(bytes, dir, c, 0);
}

function kindForOfficeExt(ext: string): 'docx' | 'xlsx' | 'pptx' | 'office-macro' {
  if (/m$/.test(ext) || ext === 'xlam') return 'office-macro';
  if (ext.charAt(0) === 'x') return 'xlsx';
  if (ext.charAt(0) === 'p') return 'pptx';
  return 'docx';
}

async function inspectCfbInto(
  bytes: Uint8Array,
  c: Collector,
  ext: string,
  options: InspectOptions,
): Promise<void> {
  // An Outlook item (.msg) dragged out of Outlook: a message like an .eml.
  const cfb = readCfb(scanned(bytes, c), c.budget.meter);
  if (cfb && isOutlookItem(cfb)) {
    c.kind = 'eml';
    const item = readOutlookItem(cfb, c);
    c.text(item.text);
    await inspectAttachedInto(
      item.attachments.map((a) => ({ ...a, size: a.size ?? a.bytes.length })),
      c,
      options,
      bytes.length,
    );
    return;
  }
  // Word and Excel 97–2003: their text; a format whose text is not read is said.
  if (cfb) {
    const cap = c.budget.limits.maxPartBytes;
    const legacy =
      wordBinaryText(cfb, cap, c.budget.meter) ?? excelBinaryText(cfb, cap, c.budget.meter);
    if (legacy && 'text' in legacy) c.text(legacy.text);
    else if (legacy && 'encrypted' in legacy) c.markEncrypted('Office');
    else if (legacy || cfb.entries.some((e) => e.name === 'PowerPoint Document'))
      c.notInspected('format');
  }
  const facts = cfbFacts(bytes, c.budget.limits.maxScanBytes);
  c.kind = OOXML_EXTENSIONS.has(ext)
    ? kindForOfficeExt(ext)
    : ext === 'msi' || ext === 'msp'
      ? 'executable'
      : 'other';
  // An OOXML file saved with a password is wrapped in a compound file.
  if (facts.encryptedPackage) c.markEncrypted('Office');
  if (facts.vba) {
    c.kind = 'office-macro';
    c.risk('macro', { type: 'VBA' });
  }
  if (LEGACY_OFFICE.has(ext) && bytes.length > c.budget.limits.maxScanBytes) {
    c.tooLarge(c.budget.limits.maxScanBytes, 'scan', bytes.length);
  }
  // Files packaged into the document (OLE Package objects in its ObjectPool).
  scanCompound(scanned(bytes, c), { nesting: 0, path: '' }, c);
}

async function inspectMessageInto(
  bytes: Uint8Array,
  c: Collector,
  options: InspectOptions,
  message?: ParsedMessage,
): Promise<void> {
  c.kind = 'eml';
  const raw = scanned(bytes, c);
  let parsed;
  try {
    // A message the reader already read with its parent is not read again:
    // messages nested in messages then cost one pass, not one per level.
    parsed = message
      ? message
      : options.parseMessage
        ? await options.parseMessage(raw)
        : readMessageSimple(raw, { meter: c.budget.meter });
  } catch (e) {
    if (e instanceof OutOfTime) throw e;
    c.add('attachment.unreadable');
    return;
  }
  // What the MIME reader could not read (nesting, parts, charsets) is said, never dropped.
  c.addAll(parsed.findings ?? []);
  const subject = parsed.subject.trim();
  const body = parsed.body.replace(/\r\n?/g, '\n').trim();
  c.text([subject, body].filter((s) => s.length > 0).join('\n\n'));
  await inspectAttachedInto(
    parsed.attachments.filter((a) => a.inline !== true),
    c,
    options,
    bytes.length,
  );
}

/** A file attached to an attached message (.eml or Outlook item), or found inside a file. */
interface Attached {
  readonly name: string;
  readonly bytes?: Uint8Array;
  readonly size: number;
  readonly contentType?: string;
  /** Archives it was found in, below the attachment. */
  readonly nesting?: number;
  /** An attached message the MIME reader already read, in the same pass as its parent. */
  readonly message?: ParsedMessage;
}

/**
 * The attachments of an attached message, each inspected in turn as an
 * attachment of its own, down to the nesting limit; what matters about
 * them is raised on the attachment the user sees.
 */
async function inspectAttachedInto(
  attached: readonly Attached[],
  c: Collector,
  options: InspectOptions,
  wholeSize: number,
): Promise<void> {
  const limits = c.budget.limits;
  const children = attached.slice(0, MAX_CHILDREN);
  if (attached.length > MAX_CHILDREN) {
    c.notInspected('parts', attached[MAX_CHILDREN]?.name);
  }
  if (children.length > 0 && c.depth + 1 > limits.maxDepth) {
    // Messages in messages in messages...: stop, and say it was not all seen.
    c.notInspected('nesting', children[0]?.name);
    c.tooLarge(wholeSize, 'scan', wholeSize);
    return;
  }
  for (const a of children) {
    const childBytes = a.bytes ?? new Uint8Array(0);
    const child = await inspectNested(
      {
        name: a.name,
        bytes: childBytes,
        ...(a.size > childBytes.length ? { size: a.size } : {}),
        ...(a.contentType !== undefined ? { contentType: a.contentType } : {}),
      },
      c.budget,
      c.depth + 1,
      options,
      c.archiveDepth + (a.nesting ?? 0),
      a.message,
    );
    c.children.push(child);
    // What matters about a nested attachment is raised on the attachment the user sees.
    for (const f of child.findings) {
      // The inner file is named by its path through the files it is in.
      const inner = f.params?.['entry'];
      const entry = inner ? `${child.name}/${String(inner)}` : child.name;
      if (
        f.code.startsWith('attachment.risky.') ||
        f.code === 'attachment.zip-bomb' ||
        f.code === 'attachment.encrypted'
      ) {
        c.add(f.code, { ...f.params, entry });
      }
      // What was not inspected inside it is said on the attachment too, with its path.
      if (f.code === 'attachment.not-inspected') {
        c.add(f.code, { ...f.params, entry });
      } else if (f.code === 'attachment.unreadable') {
        c.notInspected('format', child.name);
      }
    }
    for (const r of child.riskReasons) if (c.reasons.indexOf(r) < 0) c.reasons.push(r);
    if (child.encrypted) c.encrypted = true;
    if (child.text) c.text(child.text);
  }
}
