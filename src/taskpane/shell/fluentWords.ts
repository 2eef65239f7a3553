/**
 * Words Fluent UI would otherwise say in English: the accessible name of a
 * combobox's open button is "Open" unless it is given one. Every Combobox
 * in the pane passes `expandIcon={expandIcon(lang, label)}`.
 */
import type { Lang } from '../../core/model';
import { format } from '../../core/i18n/types';
import type { Messages } from '../../core/i18n/types';

type FluentKey = 'fluent.open' | 'fluent.open.named';

export const fluentMessages: Messages<FluentKey> = {
  nb: { 'fluent.open': 'Åpne', 'fluent.open.named': 'Åpne {label}' },
  nn: { 'fluent.open': 'Opne', 'fluent.open.named': 'Opne {label}' },
  sv: { 'fluent.open': 'Öppna', 'fluent.open.named': 'Öppna {label}' },
  en: { 'fluent.open': 'Open', 'fluent.open.named': 'Open {label}' },
};

/** The expand button's accessible name, "Åpne Tildel til", in the user's language. */
export function expandIcon(lang: Lang, label?: string): { 'aria-label': string } {
  const m = fluentMessages[lang];
  return {
    'aria-label': label ? format(m['fluent.open.named'], { label }) : m['fluent.open'],
  };
}
