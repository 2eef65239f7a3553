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
import type { OverviewResult } from '../app/oversight';
import { failureText } from '../taskpane/shell/failure';
import { AbsenceTab } from './AbsenceTab';
import { LogReviewTab } from './LogReviewTab';
import { tov } from './messages';
import { useOversightStyles } from './Oversight.styles';
import { OverviewTab } from './OverviewTab';
import type { OversightPorts } from './ports';
import { useAsync } from './useAsync';

type TabId = 'overview' | 'log' | 'absence';

/** The oversight page: the overview, the log review and absence, in tabs. */
export function OversightApp({ ports }: { ports: OversightPorts }): React.JSX.Element {
  const s = useOversightStyles();
  const { lang } = ports;
  const [tab, setTab] = React.useState<TabId>('overview');
  const load = React.useCallback(() => ports.loadOverview(), [ports]);
  const { job, start } = useAsync<OverviewResult, []>(load);
  React.useEffect(() => {
    if (ports.mailboxes.length > 0) void start();
  }, [ports, start]);
  const [shown, setShown] = React.useState<OverviewResult | null>(null);
  React.useEffect(() => {
    if (job.status === 'done') setShown(job.value);
  }, [job]);

  let body: React.ReactNode;
  if (ports.mailboxes.length === 0) {
    body = (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{tov(lang, 'ov.no-mailbox')}</MessageBarBody>
      </MessageBar>
    );
  } else if (shown === null && job.status === 'failed') {
    body = (
      <MessageBar intent="error" layout="multiline" data-status="failed">
        <MessageBarBody>
          {tov(lang, 'ov.failed.all', { reason: failureText(job.error, lang) })}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => void start()}>{tov(lang, 'ov.retry')}</Button>
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
            <AbsenceTab ports={ports} result={shown} onChanged={() => void start()} />
          )}
        </div>
      </>
    );
  }

  return (
    <main className={s.root} data-status={job.status}>
      <header className={s.header}>
        <h1 className={s.title}>
          {tov(lang, 'ov.heading', { mailboxes: ports.mailboxes.join(', ') })}
        </h1>
        {shown !== null && (
          <Button onClick={() => void start()} disabled={job.status === 'running'}>
            {job.status === 'running' ? tov(lang, 'ov.loading') : tov(lang, 'ov.refresh')}
          </Button>
        )}
      </header>
      {shown !== null && job.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {tov(lang, 'ov.failed.all', { reason: failureText(job.error, lang) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {body}
    </main>
  );
}
