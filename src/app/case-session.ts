/**
 * The shared case state of one message (R6, R7, R8): sign in, read it over
 * Graph, change it, tell the assignee, send it on, record the registrar's
 * number. Plain TypeScript with one injected `Clock`; the pane's hook only
 * holds its state for React, and the pane turns its notes into sentences.
 *
 * Every action that writes is single-flight: while one runs, another is
 * refused (the pane disables its buttons on `busy`, but a double click can
 * land before React renders). A notice goes once per assignment as the pane
 * shows it, and never to the person who is signed in.
 */
import type { Clock, Lang } from '../core/model';
import type { ArchiveConnector, HostUser, ItemAddress, ReadPort } from '../core/ports';
import type { Profile } from '../core/profile/types';
import {
  assignedCategory,
  describeChange,
  describeConflict,
  describeNotice,
  describeRefusal,
  displayName,
} from '../core/state';
import type { Person, StateAction } from '../core/state';
import { AuthFailure } from '../core/auth';
import type { TokenSource } from '../core/auth';
import { createGraphClient } from '../services/graph/client';
import type { GraphClient, RetryInfo } from '../services/graph/client';
import { changeItemState, readItemState } from '../services/item-state';
import type { ChangeContext, ItemSnapshot } from '../services/item-state';
import { sendAssignmentNotice } from '../services/notify';
import { accessGroupOf, sameAddress } from './case-rules';
import { groupMembers, searchPeople } from '../services/people';
import type { Candidate } from '../services/people';

/** What the case session needs from its composition root to reach Graph. */
export interface CaseDeps {
  /** Graph's root, e.g. https://graph.microsoft.com (the workbench: its own /graph). */
  readonly graphUrl: string;
  readonly tokens: TokenSource;
  readonly fetch: (input: RequestInfo, init?: RequestInit) => Promise<Response>;
  /** Waits between retries; tests pass a short one. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The one source of time: what is "now" for a change, a notice and "overdue". */
  readonly clock: Clock;
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
  connect(
    graph: GraphClient,
    user: Person | null,
    /** Wraps the archive's token source: the pane learns when a sign-in window waits. */
    watchTokens?: (tokens: TokenSource) => TokenSource,
  ): Promise<ArchiveConnector | null>;
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

/**
 * One line of a note, as data: a sentence core already wrote in the user's
 * language, one of the panel's own, or a failure for the pane's one describer.
 */
export type CaseLine =
  | { readonly kind: 'text'; readonly text: string }
  /** "Saved." */
  | { readonly kind: 'saved' }
  /** The heading over what others changed at the same time. */
  | { readonly kind: 'theirs' }
  | { readonly kind: 'notified'; readonly name: string }
  | { readonly kind: 'notify-failed'; readonly failure: unknown }
  | { readonly kind: 'failure'; readonly failure: unknown };

export interface CaseNote {
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  /** "Not saved" over an error or a conflict. */
  readonly title?: 'not-saved';
  readonly lines: readonly CaseLine[];
}

/** Which writing action runs (the pane shows its own progress for some). */
export type CaseWrite = 'sign-in' | 'change' | 'notify' | 'send-on' | 'registrar' | 'dispose';

export interface CaseState {
  readonly phase: CasePhase;
  readonly snapshot: ItemSnapshot | null;
  /** A writing action runs: every button that writes is disabled. */
  readonly busy: boolean;
  /** Which one, while `busy`. */
  readonly running: CaseWrite | null;
  /** While Graph asks us to wait (429/503): which attempt, for a progress bar. */
  readonly progress: RetryInfo | null;
  readonly note: CaseNote | null;
}

export const CASE_LOADING: CaseState = {
  phase: 'loading',
  snapshot: null,
  busy: false,
  running: null,
  progress: null,
  note: null,
};

export interface ActOptions {
  /** Send the assignee the "Varsle" mail once the change is saved (never to oneself). */
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
  /** The writing action under way; a second one is refused while it runs. */
  private flight = false;
  /** The assignment last notified, as "address|etag": the same one is not notified twice. */
  private notified: string | null = null;
  readonly graph: GraphClient;

