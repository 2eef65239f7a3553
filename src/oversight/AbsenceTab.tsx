// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { AbsenceReport, OverviewResult } from '../app/oversight';
import type { Person } from '../core/state/types';
import { failureText } from '../taskpane/shell/failure';
import { AbsentMemberCard } from './AbsentMemberCard';
import { tov } from './messages';
import { useOversightStyles } from './Oversight.styles';
import type { OversightPorts } from './ports';
import { useAsync } from './useAsync';

/** R23: mailboxes without an auto-reply, and members away with their open items. */
export function AbsenceTab({
  ports,
  result,
  onChanged,
}: {
  ports: OversightPorts;
  result: OverviewResult;
  /** An item was reassigned: the overview is read again, and with it this report. */
  onChanged: () => void;
}): React.JSX.Element {
  const s = useOversightStyles();
  const { lang } = ports;
  const find = React.useCallback(() => ports.findAbsence(result), [ports, result]);
  const { job, start } = useAsync<AbsenceReport, []>(find);
  React.useEffect(() => {
    void start();
  }, [start]);
  const [done, setDone] = React.useState<string | null>(null);
  const [shown, setShown] = React.useState<AbsenceReport | null>(null);
  React.useEffect(() => {
    if (job.status === 'done') setShown(job.value);
  }, [job]);
  // Which mailbox each item is in (the report's rows do not say).
  const mailboxOf = React.useMemo(() => {
    const m = new Map<string, string>();
    for (const l of result.loads) for (const i of l.items) m.set(i.id, l.address);
    return m;
  }, [result]);

  const reassigned = (subject: string, to: Person): void => {
    setDone(tov(lang, 'ov.abs.reassigned', { subject, name: to.name }));
    onChanged();
  };

  if (shown === null && job.status === 'failed')
    return (
      <MessageBar intent="error" layout="multiline" data-status="failed">
        <MessageBarBody>
          {tov(lang, 'ov.abs.failed', { reason: failureText(job.error, lang) })}
        </MessageBarBody>
      </MessageBar>
    );
  if (shown === null) return <Spinner label={tov(lang, 'ov.abs.loading')} />;
  return (
    <div className={s.section} data-absence="">
      {done !== null && (
        <MessageBar intent="success" layout="multiline" data-status="reassigned">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {shown.failures.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <ul>
              {shown.failures.map((f) => (
                <li key={f.address}>
                  {tov(lang, 'ov.failed.mailbox', {
                    mailbox: f.address,
                    reason: failureText(f.failure, lang, 'mailbox'),
                  })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={s.section}>
        <h2 className={s.subtitle}>{tov(lang, 'ov.abs.auto.heading')}</h2>
        {shown.mailboxesWithoutAutoReply.length === 0 ? (
          <p>{tov(lang, 'ov.abs.auto.none')}</p>
        ) : (
          <ul data-without-auto-reply="">
            {shown.mailboxesWithoutAutoReply.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </section>
      <section className={s.section}>
        <h2 className={s.subtitle}>{tov(lang, 'ov.abs.members.heading')}</h2>
        {shown.absentMembers.length === 0 ? (
          <p>{tov(lang, 'ov.abs.members.none')}</p>
        ) : (
          shown.absentMembers.map((m) => (
            <AbsentMemberCard
              key={m.address}
              ports={ports}
              member={m}
              mailboxOf={mailboxOf}
              onReassigned={reassigned}
            />
          ))
        )}
      </section>
    </div>
  );
}
