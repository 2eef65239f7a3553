/**
 * Every sentence the task pane itself shows, in nb, nn, sv and en. The
 * findings' own sentences come from core (`describeFinding`); this catalog
 * adds the pane around them: headings, what to do, buttons, notices. Typed:
 * a key missing in one language is a compile error.
 */
import type { Lang } from '../core/model';
import { format } from '../core/i18n/types';
import type { Messages } from '../core/i18n/types';

export type AdviceKey =
  | 'advice.mailbox'
  | 'advice.mailbox.any'
  | 'advice.subject'
  | 'advice.encrypt'
  | 'advice.encrypt.tag'
  | 'advice.draft';

export type PaneKey =
  | AdviceKey
  | 'pane.title'
  | 'pane.profile'
  | 'status.checking'
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
  | 'title.attachment.named'
  | 'card.occurrences'
  | 'card.actions'
  | 'action.remove-from-subject'
  | 'action.add-subject-tag'
  | 'action.remove-attachment'
  | 'notice.removed-from-subject'
  | 'notice.tag-added'
  | 'notice.attachment-removed'
  | 'notice.subject-changed'
  | 'notice.attachment-missing'
  | 'notice.action-failed'
  | 'notice.dismiss'
  | 'read.loading'
  | 'read.no-item'
  | 'read.error.title'
  | 'read.error.body'
  | 'read.error.code'
  | 'read.retry'
  | 'read.class.heading'
  | 'read.reasons'
  | 'read.case.unconfigured'
  | 'read.warnings.heading'
  | 'read.warning.found'
  | 'read.warning.sensitive.title'
  | 'read.warning.sensitive.advice'
  | 'read.warning.threat.title'
  | 'read.warning.threat.advice'
  | 'read.warning.threat.police.NO'
  | 'read.warning.threat.police.SE'
  | 'read.warning.attachment.title'
  | 'read.warning.attachment.advice'
  | 'error.unexpected'
  | 'error.no-office';

