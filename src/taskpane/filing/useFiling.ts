/**
 * "Lagre i saksarkiv" for the message in the pane (R5, R13, R26):
 * `FilingSession` is plain TypeScript (tested against the Graph and Noark 5
 * emulators without React); the hook only holds its state for React.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { checkTitle, describeTitleProblem, titleFromSubject } from '../../core/archive';
import { MimeError } from '../../core/mime/eml';
import type { Lang } from '../../core/model';
import type {
  ArchiveCase,
  ArchiveConnector,
  FilingOutcome,
  FilingProgress,
  ItemAddress,
} from '../../core/ports';
import { domainOf, isInternalDomain } from '../../core/profile/mailboxes';
import type { Profile } from '../../core/profile/types';
import {
  archivedCategory,
  describeConflict,
  describeRefusal,
  fixedCategoryName,
  formatDateTime,
  statusLabel,
} from '../../core/state';
import type { Person } from '../../core/state';
import type { FilingJournal } from '../../core/archive/journal';
import { ArchiveFailure } from '../../services/archive/errors';
import { fileMessage, FilingCancelled, FilingRefused, MarkRefused } from '../../services/filing';
import type { FilingChoice, FilingResult } from '../../services/filing';
import { FilingInProgress, JournalLost } from '../../services/filing-journal';
import type { GraphClient } from '../../services/graph/client';
import type { ItemSnapshot } from '../../services/item-state';
import { failureText } from '../shell/failure';
import type { MessageFacts } from '../useReadCheck';
import { DraftIncomplete } from './draft';
import type { FilingDeps } from './deps';
import { journalLines, whenText } from './journalView';
import { tf } from './messages';
import { LOCALES } from '../../core/i18n/locale';

export type { FilingDeps, FilingHooks } from './deps';

/** What filing the message in the read pane needs: it is then marked archived over Graph. */
export interface ItemFilingDeps {
  readonly graph: GraphClient;
  readonly connector: ArchiveConnector;
  readonly item: ItemAddress;
  readonly profile: Profile;
  readonly lang: Lang;
  readonly actor: () => Person | null;
  readonly now?: () => number;
  readonly onSnapshot: (snapshot: ItemSnapshot) => void;
}

/** Filing the read pane's message: fileMessage, with the state change made as the user. */
export function itemFiling(d: ItemFilingDeps): FilingDeps {
  return {
    connector: d.connector,
    profile: d.profile,
    lang: d.lang,
    onSnapshot: d.onSnapshot,
    file: (choice, onProgress, hooks) => {
      const actor = d.actor();
      if (actor === null) return Promise.resolve(null);
      return fileMessage({
        ...(hooks?.onWait ? { onWait: hooks.onWait } : {}),
        ...(hooks?.confirmDrafts ? { confirmDrafts: hooks.confirmDrafts } : {}),
        graph: d.graph,
        connector: d.connector,
        item: d.item,
        choice,
        change: {
          actor,
          now: new Date(d.now ? d.now() : Date.now()),
          orgLang: d.profile.language,
          timeZone: d.profile.timeZone,
        },
        onProgress,
      });
    },
  };
}

export interface FilingNote {
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly title?: string;
  readonly lines: readonly string[];
  /** Offer "Prøv igjen": the same choice again, which resumes and never files twice. */
  readonly retry: boolean;
}

