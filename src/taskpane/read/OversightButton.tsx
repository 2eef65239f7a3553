// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Lang } from '../../core/model';
import type { OversightOpener } from '../shell/ports';
import { tEntry } from './oversightMessages';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'opening' }
  | { readonly kind: 'open' }
  | { readonly kind: 'failed'; readonly code: number }
  | { readonly kind: 'message-failed' };

/** Office's dialog codes the pane explains in words of their own. */
const ALREADY_OPEN = 12007;
const BLOCKED = new Set([12004, 12005, 12009, 12011]);
const CLOSED = 12006;

function failureKey(
  code: number,
): 'read.oversight.already-open' | 'read.oversight.blocked' | 'read.oversight.failed' {
  if (code === ALREADY_OPEN) return 'read.oversight.already-open';
  if (BLOCKED.has(code)) return 'read.oversight.blocked';
  return 'read.oversight.failed';
}

/**
 * "Tilsyn" in a function mailbox's read pane: the oversight page in a large
 * Office dialog. While it opens, another click (a double click) does
 * nothing; Office's refusals (one open already, blocked) are said in the pane.
 */
export default function OversightButton({
  lang,
  mailbox,
  opener,
}: {
  lang: Lang;
  mailbox: string;
  opener: OversightOpener;
}): React.JSX.Element {
  const [state, setState] = React.useState<State>({ kind: 'idle' });
  const busy = React.useRef(false);
  const open = (): void => {
    if (busy.current) return;
    busy.current = true;
    setState({ kind: 'opening' });
    opener
      .open(mailbox, {
        onEnd: (code) => setState(code === CLOSED ? { kind: 'idle' } : { kind: 'failed', code }),
        onOpenFailed: () => setState({ kind: 'message-failed' }),
      })
      .then(
        () => {
          // Open: another click asks Office again, which says it is open (12007).
          busy.current = false;
          setState({ kind: 'open' });
        },
        (e: unknown) => {
          busy.current = false;
          const code = (e as { code?: unknown }).code;
          setState({ kind: 'failed', code: typeof code === 'number' ? code : 0 });
        },
      );
  };
  return (
    <div data-section="oversight">
      <Button onClick={open} disabled={state.kind === 'opening'}>
        {state.kind === 'opening'
          ? tEntry(lang, 'read.oversight.opening')
          : tEntry(lang, 'read.oversight')}
      </Button>
      {state.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline" data-status="oversight-failed">
          <MessageBarBody>
            {tEntry(lang, failureKey(state.code), { code: state.code })}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'message-failed' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{tEntry(lang, 'read.oversight.open-failed')}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
