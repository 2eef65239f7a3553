/**
 * The one Graph request body that writes a state onto a message:
 *
 *   PATCH /users/{mailbox}/messages/{restId}
 *   { singleValueExtendedProperties, categories, flag }
 *
 * Properties, categories and flag go in the same request, so the message
 * never shows a status its properties do not have.
 */
import type { Lang } from '../model';
import { mergeCategories } from './categories';
import { flagFor } from './flag';
import type { FollowupFlag } from './flag';
import { toExtendedProperties } from './properties';
import type { ExtendedProperty } from './properties';
import type { ItemState } from './types';

export interface StatePatch {
  readonly singleValueExtendedProperties: readonly ExtendedProperty[];
  readonly categories: readonly string[];
  readonly flag: FollowupFlag;
}

export interface PatchOptions {
  /** The organisation's language (profile.language): categories are in it, whoever reads. */
  readonly lang: Lang;
  /** The organisation's IANA time zone (profile.timeZone). */
  readonly timeZone: string;
}

/**
 * The PATCH body for `state`, keeping the user's own categories from
 * `existingCategories` (the message's `categories` as last read).
 */
export function statePatch(
  state: ItemState,
  existingCategories: unknown,
  options: PatchOptions,
): StatePatch {
  return {
    singleValueExtendedProperties: toExtendedProperties(state),
    categories: mergeCategories(existingCategories, state, options.lang),
    flag: flagFor(state, options.timeZone),
  };
}
