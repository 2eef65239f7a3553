// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Button, Dropdown, Option } from '@fluentui/react-components';
import { MESSAGE_CLASSES } from '../../core/classify/classify';
import type { MessageClass } from '../../core/classify/classify';
import type { Lang } from '../../core/model';
import { displayName } from '../../core/state';
import type { ItemState, StateAction } from '../../core/state';
import { useCaseStyles } from './CasePanel.styles';
import { classLabel } from './caseText';
import { clearButton } from '../shell/fluentWords';
import { tc } from './messages';

export interface ClassSectionProps {
  readonly item: ItemState;
  /** Arkivpost's assessment of the message. */
  readonly suggested: MessageClass;
  readonly lang: Lang;
  readonly disabled: boolean;
  readonly act: (actions: StateAction[]) => void;
}

interface ClassSectionState extends ClassSectionProps {
  readonly styles: ReturnType<typeof useCaseStyles>;
  readonly headingId: string;
  readonly standing: string;
}

function useClassSection(props: ClassSectionProps): ClassSectionState {
  const { item, lang, suggested } = props;
  let standing: string;
  if (!item.class?.confirmed) {
    standing = tc(lang, 'case.class.suggested', { class: classLabel(suggested, lang) });
  } else if (item.updatedBy) {
    standing = tc(lang, 'case.class.confirmed', {
      class: classLabel(item.class.value, lang),
      name: displayName(item.updatedBy),
    });
  } else {
    standing = tc(lang, 'case.class.confirmed.unknown', {
      class: classLabel(item.class.value, lang),
    });
  }
  return { ...props, styles: useCaseStyles(), headingId: React.useId(), standing };
}

function renderClassSection(s: ClassSectionState): React.JSX.Element {
  const { item, lang, suggested, styles, disabled } = s;
  return (
    <section className={styles.group} data-case="class" aria-labelledby={s.headingId}>
      <h3 id={s.headingId} className={styles.subheading}>
        {tc(lang, 'case.class.heading')}
      </h3>
      <p className={styles.value} data-class={item.class?.value ?? ''}>
        {s.standing}
      </p>
      <div className={styles.buttons}>
        {!(item.class?.confirmed && item.class.value === suggested) && (
          <Button
            appearance="primary"
            disabled={disabled}
            onClick={() => s.act([{ type: 'classify', class: suggested, confirmed: true }])}
          >
            {tc(lang, 'case.class.confirm', { class: classLabel(suggested, lang) })}
          </Button>
        )}
        <Dropdown
          clearButton={clearButton(lang)}
          aria-label={tc(lang, 'case.class.override')}
          placeholder={tc(lang, 'case.class.override')}
          disabled={disabled}
          selectedOptions={item.class?.confirmed ? [item.class.value] : []}
          onOptionSelect={(_, d) =>
            d.optionValue &&
            s.act([{ type: 'classify', class: d.optionValue as MessageClass, confirmed: true }])
          }
        >
          {MESSAGE_CLASSES.map((c) => (
            <Option key={c} value={c}>
              {classLabel(c, lang)}
            </Option>
          ))}
        </Dropdown>
      </div>
    </section>
  );
}

/** The message's class: confirm Arkivpost's, or choose another. */
export function ClassSection(props: ClassSectionProps): React.JSX.Element {
  return renderClassSection(useClassSection(props));
}
