// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Button, Dropdown, MessageBar, MessageBarBody, Option } from '@fluentui/react-components';
import { formatInstant } from '../core/calendar/format';
import type { OverviewRow } from '../core/oversight';
import type { ItemState, Person } from '../core/state/types';
import { failureText } from '../taskpane/shell/failure';
import { clearButton } from '../taskpane/shell/fluentWords';
import { tov } from './messages';
import { useOversightStyles } from './Oversight.styles';
import type { OversightPorts } from './ports';
import { useAsync } from './useAsync';

/**
 * An open item of a member who is away, with "assign to" among the other
 * members of its mailbox. One click assigns; a second click while it runs,
 * or after it is done, does nothing.
 */
export function ReassignRow({
  ports,
  row,
  away,
  mailbox,
  onReassigned,
}: {
  ports: OversightPorts;
  row: OverviewRow;
  away: string;
  mailbox: string;
  onReassigned: (subject: string, to: Person) => void;
}): React.JSX.Element {
  const s = useOversightStyles();
  const { lang, profile } = ports;
  const labelId = React.useId();
  const loadMembers = React.useCallback(() => ports.members(mailbox), [ports, mailbox]);
  const members = useAsync<Person[], []>(loadMembers);
  const startMembers = members.start;
  React.useEffect(() => {
    void startMembers();
  }, [startMembers]);
  const others =
    members.job.status === 'done'
      ? members.job.value.filter((p) => p.address.toLowerCase() !== away.toLowerCase())
      : [];
  const [to, setTo] = React.useState<Person | null>(null);
  const target = to ?? others[0] ?? null;
  const assign = React.useCallback(
    (person: Person) => ports.reassign({ mailbox, itemId: row.id, to: person }),
    [ports, mailbox, row.id],
  );
  const job = useAsync<ItemState, [Person]>(assign);
  const finished = job.job.status === 'done';
  return (
    <li data-item={row.id}>
      <span id={labelId}>
        {row.subject || '—'} · {formatInstant(row.received, lang, profile.timeZone) ?? ''}
      </span>
      <div className={s.actions}>
        <Dropdown
          aria-label={tov(lang, 'ov.abs.to')}
          clearButton={clearButton(lang)}
          disabled={others.length === 0 || finished}
          value={target?.name ?? ''}
          selectedOptions={target ? [target.address] : []}
          onOptionSelect={(_e, d) => setTo(others.find((p) => p.address === d.optionValue) ?? null)}
        >
          {others.map((p) => (
            <Option key={p.address} value={p.address}>
              {p.name}
            </Option>
          ))}
        </Dropdown>
        <Button
          aria-describedby={labelId}
          disabled={target === null || finished || job.job.status === 'running'}
          onClick={() => {
            if (target === null || finished) return;
            void job.start(target).then((state) => {
              if (state) onReassigned(row.subject, target);
            });
          }}
        >
          {job.job.status === 'running'
            ? tov(lang, 'ov.abs.reassigning')
            : tov(lang, 'ov.abs.reassign')}
        </Button>
      </div>
      {members.job.status === 'done' && others.length === 0 && (
        <p>{tov(lang, 'ov.abs.no-members')}</p>
      )}
      {job.job.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {tov(lang, 'ov.abs.reassign.failed', { reason: failureText(job.job.error, lang) })}
          </MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}
