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

/**
 * Programs, installers and packages Windows (or a Mac) runs directly. With
 * the scripts, macro files and the blocked types below this is Microsoft's
 * list of file types Outlook blocks ("Blocked attachments in Outlook"), plus
 * the newer app packages and what attackers have used since.
 */
const EXECUTABLE = words(
  'exe com scr pif cpl dll ocx sys drv msi msp mst msu msc msix msixbundle appx appxbundle ' +
    'appinstaller application appref-ms gadget lnk xll xbap jar jnlp apk aab ipa app deb rpm ' +
    'run elf mof xnk diagcab fxp',
);

/** Scripts run by an interpreter that is on every Windows (or Mac) machine. */
const SCRIPT = words(
  'bat cmd ps1 psm1 psd1 psdm1 ps1xml ps2 ps2xml psc1 psc2 cdxml vb vbs vbe vbp bas js jse ' +
    'mjs wsf wsh wsc ws wsb sct hta htc reg inf ins isp its scf chm hlp hpj cnt sh bash zsh ' +
    'ksh csh command py pyc pyo pyw pyz pyzw pl rb applescript scpt workflow action iqy slk ' +
    'msh msh1 msh2 mshxml msh1xml msh2xml shb shs grp job',
);

/**
 * Office and Access files whose format allows VBA macros or add-in code,
 * and OneNote notebooks, which carry embedded files that run when clicked.
 */
const MACRO = words(
  'docm dotm xlsm xltm xlam xla xlm pptm potm ppam ppsm sldm ppa accde accdb accdr accdt ' +
    'accda mdb mde mda mdt mdw mdz ade adp mad maf mag mam maq mar mas mat mau mav maw ' +
    'vsmacros one onepkg',
);

/**
 * Other types Outlook blocks: shortcuts and connection files that open a
 * program or another computer (rdp, url, website, searchConnector-ms,
 * library-ms), settings that change the machine (certificates, themes,
 * Outlook and Office profiles, printer exports), and server pages and
 * program sources that run where they are opened.
 */
const BLOCKED = words(
  'url website webpnp rdp searchconnector-ms search-ms library-ms settingcontent-ms ' +
    'appcontent-ms udl theme themepack deskthemepack cer crt der pst tmp prf ops ' +
    'printerexport plg mcf asp aspx asx prg pcd osd bgi vsw',
);

const ARCHIVE = words(
  'zip zipx 7z rar tar gz tgz bz2 tbz tbz2 xz txz lz lzma zst cab arj lzh lha ace z cpio ' +
    'uue xxe war ear',
);

const DISK_IMAGE = words('iso img vhd vhdx dmg udf vmdk wim');

/**
 * Pages a browser renders with scripts and forms: a phishing classic. SVG is
 * here although it is an image: it can carry script and is used for
 * phishing pages; Outlook does not block it, the send check warns.
 */
const HTML = words('htm html xhtml xht shtml mht mhtml svg svgz');

/** Extensions people expect a harmless document to have. */
const DOCUMENT_LIKE = words(
  'pdf doc docx xls xlsx ppt pptx odt ods odp rtf txt csv jpg jpeg png gif bmp tif tiff ' +
    'heic mp3 mp4 mov wav avi eml msg xml json zip',
);

/** Bidirectional controls: U+202E RIGHT-TO-LEFT OVERRIDE turns "fdp.exe" into "exe.pdf" on screen. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const RTL_OVERRIDE = /[\u202b\u202e\u2067]/;

/** Longest name that is judged; a longer one is judged by its last characters. */
const MAX_NAME = 4096;

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
  if (BLOCKED.has(ext)) return 'blocked-type';
  if (DISK_IMAGE.has(ext)) return 'disk-image';
  if (HTML.has(ext)) return 'html';
  if (ARCHIVE.has(ext)) return 'archive';
  return null;
}

