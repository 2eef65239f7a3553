import * as React from 'react';

export interface PaneChunk<P extends object> {
  /** Starts the fetch (or returns the one under way); resolves to the component. */
  readonly load: () => Promise<React.ComponentType<P>>;
  readonly Lazy: React.LazyExoticComponent<React.ComponentType<P>>;
}

/**
 * A pane as a chunk of its own, fetched once: `load()` starts the fetch
 * (preload.ts calls it from the start of the bundle, `index.tsx` waits for
 * it before the first render), `Lazy` renders it, without suspending once
 * loaded.
 */
export function paneChunk<P extends object>(
  fetch: () => Promise<React.ComponentType<P>>,
): PaneChunk<P> {
  let loaded: React.ComponentType<P> | null = null;
  let loading: Promise<React.ComponentType<P>> | null = null;
  const load = (): Promise<React.ComponentType<P>> =>
    (loading ??= fetch().then((pane) => (loaded = pane)));
  const Lazy = React.lazy(() => {
    if (!loaded) return load().then((pane) => ({ default: pane }));
    // Already loaded: a thenable that calls back at once, so React renders without suspending.
    const pane = { default: loaded };
    return { then: (ok: (m: typeof pane) => void) => ok(pane) } as unknown as Promise<typeof pane>;
  });
  return { load, Lazy };
}
