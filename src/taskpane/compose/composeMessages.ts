/**
 * The compose pane's first screen in words, in nb, nn, sv and en: the
 * decision, the status line, the button to check again. What comes with a
 * result (the cards, their advice and buttons, how a fix went) is in
 * cardMessages.ts and travels with the engine; the findings' own sentences
 * too (app/compose-engine.ts).
 */
import { createTranslator } from '../../core/i18n/types';
import type { Messages } from '../../core/i18n/types';

export type ComposeKey =
  | 'status.live'
  | 'status.error.title'
  | 'status.error.body'
  | 'status.error.body.code'
  | 'button.recheck'
  | 'decision.block.title'
  | 'decision.block.body'
  | 'decision.warn.title'
  | 'decision.warn.body'
  | 'decision.allow.title'
  | 'decision.allow.body';

export const composeMessages = {
  nb: {
    'status.live': 'Arkivpost sjekker meldingen på nytt mens du skriver.',
    'status.error.title': 'Kunne ikke sjekke meldingen',
    'status.error.body': 'Outlook svarte ikke som ventet. Prøv igjen om litt.',
    'status.error.body.code':
      'Outlook svarte ikke som ventet (feilkode {code}). Prøv igjen om litt.',
    'button.recheck': 'Sjekk på nytt',
    'decision.block.title': 'Må rettes før du sender',
    'decision.block.body':
      'Arkivpost stopper meldingen når du trykker Send, til punktene under er rettet.',
    'decision.warn.title': 'Se over før du sender',
    'decision.warn.body': 'Du kan sende likevel, men sjekk punktene under først.',
    'decision.allow.title': 'Klar til å sendes',
    'decision.allow.body': 'Arkivpost fant ikke noe som hindrer sending.',
  },
  nn: {
    'status.live': 'Arkivpost sjekkar meldinga på nytt medan du skriv.',
    'status.error.title': 'Kunne ikkje sjekke meldinga',
    'status.error.body': 'Outlook svarte ikkje som venta. Prøv igjen om litt.',
    'status.error.body.code':
      'Outlook svarte ikkje som venta (feilkode {code}). Prøv igjen om litt.',
    'button.recheck': 'Sjekk på nytt',
    'decision.block.title': 'Må rettast før du sender',
    'decision.block.body':
      'Arkivpost stoppar meldinga når du trykkjer Send, til punkta nedanfor er retta.',
    'decision.warn.title': 'Sjå over før du sender',
    'decision.warn.body': 'Du kan sende likevel, men sjekk punkta nedanfor først.',
    'decision.allow.title': 'Klar til å sendast',
    'decision.allow.body': 'Arkivpost fann ikkje noko som hindrar sending.',
  },
  sv: {
    'status.live': 'Arkivpost kontrollerar meddelandet på nytt medan du skriver.',
    'status.error.title': 'Kunde inte kontrollera meddelandet',
    'status.error.body': 'Outlook svarade inte som väntat. Försök igen om en stund.',
    'status.error.body.code':
      'Outlook svarade inte som väntat (felkod {code}). Försök igen om en stund.',
    'button.recheck': 'Kontrollera igen',
    'decision.block.title': 'Måste rättas innan du skickar',
    'decision.block.body':
      'Arkivpost stoppar meddelandet när du trycker på Skicka, tills punkterna nedan är åtgärdade.',
    'decision.warn.title': 'Se över innan du skickar',
    'decision.warn.body': 'Du kan skicka ändå, men gå igenom punkterna nedan först.',
    'decision.allow.title': 'Klart att skicka',
    'decision.allow.body': 'Arkivpost hittade inget som hindrar att meddelandet skickas.',
  },
  en: {
    'status.live': 'Arkivpost checks the message again as you write.',
    'status.error.title': 'Could not check the message',
    'status.error.body': 'Outlook did not answer as expected. Try again in a moment.',
    'status.error.body.code':
      'Outlook did not answer as expected (error code {code}). Try again in a moment.',
    'button.recheck': 'Check again',
    'decision.block.title': 'Fix before sending',
    'decision.block.body':
      'Arkivpost stops the message when you press Send until the points below are fixed.',
    'decision.warn.title': 'Review before sending',
    'decision.warn.body': 'You may send anyway, but check the points below first.',
    'decision.allow.title': 'Ready to send',
    'decision.allow.body': 'Arkivpost found nothing that stops this message.',
  },
} as const satisfies Messages<ComposeKey>;

export const tCompose = createTranslator(composeMessages);
