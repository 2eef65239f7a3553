/**
 * "Send to the registry mailbox" (R26, works with any archive): the original
 * message goes unchanged as an .eml attachment to the profile's registry
 * address, with what the registrar needs in a structured subject and body.
 * Many Swedish diarium systems and Norwegian postmottak import from such a
 * mailbox; the subject's fields are separated so a rule can read them.
 *
 *   Arkivpost: I | 2026/123 | U – Offl. § 13 jf. fvl. § 13 | Søknad om barnehageplass
 */
import { format } from '../i18n/types';
import type { Messages } from '../i18n/types';
import type { Lang } from '../model';
import { restrictionText } from './restrictions';
import type { AccessRestriction } from './restrictions';

export type DocumentType = 'I' | 'U' | 'N';

export interface RegistryForward {
  readonly documentType: DocumentType;
  /** The case number ("2026/123"), or none: the registrar chooses or creates the case. */
  readonly caseNumber?: string;
  readonly restriction?: AccessRestriction;
  /** A title already checked with checkTitle. */
  readonly title: string;
  /** Who sent it on. */
  readonly by: { readonly name: string; readonly address: string };
  /** The original's sender and when it was received (ISO instant). */
  readonly originalFrom?: string;
  readonly receivedAt?: string;
  /** The original's Internet-Message-ID, so the archive can find a second forward. */
  readonly messageId?: string;
  /** The .eml's file name. */
  readonly attachmentName: string;
}

type Key =
  | 'registry.intro'
  | 'registry.type'
  | 'registry.type.I'
  | 'registry.type.U'
  | 'registry.type.N'
  | 'registry.case'
  | 'registry.case.none'
  | 'registry.restriction'
  | 'registry.restriction.none'
  | 'registry.title'
  | 'registry.by'
  | 'registry.from'
  | 'registry.received'
  | 'registry.message-id'
  | 'registry.attached';

export const registryMessages: Messages<Key> = {
  nb: {
    'registry.intro': 'Til journalføring fra Arkivpost.',
    'registry.type': 'Dokumenttype',
    'registry.type.I': 'I – inngående',
    'registry.type.U': 'U – utgående',
    'registry.type.N': 'N – organinternt notat',
    'registry.case': 'Saksnummer',
    'registry.case.none': 'ny sak eller etter arkivets valg',
    'registry.restriction': 'Skjerming',
    'registry.restriction.none': 'ingen',
    'registry.title': 'Tittel',
    'registry.by': 'Sendt til arkiv av',
    'registry.from': 'Opprinnelig avsender',
    'registry.received': 'Mottatt',
    'registry.message-id': 'Meldings-ID',
    'registry.attached': 'Den opprinnelige e-posten er vedlagt uendret som {name}.',
  },
  nn: {
    'registry.intro': 'Til journalføring frå Arkivpost.',
    'registry.type': 'Dokumenttype',
    'registry.type.I': 'I – inngåande',
    'registry.type.U': 'U – utgåande',
    'registry.type.N': 'N – organinternt notat',
    'registry.case': 'Saksnummer',
    'registry.case.none': 'ny sak eller etter arkivet sitt val',
    'registry.restriction': 'Skjerming',
    'registry.restriction.none': 'ingen',
    'registry.title': 'Tittel',
    'registry.by': 'Sendt til arkiv av',
    'registry.from': 'Opphavleg avsendar',
    'registry.received': 'Motteken',
    'registry.message-id': 'Meldings-ID',
    'registry.attached': 'Den opphavlege e-posten er vedlagd uendra som {name}.',
  },
  sv: {
    'registry.intro': 'För diarieföring från Arkivpost.',
    'registry.type': 'Handlingstyp',
    'registry.type.I': 'I – inkommande',
    'registry.type.U': 'U – utgående',
    'registry.type.N': 'N – upprättad (intern)',
    'registry.case': 'Diarienummer',
    'registry.case.none': 'nytt ärende eller enligt registratorns val',
    'registry.restriction': 'Sekretess',
    'registry.restriction.none': 'ingen',
    'registry.title': 'Rubrik',
    'registry.by': 'Skickat för diarieföring av',
    'registry.from': 'Ursprunglig avsändare',
    'registry.received': 'Mottaget',
    'registry.message-id': 'Meddelande-ID',
    'registry.attached': 'Det ursprungliga e-postmeddelandet är bifogat oförändrat som {name}.',
  },
  en: {
    'registry.intro': 'For registration, from Arkivpost.',
    'registry.type': 'Document type',
    'registry.type.I': 'I – incoming',
    'registry.type.U': 'U – outgoing',
    'registry.type.N': 'N – internal note',
    'registry.case': 'Case number',
    'registry.case.none': 'new case, or as the registry decides',
    'registry.restriction': 'Access restriction',
    'registry.restriction.none': 'none',
    'registry.title': 'Title',
    'registry.by': 'Sent for filing by',
    'registry.from': 'Original sender',
    'registry.received': 'Received',
    'registry.message-id': 'Message ID',
    'registry.attached': 'The original e-mail is attached unchanged as {name}.',
  },
};

/** No field separator or line break inside a field. */
const field = (s: string): string =>
  s
    .replace(/[|\r\n]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The structured subject: fixed order, "|" between fields, "-" for an empty one. */
export function registrySubject(f: RegistryForward): string {
  return [
    'Arkivpost:',
    `${f.documentType} |`,
    `${field(f.caseNumber ?? '') || '-'} |`,
    `${f.restriction ? field(restrictionText(f.restriction)) : '-'} |`,
    field(f.title),
  ].join(' ');
}

/** The body as plain text lines, in `lang` (the organisation's language). */
export function registryBody(f: RegistryForward, lang: Lang): string {
  const m = registryMessages[lang];
  const line = (key: Key, value: string): string => `${m[key]}: ${value}`;
  const lines = [
    m['registry.intro'],
    '',
    line('registry.type', m[`registry.type.${f.documentType}`]),
    line('registry.case', f.caseNumber ? field(f.caseNumber) : m['registry.case.none']),
    line(
      'registry.restriction',
      f.restriction ? restrictionText(f.restriction) : m['registry.restriction.none'],
    ),
    line('registry.title', field(f.title)),
    line('registry.by', `${field(f.by.name)} <${field(f.by.address)}>`),
  ];
  if (f.originalFrom) lines.push(line('registry.from', field(f.originalFrom)));
  if (f.receivedAt) lines.push(line('registry.received', f.receivedAt));
  if (f.messageId) lines.push(line('registry.message-id', field(f.messageId)));
  lines.push('', format(m['registry.attached'], { name: f.attachmentName }));
  return lines.join('\n');
}
