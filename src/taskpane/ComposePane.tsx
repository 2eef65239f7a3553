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
import { Dismiss20Regular } from '@fluentui/react-icons/svg/dismiss';
import type { Decision } from '../core/compose/decide';
import type { Lang, Severity } from '../core/model';
import { tCompose } from './composeMessages';
import type { ComposeKey } from './composeMessages';
import { usePaneStyles } from './ComposePane.styles';
import { FindingCard } from './FindingCard';
import { tp } from './messages';
import type { PaneAction } from './plan';
import type { ComposePaneContext } from './ports';
import { useComposeCheck } from './useComposeCheck';
import type { ComposeCheckState, Notice } from './useComposeCheck';

const DECISION: Record<
  Decision,
  { intent: 'error' | 'warning' | 'success'; title: ComposeKey; body: ComposeKey }
> = {
  block: { intent: 'error', title: 'decision.block.title', body: 'decision.block.body' },
  warn: { intent: 'warning', title: 'decision.warn.title', body: 'decision.warn.body' },
  allow: { intent: 'success', title: 'decision.allow.title', body: 'decision.allow.body' },
};

const GROUP_TITLE: Record<Severity, ComposeKey> = {
  block: 'group.block',
  warn: 'group.warn',
  info: 'group.info',
};

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

function NoticeBar({
  notice,
  lang,
  onDismiss,
  ref,
}: {
  notice: Notice;
  lang: Lang;
  onDismiss: () => void;
  ref?: React.Ref<HTMLDivElement>;
}): React.JSX.Element {
  return (
    // Focusable from script only (tabIndex -1), to take focus after a fix.
    <div ref={ref} tabIndex={-1}>
      <MessageBar
        intent={notice.tone}
        layout="multiline"
        politeness="polite"
        data-notice={notice.key}
      >
        <MessageBarBody>{tCompose(lang, notice.key, notice.params)}</MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={tCompose(lang, 'notice.dismiss')}
              icon={<Dismiss20Regular />}
              onClick={onDismiss}
            />
          }
        />
      </MessageBar>
    </div>
  );
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

  React.useEffect(() => {
    // A fix makes its card, and the button that had focus, go away: put focus
    // on the outcome rather than nowhere. Only when the pane has focus: never
    // take it from the message the user is writing.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (notice && lost && document.hasFocus()) noticeRef.current?.focus();
  }, [plan, notice]);

  let banner: React.JSX.Element;
  if (plan) {
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
          {tCompose(lang, 'status.error.body', { reason: state.error ?? '' })}
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

      {plan && state.error !== null && (
        <MessageBar intent="warning" layout="multiline" data-decision="stale">
          <MessageBarBody>
            {tCompose(lang, 'status.error.body', { reason: state.error })}
          </MessageBarBody>
        </MessageBar>
      )}

      {filing && <section className={styles.section}>{filing}</section>}

      {notice && (
        <NoticeBar
          ref={noticeRef}
          key={`${notice.key}|${JSON.stringify(notice.params)}`}
          notice={notice}
          lang={lang}
          onDismiss={onDismissNotice}
        />
      )}

      {describe !== null &&
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
                {tCompose(lang, 'group.heading', {
                  title: tCompose(lang, GROUP_TITLE[group.severity]),
                  count: group.cards.length,
                })}
              </h2>
              {/* role="list": Safari drops list semantics when list-style is none. */}
              <ul role="list" className={styles.list}>
                {group.cards.map((card) => (
                  <li key={card.key}>
                    <FindingCard
                      card={card}
                      lang={lang}
                      describe={describe}
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

const ComposeFiling = React.lazy(
  () => import(/* webpackChunkName: "filing" */ './filing/ComposeFiling'),
);

/** The compose pane: the live check wired to the message through the port. */
export function ComposePane({ ctx }: { ctx: ComposePaneContext }): React.JSX.Element {
  const { state, perform, recheck, dismissNotice } = useComposeCheck(ctx.compose, ctx.profile);
  const [filing, setFiling] = React.useState(false);
  const archive = ctx.archive;
  const onAction = React.useCallback(
    (cardKey: string, action: PaneAction) => {
      if (action.kind === 'file-before-send') setFiling(true);
      else perform(cardKey, action);
    },
    [perform],
  );
  return (
    <ComposePaneView
      lang={ctx.lang}
      organisation={ctx.profile.name}
      state={state}
      onAction={onAction}
      onRecheck={recheck}
      onDismissNotice={dismissNotice}
      filing={
        filing && archive ? (
          <React.Suspense fallback={<Spinner size="tiny" label={tp(ctx.lang, 'read.loading')} />}>
            <ComposeFiling
              port={ctx.compose}
              profile={ctx.profile}
              lang={ctx.lang}
              connect={archive}
              clock={ctx.clock}
              plan={state.plan}
              onFiled={recheck}
              onClose={() => setFiling(false)}
            />
          </React.Suspense>
        ) : null
      }
    />
  );
}
