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
import { LANGS } from '../model';
import { formatDateTime } from '../state/describe';
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
  /** The original's sender and when it was received (ISO instant, shown in the organisation's time zone). */
  readonly originalFrom?: string;
  readonly receivedAt?: string;
  /** The original's Internet-Message-ID, so the archive can find a second forward. */
  readonly messageId?: string;
  /** The mailbox the original is in, where the registrar's registration marks it. */
  readonly mailbox?: string;
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
  | 'registry.mailbox'
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
    'registry.mailbox': 'Postkasse',
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
    'registry.mailbox': 'Postkasse',
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
    'registry.mailbox': 'Brevlåda',
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
    'registry.mailbox': 'Mailbox',
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

/**
 * The body as plain text lines, in `lang` (the organisation's language),
 * dates in the organisation's `timeZone`. A field without a value has no line.
 */
export function registryBody(f: RegistryForward, lang: Lang, timeZone: string): string {
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
  const received = f.receivedAt ? formatDateTime(f.receivedAt, lang, timeZone) : null;
  if (received) lines.push(line('registry.received', received));
  if (f.messageId) lines.push(line('registry.message-id', field(f.messageId)));
  if (f.mailbox) lines.push(line('registry.mailbox', field(f.mailbox)));
  lines.push('', format(m['registry.attached'], { name: f.attachmentName }));
  return lines.join('\n');
}

// ---------------------------------------------------------------- the registrar's side

/**
 * What the forward carries for the registrar's pane, as Internet headers
 * (they travel with the mail, unlike extended properties, which stay with
 * the sender's copy): the original's Message-ID and mailbox, to find and
 * mark it once registered, and its fingerprint.
 */
export const REGISTRY_HEADERS = {
  messageId: 'X-Arkivpost-Original-Message-Id',
  mailbox: 'X-Arkivpost-Original-Mailbox',
  fingerprint: 'X-Arkivpost-Fingerprint',
} as const;

/** Where a forward's original is: its Message-ID and mailbox, and its fingerprint when known. */
export interface ForwardOrigin {
  readonly messageId: string;
  readonly mailbox?: string;
  readonly fingerprint?: string;
}

const HEADER_VALUE = /^[\x21-\x7e](?:[\x20-\x7e]{0,996}[\x21-\x7e])?$/;
const MESSAGE_ID = /^<[^<>\s]{1,994}>$/;
const MAILBOX =
  /^[^\s@<>(),;:"[\]\\]{1,128}@[^\s@<>(),;:"[\]\\]{1,250}\.[^\s@<>(),;:"[\]\\]{1,63}$/;
const FINGERPRINT = /^[0-9a-f]{64}$/;

/** The headers a forward of `origin` carries; a value a header cannot hold is left out. */
export function forwardHeaders(
  origin: Partial<ForwardOrigin>,
): { readonly name: string; readonly value: string }[] {
  const out: { name: string; value: string }[] = [];
  const add = (name: string, value: string | undefined, shape: RegExp): void => {
    const v = value?.trim();
    if (v && HEADER_VALUE.test(v) && shape.test(v)) out.push({ name, value: v });
  };
  add(REGISTRY_HEADERS.messageId, origin.messageId, MESSAGE_ID);
  add(REGISTRY_HEADERS.mailbox, origin.mailbox, MAILBOX);
  add(REGISTRY_HEADERS.fingerprint, origin.fingerprint?.toLowerCase(), FINGERPRINT);
  return out;
}

let bodyLabels: { messageId: Set<string>; mailbox: Set<string> } | null = null;

function labels(): { messageId: Set<string>; mailbox: Set<string> } {
  bodyLabels ??= {
    messageId: new Set(LANGS.map((l) => registryMessages[l]['registry.message-id'].toLowerCase())),
    mailbox: new Set(LANGS.map((l) => registryMessages[l]['registry.mailbox'].toLowerCase())),
  };
  return bodyLabels;
}

/**
 * The original behind a forward the registry mailbox received: from the
 * headers Arkivpost wrote (`internetMessageHeaders` as Graph gives them),
 * else from the labelled lines of the body in any of the four languages.
 * Null when it is not a forward of Arkivpost's. Linear in its input; never
 * throws.
 */
export function readForwardOrigin(headers: unknown, body?: unknown): ForwardOrigin | null {
  let messageId: string | undefined;
  let mailbox: string | undefined;
  let fingerprint: string | undefined;
  if (Array.isArray(headers)) {
    for (const h of headers as unknown[]) {
      if (typeof h !== 'object' || h === null) continue;
      const { name, value } = h as { name?: unknown; value?: unknown };
      if (typeof name !== 'string' || typeof value !== 'string') continue;
      const n = name.trim().toLowerCase();
      const v = value.trim();
      if (n === REGISTRY_HEADERS.messageId.toLowerCase() && MESSAGE_ID.test(v)) messageId ??= v;
      else if (n === REGISTRY_HEADERS.mailbox.toLowerCase() && MAILBOX.test(v)) mailbox ??= v;
      else if (
        n === REGISTRY_HEADERS.fingerprint.toLowerCase() &&
        FINGERPRINT.test(v.toLowerCase())
      )
        fingerprint ??= v.toLowerCase();
    }
  }
  if ((messageId === undefined || mailbox === undefined) && typeof body === 'string') {
    const l = labels();
    let start = 0;
    const limit = Math.min(body.length, 64 * 1024);
    while (start < limit) {
      let end = body.indexOf('\n', start);
      if (end < 0 || end > limit) end = limit;
      const lineText = body.slice(start, end);
      start = end + 1;
      const colon = lineText.indexOf(': ');
      if (colon <= 0 || colon > 40) continue;
      const label = lineText.slice(0, colon).trim().toLowerCase();
      const value = lineText.slice(colon + 2).trim();
      if (messageId === undefined && l.messageId.has(label) && MESSAGE_ID.test(value))
        messageId = value;
      else if (mailbox === undefined && l.mailbox.has(label) && MAILBOX.test(value))
        mailbox = value;
    }
  }
  if (messageId === undefined) return null;
  return {
    messageId,
    ...(mailbox !== undefined ? { mailbox } : {}),
    ...(fingerprint !== undefined ? { fingerprint } : {}),
  };
}
