// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  AriaLiveAnnouncer,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { Lang } from '../core/model';
import { ComposePane } from './ComposePane';
import { tp } from './messages';
import type { PaneContext, ThemeKind } from './ports';
import { ReadPane } from './ReadPane';

// All three themes share most tokens: loading dark and high contrast lazily
// saves only ~15 KB, not worth a second request before the first paint.
const THEMES = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
} as const;

/** Fluent's theme and the live-region announcer around any pane content. */
export function Shell({
  theme,
  lang,
  children,
}: {
  theme: ThemeKind;
  lang: Lang;
  children?: React.ReactNode;
}): React.JSX.Element {
  return (
    <FluentProvider theme={THEMES[theme]} lang={lang} style={{ minHeight: '100vh' }}>
      <AriaLiveAnnouncer>{children}</AriaLiveAnnouncer>
    </FluentProvider>
  );
}

interface BoundaryProps {
  readonly lang: Lang;
  readonly children: React.ReactNode;
}

/** A render error shows a sentence the user can act on, not a blank pane. */
class ErrorBoundary extends React.Component<BoundaryProps, { failed: boolean }> {
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

/** The pane for the item Outlook opened it on: compose or read. */
export function App({ ctx }: { ctx: PaneContext }): React.JSX.Element {
  return (
    <ErrorBoundary lang={ctx.lang}>
      {ctx.mode === 'compose' ? <ComposePane ctx={ctx} /> : <ReadPane ctx={ctx} />}
    </ErrorBoundary>
  );
}
