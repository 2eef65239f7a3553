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

import { utf16le, indexOfBytes, ascii } from './bytes';
import { Budget } from './inflate';
import { Collector } from './collector';
import { isMacroPart, scanPackageEntries } from './archive';
import { MarkupTokenizer } from './markup';
import { DEFAULT_LIMITS } from './types';
import type { AttachmentKind, DraftMarker, AttachmentFinding, InspectLimits } from './types';
import { readZipDirectory } from './zip';
import type { ZipDirectory } from './zip';
import { Parts } from './office-parts';
import { addContentStatus, addSensitivityLabels } from './office-metadata';
import { inspectExcel, inspectPowerPoint, inspectWord } from './office-documents';

export { decodeXml, isDraftWord } from './office-parts';
export { watermarkTexts } from './office-documents';
export { inspectOdfInto } from './office-odf';

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