export interface FilingState {
  readonly phase: 'form' | 'filing' | 'done' | 'failed';
  /** While filing: what is happening and how far (0–1; undefined while unknown). */
  readonly progress: { readonly label: string; readonly value: number | undefined } | null;
  readonly note: FilingNote | null;
  readonly cases: readonly ArchiveCase[];
  readonly searching: boolean;
  /** The query the shown cases answer; null before any search. */
  readonly searched: string | null;
  readonly searchError: string | null;
  /** Asked before anything is made: these attachments are drafts of ours, filed as B. */
  readonly confirm?: { readonly names: readonly string[] } | null;
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

/** The document type a message suggests: outgoing from us U, between colleagues N, else I. */
export function suggestedType(facts: MessageFacts, profile: Profile): 'I' | 'U' | 'N' {
  const internal = (address: string | undefined): boolean => {
    const domain = address ? domainOf(address) : null;
    return domain !== null && isInternalDomain(domain, profile);
  };
  if (!internal(facts.fromAddress)) return 'I';
  const recipients = facts.recipients ?? [];
  if (recipients.length > 0 && recipients.every((r) => internal(r))) return 'N';
  return 'U';
}

/** The title the form starts with: the subject without "SV:", tags and the like. */
export function suggestedTitle(facts: MessageFacts): string {
  return titleFromSubject(facts.subject);
}

/** Why a title cannot be filed, as sentences; empty when it can. */
export function titleProblems(title: string, profile: Profile, lang: Lang): string[] {
  return checkTitle(title, profile.keywords).map((p) => describeTitleProblem(p, lang));
}

const CASE_NUMBER = /^\s*(\d{4})\s*[/-]\s*(\d{1,7})\s*$/;

/** A case number as "2026/123", or null when it is not one. */
export function normaliseCaseNumber(text: string): string | null {
  const m = CASE_NUMBER.exec(text);
  return m ? `${m[1]}/${Number(m[2])}` : null;
}

/** A size as people read it: "5,0 MB", "340 kB"; `fixed` keeps one decimal below 10 MB (progress). */
export function sizeText(bytes: number, lang: Lang, fixed = false): string {
  const locale = LOCALES[lang];
  if (bytes < 1024 * 1024 && !fixed)
    return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} kB`;
  const value = bytes / (1024 * 1024);
  const digits = value < 10 ? 1 : 0;
  return `${value.toLocaleString(locale, {
    minimumFractionDigits: fixed ? digits : 0,
    maximumFractionDigits: fixed ? digits : 1,
  })} MB`;
}

export { journalLines, whenText };

/**
 * "340 kB av 900 kB", "4,0 MB av 12 MB": both in the unit the total is
 * best read in, kB below 1 MB, numbers as the language writes them.
 */
export function progressSizes(
  bytes: number,
  totalBytes: number,
  lang: Lang,
): { done: string; total: string } {
  const locale = LOCALES[lang];
  if (totalBytes < 1024 * 1024) {
    const kb = (n: number): string =>
      `${Math.round(Math.max(0, n) / 1024).toLocaleString(locale)} kB`;
    // A file under 1 kB is still "1 kB" in all, never "0 kB av 0 kB".
    return {
      done: kb(bytes),
      total:
        totalBytes > 0
          ? `${Math.max(1, Math.round(totalBytes / 1024)).toLocaleString(locale)} kB`
          : kb(0),
    };
  }
  return { done: sizeText(bytes, lang, true), total: sizeText(totalBytes, lang, true) };
}

export function progressLabel(p: FilingProgress, lang: Lang): string {
  if (p.step === 'case') return tf(lang, 'filing.progress.case');
  if (p.step === 'record') return tf(lang, 'filing.progress.record');
  return tf(lang, 'filing.progress.documents', progressSizes(p.bytes, p.totalBytes, lang));
}

type Listener = (state: FilingState) => void;

/** One message's filing in one pane. */
export class FilingSession {
  private state: FilingState = FILING_START;
  private closed = false;
  private searchSeq = 0;

  constructor(
    private readonly deps: FilingDeps,
    private readonly listener: Listener,
  ) {}

  get current(): FilingState {
    return this.state;
  }

  close(): void {
    this.closed = true;
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

  /** File the message (after a click); again after a failure, it resumes. */
  async file(choice: FilingChoice): Promise<void> {
    if (this.state.phase === 'filing') return;
    const { lang } = this.deps;
    this.set({
      phase: 'filing',
      note: null,
      progress: { label: tf(lang, 'filing.progress.reading'), value: undefined },
    });
    let result: FilingResult | null;
    try {
      result = await this.deps.file(
        choice,
        (p) =>
          this.set({
            progress: {
              label: progressLabel(p, lang),
              value: p.totalBytes > 0 ? p.bytes / p.totalBytes : undefined,
            },
          }),
        {
          onWait: (theirs) =>
            this.set({
              progress: {
                label: tf(lang, 'filing.waiting', {
                  by: theirs.by,
                  when: whenText(theirs.at ?? theirs.started, lang, this.deps.profile.timeZone),
                }),
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
        note: {
          intent: 'error',
          title: tf(lang, 'filing.failed.title'),
          lines: [this.reason(e), tf(lang, 'filing.failed.safe')],
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

  private answer: ((go: boolean) => void) | null = null;

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
    this.set({ confirm: null });
    answer?.(go);
  }

  /** "Fullfør arkiveringa": the unfinished journal's filing, with its choice, without the form. */
  resume(journal: FilingJournal): Promise<void> {
    return this.file(journal.choice);
  }

  private finish(choice: FilingChoice, result: FilingResult): void {
    const { lang, profile } = this.deps;
    if (result.kind === 'already-archived') {
      this.set({
        phase: 'done',
        progress: null,
        note: {
          intent: 'info',
          lines: [
            result.reference
              ? tf(lang, 'filing.already', { ref: result.reference })
              : tf(lang, 'filing.already.unknown'),
          ],
          retry: false,
        },
      });
      return;
    }
    const lines = [this.outcomeLine(choice, result.outcome)];
    if (result.identity === 'reused-message-id' && result.externalId !== undefined)
      lines.push(tf(lang, 'filing.reused-id', { id: result.externalId }));
    if (result.resumed !== undefined && result.outcome.kind === 'filed')
      lines.push(
        tf(lang, 'filing.resumed', {
          by: result.resumed.by,
          when: whenText(result.resumed.started, lang, profile.timeZone),
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
            tf(
              lang,
              this.deps.marks === 'subject' ? 'filing.subject-failed' : 'filing.mark-failed',
              {
                reason: this.reason(result.markError),
              },
            ),
          ],
          retry: true,
        },
      });
      return;
    }
    if (result.snapshot) {
      this.deps.onSnapshot?.(result.snapshot);
      const state = result.snapshot.state;
      lines.push(
        state.status === 'sent-to-registrar'
          ? tf(lang, 'filing.marked.sent', {
              category: fixedCategoryName('sent-to-registrar', profile.language),
            })
          : tf(lang, 'filing.marked', {
              category: archivedCategory(state.archiveRef, profile.language),
              status: statusLabel(state.status, lang),
            }),
      );
    }
    if (result.subject !== undefined)
      lines.push(tf(lang, 'filing.subject', { subject: result.subject }));
    const again =
      result.outcome.kind === 'already-filed' ||
      (result.outcome.kind === 'forwarded' && result.outcome.earlier);
    this.set({
      phase: 'done',
      progress: null,
      note: { intent: again ? 'info' : 'success', lines, retry: false },
    });
  }

  private outcomeLine(choice: FilingChoice, outcome: FilingOutcome): string {
    const { lang } = this.deps;
    switch (outcome.kind) {
      case 'filed':
        // Every part that may be missing has a sentence without it.
        return outcome.case.number.trim() === ''
          ? tf(lang, 'filing.done.no-case', { ref: outcome.reference })
          : tf(lang, 'filing.done', {
              ref: outcome.reference,
              case: outcome.case.number,
              title: outcome.case.title || choice.title,
            });
      case 'already-filed':
        return outcome.reference.trim() === ''
          ? tf(lang, 'filing.already.unknown')
          : tf(lang, 'filing.already', { ref: outcome.reference });
      case 'forwarded': {
        const date =
          outcome.earlier && outcome.at
            ? formatDateTime(outcome.at, lang, this.deps.profile.timeZone)
            : null;
        if (date) return tf(lang, 'filing.forwarded.earlier.date', { to: outcome.to, date });
        return tf(lang, outcome.earlier ? 'filing.forwarded.earlier' : 'filing.forwarded', {
          to: outcome.to,
        });
      }
    }
  }

  private reason(e: unknown): string {
    const { lang } = this.deps;
    if (e instanceof ArchiveFailure) return e.describe(lang);
    if (e instanceof FilingInProgress)
      return tf(lang, 'filing.in-progress', {
        by: e.journal.by,
        when: whenText(e.journal.at ?? e.journal.started, lang, this.deps.profile.timeZone),
      });
    if (e instanceof JournalLost) return tf(lang, 'filing.taken-over');
    if (e instanceof FilingRefused)
      return tf(lang, 'filing.failed.missing', { names: e.missing.join(', ') });
    if (e instanceof MimeError) return tf(lang, 'filing.failed.unreadable', { code: e.code });
    if (e instanceof MarkRefused)
      return e.outcome.kind === 'refused'
        ? describeRefusal(e.outcome.refusal, lang)
        : describeConflict(e.outcome.fields, lang);
    if (e instanceof DraftIncomplete)
      return e.attachment
        ? tf(lang, 'filing.draft.attachment', { name: e.attachment })
        : tf(lang, 'filing.draft.unavailable');
    return failureText(e, lang);
  }
}

/** The filing session for the message in the pane, as React state. */
export function useFiling(deps: FilingDeps): { state: FilingState; session: FilingSession } {
  const [state, setState] = useState<FilingState>(FILING_START);
  const depsRef = useRef(deps);
  depsRef.current = deps;
  const session = useMemo(
    () =>
      new FilingSession(
        {
          ...deps,
          file: (choice, onProgress) => depsRef.current.file(choice, onProgress),
          onSnapshot: (s) => depsRef.current.onSnapshot?.(s),
        },
        setState,
      ),
    // A new session for another archive or language, not for a new callback.
    [deps.connector, deps.lang],
  );
  useEffect(() => () => session.close(), [session]);
  return { state, session };
}
