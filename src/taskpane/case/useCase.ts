/**
 * The case session (app/case-session) of the message in the pane, as React
 * state: made for the message, closed when the pane moves on, read again
 * when the pane gets the focus back (another user may have changed it).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../../core/model';
import type { ReadPort } from '../../core/ports';
import type { Profile } from '../../core/profile/types';
import { CASE_LOADING, CaseSession } from '../../app/case-session';
import type { CaseDeps, CaseState } from '../../app/case-session';

// The pane's composition root and ports name the deps from here.
export type { ArchiveAccess, CaseDeps } from '../../app/case-session';

export function useCase(
  deps: CaseDeps,
  port: ReadPort,
  profile: Profile,
  lang: Lang,
): { state: CaseState; session: CaseSession | null } {
  const [state, setState] = useState<CaseState>(CASE_LOADING);
  const [session, setSession] = useState<CaseSession | null>(null);
  const depsRef = useRef(deps);
  depsRef.current = deps;

  useEffect(() => {
    const s = new CaseSession(depsRef.current, port, profile, lang, setState);
    setSession(s);
    setState(CASE_LOADING);
    void s.load();
    const onFocus = (): void => {
      if (s.current.phase === 'ready' && !s.current.busy) void s.read();
    };
    window.addEventListener('focus', onFocus);
    return () => {
      s.close();
      window.removeEventListener('focus', onFocus);
    };
  }, [port, profile, lang]);

  return useMemo(() => ({ state, session }), [state, session]);
}
