/**
 * The compose pane's state, for React: the live check itself
 * (app/compose-check) runs without React; this hook starts it for the
 * port and shows each state it reaches.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createComposeCheck, initialState } from '../../app/compose-check';
import type {
  ComposeCheckController,
  ComposeCheckDeps,
  ComposeCheckState,
} from '../../app/compose-check';
import type { PaneAction } from '../../app/compose-plan';

export type { ComposeCheckState, Notice } from '../../app/compose-check';

export interface ComposeCheck {
  readonly state: ComposeCheckState;
  readonly perform: (cardKey: string, action: PaneAction) => void;
  readonly recheck: () => void;
  readonly dismissNotice: () => void;
}

/** The live check for a message being written. */
export function useComposeCheck({
  port,
  profile,
  clock,
  engine,
  delayMs,
  timers,
}: ComposeCheckDeps): ComposeCheck {
  const [state, setState] = useState<ComposeCheckState>(initialState);
  const controller = useRef<ComposeCheckController | null>(null);

  useEffect(() => {
    const c = createComposeCheck({
      port,
      profile,
      clock,
      ...(engine ? { engine } : {}),
      ...(delayMs !== undefined ? { delayMs } : {}),
      ...(timers ? { timers } : {}),
    });
    controller.current = c;
    setState(c.state());
    const off = c.subscribe(setState);
    return () => {
      off();
      c.dispose();
      if (controller.current === c) controller.current = null;
    };
  }, [port, profile, clock, engine, delayMs, timers]);

  const perform = useCallback((cardKey: string, action: PaneAction) => {
    void controller.current?.perform(cardKey, action);
  }, []);
  const recheck = useCallback(() => controller.current?.recheck(), []);
  const dismissNotice = useCallback(() => controller.current?.dismissNotice(), []);

  return { state, perform, recheck, dismissNotice };
}
