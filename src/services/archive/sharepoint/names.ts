/**
 * Names and numbers in a SharePoint library: a case folder "2026-123
 * Bygglov Storgatan 1" (case 2026/123), a record's files "2026-123-4
 * Søknad.eml" (reference 2026/123-4), each made of text SharePoint takes
 * in a name; and the name of a claim a new case folder is made under.
 */
import type { ArchiveCase } from '../../../core/ports';
import { SHAREPOINT_COLUMNS as C } from './shapes';
import type { CaseFolder, DriveItem, Fields } from './shapes';

const MAX_TEXT = 255;
const MAX_STEM = 100;

/** "2026/123", "2026-123", and a record's "2026/123-4": the case's year and number. */
export const CASE_QUERY = /^(\d{4})\s*[/-]\s*(\d{1,9})(?:\s*-\s*\d+)?$/;
/** A case folder's name: "2026-123 Bygglov Storgatan 1". */
const CASE_FOLDER = /^(\d{4})-(\d{1,9})(?: (.*))?$/;
/** What SharePoint does not take in a name and a name can do without. */
// reason: control characters are among the characters SharePoint refuses in a name.
// eslint-disable-next-line no-control-regex
const DROPPED = /["*<>?\u0000-\u001f]/g;

/**
 * Text made into (part of) a name SharePoint takes: quotes, `* < > ?` and
 * control characters go, a colon becomes a dash ("Foto: tomten" → "Foto -
 * tomten"), and so do `/ \ |` ("1/3" → "1-3").
 */
function safe(text: string, max: number): string {
  let s = text
    .normalize('NFC')
    .replace(DROPPED, '')
    .replace(/\s*:\s+/g, ' - ')
    .replace(/[:/\\|]/g, '-')
    .replace(/_vti_/gi, 'vti')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length > max) s = s.slice(0, max).trim();
  return s.replace(/[.\s]+$/, '');
}

/** "2026-123-4 Søknad.eml" from "Søknad.eml": the prefix, the safe stem, the safe extension. */
export function fileName(prefix: string, original: string): string {
  const dot = original.lastIndexOf('.');
  const ext = dot > 0 ? safe(original.slice(dot + 1), 20).replace(/[\s.]/g, '') : '';
  const stem = safe(dot > 0 ? original.slice(0, dot) : original, MAX_STEM);
  return `${prefix}${stem !== '' ? ` ${stem}` : ''}${ext !== '' ? `.${ext}` : ''}`;
}

export function caseFolderName(year: number, seq: number, title: string): string {
  const t = safe(title, MAX_STEM);
  return `${year}-${seq}${t !== '' ? ` ${t}` : ''}`;
}

export function caseNumber(c: Pick<CaseFolder, 'year' | 'seq'>): string {
  return `${c.year}/${c.seq}`;
}

export function reference(c: CaseFolder, doc: number): string {
  return `${caseNumber(c)}-${doc}`;
}

/** The prefix of document number `n`'s files in this case: "2026-123-4". */
export function documentPrefix(c: CaseFolder, n: number): string {
  return `${c.year}-${c.seq}-${n}`;
}

/** The number of a record's file in this case ("2026-123-4 …" → 4), or null. */
export function documentNumberOf(c: CaseFolder, name: string): number | null {
  const prefix = `${c.year}-${c.seq}-`;
  if (!name.startsWith(prefix)) return null;
  const m = /^(\d{1,9})(?=[ .]|$)/.exec(name.slice(prefix.length));
  return m ? Number(m[1]) : null;
}

export function caseFolderNumber(year: number, name: string): number | null {
  const m = CASE_FOLDER.exec(name);
  return m && Number(m[1]) === year ? Number(m[2]) : null;
}

/** A case folder as the user sees it: its number from the column, else from its name. */
export function toCase(item: DriveItem, fields?: Fields): ArchiveCase {
  const m = CASE_FOLDER.exec(item.name);
  const fromColumn = fields?.[C.caseNumber];
  const title = fields?.['Title'];
  return {
    id: item.id,
    number: typeof fromColumn === 'string' ? fromColumn : m ? `${m[1]}/${m[2]}` : '',
    title: typeof title === 'string' && title !== '' ? title : (m?.[3] ?? item.name),
  };
}

/** Text a column takes (SharePoint's single line of text: 255 characters). */
export function text(v: string): string {
  return v.length > MAX_TEXT ? v.slice(0, MAX_TEXT) : v;
}

/** A name no one else's folder has: the claim a new case folder is made under. */
export function claimName(): string {
  const b = new Uint8Array(10);
  globalThis.crypto.getRandomValues(b);
  const digits = 'abcdefghijklmnopqrstuvwxyz234567';
  return `Arkivpost ${Array.from(b, (x) => digits[x & 31]).join('')}`;
}
