// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Spinner } from '@fluentui/react-components';
import type { PaneAction } from '../../app/compose-plan';
import { tp } from '../shell/messages';
import type { ComposePaneContext } from '../shell/ports';
import { ComposePaneView } from './ComposePaneView';
import { loadResults, results } from './loadResults';
import { useComposeCheck } from './useComposeCheck';

const ComposeFiling = React.lazy(
  () => import(/* webpackChunkName: "filing" */ '../filing/ComposeFiling'),
);

/** The compose pane: the live check wired to the message through the port. */
export function ComposePane({ ctx }: { ctx: ComposePaneContext }): React.JSX.Element {
  const { state, perform, recheck, dismissNotice } = useComposeCheck({
    port: ctx.compose,
    profile: ctx.profile,
    clock: ctx.clock,
  });
  const [filing, setFiling] = React.useState(false);
  // The cards' view, fetched with the engine (the same chunk): asked for at
  // once, and again with each new state while a fetch has failed.
  const [, setResultsHere] = React.useState(results() !== null);
  React.useEffect(() => {
    if (results() !== null) return;
    let live = true;
    loadResults().then(
      () => live && setResultsHere(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [state]);
  const archive = ctx.archive;
  const onAction = React.useCallback(
    (cardKey: string, action: PaneAction) => {
      if (action.kind === 'file-before-send') setFiling(true);
      else perform(cardKey, action);
    },
    [perform],
  );
  return (
    <ComposePaneView
      lang={ctx.lang}
      organisation={ctx.profile.name}
      state={state}
      onAction={onAction}
      onRecheck={recheck}
      onDismissNotice={dismissNotice}
      filing={
        filing && archive ? (
          <React.Suspense fallback={<Spinner size="tiny" label={tp(ctx.lang, 'read.loading')} />}>
            <ComposeFiling
              port={ctx.compose}
              profile={ctx.profile}
              lang={ctx.lang}
              connect={archive}
              clock={ctx.clock}
              plan={state.plan}
              onFiled={recheck}
              onClose={() => setFiling(false)}
            />
          </React.Suspense>
        ) : null
      }
    />
  );
}
