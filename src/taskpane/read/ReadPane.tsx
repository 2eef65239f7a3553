// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Spinner } from '@fluentui/react-components';
import type { Status } from '../../core/state/types';
import { tp } from '../shell/messages';
import type { ReadPaneContext } from '../shell/ports';
import { CaseUnconfigured } from './CaseUnconfigured';
import { ReadPaneView } from './ReadPaneView';
import type { ReadView } from './readView';
import { useReadCheck } from './useReadCheck';
import type { ReadCheckState } from './useReadCheck';

const CasePanel = React.lazy(() => import(/* webpackChunkName: "case" */ '../case/CasePanel'));
/** Tilsyn: after the first screen, in a small chunk of its own. */
const OversightButton = React.lazy(
  () => import(/* webpackChunkName: "oversight-entry" */ './OversightButton'),
);

/** The read pane: the message behind the port, classified, with its shared case state. */
export function ReadPane({ ctx }: { ctx: ReadPaneContext }): React.JSX.Element {
  const { state, retry } = useReadCheck(ctx.read, ctx.profile, ctx.lang, { clock: ctx.clock });
  const port = ctx.read;
  const deps = ctx.case;
  const [status, setStatus] = React.useState<Status | null>(null);
  // Tilsyn: for a message in one of the profile's function mailboxes.
  const [functionMailbox, setFunctionMailbox] = React.useState<string | null>(null);
  const opener = ctx.oversight;
  React.useEffect(() => {
    setFunctionMailbox(null);
    if (!port || !opener) return undefined;
    let live = true;
    port.address().then(
      (a) => {
        const box = a
          ? ctx.profile.mailboxes.find(
              (m) => m.kind === 'function' && m.address.toLowerCase() === a.mailbox.toLowerCase(),
            )
          : undefined;
        if (live) setFunctionMailbox(box?.address ?? null);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port, opener, ctx.profile]);
  const casePanel = (view: ReadView, s: ReadCheckState): React.ReactNode => {
    if (port === null) return null;
    if (deps === null) return <CaseUnconfigured lang={ctx.lang} />;
    return (
      <React.Suspense fallback={<Spinner size="tiny" label={tp(ctx.lang, 'read.loading')} />}>
        <CasePanel
          deps={deps}
          port={port}
          profile={ctx.profile}
          lang={ctx.lang}
          view={view}
          facts={s.facts ?? { subject: '' }}
          onStatus={setStatus}
        />
      </React.Suspense>
    );
  };
  return (
    <ReadPaneView
      lang={ctx.lang}
      organisation={ctx.profile.name}
      state={state}
      onRetry={retry}
      casePanel={casePanel}
      settled={status === 'done' || status === 'archived'}
      oversight={
        functionMailbox && opener ? (
          <React.Suspense fallback={null}>
            <OversightButton lang={ctx.lang} mailbox={functionMailbox} opener={opener} />
          </React.Suspense>
        ) : null
      }
    />
  );
}
