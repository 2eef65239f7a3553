// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { OverviewResult } from '../app/oversight';
import { failureText } from '../taskpane/shell/failure';
import { CountCards } from './CountCards';
import { DailyChart } from './DailyChart';
import { tov } from './messages';
import { useOversightStyles } from './Oversight.styles';
import type { OversightPorts } from './ports';
import { RowFilters } from './RowFilters';
import { RowsGrid } from './RowsGrid';
import { countsOf, filterRows } from './rows';
import type { ListName, RowFilter } from './rows';
import { WorkloadTable } from './WorkloadTable';

/** Counts, the lists with their filters, the workload and the 30-day chart. */
export function OverviewTab({
  ports,
  result,
}: {
  ports: OversightPorts;
  result: OverviewResult;
}): React.JSX.Element {
  const s = useOversightStyles();
  const { lang } = ports;
  const [filter, setFilter] = React.useState<RowFilter>({
    mailbox: '',
    list: 'overdue',
    assignee: '',
    text: '',
  });
  const mailboxes = result.overview.mailboxes;
  const counts = countsOf(mailboxes, filter.mailbox);
  const rows = React.useMemo(() => filterRows(mailboxes, filter), [mailboxes, filter]);
  const failed = result.loads.filter((l) => l.failure !== undefined);
  const workload = mailboxes
    .filter((m) => filter.mailbox === '' || m.counts.address === filter.mailbox)
    .flatMap((m) => m.workload);
  return (
    <div className={s.section}>
      {failed.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-status="partial">
          <MessageBarBody>
            <MessageBarTitle>{tov(lang, 'ov.failed.partial')}</MessageBarTitle>
            <ul>
              {failed.map((l) => (
                <li key={l.address} data-failed-mailbox={l.address}>
                  {tov(lang, 'ov.failed.mailbox', {
                    mailbox: l.address,
                    reason: failureText(l.failure, lang, 'mailbox'),
                  })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <CountCards
        lang={lang}
        counts={counts}
        selected={filter.list}
        onSelect={(list: ListName) => setFilter({ ...filter, list })}
      />
      <RowFilters lang={lang} overview={mailboxes} filter={filter} onChange={setFilter} />
      <RowsGrid ports={ports} rows={rows} list={filter.list} />
      <div className={s.columns}>
        <WorkloadTable lang={lang} workload={workload} />
        <DailyChart lang={lang} days={result.chart} />
      </div>
    </div>
  );
}
