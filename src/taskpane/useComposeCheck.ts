/**
 * The compose pane's state: the live check and the fixes the user asks for.
 * The reducer and `performAction` are plain functions (tested without
 * React); the hook only wires them to the port, the scheduler and React.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Params } from '../core/model';
import type { Profile } from '../core/profile/types';
import type { ComposeKey } from './composeMessages';
import { loadEngine } from './engine';
import type { ComposeEngine, DescribeFn } from './engine';
import type { PaneAction, Plan, PortAction } from './plan';
import { actionId, planActions } from './plan';
import { AttachmentNotFound } from './ports';
import type { ComposePort } from './ports';
import { createRechecker } from './recheck';
import type { Timers } from './recheck';
import { addSubjectTag, removeFromSubject } from './subject';

/** Quiet time after the last change before the message is checked again. */
export const RECHECK_DELAY_MS = 400;

export interface Notice {
  readonly tone: 'success' | 'warning' | 'error';
  readonly key: ComposeKey;
  readonly params: Params;
}

export interface ComposeCheckState {
  /** `checking` only until the first result; later checks keep showing the last plan. */
  readonly status: 'checking' | 'ready' | 'error';
  /** A check is running now (first or later). */
  readonly running: boolean;
  readonly plan: Plan | null;
  /**
   * The findings' sentences, from the engine that made the plan: they are
   * loaded with it, not before the pane's first screen. Set with every plan.
   */
  readonly describe: DescribeFn | null;
  /** Why the last check failed, for the error banner. */
  readonly error: string | null;
  /** The action in progress (see `actionId`), while its button is disabled. */
  readonly busy: string | null;
  readonly notice: Notice | null;
}

export type ComposeCheckEvent =
  | { readonly type: 'check-started' }
  | { readonly type: 'check-done'; readonly plan: Plan; readonly describe: DescribeFn }
  | { readonly type: 'check-failed'; readonly reason: string }
  | { readonly type: 'action-started'; readonly id: string }
  | { readonly type: 'action-done'; readonly notice: Notice }
  | { readonly type: 'notice-dismissed' };

export const initialState: ComposeCheckState = {
  status: 'checking',
  running: false,
  plan: null,
  describe: null,
  error: null,
  busy: null,
  notice: null,
};

export function reducer(state: ComposeCheckState, event: ComposeCheckEvent): ComposeCheckState {
  switch (event.type) {
    case 'check-started':
      return { ...state, running: true };
    case 'check-done':
      return {
        ...state,
        status: 'ready',
        running: false,
        plan: event.plan,
        describe: event.describe,
        error: null,
      };
    case 'check-failed':
      // Keep the last findings on screen: a failed re-check does not make them go away.
      return {
        ...state,
        status: state.plan ? 'ready' : 'error',
        running: false,
        error: event.reason,
      };
    case 'action-started':
      return { ...state, busy: event.id, notice: null };
    case 'action-done':
      return { ...state, busy: null, notice: event.notice };
    case 'notice-dismissed':
      return { ...state, notice: null };
  }
}

/** A short, user-presentable reason from whatever was thrown. */
export function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/**
 * Carry out one action through the port and say how it went. Subject edits
 * read the subject afresh, so what the user typed since the last check is
 * kept; if the text to remove cannot be found exactly, nothing is written.
 */
export async function performAction(port: ComposePort, action: PortAction): Promise<Notice> {
  try {
    switch (action.kind) {
      case 'remove-from-subject': {
        const next = removeFromSubject(await port.getSubject(), action);
        if (next === null) return { tone: 'warning', key: 'notice.subject-changed', params: {} };
        await port.setSubject(next);
        return {
          tone: 'success',
          key: 'notice.removed-from-subject',
          params: { text: action.text },
        };
      }
      case 'add-subject-tag': {
        const subject = await port.getSubject();
        const next = addSubjectTag(subject, action.tag);
        if (next !== subject) await port.setSubject(next);
        return { tone: 'success', key: 'notice.tag-added', params: { tag: action.tag } };
      }
      case 'remove-attachment':
        await port.removeAttachment(action.name);
        return { tone: 'success', key: 'notice.attachment-removed', params: { name: action.name } };
    }
  } catch (e) {
    if (e instanceof AttachmentNotFound) {
      return { tone: 'warning', key: 'notice.attachment-missing', params: { name: e.attachment } };
    }
    // Office's own exception text (Sys.ArgumentOutOfRangeException …) is for
    // the console, never the pane.
    console.warn('Arkivpost: action failed', e);
    const name = e instanceof Error ? e.name : '';
    const param = (e as { paramName?: unknown } | null)?.paramName;
    if (name === 'Sys.ArgumentOutOfRangeException' && param === 'subject') {
      return { tone: 'error', key: 'notice.subject-too-long', params: {} };
    }
    return { tone: 'error', key: 'notice.office-failed', params: {} };
  }
}

