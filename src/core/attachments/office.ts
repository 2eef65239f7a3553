/**
 * Office Open XML (docx, xlsx, pptx and their macro variants) and the older
 * OLE compound files. Only the small XML parts that carry text, revisions,
 * comments and metadata are inflated; images and embedded objects never are.
 *
 * R17 (000 §11): a case document goes out final. Draft signs in Word are
 * tracked changes of any kind, comments, a "draft" content status and a
 * DRAFT/UTKAST watermark. Sensitivity labels (Microsoft Purview) are reported
 * too: their name often says how confidential the document is.
 */
import { Meter } from '../metering/meter';
import { decodeEntities, decodeUtf16, decodeUtf8 } from './decode';
import { ascii, indexOfBytes, utf16le } from './bytes';
import { Budget } from './inflate';
import { Collector } from './collector';
import { isMacroPart, scanPackageEntries } from './archive';
import { MarkupTokenizer } from './markup';
import { OoxmlText, sheetValues, tidy } from './text';
import type {
  AttachmentFinding,
  AttachmentKind,
  DraftMarker,
  InspectLimits,
  RevisionKind,
} from './types';
import { DEFAULT_LIMITS } from './types';
import type { ZipDirectory, ZipEntry } from './zip';
import { readEntry, readZipDirectory } from './zip';

/** Tracked-change elements of WordprocessingML, by local name. */
const REVISIONS: ReadonlyMap<string, RevisionKind> = new Map<string, RevisionKind>(
  Object.entries({
    ins: 'ins',
    cellIns: 'ins',
    del: 'del',
    cellDel: 'del',
    moveFrom: 'move',
    moveTo: 'move',
    cellMerge: 'format',
    rPrChange: 'format',
    pPrChange: 'format',
    sectPrChange: 'format',
    tblPrChange: 'format',
    tblPrExChange: 'format',
    trPrChange: 'format',
    tcPrChange: 'format',
    tblGridChange: 'format',
    numberingChange: 'format',
  } as const),
);

/** Words that mark a document as not final, in the four languages (whole words). */
const DRAFT_WORDS =
  /(?:^|[^A-Za-z0-9æøåäöÆØÅÄÖ])(utkast|arbeidsutkast|arbetsutkast|kladd|draft)(?=$|[^A-Za-z0-9æøåäöÆØÅÄÖ])/i;

/** Longest status or watermark text that is judged (they are a word or two). */
const MAX_MARK = 1024;

export function isDraftWord(s: string): boolean {
  return s.length <= MAX_MARK && DRAFT_WORDS.test(s.trim());
}

/** XML part bytes to string (UTF-8, or UTF-16 with BOM). */
export function decodeXml(b: Uint8Array, meter?: Meter): string {
  meter?.tick(b.length);
  if (b[0] === 0xff && b[1] === 0xfe) return decodeUtf16(b, true, 2);
  if (b[0] === 0xfe && b[1] === 0xff) return decodeUtf16(b, false, 2);
  const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  return decodeUtf8(b.subarray(start), false) ?? '';
}

/** Part names longer than this are no part we read. */
const MAX_PART_NAME = 256;

/** "folder/name<digits>.xml" split for natural order (slide2 before slide10). */
function partKey(name: string): { stem: string; number: number } {
  if (!name.endsWith('.xml')) return { stem: name, number: 0 };
  let i = name.length - 4;
  while (i > 0) {
    const c = name.charCodeAt(i - 1);
    if (c < 0x30 || c > 0x39) break;
    i--;
  }
  return { stem: name.slice(0, i), number: Number(name.slice(i, name.length - 4) || '0') };
}

