/**
 * The task pane's words that the page and both panes use, in nb, nn, sv and
 * en: the title, the organisation, "checking …", what went wrong. Each
 * pane's own sentences are a catalog in that pane's chunk
 * (composeMessages.ts, readMessages.ts), so neither mode fetches the other's;
 * the findings' sentences come from core (`describeFinding`). Typed: a key
 * missing in one language is a compile error.
 */
import { createTranslator } from '../../core/i18n/types';
import type { Messages } from '../../core/i18n/types';

export type PaneKey =
  | 'pane.title'
  | 'pane.profile'
  | 'status.checking'
  | 'title.attachment.named'
  | 'read.loading'
  | 'error.unexpected'
  | 'error.no-office';

export const paneMessages = {
  nb: {
    'pane.title': 'Arkivpost',
    'pane.profile': 'Regler for {name}',
    'status.checking': 'Sjekker meldingen …',
    'title.attachment.named': 'Vedlegg: {attachment}',
    'read.loading': 'Leser meldingen …',
    'error.unexpected': 'Noe gikk galt i Arkivpost. Lukk panelet og åpne det igjen.',
    'error.no-office': 'Arkivpost fikk ikke kontakt med Outlook. Lukk panelet og åpne det igjen.',
  },
  nn: {
    'pane.title': 'Arkivpost',
    'pane.profile': 'Reglar for {name}',
    'status.checking': 'Sjekkar meldinga …',
    'title.attachment.named': 'Vedlegg: {attachment}',
    'read.loading': 'Les meldinga …',
    'error.unexpected': 'Noko gjekk gale i Arkivpost. Lukk panelet og opne det igjen.',
    'error.no-office': 'Arkivpost fekk ikkje kontakt med Outlook. Lukk panelet og opne det igjen.',
  },
  sv: {
    'pane.title': 'Arkivpost',
    'pane.profile': 'Regler för {name}',
    'status.checking': 'Kontrollerar meddelandet …',
    'title.attachment.named': 'Bilaga: {attachment}',
    'read.loading': 'Läser meddelandet …',
    'error.unexpected': 'Något gick fel i Arkivpost. Stäng fönstret och öppna det igen.',
    'error.no-office':
      'Arkivpost fick ingen kontakt med Outlook. Stäng fönstret och öppna det igen.',
  },
  en: {
    'pane.title': 'Arkivpost',
    'pane.profile': 'Rules of {name}',
    'status.checking': 'Checking the message …',
    'title.attachment.named': 'Attachment: {attachment}',
    'read.loading': 'Reading the message …',
    'error.unexpected': 'Something went wrong in Arkivpost. Close the pane and open it again.',
    'error.no-office': 'Arkivpost could not reach Outlook. Close the pane and open it again.',
  },
} as const satisfies Messages<PaneKey>;

export const tp = createTranslator(paneMessages);
