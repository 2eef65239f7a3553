/**
 * The compose check while the user writes, without React: checks at once,
 * again a moment after every change the port reports, and after every fix
 * the pane makes; keeps each result tied to the draft it was computed for.
 *
 * The pane never claims a verdict for a draft it has not checked: a change
 * makes the verdict "checking" at once, a result for a draft that changed
 * while it was computed is not a verdict, and before a result counts the
 * draft is read again and compared with what was checked. The React hook
 * (taskpane/compose/useComposeCheck) only subscribes to this.
 */
import type { ComposeSnapshot } from '../core/message';
import type { Clock, Params } from '../core/model';
import { AttachmentNotFound } from '../core/ports';
import type { ComposePort } from '../core/ports';
import type { Profile } from '../core/profile/types';
import { loadEngine } from './compose-engine';
import type { ComposeEngine, DescribeFn } from './compose-engine';
import { actionId, planActions } from './compose-plan';
import type { PaneAction, Plan, PortAction } from './compose-plan';
import { createRechecker } from './recheck';
import type { Timers } from './recheck';
import { addSubjectTag, removeFromSubject } from './subject';

/** Quiet time after the last change before the message is checked again. */
export const RECHECK_DELAY_MS = 400;

/** How a fix went: keys of the compose pane's catalog. */
export type NoticeKey =
  | 'notice.removed-from-subject'
  | 'notice.tag-added'
  | 'notice.attachment-removed'
  | 'notice.subject-changed'
  | 'notice.attachment-missing'
  | 'notice.subject-too-long'
  | 'notice.office-failed';

export interface Notice {
  readonly tone: 'success' | 'warning' | 'error';
  readonly key: NoticeKey;
  readonly params: Params;
}

export interface ComposeCheckState {
  /**
   * `ready`: `plan` is the verdict for the draft as it is now. `checking`:
   * there is none yet for this draft (the first check, or the user changed
   * something since). `error`: the check failed for this draft.
   */
  readonly status: 'checking' | 'ready' | 'error';
  /** A check is running now (first or later). */
  readonly running: boolean;
  /** The last check's cards: for the current draft only when `current`. */
  readonly plan: Plan | null;
  /**
   * The findings' sentences, from the engine that made the plan: they are
   * loaded with it, not before the pane's first screen. Set with every plan.
   */
  readonly describe: DescribeFn | null;
  /** `plan` was computed for the draft as it is now (as far as the port has told). */
  readonly current: boolean;
  /** Why the last check failed, for the error banner. */
  readonly error: string | null;
  /** The action in progress (see `actionId`), while its button is disabled. */
  readonly busy: string | null;
  readonly notice: Notice | null;
}

export type ComposeCheckEvent =
  | { readonly type: 'check-started' }
  /** The user (or the pane) changed the draft: the last result no longer speaks for it. */
  | { readonly type: 'draft-changed' }
  | {
      readonly type: 'check-done';
      readonly plan: Plan;
      readonly describe: DescribeFn;
      /** False when the draft changed while it was checked. */
      readonly current: boolean;
    }
  | { readonly type: 'check-failed'; readonly reason: string }
  | { readonly type: 'action-started'; readonly id: string }
  | { readonly type: 'action-done'; readonly notice: Notice }
  | { readonly type: 'notice-dismissed' };

export const initialState: ComposeCheckState = {
  status: 'checking',
  running: false,
  plan: null,
  describe: null,
  current: false,
  error: null,
  busy: null,
  notice: null,
};

