/**
 * The read pane's Tilsyn entry: its button and what it says when Office does
 * not open the oversight page. In the entry's own small chunk, after the
 * pane's first screen.
 */
import { createTranslator } from '../../core/i18n/types';
import type { Messages } from '../../core/i18n/types';

export type OversightEntryKey =
  | 'read.oversight'
  | 'read.oversight.opening'
  | 'read.oversight.already-open'
  | 'read.oversight.blocked'
  | 'read.oversight.failed'
  | 'read.oversight.open-failed';

export const oversightEntryMessages: Messages<OversightEntryKey> = {
  nb: {
    'read.oversight': 'Tilsyn',
    'read.oversight.opening': 'Åpner tilsynet …',
    'read.oversight.already-open':
      'Tilsynet eller et annet Arkivpost-vindu er allerede åpent. Lukk det først.',
    'read.oversight.blocked':
      'Outlook eller nettleseren stoppet vinduet med tilsynet (feilkode {code}). Tillat sprettoppvinduer for Outlook og prøv igjen.',
    'read.oversight.failed': 'Tilsynet kunne ikke åpnes (feilkode {code}).',
    'read.oversight.open-failed': 'Meldingen kunne ikke åpnes i Outlook.',
  },
  nn: {
    'read.oversight': 'Tilsyn',
    'read.oversight.opening': 'Opnar tilsynet …',
    'read.oversight.already-open':
      'Tilsynet eller eit anna Arkivpost-vindauge er allereie ope. Lukk det først.',
    'read.oversight.blocked':
      'Outlook eller nettlesaren stoppa vindauget med tilsynet (feilkode {code}). Tillat sprettoppvindauge for Outlook og prøv igjen.',
    'read.oversight.failed': 'Tilsynet kunne ikkje opnast (feilkode {code}).',
    'read.oversight.open-failed': 'Meldinga kunne ikkje opnast i Outlook.',
  },
  sv: {
    'read.oversight': 'Tillsyn',
    'read.oversight.opening': 'Öppnar tillsynet …',
    'read.oversight.already-open':
      'Tillsynet eller ett annat Arkivpost-fönster är redan öppet. Stäng det först.',
    'read.oversight.blocked':
      'Outlook eller webbläsaren stoppade fönstret med tillsynet (felkod {code}). Tillåt popup-fönster för Outlook och försök igen.',
    'read.oversight.failed': 'Tillsynet kunde inte öppnas (felkod {code}).',
    'read.oversight.open-failed': 'Meddelandet kunde inte öppnas i Outlook.',
  },
  en: {
    'read.oversight': 'Oversight',
    'read.oversight.opening': 'Opening the oversight …',
    'read.oversight.already-open':
      'The oversight or another Arkivpost window is open already. Close it first.',
    'read.oversight.blocked':
      'Outlook or the browser blocked the oversight window (error code {code}). Allow pop-ups for Outlook and try again.',
    'read.oversight.failed': 'The oversight could not be opened (error code {code}).',
    'read.oversight.open-failed': 'The message could not be opened in Outlook.',
  },
};

export const tEntry = createTranslator(oversightEntryMessages);
