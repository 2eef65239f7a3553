/**
 * Words Fluent UI would otherwise say in English: the accessible name of a
 * combobox's open button is "Open", a dropdown's clear button "Clear
 * selection" (in the page even when hidden), unless they are given one.
 * Every Combobox in the pane passes `expandIcon={expandIcon(lang, label)}`,
 * every Dropdown `clearButton={clearButton(lang)}`.
 */
import type { Lang } from '../../core/model';
import { format } from '../../core/i18n/types';
import type { Messages } from '../../core/i18n/types';

type FluentKey = 'fluent.open' | 'fluent.open.named' | 'fluent.clear';

export const fluentMessages: Messages<FluentKey> = {
  nb: {
    'fluent.open': 'Åpne',
    'fluent.open.named': 'Åpne {label}',
    'fluent.clear': 'Fjern valget',
  },
  nn: { 'fluent.open': 'Opne', 'fluent.open.named': 'Opne {label}', 'fluent.clear': 'Fjern valet' },
  sv: {
    'fluent.open': 'Öppna',
    'fluent.open.named': 'Öppna {label}',
    'fluent.clear': 'Rensa valet',
  },
  en: {
    'fluent.open': 'Open',
    'fluent.open.named': 'Open {label}',
    'fluent.clear': 'Clear selection',
  },
};

/** The expand button's accessible name, "Åpne Tildel til", in the user's language. */
export function expandIcon(lang: Lang, label?: string): { 'aria-label': string } {
  const m = fluentMessages[lang];
  return {
    'aria-label': label ? format(m['fluent.open.named'], { label }) : m['fluent.open'],
  };
}

/** A dropdown's clear button's accessible name, "Fjern valget", in the user's language. */
export function clearButton(lang: Lang): { 'aria-label': string } {
  return { 'aria-label': fluentMessages[lang]['fluent.clear'] };
}
