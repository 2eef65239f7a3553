import type { Messages } from '../../core/i18n/types';
import type { GraphFailureKind } from './errors';

export type GraphMessageKey =
  `graph.error.${GraphFailureKind}` | 'graph.error.mailbox-not-found' | 'graph.retrying';

export const graphMessages = {
  nb: {
    'graph.error.auth':
      'Du er ikke logget inn hos Microsoft 365, eller påloggingen har gått ut. Logg inn på nytt.',
    'graph.error.forbidden': 'Du har ikke tilgang til denne postkassen eller meldingen.',
    'graph.error.not-found': 'Meldingen finnes ikke lenger. Den kan være flyttet eller slettet.',
    'graph.error.mailbox-not-found': 'Postkassen finnes ikke, eller du har ikke tilgang til den.',
    'graph.error.conflict': 'Noen andre endret meldingen samtidig. Vi har hentet den nye utgaven.',
    'graph.error.throttled': 'Microsoft 365 ber oss vente litt. Vi prøver igjen automatisk.',
    'graph.error.unavailable': 'Microsoft 365 svarer ikke akkurat nå. Prøv igjen om litt.',
    'graph.error.timeout': 'Microsoft 365 brukte for lang tid på å svare. Prøv igjen.',
    'graph.error.network': 'Forbindelsen ble brutt. Sjekk nettverket og prøv igjen.',
    'graph.error.bad-request': 'Microsoft 365 avviste forespørselen ({code}).',
    'graph.error.unknown': 'Noe gikk galt hos Microsoft 365 ({code}).',
    'graph.retrying': 'Venter på Microsoft 365 … forsøk {attempt} av {max}',
  },
  nn: {
    'graph.error.auth':
      'Du er ikkje logga inn hos Microsoft 365, eller innlogginga har gått ut. Logg inn på nytt.',
    'graph.error.forbidden': 'Du har ikkje tilgang til denne postkassa eller meldinga.',
    'graph.error.not-found': 'Meldinga finst ikkje lenger. Ho kan vere flytta eller sletta.',
    'graph.error.mailbox-not-found': 'Postkassa finst ikkje, eller du har ikkje tilgang til ho.',
    'graph.error.conflict': 'Nokon andre endra meldinga samstundes. Vi har henta den nye utgåva.',
    'graph.error.throttled': 'Microsoft 365 ber oss vente litt. Vi prøver igjen automatisk.',
    'graph.error.unavailable': 'Microsoft 365 svarar ikkje akkurat no. Prøv igjen om litt.',
    'graph.error.timeout': 'Microsoft 365 brukte for lang tid på å svare. Prøv igjen.',
    'graph.error.network': 'Sambandet blei brote. Sjekk nettverket og prøv igjen.',
    'graph.error.bad-request': 'Microsoft 365 avviste førespurnaden ({code}).',
    'graph.error.unknown': 'Noko gjekk gale hos Microsoft 365 ({code}).',
    'graph.retrying': 'Ventar på Microsoft 365 … forsøk {attempt} av {max}',
  },
  sv: {
    'graph.error.auth':
      'Du är inte inloggad i Microsoft 365 eller så har inloggningen gått ut. Logga in igen.',
    'graph.error.forbidden': 'Du har inte behörighet till den här brevlådan eller meddelandet.',
    'graph.error.not-found':
      'Meddelandet finns inte längre. Det kan ha flyttats eller tagits bort.',
    'graph.error.mailbox-not-found':
      'Brevlådan finns inte, eller så har du inte behörighet till den.',
    'graph.error.conflict':
      'Någon annan ändrade meddelandet samtidigt. Vi har hämtat den nya versionen.',
    'graph.error.throttled': 'Microsoft 365 ber oss vänta en stund. Vi försöker igen automatiskt.',
    'graph.error.unavailable': 'Microsoft 365 svarar inte just nu. Försök igen om en stund.',
    'graph.error.timeout': 'Microsoft 365 tog för lång tid på sig att svara. Försök igen.',
    'graph.error.network': 'Anslutningen bröts. Kontrollera nätverket och försök igen.',
    'graph.error.bad-request': 'Microsoft 365 avvisade begäran ({code}).',
    'graph.error.unknown': 'Något gick fel i Microsoft 365 ({code}).',
    'graph.retrying': 'Väntar på Microsoft 365 … försök {attempt} av {max}',
  },
  en: {
    'graph.error.auth':
      'You are not signed in to Microsoft 365, or the sign-in has expired. Sign in again.',
    'graph.error.forbidden': 'You do not have access to this mailbox or message.',
    'graph.error.not-found': 'The message no longer exists. It may have been moved or deleted.',
    'graph.error.mailbox-not-found': 'The mailbox does not exist, or you have no access to it.',
    'graph.error.conflict':
      'Someone else changed the message at the same time. We fetched the new version.',
    'graph.error.throttled':
      'Microsoft 365 asks us to wait a little. We will try again automatically.',
    'graph.error.unavailable': 'Microsoft 365 is not answering right now. Try again shortly.',
    'graph.error.timeout': 'Microsoft 365 took too long to answer. Try again.',
    'graph.error.network': 'The connection was lost. Check the network and try again.',
    'graph.error.bad-request': 'Microsoft 365 refused the request ({code}).',
    'graph.error.unknown': 'Something went wrong in Microsoft 365 ({code}).',
    'graph.retrying': 'Waiting for Microsoft 365 … attempt {attempt} of {max}',
  },
} as const satisfies Messages<GraphMessageKey>;
