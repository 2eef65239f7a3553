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
import type { Lang } from '../../core/model';
import type { FunctionMailbox, Profile } from '../../core/profile/types';
import type { SentOriginal } from '../../services/forward';
import { useCaseStyles } from './CasePanel.styles';
import { clearButton } from '../shell/fluentWords';
import { tc } from './messages';
import { failureText } from '../shell/failure';
import type { CaseSession } from './useCase';

/**
 * Where official mail in a personal mailbox can go (R3): the registry
 * mailbox first, then the organisation's other function mailboxes.
 */
export function sendOnTargets(profile: Pick<Profile, 'mailboxes'>): FunctionMailbox[] {
  const official = profile.mailboxes.filter((m) => m.kind === 'function');
  return [...official.filter((m) => m.registry === true), ...official.filter((m) => !m.registry)];
}

/** True when the message is in someone's own mailbox, not a function mailbox of the profile. */
export function inPersonalMailbox(
  address: { readonly mailbox: string; readonly shared: boolean },
  profile: Pick<Profile, 'mailboxes'>,
): boolean {
  const mailbox = address.mailbox.toLowerCase();
  return !address.shared && !profile.mailboxes.some((m) => m.address.toLowerCase() === mailbox);
}

type Outcome =
  | { readonly kind: 'sent'; readonly result: SentOriginal }
  | { readonly kind: 'failed'; readonly reason: string };

/** "Send til postmottak": the original, unchanged, to the registry or a function mailbox. */
export function SendOn({
  session,
  profile,
  lang,
}: {
  session: CaseSession;
  profile: Profile;
  lang: Lang;
}): React.JSX.Element | null {
  const styles = useCaseStyles();
  const headingId = React.useId();
  const targets = React.useMemo(() => sendOnTargets(profile), [profile]);
  const [to, setTo] = React.useState(targets[0]?.address ?? '');
  const [note, setNote] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [progress, setProgress] = React.useState<number | undefined>(undefined);
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);
  const item = session.address;
  const by = session.actor();
  if (!item || !by || targets.length === 0 || !inPersonalMailbox(item, profile)) return null;

  const send = async (): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    setProgress(undefined);
    try {
      const { sendOriginalOn, ForwardRefused } = await import(
        /* webpackChunkName: "filing" */ '../../services/forward'
      );
      try {
        const result = await sendOriginalOn({
          graph: session.graph,
          item,
          to,
          lang,
          by: { name: by.name ?? by.address, address: by.address },
          ...(note.trim() ? { note } : {}),
          timeZone: profile.timeZone,
          onProgress: (bytes, total) => setProgress(total > 0 ? bytes / total : undefined),
        });
        setOutcome({ kind: 'sent', result });
        // Sent to the registrar: the message is with them now, not archived (R26).
        const target = targets.find((m) => m.address === to);
        if (target?.registry === true && result.at !== '') {
          await session.act([{ type: 'send-to-registrar', to, at: result.at }], {
            subject: '',
            mailboxName: '',
          });
        }
      } catch (e) {
        setOutcome({
          kind: 'failed',
          reason: e instanceof ForwardRefused ? e.describe(lang) : failureText(e, lang),
        });
      }
    } catch (e) {
      setOutcome({ kind: 'failed', reason: failureText(e, lang) });
    } finally {
      setBusy(false);
    }
  };

  const chosen = targets.find((m) => m.address === to);
  return (
    <section
      className={styles.group}
      aria-labelledby={headingId}
      data-case="send-on"
      aria-busy={busy}
    >
      <h3 id={headingId} className={styles.subheading}>
        {tc(lang, 'case.sendon.heading')}
      </h3>
      <p className={styles.muted}>{tc(lang, 'case.sendon.hint')}</p>
      <Field label={tc(lang, 'case.sendon.to')}>
        <Dropdown
          clearButton={clearButton(lang)}
          disabled={busy}
          value={chosen ? `${chosen.name} <${chosen.address}>` : to}
          selectedOptions={[to]}
          onOptionSelect={(_, d) => d.optionValue && setTo(d.optionValue)}
        >
          {targets.map((m) => (
            <Option key={m.address} value={m.address} text={`${m.name} <${m.address}>`}>
              {`${m.name} <${m.address}>`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={tc(lang, 'case.sendon.note')}>
        <Textarea
          disabled={busy}
          value={note}
          resize="vertical"
          onChange={(_, d) => setNote(d.value)}
        />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void send()}>
          {tc(lang, 'case.sendon.button')}
        </Button>
      </div>
      {busy && (
        <Field validationMessage={tc(lang, 'case.sendon.sending')} validationState="none">
          <ProgressBar
            {...(progress !== undefined ? { value: progress } : {})}
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
        {outcome?.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline" data-send-on="failed">
            <MessageBarBody>
              <MessageBarTitle>{tc(lang, 'case.sendon.failed')}</MessageBarTitle>
              {outcome.reason}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
