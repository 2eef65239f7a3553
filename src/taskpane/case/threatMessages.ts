/**
 * R11 in the case panel: keeping a threat as evidence, telling the manager,
 * and the organisation's security contact, in nb, nn, sv and en. A catalog
 * of its own, loaded with the case panel's chunk.
 */
import { createTranslator } from '../../core/i18n/types';
import type { Messages } from '../../core/i18n/types';

export type ThreatKey =
  | 'threat.heading'
  | 'threat.open'
  | 'threat.hint'
  | 'threat.keep.button'
  | 'threat.keep.done'
  | 'threat.keep.where'
  | 'threat.keep.failed'
  | 'threat.notify.button'
  | 'threat.notify.button.contact'
  | 'threat.notify.sent'
  | 'threat.notify.sent.named'
  | 'threat.notify.failed'
  | 'threat.notify.claim-stands'
  | 'threat.notify.unsent'
  | 'threat.notify.no-recipient'
  | 'threat.no-message-id'
  | 'threat.contact.heading'
  | 'threat.contact.phone';

export const threatMessages: Messages<ThreatKey> = {
  nb: {
    'threat.heading': 'Trusler og trakassering',
    'threat.open': 'Er dette en trussel?',
    'threat.hint':
      'Ta vare på e-posten som bevis, og informer lederen din. Begge deler gjøres én gang, uansett hvem som klikker.',
    'threat.keep.button': 'Ta vare på som bevis',
    'threat.keep.done': 'Tatt vare på som bevis {date} av {name}.',
    'threat.keep.where':
      'Originalen ligger uendret i mappen «Arkivpost – bevis» (SHA-256 {sha}), og e-posten har sperre mot sletting.',
    'threat.keep.failed': 'Ikke tatt vare på',
    'threat.notify.button': 'Informer leder',
    'threat.notify.button.contact': 'Informer {name}',
    'threat.notify.sent': 'Sendt til {to} {date} av {name}.',
    'threat.notify.sent.named': 'Sendt til {recipient} {date}.',
    'threat.notify.failed': 'Ikke sendt',
    'threat.notify.claim-stands':
      'E-posten er merket som sendt, men det ble ikke bekreftet at den gikk. Prøv igjen om {minutes} minutter.',
    'threat.notify.unsent':
      'Den er ikke i Sendte elementer hos deg, så sendingen ble trolig avbrutt. Send den nå.',
    'threat.notify.no-recipient':
      'Du har ingen leder i katalogen, og profilen har ingen sikkerhetskontakt med e-postadresse. Ingenting ble sendt. Informer lederen din på annen måte.',
    'threat.no-message-id':
      'E-posten har ingen meldings-ID, så Arkivpost kan ikke ta vare på den eller sende den. Lagre den selv.',
    'threat.contact.heading': 'Sikkerhetskontakt',
    'threat.contact.phone': 'Telefon {phone}',
  },
  nn: {
    'threat.heading': 'Trugsmål og trakassering',
    'threat.open': 'Er dette eit trugsmål?',
    'threat.hint':
      'Ta vare på e-posten som bevis, og informer leiaren din. Begge delar blir gjort éin gong, same kven som klikkar.',
    'threat.keep.button': 'Ta vare på som bevis',
    'threat.keep.done': 'Teken vare på som bevis {date} av {name}.',
    'threat.keep.where':
      'Originalen ligg uendra i mappa «Arkivpost – bevis» (SHA-256 {sha}), og e-posten har sperre mot sletting.',
    'threat.keep.failed': 'Ikkje teken vare på',
    'threat.notify.button': 'Informer leiar',
    'threat.notify.button.contact': 'Informer {name}',
    'threat.notify.sent': 'Sendt til {to} {date} av {name}.',
    'threat.notify.sent.named': 'Sendt til {recipient} {date}.',
    'threat.notify.failed': 'Ikkje sendt',
    'threat.notify.claim-stands':
      'E-posten er merkt som send, men det blei ikkje stadfesta at han gjekk. Prøv igjen om {minutes} minutt.',
    'threat.notify.unsent':
      'Han er ikkje i Sende element hos deg, så sendinga blei truleg avbroten. Send han no.',
    'threat.notify.no-recipient':
      'Du har ingen leiar i katalogen, og profilen har ingen tryggleikskontakt med e-postadresse. Ingenting blei sendt. Informer leiaren din på anna vis.',
    'threat.no-message-id':
      'E-posten har inga meldings-ID, så Arkivpost kan ikkje ta vare på han eller sende han. Lagre han sjølv.',
    'threat.contact.heading': 'Tryggleikskontakt',
    'threat.contact.phone': 'Telefon {phone}',
  },
  sv: {
    'threat.heading': 'Hot och trakasserier',
    'threat.open': 'Är det här ett hot?',
    'threat.hint':
      'Spara e-postmeddelandet som bevis och informera din chef. Båda görs en gång, oavsett vem som klickar.',
    'threat.keep.button': 'Spara som bevis',
    'threat.keep.done': 'Sparat som bevis {date} av {name}.',
    'threat.keep.where':
      'Originalet finns oförändrat i mappen ”Arkivpost – bevis” (SHA-256 {sha}), och meddelandet har spärr mot gallring.',
    'threat.keep.failed': 'Inte sparat',
    'threat.notify.button': 'Informera chef',
    'threat.notify.button.contact': 'Informera {name}',
    'threat.notify.sent': 'Skickat till {to} {date} av {name}.',
    'threat.notify.sent.named': 'Skickat till {recipient} {date}.',
    'threat.notify.failed': 'Inte skickat',
    'threat.notify.claim-stands':
      'Meddelandet är markerat som skickat, men det bekräftades inte att det gick iväg. Försök igen om {minutes} minuter.',
    'threat.notify.unsent':
      'Det finns inte i din mapp Skickat, så det avbröts troligen. Skicka det nu.',
    'threat.notify.no-recipient':
      'Du har ingen chef i katalogen, och profilen har ingen säkerhetskontakt med e-postadress. Inget skickades. Informera din chef på annat sätt.',
    'threat.no-message-id':
      'Meddelandet har inget meddelande-ID, så Arkivpost kan inte spara det eller skicka det. Spara det själv.',
    'threat.contact.heading': 'Säkerhetskontakt',
    'threat.contact.phone': 'Telefon {phone}',
  },
  en: {
    'threat.heading': 'Threats and harassment',
    'threat.open': 'Is this a threat?',
    'threat.hint':
      'Keep the e-mail as evidence and inform your manager. Each is done once, whoever clicks.',
    'threat.keep.button': 'Keep as evidence',
    'threat.keep.done': 'Kept as evidence on {date} by {name}.',
    'threat.keep.where':
      'The original is in the folder “Arkivpost – bevis” unchanged (SHA-256 {sha}), and the e-mail is on hold.',
    'threat.keep.failed': 'Not kept',
    'threat.notify.button': 'Inform manager',
    'threat.notify.button.contact': 'Inform {name}',
    'threat.notify.sent': 'Sent to {to} on {date} by {name}.',
    'threat.notify.sent.named': 'Sent to {recipient} on {date}.',
    'threat.notify.failed': 'Not sent',
    'threat.notify.claim-stands':
      'The e-mail is marked as sent, but it was not confirmed that it went. Try again in {minutes} minutes.',
    'threat.notify.unsent':
      'It is not in your Sent Items, so sending was probably cut short. Send it now.',
    'threat.notify.no-recipient':
      'You have no manager in the directory, and the profile names no security contact with an e-mail address. Nothing was sent. Inform your manager another way.',
    'threat.no-message-id':
      'The e-mail has no message ID, so Arkivpost cannot keep or send it. Save it yourself.',
    'threat.contact.heading': 'Security contact',
    'threat.contact.phone': 'Phone {phone}',
  },
};

/** The threat section's translator: keys checked by the compiler. */
export const tt = createTranslator(threatMessages);
