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
import { tp } from './messages';
import type { PaneContext, PaneMode, ThemeKind } from './ports';

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

/**
 * A pane as a chunk of its own, fetched once: `load()` starts the fetch
 * (preload.ts calls it from the start of the bundle, `index.tsx` waits for
 * it before the first render), `Lazy` renders it, without suspending once
 * loaded.
 */
function paneChunk<P extends object>(
  fetch: () => Promise<React.ComponentType<P>>,
): {
  load: () => Promise<React.ComponentType<P>>;
  Lazy: React.LazyExoticComponent<React.ComponentType<P>>;
} {
  let loaded: React.ComponentType<P> | null = null;
  let loading: Promise<React.ComponentType<P>> | null = null;
  const load = (): Promise<React.ComponentType<P>> =>
    (loading ??= fetch().then((pane) => (loaded = pane)));
  const Lazy = React.lazy(() => {
    if (!loaded) return load().then((pane) => ({ default: pane }));
    // Already loaded: a thenable that calls back at once, so React renders without suspending.
    const pane = { default: loaded };
    return { then: (ok: (m: typeof pane) => void) => ok(pane) } as unknown as Promise<typeof pane>;
  });
  return { load, Lazy };
}

/**
 * The compose pane (the live check, the findings' cards) and the read pane
 * (the assessment, the case state) are chunks of their own: each mode
 * fetches only its own pane, alongside the bundle.
 */
const composePane = paneChunk(() =>
  import(/* webpackChunkName: "compose" */ './ComposePane').then((m) => m.ComposePane),
);
const readPane = paneChunk(() =>
  import(/* webpackChunkName: "read" */ './ReadPane').then((m) => m.ReadPane),
);

/** Starts fetching the pane for a mode (or returns the fetch already under way). */
export function loadPane(mode: PaneMode): Promise<unknown> {
  return mode === 'compose' ? composePane.load() : readPane.load();
}

/** The pane for the item Outlook opened it on: compose or read. */
export function App({ ctx }: { ctx: PaneContext }): React.JSX.Element {
  return (
    <ErrorBoundary lang={ctx.lang}>
      {ctx.mode === 'compose' ? (
        <React.Suspense fallback={<Spinner size="small" label={tp(ctx.lang, 'status.checking')} />}>
          <composePane.Lazy ctx={ctx} />
        </React.Suspense>
      ) : (
        <React.Suspense fallback={<Spinner size="small" label={tp(ctx.lang, 'read.loading')} />}>
          <readPane.Lazy ctx={ctx} />
        </React.Suspense>
      )}
    </ErrorBoundary>
  );
}
