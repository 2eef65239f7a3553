// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { ErrorCircle20Filled } from '@fluentui/react-icons/svg/error-circle';
import { Warning20Filled } from '@fluentui/react-icons/svg/warning';
import type { Lang } from '../../core/model';
import { tRead } from './readMessages';
import { useReadStyles } from './ReadPane.styles';
import type { ReadWarning } from './readView';

/** One warning about a received message: what was found and what to do. */
export function WarningCard({
  warning,
  lang,
}: {
  warning: ReadWarning;
  lang: Lang;
}): React.JSX.Element {
  const styles = useReadStyles();
  const titleId = React.useId();
  const threat = warning.kind === 'threat';
  const Icon = threat ? ErrorCircle20Filled : Warning20Filled;
  return (
    <article
      aria-labelledby={titleId}
      data-warning={warning.kind}
      className={mergeClasses(styles.warning, threat ? styles.threat : styles.caution)}
    >
      <Icon
        aria-hidden
        className={mergeClasses(
          styles.warningIcon,
          threat ? styles.threatIcon : styles.cautionIcon,
        )}
      />
      <div className={styles.warningBody}>
        <h3 id={titleId} className={styles.warningTitle}>
          {warning.title}
        </h3>
        {warning.advice.map((a) => (
          <p key={a} className={styles.advice}>
            {a}
          </p>
        ))}
        <ul className={styles.details} aria-label={tRead(lang, 'read.warning.found')}>
          {warning.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </div>
    </article>
  );
}
