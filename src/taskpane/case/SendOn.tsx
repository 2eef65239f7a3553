// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  ProgressBar,
  Textarea,
} from '@fluentui/react-components';
import type { CaseSession } from '../../app/case-session';
import { offersSendOn, sendOn, sendOnTargets } from '../../app/send-on';
import type { SendOnOutcome } from '../../app/send-on';
import type { Lang } from '../../core/model';
import type { FunctionMailbox } from '../../core/profile/types';
import { failureText } from '../shell/failure';
import { useCaseStyles } from './CasePanel.styles';
import { clearButton } from '../shell/fluentWords';
import { tc } from './messages';

export interface SendOnProps {
  readonly session: CaseSession;
  readonly lang: Lang;
  /** Another writing action of the case runs. */
  readonly busy: boolean;
}

interface SendOnState extends SendOnProps {
  readonly styles: ReturnType<typeof useCaseStyles>;
  readonly headingId: string;
  readonly offered: boolean;
  readonly targets: readonly FunctionMailbox[];
  readonly to: string;
  readonly setTo: (to: string) => void;
  readonly note: string;
  readonly setNote: (note: string) => void;
  readonly sending: boolean;
  readonly progress: number | undefined;
  readonly outcome: SendOnOutcome | null;
  readonly send: () => void;
}

function useSendOn(props: SendOnProps): SendOnState {
  const { session } = props;
  const targets = React.useMemo(() => sendOnTargets(session.profile), [session]);
  const [to, setTo] = React.useState(targets[0]?.address ?? '');
  const [note, setNote] = React.useState('');
  const [progress, setProgress] = React.useState<number | undefined>(undefined);
  const [outcome, setOutcome] = React.useState<SendOnOutcome | null>(null);
  const sending = session.current.running === 'send-on';
  const send = (): void => {
    if (session.writing) return;
    setOutcome(null);
    setProgress(undefined);
    void sendOn(session, { to, note, onProgress: setProgress }).then(
      (result) => result && setOutcome(result),
    );
  };
  return {
    ...props,
    styles: useCaseStyles(),
    headingId: React.useId(),
    offered: offersSendOn(session),
    targets,
    to,
    setTo,
    note,
    setNote,
    sending,
    progress,
    outcome,
    send,
  };
}

function renderSendOn(s: SendOnState): React.JSX.Element | null {
  if (!s.offered) return null;
  const { lang, styles, outcome, busy } = s;
  const chosen = s.targets.find((m) => m.address === s.to);
  return (
    <section
      className={styles.group}
      aria-labelledby={s.headingId}
      data-case="send-on"
      aria-busy={s.sending}
    >
      <h3 id={s.headingId} className={styles.subheading}>
        {tc(lang, 'case.sendon.heading')}
      </h3>
      <p className={styles.muted}>{tc(lang, 'case.sendon.hint')}</p>
      <Field label={tc(lang, 'case.sendon.to')}>
        <Dropdown
          clearButton={clearButton(lang)}
          disabled={busy}
          value={chosen ? `${chosen.name} <${chosen.address}>` : s.to}
          selectedOptions={[s.to]}
          onOptionSelect={(_, d) => d.optionValue && s.setTo(d.optionValue)}
        >
          {s.targets.map((m) => (
            <Option key={m.address} value={m.address} text={`${m.name} <${m.address}>`}>
              {`${m.name} <${m.address}>`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={tc(lang, 'case.sendon.note')}>
        <Textarea
          disabled={busy}
          value={s.note}
          resize="vertical"
          onChange={(_, d) => s.setNote(d.value)}
        />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} data-case="send-on-button" onClick={s.send}>
          {tc(lang, 'case.sendon.button')}
        </Button>
      </div>
      {s.sending && (
        <Field validationMessage={tc(lang, 'case.sendon.sending')} validationState="none">
          <ProgressBar
            {...(s.progress !== undefined ? { value: s.progress } : {})}
            aria-label={tc(lang, 'case.sendon.heading')}
          />
        </Field>
      )}
      <div aria-live="polite">
        {outcome?.kind === 'sent' && (
          <MessageBar
            intent={outcome.result.kind === 'sent' ? 'success' : 'info'}
            data-send-on={outcome.result.kind}
          >
            <MessageBarBody>{outcome.result.message}</MessageBarBody>
          </MessageBar>
        )}
        {(outcome?.kind === 'failed' || outcome?.kind === 'refused') && (
          <MessageBar intent="error" layout="multiline" data-send-on="failed">
            <MessageBarBody>
              <MessageBarTitle>{tc(lang, 'case.sendon.failed')}</MessageBarTitle>
              {outcome.kind === 'refused' ? outcome.text : failureText(outcome.failure, lang)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}

/** "Send til postmottak": the original, unchanged, to the registry or a function mailbox. */
export function SendOn(props: SendOnProps): React.JSX.Element | null {
  return renderSendOn(useSendOn(props));
}
