// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import type { CaseSession } from '../../app/case-session';
import { hasProgress } from '../../core/archive/journal';
import type { FilingJournal } from '../../core/archive/journal';
import type { Lang } from '../../core/model';
import type { ArchiveConnector } from '../../core/ports';
import type { Profile } from '../../core/profile/types';
import { journalLines } from '../filing/journalView';
import { tf } from '../filing/messages';
import { itemFiling } from '../../app/item-filing';
import { createSignInWatch } from '../../app/sign-in-watch';
import type { SignInRelay } from '../../app/sign-in-watch';
import type { MessageFacts } from '../../app/read-facts';
import { useCaseStyles } from './CasePanel.styles';

const FilingPanel = React.lazy(
  () => import(/* webpackChunkName: "filing" */ '../filing/FilingPanel'),
);

export interface FilingEntryProps {
  readonly session: CaseSession;
  readonly profile: Profile;
  readonly lang: Lang;
  readonly facts: MessageFacts;
  /** Archived or with the registrar: the form is not offered again. */
  readonly archived: boolean;
  readonly busy: boolean;
  /** The item's filing journal: an unfinished filing, offered to be finished. */
  readonly journal?: FilingJournal | undefined;
}

interface FilingEntryState extends FilingEntryProps {
  readonly styles: ReturnType<typeof useCaseStyles>;
  readonly open: boolean;
  readonly failed: boolean;
  readonly resume: FilingJournal | undefined;
  readonly connector: ArchiveConnector | null;
  /** Tells the filing form when a sign-in window waits, so it does not say "saving". */
  readonly signIn: SignInRelay;
  /** Open the form (again, after a failure), resuming this journal when given. */
  readonly start: (resume?: FilingJournal) => void;
  readonly close: () => void;
}

function useFilingEntry(props: FilingEntryProps): FilingEntryState {
  const { session } = props;
  const [open, setOpen] = React.useState(false);
  const [resume, setResume] = React.useState<FilingJournal | undefined>(undefined);
  const [attempt, setAttempt] = React.useState(0);
  const [connector, setConnector] = React.useState<ArchiveConnector | null>(null);
  const [failed, setFailed] = React.useState(false);
  const [signIn] = React.useState(createSignInWatch);
  React.useEffect(() => {
    if (!open || !session.archive) return;
    let live = true;
    session
      .connectArchive((tokens) => signIn.wrap(tokens))
      .then(
        (c) => live && (c ? setConnector(c) : setFailed(true)),
        () => live && setFailed(true),
      );
    return () => {
      live = false;
    };
  }, [open, attempt, session, signIn]);
  return {
    ...props,
    styles: useCaseStyles(),
    open,
    failed,
    resume,
    connector,
    signIn,
    start: (journal) => {
      if (journal) setResume(journal);
      setFailed(false);
      setOpen(true);
      setAttempt((n) => n + 1);
    },
    close: () => {
      setOpen(false);
      setResume(undefined);
    },
  };
}

function renderFilingEntry(s: FilingEntryState): React.JSX.Element | null {
  const { session, lang, styles, journal, open, failed, archived, busy, profile } = s;
  const archive = session.archive;
  const item = session.address;
  if (!archive || !item) return null;
  // Once archived, the form stays only where it was just used (its result is there).
  if (!open && archived) return null;
  if ((!open || failed) && journal && hasProgress(journal) && !archived) {
    return (
      <MessageBar intent="warning" layout="multiline" data-filing="unfinished">
        <MessageBarBody>
          <MessageBarTitle>{tf(lang, 'filing.unfinished.title')}</MessageBarTitle>
          {journalLines(journal, lang, profile.timeZone).map((line) => (
            <p key={line} className={styles.value}>
              {line}
            </p>
          ))}
          {failed && <p className={styles.muted}>{tf(lang, 'filing.unavailable')}</p>}
        </MessageBarBody>
        <MessageBarActions>
          <Button data-filing="finish" disabled={busy} onClick={() => s.start(journal)}>
            {tf(lang, 'filing.finish')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (!open || failed) {
    return (
      <div className={styles.buttons}>
        <Button data-filing="open" disabled={busy} onClick={() => s.start()}>
          {tf(lang, 'filing.open')}
        </Button>
        {failed && <p className={styles.muted}>{tf(lang, 'filing.unavailable')}</p>}
      </div>
    );
  }
  if (!s.connector) return <Spinner size="tiny" label={tf(lang, 'filing.loading')} />;
  return (
    <React.Suspense fallback={<Spinner size="tiny" />}>
      <FilingPanel
        deps={itemFiling({
          graph: session.graph,
          connector: s.connector,
          item,
          profile,
          actor: () => session.actor(),
          clock: { now: () => session.now() },
          signIn: s.signIn,
          onSnapshot: (snapshot) => session.adopt(snapshot),
        })}
        facts={s.facts}
        profile={profile}
        lang={lang}
        {...(archive.registry !== undefined ? { registry: archive.registry } : {})}
        {...(s.resume ? { resume: s.resume } : {})}
        onClose={s.close}
      />
    </React.Suspense>
  );
}

/** "Lagre i saksarkiv": a button, then the filing form in a chunk of its own. */
export function FilingEntry(props: FilingEntryProps): React.JSX.Element | null {
  return renderFilingEntry(useFilingEntry(props));
}
