/**
 * Archives, and files inside files (R12: "öppna inte ... komprimerade filer
 * från okända avsändare"). An archive is risky in itself; what is inside is
 * named too, so the warning can say "contains faktura.pdf.exe", and a file
 * is judged by its content as well as its name: a program or another archive
 * renamed to bilde.jpg is still what it is. Files Office embeds in a
 * document (word/embeddings/, OLE Package objects) are judged the same way.
 *
 * Every inner file is named by its path from the attachment, through the
 * containers it sits in ("inner.zip/setup.exe",
 * "word/embeddings/oleObject1.bin/setup.exe"). Names are judged first, for
 * every entry; content second. Where a limit stops the reading (nesting,
 * entries, size, an unknown compression method) the finding says so and
 * names the entry: nothing is passed over in silence. Zip bombs (huge ratio,
 * overlapping entries) are reported instead of being unpacked.
 */
import { isCfb, readCfb, readPackagedFile } from './cfb';
import { Budget } from './inflate';
import type { Collector } from './collector';
import { analyzeName, riskParams } from './names';
import type { RiskCode } from './types';
import { looksLikeText, SNIFFED_RISK, sniff, sniffScript } from './sniff';
import type { ZipDirectory, ZipEntry } from './zip';
import { probeEntry, readEntry, readZipDirectory } from './zip';

/** Entries probed for a bomb ratio per archive. */
const MAX_PROBES = 64;
/** Bytes of an inner file read to see what it is. */
const HEAD_BYTES = 4096;
/** OLE Package objects read per compound file. */
const MAX_PACKAGES = 256;

/** Where a container sits: its nesting below the attachment and its path ('' for the attachment). */
export interface Place {
  readonly nesting: number;
  readonly path: string;
}