/** Without the dots and spaces Windows drops from the end of a name ("faktura.exe. "). */
function trimDotsAndSpaces(s: string): string {
  let e = s.length;
  while (e > 0) {
    const c = s.charCodeAt(e - 1);
    if (c !== 0x2e && c !== 0x20) break;
    e--;
  }
  return s.slice(0, e);
}

function trimEndSpace(s: string): string {
  let e = s.length;
  while (e > 0 && /\s/.test(s.charAt(e - 1))) e--;
  return s.slice(0, e);
}

/** Extension and the one before it, of a base name. */
function extensions(name: string): { ext: string; innerExt: string } {
  const base = trimDotsAndSpaces(name);
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
    const stem = trimEndSpace(base.slice(0, lastDot));
    const innerDot = stem.lastIndexOf('.');
    if (innerDot > 0)
      innerExt = stem
        .slice(innerDot + 1)
        .trim()
        .toLowerCase();
  }
  return { ext, innerExt };
}

export function analyzeName(name: string): NameAnalysis {
  const reasons: RiskCode[] = [];
  const judged = name.length > MAX_NAME ? name.slice(name.length - MAX_NAME) : name;
  if (RTL_OVERRIDE.test(name)) reasons.push('rtl-override');
  // Windows ignores trailing dots and spaces: "faktura.exe. " runs as .exe.
  const visible = trimDotsAndSpaces(
    judged
      .replace(BIDI, '')
      // eslint-disable-next-line no-control-regex -- reason: NUL and other controls are stripped from names
      .replace(/[\u0000-\u001f]/g, ''),
  );
  // Only the base name counts; some clients put a path in the name.
  const base = visible.slice(Math.max(visible.lastIndexOf('/'), visible.lastIndexOf('\\')) + 1);
  // An NTFS stream: "a.exe::$DATA" is a.exe, and "a.txt:b.exe" puts b.exe in
  // a stream of a.txt (a client that saves it replaces the colon and keeps
  // .exe). Both parts are judged.
  const colon = base.indexOf(':');
  const candidates = [base];
  if (colon >= 0) {
    candidates[0] = base.slice(0, colon);
    let stream = base.slice(colon + 1);
    const type = stream.lastIndexOf(':');
    if (type >= 0 && stream.charAt(type + 1) === '$') stream = stream.slice(0, type);
    if (stream.length > 0) candidates.push(stream);
  }
  let chosen = extensions(candidates[0] as string);
  let risk = extensionRisk(chosen.ext);
  for (let i = 1; i < candidates.length && risk === null; i++) {
    const other = extensions(candidates[i] as string);
    const otherRisk = extensionRisk(other.ext);
    if (otherRisk !== null) {
      chosen = other;
      risk = otherRisk;
    }
  }
  const { ext, innerExt } = chosen;
  if (risk) reasons.push(risk);
  // A harmless-looking extension in front of a dangerous one. Archives are
  // left out: macOS names a compressed file "rapport.pdf.zip" by itself.
  if (risk && risk !== 'archive' && innerExt && DOCUMENT_LIKE.has(innerExt) && innerExt !== ext) {
    reasons.push('double-extension');
  }
  return { ext, innerExt, reasons };
}

/**
 * The params of an `attachment.risky.*` finding for a name: the extensions
 * for double-extension and rtl-override, the file type otherwise, and the
 * inner file when the name is inside an archive or document.
 */
export function riskParams(
  reason: RiskCode,
  name: NameAnalysis,
  entry?: string,
): Record<string, string> {
  const where = entry !== undefined ? { entry } : {};
  if (reason === 'double-extension') return { shown: name.innerExt, real: name.ext, ...where };
  if (reason === 'rtl-override') return { real: name.ext, ...where };
  return { type: name.ext ? name.ext.toUpperCase() : '?', ...where };
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
  BLOCKED as BLOCKED_EXTENSIONS,
  DISK_IMAGE as DISK_IMAGE_EXTENSIONS,
  EXECUTABLE as EXECUTABLE_EXTENSIONS,
};
