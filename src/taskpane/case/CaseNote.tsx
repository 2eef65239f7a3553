// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
} from '@fluentui/react-components';
import { ArrowSync20Regular } from '@fluentui/react-icons/svg/arrow-sync';
import type { CaseState } from '../../app/case-session';
import { format } from '../../core/i18n/types';
import type { Lang } from '../../core/model';
import { graphMessages } from '../../services/graph/messages';
import { useCaseStyles } from './CasePanel.styles';
import { caseLineText, caseNoteTitle } from './caseText';
import { tc } from './messages';

export interface CaseNoteProps {
  readonly state: CaseState;
  readonly lang: Lang;
  readonly onRetry: () => void;
}

interface CaseNoteState extends CaseNoteProps {
  readonly styles: ReturnType<typeof useCaseStyles>;
  readonly title: string | undefined;
  readonly lines: readonly string[];
}

function useCaseNote(props: CaseNoteProps): CaseNoteState {
  const styles = useCaseStyles();
  const note = props.state.note;
  return {
    ...props,
    styles,
    title: note ? caseNoteTitle(note, props.lang) : undefined,
    lines: note ? note.lines.map((l) => caseLineText(l, props.lang)) : [],
  };
}

function renderCaseNote(s: CaseNoteState): React.JSX.Element {
  const { note, progress, running } = s.state;
  const { lang } = s;
  // Sending on and registering show their own progress where they were asked for.
  const busy = running !== null && running !== 'send-on' && running !== 'registrar';
  return (
    <div aria-live="polite" data-case-note>
      {busy && progress && (
        <div data-case-progress={progress.attempt}>
          <ProgressBar thickness="large" aria-label={tc(lang, 'case.saving')} />
          <p>
            {format(graphMessages[lang]['graph.retrying'], {
              attempt: progress.attempt,
              max: progress.max,
            })}
          </p>
        </div>
      )}
      {busy && !progress && <Spinner size="tiny" label={tc(lang, 'case.saving')} />}
      {note && (
        <MessageBar intent={note.intent} layout="multiline" data-case-intent={note.intent}>
          <MessageBarBody>
            {s.title && <MessageBarTitle>{s.title}</MessageBarTitle>}
            {s.lines.map((l, i) => (
              <span key={i} className={s.styles.line}>
                {l}
              </span>
            ))}
          </MessageBarBody>
          {note.intent === 'error' && (
            <MessageBarActions>
              <Button icon={<ArrowSync20Regular />} onClick={s.onRetry}>
                {tc(lang, 'case.refresh')}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </div>
  );
}

/** What the last action did, and progress while Graph asks us to wait. */
export function CaseNote(props: CaseNoteProps): React.JSX.Element {
  return renderCaseNote(useCaseNote(props));
}
