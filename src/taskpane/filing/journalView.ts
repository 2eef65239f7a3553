/**
 * An unfinished filing as the pane shows it, from the journal on the item
 * (app/filing-journal-view): small, with no services, so that the case
 * panel can say so before the filing chunk is loaded.
 */
import { journalSteps } from '../../app/filing-journal-view';
import type { FilingText } from '../../app/filing-text';
import type { FilingJournal } from '../../core/archive/journal';
import type { Lang } from '../../core/model';
import { formatDateTime } from '../../core/state/describe';
import { tf } from './messages';

function line(t: FilingText, lang: Lang, timeZone: string): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(t.params ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
    else if ('instant' in value) params[name] = formatDateTime(value.instant, lang, timeZone) ?? '';
  }
  return tf(lang, t.key, params);
}

/**
 * What an unfinished journal says was made so far, as lines for the pane:
 * who began when, the case and the record made, documents uploaded.
 */
export function journalLines(
  journal: FilingJournal,
  lang: Lang,
  timeZone: string,
  names: (address: string) => string = (a) => a,
): string[] {
  return journalSteps(journal, names).map((t) => line(t, lang, timeZone));
}
