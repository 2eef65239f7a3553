// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons/svg/dismiss';
import type { Notice } from './useComposeCheck';

export interface NoticeBarProps {
  readonly notice: Notice;
  /** The notice in the user's language (tCard; the words come with the engine). */
  readonly text: string;
  /** The dismiss button's name. */
  readonly dismiss: string;
  readonly onDismiss: () => void;
  readonly ref?: React.Ref<HTMLDivElement>;
}

/** How the fix the user asked for went, until dismissed. */
export function NoticeBar({
  notice,
  text,
  dismiss,
  onDismiss,
  ref,
}: NoticeBarProps): React.JSX.Element {
  return (
    // Focusable from script only (tabIndex -1), to take focus after a fix.
    <div ref={ref} tabIndex={-1}>
      <MessageBar
        intent={notice.tone}
        layout="multiline"
        politeness="polite"
        data-notice={notice.key}
      >
        <MessageBarBody>{text}</MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={dismiss}
              icon={<Dismiss20Regular />}
              onClick={onDismiss}
            />
          }
        />
      </MessageBar>
    </div>
  );
}
