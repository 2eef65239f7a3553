// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import type { Lang } from '../../core/model';
import { usePaneStyles } from '../shell/Pane.styles';
import { tRead } from './readMessages';
import { useReadStyles } from './ReadPane.styles';

/** In place of the case panel when the profile has no app registration to sign in with. */
export function CaseUnconfigured({ lang }: { lang: Lang }): React.JSX.Element {
  const pane = usePaneStyles();
  const styles = useReadStyles();
  return (
    <section className={pane.section} data-section="case" data-case-phase="unconfigured">
      <p className={styles.note}>{tRead(lang, 'read.case.unconfigured')}</p>
    </section>
  );
}
