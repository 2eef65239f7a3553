// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import type { CaseSession } from '../../app/case-session';
import { readForward, register } from '../../app/registrar';
import type { Lang } from '../../core/model';
import type { ItemState } from '../../core/state';
import type { RegistryForwardItem } from '../../services/registrar';
import { failureText } from '../shell/failure';
import { useCaseStyles } from './CasePanel.styles';
import { registrationText } from './caseText';
import type { RegistrarNote } from './caseText';
import { tc } from './messages';

export interface RegistrarProps {
  readonly session: CaseSession;
  readonly lang: Lang;
  /** Another writing action of the case runs. */
  readonly busy: boolean;
}

interface RegistrarState extends RegistrarProps {
  readonly styles: ReturnType<typeof useCaseStyles>;
  readonly headingId: string;
  readonly forward: RegistryForwardItem | null;
  readonly state: ItemState | null;
  readonly registered: boolean;
  readonly reference: string;
  readonly setReference: (r: string) => void;
  readonly problem: string | null;
  readonly note: RegistrarNote | null;
  readonly saving: boolean;
  readonly submit: () => void;
}

function useRegistrar(props: RegistrarProps): RegistrarState {
  const { session, lang } = props;
  const [forward, setForward] = React.useState<RegistryForwardItem | null>(null);
  const [reference, setReference] = React.useState('');
  const [problem, setProblem] = React.useState<string | null>(null);
  const [note, setNote] = React.useState<RegistrarNote | null>(null);

  React.useEffect(() => {
    let live = true;
    readForward(session).then(
      (f) => {
        if (!live) return;
        setForward(f);
        if (f?.snapshot.state.originalUnmarked && f.snapshot.state.archiveRef)
          setReference(f.snapshot.state.archiveRef);
      },
      () => undefined, // Not readable now: the case panel says so on its own read.
    );
    return () => {
      live = false;
    };
  }, [session]);

  const submit = (): void => {
    if (session.writing) return;
    setNote(null);
    setProblem(null);
    void register(session, reference).then((outcome) => {
      if (outcome === null) return;
      const failed = tc(lang, 'case.registrar.failed');
      switch (outcome.kind) {
        case 'invalid':
          setProblem(outcome.text);
          return;
        case 'recorded':
          setNote(registrationText(outcome.result, lang));
          return;
        case 'refused':
          setNote({ intent: 'error', title: failed, text: outcome.text });
          return;
        case 'failed':
          setNote({ intent: 'error', title: failed, text: failureText(outcome.failure, lang) });
      }
    });
  };

  const state = forward ? (session.current.snapshot?.state ?? forward.snapshot.state) : null;
  return {
    ...props,
    styles: useCaseStyles(),
    headingId: React.useId(),
    forward,
    state,
    registered: state?.status === 'archived' && state.archiveRef !== undefined,
    reference,
    setReference,
    problem,
    note,
    saving: session.current.running === 'registrar',
    submit,
  };
}

function renderRegistrar(s: RegistrarState): React.JSX.Element | null {
  const { lang, styles, forward, state, registered, note, busy } = s;
  if (forward === null || state === null) return null;
  // Registered, and the original marked: nothing left to do here.
  if (registered && !state.originalUnmarked && note === null) return null;
  const mailbox = forward.origin.mailbox;
  return (
    <section
      className={styles.group}
      aria-labelledby={s.headingId}
      data-case="registrar"
      aria-busy={s.saving}
    >
      <h3 id={s.headingId} className={styles.subheading}>
        {tc(lang, 'case.registrar.heading')}
      </h3>
      {!registered && (
        <p className={styles.muted}>
          {mailbox !== undefined
            ? tc(lang, 'case.registrar.hint', { mailbox })
            : tc(lang, 'case.registrar.hint.unknown')}
        </p>
      )}
      {(!registered || state.originalUnmarked) && (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            s.submit();
          }}
        >
          <Field
            label={tc(lang, 'case.registrar.label')}
            validationState={s.problem ? 'error' : 'none'}
            {...(s.problem ? { validationMessage: s.problem } : {})}
          >
            <Input
              value={s.reference}
              disabled={busy || registered}
              placeholder="KS 2026/123"
              data-case="registrar-reference"
              onChange={(_, d) => s.setReference(d.value)}
            />
          </Field>
          <div className={styles.buttons}>
            <Button
              type="submit"
              appearance="primary"
              disabled={busy || s.reference.trim() === ''}
              data-case="registrar-submit"
            >
              {registered ? tc(lang, 'case.registrar.again') : tc(lang, 'case.registrar.button')}
            </Button>
          </div>
          {s.saving && <Spinner size="tiny" label={tc(lang, 'case.registrar.saving')} />}
        </form>
      )}
      <div aria-live="polite">
        {note && (
          <MessageBar intent={note.intent} layout="multiline" data-registrar-note={note.intent}>
            <MessageBarBody>
              {note.title && <MessageBarTitle>{note.title}</MessageBarTitle>}
              {note.text}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}

/**
 * The registrar's action on a message Arkivpost sent on to the registry
 * mailbox: "Registrerad som KS 2026/123", which marks the original in the
 * mailbox it came from. Shown only there; loaded with the filing chunk.
 */
export function Registrar(props: RegistrarProps): React.JSX.Element | null {
  return renderRegistrar(useRegistrar(props));
}
