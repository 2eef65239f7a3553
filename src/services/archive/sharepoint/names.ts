/**
 * Names and numbers in a SharePoint library: a case folder "2026-123
 * Bygglov Storgatan 1" (case 2026/123), a record's files "2026-123-4
 * Søknad.eml" (reference 2026/123-4), each made of text SharePoint takes
 * in a name; and the name of a claim a new case folder is made under.
 */
import { safeFileName, safeFileNameOf } from '../../../core/archive/file-name';
import type { ArchiveCase } from '../../../core/ports';
import { SHAREPOINT_COLUMNS as C } from './shapes';
import type { CaseFolder, DriveItem, Fields } from './shapes';

const MAX_TEXT = 255;
const MAX_STEM = 100;

/** A case folder's name: "2026-123 Bygglov Storgatan 1". */
const CASE_FOLDER = /^(\d{4})-(\d{1,9})(?: (.*))?$/;
/** "2026-123-4 Søknad.eml" from "Søknad.eml": the prefix, the safe stem, the safe extension. */
export function fileName(prefix: string, original: string): string {
  return safeFileNameOf(original, { prefix, max: MAX_STEM });
}

export function caseFolderName(year: number, seq: number, title: string): string {
  return safeFileName(title, '', { prefix: `${year}-${seq}`, max: MAX_STEM });
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
