// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Radio, RadioGroup } from '@fluentui/react-components';
import type { Lang } from '../../core/model';
import { canMove, statusLabel } from '../../core/state';
import type { ItemState, StateAction, Status } from '../../core/state';
import { useCaseStyles } from './CasePanel.styles';
import { tc } from './messages';

/** The statuses a person sets; "sent to the registrar" and "archived" come from actions. */
const PERSON_STATUSES: readonly Status[] = ['new', 'in-progress', 'done'];

export interface StatusGroupProps {
  readonly item: ItemState;
  readonly lang: Lang;
  readonly disabled: boolean;
  readonly act: (actions: StateAction[]) => void;
}

function useStatusGroup(props: StatusGroupProps): StatusGroupProps & {
  readonly styles: ReturnType<typeof useCaseStyles>;
} {
  return { ...props, styles: useCaseStyles() };
}

function renderStatusGroup(s: ReturnType<typeof useStatusGroup>): React.JSX.Element {
  const { item, lang } = s;
  return (
    <div className={s.styles.group} data-case="status">
      <RadioGroup
        layout="horizontal"
        aria-label={tc(lang, 'case.status.heading')}
        value={item.status}
        disabled={s.disabled}
        onChange={(_, data) => s.act([{ type: 'set-status', status: data.value as Status }])}
      >
        {PERSON_STATUSES.map((status) => (
          <Radio
            key={status}
            value={status}
            label={statusLabel(status, lang)}
            disabled={status !== item.status && !canMove(item.status, status)}
          />
        ))}
      </RadioGroup>
    </div>
  );
}

/** Ny, Under behandling, Ferdig: only the moves the state allows. */
export function StatusGroup(props: StatusGroupProps): React.JSX.Element {
  return renderStatusGroup(useStatusGroup(props));
}