/** "prefix<digits>.xml" with nothing else between (header1.xml, sheet12.xml, slide.xml). */
function numberedPart(name: string, prefix: string): boolean {
  if (!name.startsWith(prefix) || !name.endsWith('.xml')) return false;
  for (let i = prefix.length; i < name.length - 4; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** A part directly in `folder` ending in .xml (no further folders). */
function partIn(name: string, folder: string): boolean {
  return (
    name.startsWith(folder) &&
    name.endsWith('.xml') &&
    name.indexOf('/', folder.length) < 0 &&
    name.length > folder.length + 4
  );
}

/** Reads parts of one package, with the findings their reading produces. */
class Parts {
  private readonly byName = new Map<string, ZipEntry>();
  readonly meter: Meter;
  constructor(
    private readonly bytes: Uint8Array,
    readonly dir: ZipDirectory,
    private readonly c: Collector,
  ) {
    this.meter = c.budget.meter;
    for (const e of dir.entries) {
      const lower = e.name.toLowerCase();
      this.byName.set(lower.charAt(0) === '/' ? lower.slice(1) : lower, e);
    }
  }

  names(): string[] {
    return Array.from(this.byName.keys());
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** Part names for which `test` holds, in natural order. */
  matching(test: (name: string) => boolean): string[] {
    const keyed = this.names()
      .filter((n) => n.length <= MAX_PART_NAME && test(n))
      .map((n) => ({ n, k: partKey(n) }));
    keyed.sort((a, b) =>
      a.k.stem !== b.k.stem ? (a.k.stem < b.k.stem ? -1 : 1) : a.k.number - b.k.number,
    );
    return keyed.map((x) => x.n);
  }

  /** The part as text, or '' when missing or unreadable (the reason becomes a finding). */
  xml(name: string, cap?: number): string {
    const e = this.byName.get(name.toLowerCase());
    if (!e) return '';
    const limits = this.c.budget.limits;
    const partCap = Math.min(cap ?? limits.maxPartBytes, limits.maxPartBytes);
    const r = readEntry(this.bytes, e, partCap, this.c.budget);
    switch (r.stop) {
      case 'bomb':
        this.c.bomb();
        return '';
      case 'encrypted':
        this.c.markEncrypted('ZIP');
        return '';
      case 'cap':
        this.c.tooLarge(partCap, 'part', e.size, e.name);
        break;
      case 'budget':
        this.c.tooLarge(limits.maxTotalInflatedBytes, 'scan', e.size, e.name);
        break;
      case 'truncated':
      case 'error':
        this.c.add('attachment.truncated');
        break;
      case 'unsupported':
        this.c.notInspected('format', e.name);
        return '';
      case 'complete':
        break;
    }
    return decodeXml(r.data, this.meter);
  }
}

export interface OfficeInspection {
  readonly kind: AttachmentKind;
  readonly macro: boolean;
  readonly encrypted: boolean;
  readonly draft: boolean;
  readonly draftMarkers: readonly DraftMarker[];
  readonly text: string;
  readonly findings: readonly AttachmentFinding[];
}

/** Main document types from [Content_Types].xml. */
function mainKind(
  contentTypes: string,
  parts: Parts,
): { kind: 'docx' | 'xlsx' | 'pptx' | null; main: string } {
  const t = new MarkupTokenizer(contentTypes, false, parts.meter);
  for (let k = t.next(); k !== 'end'; k = t.next()) {
    if (k !== 'open' || t.local !== 'Override') continue;
    const partName = t.attr('PartName') ?? '';
    const part = partName.charAt(0) === '/' ? partName.slice(1) : partName;
    const type = (t.attr('ContentType') ?? '').toLowerCase();
    if (!type.endsWith('.main+xml')) continue;
    if (type.indexOf('wordprocessingml') >= 0 || type.indexOf('ms-word') >= 0)
      return { kind: 'docx', main: part };
    if (type.indexOf('spreadsheetml') >= 0 || type.indexOf('ms-excel') >= 0)
      return { kind: 'xlsx', main: part };
    if (type.indexOf('presentationml') >= 0 || type.indexOf('ms-powerpoint') >= 0)
      return { kind: 'pptx', main: part };
  }
  if (parts.has('word/document.xml')) return { kind: 'docx', main: 'word/document.xml' };
  if (parts.has('xl/workbook.xml')) return { kind: 'xlsx', main: 'xl/workbook.xml' };
  if (parts.has('ppt/presentation.xml')) return { kind: 'pptx', main: 'ppt/presentation.xml' };
  return { kind: null, main: '' };
}

/** True when the zip is an Office Open XML package. */
export function isOoxml(dir: ZipDirectory): boolean {
  return dir.entries.some((e) => e.name === '[Content_Types].xml');
}

/** Number of elements with this local name (any prefix). */
function countElements(xml: string, local: string, meter: Meter): number {
  const t = new MarkupTokenizer(xml, false, meter);
  let n = 0;
  for (let k = t.next(); k !== 'end'; k = t.next()) if (k === 'open' && t.local === local) n++;
  return n;
}

/** Text of the first element with this local name, entities decoded and trimmed. */
function elementText(xml: string, local: string, meter: Meter): string | undefined {
  const t = new MarkupTokenizer(xml, false, meter);
  let inside = false;
  const out: string[] = [];
  for (let k = t.next(); k !== 'end'; k = t.next()) {
    if (k === 'open' && t.local === local && !inside) {
      if (t.selfClosing) return '';
      inside = true;
    } else if (inside && k === 'text') {
      out.push(t.raw ? t.text() : decodeEntities(t.text(), meter));
    } else if (inside) {
      break;
    }
  }
  return inside ? out.join('').trim() : undefined;
}

const GUID_LENGTH = 36;

function isGuid(s: string): boolean {
  if (s.length !== GUID_LENGTH) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const hex = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
    if (!hex && c !== 0x2d) return false;
  }
  return true;
}

function addSensitivityLabels(parts: Parts, c: Collector): void {
  const labels = new Map<string, { name?: string; enabled: boolean }>();
  const meter = parts.meter;
  // docProps/custom.xml: MSIP_Label_<guid>_Name / _Enabled, written by Purview/AIP.
  const custom = parts.xml('docProps/custom.xml', 1024 * 1024);
  const t = new MarkupTokenizer(custom, false, meter);
  let current: { id: string; field: string; depth: number; text: string[] } | null = null;
  let depth = 0;
  const PREFIX = 'MSIP_Label_';
  for (let k = t.next(); k !== 'end'; k = t.next()) {
    if (k === 'open') {
      if (!t.selfClosing) depth++;
      if (t.local === 'property' && !t.selfClosing) {
        const name = t.attr('name') ?? '';
        const id = name.slice(PREFIX.length, PREFIX.length + GUID_LENGTH);
        const field = name.slice(PREFIX.length + GUID_LENGTH + 1);
        current =
          name.startsWith(PREFIX) && isGuid(id) && name.charAt(PREFIX.length + GUID_LENGTH) === '_'
            ? { id: id.toLowerCase(), field, depth, text: [] }
            : null;
      }
    } else if (k === 'close') {
      if (current && depth === current.depth) {
        const value = current.text.join('').trim();
        const label = labels.get(current.id) ?? { enabled: true };
        if (current.field === 'Name') label.name = value;
        if (current.field === 'Enabled') label.enabled = value.toLowerCase() === 'true';
        labels.set(current.id, label);
        current = null;
      }
      depth = Math.max(0, depth - 1);
    } else if (current && current.text.length < 64) {
      current.text.push(t.raw ? t.text() : decodeEntities(t.text(), meter));
    }
  }
  // docMetadata/LabelInfo.xml (Office 2022+): ids only.
  const info = parts.xml('docMetadata/LabelInfo.xml', 1024 * 1024);
  const li = new MarkupTokenizer(info, false, meter);
  for (let k = li.next(); k !== 'end'; k = li.next()) {
    if (k !== 'open' || li.local !== 'label') continue;
    let id = li.attr('id') ?? '';
    if (id.charAt(0) === '{' && id.charAt(id.length - 1) === '}') id = id.slice(1, -1);
    if (!isGuid(id)) continue;
    id = id.toLowerCase();
    const enabled = li.attr('enabled') !== '0' && li.attr('removed') !== '1';
    const label = labels.get(id);
    if (label) label.enabled = label.enabled && enabled;
    else labels.set(id, { enabled });
  }
  for (const [id, label] of labels) {
    if (!label.enabled) continue;
    c.markers.push(
      label.name
        ? { type: 'sensitivity-label', name: label.name, id }
        : { type: 'sensitivity-label', id },
    );
    c.add('attachment.sensitivity-label', { name: label.name ?? id });
  }
}

function addContentStatus(parts: Parts, c: Collector): void {
  const core = parts.xml('docProps/core.xml', 1024 * 1024);
  const status = elementText(core, 'contentStatus', parts.meter);
  // "Utkast" (nb, nn, sv), "Kladd", "Draft": a status such as "Final" or "Test-Status" is not a draft.
  if (status && isDraftWord(status)) {
    c.markers.push({ type: 'content-status', value: status });
    c.add('attachment.draft.status', { value: status });
  }
}

/** What one pass over a WordprocessingML part finds. */
interface WordPart {
  readonly text: string;
  readonly revisions: Record<RevisionKind, number>;
  readonly watermarks: string[];
  /** Elements named `count` (comments). */
  readonly counted: number;
}

/**
 * One pass over a Word part: its text, its tracked changes, its watermarks
 * (VML text paths, and DrawingML shapes Word names "PowerPlusWaterMarkObject")
 * and, when asked, the number of elements of one name.
 */
function readWordPart(xml: string, meter: Meter, count?: string): WordPart {
  const t = new MarkupTokenizer(xml, false, meter);
  const text = new OoxmlText(meter);
  const revisions: Record<RevisionKind, number> = { ins: 0, del: 0, move: 0, format: 0 };
  const watermarks: string[] = [];
  let counted = 0;
  let drawing = 0;
  let drawingText: OoxmlText | null = null;
  let marked = false;
  for (let k = t.next(); k !== 'end'; k = t.next()) {
    text.take(t, k);
    if (drawingText) drawingText.take(t, k);
    if (k === 'text') {
      if (drawing > 0 && !marked && t.text().indexOf('WaterMark') >= 0) marked = true;
      continue;
    }
    const local = t.local;
    if (k === 'open') {
      const kind = REVISIONS.get(local);
      if (kind !== undefined) revisions[kind]++;
      if (local === count) counted++;
      if (local === 'textpath') {
        const value = t.attr('string');
        if (value !== undefined) {
          const mark = decodeEntities(value, meter).trim();
          if (mark) watermarks.push(mark);
        }
      }
      if (local === 'drawing' && !t.selfClosing) {
        if (drawing === 0) {
          drawingText = new OoxmlText(meter);
          marked = false;
        }
        drawing++;
      }
      if (drawing > 0 && !marked) {
        for (let i = 0; i < t.attributeCount; i++) {
          if (t.attributeValue(i).indexOf('WaterMark') >= 0) marked = true;
        }
      }
    } else if (local === 'drawing' && drawing > 0) {
      drawing--;
      if (drawing === 0 && drawingText) {
        const mark = drawingText.result();
        if (marked && mark) watermarks.push(mark);
        drawingText = null;
      }
    }
  }
  return { text: text.result(), revisions, watermarks, counted };
}

/** Watermark texts in a header: VML text paths and DrawingML shapes Word names "PowerPlusWaterMarkObject". */
export function watermarkTexts(xml: string, meter: Meter = new Meter()): string[] {
  return readWordPart(xml, meter).watermarks;
}

function inspectWord(parts: Parts, main: string, c: Collector): void {
  const meter = parts.meter;
  const folder = main.slice(0, main.lastIndexOf('/') + 1).toLowerCase();
  const body = readWordPart(parts.xml(main), meter);
  const headers = parts
    .matching((n) => numberedPart(n, folder + 'header'))
    .map((h) => readWordPart(parts.xml(h), meter));
  const footers = parts
    .matching((n) => numberedPart(n, folder + 'footer'))
    .map((f) => readWordPart(parts.xml(f), meter));
  const notes = [folder + 'footnotes.xml', folder + 'endnotes.xml'].map((n) =>
    readWordPart(parts.xml(n), meter),
  );
  const comments = readWordPart(parts.xml(folder + 'comments.xml'), meter, 'comment');

  // Tracked changes of every kind, wherever they are.
  const counts: Record<RevisionKind, number> = { ins: 0, del: 0, move: 0, format: 0 };
  for (const part of [body, ...headers, ...footers, ...notes]) {
    for (const k of ['ins', 'del', 'move', 'format'] as const) counts[k] += part.revisions[k];
  }
  const total = counts.ins + counts.del + counts.move + counts.format;
  if (total > 0) {
    const order: RevisionKind[] = ['ins', 'del', 'move', 'format'];
    c.markers.push({
      type: 'revisions',
      count: total,
      kinds: order.filter((k) => counts[k] > 0),
    });
    c.add('attachment.draft.revisions', {
      count: total,
      insertions: counts.ins,
      deletions: counts.del,
      moves: counts.move,
      formatting: counts.format,
    });
  }

  // An empty comments part (Word leaves one behind) is not a comment.
  if (comments.counted > 0) {
    c.markers.push({ type: 'comments', count: comments.counted });
    c.add('attachment.draft.comments', { count: comments.counted });
  }

  const marks: string[] = [];
  for (const h of headers) marks.push(...h.watermarks);
  for (const text of marks) {
    if (isDraftWord(text) && !c.markers.some((x) => x.type === 'watermark' && x.text === text)) {
      c.markers.push({ type: 'watermark', text });
      c.add('attachment.draft.watermark', { text });
    }
  }

  c.text(body.text);
  for (const part of [...headers, ...footers, ...notes, comments]) c.text(part.text);
  // A watermark such as "KONFIDENSIELT" is text the detectors should see.
  if (marks.length > 0) c.text(tidy(marks.join('\n'), meter));
}

function inspectExcel(parts: Parts, c: Collector): void {
  const meter = parts.meter;
  const legacy = parts
    .matching((n) => numberedPart(n, 'xl/comments'))
    .reduce((n, p) => n + countElements(parts.xml(p), 'comment', meter), 0);
  const threaded = parts
    .matching((n) => partIn(n, 'xl/threadedcomments/'))
    .reduce((n, p) => n + countElements(parts.xml(p), 'threadedComment', meter), 0);
  // Excel writes a legacy copy of every threaded comment: count the larger.
  const count = Math.max(legacy, threaded);
  if (count > 0) {
    c.markers.push({ type: 'comments', count });
    c.add('attachment.draft.comments', { count });
  }
  c.text(readWordPart(parts.xml('xl/sharedStrings.xml'), meter).text);
  for (const sheet of parts.matching((n) => numberedPart(n, 'xl/worksheets/sheet')))
    c.text(sheetValues(parts.xml(sheet), meter));
}

function inspectPowerPoint(parts: Parts, c: Collector): void {
  const meter = parts.meter;
  const count = parts
    .matching((n) => partIn(n, 'ppt/comments/'))
    .reduce((n, p) => n + countElements(parts.xml(p), 'cm', meter), 0);
  if (count > 0) {
    c.markers.push({ type: 'comments', count });
    c.add('attachment.draft.comments', { count });
  }
  for (const slide of parts.matching((n) => numberedPart(n, 'ppt/slides/slide')))
    c.text(readWordPart(parts.xml(slide), meter).text);
  for (const note of parts.matching((n) => numberedPart(n, 'ppt/notesslides/notesslide')))
    c.text(readWordPart(parts.xml(note), meter).text);
}

/**
 * Inspect an Office Open XML package already known to be a zip. Sets kind,
 * markers, macro risk, text; judges what is embedded in it.
 */
export function inspectOoxmlInto(bytes: Uint8Array, dir: ZipDirectory, c: Collector): void {
  const parts = new Parts(bytes, dir, c);
  if (dir.damaged) c.add('attachment.truncated');
  if (dir.tooMany) c.notInspected('parts');
  if (dir.overlapping) c.bomb();
  if (dir.entries.some((e) => e.encrypted)) c.markEncrypted('ZIP');
  const types = parts.xml('[Content_Types].xml', 4 * 1024 * 1024);
  const { kind, main } = mainKind(types, parts);
  // VBA projects, Excel 4.0 macro sheets, or a macro-enabled content type.
  const lowerTypes = types.toLowerCase();
  const macro =
    parts.names().some(isMacroPart) ||
    lowerTypes.indexOf('macroenabled') >= 0 ||
    lowerTypes.indexOf('vbaproject') >= 0;
  c.kind = macro ? 'office-macro' : (kind ?? 'other');
  if (macro) c.risk('macro', { type: 'VBA' });
  // What is embedded (cheap names first, then the embedded files themselves).
  scanPackageEntries(bytes, dir, c, { nesting: 0, path: '' });
  if (c.budget.bomb) return;
  addContentStatus(parts, c);
  addSensitivityLabels(parts, c);
  if (kind === 'docx') inspectWord(parts, main, c);
  else if (kind === 'xlsx') inspectExcel(parts, c);
  else if (kind === 'pptx') inspectPowerPoint(parts, c);
}

const ENCRYPTED_PACKAGE = utf16le('EncryptedPackage');
const ENCRYPTION_INFO = utf16le('EncryptionInfo');
const VBA_PROJECT = utf16le('_VBA_PROJECT');
const MACROS_STORAGE = utf16le('Macros');

export interface CfbFacts {
  /** An Office Open XML file saved with a password (MS-OFFCRYPTO). */
  readonly encryptedPackage: boolean;
  /** A VBA project storage (legacy .doc/.xls/.ppt with macros). */
  readonly vba: boolean;
}

/**
 * Facts about an OLE compound file from its directory entry names, which are
 * stored in UTF-16LE: searched as bytes, without parsing the FAT.
 */
export function cfbFacts(b: Uint8Array, limit: number): CfbFacts {
  const end = Math.min(b.length, limit);
  return {
    encryptedPackage:
      indexOfBytes(b, ENCRYPTED_PACKAGE, 0, end) >= 0 ||
      indexOfBytes(b, ENCRYPTION_INFO, 0, end) >= 0,
    vba:
      indexOfBytes(b, VBA_PROJECT, 0, end) >= 0 ||
      (indexOfBytes(b, MACROS_STORAGE, 0, end) >= 0 &&
        indexOfBytes(b, utf16le('VBA'), 0, end) >= 0),
  };
}

/** Inspect a .docx (or any OOXML package) on its own: draft markers, macros, text. */
export function inspectDocx(bytes: Uint8Array, limits?: Partial<InspectLimits>): OfficeInspection {
  const c = new Collector(new Budget({ ...DEFAULT_LIMITS, ...limits }), 0);
  const dir = readZipDirectory(bytes, c.budget.limits.maxEntries);
  if (!dir) {
    if (
      indexOfBytes(bytes, ascii('\xd0\xcf\x11\xe0'), 0, 4) === 0 &&
      cfbFacts(bytes, bytes.length).encryptedPackage
    ) {
      c.markEncrypted('Office');
      c.kind = 'docx';
    } else {
      c.add('attachment.unreadable');
    }
  } else {
    inspectOoxmlInto(bytes, dir, c);
  }
  const r = c.report('', bytes.length);
  return {
    kind: r.kind,
    macro: r.riskReasons.indexOf('macro') >= 0,
    encrypted: r.encrypted,
    draft: r.draft,
    draftMarkers: r.draftMarkers,
    text: r.text ?? '',
    findings: r.findings,
  };
}

/** ODF elements whose end starts a new line, or a new cell. */
const ODF_LINE_ENDS = new Set(['p', 'h', 'table-row', 'list-item']);
const ODF_HEADERS = new Set([
  'header',
  'footer',
  'header-left',
  'footer-left',
  'header-first',
  'footer-first',
]);

/** One pass over an OpenDocument XML part: text, comments and tracked changes. */
function readOdfPart(
  xml: string,
  meter: Meter,
  onlyHeaders: boolean,
): { text: string; comments: number; revisions: Record<RevisionKind, number> } {
  const t = new MarkupTokenizer(xml, false, meter);
  const out: string[] = [];
  const revisions: Record<RevisionKind, number> = { ins: 0, del: 0, move: 0, format: 0 };
  let comments = 0;
  let headers = 0;
  for (let k = t.next(); k !== 'end'; k = t.next()) {
    const shown = !onlyHeaders || headers > 0;
    if (k === 'text') {
      if (shown) out.push(t.raw ? t.text() : decodeEntities(t.text(), meter));
      continue;
    }
    const local = t.local;
    if (k === 'open') {
      if (onlyHeaders && ODF_HEADERS.has(local) && !t.selfClosing) headers++;
      if (local === 'annotation') comments++;
      else if (local === 'insertion') revisions.ins++;
      else if (local === 'deletion') revisions.del++;
      else if (local === 'format-change') revisions.format++;
      if (!shown) continue;
      if (local === 's') out.push(' ');
      else if (local === 'tab') out.push('\t');
      else if (local === 'line-break') out.push('\n');
    } else {
      if (onlyHeaders && ODF_HEADERS.has(local)) headers = Math.max(0, headers - 1);
      if (!shown) continue;
      if (local === 'table-cell') out.push('\t');
      else if (ODF_LINE_ENDS.has(local)) out.push('\n');
    }
  }
  return { text: tidy(out.join(''), meter), comments, revisions };
}

/**
 * An OpenDocument file (.odt, .ods, .odp): its text, headers and footers,
 * comments and tracked changes as draft markers, macros (Basic/, Scripts/),
 * and the objects embedded in it ("Object 1", judged like Office's).
 */
export function inspectOdfInto(bytes: Uint8Array, dir: ZipDirectory, c: Collector): void {
  const parts = new Parts(bytes, dir, c);
  const meter = parts.meter;
  c.kind = 'other';
  if (dir.damaged) c.add('attachment.truncated');
  if (dir.tooMany) c.notInspected('parts');
  if (dir.entries.some((e) => e.encrypted)) c.markEncrypted('ZIP');
  const names = parts.names();
  if (names.some((n) => n.startsWith('basic/') || n.startsWith('scripts/')))
    c.risk('macro', { type: 'ODF' });
  scanPackageEntries(bytes, dir, c, { nesting: 0, path: '' });
  if (c.budget.bomb) return;
  const body = readOdfPart(parts.xml('content.xml'), meter, false);
  const styles = readOdfPart(parts.xml('styles.xml'), meter, true);
  const total = body.revisions.ins + body.revisions.del + body.revisions.format;
  if (total > 0) {
    const kinds = (['ins', 'del', 'format'] as const).filter((k) => body.revisions[k] > 0);
    c.markers.push({ type: 'revisions', count: total, kinds });
    c.add('attachment.draft.revisions', {
      count: total,
      insertions: body.revisions.ins,
      deletions: body.revisions.del,
      moves: 0,
      formatting: body.revisions.format,
    });
  }
  if (body.comments > 0) {
    c.markers.push({ type: 'comments', count: body.comments });
    c.add('attachment.draft.comments', { count: body.comments });
  }
  c.text(body.text);
  c.text(styles.text);
}
