/**
 * The compose pane's words for a result, in nb, nn, sv and en: the groups'
 * headings, the cards' titles, advice and buttons, and how a fix went. Only
 * needed once a check has a result, so they come with the engine's chunk
 * (see loadResults.ts), not before the pane's first screen.
 */
import type { AdviceKey } from '../../app/compose-plan';
import type { NoticeKey } from '../../app/compose-check';
import { createTranslator } from '../../core/i18n/types';
import type { Messages } from '../../core/i18n/types';

export type { AdviceKey, NoticeKey };

export type CardKey =
  | AdviceKey
  | NoticeKey
  | 'group.block'
  | 'group.warn'
  | 'group.info'
  | 'group.heading'
  | 'title.from'
  | 'title.subject'
  | 'title.recipients'
  | 'title.body'
  | 'title.attachment'
  | 'card.occurrences'
  | 'card.same'
  | 'card.actions'
  | 'action.remove-from-subject'
  | 'action.add-subject-tag'
  | 'action.remove-attachment'
  | 'action.file-before-send'
  | 'notice.dismiss';

export const cardMessages = {
  nb: {
    'action.file-before-send': 'Journalfør før sending',
    'group.block': 'Må rettes',
    'group.warn': 'Bør sjekkes',
    'group.info': 'Tips',
    'group.heading': '{title} ({count})',
    'title.from': 'Avsender',
    'title.subject': 'Emne',
    'title.recipients': 'Mottakere',
    'title.body': 'Meldingstekst',
    'title.attachment': 'Vedlegg',
    'card.occurrences': 'Funnet {count} steder.',
    'card.same': 'Det samme gjelder {names}.',
    'card.actions': 'Hva du kan gjøre',
    'advice.mailbox':
      'Velg {mailbox} i «Fra»-feltet øverst i meldingen. Ser du ikke «Fra», slå det på under Alternativer → Vis Fra. Får du ikke valgt postkassen, be IT om tilgang til å sende fra den.',
    'advice.mailbox.any':
      'Velg riktig funksjonspostkasse i «Fra»-feltet øverst i meldingen. Ser du ikke «Fra», slå det på under Alternativer → Vis Fra.',
    'advice.subject':
      'Fjern teksten med knappen under, eller skriv om emnet selv. Opplysningen kan stå i et dokument i saken i stedet.',
    'advice.encrypt':
      'Krypter meldingen (i Outlook: Alternativer → Krypter), eller send dokumentet via sikker digital post.',
    'advice.encrypt.tag':
      'Legg til «{tag}» i emnet, så blir meldingen kryptert når den sendes. Du kan også sende dokumentet via sikker digital post.',
    'advice.draft':
      'Fjern vedlegget og legg ved den underskrevne, journalførte versjonen fra saksarkivet.',
    'action.remove-from-subject': 'Fjern «{text}» fra emnet',
    'action.add-subject-tag': 'Legg til «{tag}» i emnet',
    'action.remove-attachment': 'Fjern vedlegget «{name}»',
    'notice.removed-from-subject': '«{text}» er fjernet fra emnet.',
    'notice.tag-added': '«{tag}» er lagt til i emnet.',
    'notice.attachment-removed': 'Vedlegget «{name}» er fjernet.',
    'notice.subject-changed':
      'Emnet er endret siden forrige sjekk. Arkivpost sjekker på nytt – prøv igjen etterpå.',
    'notice.attachment-missing': 'Fant ikke vedlegget «{name}». Kanskje det allerede er fjernet.',
    'notice.subject-too-long': 'Emnet kan ha høyst 255 tegn. Gjør emnet kortere og prøv igjen.',
    'notice.office-failed':
      'Outlook kunne ikke gjøre endringen. Prøv igjen, eller gjør den selv i meldingen.',
    'notice.dismiss': 'Lukk meldingen',
  },
  nn: {
    'action.file-before-send': 'Journalfør før sending',
    'group.block': 'Må rettast',
    'group.warn': 'Bør sjekkast',
    'group.info': 'Tips',
    'group.heading': '{title} ({count})',
    'title.from': 'Avsendar',
    'title.subject': 'Emne',
    'title.recipients': 'Mottakarar',
    'title.body': 'Meldingstekst',
    'title.attachment': 'Vedlegg',
    'card.occurrences': 'Funne {count} stader.',
    'card.same': 'Det same gjeld {names}.',
    'card.actions': 'Kva du kan gjere',
    'advice.mailbox':
      'Vel {mailbox} i «Frå»-feltet øvst i meldinga. Ser du ikkje «Frå», slå det på under Alternativ → Vis Frå. Får du ikkje valt postkassa, be IT om tilgang til å sende frå ho.',
    'advice.mailbox.any':
      'Vel rett funksjonspostkasse i «Frå»-feltet øvst i meldinga. Ser du ikkje «Frå», slå det på under Alternativ → Vis Frå.',
    'advice.subject':
      'Fjern teksten med knappen nedanfor, eller skriv om emnet sjølv. Opplysninga kan stå i eit dokument i saka i staden.',
    'advice.encrypt':
      'Krypter meldinga (i Outlook: Alternativ → Krypter), eller send dokumentet via sikker digital post.',
    'advice.encrypt.tag':
      'Legg til «{tag}» i emnet, så blir meldinga kryptert når ho blir send. Du kan òg sende dokumentet via sikker digital post.',
    'advice.draft':
      'Fjern vedlegget og legg ved den underskrivne, journalførte versjonen frå saksarkivet.',
    'action.remove-from-subject': 'Fjern «{text}» frå emnet',
    'action.add-subject-tag': 'Legg til «{tag}» i emnet',
    'action.remove-attachment': 'Fjern vedlegget «{name}»',
    'notice.removed-from-subject': '«{text}» er fjerna frå emnet.',
    'notice.tag-added': '«{tag}» er lagt til i emnet.',
    'notice.attachment-removed': 'Vedlegget «{name}» er fjerna.',
    'notice.subject-changed':
      'Emnet er endra sidan førre sjekk. Arkivpost sjekkar på nytt – prøv igjen etterpå.',
    'notice.attachment-missing': 'Fann ikkje vedlegget «{name}». Kanskje det alt er fjerna.',
    'notice.subject-too-long': 'Emnet kan ha høgst 255 teikn. Gjer emnet kortare og prøv igjen.',
    'notice.office-failed':
      'Outlook kunne ikkje gjere endringa. Prøv igjen, eller gjer henne sjølv i meldinga.',
    'notice.dismiss': 'Lukk meldinga',
  },
  sv: {
    'action.file-before-send': 'Diarieför före sändning',
    'group.block': 'Måste rättas',
    'group.warn': 'Bör kontrolleras',
    'group.info': 'Tips',
    'group.heading': '{title} ({count})',
    'title.from': 'Avsändare',
    'title.subject': 'Ämnesrad',
    'title.recipients': 'Mottagare',
    'title.body': 'Meddelandetext',
    'title.attachment': 'Bilagor',
    'card.occurrences': 'Hittat på {count} ställen.',
    'card.same': 'Detsamma gäller {names}.',
    'card.actions': 'Vad du kan göra',
    'advice.mailbox':
      'Välj {mailbox} i fältet ”Från” högst upp i meddelandet. Syns inte ”Från”, slå på det under Alternativ → Visa Från. Kan du inte välja brevlådan, be IT om behörighet att skicka från den.',
    'advice.mailbox.any':
      'Välj rätt funktionsbrevlåda i fältet ”Från” högst upp i meddelandet. Syns inte ”Från”, slå på det under Alternativ → Visa Från.',
    'advice.subject':
      'Ta bort texten med knappen nedan, eller skriv om ämnesraden själv. Uppgiften kan stå i en handling i ärendet i stället.',
    'advice.encrypt':
      'Kryptera meddelandet (i Outlook: Alternativ → Kryptera), eller skicka handlingen via säker digital post.',
    'advice.encrypt.tag':
      'Lägg till ”{tag}” i ämnesraden, så krypteras meddelandet när det skickas. Du kan också skicka handlingen via säker digital post.',
    'advice.draft':
      'Ta bort bilagan och bifoga den underskrivna, diarieförda versionen från diariet.',
    'action.remove-from-subject': 'Ta bort ”{text}” från ämnesraden',
    'action.add-subject-tag': 'Lägg till ”{tag}” i ämnesraden',
    'action.remove-attachment': 'Ta bort bilagan ”{name}”',
    'notice.removed-from-subject': '”{text}” har tagits bort från ämnesraden.',
    'notice.tag-added': '”{tag}” har lagts till i ämnesraden.',
    'notice.attachment-removed': 'Bilagan ”{name}” har tagits bort.',
    'notice.subject-changed':
      'Ämnesraden har ändrats sedan förra kontrollen. Arkivpost kontrollerar igen – försök sedan på nytt.',
    'notice.attachment-missing': 'Hittade inte bilagan ”{name}”. Den kanske redan är borttagen.',
    'notice.subject-too-long': 'Ämnet får ha högst 255 tecken. Korta ämnet och försök igen.',
    'notice.office-failed':
      'Outlook kunde inte göra ändringen. Försök igen, eller gör den själv i meddelandet.',
    'notice.dismiss': 'Stäng meddelandet',
  },
  en: {
    'action.file-before-send': 'File before sending',
    'group.block': 'Must be fixed',
    'group.warn': 'Should be checked',
    'group.info': 'Tips',
    'group.heading': '{title} ({count})',
    'title.from': 'Sender',
    'title.subject': 'Subject',
    'title.recipients': 'Recipients',
    'title.body': 'Message text',
    'title.attachment': 'Attachments',
    'card.occurrences': 'Found in {count} places.',
    'card.same': 'The same goes for {names}.',
    'card.actions': 'What you can do',
    'advice.mailbox':
      'Choose {mailbox} in the From field at the top of the message. If From is not shown, turn it on under Options → Show From. If you cannot choose the mailbox, ask IT for permission to send from it.',
    'advice.mailbox.any':
      'Choose the right function mailbox in the From field at the top of the message. If From is not shown, turn it on under Options → Show From.',
    'advice.subject':
      'Remove the text with the button below, or rewrite the subject yourself. The detail can go in a document in the case instead.',
    'advice.encrypt':
      'Encrypt the message (in Outlook: Options → Encrypt), or send the document through secure digital mail.',
    'advice.encrypt.tag':
      'Add “{tag}” to the subject and the message is encrypted when it is sent. You can also send the document through secure digital mail.',
    'advice.draft':
      'Remove the attachment and attach the signed version registered in the case management system.',
    'action.remove-from-subject': 'Remove “{text}” from the subject',
    'action.add-subject-tag': 'Add “{tag}” to the subject',
    'action.remove-attachment': 'Remove the attachment “{name}”',
    'notice.removed-from-subject': '“{text}” was removed from the subject.',
    'notice.tag-added': '“{tag}” was added to the subject.',
    'notice.attachment-removed': 'The attachment “{name}” was removed.',
    'notice.subject-changed':
      'The subject has changed since the last check. Arkivpost is checking again; try once more afterwards.',
    'notice.attachment-missing':
      'The attachment “{name}” was not found. It may already have been removed.',
    'notice.subject-too-long':
      'The subject can have at most 255 characters. Shorten the subject and try again.',
    'notice.office-failed':
      'Outlook could not make the change. Try again, or make it yourself in the message.',
    'notice.dismiss': 'Dismiss',
  },
} as const satisfies Messages<CardKey>;

export const tCard = createTranslator(cardMessages);
