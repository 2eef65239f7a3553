// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Button, Checkbox } from '@fluentui/react-components';
import { sameAddress } from '../../app/case-rules';
import type { CaseSession, NoticeFacts } from '../../app/case-session';
import type { Lang } from '../../core/model';
import { displayName } from '../../core/state';
import type { ItemState, Person, StateAction } from '../../core/state';
import { AssigneePicker } from './AssigneePicker';
import { useCaseStyles } from './CasePanel.styles';
import { tc } from './messages';

export interface AssigneeSectionProps {
  readonly session: CaseSession;
  readonly item: ItemState;
  readonly lang: Lang;
  readonly disabled: boolean;
  readonly facts: NoticeFacts;
  /** One change; `notify` names the one to tell when the notify option is on. */
  readonly act: (actions: StateAction[], notify?: Person) => void;
}

interface AssigneeSectionState extends AssigneeSectionProps {
  readonly styles: ReturnType<typeof useCaseStyles>;
  readonly headingId: string;
  readonly notify: boolean;
  readonly setNotify: (on: boolean) => void;
  readonly me: Person | null;
  /** Someone else is assigned: "Varsle" can be offered. */
  readonly other: Person | null;
}

function useAssigneeSection(props: AssigneeSectionProps): AssigneeSectionState {
  const [notify, setNotify] = React.useState(true);
  const me = props.session.actor();
  const assignee = props.item.assignee;
  return {
    ...props,
    styles: useCaseStyles(),
    headingId: React.useId(),
    notify,
    setNotify,
    me,
    other: assignee && !sameAddress(assignee, me) ? assignee : null,
  };
}

function renderAssigneeSection(s: AssigneeSectionState): React.JSX.Element {
  const { lang, item, disabled, styles, session, me, other } = s;
  return (
    <section className={styles.group} data-case="assignee" aria-labelledby={s.headingId}>
      <h3 id={s.headingId} className={styles.subheading}>
        {tc(lang, 'case.assignee.heading')}
      </h3>
      <p className={styles.value} data-assignee={item.assignee?.address ?? ''}>
        {item.assignee ? displayName(item.assignee) : tc(lang, 'case.assignee.none')}
      </p>
      <AssigneePicker
        lang={lang}
        session={session}
        mailbox={session.address?.mailbox ?? null}
        disabled={disabled}
        onAssign={(p) => s.act([{ type: 'assign', assignee: p }], s.notify ? p : undefined)}
      />
      <Checkbox
        checked={s.notify}
        disabled={disabled}
        onChange={(_, d) => s.setNotify(d.checked === true)}
        label={tc(lang, 'case.notify.option')}
      />
      <div className={styles.buttons}>
        {me && !sameAddress(item.assignee, me) && (
          <Button disabled={disabled} onClick={() => s.act([{ type: 'assign', assignee: me }])}>
            {tc(lang, 'case.assignee.me')}
          </Button>
        )}
        {other && (
          <Button
            disabled={disabled || !session.mayNotify()}
            data-case="notify"
            onClick={() => void session.notifyAgain(s.facts)}
          >
            {tc(lang, 'case.notify.again', { name: displayName(other) })}
          </Button>
        )}
        {item.assignee && (
          <Button disabled={disabled} onClick={() => s.act([{ type: 'unassign' }])}>
            {tc(lang, 'case.assignee.remove')}
          </Button>
        )}
      </div>
    </section>
  );
}

/** Who handles the message: the assignee, "Tildel til", "Tildel meg", "Varsle". */
export function AssigneeSection(props: AssigneeSectionProps): React.JSX.Element {
  return renderAssigneeSection(useAssigneeSection(props));
}
