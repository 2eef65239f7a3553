/**
 * The shared case state of the message in the pane (R6, R7, R8): sign in,
 * read it over Graph, change it, tell the assignee. `CaseSession` is plain
 * TypeScript (tested against the Graph emulator without React); the hook
 * only holds its state for React.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../../core/model';
import type { ArchiveConnector, HostUser, ItemAddress, ReadPort } from '../../core/ports';
import type { Profile } from '../../core/profile/types';
import {
  assignedCategory,
  describeChange,
  describeConflict,
  describeNotice,
  describeRefusal,
  displayName,
} from '../../core/state';
import type { Person, StateAction } from '../../core/state';
import { AuthFailure } from '../../core/auth';
import type { TokenSource } from '../../core/auth';
import { createGraphClient } from '../../services/graph/client';
import type { GraphClient, RetryInfo } from '../../services/graph/client';
import { changeItemState, readItemState } from '../../services/item-state';
import type { ItemSnapshot } from '../../services/item-state';
import { sendAssignmentNotice } from '../../services/notify';
import { tc } from './messages';
import { failureText } from '../shell/failure';

/** What the pane needs from its composition root to reach Graph. */
export interface CaseDeps {
  /** Graph's root, e.g. https://graph.microsoft.com (the workbench: its own /graph). */
  readonly graphUrl: string;
  readonly tokens: TokenSource;
  readonly fetch: (input: RequestInfo, init?: RequestInit) => Promise<Response>;
  /** Waits between retries; tests pass a short one. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
  /** The case archive "Lagre i saksarkiv" files into; absent when the profile names none. */
  readonly archive?: ArchiveAccess;
}

/** How the pane reaches the profile's archive. */
export interface ArchiveAccess {
  /**
   * The connector, over the pane's own Graph client (registry mailbox,
   * SharePoint) or not (Noark 5); null when it cannot be reached from here.
   * Loaded when the user opens the filing form, not with the pane.
   */
  connect(graph: GraphClient, user: Person | null): Promise<ArchiveConnector | null>;
  /** The registry mailbox's address, when the archive is one: the whole message goes there. */
  readonly registry?: string;
}

export type CasePhase =
  /** Finding out where the message is and signing in silently. */
  | 'loading'
  /** Silent sign-in was not enough: a button asks the user. */
  | 'sign-in'
  | 'ready'
  /** The host cannot say where the message is (no id, no mailbox). */
  | 'unsupported'
  /** Could not read the state; `note` says why, retry is offered. */
  | 'failed';

export interface CaseNote {
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly title?: string;
  readonly lines: readonly string[];
}

export interface CaseState {
  readonly phase: CasePhase;
  readonly snapshot: ItemSnapshot | null;
  readonly busy: boolean;
  /** While Graph asks us to wait (429/503): which attempt, for a progress bar. */
  readonly progress: RetryInfo | null;
  readonly note: CaseNote | null;
}

export const CASE_LOADING: CaseState = {
  phase: 'loading',
  snapshot: null,
  busy: false,
  progress: null,
  note: null,
};

export interface ActOptions {
  /** Send the assignee the "Varsle" mail once the change is saved. */
  readonly notify?: Person;
}

/** What the message is about, for the notification mail. */
export interface NoticeFacts {
  readonly subject: string;
  readonly from?: string;
  readonly received?: string;
  /** The mailbox's name as people know it (the profile's name for it). */
  readonly mailboxName: string;
}

/** A failure as a sentence in the user's language; never a stack trace. */
export function mailboxName(profile: Profile, address: string): string {
  const mb = profile.mailboxes.find((m) => m.address.toLowerCase() === address.toLowerCase());
  return mb?.name ?? address;
}

type Listener = (state: CaseState) => void;

/**
 * One message's case state in one pane. Every change goes through
 * `changeItemState` (If-Match, merge on conflict, re-read after a dropped
 * connection), so what the pane shows afterwards is what the server holds.
 */
export class CaseSession {
  private state: CaseState = CASE_LOADING;
  private interactive = false;
  private ref: ItemAddress | null = null;
  private closed = false;
  readonly graph: GraphClient;

  constructor(
    private readonly deps: CaseDeps,
    private readonly port: ReadPort,
    private readonly profile: Profile,
    private readonly lang: Lang,
    private readonly listener: Listener,
  ) {
    this.graph = createGraphClient({
      baseUrl: deps.graphUrl,
      // Interactive sign-in (consent, MFA for a claims challenge) only inside a click.
      token: (request) => deps.tokens.token({ ...(request ?? {}), interactive: this.interactive }),
      fetch: deps.fetch,
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
      onRetry: (info) => this.set({ progress: info }),
    });
  }

  get current(): CaseState {
    return this.state;
  }

  /** Where the message is, once known. */
  get address(): ItemAddress | null {
    return this.ref;
  }

  /** The pane moved on (another message, closed): later answers are dropped. */
  close(): void {
    this.closed = true;
  }

  private set(patch: Partial<CaseState>): void {
    if (this.closed) return;
    this.state = { ...this.state, ...patch };
    this.listener(this.state);
  }

  actor(): Person | null {
    const u: HostUser | null = this.port.user();
    return u ? { address: u.address, name: u.name } : null;
  }

  /** Where the message is and its state, silently signed in; never rejects. */
  async load(): Promise<void> {
    this.set({ phase: 'loading', note: null, progress: null });
    try {
      this.ref ??= await this.port.address();
    } catch {
      this.ref = null;
    }
    if (this.ref === null) {
      this.set({ phase: 'unsupported' });
      return;
    }
    await this.read();
  }

