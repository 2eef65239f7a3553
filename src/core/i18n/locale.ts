import type { Lang } from './lang';

/** The BCP 47 locale for dates and numbers in each of the add-in's languages. */
export const LOCALES: Readonly<Record<Lang, string>> = {
  nb: 'nb-NO',
  nn: 'nn-NO',
  sv: 'sv-SE',
  en: 'en-GB',
};
