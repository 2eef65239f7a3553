// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { CaseSession } from '../../app/case-session';
import { FILING_START, FilingSession } from '../../app/filing-session';
import type { FilingState } from '../../app/filing-session';
import { itemFiling } from '../../app/item-filing';
import type { MessageFacts } from '../../app/read-facts';
import { findReplyCase, sameCaseChoice } from '../../app/reply-case';
import type { ReplyCaseResult } from '../../app/reply-case';
import { describeReplyCase } from '../../core/archive/reply-case-messages';
import type { Lang } from '../../core/model';
import type { ReadPort } from '../../core/ports';
import type { Profile } from '../../core/profile/types';
import { NoteBar } from '../filing/NoteBar';
import { failureText } from '../shell/failure';
import { useCaseStyles } from './CasePanel.styles';
import { tr } from './replyMessages';

export interface ReplyCaseProps {
  readonly session: CaseSession;
  readonly port: ReadPort;
  readonly profile: Profile;
  readonly lang: Lang;
  readonly facts: MessageFacts;
  /** Archived or with the registrar: the button is not offered. */
  readonly archived: boolean;
  readonly busy: boolean;
}

interface ReplyCaseState extends ReplyCaseProps {
  readonly styles: ReturnType<typeof useCaseStyles>;
  readonly result: ReplyCaseResult | null;
  readonly filing: FilingState;
  readonly file: () => void;
  readonly retry: () => void;
}

function useReplyCase(props: ReplyCaseProps): ReplyCaseState {
  const { session, port, facts, profile } = props;
  const [result, setResult] = React.useState<ReplyCaseResult | null>(null);
  const [filing, setFiling] = React.useState<FilingState>(FILING_START);
  const [attempt, setAttempt] = React.useState(0);
  const filer = React.useRef<FilingSession | null>(null);
  React.useEffect(() => {
    const item = session.address;
    if (!session.archive || !item) return;
    let live = true;
    port
      .message()
      .then((message) =>
        findReplyCase(
          {
            graph: session.graph,
            mailbox: item.mailbox,
            user: port.user()?.address,
            connect: () => session.connectArchive(),
          },
          message,
        ),
      )
      .then(
        (r) => live && setResult(r),
        () => live && setResult(null),
      );
    return () => {
      live = false;
    };
  }, [session, port, attempt]);
  React.useEffect(() => () => filer.current?.close(), []);
  return {
    ...props,
    styles: useCaseStyles(),
    result,
    filing,
    file: () => {
      const item = session.address;
      if (result?.kind !== 'found' || !item) return;
      const choice = sameCaseChoice(result.archiveCase, facts, profile);
      if (!choice) return;
      // One filing per pane: a double click joins the one running (FilingSession), never a second.
      filer.current ??= new FilingSession(
        itemFiling({
          graph: session.graph,
          connector: result.connector,
          item,
          profile,
          actor: () => session.actor(),
          clock: { now: () => session.now() },
          onSnapshot: (snapshot) => session.adopt(snapshot),
        }),
        setFiling,
      );
      if (filer.current.current.phase === 'filing' || filer.current.current.phase === 'done')
        return;
      void filer.current.file(choice);
    },
    retry: () => setAttempt((n) => n + 1),
  };
}

function renderReplyCase(s: ReplyCaseState): React.JSX.Element | null {
  const { result, lang, styles, profile, filing, archived, busy } = s;
  if (result === null || result.kind === 'none' || result.kind === 'unknown-case') return null;
  const { label, reason } = describeReplyCase(result.found, lang);
  const choice =
    result.kind === 'found' ? sameCaseChoice(result.archiveCase, s.facts, profile) : null;
  const running = filing.phase === 'filing';
  const done = filing.phase === 'done';
  return (
    <MessageBar
      intent="info"
      layout="multiline"
      data-reply-case={result.found.case}
      data-reply-via={result.found.via}
    >
      <MessageBarBody>
        <MessageBarTitle>{label}</MessageBarTitle>
        {/* Anyone can write a case number: the case's own title lets the user see it is the right one. */}
        {result.kind === 'found' && result.archiveCase.title !== '' && (
          <p className={styles.value} data-reply-title>
            {tr(lang, 'reply.case-title', { title: result.archiveCase.title })}
          </p>
        )}
        <p className={styles.muted}>{reason}</p>
        {result.kind === 'found' && result.confirmed === 'unchecked' && (
          <p className={styles.muted}>{tr(lang, 'reply.unchecked')}</p>
        )}
        {result.lookupFailed &&
          result.found.via !== 'in-reply-to' &&
          result.found.via !== 'references' && (
            <p className={styles.muted}>{tr(lang, 'reply.lookup-failed')}</p>
          )}
        {result.kind === 'archive-failed' && (
          <p className={styles.muted} role="alert">
            {tr(lang, 'reply.archive-failed', { why: failureText(result.error, lang) })}
          </p>
        )}
        {result.kind === 'found' && !archived && choice === null && (
          <p className={styles.muted}>{tr(lang, 'reply.needs-form')}</p>
        )}
        {result.kind === 'archive-failed' && (
          <div className={styles.buttons}>
            <Button data-reply="retry" disabled={busy} onClick={s.retry}>
              {tr(lang, 'reply.retry')}
            </Button>
          </div>
        )}
        {result.kind === 'found' && choice !== null && !archived && !done && (
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              data-reply="file"
              disabled={busy || running}
              onClick={s.file}
            >
              {tr(lang, 'reply.file')}
            </Button>
          </div>
        )}
        {filing.note && (
          <NoteBar note={filing.note} lang={lang} timeZone={profile.timeZone} onRetry={s.file} />
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** "Svar i sak 2026/123", how it was recognised, and "Lagre i same sak" in one click. */
export function ReplyCase(props: ReplyCaseProps): React.JSX.Element | null {
  return renderReplyCase(useReplyCase(props));
}
