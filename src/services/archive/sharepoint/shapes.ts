/**
 * What the SharePoint connector reads and writes: Graph's drive and list
 * items as it uses them, the library once found, and the library's
 * columns by internal name.
 */

/** The library's columns the connector writes, by internal name. */
export const SHAREPOINT_COLUMNS = {
  caseNumber: 'ArkivpostCaseNumber',
  documentNumber: 'ArkivpostDocumentNumber',
  documentType: 'ArkivpostDocumentType',
  restriction: 'ArkivpostRestriction',
  sender: 'ArkivpostSender',
  received: 'ArkivpostReceived',
  messageId: 'ArkivpostMessageId',
  attachments: 'ArkivpostAttachments',
  /** Optional: the message's fingerprint, on the .eml (a library without it files without). */
  fingerprint: 'ArkivpostFingerprint',
} as const;

/** Columns a library may lack: what they would hold is then not kept. */
export const OPTIONAL_COLUMNS: readonly string[] = [SHAREPOINT_COLUMNS.fingerprint];

export interface DriveItem {
  readonly id: string;
  readonly name: string;
  readonly size?: number;
  readonly eTag?: string;
  readonly file?: { readonly hashes?: { readonly quickXorHash?: string } };
  readonly folder?: object;
  readonly parentReference?: { readonly id?: string };
  readonly sharepointIds?: { readonly listItemId?: string };
}

export type Fields = Readonly<Record<string, unknown>>;

export interface ListItem {
  readonly id: string;
  readonly eTag?: string;
  readonly fields?: Fields;
  readonly driveItem?: DriveItem;
}

export interface Page<T> {
  readonly value: T[];
  readonly '@odata.nextLink'?: string;
}

export interface Library {
  readonly driveId: string;
  readonly siteId: string;
  readonly listId: string;
  readonly rootId: string;
  /** The library has the fingerprint column. */
  readonly fingerprint: boolean;
}

/** A case folder as filing uses it. */
export interface CaseFolder {
  readonly id: string;
  readonly year: number;
  readonly seq: number;
  readonly title: string;
}

/** A file's size and QuickXorHash. */
export interface Sum {
  readonly hash: string;
  readonly size: number;
}

export function listItemIdOf(item: DriveItem): number {
  return Number(item.sharepointIds?.listItemId ?? Infinity);
}

export function hashOf(item: DriveItem): string | null {
  return item.file?.hashes?.quickXorHash ?? null;
}

/** The item has these bytes (by size and QuickXorHash). */
export function same(item: DriveItem, sum: Sum): boolean {
  return item.size === sum.size && hashOf(item) === sum.hash;
}
