/**
 * A list of files in a sentence, in the user's language: «a», «b», «c» and
 * 22 more. Names are isolated (FSI … PDI), so a right-to-left name cannot
 * turn the sentence around it.
 */
import { namedFiles } from '../../app/finding-groups';
import { isolateName } from '../../core/compose/names';
import type { Lang } from '../../core/model';
import { tFiles } from './filesMessages';

export function fileList(names: readonly string[], lang: Lang): string {
  const { shown, more } = namedFiles(names);
  const quoted = shown
    .map((name) => tFiles(lang, 'files.name', { name: isolateName(name) }))
    .join(', ');
  return more > 0 ? tFiles(lang, 'files.more', { names: quoted, count: more }) : quoted;
}
