// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import type { AbsentMember } from '../app/oversight';
import { tov } from './messages';
import { useOversightStyles } from './Oversight.styles';
import type { OversightPorts } from './ports';
import { ReassignRow } from './ReassignRow';
import type { Person } from '../core/state/types';

/** One member who is away: why, and their open items, each with a reassignment. */
export function AbsentMemberCard({
  ports,
  member,
  mailboxOf,
  onReassigned,
}: {
  ports: OversightPorts;
  member: AbsentMember;
  mailboxOf: ReadonlyMap<string, string>;
  onReassigned: (subject: string, to: Person) => void;
}): React.JSX.Element {
  const s = useOversightStyles();
  const { lang } = ports;
  const id = React.useId();
  return (
    <article className={s.member} aria-labelledby={id} data-member={member.address}>
      <h3 id={id} className={s.subtitle}>
        {member.name} &lt;{member.address}&gt;
      </h3>
      <p className={s.muted}>
        {tov(lang, `ov.abs.reason.${member.reason}`)} · {member.mailboxes.join(', ')}
      </p>
      {member.assignedOpen.length === 0 ? (
        <p>{tov(lang, 'ov.abs.open.none')}</p>
      ) : (
        <>
          <p>{tov(lang, 'ov.abs.open', { count: member.assignedOpen.length })}</p>
          <ul className={s.section}>
            {member.assignedOpen.map((row) => (
              <ReassignRow
                key={row.id}
                ports={ports}
                row={row}
                away={member.address}
                mailbox={mailboxOf.get(row.id) ?? member.mailboxes[0] ?? ''}
                onReassigned={onReassigned}
              />
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
