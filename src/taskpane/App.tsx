// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  AriaLiveAnnouncer,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { Lang } from '../core/model';
import type { ComposePane as ComposePaneType } from './ComposePane';
import { tp } from './messages';
import type { PaneContext, ThemeKind } from './ports';
import { ReadPane } from './ReadPane';

// All three themes share most tokens: loading dark and high contrast lazily
// saves only 2 KB gzip (18 KB minified), not worth a second request before
// the first paint.
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

type ComposeModule = { readonly ComposePane: typeof ComposePaneType };
let composeLoaded: ComposeModule | null = null;
let composeLoading: Promise<ComposeModule> | null = null;

/**
 * The compose pane (with the findings' texts in every language) is a chunk
 * of its own: the read pane, and the pinned pane with nothing selected, do
 * without it. `index.tsx` starts loading it while Office gets ready.
 */
export function loadComposePane(): Promise<ComposeModule> {
  composeLoading ??= import(/* webpackChunkName: "compose" */ './ComposePane').then(
    (m) => (composeLoaded = m),
  );
  return composeLoading;
}

const ComposePane = React.lazy(() => {
  const loaded = composeLoaded;
  if (!loaded) return loadComposePane().then((m) => ({ default: m.ComposePane }));
  // Already loaded: a thenable that calls back at once, so React renders without suspending.
  const pane = { default: loaded.ComposePane };
  return { then: (ok: (m: typeof pane) => void) => ok(pane) } as unknown as Promise<typeof pane>;
});

/** The pane for the item Outlook opened it on: compose or read. */
export function App({ ctx }: { ctx: PaneContext }): React.JSX.Element {
  return (
    <ErrorBoundary lang={ctx.lang}>
      {ctx.mode === 'compose' ? (
        <React.Suspense fallback={<Spinner size="small" label={tp(ctx.lang, 'status.checking')} />}>
          <ComposePane ctx={ctx} />
        </React.Suspense>
      ) : (
        <ReadPane ctx={ctx} />
      )}
    </ErrorBoundary>
  );
}
