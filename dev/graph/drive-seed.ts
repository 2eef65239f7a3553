/**
 * The sites and libraries the emulator's SharePoint (drive-store.ts) starts
 * with: the Arkivpost columns, the sample sites with their folders and
 * files, and the columns every list has.
 */

import { stableGuid } from '../emulator/util';
import type { ColumnRecord, ColumnType, FieldValue } from './drive-records';

// ---------------------------------------------------------------- seed

export interface ColumnSeed {
  readonly name: string;
  readonly displayName: string;
  readonly description?: string;
  readonly type: ColumnType;
  readonly choices?: readonly string[];
  readonly indexed?: boolean;
}

export interface ItemSeed {
  /** Path from the library's root: "2026-7 Gatubelysning Storgatan/2026-7-1 Synpunkt.eml". */
  readonly path: string;
  readonly kind: 'folder' | 'file';
  readonly content?: string;
  readonly mimeType?: string;
  readonly fields?: Readonly<Record<string, FieldValue>>;
  readonly created: string;
  readonly createdBy: string;
}

export interface LibrarySeed {
  readonly name: string;
  /** The name in its URL. */
  readonly urlName: string;
  readonly description: string;
  readonly columns: readonly ColumnSeed[];
  readonly items?: readonly ItemSeed[];
}

export interface SiteSeed {
  readonly hostname: string;
  readonly path: string;
  readonly displayName: string;
  readonly description: string;
  readonly tenant: string;
  readonly created: string;
  readonly libraries: readonly LibrarySeed[];
}

/** The columns the SharePoint archive connector writes, as an administrator adds them. */
export const ARKIVPOST_COLUMNS: readonly ColumnSeed[] = [
  {
    name: 'ArkivpostCaseNumber',
    displayName: 'Ärendenummer',
    description: 'Ärendets diarienummer, 2026/123',
    type: 'text',
    indexed: true,
  },
  {
    name: 'ArkivpostDocumentNumber',
    displayName: 'Handlingsnummer',
    description: 'Handlingens nummer i diariet, 2026/123-4',
    type: 'text',
  },
  {
    name: 'ArkivpostDocumentType',
    displayName: 'Handlingstyp',
    description: 'I inkommande, U upprättad och skickad, N intern anteckning',
    type: 'choice',
    choices: ['I', 'U', 'N'],
  },
  {
    name: 'ArkivpostRestriction',
    displayName: 'Sekretess',
    description: 'Sekretessmarkering med stöd i offentlighets- och sekretesslagen',
    type: 'text',
  },
  { name: 'ArkivpostSender', displayName: 'Avsändare', type: 'text' },
  { name: 'ArkivpostReceived', displayName: 'Inkom/skickad', type: 'dateTime' },
  {
    name: 'ArkivpostMessageId',
    displayName: 'Meddelande-ID',
    description: 'E-postmeddelandets Message-ID',
    type: 'text',
  },
  {
    name: 'ArkivpostAttachments',
    displayName: 'Antal bilagor',
    description: 'Huvuddokumentet: hur många bilagor handlingen har',
    type: 'number',
  },
  {
    name: 'ArkivpostFingerprint',
    displayName: 'Fingeravtryck',
    description:
      'Huvuddokumentet: meddelandets fingeravtryck (SHA-256), som skiljer meddelanden med samma Message-ID åt',
    type: 'text',
  },
];

const GATUBELYSNING_EML = [
  'From: Karin Berg <karin.berg@example.net>',
  'To: Melleruds kommun <kommunen@mellerud.se>',
  'Subject: Trasig gatubelysning på Storgatan',
  'Date: Mon, 02 Feb 2026 09:12:00 +0100',
  'Message-ID: <gatubelysning.20260202@example.net>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset="utf-8"',
  '',
  'Hej,',
  '',
  'Gatubelysningen på Storgatan vid torget har varit släckt i en vecka.',
  '',
  'Vänliga hälsningar',
  'Karin Berg',
  '',
].join('\r\n');

/** Melleruds kommun's diarium: a default library and "Ärenden", with one case in it. */
export const DEFAULT_SITES: readonly SiteSeed[] = [
  {
    hostname: 'mellerud.sharepoint.com',
    path: '/sites/diarium',
    displayName: 'Diarium',
    description: 'Melleruds kommuns diarium',
    tenant: 'melleruds-kommun',
    created: '2025-11-03T08:00:00Z',
    libraries: [
      {
        name: 'Dokument',
        urlName: 'Shared Documents',
        description: '',
        columns: [],
      },
      {
        name: 'Ärenden',
        urlName: 'Arenden',
        description: 'Diarieförda ärenden och handlingar',
        columns: ARKIVPOST_COLUMNS,
        items: [
          {
            path: '2026-7 Gatubelysning Storgatan',
            kind: 'folder',
            created: '2026-02-02T10:00:00Z',
            createdBy: 'maria.karlsson@mellerud.se',
            fields: { Title: 'Gatubelysning Storgatan', ArkivpostCaseNumber: '2026/7' },
          },
          {
            path: '2026-7 Gatubelysning Storgatan/2026-7-1 Trasig gatubelysning på Storgatan.eml',
            kind: 'file',
            content: GATUBELYSNING_EML,
            mimeType: 'message/rfc822',
            created: '2026-02-02T10:01:00Z',
            createdBy: 'maria.karlsson@mellerud.se',
            fields: {
              Title: 'Trasig gatubelysning på Storgatan',
              ArkivpostCaseNumber: '2026/7',
              ArkivpostDocumentNumber: '2026/7-1',
              ArkivpostDocumentType: 'I',
              ArkivpostSender: 'Karin Berg <karin.berg@example.net>',
              ArkivpostReceived: '2026-02-02T08:12:00Z',
              ArkivpostMessageId: '<gatubelysning.20260202@example.net>',
              ArkivpostAttachments: 0,
            },
          },
        ],
      },
    ],
  },
];

/** Columns every document library has; Title is the only one written through fields. */
export const BUILT_IN: readonly ColumnRecord[] = [
  { name: 'Title', displayName: 'Titel', type: 'text', readOnly: false },
  { name: 'FileLeafRef', displayName: 'Namn', type: 'text', readOnly: true },
  { name: 'ContentType', displayName: 'Innehållstyp', type: 'text', readOnly: true },
  { name: 'Created', displayName: 'Skapad', type: 'dateTime', readOnly: true },
  { name: 'Modified', displayName: 'Ändrad', type: 'dateTime', readOnly: true },
].map((c) => ({
  ...(c as Omit<ColumnRecord, 'id' | 'description' | 'choices' | 'indexed'>),
  id: stableGuid(`column:${c.name}`),
  description: '',
  choices: [],
  indexed: false,
}));