function inside(place: Place, name: string): string {
  return place.path === '' ? name : `${place.path}/${name}`;
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** Judge an inner file's name; `types` limits which risks count (all when omitted). */
export function judgeName(
  name: string,
  entry: string,
  c: Collector,
  types?: ReadonlySet<RiskCode>,
): void {
  const a = analyzeName(baseName(name));
  for (const reason of a.reasons) {
    if (types && !types.has(reason)) continue;
    c.risk(reason, riskParams(reason, a, entry));
  }
}

/** Reads just enough of each entry to see what it is, without eating the attachment's budget. */
function headBudget(c: Collector): Budget {
  return new Budget(
    { ...c.budget.limits, maxTotalInflatedBytes: Number.MAX_SAFE_INTEGER },
    c.budget.meter,
  );
}

/** True when a container at `nesting` may be opened; otherwise says it was not. */
function mayOpen(c: Collector, nesting: number, entry: string): boolean {
  if (nesting + c.archiveDepth > c.budget.limits.maxArchiveDepth) {
    c.notInspected('nesting', entry);
    return false;
  }
  return true;
}

/**
 * Look at the content of one entry of a zip: programs, scripts, archives
 * and disk images by their first bytes, and zips and compound files opened
 * in turn. Returns false when reading must stop (a bomb).
 */
export function inspectEntryContent(
  bytes: Uint8Array,
  e: ZipEntry,
  entry: string,
  c: Collector,
  nesting: number,
  heads: Budget,
  seen: Set<string>,
): boolean {
  const limits = c.budget.limits;
  const head = readEntry(bytes, e, HEAD_BYTES, heads);
  switch (head.stop) {
    case 'bomb':
      c.bomb();
      return false;
    case 'unsupported':
      // Compressed with a method we cannot read (bzip2, LZMA, zstd...).
      c.notInspected('format', entry);
      return true;
    case 'encrypted':
      c.markEncrypted('ZIP');
      return true;
    case 'error':
      c.add('attachment.truncated');
      return true;
    default:
      break;
  }
  const kind = sniff(head.data);
  if (kind !== 'zip' && kind !== 'cfb') {
    judgeContent(head.data, entry, c);
    // A document (text, HTML, RTF, PDF): read whole, as an attachment of its own.
    if (
      kind === 'pdf' ||
      kind === 'html' ||
      kind === 'rtf' ||
      (kind === null && looksLikeText(head.data))
    ) {
      const whole = readEntry(bytes, e, limits.maxPartBytes, c.budget);
      if (whole.stop === 'bomb') {
        c.bomb();
        return false;
      }
      if (whole.stop === 'cap') c.tooLarge(limits.maxPartBytes, 'part', e.size, entry);
      if (whole.stop === 'budget') c.tooLarge(limits.maxTotalInflatedBytes, 'scan', e.size, entry);
      c.documents.push({
        name: entry,
        bytes: whole.data,
        size: Math.max(e.size, whole.data.length),
        nesting,
      });
    }
    return true;
  }
  if (!mayOpen(c, nesting + 1, entry)) return true;
  // Identical copies (a classic bomb layout) are opened once.
  const key = `${e.crc}:${e.compressedSize}:${e.size}`;
  if (seen.has(key)) return true;
  seen.add(key);
  const whole = readEntry(bytes, e, limits.maxPartBytes, c.budget);
  switch (whole.stop) {
    case 'bomb':
      c.bomb();
      return false;
    case 'cap':
      c.tooLarge(limits.maxPartBytes, 'part', e.size, entry);
      break;
    case 'budget':
      c.tooLarge(limits.maxTotalInflatedBytes, 'scan', e.size, entry);
      break;
    case 'truncated':
    case 'error':
      c.add('attachment.truncated');
      break;
    default:
      break;
  }
  inspectInnerFile(whole.data, { nesting: nesting + 1, path: entry }, c);
  return !c.budget.bomb;
}

/** Risks an inner file's first bytes show: a program, a script, an archive, a disk image. */
function judgeContent(head: Uint8Array, entry: string, c: Collector): void {
  const kind = sniff(head);
  const risk = kind ? SNIFFED_RISK[kind] : undefined;
  if (risk) {
    c.risk(risk.reason, { type: risk.type, entry });
    return;
  }
  const script = sniffScript(head);
  if (script) c.risk('script', { type: script, entry });
}

/**
 * An inner file whose bytes are at hand (an entry read whole, the data of an
 * OLE Package): judged by content, and opened when it is a zip (an archive
 * or an Office document) or a compound file.
 */
export function inspectInnerFile(data: Uint8Array, place: Place, c: Collector): void {
  const kind = sniff(data);
  if (kind === 'zip') {
    const dir = readZipDirectory(data, c.budget.limits.maxEntries, c.budget.meter);
    if (!dir) {
      c.notInspected('format', place.path);
      return;
    }
    if (
      dir.entries.some((e) => e.name === '[Content_Types].xml') ||
      dir.entries[0]?.name === 'mimetype'
    ) {
      // An Office or OpenDocument file: read whole, as an attachment of its own.
      c.documents.push({
        name: place.path,
        bytes: data,
        size: data.length,
        nesting: place.nesting,
      });
    } else {
      c.risk('archive', { type: 'ZIP', entry: place.path });
      inspectZipArchiveInto(data, dir, c, place.nesting, place.path);
    }
    return;
  }
  if (kind === 'cfb' || isCfb(data)) {
    scanCompound(data, place, c);
    return;
  }
  judgeContent(data.subarray(0, HEAD_BYTES), place.path, c);
}

/**
 * The entries of a zip archive: names first (every entry), then content,
 * down to the nesting limit. `path` is where the archive sits ('' for the
 * attachment itself).
 */
export function inspectZipArchiveInto(
  bytes: Uint8Array,
  dir: ZipDirectory,
  c: Collector,
  nesting: number,
  path = '',
): void {
  const limits = c.budget.limits;
  const place: Place = { nesting, path };
  if (dir.damaged) c.add('attachment.truncated');
  if (dir.tooMany) c.notInspected('parts', path === '' ? undefined : path);
  if (dir.overlapping) {
    c.bomb();
    return;
  }
  // Names first: cheap, and never skipped for what comes after.
  for (const e of dir.entries) {
    if (e.name.endsWith('/')) continue;
    if (e.encrypted) c.markEncrypted('ZIP');
    judgeName(e.name, inside(place, e.name), c);
    // Declared sizes are only a hint, but a declared ratio past the limit is
    // already enough to call it a bomb.
    if (e.size >= limits.minBombBytes && e.size > limits.maxRatio * Math.max(1, e.compressedSize)) {
      c.bomb();
      return;
    }
  }
  const heads = headBudget(c);
  const probes = new Budget(limits, c.budget.meter);
  const seen = new Set<string>();
  let probed = 0;
  for (const e of dir.entries) {
    if (c.budget.bomb) return;
    if (e.name.endsWith('/') || e.encrypted) continue;
    if (!inspectEntryContent(bytes, e, inside(place, e.name), c, nesting, heads, seen)) return;
    if (probed < MAX_PROBES) {
      probed++;
      if (probeEntry(bytes, e, probes) === 'bomb') {
        c.bomb();
        return;
      }
    }
  }
}

/**
 * Where Office keeps embedded files: a folder named "embeddings" (word/,
 * xl/, ppt/embeddings/), and OpenDocument's "Object N" entries.
 */
function inEmbeddings(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower.startsWith('embeddings/') ||
    lower.indexOf('/embeddings/') >= 0 ||
    (lower.startsWith('object ') && lower.indexOf('/') < 0)
  );
}

