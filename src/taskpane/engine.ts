/**
 * The policy engine (detectors, keyword dictionaries, attachment inspection)
 * is most of the pane's code but is needed only once the message has been
 * read: it is loaded as a separate chunk, so the pane shows itself first.
 */
import type { ComposeResult } from '../core/compose/decide';
import type { ComposeSnapshot } from '../core/message';
import type { Profile } from '../core/profile/types';

export type CheckFn = (snapshot: ComposeSnapshot, profile: Profile) => Promise<ComposeResult>;

let loading: Promise<CheckFn> | null = null;

/** The compose check, loaded on first use (and only once). */
export function loadCheck(): Promise<CheckFn> {
  if (loading === null) {
    const started = import(/* webpackChunkName: "engine" */ '../core/compose/decide').then(
      (m): CheckFn => m.checkCompose,
    );
    // A failed load (say, the network) is tried again on the next check.
    started.catch(() => {
      if (loading === started) loading = null;
    });
    loading = started;
  }
  return loading;
}
