/**
 * R9's sentences in the case panel (a message that by law needs a
 * signature, "Svar med mal"), in nb, nn, sv and en: a catalog of its own in
 * the case panel's chunk.
 */
import { createTranslator } from '../../core/i18n/types';
import type { Messages } from '../../core/i18n/types';

export type SignatureKey =
  | 'signature.title'
  | 'signature.reason.subject'
  | 'signature.reason.body'
  | 'signature.reason.attachment'
  | 'signature.basis'
  | 'signature.button'
  | 'signature.hint'
  | 'signature.lang.nb'
  | 'signature.lang.nn'
  | 'signature.lang.sv'
  | 'signature.lang.en'
  | 'signature.opened'
  | 'signature.failed'
  | 'signature.unavailable'
  | 'signature.meanwhile';

export const signatureMessages: Messages<SignatureKey> = {
  nb: {
    'signature.title': 'Krever underskrift',
    'signature.reason.subject': '{kind}: «{phrase}» står i emnet, og det er ingen signert PDF.',
    'signature.reason.body': '{kind}: «{phrase}» står i teksten, og det er ingen signert PDF.',
    'signature.reason.attachment':
      '{kind}: vedlegget {attachment} er ikke signert, og det er ingen signert PDF.',
    'signature.basis': 'Hjemmel: {basis}',
    'signature.button': 'Svar med mal',
    'signature.hint': 'Svaret åpnes i Outlook på {language}, og e-posten merkes som avvist.',
    'signature.lang.nb': 'bokmål',
    'signature.lang.nn': 'nynorsk',
    'signature.lang.sv': 'svensk',
    'signature.lang.en': 'engelsk',
    'signature.opened': 'Svaret er åpnet i Outlook. Se over det før du sender.',
    'signature.failed': 'Svaret kunne ikke åpnes.',
    'signature.unavailable': 'Denne versjonen av Outlook kan ikke åpne et svar fra Arkivpost.',
    'signature.meanwhile':
      'En annen avviste meldingen i mellomtiden, så svaret ble ikke åpnet. Klikk igjen hvis du likevel vil svare.',
  },
  nn: {
    'signature.title': 'Krev underskrift',
    'signature.reason.subject': '{kind}: «{phrase}» står i emnet, og det er ingen signert PDF.',
    'signature.reason.body': '{kind}: «{phrase}» står i teksten, og det er ingen signert PDF.',
    'signature.reason.attachment':
      '{kind}: vedlegget {attachment} er ikkje signert, og det er ingen signert PDF.',
    'signature.basis': 'Heimel: {basis}',
    'signature.button': 'Svar med mal',
    'signature.hint':
      'Svaret blir opna i Outlook på {language}, og e-posten blir merkt som avvist.',
    'signature.lang.nb': 'bokmål',
    'signature.lang.nn': 'nynorsk',
    'signature.lang.sv': 'svensk',
    'signature.lang.en': 'engelsk',
    'signature.opened': 'Svaret er opna i Outlook. Sjå over det før du sender.',
    'signature.failed': 'Svaret kunne ikkje opnast.',
    'signature.unavailable': 'Denne versjonen av Outlook kan ikkje opne eit svar frå Arkivpost.',
    'signature.meanwhile':
      'Ein annan avviste meldinga i mellomtida, så svaret blei ikkje opna. Klikk igjen om du likevel vil svare.',
  },
  sv: {
    'signature.title': 'Kräver underskrift',
    'signature.reason.subject':
      '{kind}: ”{phrase}” står i ämnesraden, och det finns ingen signerad PDF.',
    'signature.reason.body': '{kind}: ”{phrase}” står i texten, och det finns ingen signerad PDF.',
    'signature.reason.attachment':
      '{kind}: bilagan {attachment} är inte signerad, och det finns ingen signerad PDF.',
    'signature.basis': 'Lagstöd: {basis}',
    'signature.button': 'Svara med mall',
    'signature.hint':
      'Svaret öppnas i Outlook på {language}, och e-postmeddelandet markeras som avvisat.',
    'signature.lang.nb': 'norska (bokmål)',
    'signature.lang.nn': 'norska (nynorska)',
    'signature.lang.sv': 'svenska',
    'signature.lang.en': 'engelska',
    'signature.opened': 'Svaret är öppnat i Outlook. Läs igenom det innan du skickar.',
    'signature.failed': 'Svaret kunde inte öppnas.',
    'signature.unavailable': 'Den här versionen av Outlook kan inte öppna ett svar från Arkivpost.',
    'signature.meanwhile':
      'Någon annan avvisade meddelandet under tiden, så svaret öppnades inte. Klicka igen om du ändå vill svara.',
  },
  en: {
    'signature.title': 'Needs a signature',
    'signature.reason.subject': '{kind}: “{phrase}” is in the subject, and there is no signed PDF.',
    'signature.reason.body': '{kind}: “{phrase}” is in the text, and there is no signed PDF.',
    'signature.reason.attachment':
      '{kind}: the attachment {attachment} is not signed, and there is no signed PDF.',
    'signature.basis': 'Legal basis: {basis}',
    'signature.button': 'Reply with template',
    'signature.hint':
      'The reply opens in Outlook in {language}, and the e-mail is marked as rejected.',
    'signature.lang.nb': 'Norwegian (Bokmål)',
    'signature.lang.nn': 'Norwegian (Nynorsk)',
    'signature.lang.sv': 'Swedish',
    'signature.lang.en': 'English',
    'signature.opened': 'The reply is open in Outlook. Read it through before you send it.',
    'signature.failed': 'The reply could not be opened.',
    'signature.unavailable': 'This version of Outlook cannot open a reply from Arkivpost.',
    'signature.meanwhile':
      'Someone else rejected the message meanwhile, so the reply was not opened. Click again if you still want to reply.',
  },
};

/** R9's translator in the case panel. */
export const tsig = createTranslator(signatureMessages);
