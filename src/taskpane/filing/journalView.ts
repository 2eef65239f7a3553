/**
 * An unfinished filing as the pane shows it, from the journal on the item
 * (core/archive/journal): small, with no services, so that the case panel
 * can say so before the filing chunk is loaded.
 */
import type { FilingJournal } from '../../core/archive/journal';
import { formatInstant } from '../../core/calendar/format';
import type { Lang } from '../../core/model';
import { tf } from './messages';

/** An instant as the user reads it: date and time in their language, in the organisation's zone. */
export function whenText(iso: string, lang: Lang, timeZone: string): string {
  return formatInstant(iso, lang, timeZone) ?? formatInstant(iso, lang, 'Europe/Oslo') ?? '';
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
  const lines = [
    tf(lang, 'filing.unfinished.begun', {
      by: names(journal.by),
      when: whenText(journal.started, lang, timeZone),
    }),
  ];
  const entry = (step: string) => journal.steps.find((e) => e.step === step);
  const made = (step: string): string | undefined => {
    const m = entry(step)?.made;
    return m ? (m.ref ?? m.id) : undefined;
  };
  const caseRef = made('case');
  if (caseRef !== undefined) lines.push(tf(lang, 'filing.unfinished.case', { ref: caseRef }));
  const recordRef = made('record');
  if (recordRef !== undefined) lines.push(tf(lang, 'filing.unfinished.record', { ref: recordRef }));
  const documents = 1 + journal.choice.attachments.length;
  const done = journal.steps.filter(
    (e) => e.step.startsWith('document:') && e.confirmed === true,
  ).length;
  if (recordRef !== undefined || done > 0)
    lines.push(tf(lang, 'filing.unfinished.documents', { done, total: documents }));
  if (caseRef === undefined && recordRef === undefined && done === 0)
    lines.push(tf(lang, 'filing.unfinished.nothing'));
  return lines;
}
