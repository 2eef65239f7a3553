// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Lang } from '../core/model';
import { usePaneStyles } from './ComposePane.styles';
import { tp } from './messages';

export interface ReadPaneProps {
  readonly lang: Lang;
  readonly organisation: string;
}

/**
 * The pane for a message being read. The archive view (journal, case, due
 * date) is a later piece of work; until then this says what it will show.
 */
export function ReadPane({ lang, organisation }: ReadPaneProps): React.JSX.Element {
  const styles = usePaneStyles();
  const titleId = React.useId();
  return (
    <main className={styles.root} aria-labelledby={titleId} data-mode="read">
      <header className={styles.header}>
        <h1 id={titleId} className={styles.title}>
          {tp(lang, 'pane.title')}
        </h1>
        <p className={styles.profile}>{tp(lang, 'pane.profile', { name: organisation })}</p>
      </header>
      <section className={styles.section} aria-labelledby={`${titleId}-read`}>
        <h2 id={`${titleId}-read`} className={styles.groupHeading}>
          {tp(lang, 'read.heading')}
        </h2>
        <p className={styles.paragraph}>{tp(lang, 'read.body')}</p>
      </section>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{tp(lang, 'read.compose')}</MessageBarBody>
      </MessageBar>
    </main>
  );
}
