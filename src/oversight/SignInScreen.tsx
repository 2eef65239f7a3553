// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { Lang } from '../core/model';
import { failureText } from '../taskpane/shell/failure';
import { tov } from './messages';
import { useOversightStyles } from './Oversight.styles';

/** The page in a browser tab before anyone has signed in: one button to Entra ID. */
export function SignInScreen({
  lang,
  onSignIn,
  failure,
  configured,
}: {
  lang: Lang;
  onSignIn: () => Promise<void>;
  failure?: unknown;
  configured: boolean;
}): React.JSX.Element {
  const s = useOversightStyles();
  const [going, setGoing] = React.useState(false);
  const [error, setError] = React.useState<unknown>(failure);
  return (
    <main className={s.root}>
      <h1 className={s.title}>{tov(lang, 'ov.signin.heading')}</h1>
      {!configured ? (
        <MessageBar intent="error">
          <MessageBarBody>{tov(lang, 'ov.signin.unconfigured')}</MessageBarBody>
        </MessageBar>
      ) : going ? (
        <Spinner label={tov(lang, 'ov.signin.redirecting')} />
      ) : (
        <div>
          <Button
            appearance="primary"
            onClick={() => {
              setGoing(true);
              onSignIn().catch((e: unknown) => {
                setGoing(false);
                setError(e);
              });
            }}
          >
            {tov(lang, 'ov.signin.button')}
          </Button>
        </div>
      )}
      {error !== undefined && (
        <MessageBar intent="error" layout="multiline" data-status="sign-in-failed">
          <MessageBarBody>
            {tov(lang, 'ov.signin.failed', { reason: failureText(error, lang) })}
          </MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
