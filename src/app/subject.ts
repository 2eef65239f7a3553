/**
 * Edits the pane makes to the subject line. Pure: the hook reads the subject
 * through the port, computes the new one here, and writes it back.
 */

/** What to cut: the finding's offsets into the subject and the text found there. */
export interface SubjectCut {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const SPACE = /\s/;

/**
 * The subject with exactly the found text taken out. Only whitespace is
 * tidied where the cut was made (no double space, nothing dangling at either
 * end); every other character the user wrote stays.
 *
 * The offsets come from the last check; if the user has typed since, the text
 * is looked for again and cut only when it occurs exactly once. Returns null
 * when it cannot be found unambiguously: the caller re-checks instead of
 * guessing.
 */
export function removeFromSubject(subject: string, cut: SubjectCut): string | null {
  if (cut.text.length === 0) return null;
  let start: number;
  if (
    cut.start >= 0 &&
    cut.end <= subject.length &&
    cut.end - cut.start === cut.text.length &&
    subject.slice(cut.start, cut.end) === cut.text
  ) {
    start = cut.start;
  } else {
    const first = subject.indexOf(cut.text);
    if (first < 0 || subject.indexOf(cut.text, first + 1) >= 0) return null;
    start = first;
  }
  const before = subject.slice(0, start);
  let after = subject.slice(start + cut.text.length);
  if (before.length === 0) return after.trimStart();
  if (after.trim().length === 0) return before.trimEnd();
  if (SPACE.test(before.charAt(before.length - 1))) after = after.trimStart();
  return before + after;
}

/** True when the subject already carries the tag (any case). */
export function hasTag(subject: string, tag: string): boolean {
  return tag.length > 0 && subject.toLowerCase().includes(tag.toLowerCase());
}

/**
 * The subject with an encryption tag such as "[sikker]" in front, where mail
 * flow rules look for it; unchanged when it is already there.
 */
export function addSubjectTag(subject: string, tag: string): string {
  if (tag.length === 0 || hasTag(subject, tag)) return subject;
  const rest = subject.trimStart();
  return rest.length === 0 ? tag : `${tag} ${rest}`;
}
