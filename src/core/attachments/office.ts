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
import { decodeEntities, decodeUtf16, decodeUtf8 } from './decode';
import { ascii, indexOfBytes, utf16le } from './bytes';
import { Budget } from './inflate';
import { Collector } from './collector';
import { ooxmlText, sheetValues } from './text';
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

const P = '(?:[A-Za-z_][\\w.-]*:)?';

const REVISION_RE = new RegExp(
  '<' +
    P +
    '(ins|del|moveFrom|moveTo|cellIns|cellDel|cellMerge|rPrChange|pPrChange|sectPrChange|tblPrChange|tblPrExChange|trPrChange|tcPrChange|tblGridChange|numberingChange)[\\s/>]',
  'g',
);

/** Words that mark a document as not final, in the four languages (whole words). */
const DRAFT_WORDS =
  /(?:^|[^A-Za-z0-9æøåäöÆØÅÄÖ])(utkast|arbeidsutkast|arbetsutkast|kladd|draft)(?=$|[^A-Za-z0-9æøåäöÆØÅÄÖ])/i;

export function isDraftWord(s: string): boolean {
  return DRAFT_WORDS.test(s.trim());
}

function revisionKind(tag: string): RevisionKind {
  if (tag === 'ins' || tag === 'cellIns') return 'ins';
  if (tag === 'del' || tag === 'cellDel') return 'del';
  if (tag === 'moveFrom' || tag === 'moveTo') return 'move';
  return 'format';
}

function countElements(xml: string, local: string): number {
  const re = new RegExp('<' + P + local + '[\\s/>]', 'g');
  let n = 0;
  while (re.exec(xml) !== null) n++;
  return n;
}

function elementText(xml: string, local: string): string | undefined {
  const re = new RegExp('<' + P + local + '(?:\\s[^>]*)?>([^<]*)<');
  const m = re.exec(xml);
  return m && m[1] !== undefined ? decodeEntities(m[1]).trim() : undefined;
}

/** XML part bytes to string (UTF-8, or UTF-16 with BOM). */
export function decodeXml(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return decodeUtf16(b, true, 2);
  if (b[0] === 0xfe && b[1] === 0xff) return decodeUtf16(b, false, 2);
  const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  return decodeUtf8(b.subarray(start), false) ?? '';
}

/** Natural order, so slide2 comes before slide10. */
function natural(a: string, b: string): number {
  const na = /(\d+)\.xml$/.exec(a);
  const nb = /(\d+)\.xml$/.exec(b);
  const sa = na ? a.slice(0, na.index) : a;
  const sb = nb ? b.slice(0, nb.index) : b;
  if (sa !== sb) return sa < sb ? -1 : 1;
  return Number(na?.[1] ?? 0) - Number(nb?.[1] ?? 0);
}

