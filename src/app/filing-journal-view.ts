/**
 * What an unfinished filing's journal (core/archive/journal) says was made
 * so far, as sentences for the pane: who began when, the case and the record
 * made, documents uploaded. Small, with no services, so that the case panel
 * can say so before the filing chunk is loaded.
 */
import type { FilingJournal } from '../core/archive/journal';
import type { FilingText } from './filing-text';

export function journalSteps(
  journal: FilingJournal,
  names: (address: string) => string = (a) => a,
): FilingText[] {
  const lines: FilingText[] = [
    {
      key: 'filing.unfinished.begun',
      params: { by: names(journal.by), when: { instant: journal.started } },
    },
  ];
  const made = (step: string): string | undefined => {
    const m = journal.steps.find((e) => e.step === step)?.made;
    return m ? (m.ref ?? m.id) : undefined;
  };
  const caseRef = made('case');
  if (caseRef !== undefined)
    lines.push({ key: 'filing.unfinished.case', params: { ref: caseRef } });
  const recordRef = made('record');
  if (recordRef !== undefined)
    lines.push({ key: 'filing.unfinished.record', params: { ref: recordRef } });
  const documents = 1 + journal.choice.attachments.length;
  const done = journal.steps.filter(
    (e) => e.step.startsWith('document:') && e.confirmed === true,
  ).length;
  if (recordRef !== undefined || done > 0)
    lines.push({ key: 'filing.unfinished.documents', params: { done, total: documents } });
  if (caseRef === undefined && recordRef === undefined && done === 0)
    lines.push({ key: 'filing.unfinished.nothing' });
  return lines;
}
