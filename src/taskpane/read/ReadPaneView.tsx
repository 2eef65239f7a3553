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
import { ArrowSync20Regular } from '@fluentui/react-icons/svg/arrow-sync';
import type { Lang } from '../../core/model';
import { tp } from '../shell/messages';
import { usePaneStyles } from '../shell/Pane.styles';
import { Assessment } from './Assessment';
import { tRead } from './readMessages';
import type { ReadView } from './readView';
import type { ReadCheckState } from './useReadCheck';
import { WarningCard } from './WarningCard';

export interface ReadPaneViewProps {
  readonly lang: Lang;
  /** The organisation's name, from the profile. */
  readonly organisation: string;
  readonly state: ReadCheckState;
  readonly onRetry: () => void;
  /** The case-handling panel under the assessment (assignment, status, due date). */
  readonly casePanel?: (view: ReadView, state: ReadCheckState) => React.ReactNode;
  /** Done or archived, as the case panel read it: the suggested answer-by date is no longer shown. */
  readonly settled?: boolean;
  /** The Tilsyn entry (a function mailbox's oversight page), under the heading. */
  readonly oversight?: React.ReactNode;
}

/** The read pane as a function of its state: no Office, no classifying. */
export function ReadPaneView({
  lang,
  organisation,
  state,
  onRetry,
  casePanel,
  settled = false,
  oversight = null,
}: ReadPaneViewProps): React.JSX.Element {
  const pane = usePaneStyles();
  const titleId = React.useId();
  const { view } = state;

  let content: React.ReactNode;
  switch (state.status) {
    case 'loading':
      content = (
        <div className={pane.centred}>
          <Spinner size="small" label={tp(lang, 'read.loading')} />
        </div>
      );
      break;
    case 'no-item':
      content = (
        <MessageBar intent="info" layout="multiline" data-status="no-item">
          <MessageBarBody>{tRead(lang, 'read.no-item')}</MessageBarBody>
        </MessageBar>
      );
      break;
    case 'error':
      content = (
        <MessageBar intent="error" layout="multiline" data-status="error">
          <MessageBarBody>
            <MessageBarTitle>{tRead(lang, 'read.error.title')}</MessageBarTitle>{' '}
            {state.error ?? tRead(lang, 'read.error.body')}
          </MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowSync20Regular />} onClick={onRetry}>
              {tRead(lang, 'read.retry')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
      break;
    case 'ready':
      content = view && (
        <>
          {view.warnings.length > 0 && (
            // Warnings first: "do not reply" must be read before anything is done.
            <section
              aria-labelledby={`${titleId}-warnings`}
              className={pane.section}
              data-section="warnings"
            >
              <h2 id={`${titleId}-warnings`} className={pane.groupHeading}>
                {tRead(lang, 'read.warnings.heading', { count: view.warnings.length })}
              </h2>
              {/* role="list": Safari drops list semantics when list-style is none. */}
              <ul role="list" className={pane.list}>
                {view.warnings.map((w) => (
                  <li key={w.kind}>
                    <WarningCard warning={w} lang={lang} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Assessment view={view} lang={lang} headingId={`${titleId}-class`} settled={settled} />
          {casePanel?.(view, state)}
        </>
      );
      break;
  }

  return (
    <main
      className={pane.root}
      aria-labelledby={titleId}
      aria-busy={state.status === 'loading'}
      data-mode="read"
    >
      <header className={pane.header}>
        <h1 id={titleId} className={pane.title}>
          {tp(lang, 'pane.title')}
        </h1>
        <p className={pane.profile}>{tp(lang, 'pane.profile', { name: organisation })}</p>
      </header>
      {oversight}
      {content}
    </main>
  );
}
