/**
 * The overview the page shows, kept up to date: read once (`startOverview`),
 * then refreshed by delta (`refreshOverview`) on the Refresh button, after a
 * reassignment, and every minute while the page is visible. One read at a
 * time: a refresh asked while one runs joins it (a double click, the timer
 * firing during a click's refresh). A refresh that changed nothing keeps
 * the shown result as it was (the tabs do not recompute), only its time
 * moves on. Hidden, the page asks nothing; shown again after a minute or
 * more, it refreshes at once. A failed refresh keeps what is shown and says so.
 */
// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import type { OverviewResult, OverviewSession } from '../app/oversight';
import type { OversightPorts } from './ports';

/** How often the page refreshes itself while it is visible. */
export const AUTO_REFRESH_MS = 60_000;

export interface OverviewState {
  /** What the tabs show; null until the first read is done. */
  readonly result: OverviewResult | null;
  /** When `result` was last brought up to date. */
  readonly updated: Date | null;
  readonly status: 'idle' | 'loading' | 'refreshing';
  /** The last read's failure (the first read's, or a refresh's); null after a good one. */
  readonly error: unknown;
}

export function useOverviewSession(ports: OversightPorts): OverviewState & {
  /** The first read, or a refresh once there is a session. */
  refresh: () => Promise<void>;
} {
  const [state, setState] = React.useState<OverviewState>({
    result: null,
    updated: null,
    status: 'idle',
    error: null,
  });
  const session = React.useRef<OverviewSession | null>(null);
  /** When the last good read ended (the page's clock), for a page shown again after a while. */
  const last = React.useRef<number | null>(null);
  const running = React.useRef<Promise<void> | null>(null);
  const alive = React.useRef(true);
  React.useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const refresh = React.useCallback((): Promise<void> => {
    if (running.current) return running.current;
    const before = session.current;
    const run = async (): Promise<void> => {
      setState((s) => ({ ...s, status: before === null ? 'loading' : 'refreshing' }));
      try {
        if (before === null) {
          const fresh = await ports.startOverview();
          session.current = fresh;
          last.current = ports.clock.now().getTime();
          if (alive.current)
            setState({ result: fresh, updated: fresh.updated, status: 'idle', error: null });
        } else {
          const r = await ports.refreshOverview(before);
          session.current = r.session;
          last.current = ports.clock.now().getTime();
          if (alive.current)
            setState((s) => ({
              result: r.changed || s.result === null ? r.session : s.result,
              updated: r.session.updated,
              status: 'idle',
              error: null,
            }));
        }
      } catch (error) {
        if (alive.current) setState((s) => ({ ...s, status: 'idle', error }));
      } finally {
        running.current = null;
      }
    };
    running.current = run();
    return running.current;
  }, [ports]);

  // The first read.
  React.useEffect(() => {
    if (ports.mailboxes.length > 0) void refresh();
  }, [ports, refresh]);

  // Every minute while the page is visible; nothing while it is hidden.
  React.useEffect(() => {
    if (ports.mailboxes.length === 0 || typeof document === 'undefined') return undefined;
    let timer: ReturnType<typeof setInterval> | null = null;
    const arm = (): void => {
      if (document.visibilityState === 'visible') {
        if (timer !== null) return;
        timer = setInterval(() => void refresh(), AUTO_REFRESH_MS);
        // Shown again after a minute or more hidden: up to date at once.
        const at = last.current;
        if (at !== null && ports.clock.now().getTime() - at >= AUTO_REFRESH_MS) void refresh();
      } else if (timer !== null) {
        clearInterval(timer);
        timer = null;
      }
    };
    arm();
    document.addEventListener('visibilitychange', arm);
    return () => {
      document.removeEventListener('visibilitychange', arm);
      if (timer !== null) clearInterval(timer);
    };
  }, [ports, refresh]);

  return { ...state, refresh };
}
