// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import { Archive20Regular } from '@fluentui/react-icons/svg/archive';
import { Delete20Regular } from '@fluentui/react-icons/svg/delete';
import { Eraser20Regular } from '@fluentui/react-icons/svg/eraser';
import { ErrorCircle20Filled } from '@fluentui/react-icons/svg/error-circle';
import { Info20Regular } from '@fluentui/react-icons/svg/info';
import { Lightbulb20Regular } from '@fluentui/react-icons/svg/lightbulb';
import { LockClosed20Regular } from '@fluentui/react-icons/svg/lock-closed';
import { Warning20Filled } from '@fluentui/react-icons/svg/warning';
import type { CardText } from './cardText';
import { useCardStyles } from './FindingCard.styles';
import type { Card, PaneAction } from '../../app/compose-plan';
import { actionId } from '../../app/compose-plan';

export interface FindingCardProps {
  readonly card: Card;
  /** The card's words (cardText; they come with the engine). */
  readonly text: CardText;
  /** The action in progress anywhere in the pane: all buttons wait for it. */
  readonly busy: string | null;
  readonly onAction: (cardKey: string, action: PaneAction) => void;
}

const ACTION_ICONS = {
  'remove-from-subject': <Eraser20Regular />,
  'add-subject-tag': <LockClosed20Regular />,
  'remove-attachment': <Delete20Regular />,
  'file-before-send': <Archive20Regular />,
} as const;

/** One problem, what it means and what to do about it. */
export function FindingCard({ card, text, busy, onAction }: FindingCardProps): React.JSX.Element {
  const styles = useCardStyles();
  const titleId = React.useId();
  const quiet = card.severity === 'info';
  const icon =
    card.severity === 'block' ? (
      <ErrorCircle20Filled aria-hidden className={mergeClasses(styles.icon, styles.iconBlock)} />
    ) : card.severity === 'warn' ? (
      <Warning20Filled aria-hidden className={mergeClasses(styles.icon, styles.iconWarn)} />
    ) : card.kind === 'hint' ? (
      <Lightbulb20Regular aria-hidden className={mergeClasses(styles.icon, styles.iconHint)} />
    ) : (
      <Info20Regular aria-hidden className={mergeClasses(styles.icon, styles.iconHint)} />
    );

  return (
    <article
      aria-labelledby={titleId}
      data-card={card.key}
      data-severity={card.severity}
      className={mergeClasses(
        styles.card,
        card.severity === 'block' && styles.block,
        card.severity === 'warn' && styles.warn,
        quiet && styles.hint,
      )}
    >
      {icon}
      <div className={styles.body}>
        <h3 id={titleId} className={styles.title}>
          {text.title}
        </h3>
        {text.sentences.map((s) => (
          <p key={s} className={quiet ? styles.secondary : styles.sentence}>
            {s}
          </p>
        ))}
        {text.occurrences !== null && <p className={styles.secondary}>{text.occurrences}</p>}
        {text.same !== null && (
          <p className={styles.secondary} data-same>
            {text.same}
          </p>
        )}
        {text.advice !== null && <p className={styles.advice}>{text.advice}</p>}
      </div>
      {text.actions.length > 0 && (
        <div role="group" aria-label={text.actionsName} className={styles.actions}>
          {text.actions.map(({ action, label }) => {
            const id = actionId(card.key, action);
            return (
              <Button
                key={id}
                data-action={action.kind}
                appearance={card.severity === 'block' ? 'primary' : 'secondary'}
                icon={ACTION_ICONS[action.kind]}
                className={styles.button}
                // Focusable while waiting, so keyboard focus is not lost mid-action.
                disabledFocusable={busy !== null}
                onClick={() => onAction(card.key, action)}
              >
                {label}
              </Button>
            );
          })}
        </div>
      )}
    </article>
  );
}
