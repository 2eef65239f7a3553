// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  mergeClasses,
} from '@fluentui/react-components';
import { ArrowSync20Regular } from '@fluentui/react-icons/svg/arrow-sync';
import { CalendarClock20Regular } from '@fluentui/react-icons/svg/calendar-clock';
import { Delete20Regular } from '@fluentui/react-icons/svg/delete';
import { ErrorCircle20Filled } from '@fluentui/react-icons/svg/error-circle';
import { LockClosed20Regular } from '@fluentui/react-icons/svg/lock-closed';
import { Warning20Filled } from '@fluentui/react-icons/svg/warning';
import type { Lang } from '../core/model';
import type { Status } from '../core/state/types';
import { usePaneStyles } from './ComposePane.styles';
import { tp } from './messages';
import type { ReadPaneContext } from './ports';
import { tRead } from './readMessages';
import { useReadStyles } from './ReadPane.styles';
import type { ReadView, ReadWarning } from './readView';
import { useReadCheck } from './useReadCheck';
import type { ReadCheckState } from './useReadCheck';

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
}

function WarningCard({ warning, lang }: { warning: ReadWarning; lang: Lang }): React.JSX.Element {
  const styles = useReadStyles();
  const titleId = React.useId();
  const threat = warning.kind === 'threat';
  const Icon = threat ? ErrorCircle20Filled : Warning20Filled;
  return (
    <article
      aria-labelledby={titleId}
      data-warning={warning.kind}
      className={mergeClasses(styles.warning, threat ? styles.threat : styles.caution)}
    >
      <Icon
        aria-hidden
        className={mergeClasses(
          styles.warningIcon,
          threat ? styles.threatIcon : styles.cautionIcon,
        )}
      />
      <div className={styles.warningBody}>
        <h3 id={titleId} className={styles.warningTitle}>
          {warning.title}
        </h3>
        {warning.advice.map((a) => (
          <p key={a} className={styles.advice}>
            {a}
          </p>
        ))}
        <ul className={styles.details} aria-label={tRead(lang, 'read.warning.found')}>
          {warning.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </div>
    </article>
  );
}

function Assessment({
  view,
  lang,
  headingId,
  settled,
}: {
  view: ReadView;
  lang: Lang;
  headingId: string;
  settled: boolean;
}): React.JSX.Element {
  const pane = usePaneStyles();
  const styles = useReadStyles();
  return (
    <section aria-labelledby={headingId} className={pane.section} data-section="class">
      <h2 id={headingId} className={pane.groupHeading}>
        {tRead(lang, 'read.class.heading')}
      </h2>
      <h3 className={styles.classLabel} data-class={view.class}>
        {view.classLabel}
      </h3>
      <ul className={styles.reasons} aria-label={tRead(lang, 'read.reasons')}>
        {view.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {view.due && !settled && (
        <p
          className={mergeClasses(styles.fact, view.due.overdue && styles.overdue)}
          data-due={view.due.date}
          data-overdue={view.due.overdue}
        >
          <CalendarClock20Regular
            aria-hidden
            className={mergeClasses(styles.factIcon, view.due.overdue && styles.overdueIcon)}
          />
          <span>{view.due.label}</span>
        </p>
      )}
      {view.disposal && (
        <p
          className={mergeClasses(
            styles.fact,
            view.disposal.kind === 'must-not-dispose' && styles.mustKeep,
          )}
          data-disposal={view.disposal.kind}
        >
          {view.disposal.kind === 'must-not-dispose' ? (
            <LockClosed20Regular aria-hidden className={styles.factIcon} />
          ) : (
            <Delete20Regular aria-hidden className={styles.factIcon} />
          )}
          <span>{view.disposal.text}</span>
        </p>
      )}
    </section>
  );
}

/** The read pane as a function of its state: no Office, no classifying. */
export function ReadPaneView({
  lang,
  organisation,
  state,
  onRetry,
  casePanel,
  settled = false,
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
      {content}
    </main>
  );
}

const CasePanel = React.lazy(() => import(/* webpackChunkName: "case" */ './case/CasePanel'));

/** In place of the case panel when the profile has no app registration to sign in with. */
export function CaseUnconfigured({ lang }: { lang: Lang }): React.JSX.Element {
  const pane = usePaneStyles();
  const styles = useReadStyles();
  return (
    <section className={pane.section} data-section="case" data-case-phase="unconfigured">
      <p className={styles.note}>{tRead(lang, 'read.case.unconfigured')}</p>
    </section>
  );
}

/** The read pane: the message behind the port, classified, with its shared case state. */
export function ReadPane({ ctx }: { ctx: ReadPaneContext }): React.JSX.Element {
  const { state, retry } = useReadCheck(ctx.read, ctx.profile, ctx.lang);
  const port = ctx.read;
  const deps = ctx.case;
  const [status, setStatus] = React.useState<Status | null>(null);
  const casePanel = (view: ReadView, s: ReadCheckState): React.ReactNode => {
    if (port === null) return null;
    if (deps === null) return <CaseUnconfigured lang={ctx.lang} />;
    return (
      <React.Suspense fallback={<Spinner size="tiny" label={tp(ctx.lang, 'read.loading')} />}>
        <CasePanel
          deps={deps}
          port={port}
          profile={ctx.profile}
          lang={ctx.lang}
          view={view}
          facts={s.facts ?? { subject: '' }}
          onStatus={setStatus}
        />
      </React.Suspense>
    );
  };
  return (
    <ReadPaneView
      lang={ctx.lang}
      organisation={ctx.profile.name}
      state={state}
      onRetry={retry}
      casePanel={casePanel}
      settled={status === 'done' || status === 'archived'}
    />
  );
}
