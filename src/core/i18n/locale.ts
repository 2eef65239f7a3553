import type { Lang } from './lang';

/**
 * The BCP 47 locales for numbers in each of the add-in's languages, best
 * first. Nynorsk falls back to bokmål: browsers without Nynorsk data (Debian's
 * Chromium) would otherwise write 1,234.5 instead of 1 234,5. Dates do not
 * use these: core/calendar/format writes them.
 */
export const LOCALES: Readonly<Record<Lang, readonly string[]>> = {
  nb: ['nb-NO'],
  nn: ['nn-NO', 'nb-NO'],
  sv: ['sv-SE'],
  en: ['en-GB'],
};
