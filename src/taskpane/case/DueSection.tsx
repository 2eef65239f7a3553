// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Button } from '@fluentui/react-components';
import type { Lang } from '../../core/model';
import { dueLabel, isOverdue } from '../../core/state';
import type { ItemState, StateAction } from '../../core/state';
import { useCaseStyles } from './CasePanel.styles';
import { DueDateField } from './DueDateField';
import { tc } from './messages';

export interface DueSectionProps {
  readonly item: ItemState;
  /** Arkivpost's suggestion from the date received, when there is one. */
  readonly suggested: string | null;
  /** The day the calendar opens on when there is no date (the day received, `YYYY-MM-DD`), or ''. */
  readonly opensOn: string;
  readonly lang: Lang;
  readonly now: Date;
  readonly timeZone: string;
  readonly disabled: boolean;
  /** Nothing can be changed any more (archived): no hint about saving. */
  readonly readOnly: boolean;
  readonly act: (actions: StateAction[]) => void;
}

interface DueSectionState extends DueSectionProps {
  readonly styles: ReturnType<typeof useCaseStyles>;
  readonly headingId: string;
  /** Not once done or archived (core's rule). */
  readonly overdue: boolean;
  readonly hint: string | undefined;
}

function useDueSection(props: DueSectionProps): DueSectionState {
  const { item, suggested, lang, readOnly } = props;
  let hint: string | undefined;
  if (!readOnly) {
    hint =
      item.due === undefined && suggested !== null
        ? tc(lang, 'case.due.suggested')
        : tc(lang, 'case.due.flag');
  }
  return {
    ...props,
    styles: useCaseStyles(),
    headingId: React.useId(),
    overdue: isOverdue(item, props.now, props.timeZone),
    hint,
  };
}

function renderDueSection(s: DueSectionState): React.JSX.Element {
  const { item, lang, styles, disabled, overdue } = s;
  return (
    <section className={styles.group} data-case="due" aria-labelledby={s.headingId}>
      <h3 id={s.headingId} className={styles.subheading}>
        {tc(lang, 'case.due.heading')}
      </h3>
      <DueDateField
        lang={lang}
        hint={s.hint}
        disabled={disabled}
        value={item.due ?? s.suggested ?? ''}
        saved={item.due ?? ''}
        opensOn={s.opensOn}
        onCommit={(due) => s.act([{ type: 'set-due', due }])}
      />
      {item.due !== undefined && (
        <p
          className={overdue ? styles.overdue : styles.muted}
          data-case-due={item.due}
          data-overdue={overdue}
        >
          {dueLabel(item.due, overdue, lang)}
        </p>
      )}
      {item.due !== undefined && (
        <Button disabled={disabled} onClick={() => s.act([{ type: 'set-due', due: null }])}>
          {tc(lang, 'case.due.clear')}
        </Button>
      )}
    </section>
  );
}

/** "Svarfrist": the date, the Outlook follow-up flag, and whether it has passed. */
export function DueSection(props: DueSectionProps): React.JSX.Element {
  return renderDueSection(useDueSection(props));
}
