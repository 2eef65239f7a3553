// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons/svg/dismiss';
import type { Lang } from '../../core/model';
import { tCompose } from './composeMessages';
import type { Notice } from './useComposeCheck';

export interface NoticeBarProps {
  readonly notice: Notice;
  readonly lang: Lang;
  readonly onDismiss: () => void;
  readonly ref?: React.Ref<HTMLDivElement>;
}

/** How the fix the user asked for went, until dismissed. */
export function NoticeBar({ notice, lang, onDismiss, ref }: NoticeBarProps): React.JSX.Element {
  return (
    // Focusable from script only (tabIndex -1), to take focus after a fix.
    <div ref={ref} tabIndex={-1}>
      <MessageBar
        intent={notice.tone}
        layout="multiline"
        politeness="polite"
        data-notice={notice.key}
      >
        <MessageBarBody>{tCompose(lang, notice.key, notice.params)}</MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={tCompose(lang, 'notice.dismiss')}
              icon={<Dismiss20Regular />}
              onClick={onDismiss}
            />
          }
        />
      </MessageBar>
    </div>
  );
}
