// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Spinner } from '@fluentui/react-components';
import { ErrorBoundary } from './ErrorBoundary';
import { tp } from './messages';
import { paneChunk } from './paneChunk';
import type { PaneContext, PaneMode } from './ports';

/**
 * The compose pane (the live check, the findings' cards) and the read pane
 * (the assessment, the case state) are chunks of their own: each mode
 * fetches only its own pane, alongside the bundle.
 */
const composePane = paneChunk(() =>
  import(/* webpackChunkName: "compose" */ '../compose/ComposePane').then((m) => m.ComposePane),
);
const readPane = paneChunk(() =>
  import(/* webpackChunkName: "read" */ '../read/ReadPane').then((m) => m.ReadPane),
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
