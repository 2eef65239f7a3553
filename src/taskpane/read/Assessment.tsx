// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { CalendarClock20Regular } from '@fluentui/react-icons/svg/calendar-clock';
import { Delete20Regular } from '@fluentui/react-icons/svg/delete';
import { LockClosed20Regular } from '@fluentui/react-icons/svg/lock-closed';
import type { Lang } from '../../core/model';
import { usePaneStyles } from '../shell/Pane.styles';
import { tRead } from './readMessages';
import { useReadStyles } from './ReadPane.styles';
import type { ReadView } from './readView';

/** How the message is to be handled: its class, why, the due date and disposal. */
export function Assessment({
  view,
  lang,
  headingId,
  settled,
}: {
  view: ReadView;
  lang: Lang;
  headingId: string;
  /** Done or archived, as the case panel read it: the suggested answer-by date is no longer shown. */
  settled: boolean;
}): React.JSX.Element {
  const pane = usePaneStyles();
  const styles = useReadStyles();
  return (
    <section aria-labelledby={headingId} className={pane.section} data-section="class">
      <h2 id={headingId} className={pane.groupHeading}>
        {tRead(lang, 'read.class.heading')}
      </h2>
      <h3 className={styles.classLabel} data-class={view.class}>
        {view.classLabel}
      </h3>
      <ul className={styles.reasons} aria-label={tRead(lang, 'read.reasons')}>
        {view.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {view.due && !settled && (
        <p
          className={mergeClasses(styles.fact, view.due.overdue && styles.overdue)}
          data-due={view.due.date}
          data-overdue={view.due.overdue}
        >
          <CalendarClock20Regular
            aria-hidden
            className={mergeClasses(styles.factIcon, view.due.overdue && styles.overdueIcon)}
          />
          <span>{view.due.label}</span>
        </p>
      )}
      {view.disposal && (
        <p
          className={mergeClasses(
            styles.fact,
            view.disposal.kind === 'must-not-dispose' && styles.mustKeep,
          )}
          data-disposal={view.disposal.kind}
        >
          {view.disposal.kind === 'must-not-dispose' ? (
            <LockClosed20Regular aria-hidden className={styles.factIcon} />
          ) : (
            <Delete20Regular aria-hidden className={styles.factIcon} />
          )}
          <span>{view.disposal.text}</span>
        </p>
      )}
    </section>
  );
}
