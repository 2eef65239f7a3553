/**
 * The compose check's engine (detectors, keyword dictionaries, attachment
 * inspection) and the sentences its findings are told in, in every
 * language: most of the pane's code, but needed only once the message has
 * been read. One chunk, loaded on first use, so the pane shows itself first.
 */
import type { ComposeResult } from '../core/compose/decide';
import { SEND_BUDGET_MS } from '../core/compose/limits';
import type { ComposeSnapshot } from '../core/message';
import type { Clock, Finding, Lang } from '../core/model';
import type { Profile } from '../core/profile/types';

/** The compose check on `clock`: the send check's time limit is measured on it. */
export type CheckFn = (
  snapshot: ComposeSnapshot,
  profile: Profile,
  clock: Clock,
) => Promise<ComposeResult>;

/** A finding as one sentence in the user's language: the Smart Alert's own words. */
export type DescribeFn = (finding: Finding, lang: Lang) => string;

export interface ComposeEngine {
  readonly check: CheckFn;
  readonly describe: DescribeFn;
}

let loading: Promise<ComposeEngine> | null = null;

/** The compose check and its sentences, loaded on first use (and only once). */
export function loadEngine(): Promise<ComposeEngine> {
  if (loading === null) {
    // Two modules, one chunk: the same name puts them together.
    const started = Promise.all([
      import(/* webpackChunkName: "engine" */ '../core/compose/decide'),
      import(/* webpackChunkName: "engine" */ '../core/compose/render'),
    ]).then(([decide, render]): ComposeEngine => ({
      // With the send check's time limit, so the pane decides as Outlook
      // will, and handing control back between stages so the pane stays alive.
      check: (snapshot, profile, clock) =>
        decide.checkCompose(snapshot, profile, {
          clock,
          budgetMs: SEND_BUDGET_MS,
          yield: () => new Promise((resolve) => setTimeout(resolve, 0)),
        }),
      describe: (finding, lang) => render.describeFinding(finding, lang),
    }));
    // A failed load (say, the network) is tried again on the next check.
    started.catch(() => {
      if (loading === started) loading = null;
    });
    loading = started;
  }
  return loading;
}
