// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  AriaLiveAnnouncer,
  FluentProvider,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { Lang } from '../../core/model';
import type { ThemeKind } from './ports';

// All three themes share most tokens: loading dark and high contrast lazily
// saves only 2 KB gzip (18 KB minified), not worth a second request before
// the first paint.
const THEMES = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
} as const;

export interface ShellProps {
  readonly theme: ThemeKind;
  readonly lang: Lang;
  readonly children?: React.ReactNode;
}

/** Fluent's theme and the live-region announcer around any pane content. */
export function Shell({ theme, lang, children }: ShellProps): React.JSX.Element {
  return (
    <FluentProvider theme={THEMES[theme]} lang={lang} style={{ minHeight: '100vh' }}>
      <AriaLiveAnnouncer>{children}</AriaLiveAnnouncer>
    </FluentProvider>
  );
}
