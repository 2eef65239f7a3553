/**
 * The read pane's state: read the message through the port, classify it and
 * turn the result into what the pane shows. `runReadCheck` is a plain
 * function (tested without React); the hook only wires it to React.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ClassifyOptions } from '../../core/classify/classify';
import { READ_BUDGET_MS } from '../../core/compose/limits';
import type { IncomingMessage } from '../../core/message';
import type { Clock, Lang } from '../../core/model';
import { factsOf } from '../../app/read-facts';
import type { MessageFacts } from '../../app/read-facts';
import type { ReadPort } from '../../core/ports';
import type { Profile } from '../../core/profile/types';
import { tRead } from './readMessages';
import type * as ReadEngine from './readEngine';
import type { ReadView } from './readView';

export type { MessageFacts } from '../../app/read-facts';

export interface ReadCheckState {
  /** `no-item`: the pane is open with no message selected (a pinned pane). */
  readonly status: 'loading' | 'ready' | 'error' | 'no-item';
  readonly view: ReadView | null;
  readonly facts?: MessageFacts;
  /** Why the message could not be read, as a sentence in the user's language. */
  readonly error: string | null;
}

export const LOADING: ReadCheckState = { status: 'loading', view: null, error: null };
export const NO_ITEM: ReadCheckState = { status: 'no-item', view: null, error: null };

/**
 * Classify a message and say what to show; `clock` decides "overdue" and
 * keeps the classification within the pane's time.
 */
export type ReadCheckFn = (
  message: IncomingMessage,
  profile: Profile,
  lang: Lang,
  clock: Clock,
) => Promise<ReadView>;

let loading: Promise<typeof ReadEngine> | null = null;

/** The engine, loaded on first use (and only once; a failed load is tried again). */
export function loadReadEngine(): Promise<typeof ReadEngine> {
  if (loading === null) {
    const started = import(/* webpackChunkName: "read-engine" */ './readEngine');
    started.catch(() => {
      if (loading === started) loading = null;
    });
    loading = started;
  }
  return loading;
}

/** Hands control back to the browser's event loop (a macrotask), so the pane keeps painting. */
function macrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * How the pane classifies a message: within READ_BUDGET_MS on `clock` (what
 * is not inspected by then is a warning naming it), handing control back
 * between stages and attachments, so a large or hostile message cannot
 * freeze the pane.
 */
export function paneClassifyOptions(clock: Clock): ClassifyOptions {
  return {
    inspect: {},
    clock,
    budgetMs: READ_BUDGET_MS,
    yield: macrotask,
  };
}

const lazyCheck: ReadCheckFn = async (message, profile, lang, clock) => {
  const engine = await loadReadEngine();
  const now = clock.now();
  const result = await engine.classifyMessage(message, profile, paneClassifyOptions(clock));
  return engine.readView(result, lang, now, profile.timeZone, profile.country);
};

/**
 * A failure as the user reads it: never a stack trace or an exception's own
 * text. Outlook's error code (OfficeCallError.code) is kept, for support.
 */
export function readErrorMessage(error: unknown, lang: Lang): string {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'number' && Number.isInteger(code) && code > 0
    ? tRead(lang, 'read.error.code', { code })
    : tRead(lang, 'read.error.body');
}

export interface ReadCheckOptions {
  /** Classification and view; by default core's, loaded as its own chunk. */
  readonly check?: ReadCheckFn;
  /** For "overdue" and the pane's time (READ_BUDGET_MS). */
  readonly clock: Clock;
}

/** Read, classify and describe the message; never rejects. */
export async function runReadCheck(
  port: ReadPort | null,
  profile: Profile,
  lang: Lang,
  options: ReadCheckOptions,
): Promise<ReadCheckState> {
  if (port === null) return NO_ITEM;
  const check = options.check ?? lazyCheck;
  // Fetch the engine while Outlook hands over the message.
  if (check === lazyCheck) loadReadEngine().catch(() => undefined);
  try {
    const message = await port.message();
    const view = await check(message, profile, lang, options.clock);
    const facts = factsOf(message);
    return {
      status: 'ready',
      view,
      error: null,
      facts: view.sensitive ? { ...facts, sensitive: view.sensitive } : facts,
    };
  } catch (e) {
    return { status: 'error', view: null, error: readErrorMessage(e, lang) };
  }
}

export interface ReadCheck {
  readonly state: ReadCheckState;
  /** Read and classify the message again (after an error). */
  readonly retry: () => void;
}

/** The read pane's state for the message behind `port` (null: no message selected). */
export function useReadCheck(
  port: ReadPort | null,
  profile: Profile,
  lang: Lang,
  options: ReadCheckOptions,
): ReadCheck {
  const [state, setState] = useState<ReadCheckState>(port === null ? NO_ITEM : LOADING);
  const [attempt, setAttempt] = useState(0);
  const { check, clock } = options;

  useEffect(() => {
    let live = true;
    if (port !== null) setState((s) => (s.status === 'loading' ? s : LOADING));
    void runReadCheck(port, profile, lang, { clock, ...(check ? { check } : {}) }).then((next) => {
      // A result for a port, profile or attempt the pane has moved on from is dropped.
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [port, profile, lang, attempt, check, clock]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
