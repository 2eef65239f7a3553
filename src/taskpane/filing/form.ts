/** The filing form's rules that are not React: attachments as chosen, a title's problems. */
import { checkTitle, describeTitleProblem } from '../../core/archive';
import type { Lang } from '../../core/model';
import type { Profile } from '../../core/profile/types';
import type { AttachmentChoice } from '../../services/filing';
import type { MessageFacts } from '../../app/read-facts';

export function choiceKey(c: AttachmentChoice): string {
  return `${c.occurrence}:${c.name}`;
}

/** The attachments as the user chooses them: each name with which of that name it is. */
export function attachmentChoices(facts: MessageFacts): (AttachmentChoice & { size: number })[] {
  const seen = new Map<string, number>();
  return (facts.attachments ?? []).map((a) => {
    const occurrence = seen.get(a.name) ?? 0;
    seen.set(a.name, occurrence + 1);
    return { name: a.name, occurrence, size: a.size };
  });
}

/** Why a title cannot be filed, as sentences; empty when it can. */
export function titleProblems(title: string, profile: Profile, lang: Lang): string[] {
  return checkTitle(title, profile.keywords).map((p) => describeTitleProblem(p, lang));
}
