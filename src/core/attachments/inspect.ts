/**
 * Attachment inspection: what an attachment is, whether it is risky (R12),
 * a draft or unsigned (R17), encrypted, and what text it holds for the
 * detectors (R10, R15). Bounded in memory and work (InspectLimits), and it
 * never throws: a file it cannot read becomes a finding.
 */
import {
  ARCHIVE_EXTENSIONS,
  analyzeName,
  HTML_EXTENSIONS,
  IMAGE_EXTENSIONS,
  TEXT_EXTENSIONS,
} from './names';
import type { NameAnalysis } from './names';
import { Collector } from './collector';
import { decodeText } from './decode';
import { Budget } from './inflate';
import type { Meter } from '../work/meter';
import type { MessageParser } from './message';
import { looksLikeMessage, readMessageSimple } from './message';
import { cfbFacts, inspectOoxmlInto, isOoxml } from './office';
import { inspectPdfWith } from './pdf';
import { inspectZipArchiveInto } from './archive';
import { looksLikeText, sniff } from './sniff';
import type { Sniffed } from './sniff';
import { htmlToText } from './text';
import type { AttachmentInput, AttachmentReport, InspectLimits, RiskCode } from './types';
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

/** Attachments of an attached message that are inspected in turn. */
const MAX_CHILDREN = 50;

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

const EXECUTABLE_TYPES: Partial<Record<NonNullable<Sniffed>, string>> = {
  pe: 'EXE',
  elf: 'ELF',
  macho: 'Mach-O',
  lnk: 'LNK',
};
const ARCHIVE_TYPES: Partial<Record<NonNullable<Sniffed>, string>> = {
  '7z': '7Z',
  rar: 'RAR',
  gzip: 'GZ',
  bzip2: 'BZ2',
  xz: 'XZ',
  tar: 'TAR',
  cab: 'CAB',
  arj: 'ARJ',
};
const DISK_TYPES: Partial<Record<NonNullable<Sniffed>, string>> = {
  iso: 'ISO',
  vhd: 'VHD',
  vhdx: 'VHDX',
  dmg: 'DMG',
};

function nameRiskParams(reason: RiskCode, name: NameAnalysis): Record<string, string> {
  if (reason === 'double-extension') return { shown: name.innerExt, real: name.ext };
  if (reason === 'rtl-override') return { real: name.ext };
  return { type: name.ext.toUpperCase() };
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
): Promise<AttachmentReport> {
  const c = new Collector(budget, depth);
  const hostTruncated = input.size !== undefined && input.size > input.bytes.length;
  const size = Math.max(input.size ?? 0, input.bytes.length);
  try {
    await inspectInto(input, c, options, hostTruncated, size);
  } catch {
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
): Promise<void> {
  const bytes = input.bytes;
  const name = analyzeName(input.name);
  for (const reason of name.reasons) c.risk(reason, nameRiskParams(reason, name));
  if (hostTruncated) c.tooLarge(bytes.length, 'host', size);
  const ct = (input.contentType ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
  const ext = name.ext;
  const sniffed = sniff(bytes);

  const exeType = sniffed ? EXECUTABLE_TYPES[sniffed] : undefined;
  if (exeType) {
    // A program is a program whatever its name says.
    c.kind = 'executable';
    c.risk('executable', { type: exeType });
    return;
  }
  const archiveType = sniffed ? ARCHIVE_TYPES[sniffed] : undefined;
  if (archiveType) {
    c.kind = 'zip';
    c.risk('archive', { type: archiveType });
    return;
  }
  const diskType = sniffed ? DISK_TYPES[sniffed] : undefined;
  if (diskType) {
    c.kind = 'other';
    c.risk('disk-image', { type: diskType });
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
    inspectCfbInto(bytes, c, ext);
    return;
  }
  if (sniffed === 'image' || (sniffed === null && IMAGE_EXTENSIONS.has(ext))) {
    c.kind = 'image';
    return;
  }
  if (
    ext === 'eml' ||
    ct === 'message/rfc822' ||
    (sniffed === null && ext === '' && looksLikeMessage(bytes))
  ) {
    await inspectMessageInto(bytes, c, options);
    return;
  }
  if (sniffed === 'html' || HTML_EXTENSIONS.has(ext) || ct === 'text/html') {
    c.kind = 'html';
    c.text(htmlToText(decodeText(scanned(bytes, c))));
    return;
  }
  if (
    TEXT_EXTENSIONS.has(ext) ||
    ct === 'text/plain' ||
    ct === 'text/csv' ||
    (sniffed === null && ext === '' && looksLikeText(bytes))
  ) {
    c.kind = 'text';
    c.text(decodeText(scanned(bytes, c)));
    return;
  }
  if (name.reasons.indexOf('executable') >= 0 || name.reasons.indexOf('script') >= 0)
    c.kind = 'executable';
  else if (ARCHIVE_EXTENSIONS.has(ext)) c.kind = 'zip';
  else if (name.reasons.indexOf('macro') >= 0) c.kind = 'office-macro';
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
    for (const reason of n.reasons) c.risk(reason, { ...nameRiskParams(reason, n), entry: file });
  }
}

function inspectZipInto(bytes: Uint8Array, c: Collector, ext: string): void {
  const limits = c.budget.limits;
  const dir = readZipDirectory(bytes, limits.maxEntries);
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
    // OpenDocument: macros live under Basic/ or Scripts/.
    c.kind = 'other';
    if (names.some((n) => n.startsWith('Basic/') || n.startsWith('Scripts/')))
      c.risk('macro', { type: 'ODF' });
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

function inspectCfbInto(bytes: Uint8Array, c: Collector, ext: string): void {
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
}

async function inspectMessageInto(
  bytes: Uint8Array,
  c: Collector,
  options: InspectOptions,
): Promise<void> {
  c.kind = 'eml';
  const raw = scanned(bytes, c);
  let parsed;
  try {
    parsed = options.parseMessage ? await options.parseMessage(raw) : readMessageSimple(raw);
  } catch {
    c.add('attachment.unreadable');
    return;
  }
  const subject = parsed.subject.trim();
  const body = parsed.body.replace(/\r\n?/g, '\n').trim();
  c.text([subject, body].filter((s) => s.length > 0).join('\n\n'));
  const limits = c.budget.limits;
  const children = parsed.attachments.filter((a) => a.inline !== true).slice(0, MAX_CHILDREN);
  if (children.length > 0 && c.depth + 1 > limits.maxDepth) {
    // Messages in messages in messages...: stop, and say it was not all seen.
    c.tooLarge(bytes.length, 'scan', bytes.length);
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
    );
    c.children.push(child);
    // What matters about a nested attachment is raised on the attachment the user sees.
    for (const f of child.findings) {
      if (
        f.code.startsWith('attachment.risky.') ||
        f.code === 'attachment.zip-bomb' ||
        f.code === 'attachment.encrypted'
      ) {
        c.add(f.code, { ...f.params, entry: child.name });
      }
    }
    for (const r of child.riskReasons) if (c.reasons.indexOf(r) < 0) c.reasons.push(r);
    if (child.encrypted) c.encrypted = true;
    if (child.text) c.text(child.text);
  }
}