  /** Sign in with a prompt (after a click), then read. */
  async signIn(): Promise<void> {
    this.set({ busy: true, note: null });
    this.interactive = true;
    try {
      await this.deps.tokens.token({ interactive: true });
      await this.read();
    } catch (e) {
      this.set({ phase: 'sign-in', note: { intent: 'error', lines: [failureText(e, this.lang)] } });
    } finally {
      this.interactive = false;
      this.set({ busy: false });
    }
  }

  /** A state read elsewhere (after filing marked the item): shown as it is. */
  adopt(snapshot: ItemSnapshot): void {
    this.set({ phase: 'ready', snapshot, note: null });
  }

  /** Read the state again (Refresh, another user's change, after an error). */
  async read(): Promise<void> {
    const ref = this.ref;
    if (ref === null) return this.load();
    try {
      const snapshot = await readItemState(this.graph, ref);
      this.set({ phase: 'ready', snapshot, progress: null });
    } catch (e) {
      if (e instanceof AuthFailure && e.kind === 'sign-in-required') {
        this.set({ phase: 'sign-in', progress: null });
        return;
      }
      this.set({
        phase: this.state.snapshot ? 'ready' : 'failed',
        progress: null,
        note: {
          intent: 'error',
          title: tc(this.lang, 'case.error.title'),
          lines: [failureText(e, this.lang)],
        },
      });
    }
  }

  /** Apply actions as one change (after a click); then notify when asked. */
  async act(
    actions: readonly StateAction[],
    facts: NoticeFacts,
    options: ActOptions = {},
  ): Promise<void> {
    const ref = this.ref;
    const actor = this.actor();
    if (ref === null || actor === null || this.state.busy) return;
    this.set({ busy: true, note: null, progress: null });
    this.interactive = true;
    const now = new Date(this.deps.now ? this.deps.now() : Date.now());
    const lang = this.lang;
    const describe = { timeZone: this.profile.timeZone, now };
    try {
      const outcome = await changeItemState(this.graph, ref, actions, {
        actor,
        now,
        orgLang: this.profile.language,
        timeZone: this.profile.timeZone,
      });
      const theirs =
        outcome.kind === 'refused'
          ? []
          : outcome.theirs.map((c) => describeChange(c, lang, describe));
      const withTheirs = (lines: string[]): string[] =>
        theirs.length > 0 ? [...lines, tc(lang, 'case.theirs'), ...theirs] : lines;
      if (outcome.kind === 'refused') {
        this.set({
          snapshot: outcome.snapshot,
          note:
            outcome.refusal.code === 'unchanged'
              ? null
              : { intent: 'warning', lines: [describeRefusal(outcome.refusal, lang)] },
        });
        return;
      }
      if (outcome.kind === 'conflict') {
        this.set({
          snapshot: outcome.snapshot,
          note: {
            intent: 'warning',
            title: tc(lang, 'case.error.title'),
            lines: withTheirs([describeConflict(outcome.fields, lang)]),
          },
        });
        return;
      }
      this.set({ snapshot: outcome.snapshot, progress: null });
      const lines = [
        tc(lang, 'case.saved'),
        ...outcome.notices.map((n) => describeNotice(n, lang)),
      ];
      let intent: CaseNote['intent'] = theirs.length > 0 ? 'info' : 'success';
      if (options.notify) {
        const sent = await this.notify(options.notify, outcome.snapshot, facts);
        lines.push(sent.text);
        if (!sent.ok) intent = 'warning';
      }
      this.set({ note: { intent, lines: withTheirs(lines) } });
    } catch (e) {
      // What the server holds now, so the pane never shows a change that did not land.
      const reason = failureText(e, lang);
      try {
        const snapshot = await readItemState(this.graph, ref);
        this.set({ snapshot });
      } catch {
        // Still unreachable: keep the last state shown, the message says why.
      }
      this.set({ note: { intent: 'error', title: tc(lang, 'case.error.title'), lines: [reason] } });
    } finally {
      this.interactive = false;
      this.set({ busy: false, progress: null });
    }
  }

  /** "Varsle" again for the current assignee (after a click). */
  async notifyAgain(facts: NoticeFacts): Promise<void> {
    const assignee = this.state.snapshot?.state.assignee;
    const snapshot = this.state.snapshot;
    if (!assignee || !snapshot || this.state.busy) return;
    this.set({ busy: true, note: null });
    this.interactive = true;
    try {
      const sent = await this.notify(assignee, snapshot, facts);
      this.set({ note: { intent: sent.ok ? 'success' : 'warning', lines: [sent.text] } });
    } finally {
      this.interactive = false;
      this.set({ busy: false, progress: null });
    }
  }

  private async notify(
    assignee: Person,
    snapshot: ItemSnapshot,
    facts: NoticeFacts,
  ): Promise<{ ok: boolean; text: string }> {
    const actor = this.actor();
    if (!actor) return { ok: false, text: failureText(null, this.lang) };
    const org = this.profile.language;
    const category = assignedCategory(assignee, org);
    try {
      await sendAssignmentNotice(
        this.graph,
        {
          assignee,
          actor,
          mailbox: facts.mailboxName,
          subject: facts.subject,
          category,
          ...(facts.from ? { from: facts.from } : {}),
          ...(facts.received ? { received: facts.received } : {}),
          ...(snapshot.state.due ? { due: snapshot.state.due } : {}),
          ...(snapshot.webLink ? { link: snapshot.webLink } : {}),
        },
        org,
      );
      return { ok: true, text: tc(this.lang, 'case.notify.sent', { name: displayName(assignee) }) };
    } catch (e) {
      return {
        ok: false,
        text: tc(this.lang, 'case.notify.failed', { reason: failureText(e, this.lang) }),
      };
    }
  }
}

/** The case session for the message behind `port`, as React state. */
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
    // Another user may have changed it while the pane was in the background.
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
