// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { FilingNote } from '../../app/filing-session';
import type { Lang } from '../../core/model';
import { filingText } from './filingText';
import { useFilingStyles } from './FilingPanel.styles';
import { tf } from './messages';

/** How the filing went: its sentences, and "Prøv igjen" when trying again is safe. */
export function NoteBar({
  note,
  lang,
  timeZone,
  onRetry,
}: {
  note: FilingNote;
  lang: Lang;
  timeZone: string;
  onRetry: () => void;
}): React.JSX.Element {
  const styles = useFilingStyles();
  const lines = note.lines.map((line) => filingText(line, lang, timeZone));
  return (
    <MessageBar intent={note.intent} layout="multiline" data-filing-note={note.intent}>
      <MessageBarBody>
        {note.title && <MessageBarTitle>{filingText(note.title, lang, timeZone)}</MessageBarTitle>}
        {lines.map((line, i) => (
          <p key={`${i}:${line}`} className={styles.value}>
            {line}
          </p>
        ))}
      </MessageBarBody>
      {note.retry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{tf(lang, 'filing.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