/** Reads parts of one package, with the findings their reading produces. */
class Parts {
  private readonly byName = new Map<string, ZipEntry>();
  constructor(
    private readonly bytes: Uint8Array,
    readonly dir: ZipDirectory,
    private readonly c: Collector,
  ) {
    for (const e of dir.entries) this.byName.set(e.name.toLowerCase().replace(/^\//, ''), e);
  }

  names(): string[] {
    return Array.from(this.byName.keys());
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  matching(re: RegExp): string[] {
    return this.names()
      .filter((n) => re.test(n))
      .sort(natural);
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
        this.c.tooLarge(partCap, 'part', e.size);
        break;
      case 'budget':
        this.c.tooLarge(limits.maxTotalInflatedBytes, 'scan', e.size);
        break;
      case 'truncated':
      case 'error':
        this.c.add('attachment.truncated');
        break;
      case 'unsupported':
        return '';
      case 'complete':
        break;
    }
    return decodeXml(r.data);
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
  const re =
    /<Override\b[^>]*?PartName="([^"]*)"[^>]*?ContentType="([^"]*)"|<Override\b[^>]*?ContentType="([^"]*)"[^>]*?PartName="([^"]*)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(contentTypes)) !== null) {
    const part = (m[1] ?? m[4] ?? '').replace(/^\//, '');
    const type = (m[2] ?? m[3] ?? '').toLowerCase();
    if (!/\.main\+xml$/.test(type)) continue;
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

function addSensitivityLabels(parts: Parts, c: Collector): void {
  const labels = new Map<string, { name?: string; enabled: boolean }>();
  // docProps/custom.xml: MSIP_Label_<guid>_Name / _Enabled, written by Purview/AIP.
  const custom = parts.xml('docProps/custom.xml', 1024 * 1024);
  const prop =
    /<(?:[A-Za-z_][\w.-]*:)?property\b[^>]*?\bname="MSIP_Label_([0-9a-fA-F-]{36})_(\w+)"[^>]*>\s*<[^>]*>([^<]*)</g;
  let m: RegExpExecArray | null;
  while ((m = prop.exec(custom)) !== null) {
    const id = (m[1] ?? '').toLowerCase();
    const field = m[2] ?? '';
    const value = decodeEntities(m[3] ?? '').trim();
    const label = labels.get(id) ?? { enabled: true };
    if (field === 'Name') label.name = value;
    if (field === 'Enabled') label.enabled = value.toLowerCase() === 'true';
    labels.set(id, label);
  }
  // docMetadata/LabelInfo.xml (Office 2022+): ids only.
  const info = parts.xml('docMetadata/LabelInfo.xml', 1024 * 1024);
  const tag = /<(?:[A-Za-z_][\w.-]*:)?label\b([^>]*)>/g;
  while ((m = tag.exec(info)) !== null) {
    const attrs = m[1] ?? '';
    const id = /\bid="\{?([0-9a-fA-F-]{36})\}?"/.exec(attrs)?.[1]?.toLowerCase();
    if (!id) continue;
    const enabled = !/\benabled="0"/.test(attrs) && !/\bremoved="1"/.test(attrs);
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
  const status = elementText(core, 'contentStatus');
  // "Utkast" (nb, nn, sv), "Kladd", "Draft": a status such as "Final" or "Test-Status" is not a draft.
  if (status && isDraftWord(status)) {
    c.markers.push({ type: 'content-status', value: status });
    c.add('attachment.draft.status', { value: status });
  }
}

/** Watermark texts in a header: VML text paths and DrawingML shapes Word names "PowerPlusWaterMarkObject". */
export function watermarkTexts(xml: string): string[] {
  const out: string[] = [];
  const vml = /<(?:[A-Za-z_][\w.-]*:)?textpath\b[^>]*?\sstring="([^"]*)"/g;
  let m: RegExpExecArray | null;
  while ((m = vml.exec(xml)) !== null) out.push(decodeEntities(m[1] ?? '').trim());
  let from = 0;
  for (;;) {
    const at = xml.indexOf('WaterMark', from);
    if (at < 0) break;
    const start = xml.lastIndexOf('<w:drawing', at);
    const end = xml.indexOf('</w:drawing>', at);
    if (start >= 0 && end > at && xml.lastIndexOf('</w:drawing>', at) < start) {
      const t = ooxmlText(xml.slice(start, end)).trim();
      if (t) out.push(t);
      from = end;
    } else {
      from = at + 9;
    }
  }
  return out.filter((t) => t.length > 0);
}

function inspectWord(parts: Parts, main: string, c: Collector): void {
  const folder = main.slice(0, main.lastIndexOf('/') + 1).toLowerCase();
  const esc = folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = parts.xml(main);
  const headers = parts.matching(new RegExp('^' + esc + 'header\\d*\\.xml$'));
  const footers = parts.matching(new RegExp('^' + esc + 'footer\\d*\\.xml$'));
  const notes = [folder + 'footnotes.xml', folder + 'endnotes.xml'];
  const headerXml = headers.map((h) => parts.xml(h));
  const footerXml = footers.map((f) => parts.xml(f));
  const noteXml = notes.map((n) => parts.xml(n));
  const comments = parts.xml(folder + 'comments.xml');

  // Tracked changes of every kind, wherever they are.
  const kinds: RevisionKind[] = [];
  const counts: Record<RevisionKind, number> = { ins: 0, del: 0, move: 0, format: 0 };
  let total = 0;
  for (const xml of [body, ...headerXml, ...footerXml, ...noteXml]) {
    REVISION_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = REVISION_RE.exec(xml)) !== null) {
      const k = revisionKind(m[1] ?? '');
      counts[k]++;
      total++;
      if (kinds.indexOf(k) < 0) kinds.push(k);
    }
  }
  if (total > 0) {
    const order: RevisionKind[] = ['ins', 'del', 'move', 'format'];
    c.markers.push({
      type: 'revisions',
      count: total,
      kinds: order.filter((k) => kinds.indexOf(k) >= 0),
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
  const commentCount = countElements(comments, 'comment');
  if (commentCount > 0) {
    c.markers.push({ type: 'comments', count: commentCount });
    c.add('attachment.draft.comments', { count: commentCount });
  }

  const marks: string[] = [];
  for (const xml of headerXml) marks.push(...watermarkTexts(xml));
  for (const text of marks) {
    if (isDraftWord(text) && !c.markers.some((x) => x.type === 'watermark' && x.text === text)) {
      c.markers.push({ type: 'watermark', text });
      c.add('attachment.draft.watermark', { text });
    }
  }

  c.text(ooxmlText(body));
  for (const xml of [...headerXml, ...footerXml, ...noteXml, comments]) c.text(ooxmlText(xml));
  // A watermark such as "KONFIDENSIELT" is text the detectors should see.
  if (marks.length > 0) c.text(marks.join('\n'));
}

function inspectExcel(parts: Parts, c: Collector): void {
  const legacy = parts
    .matching(/^xl\/comments\d*\.xml$/)
    .reduce((n, p) => n + countElements(parts.xml(p), 'comment'), 0);
  const threaded = parts
    .matching(/^xl\/threadedcomments\/[^/]+\.xml$/)
    .reduce((n, p) => n + countElements(parts.xml(p), 'threadedComment'), 0);
  // Excel writes a legacy copy of every threaded comment: count the larger.
  const count = Math.max(legacy, threaded);
  if (count > 0) {
    c.markers.push({ type: 'comments', count });
    c.add('attachment.draft.comments', { count });
  }
  c.text(ooxmlText(parts.xml('xl/sharedStrings.xml')));
  for (const sheet of parts.matching(/^xl\/worksheets\/sheet\d*\.xml$/))
    c.text(sheetValues(parts.xml(sheet)));
}

function inspectPowerPoint(parts: Parts, c: Collector): void {
  const count = parts
    .matching(/^ppt\/comments\/[^/]+\.xml$/)
    .reduce((n, p) => n + countElements(parts.xml(p), 'cm'), 0);
  if (count > 0) {
    c.markers.push({ type: 'comments', count });
    c.add('attachment.draft.comments', { count });
  }
  for (const slide of parts.matching(/^ppt\/slides\/slide\d*\.xml$/))
    c.text(ooxmlText(parts.xml(slide)));
  for (const note of parts.matching(/^ppt\/notesslides\/notesslide\d*\.xml$/))
    c.text(ooxmlText(parts.xml(note)));
}

/** Inspect an Office Open XML package already known to be a zip. Sets kind, markers, macro risk, text. */
export function inspectOoxmlInto(bytes: Uint8Array, dir: ZipDirectory, c: Collector): void {
  const parts = new Parts(bytes, dir, c);
  if (dir.damaged) c.add('attachment.truncated');
  if (dir.overlapping) c.bomb();
  if (dir.entries.some((e) => e.encrypted)) c.markEncrypted('ZIP');
  const types = parts.xml('[Content_Types].xml', 4 * 1024 * 1024);
  const { kind, main } = mainKind(types, parts);
  // VBA projects, Excel 4.0 macro sheets, or a macro-enabled content type.
  const macro =
    parts
      .names()
      .some(
        (n) =>
          /(^|\/)vbaproject\.bin$/.test(n) ||
          n.startsWith('xl/macrosheets/') ||
          /(^|\/)vbadata\.xml$/.test(n),
      ) || /macroEnabled|vbaProject/i.test(types);
  c.kind = macro ? 'office-macro' : (kind ?? 'other');
  if (macro) c.risk('macro', { type: 'VBA' });
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
