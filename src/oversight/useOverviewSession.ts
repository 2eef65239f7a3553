/**
 * The overview the page shows, kept up to date (refresher.ts): the first
 * read when the page opens, a refresh every minute while the document is
 * visible, and `refresh` for the Refresh button and after a reassignment.
 */
// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import type { OversightPorts } from './ports';
import { documentHost, INITIAL, OverviewRefresher } from './refresher';
import type { OverviewState } from './refresher';

export function useOverviewSession(ports: OversightPorts): OverviewState & {
  /** The first read, or a refresh once there is a session. */
  refresh: () => Promise<void>;
} {
  const [state, setState] = React.useState<OverviewState>(INITIAL);
  const refresher = React.useMemo(() => new OverviewRefresher(ports, setState), [ports]);
  React.useEffect(() => {
    if (ports.mailboxes.length === 0) return undefined;
    void refresher.refresh();
    const unwatch =
      typeof document === 'undefined' ? null : refresher.watch(documentHost(document));
    return () => unwatch?.();
  }, [ports, refresher]);
  const refresh = React.useCallback(() => refresher.refresh(), [refresher]);
  return { ...state, refresh };
}
