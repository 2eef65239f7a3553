/**
 * The compose pane's sentences, in nb, nn, sv and en: the decision,
 * headings, what to do, buttons, notices. In the compose pane's chunk; the
 * findings' own sentences come with the engine (app/compose-engine.ts).
 */
import type { AdviceKey } from '../../app/compose-plan';
import { createTranslator } from '../../core/i18n/types';
import type { Messages } from '../../core/i18n/types';

export type { AdviceKey };

export type ComposeKey =
  | AdviceKey
  | 'status.live'
  | 'status.error.title'
  | 'status.error.body'
  | 'button.recheck'
  | 'decision.block.title'
  | 'decision.block.body'
  | 'decision.warn.title'
  | 'decision.warn.body'
  | 'decision.allow.title'
  | 'decision.allow.body'
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
  | 'notice.removed-from-subject'
  | 'notice.tag-added'
  | 'notice.attachment-removed'
  | 'notice.subject-changed'
  | 'notice.attachment-missing'
  | 'notice.action-failed'
  | 'notice.subject-too-long'
  | 'notice.office-failed'
  | 'notice.dismiss';

export const composeMessages = {
  nb: {
    'action.file-before-send': 'Journalfør før sending',
    'status.live': 'Arkivpost sjekker meldingen på nytt mens du skriver.',
    'status.error.title': 'Kunne ikke sjekke meldingen',
    'status.error.body': 'Outlook svarte ikke som ventet ({reason}). Prøv igjen om litt.',
    'button.recheck': 'Sjekk på nytt',
    'decision.block.title': 'Må rettes før du sender',
    'decision.block.body':
      'Arkivpost stopper meldingen når du trykker Send, til punktene under er rettet.',
    'decision.warn.title': 'Se over før du sender',
    'decision.warn.body': 'Du kan sende likevel, men sjekk punktene under først.',
    'decision.allow.title': 'Klar til å sendes',
    'decision.allow.body': 'Arkivpost fant ikke noe som hindrer sending.',
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
    'notice.action-failed': 'Det gikk ikke: {reason}',
    'notice.subject-too-long': 'Emnet kan ha høyst 255 tegn. Gjør emnet kortere og prøv igjen.',
    'notice.office-failed':
      'Outlook kunne ikke gjøre endringen. Prøv igjen, eller gjør den selv i meldingen.',
    'notice.dismiss': 'Lukk meldingen',
  },
  nn: {
    'action.file-before-send': 'Journalfør før sending',
    'status.live': 'Arkivpost sjekkar meldinga på nytt medan du skriv.',
    'status.error.title': 'Kunne ikkje sjekke meldinga',
    'status.error.body': 'Outlook svarte ikkje som venta ({reason}). Prøv igjen om litt.',
    'button.recheck': 'Sjekk på nytt',
    'decision.block.title': 'Må rettast før du sender',
    'decision.block.body':
      'Arkivpost stoppar meldinga når du trykkjer Send, til punkta nedanfor er retta.',
    'decision.warn.title': 'Sjå over før du sender',
    'decision.warn.body': 'Du kan sende likevel, men sjekk punkta nedanfor først.',
    'decision.allow.title': 'Klar til å sendast',
    'decision.allow.body': 'Arkivpost fann ikkje noko som hindrar sending.',
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
    'notice.action-failed': 'Det gjekk ikkje: {reason}',
    'notice.subject-too-long': 'Emnet kan ha høgst 255 teikn. Gjer emnet kortare og prøv igjen.',
    'notice.office-failed':
      'Outlook kunne ikkje gjere endringa. Prøv igjen, eller gjer henne sjølv i meldinga.',
    'notice.dismiss': 'Lukk meldinga',
  },
  sv: {
    'action.file-before-send': 'Diarieför före sändning',
    'status.live': 'Arkivpost kontrollerar meddelandet på nytt medan du skriver.',
    'status.error.title': 'Kunde inte kontrollera meddelandet',
    'status.error.body': 'Outlook svarade inte som väntat ({reason}). Försök igen om en stund.',
    'button.recheck': 'Kontrollera igen',
    'decision.block.title': 'Måste rättas innan du skickar',
    'decision.block.body':
      'Arkivpost stoppar meddelandet när du trycker på Skicka, tills punkterna nedan är åtgärdade.',
    'decision.warn.title': 'Se över innan du skickar',
    'decision.warn.body': 'Du kan skicka ändå, men gå igenom punkterna nedan först.',
    'decision.allow.title': 'Klart att skicka',
    'decision.allow.body': 'Arkivpost hittade inget som hindrar att meddelandet skickas.',
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
    'notice.action-failed': 'Det gick inte: {reason}',
    'notice.subject-too-long': 'Ämnet får ha högst 255 tecken. Korta ämnet och försök igen.',
    'notice.office-failed':
      'Outlook kunde inte göra ändringen. Försök igen, eller gör den själv i meddelandet.',
    'notice.dismiss': 'Stäng meddelandet',
  },
  en: {
    'action.file-before-send': 'File before sending',
    'status.live': 'Arkivpost checks the message again as you write.',
    'status.error.title': 'Could not check the message',
    'status.error.body': 'Outlook did not answer as expected ({reason}). Try again in a moment.',
    'button.recheck': 'Check again',
    'decision.block.title': 'Fix before sending',
    'decision.block.body':
      'Arkivpost stops the message when you press Send until the points below are fixed.',
    'decision.warn.title': 'Review before sending',
    'decision.warn.body': 'You may send anyway, but check the points below first.',
    'decision.allow.title': 'Ready to send',
    'decision.allow.body': 'Arkivpost found nothing that stops this message.',
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
    'notice.action-failed': 'That did not work: {reason}',
    'notice.subject-too-long':
      'The subject can have at most 255 characters. Shorten the subject and try again.',
    'notice.office-failed':
      'Outlook could not make the change. Try again, or make it yourself in the message.',
    'notice.dismiss': 'Dismiss',
  },
} as const satisfies Messages<ComposeKey>;

export const tCompose = createTranslator(composeMessages);