export interface ComposeCheck {
  readonly state: ComposeCheckState;
  readonly perform: (cardKey: string, action: PaneAction) => void;
  readonly recheck: () => void;
  readonly dismissNotice: () => void;
}

export interface ComposeCheckOptions {
  readonly delayMs?: number;
  readonly timers?: Timers;
  /** The compose check and its sentences; by default core's, loaded as a chunk of their own. */
  readonly engine?: ComposeEngine;
}

export interface ComposeCheckController {
  /** Make a fix, report how it went, and check the message again. */
  perform(cardKey: string, action: PaneAction): Promise<void>;
  recheck(): void;
  /** Stop listening and checking (the pane is going away). */
  dispose(): void;
}

/**
 * The live check without React: checks at once, again after every change
 * the port reports (debounced), and after every fix the pane makes. Events
 * go to `dispatch` (the reducer above).
 */
export function startComposeCheck(
  port: ComposePort,
  profile: Profile,
  dispatch: (event: ComposeCheckEvent) => void,
  options: ComposeCheckOptions = {},
): ComposeCheckController {
  const { engine } = options;
  const rechecker = createRechecker({
    run: async () => {
      // The engine is fetched while the message is read.
      const [e, snapshot] = await Promise.all([engine ?? loadEngine(), port.snapshot()]);
      return { plan: planActions(await e.check(snapshot, profile), profile), describe: e.describe };
    },
    onStart: () => dispatch({ type: 'check-started' }),
    onResult: ({ plan, describe }) => dispatch({ type: 'check-done', plan, describe }),
    onError: (e) => dispatch({ type: 'check-failed', reason: reasonOf(e) }),
    delayMs: options.delayMs ?? RECHECK_DELAY_MS,
    ...(options.timers ? { timers: options.timers } : {}),
  });
  const unsubscribe = port.onChange(() => rechecker.request());
  rechecker.request({ immediate: true });
  return {
    async perform(cardKey, action) {
      // Filing is the pane's form, not a change the port makes.
      if (action.kind === 'file-before-send') return;
      dispatch({ type: 'action-started', id: actionId(cardKey, action) });
      const notice = await performAction(port, action);
      dispatch({ type: 'action-done', notice });
      // The pane changed the message itself: what a running check read is stale.
      rechecker.request({ immediate: true, invalidate: true });
    },
    recheck: () => rechecker.request({ immediate: true }),
    dispose() {
      unsubscribe();
      rechecker.dispose();
    },
  };
}

/** The live check for a message being written. */
export function useComposeCheck(
  port: ComposePort,
  profile: Profile,
  options: ComposeCheckOptions = {},
): ComposeCheck {
  const [state, dispatch] = useReducer(reducer, initialState);
  const controller = useRef<ComposeCheckController | null>(null);
  const { delayMs, timers, engine } = options;

  useEffect(() => {
    const c = startComposeCheck(port, profile, dispatch, {
      ...(delayMs !== undefined ? { delayMs } : {}),
      ...(timers ? { timers } : {}),
      ...(engine ? { engine } : {}),
    });
    controller.current = c;
    return () => {
      c.dispose();
      if (controller.current === c) controller.current = null;
    };
  }, [port, profile, delayMs, timers, engine]);

  const perform = useCallback((cardKey: string, action: PaneAction) => {
    void controller.current?.perform(cardKey, action);
  }, []);
  const recheck = useCallback(() => controller.current?.recheck(), []);
  const dismissNotice = useCallback(() => dispatch({ type: 'notice-dismissed' }), []);

  return { state, perform, recheck, dismissNotice };
}
