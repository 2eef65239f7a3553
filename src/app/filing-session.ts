/**
 * "Lagre i saksarkiv" for one message in one pane (R5, R13, R26), without
 * React: search cases, file with the user's choice (again after a failure,
 * which resumes), ask about drafts, and say how it went. The state carries
 * what to say as keys and values (`FilingText`), never sentences: the pane
 * puts them in the user's language (taskpane/filing/filingText).
 */
import type { FilingJournal } from '../core/archive/journal';
import { MimeError } from '../core/mime/eml';
import type { ArchiveCase, FilingOutcome, FilingProgress } from '../core/ports';
import { archivedCategory, fixedCategoryName } from '../core/state';
import { FilingCancelled, FilingRefused } from '../services/filing';
import type { FilingChoice, FilingResult } from '../services/filing';
import { FilingInProgress, JournalLost } from '../services/filing-journal';
import { DraftIncomplete } from './draft-filing';
import type { FilingDeps } from './filing-deps';
import type { FilingLine, FilingParam, FilingText, FilingTextKey } from './filing-text';

export type { FilingDeps, FilingHooks, SignInWatch } from './filing-deps';
export type { FilingLine, FilingParam, FilingText, FilingTextKey } from './filing-text';

export interface FilingNote {
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly title?: FilingText;
  readonly lines: readonly FilingLine[];
  /** Offer "Prøv igjen": the same choice again, which resumes and never files twice. */
  readonly retry: boolean;
}

/** What a running filing is doing, for its progress bar. */
export type FilingActivity =
  | { readonly step: 'reading' }
  | { readonly step: 'case' }
  | { readonly step: 'record' }
  | { readonly step: 'documents'; readonly bytes: number; readonly totalBytes: number }
  /** Another pane is filing the message: this one waits for it. */
  | { readonly step: 'waiting'; readonly by: string; readonly at: string }
  /** A sign-in or consent window waits for the user: nothing is stored meanwhile. */
  | { readonly step: 'sign-in' };

export interface FilingState {
  readonly phase: 'form' | 'filing' | 'done' | 'failed';
  /** While filing: what is happening and how far (0–1; undefined while unknown). */
  readonly progress: {
    readonly activity: FilingActivity;
    readonly value: number | undefined;
  } | null;
  readonly note: FilingNote | null;
  readonly cases: readonly ArchiveCase[];
  readonly searching: boolean;
  /** The query the shown cases answer; null before any search. */
  readonly searched: string | null;
  readonly searchError: FilingLine | null;
  /** Asked before anything is made: these attachments are drafts of ours, filed as B. */
  readonly confirm?: { readonly names: readonly string[] } | null;
  /** A sign-in or consent window waits for the user (while filing or searching). */
  readonly signIn?: boolean;
}

export const FILING_START: FilingState = {
  phase: 'form',
  progress: null,
  note: null,
  cases: [],
  searching: false,
  searched: null,
  searchError: null,
};

type Listener = (state: FilingState) => void;

const text = (key: FilingTextKey, params?: Readonly<Record<string, FilingParam>>): FilingText =>
  params ? { key, params } : { key };

function activityOf(p: FilingProgress): FilingActivity {
  if (p.step === 'documents')
    return { step: 'documents', bytes: p.bytes, totalBytes: p.totalBytes };
  return { step: p.step };
}

/** One message's filing in one pane. */
export class FilingSession {
  private state: FilingState = FILING_START;
  private closed = false;
  private searchSeq = 0;
  /** The filing running now: a second click joins it rather than starting another. */
  private running: Promise<void> | null = null;
  private answer: ((go: boolean) => void) | null = null;
  private readonly unwatch: () => void;

  constructor(
    private readonly deps: FilingDeps,
    private readonly listener: Listener,
  ) {
    this.unwatch =
      deps.signIn?.subscribe((waiting) => this.set({ signIn: waiting })) ?? ((): void => {});
  }

  get current(): FilingState {
    return this.state;
  }

  close(): void {
    this.closed = true;
    this.unwatch();
    // A question nobody can answer any more is a no.
    this.confirm(false);
  }

  private set(patch: Partial<FilingState>): void {
    if (this.closed) return;
    this.state = { ...this.state, ...patch };
    this.listener(this.state);
  }

  /** Cases by number or title words; an older answer never replaces a newer one. */
  async search(query: string): Promise<void> {
    const q = query.trim();
    const seq = ++this.searchSeq;
    if (q.length < 2) {
      this.set({ cases: [], searching: false, searched: null, searchError: null });
      return;
    }
    this.set({ searching: true, searchError: null });
    try {
      const cases = await this.deps.connector.searchCases(q);
      if (seq === this.searchSeq) this.set({ cases, searching: false, searched: q });
    } catch (e) {
      if (seq === this.searchSeq)
        this.set({ cases: [], searching: false, searched: q, searchError: this.reason(e) });
    }
  }

  /**
   * File the message (after a click); again after a failure, it resumes.
   * While one runs, another call joins it: a double click files once.
   */
  file(choice: FilingChoice): Promise<void> {
    if (this.running) return this.running;
    const run = this.run(choice).finally(() => {
      this.running = null;
    });
    this.running = run;
    return run;
  }

