/**
 * "Send til postmottak" (R3): the subject and body of the message that
 * carries the original on to the official mailbox or registrar, what the
 * user reads afterwards, and why a request was refused, in nb, nn, sv and en.
 */
import type { Messages } from '../core/i18n/types';

export type ForwardMessageKey =
  | 'forward.subject'
  | 'forward.intro'
  | 'forward.by'
  | 'forward.from'
  | 'forward.received'
  | 'forward.original-subject'
  | 'forward.message-id'
  | 'forward.note'
  | 'forward.attached'
  | 'forward.sent'
  | 'forward.already'
  | 'forward.already.undated'
  | 'forward.refused.address'
  | 'forward.refused.no-message-id'
  | 'forward.refused.too-large'
  | 'forward.refused.note';

export const forwardMessages: Messages<ForwardMessageKey> = {
  nb: {
    'forward.subject': 'Arkivpost: Til journalføring | {subject}',
    'forward.intro':
      'Denne e-posten kom til en personlig postkasse og sendes videre til journalføring.',
    'forward.by': 'Sendt videre av',
    'forward.from': 'Opprinnelig avsender',
    'forward.received': 'Mottatt',
    'forward.original-subject': 'Emne',
    'forward.message-id': 'Meldings-ID',
    'forward.note': 'Merknad',
    'forward.attached': 'Den opprinnelige e-posten er vedlagt uendret som {name}.',
    'forward.sent': 'Sendt til {to}.',
    'forward.already': 'Allerede sendt til {to} {date}. Den ble ikke sendt på nytt.',
    'forward.already.undated': 'Allerede sendt til {to}. Den ble ikke sendt på nytt.',
    'forward.refused.address': '«{to}» er ikke en e-postadresse. Velg mottakeren på nytt.',
    'forward.refused.no-message-id':
      'Denne e-posten har ingen meldings-ID (et utkast?) og kan ikke sendes videre uendret.',
    'forward.refused.too-large':
      'E-posten er {size} MB, mer enn de {limit} MB Microsoft 365 tar som vedlegg.',
    'forward.refused.note': 'Merknaden kan være på høyst {limit} tegn.',
  },
  nn: {
    'forward.subject': 'Arkivpost: Til journalføring | {subject}',
    'forward.intro':
      'Denne e-posten kom til ei personleg postkasse og blir send vidare til journalføring.',
    'forward.by': 'Send vidare av',
    'forward.from': 'Opphavleg avsendar',
    'forward.received': 'Motteken',
    'forward.original-subject': 'Emne',
    'forward.message-id': 'Meldings-ID',
    'forward.note': 'Merknad',
    'forward.attached': 'Den opphavlege e-posten er vedlagd uendra som {name}.',
    'forward.sent': 'Sendt til {to}.',
    'forward.already': 'Allereie sendt til {to} {date}. Han blei ikkje sendt på nytt.',
    'forward.already.undated': 'Allereie sendt til {to}. Han blei ikkje sendt på nytt.',
    'forward.refused.address': '«{to}» er ikkje ei e-postadresse. Vel mottakaren på nytt.',
    'forward.refused.no-message-id':
      'Denne e-posten har ingen meldings-ID (eit utkast?) og kan ikkje sendast vidare uendra.',
    'forward.refused.too-large':
      'E-posten er {size} MB, meir enn dei {limit} MB Microsoft 365 tek som vedlegg.',
    'forward.refused.note': 'Merknaden kan vere på høgst {limit} teikn.',
  },
  sv: {
    'forward.subject': 'Arkivpost: För diarieföring | {subject}',
    'forward.intro':
      'Det här e-postmeddelandet kom till en personlig brevlåda och skickas vidare för diarieföring.',
    'forward.by': 'Vidareskickat av',
    'forward.from': 'Ursprunglig avsändare',
    'forward.received': 'Mottaget',
    'forward.original-subject': 'Ämne',
    'forward.message-id': 'Meddelande-ID',
    'forward.note': 'Kommentar',
    'forward.attached': 'Det ursprungliga e-postmeddelandet är bifogat oförändrat som {name}.',
    'forward.sent': 'Skickat till {to}.',
    'forward.already': 'Redan skickat till {to} {date}. Det skickades inte igen.',
    'forward.already.undated': 'Redan skickat till {to}. Det skickades inte igen.',
    'forward.refused.address': '”{to}” är inte en e-postadress. Välj mottagaren igen.',
    'forward.refused.no-message-id':
      'Meddelandet saknar meddelande-ID (ett utkast?) och kan inte skickas vidare oförändrat.',
    'forward.refused.too-large':
      'Meddelandet är {size} MB, mer än de {limit} MB som Microsoft 365 tar emot som bilaga.',
    'forward.refused.note': 'Kommentaren får vara högst {limit} tecken.',
  },
  en: {
    'forward.subject': 'Arkivpost: For registration | {subject}',
    'forward.intro': 'This e-mail came to a personal mailbox and is sent on for registration.',
    'forward.by': 'Sent on by',
    'forward.from': 'Original sender',
    'forward.received': 'Received',
    'forward.original-subject': 'Subject',
    'forward.message-id': 'Message ID',
    'forward.note': 'Note',
    'forward.attached': 'The original e-mail is attached unchanged as {name}.',
    'forward.sent': 'Sent to {to}.',
    'forward.already': 'Already sent to {to} on {date}. It was not sent again.',
    'forward.already.undated': 'Already sent to {to}. It was not sent again.',
    'forward.refused.address': '“{to}” is not an e-mail address. Choose the recipient again.',
    'forward.refused.no-message-id':
      'This e-mail has no message ID (a draft?) and cannot be sent on unchanged.',
    'forward.refused.too-large':
      'The e-mail is {size} MB, more than the {limit} MB Microsoft 365 takes as an attachment.',
    'forward.refused.note': 'The note may be at most {limit} characters.',
  },
};
