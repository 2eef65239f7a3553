// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
} from '@fluentui/react-components';
import { OverviewRefreshFailed } from '../app/oversight';
import { formatInstantTime } from '../core/calendar/format';
import { failureText } from '../taskpane/shell/failure';
import { AbsenceTab } from './AbsenceTab';
import { LogReviewTab } from './LogReviewTab';
import { tov } from './messages';
import { useOversightStyles } from './Oversight.styles';
import { OverviewTab } from './OverviewTab';
import type { OversightPorts } from './ports';
import { useOverviewSession } from './useOverviewSession';

type TabId = 'overview' | 'log' | 'absence';

/** The oversight page: the overview, the log review and absence, in tabs. */
export function OversightApp({ ports }: { ports: OversightPorts }): React.JSX.Element {
  const s = useOversightStyles();
  const { lang } = ports;
  const [tab, setTab] = React.useState<TabId>('overview');
  const { result: shown, updated, status, error, refresh } = useOverviewSession(ports);
  const time = updated === null ? null : formatInstantTime(updated, lang, ports.profile.timeZone);
  /** Why a read failed, naming the mailbox when it was one mailbox's request. */
  const reason = (e: unknown): string =>
    e instanceof OverviewRefreshFailed
      ? e.mailbox === null
        ? failureText(e.reason, lang)
        : tov(lang, 'ov.failed.mailbox', {
            mailbox: e.mailbox,
            reason: failureText(e.reason, lang),
          })
      : failureText(e, lang);

  let body: React.ReactNode;
  if (ports.mailboxes.length === 0) {
    body = (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{tov(lang, 'ov.no-mailbox')}</MessageBarBody>
      </MessageBar>
    );
  } else if (shown === null && error !== null && status === 'idle') {
    body = (
      <MessageBar intent="error" layout="multiline" data-status="failed">
        <MessageBarBody>{tov(lang, 'ov.failed.all', { reason: reason(error) })}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => void refresh()}>{tov(lang, 'ov.retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  } else if (shown === null) {
    body = <Spinner label={tov(lang, 'ov.loading')} data-status="loading" />;
  } else {
    body = (
      <>
        <TabList
          selectedValue={tab}
          onTabSelect={(_e, d) => setTab(d.value as TabId)}
          aria-label={tov(lang, 'ov.title')}
        >
          <Tab value="overview">{tov(lang, 'ov.tab.overview')}</Tab>
          <Tab value="log">{tov(lang, 'ov.tab.log')}</Tab>
          <Tab value="absence">{tov(lang, 'ov.tab.absence')}</Tab>
        </TabList>
        <div role="tabpanel" aria-label={tov(lang, `ov.tab.${tab}`)}>
          {tab === 'overview' && <OverviewTab ports={ports} result={shown} />}
          {tab === 'log' && <LogReviewTab ports={ports} />}
          {tab === 'absence' && (
            <AbsenceTab ports={ports} result={shown} onChanged={() => void refresh()} />
          )}
        </div>
      </>
    );
  }

  return (
    <main className={s.root} data-status={status}>
      <header className={s.header}>
        <h1 className={s.title}>
          {tov(lang, 'ov.heading', { mailboxes: shortList(ports.mailboxes) })}
        </h1>
        {shown !== null && (
          <div className={s.refresh}>
            {time !== null && (
              <span data-updated={updated?.toISOString()} aria-live="polite">
                {tov(lang, 'ov.updated', { time })}
              </span>
            )}
            <Button onClick={() => void refresh()} disabled={status !== 'idle'}>
              {status !== 'idle' ? tov(lang, 'ov.loading') : tov(lang, 'ov.refresh')}
            </Button>
          </div>
        )}
      </header>
      {shown !== null && error !== null && (
        <MessageBar intent="warning" layout="multiline" data-status="refresh-failed">
          <MessageBarBody>
            {tov(lang, 'ov.refresh.failed', { time: time ?? '', reason: reason(error) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {body}
    </main>
  );
}

/** The first two mailboxes and how many more: a heading, not the list (the filter has them all). */
function shortList(mailboxes: readonly string[]): string {
  const shown = mailboxes.slice(0, 2).join(', ');
  return mailboxes.length > 2 ? `${shown} (+${mailboxes.length - 2})` : shown;
}