  private async run(choice: FilingChoice): Promise<void> {
    this.set({
      phase: 'filing',
      note: null,
      progress: { activity: { step: 'reading' }, value: undefined },
    });
    let result: FilingResult | null;
    try {
      result = await this.deps.file(
        choice,
        (p) =>
          this.set({
            progress: {
              activity: activityOf(p),
              value: p.totalBytes > 0 ? p.bytes / p.totalBytes : undefined,
            },
          }),
        {
          onWait: (theirs) =>
            this.set({
              progress: {
                activity: { step: 'waiting', by: theirs.by, at: theirs.at ?? theirs.started },
                value: undefined,
              },
            }),
          confirmDrafts: (names) => this.ask(names),
        },
      );
    } catch (e) {
      if (e instanceof FilingCancelled) {
        this.set({ phase: 'form', progress: null, confirm: null });
        return;
      }
      this.set({
        phase: 'failed',
        progress: null,
        confirm: null,
        note: {
          intent: 'error',
          title: text('filing.failed.title'),
          lines: [this.reason(e), text('filing.failed.safe')],
          retry: !(
            e instanceof FilingRefused ||
            e instanceof MimeError ||
            e instanceof DraftIncomplete
          ),
        },
      });
      return;
    }
    if (result === null) {
      this.set({ phase: 'form', progress: null });
      return;
    }
    this.finish(choice, result);
  }

  /** Ask the user (the panel shows `confirm`); resolves with their answer. */
  private ask(names: readonly string[]): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      this.answer = resolve;
      this.set({ confirm: { names } });
    });
  }

  /** The user's answer to `confirm`: file the drafts as under redigering, or stop. */
  confirm(go: boolean): void {
    const answer = this.answer;
    this.answer = null;
    if (answer === null) return;
    this.set({ confirm: null });
    answer(go);
  }

  /** "Fullfør arkiveringa": the unfinished journal's filing, with its choice, without the form. */
  resume(journal: FilingJournal): Promise<void> {
    return this.file(journal.choice);
  }

  private finish(choice: FilingChoice, result: FilingResult): void {
    const { profile } = this.deps;
    if (result.kind === 'already-archived') {
      this.set({
        phase: 'done',
        progress: null,
        note: {
          intent: 'info',
          lines: [
            result.reference
              ? text('filing.already', { ref: result.reference })
              : text('filing.already.unknown'),
          ],
          retry: false,
        },
      });
      return;
    }
    const lines: FilingLine[] = [this.outcomeLine(choice, result.outcome)];
    if (result.identity === 'reused-message-id' && result.externalId !== undefined)
      lines.push(text('filing.reused-id', { id: result.externalId }));
    if (result.resumed !== undefined && result.outcome.kind === 'filed')
      lines.push(
        text('filing.resumed', {
          by: result.resumed.by,
          when: { instant: result.resumed.started },
        }),
      );
    if (result.markError !== undefined) {
      this.set({
        phase: 'failed',
        progress: null,
        note: {
          intent: 'warning',
          lines: [
            ...lines,
            text(this.deps.marks === 'subject' ? 'filing.subject-failed' : 'filing.mark-failed', {
              reason: { failure: result.markError },
            }),
          ],
          retry: true,
        },
      });
      return;
    }
    if (result.snapshot) {
      this.deps.onSnapshot?.(result.snapshot);
      const state = result.snapshot.state;
      // Categories are named in the organisation's language, as Outlook shows them to all.
      lines.push(
        state.status === 'sent-to-registrar'
          ? text('filing.marked.sent', {
              category: fixedCategoryName('sent-to-registrar', profile.language),
            })
          : text('filing.marked', {
              category: archivedCategory(state.archiveRef, profile.language),
              status: { status: state.status },
            }),
      );
    }
    if (result.subject !== undefined)
      lines.push(text('filing.subject', { subject: result.subject }));
    const again =
      result.outcome.kind === 'already-filed' ||
      (result.outcome.kind === 'forwarded' && result.outcome.earlier);
    this.set({
      phase: 'done',
      progress: null,
      note: { intent: again ? 'info' : 'success', lines, retry: false },
    });
  }

  private outcomeLine(choice: FilingChoice, outcome: FilingOutcome): FilingText {
    switch (outcome.kind) {
      case 'filed':
        // Every part that may be missing has a sentence without it.
        return outcome.case.number.trim() === ''
          ? text('filing.done.no-case', { ref: outcome.reference })
          : text('filing.done', {
              ref: outcome.reference,
              case: outcome.case.number,
              title: outcome.case.title || choice.title,
            });
      case 'already-filed':
        return outcome.reference.trim() === ''
          ? text('filing.already.unknown')
          : text('filing.already', { ref: outcome.reference });
      case 'forwarded':
        if (outcome.earlier && outcome.at)
          return text('filing.forwarded.earlier.date', {
            to: outcome.to,
            date: { instant: outcome.at },
          });
        return text(outcome.earlier ? 'filing.forwarded.earlier' : 'filing.forwarded', {
          to: outcome.to,
        });
    }
  }

  /** Why it failed: the filing's own failures as sentences, any other for the pane to describe. */
  private reason(e: unknown): FilingLine {
    if (e instanceof FilingInProgress)
      return text('filing.in-progress', {
        by: e.journal.by,
        when: { instant: e.journal.at ?? e.journal.started },
      });
    if (e instanceof JournalLost) return text('filing.taken-over');
    if (e instanceof FilingRefused)
      return text('filing.failed.missing', { names: e.missing.join(', ') });
    if (e instanceof MimeError) return text('filing.failed.unreadable', { code: e.code });
    if (e instanceof DraftIncomplete)
      return e.attachment
        ? text('filing.draft.attachment', { name: e.attachment })
        : text('filing.draft.unavailable');
    // The archive's, the item's mark's, Graph's and sign-in's own failures: the pane says them.
    return { failure: e };
  }
}