/** Risks that have no business anywhere in an Office package, embedded or not. */
const FOREIGN_IN_PACKAGE: ReadonlySet<RiskCode> = new Set<RiskCode>([
  'executable',
  'script',
  'blocked-type',
  'disk-image',
  'double-extension',
  'rtl-override',
]);

/** VBA projects, Excel 4.0 macro sheets and ActiveX-free macro data, by part name. */
export function isMacroPart(lowerName: string): boolean {
  return (
    lowerName.endsWith('vbaproject.bin') ||
    lowerName.startsWith('xl/macrosheets/') ||
    lowerName.endsWith('vbadata.xml')
  );
}

/**
 * The files of an Office Open XML package that are not its own XML: what
 * sits in the embeddings folders is judged by name and content (an .exe, an
 * OLE Package with a program in it, a zip with one), and a program or
 * script anywhere else in the package is named too. For a package inside
 * another file (`place.path` not ''), macros are reported here as well.
 */
export function scanPackageEntries(
  bytes: Uint8Array,
  dir: ZipDirectory,
  c: Collector,
  place: Place,
): void {
  const nested = place.path !== '';
  if (nested && dir.entries.some((e) => e.encrypted)) c.markEncrypted('ZIP');
  for (const e of dir.entries) {
    if (e.name.endsWith('/')) continue;
    const entry = inside(place, e.name);
    judgeName(e.name, entry, c, inEmbeddings(e.name) ? undefined : FOREIGN_IN_PACKAGE);
    if (nested && isMacroPart(e.name.toLowerCase()))
      c.risk('macro', { type: 'VBA', entry: place.path });
  }
  const heads = headBudget(c);
  const seen = new Set<string>();
  for (const e of dir.entries) {
    if (c.budget.bomb) return;
    if (e.name.endsWith('/') || e.encrypted || !inEmbeddings(e.name)) continue;
    if (!inspectEntryContent(bytes, e, inside(place, e.name), c, place.nesting, heads, seen))
      return;
  }
}

/**
 * A compound file inside the attachment (or the attachment itself, with
 * `place.path` ''): the files its OLE Package objects carry, an embedded
 * Office document ("Package" stream), and, for an inner one, a VBA project.
 */