  constructor(
    private readonly deps: CaseDeps,
    private readonly port: ReadPort,
    readonly profile: Profile,
    readonly lang: Lang,
    private readonly listener: Listener,
  ) {
    this.graph = createGraphClient({
      baseUrl: deps.graphUrl,
      // Interactive sign-in (consent, MFA for a claims challenge) only inside a click.
      token: (request) => deps.tokens.token({ ...(request ?? {}), interactive: this.interactive }),
      fetch: deps.fetch,
      clock: deps.clock,
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

  /** The time now, from the one clock. */
  now(): Date {
    return this.deps.clock.now();
  }

  /** The profile's archive, when it names one. */
  get archive(): ArchiveAccess | undefined {
    return this.deps.archive;
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

  /** What a change made now by the signed-in user carries. */
  changeContext(): ChangeContext | null {
    const actor = this.actor();
    if (actor === null) return null;
    return {
      actor,
      now: this.now(),
      orgLang: this.profile.language,
      timeZone: this.profile.timeZone,
    };
  }

  /** True while a writing action runs. */
  get writing(): boolean {
    return this.flight;
  }

  /**
   * Run one writing action, interactive sign-in allowed (it follows a click).
   * Refused, with `null`, while another runs: a double click writes once.
   */
  async exclusive<T>(kind: CaseWrite, work: () => Promise<T>): Promise<T | null> {
    if (this.flight) return null;
    // Taken before anything else runs, so a click in the same tick finds it taken.
    this.flight = true;
    this.set({ busy: true, running: kind, note: null, progress: null });
    this.interactive = true;
    try {
      return await work();
    } finally {
      this.interactive = false;
      this.flight = false;
      this.set({ busy: false, running: null, progress: null });
    }
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
    await this.exclusive('sign-in', async () => {
      try {
        await this.deps.tokens.token({ interactive: true });
        await this.read();
      } catch (e) {
        this.set({ phase: 'sign-in', note: { intent: 'error', lines: [failure(e)] } });
      }
    });
  }

  /** A state read elsewhere (after filing or registering): shown as it is. */
  adopt(snapshot: ItemSnapshot): void {
    this.set({ phase: 'ready', snapshot, note: null });
  }

  /** Show a note that an action outside the session's own wrote. */
  tell(note: CaseNote | null): void {
    this.set({ note });
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
        note: { intent: 'error', title: 'not-saved', lines: [failure(e)] },
      });
    }
  }

  /** Apply actions as one change (after a click); then notify when asked. */
  async act(
    actions: readonly StateAction[],
    facts: NoticeFacts,
    options: ActOptions = {},
  ): Promise<void> {
    if (this.ref === null || this.actor() === null) return;
    await this.exclusive('change', () => this.change(actions, facts, options));
  }

  /**
   * The change itself, inside a running writing action (send-on records
   * "sent to the registrar" with it). Never rejects: the note says what happened.
   */
  async change(
    actions: readonly StateAction[],
    facts: NoticeFacts,
    options: ActOptions = {},
  ): Promise<void> {
    const ref = this.ref;
    const context = this.changeContext();
    if (ref === null || context === null) return;
    const lang = this.lang;
    const describe = { timeZone: this.profile.timeZone, now: context.now };
    try {
      const outcome = await changeItemState(this.graph, ref, actions, context);
      const theirs: CaseLine[] =
        outcome.kind === 'refused'
          ? []
          : outcome.theirs.map((c) => text(describeChange(c, lang, describe)));
      const withTheirs = (lines: CaseLine[]): CaseLine[] =>
        theirs.length > 0 ? [...lines, { kind: 'theirs' }, ...theirs] : lines;
      if (outcome.kind === 'refused') {
        this.set({
          snapshot: outcome.snapshot,
          note:
            outcome.refusal.code === 'unchanged'
              ? null
              : { intent: 'warning', lines: [text(describeRefusal(outcome.refusal, lang))] },
        });
        return;
      }
      if (outcome.kind === 'conflict') {
        this.set({
          snapshot: outcome.snapshot,
          note: {
            intent: 'warning',
            title: 'not-saved',
            lines: withTheirs([text(describeConflict(outcome.fields, lang))]),
          },
        });
        return;
      }
      this.set({ snapshot: outcome.snapshot, progress: null });
      const lines: CaseLine[] = [
        { kind: 'saved' },
        ...outcome.notices.map((n) => text(describeNotice(n, lang))),
      ];
      let intent: CaseNote['intent'] = theirs.length > 0 ? 'info' : 'success';
      const assignee = outcome.snapshot.state.assignee;
      // Only the one the message is assigned to now, and never oneself.
      if (options.notify && sameAddress(options.notify, assignee) && this.mayNotify()) {
        const sent = await this.notify(options.notify, outcome.snapshot, facts);
        lines.push(sent);
        if (sent.kind !== 'notified') intent = 'warning';
      }
      this.set({ note: { intent, lines: withTheirs(lines) } });
    } catch (e) {
      // What the server holds now, so the pane never shows a change that did not land.
      try {
        const snapshot = await readItemState(this.graph, ref);
        this.set({ snapshot });
      } catch {
        // Still unreachable: keep the last state shown, the message says why.
      }
      this.set({ note: { intent: 'error', title: 'not-saved', lines: [failure(e)] } });
    }
  }

  /**
   * Whether "Varsle" is offered for the assignment shown: someone else is
   * assigned, and this pane has not told them about this state of it yet.
   */
  mayNotify(): boolean {
    const snapshot = this.state.snapshot;
    const assignee = snapshot?.state.assignee;
    if (!snapshot || !assignee) return false;
    const actor = this.actor();
    if (actor === null || sameAddress(assignee, actor)) return false;
    return this.notified !== notifiedKey(assignee, snapshot);
  }

  /** "Varsle" for the current assignee (after a click); refused for oneself and a second time. */
  async notifyAgain(facts: NoticeFacts): Promise<void> {
    if (!this.mayNotify()) return;
    await this.exclusive('notify', async () => {
      const snapshot = this.state.snapshot;
      const assignee = snapshot?.state.assignee;
      if (!snapshot || !assignee || !this.mayNotify()) return;
      const sent = await this.notify(assignee, snapshot, facts);
      this.set({
        note: { intent: sent.kind === 'notified' ? 'success' : 'warning', lines: [sent] },
      });
    });
  }

  private async notify(
    assignee: Person,
    snapshot: ItemSnapshot,
    facts: NoticeFacts,
  ): Promise<CaseLine> {
    const actor = this.actor();
    if (!actor) return { kind: 'notify-failed', failure: null };
    const org = this.profile.language;
    const category = assignedCategory(assignee, org);
    // Taken before the mail goes: a click that lands meanwhile finds it told.
    const before = this.notified;
    this.notified = notifiedKey(assignee, snapshot);
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
      return { kind: 'notified', name: displayName(assignee) };
    } catch (e) {
      this.notified = before;
      return { kind: 'notify-failed', failure: e };
    }
  }

  /** The members of the mailbox's access group; empty when there is none or it cannot be read. */
  async members(): Promise<Candidate[]> {
    const group = accessGroupOf(this.profile, this.ref?.mailbox ?? null);
    if (!group) return [];
    return groupMembers(this.graph, group);
  }

  /** People in the directory by the start of their name (two letters at least). */
  searchPeople(query: string): Promise<Candidate[]> {
    return searchPeople(this.graph, query);
  }

  /** The archive's connector for the filing form; null when none can be reached. */
  async connectArchive(
    watchTokens?: (tokens: TokenSource) => TokenSource,
  ): Promise<ArchiveConnector | null> {
    const archive = this.deps.archive;
    if (!archive) return null;
    return archive.connect(this.graph, this.actor(), watchTokens);
  }
}

const text = (t: string): CaseLine => ({ kind: 'text', text: t });
const failure = (e: unknown): CaseLine => ({ kind: 'failure', failure: e });
const notifiedKey = (assignee: Person, snapshot: ItemSnapshot): string =>
  `${assignee.address.toLowerCase()}|${snapshot.etag}`;
