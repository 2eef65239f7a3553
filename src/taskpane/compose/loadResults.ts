/**
 * The compose pane's result view (results.ts), loaded on first use and only
 * once, in the engine's chunk: the same webpack chunk name puts it there, so
 * the engine and the words for its result arrive with one request.
 */
import type * as ResultsModule from './results';

type Results = typeof ResultsModule;

let loaded: Results | null = null;
let loading: Promise<Results> | null = null;

/** The result view if it has arrived, else null (the pane shows no cards yet). */
export function results(): Results | null {
  return loaded;
}

/** Fetch the result view; a failed fetch (say, the network) is tried again on the next call. */
export function loadResults(): Promise<Results> {
  if (loading === null) {
    const started = import(/* webpackChunkName: "engine" */ './results').then((m) => {
      loaded = m;
      return m;
    });
    started.catch(() => {
      if (loading === started) loading = null;
    });
    loading = started;
  }
  return loading;
}