export function scanCompound(data: Uint8Array, place: Place, c: Collector): void {
  const cfb = readCfb(data, c.budget.meter);
  if (!cfb) {
    if (place.path !== '') c.notInspected('format', place.path);
    return;
  }
  const limits = c.budget.limits;
  let packages = 0;
  for (const entry of cfb.entries) {
    if (c.budget.bomb) return;
    if (entry.type !== 2) {
      if (place.path !== '' && entry.name === 'VBA')
        c.risk('macro', { type: 'VBA', entry: place.path });
      continue;
    }
    const isPackage = entry.name === '\u0001Ole10Native';
    const isDocument = entry.name === 'Package';
    if (!isPackage && !isDocument) continue;
    if (++packages > MAX_PACKAGES) {
      c.notInspected('parts', place.path === '' ? undefined : place.path);
      return;
    }
    const cap = Math.min(limits.maxPartBytes, c.budget.remaining);
    const stream = cfb.read(entry, cap);
    c.budget.inflated += stream.data.length;
    if (stream.cut && entry.size > cap) {
      c.tooLarge(
        cap,
        cap < limits.maxPartBytes ? 'scan' : 'part',
        entry.size,
        place.path || undefined,
      );
    }
    if (isDocument) {
      const at: Place = { nesting: place.nesting + 1, path: place.path || 'Package' };
      if (mayOpen(c, at.nesting, at.path)) inspectInnerFile(stream.data, at, c);
      continue;
    }
    const file = readPackagedFile(stream.data);
    if (!file) continue;
    const label = file.label || baseName(file.sourcePath) || baseName(file.tempPath) || 'package';
    const inner = inside(place, baseName(label));
    for (const name of [label, file.sourcePath, file.tempPath]) {
      if (name !== '') judgeName(name, inner, c);
    }
    const kind = sniff(file.data);
    if (kind === 'zip' || kind === 'cfb') {
      if (mayOpen(c, place.nesting + 1, inner))
        inspectInnerFile(file.data, { nesting: place.nesting + 1, path: inner }, c);
    } else {
      judgeContent(file.data.subarray(0, HEAD_BYTES), inner, c);
    }
  }
}

/** A length-prefixed ANSI string of an OLE 1.0 object header. */
function ole1String(b: Uint8Array, at: number): { text: string; next: number } | null {
  if (at + 4 > b.length) return null;
  const length = b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24);
  if (length < 0 || length > 1024 || at + 4 + length > b.length) return null;
  let text = '';
  for (let i = at + 4; i < at + 4 + length && b[i] !== 0; i++) text += String.fromCharCode(b[i]!);
  return { text, next: at + 4 + length };
}

/**
 * An OLE 1.0 object, as RTF embeds them (\objdata): version, format (2 for
 * embedded), class name, topic, item, then the object's native data. An OLE
 * Package carries a file (judged and named like one in a compound file);
 * any other class's data is judged by its content, a compound file opened.
 */
export function inspectOle1Object(data: Uint8Array, place: Place, c: Collector): void {
  const format = data[4]! | (data[5]! << 8);
  const className = format === 2 ? ole1String(data, 8) : null;
  const topic = className ? ole1String(data, className.next) : null;
  const item = topic ? ole1String(data, topic.next) : null;
  if (!className || !item || item.next + 4 > data.length) {
    c.notInspected('format', place.path);
    return;
  }
  const sizeAt = item.next;
  if (className.text === 'Package') {
    // From its size on, the native data has the layout of an Ole10Native stream.
    const file = readPackagedFile(data.subarray(sizeAt));
    if (!file) {
      c.notInspected('format', place.path);
      return;
    }
    const label = file.label || baseName(file.sourcePath) || baseName(file.tempPath) || 'package';
    const inner = inside(place, baseName(label));
    for (const name of [label, file.sourcePath, file.tempPath]) {
      if (name !== '') judgeName(name, inner, c);
    }
    const kind = sniff(file.data);
    if (kind === 'zip' || kind === 'cfb') {
      if (mayOpen(c, place.nesting + 1, inner))
        inspectInnerFile(file.data, { nesting: place.nesting + 1, path: inner }, c);
    } else {
      judgeContent(file.data.subarray(0, HEAD_BYTES), inner, c);
    }
    return;
  }
  const native = data.subarray(sizeAt + 4);
  const kind = sniff(native);
  if (kind === 'zip' || kind === 'cfb') {
    if (mayOpen(c, place.nesting + 1, place.path))
      inspectInnerFile(native, { nesting: place.nesting + 1, path: place.path }, c);
  } else {
    judgeContent(native.subarray(0, HEAD_BYTES), place.path, c);
  }
}
