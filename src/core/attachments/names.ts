/**
 * Risk from an attachment's file name (R12, Melleruds/Vara: "öppna inte
 * bifogade filer från okända avsändare"). Windows decides what a file does by
 * its last extension, so that is what is judged, after removing what Windows
 * itself ignores (trailing dots and spaces) and what hides the real extension
 * from the reader (bidirectional control characters).
 */
import type { RiskCode } from './types';

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

/** Programs and things Windows runs directly. */
const EXECUTABLE = words(
  'exe com scr pif cpl dll ocx sys drv msi msp mst msc msix msixbundle appx appxbundle ' +
    'application appref-ms gadget lnk url xll xbap jar apk aab ipa app deb rpm run elf ' +
    'library-ms settingcontent-ms diagcab mof xnk search-ms',
);

/** Scripts run by an interpreter that is on every Windows (or Mac) machine. */
const SCRIPT = words(
  'bat cmd ps1 psm1 psd1 ps1xml psc1 vb vbs vbe js jse mjs wsf wsh wsc ws sct hta reg inf ' +
    'scf chm sh bash zsh ksh csh command py pyw pl rb applescript scpt workflow action iqy ' +
    'slk msh msh1 msh2 mshxml msh1xml msh2xml ade adp mde mda ins isp its job shb shs grp',
);

/** Office files whose format allows VBA macros or add-in code. */
const MACRO = words(
  'docm dotm xlsm xltm xlam xla xlm pptm potm ppam ppsm sldm ppa accde accdb mdb',
);

const ARCHIVE = words(
  'zip zipx 7z rar tar gz tgz bz2 tbz tbz2 xz txz lz lzma zst cab arj lzh lha ace z cpio ' +
    'uue xxe war ear',
);

const DISK_IMAGE = words('iso img vhd vhdx dmg udf vmdk wim');

/** Pages a browser renders with scripts and forms: a phishing classic. */
const HTML = words('htm html xhtml xht shtml mht mhtml svg svgz');

/** Extensions people expect a harmless document to have. */
const DOCUMENT_LIKE = words(
  'pdf doc docx xls xlsx ppt pptx odt ods odp rtf txt csv jpg jpeg png gif bmp tif tiff ' +
    'heic mp3 mp4 mov wav avi eml msg xml json zip',
);

/** Bidirectional controls: U+202E RIGHT-TO-LEFT OVERRIDE turns "fdp.exe" into "exe.pdf" on screen. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const RTL_OVERRIDE = /[\u202b\u202e\u2067]/;

export interface NameAnalysis {
  /** Last extension, lower case, after removing hidden characters ('' if none). */
  readonly ext: string;
  /** The extension before it, if any ('faktura.pdf.exe' -> 'pdf'). */
  readonly innerExt: string;
  readonly reasons: readonly RiskCode[];
}

function extensionRisk(ext: string): RiskCode | null {
  if (EXECUTABLE.has(ext)) return 'executable';
  if (SCRIPT.has(ext)) return 'script';
  if (MACRO.has(ext)) return 'macro';
  if (DISK_IMAGE.has(ext)) return 'disk-image';
  if (HTML.has(ext)) return 'html';
  if (ARCHIVE.has(ext)) return 'archive';
  return null;
}

export function analyzeName(name: string): NameAnalysis {
  const reasons: RiskCode[] = [];
  if (RTL_OVERRIDE.test(name)) reasons.push('rtl-override');
  // Windows ignores trailing dots and spaces: "faktura.exe. " runs as .exe.
  const visible = name
    .replace(BIDI, '')
    // eslint-disable-next-line no-control-regex -- reason: NUL and other controls are stripped from names
    .replace(/[\u0000-\u001f]/g, '')
    .replace(/[. ]+$/, '');
  // Only the base name counts; some clients put a path in the name.
  const base = visible.slice(Math.max(visible.lastIndexOf('/'), visible.lastIndexOf('\\')) + 1);
  const lastDot = base.lastIndexOf('.');
  const ext =
    lastDot > 0 || (lastDot === 0 && base.length > 1)
      ? base
          .slice(lastDot + 1)
          .trim()
          .toLowerCase()
      : '';
  let innerExt = '';
  if (lastDot > 0) {
    // "faktura.pdf     .exe": spaces push the real extension out of view.
    const stem = base.slice(0, lastDot).replace(/\s+$/, '');
    const innerDot = stem.lastIndexOf('.');
    if (innerDot > 0)
      innerExt = stem
        .slice(innerDot + 1)
        .trim()
        .toLowerCase();
  }
  const risk = extensionRisk(ext);
  if (risk) reasons.push(risk);
  // A harmless-looking extension in front of a dangerous one. Archives are
  // left out: macOS names a compressed file "rapport.pdf.zip" by itself.
  if (risk && risk !== 'archive' && innerExt && DOCUMENT_LIKE.has(innerExt) && innerExt !== ext) {
    reasons.push('double-extension');
  }
  return { ext, innerExt, reasons };
}

/** R12: why a file with this name is risky to open (empty when it is not). */
export function riskOfName(name: string): RiskCode[] {
  return analyzeName(name).reasons.slice();
}

/** Extensions we read as plain text. */
export const TEXT_EXTENSIONS = words('txt csv tsv log md text tab prn');
export const HTML_EXTENSIONS = words('htm html xhtml xht shtml');
export const IMAGE_EXTENSIONS = words(
  'jpg jpeg png gif bmp tif tiff heic heif webp svg svgz ico emf wmf',
);
export {
  ARCHIVE as ARCHIVE_EXTENSIONS,
  DISK_IMAGE as DISK_IMAGE_EXTENSIONS,
  EXECUTABLE as EXECUTABLE_EXTENSIONS,
};
