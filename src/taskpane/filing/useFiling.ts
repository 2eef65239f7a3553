/**
 * The filing session (app/filing-session) for the message in the pane, as
 * React state: the session does the work, the hook only holds its state.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { FILING_START, FilingSession } from '../../app/filing-session';
import type { FilingDeps, FilingState } from '../../app/filing-session';

export function useFiling(deps: FilingDeps): { state: FilingState; session: FilingSession } {
  const [state, setState] = useState<FilingState>(FILING_START);
  const depsRef = useRef(deps);
  depsRef.current = deps;
  const session = useMemo(
    () =>
      new FilingSession(
        {
          ...deps,
          file: (choice, onProgress, hooks) => depsRef.current.file(choice, onProgress, hooks),
          onSnapshot: (s) => depsRef.current.onSnapshot?.(s),
        },
        setState,
      ),
    // A new session for another archive, not for a new callback.
    [deps.connector],
  );
  useEffect(() => () => session.close(), [session]);
  return { state, session };
}