export const paneMessages = {
  nb: {
    'pane.title': 'Arkivpost',
    'pane.profile': 'Regler for {name}',
    'status.checking': 'Sjekker meldingen …',
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
    'title.attachment.named': 'Vedlegg: {attachment}',
    'card.occurrences': 'Funnet {count} steder.',
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
      'Fjern vedlegget og legg ved den underskrevne, journalførte versjonen fra sak- og arkivsystemet.',
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
    'notice.dismiss': 'Lukk meldingen',
    'read.loading': 'Leser meldingen …',
    'read.no-item': 'Velg en e-post for å se hvordan den skal behandles.',
    'read.error.title': 'Kunne ikke lese meldingen',
    'read.error.body': 'Outlook ga ikke Arkivpost innholdet i e-posten. Prøv igjen om litt.',
    'read.error.code': 'Outlook svarte med feilkode {code}. Prøv igjen om litt.',
    'read.retry': 'Prøv igjen',
    'read.class.heading': 'Vurdering av e-posten',
    'read.reasons': 'Begrunnelse',
    'read.case.unconfigured':
      'Administratoren har ikke satt opp innlogging for Arkivpost, så tildeling og status kan ikke lagres. Vurderingen over gjelder likevel.',
    'read.warnings.heading': 'Advarsler ({count})',
    'read.warning.found': 'Dette fant Arkivpost',
    'read.warning.sensitive.title': 'Sensitive personopplysninger',
    'read.warning.sensitive.advice':
      'Ikke videresend eller svar på e-posten. Flytt den inn i sak- og arkivsystemet, og behandle saken der.',
    'read.warning.threat.title': 'Mulig trussel',
    'read.warning.threat.advice':
      'Ta vare på e-posten som bevis: ikke slett den, og ikke svar. Si fra til lederen din.',
    'read.warning.threat.police.NO':
      'Anmeld forholdet til politiet på politiet.no eller på telefon 02800. Er noen i fare nå, ring 112.',
    'read.warning.threat.police.SE':
      'Anmeld forholdet til polisen på polisen.se eller på telefon 114 14. Er noen i fare nå, ring 112.',
    'read.warning.attachment.title': 'Risikabelt vedlegg fra ekstern avsender',
    'read.warning.attachment.advice':
      'Ikke åpne vedlegget hvis du ikke vet at avsenderen skulle sende det. Spør IT hvis du er i tvil.',
    'error.unexpected': 'Noe gikk galt i Arkivpost. Lukk panelet og åpne det igjen.',
    'error.no-office': 'Arkivpost fikk ikke kontakt med Outlook. Lukk panelet og åpne det igjen.',
  },
  nn: {
    'pane.title': 'Arkivpost',
    'pane.profile': 'Reglar for {name}',
    'status.checking': 'Sjekkar meldinga …',
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
    'title.attachment.named': 'Vedlegg: {attachment}',
    'card.occurrences': 'Funne {count} stader.',
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
      'Legg til «{tag}» i emnet, så vert meldinga kryptert når ho vert send. Du kan òg sende dokumentet via sikker digital post.',
    'advice.draft':
      'Fjern vedlegget og legg ved den underskrivne, journalførte versjonen frå sak- og arkivsystemet.',
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
    'notice.dismiss': 'Lukk meldinga',
    'read.loading': 'Les meldinga …',
    'read.no-item': 'Vel ein e-post for å sjå korleis han skal behandlast.',
    'read.error.title': 'Kunne ikkje lese meldinga',
    'read.error.body': 'Outlook gav ikkje Arkivpost innhaldet i e-posten. Prøv igjen om litt.',
    'read.error.code': 'Outlook svarte med feilkode {code}. Prøv igjen om litt.',
    'read.retry': 'Prøv igjen',
    'read.class.heading': 'Vurdering av e-posten',
    'read.reasons': 'Grunngjeving',
    'read.case.unconfigured':
      'Administratoren har ikkje sett opp innlogging for Arkivpost, så tildeling og status kan ikkje lagrast. Vurderinga over gjeld likevel.',
    'read.warnings.heading': 'Åtvaringar ({count})',
    'read.warning.found': 'Dette fann Arkivpost',
    'read.warning.sensitive.title': 'Sensitive personopplysningar',
    'read.warning.sensitive.advice':
      'Ikkje vidaresend eller svar på e-posten. Flytt han inn i sak- og arkivsystemet, og behandle saka der.',
    'read.warning.threat.title': 'Mogleg trugsmål',
    'read.warning.threat.advice':
      'Ta vare på e-posten som prov: ikkje slett han, og ikkje svar. Sei frå til leiaren din.',
    'read.warning.threat.police.NO':
      'Meld forholdet til politiet på politiet.no eller på telefon 02800. Er nokon i fare no, ring 112.',
    'read.warning.threat.police.SE':
      'Meld forholdet til polisen på polisen.se eller på telefon 114 14. Er nokon i fare no, ring 112.',
    'read.warning.attachment.title': 'Risikabelt vedlegg frå ekstern avsendar',
    'read.warning.attachment.advice':
      'Ikkje opne vedlegget om du ikkje veit at avsendaren skulle sende det. Spør IT om du er i tvil.',
    'error.unexpected': 'Noko gjekk gale i Arkivpost. Lukk panelet og opne det igjen.',
    'error.no-office': 'Arkivpost fekk ikkje kontakt med Outlook. Lukk panelet og opne det igjen.',
  },
  sv: {
    'pane.title': 'Arkivpost',
    'pane.profile': 'Regler för {name}',
    'status.checking': 'Kontrollerar meddelandet …',
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
    'title.attachment.named': 'Bilaga: {attachment}',
    'card.occurrences': 'Hittat på {count} ställen.',
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
      'Ta bort bilagan och bifoga den underskrivna, diarieförda versionen från ärendehanteringssystemet.',
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
    'notice.dismiss': 'Stäng meddelandet',
    'read.loading': 'Läser meddelandet …',
    'read.no-item': 'Välj ett e-postmeddelande för att se hur det ska hanteras.',
    'read.error.title': 'Kunde inte läsa meddelandet',
    'read.error.body':
      'Outlook lämnade inte ut meddelandets innehåll till Arkivpost. Försök igen om en stund.',
    'read.error.code': 'Outlook svarade med felkod {code}. Försök igen om en stund.',
    'read.retry': 'Försök igen',
    'read.class.heading': 'Bedömning av meddelandet',
    'read.reasons': 'Motivering',
    'read.case.unconfigured':
      'Administratören har inte konfigurerat inloggning för Arkivpost, så tilldelning och status kan inte sparas. Bedömningen ovan gäller ändå.',
    'read.warnings.heading': 'Varningar ({count})',
    'read.warning.found': 'Det här hittade Arkivpost',
    'read.warning.sensitive.title': 'Känsliga personuppgifter',
    'read.warning.sensitive.advice':
      'Vidarebefordra inte och svara inte på meddelandet. Flytta in det i ärendehanteringssystemet och hantera ärendet där.',
    'read.warning.threat.title': 'Möjligt hot',
    'read.warning.threat.advice':
      'Spara meddelandet som bevis: radera det inte och svara inte. Berätta för din chef.',
    'read.warning.threat.police.NO':
      'Anmäl till norska polisen på politiet.no eller på telefon 02800. Ring 112 om någon är i fara just nu.',
    'read.warning.threat.police.SE':
      'Polisanmäl på polisen.se eller på telefon 114 14. Ring 112 om någon är i fara just nu.',
    'read.warning.attachment.title': 'Riskabel bilaga från extern avsändare',
    'read.warning.attachment.advice':
      'Öppna inte bilagan om du inte vet att avsändaren skulle skicka den. Fråga IT om du är osäker.',
    'error.unexpected': 'Något gick fel i Arkivpost. Stäng fönstret och öppna det igen.',
    'error.no-office':
      'Arkivpost fick ingen kontakt med Outlook. Stäng fönstret och öppna det igen.',
  },
  en: {
    'pane.title': 'Arkivpost',
    'pane.profile': 'Rules of {name}',
    'status.checking': 'Checking the message …',
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
    'title.attachment.named': 'Attachment: {attachment}',
    'card.occurrences': 'Found in {count} places.',
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
    'notice.dismiss': 'Dismiss',
    'read.loading': 'Reading the message …',
    'read.no-item': 'Select a message to see how it is to be handled.',
    'read.error.title': 'Could not read the message',
    'read.error.body': 'Outlook did not give Arkivpost the message. Try again in a moment.',
    'read.error.code': 'Outlook answered with error code {code}. Try again in a moment.',
    'read.retry': 'Try again',
    'read.class.heading': 'Assessment of the message',
    'read.reasons': 'Reasons',
    'read.case.unconfigured':
      'Your administrator has not set up sign-in for Arkivpost, so assignment and status cannot be saved. The assessment above still applies.',
    'read.warnings.heading': 'Warnings ({count})',
    'read.warning.found': 'What Arkivpost found',
    'read.warning.sensitive.title': 'Sensitive personal data',
    'read.warning.sensitive.advice':
      'Do not forward or reply to this message. Move it into the case system and handle the case there.',
    'read.warning.threat.title': 'Possible threat',
    'read.warning.threat.advice':
      'Keep the message as evidence: do not delete it and do not reply. Tell your manager.',
    'read.warning.threat.police.NO':
      'Report it to the Norwegian police at politiet.no or by phone on 02800. If someone is in danger now, call 112.',
    'read.warning.threat.police.SE':
      'Report it to the Swedish police at polisen.se or by phone on 114 14. If someone is in danger now, call 112.',
    'read.warning.attachment.title': 'Risky attachment from an external sender',
    'read.warning.attachment.advice':
      'Do not open the attachment unless you know the sender meant to send it. Ask IT if you are unsure.',
    'error.unexpected': 'Something went wrong in Arkivpost. Close the pane and open it again.',
    'error.no-office': 'Arkivpost could not reach Outlook. Close the pane and open it again.',
  },
} as const satisfies Messages<PaneKey>;

/** The pane's text for a key, placeholders filled. */
export function tp(
  lang: Lang,
  key: PaneKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  return format(paneMessages[lang][key], params);
}
