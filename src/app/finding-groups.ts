/**
 * Findings that say the same thing, once. Twenty-five attachments with the
 * same problem are one point listing the files, not twenty-five; a point
 * whose findings share a sentence says it once. Language-free (codes in):
 * the panes turn the groups into words. Linear in the findings.
 */
import type { Finding } from '../core/model';

/** How many files a point names before it says "and N more". */
export const MAX_NAMED_FILES = 3;

/**
 * What a finding says, its file aside: two findings with the same key have
 * the same code, severity and sentence, whichever file they are about.
 */
export function sameFindingKey(f: Finding): string {
  const about =
    f.attachment === undefined ? [f.start ?? null, f.end ?? null, f.text ?? null] : null;
  return JSON.stringify([
    f.code,
    f.severity,
    f.check ?? null,
    f.category,
    f.part,
    f.params ?? null,
    about,
  ]);
}

export interface SameFindings {
  /** The findings that say the same thing, in the order found (≥ 1). */
  readonly findings: readonly Finding[];
  /** The files they are about, each once, in the order found (empty: not about a file). */
  readonly attachments: readonly string[];
}

/** The findings grouped by what they say, in the order each was first found. */
export function groupSameFindings(findings: readonly Finding[]): SameFindings[] {
  const groups = new Map<
    string,
    { findings: Finding[]; attachments: string[]; seen: Set<string> }
  >();
  for (const f of findings) {
    const key = sameFindingKey(f);
    let group = groups.get(key);
    if (group === undefined) {
      group = { findings: [], attachments: [], seen: new Set() };
      groups.set(key, group);
    }
    group.findings.push(f);
    if (f.attachment !== undefined && !group.seen.has(f.attachment)) {
      group.seen.add(f.attachment);
      group.attachments.push(f.attachment);
    }
  }
  return [...groups.values()].map(({ findings: fs, attachments }) => ({
    findings: fs,
    attachments,
  }));
}

/**
 * What an attachment's findings say, as one key: two attachments with the
 * same signature have the very same problems and can share one point.
 */
export function findingsSignature(findings: readonly Finding[]): string {
  return JSON.stringify([...new Set(findings.map(sameFindingKey))].sort());
}

/** The first `max` names and how many more there are. */
export function namedFiles(
  names: readonly string[],
  max: number = MAX_NAMED_FILES,
): { readonly shown: readonly string[]; readonly more: number } {
  return { shown: names.slice(0, max), more: Math.max(0, names.length - max) };
}

/** Where one sentence ends and the next begins: after . ! or ? and before a capital letter. */
const SENTENCE_BREAK = /(?<=[.!?…])\s+(?=[\p{Lu}\u2068«“”"(])/u;

/**
 * The texts with every sentence said once: a sentence already said by an
 * earlier text (or earlier in the same one) is left out, and a text with
 * nothing new is dropped. The order of what is kept is the order given.
 */
export function distinctSentences(texts: readonly string[]): string[] {
  const said = new Set<string>();
  const out: string[] = [];
  for (const text of texts) {
    const fresh = text
      .split(SENTENCE_BREAK)
      .map((s) => s.trim())
      .filter((s) => {
        if (s.length === 0 || said.has(s)) return false;
        said.add(s);
        return true;
      });
    if (fresh.length > 0) out.push(fresh.join(' '));
  }
  return out;
}