export function reducer(state: ComposeCheckState, event: ComposeCheckEvent): ComposeCheckState {
  switch (event.type) {
    case 'check-started':
      return { ...state, running: true };
    case 'draft-changed':
      return state.current || state.status === 'ready'
        ? { ...state, current: false, status: 'checking' }
        : state;
    case 'check-done':
      return {
        ...state,
        status: event.current ? 'ready' : 'checking',
        running: false,
        plan: event.plan,
        describe: event.describe,
        current: event.current,
        error: null,
      };
    case 'check-failed':
      // The last findings stay on screen; their verdict stands only while the draft is unchanged.
      return {
        ...state,
        status: state.plan && state.current ? 'ready' : 'error',
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

/**
 * What the check reads of a draft, as one string: two drafts with the same
 * key get the same verdict. Linear in the draft's size.
 */
export function draftKey(s: ComposeSnapshot): string {
  const addresses = (list: readonly { readonly address: string }[]): string[] =>
    list.map((a) => a.address.toLowerCase());
  return JSON.stringify([
    s.from.address.toLowerCase(),
    addresses(s.to),
    addresses(s.cc),
    addresses(s.bcc),
    s.subject,
    s.body,
    s.attachments.map((a) => [a.name, a.size, a.contentType ?? '', a.inline === true]),
    s.encrypted === true,
    s.replyTo ?? null,
  ]);
}

/**
 * What the user (and support) may see of whatever was thrown: Office's
 * error code ("9002"), or '' when there is none. Never the exception's
 * text, which is English and names Office's internals; that goes to the
 * console.
 */
export function reasonOf(error: unknown): string {
  console.warn('Arkivpost: the compose check failed', error);
  const code = (error as { readonly code?: unknown } | null)?.code;
  if (typeof code === 'number' && Number.isInteger(code) && code > 0) return String(code);
  return typeof code === 'string' && /^[A-Za-z0-9._-]{1,40}$/.test(code) ? code : '';
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

export interface ComposeCheckDeps {
  readonly port: ComposePort;
  readonly profile: Profile;
  /** The send check's time limit is measured on it. */
  readonly clock: Clock;
  /** The compose check and its sentences; by default core's, loaded as a chunk of their own. */
  readonly engine?: ComposeEngine;
  /** Quiet time after the last change before checking again. */
  readonly delayMs?: number;
  readonly timers?: Timers;
}

export interface ComposeCheckController {
  state(): ComposeCheckState;
  /** Called with every new state; returns the unsubscribe function. */
  subscribe(listener: (state: ComposeCheckState) => void): () => void;
  /** Make a fix, report how it went, and check the message again. */
  perform(cardKey: string, action: PaneAction): Promise<void>;
  /** Check now (the user asked, or the message was filed). */
  recheck(): void;
  dismissNotice(): void;
  /** Stop listening and checking (the pane is going away). */
  dispose(): void;
}

/** The live check for the draft behind `port`, started at once. */
export function createComposeCheck(deps: ComposeCheckDeps): ComposeCheckController {
  const { port, profile, clock, engine } = deps;
  let state = initialState;
  const listeners = new Set<(state: ComposeCheckState) => void>();
  const dispatch = (event: ComposeCheckEvent): void => {
    const next = reducer(state, event);
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener(state);
  };

  /** Changes to the draft so far (the port's reports and the pane's own edits). */
  let changes = 0;
  const changed = (): void => {
    changes++;
    dispatch({ type: 'draft-changed' });
  };

  const rechecker = createRechecker({
    run: async () => {
      const seen = changes;
      // The engine is fetched while the message is read.
      const [e, snapshot] = await Promise.all([engine ?? loadEngine(), port.snapshot()]);
      const result = await e.check(snapshot, profile, clock);
      // Outlook tells of typing only on its next poll: read the draft again,
      // and let the result speak for it only when it is the draft checked.
      const same = changes === seen && draftKey(await port.snapshot()) === draftKey(snapshot);
      return { plan: planActions(result, profile), describe: e.describe, seen, same };
    },
    onStart: () => dispatch({ type: 'check-started' }),
    onResult: ({ plan, describe, seen, same }) => {
      const current = same && seen === changes;
      dispatch({ type: 'check-done', plan, describe, current });
      // Changed under the check without the port saying so yet: check what is there now.
      if (!current && seen === changes) rechecker.request();
    },
    onError: (e) => dispatch({ type: 'check-failed', reason: reasonOf(e) }),
    delayMs: deps.delayMs ?? RECHECK_DELAY_MS,
    ...(deps.timers ? { timers: deps.timers } : {}),
  });
  const unsubscribe = port.onChange(() => {
    changed();
    rechecker.request();
  });
  rechecker.request({ immediate: true });

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async perform(cardKey, action) {
      // Filing is the pane's form, not a change the port makes.
      if (action.kind === 'file-before-send') return;
      // One fix at a time: a double click, or a second button while the first works, does nothing.
      if (state.busy !== null) return;
      dispatch({ type: 'action-started', id: actionId(cardKey, action) });
      const notice = await performAction(port, action);
      dispatch({ type: 'action-done', notice });
      // The pane changed the message itself: what a running check read is stale.
      changed();
      rechecker.request({ immediate: true, invalidate: true });
    },
    recheck: () => rechecker.request({ immediate: true }),
    dismissNotice: () => dispatch({ type: 'notice-dismissed' }),
    dispose() {
      listeners.clear();
      unsubscribe();
      rechecker.dispose();
    },
  };
}
