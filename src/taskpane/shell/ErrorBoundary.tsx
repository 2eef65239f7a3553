// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Lang } from '../../core/model';
import { tp } from './messages';

export interface ErrorBoundaryProps {
  readonly lang: Lang;
  readonly children: React.ReactNode;
}

/** A render error shows a sentence the user can act on, not a blank pane. */
export class ErrorBoundary extends React.Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): React.ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{tp(this.props.lang, 'error.unexpected')}</MessageBarBody>
      </MessageBar>
    );
  }
}
