/** What the add-in needs to know about the Outlook it runs in. */
import type { Lang } from '../../core/model';

/**
 * The user's language from Outlook's display language: nb-NO, nn-NO, sv-SE
 * and their short forms; Norwegian without a written standard ("no") is
 * bokmål; anything else is English.
 */
export function langOf(displayLanguage: string | undefined): Lang {
  const tag = (displayLanguage ?? '').toLowerCase();
  if (tag.startsWith('nn')) return 'nn';
  if (tag.startsWith('nb') || tag === 'no' || tag.startsWith('no-')) return 'nb';
  if (tag.startsWith('sv')) return 'sv';
  return 'en';
}

export function displayLang(): Lang {
  return langOf(Office.context.displayLanguage);
}

/** Mailbox requirement set check; false where Outlook cannot tell. */
export function supportsMailbox(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported('Mailbox', version);
  } catch {
    return false;
  }
}
