// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  mergeClasses,
} from '@fluentui/react-components';
import { ArrowSync20Regular } from '@fluentui/react-icons/svg/arrow-sync';
import type { Decision } from '../../core/compose/decide';
import type { Lang, Severity } from '../../core/model';
import type { PaneAction } from '../../app/compose-plan';
import { tp } from '../shell/messages';
import { usePaneStyles } from '../shell/Pane.styles';
import { tCompose } from './composeMessages';
import type { ComposeKey } from './composeMessages';
import { FindingCard } from './FindingCard';
import { results } from './loadResults';
import { NoticeBar } from './NoticeBar';
import type { ComposeCheckState } from './useComposeCheck';

const DECISION: Record<
  Decision,
  { intent: 'error' | 'warning' | 'success'; title: ComposeKey; body: ComposeKey }
> = {
  block: { intent: 'error', title: 'decision.block.title', body: 'decision.block.body' },
  warn: { intent: 'warning', title: 'decision.warn.title', body: 'decision.warn.body' },
  allow: { intent: 'success', title: 'decision.allow.title', body: 'decision.allow.body' },
};

const GROUP_TITLE: Record<Severity, 'group.block' | 'group.warn' | 'group.info'> = {
  block: 'group.block',
  warn: 'group.warn',
  info: 'group.info',
};

/** Why the check failed: Office's error code when there is one, never its exception text. */
const errorBody = (lang: Lang, code: string): string =>
  code === ''
    ? tCompose(lang, 'status.error.body')
    : tCompose(lang, 'status.error.body.code', { code });

export interface ComposePaneViewProps {
  readonly lang: Lang;
  /** The organisation's name, from the profile. */
  readonly organisation: string;
  readonly state: ComposeCheckState;
  readonly onAction: (cardKey: string, action: PaneAction) => void;
  readonly onRecheck: () => void;
  readonly onDismissNotice: () => void;
  /** "Journalfør før sending": the filing form, while it is open. */
  readonly filing?: React.ReactNode;
}

/** The compose pane as a function of its state: no Office, no checking. */
export function ComposePaneView({
  lang,
  organisation,
  state,
  onAction,
  onRecheck,
  onDismissNotice,
  filing,
}: ComposePaneViewProps): React.JSX.Element {
  const styles = usePaneStyles();
  const titleId = React.useId();
  const noticeRef = React.useRef<HTMLDivElement>(null);
  const { plan, describe, notice } = state;
  // The cards and their words come with the engine (loadResults.ts): until
  // they are here there is nothing to show them with, nor any fix to tell of.
  const view = results();
  // A verdict only with the words to show it by: until they are here, "checking".
  const ready = plan !== null && state.status === 'ready' && view !== null;

  React.useEffect(() => {
    // A fix makes its card, and the button that had focus, go away: put focus
    // on the outcome rather than nowhere. Only when the pane has focus: never
    // take it from the message the user is writing.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (notice && lost && document.hasFocus()) noticeRef.current?.focus();
  }, [plan, notice]);

  let banner: React.JSX.Element;
  // A verdict only for the draft as it is now: while it changes, "checking".
  if (plan && ready) {
    const d = DECISION[plan.decision];
    banner = (
      // Keyed by the decision: a new decision is a new message bar, announced once.
      <MessageBar
        key={plan.decision}
        intent={d.intent}
        layout="multiline"
        politeness="polite"
        data-decision={plan.decision}
      >
        <MessageBarBody>
          <MessageBarTitle>{tCompose(lang, d.title)}</MessageBarTitle> {tCompose(lang, d.body)}
        </MessageBarBody>
      </MessageBar>
    );
  } else if (state.status === 'error') {
    banner = (
      <MessageBar intent="error" layout="multiline" data-decision="error">
        <MessageBarBody>
          <MessageBarTitle>{tCompose(lang, 'status.error.title')}</MessageBarTitle>{' '}
          {errorBody(lang, state.error ?? '')}
        </MessageBarBody>
      </MessageBar>
    );
  } else {
    banner = (
      <div className={styles.centred}>
        <Spinner size="small" label={tp(lang, 'status.checking')} />
      </div>
    );
  }

  return (
    <main className={styles.root} aria-labelledby={titleId} aria-busy={state.running}>
      <header className={styles.header}>
        <h1 id={titleId} className={styles.title}>
          {tp(lang, 'pane.title')}
        </h1>
        <p className={styles.profile}>{tp(lang, 'pane.profile', { name: organisation })}</p>
      </header>

      {banner}

      {ready && state.error !== null && (
        <MessageBar intent="warning" layout="multiline" data-decision="stale">
          <MessageBarBody>{errorBody(lang, state.error)}</MessageBarBody>
        </MessageBar>
      )}

      {filing && <section className={styles.section}>{filing}</section>}

      {notice && view && (
        <NoticeBar
          ref={noticeRef}
          key={`${notice.key}|${JSON.stringify(notice.params)}`}
          notice={notice}
          text={view.tCard(lang, notice.key, notice.params)}
          dismiss={view.tCard(lang, 'notice.dismiss')}
          onDismiss={onDismissNotice}
        />
      )}

      {describe !== null &&
        view &&
        plan?.groups.map((group) => {
          const headingId = `${titleId}-${group.severity}`;
          return (
            <section
              key={group.severity}
              aria-labelledby={headingId}
              className={styles.section}
              data-group={group.severity}
            >
              <h2
                id={headingId}
                className={mergeClasses(
                  styles.groupHeading,
                  group.severity === 'info' && styles.hintHeading,
                )}
              >
                {view.tCard(lang, 'group.heading', {
                  title: view.tCard(lang, GROUP_TITLE[group.severity]),
                  count: group.cards.length,
                })}
              </h2>
              {/* role="list": Safari drops list semantics when list-style is none. */}
              <ul role="list" className={styles.list}>
                {group.cards.map((card) => (
                  <li key={card.key}>
                    <FindingCard
                      card={card}
                      text={view.cardText(card, lang, describe)}
                      busy={state.busy}
                      onAction={onAction}
                    />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}

      <footer className={styles.footer}>
        <p className={styles.live}>
          {state.running && plan && <Spinner size="extra-tiny" aria-hidden />}
          {tCompose(lang, 'status.live')}
        </p>
        <Button appearance="subtle" icon={<ArrowSync20Regular />} onClick={onRecheck}>
          {tCompose(lang, 'button.recheck')}
        </Button>
      </footer>
    </main>
  );
}
