/**
 * The read pane's sentences, in nb, nn, sv and en: the assessment, the
 * warnings and what to do about them. In the read pane's chunk.
 */
import { createTranslator } from '../../core/i18n/types';
import type { Messages } from '../../core/i18n/types';

export type ReadKey =
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
  | 'read.warning.uninspected.title'
  | 'read.warning.uninspected.detail'
  | 'read.warning.uninspected.many'
  | 'read.warning.uninspected.advice';

export const readMessages = {
  nb: {
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
      'Ikke videresend eller svar på e-posten. Flytt den inn i saksarkivet, og behandle saken der.',
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
    'read.warning.uninspected.title': 'Ikke alt ble kontrollert',
    'read.warning.uninspected.detail': '{where} ble ikke kontrollert: {what}.',
    'read.warning.uninspected.many': 'Vedleggene {names} ble ikke kontrollert: {what}.',
    'read.warning.uninspected.advice':
      'Arkivpost kan ikke si om dette inneholder sensitive personopplysninger eller noe skadelig. Se selv over det, og vær forsiktig med å åpne vedlegg du ikke ventet.',
  },
  nn: {
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
      'Ikkje vidaresend eller svar på e-posten. Flytt han inn i saksarkivet, og behandle saka der.',
    'read.warning.threat.title': 'Mogleg trugsmål',
    'read.warning.threat.advice':
      'Ta vare på e-posten som bevis: ikkje slett han, og ikkje svar. Sei frå til leiaren din.',
    'read.warning.threat.police.NO':
      'Meld forholdet til politiet på politiet.no eller på telefon 02800. Er nokon i fare no, ring 112.',
    'read.warning.threat.police.SE':
      'Meld forholdet til polisen på polisen.se eller på telefon 114 14. Er nokon i fare no, ring 112.',
    'read.warning.attachment.title': 'Risikabelt vedlegg frå ekstern avsendar',
    'read.warning.attachment.advice':
      'Ikkje opne vedlegget om du ikkje veit at avsendaren skulle sende det. Spør IT om du er i tvil.',
    'read.warning.uninspected.title': 'Ikkje alt blei kontrollert',
    'read.warning.uninspected.detail': '{where} blei ikkje kontrollert: {what}.',
    'read.warning.uninspected.many': 'Vedlegga {names} blei ikkje kontrollerte: {what}.',
    'read.warning.uninspected.advice':
      'Arkivpost kan ikkje seie om dette inneheld sensitive personopplysningar eller noko skadeleg. Sjå sjølv over det, og ver varsam med å opne vedlegg du ikkje venta.',
  },
  sv: {
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
      'Vidarebefordra inte och svara inte på meddelandet. Flytta in det i diariet och hantera ärendet där.',
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
    'read.warning.uninspected.title': 'Allt kontrollerades inte',
    'read.warning.uninspected.detail': '{where} kontrollerades inte: {what}.',
    'read.warning.uninspected.many': 'Bilagorna {names} kontrollerades inte: {what}.',
    'read.warning.uninspected.advice':
      'Arkivpost kan inte säga om detta innehåller känsliga personuppgifter eller något skadligt. Granska det själv och var försiktig med att öppna bilagor du inte väntade dig.',
  },
  en: {
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
      'Do not forward or reply to this message. Move it into the case archive and handle the case there.',
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
    'read.warning.uninspected.title': 'Not everything was checked',
    'read.warning.uninspected.detail': '{where} was not checked: {what}.',
    'read.warning.uninspected.many': 'The attachments {names} were not checked: {what}.',
    'read.warning.uninspected.advice':
      'Arkivpost cannot say whether this holds sensitive personal data or anything harmful. Look it over yourself, and take care opening attachments you did not expect.',
  },
} as const satisfies Messages<ReadKey>;

export const tRead = createTranslator(readMessages);
